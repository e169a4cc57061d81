//! The mail outbox: where a mail stands.

use crate::values::code_enum;

code_enum!(
    /// Where a mail in the outbox stands.
    MailStatus {
        /// Waiting to be sent (again, after a failed attempt).
        Pending = "pending",
        Sent = "sent",
        /// Given up after too many attempts.
        Failed = "failed",
    }
);

code_enum!(
    /// What a mail is about; its subject and body are the messages
    /// `mail-{code}-subject` and `mail-{code}-body`. The outbox shows admins
    /// the kind, not the text.
    MailKind {
        Invitation = "invitation",
        InvitationExisting = "invitation-existing",
        Reset = "reset",
        RegistrationConfirm = "registration-confirm",
        RegistrationConfirmed = "registration-confirmed",
        RegistrationWaiting = "registration-waiting",
        RegistrationPending = "registration-pending",
        RegistrationMovedUp = "registration-moved-up",
        RegistrationCancelled = "registration-cancelled",
        RegistrationAgain = "registration-again",
        CertificateIssued = "certificate-issued",
        SpeakerRequest = "speaker-request",
        SpeakerReminder = "speaker-reminder",
        SpeakerConfirmed = "speaker-confirmed",
        SpeakerDeclined = "speaker-declined",
        ModuleCancelled = "module-cancelled",
        ModuleReminder = "module-reminder",
        FeedbackInvite = "feedback-invite",
        SpaceInvitation = "space-invitation",
        SpaceInvitationOrg = "space-invitation-org",
        SpaceRequestNew = "space-request-new",
        SpaceRequestAccepted = "space-request-accepted",
        SpaceRequestDeclined = "space-request-declined",
        SpacePost = "space-post",
        SpaceDigest = "space-digest",
        /// A person's participation link of a Leitbild process.
        LeitbildLink = "leitbild-link",
        /// A feedback round closes soon (with a new link).
        LeitbildReminder = "leitbild-reminder",
        /// To the owner of a measure of a planner when its month begins.
        MeasureDue = "measure-due",
        /// A rater's personal link to a self-assessment wave.
        OpennessLink = "openness-link",
    }
);
