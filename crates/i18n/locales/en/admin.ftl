admin-users-title = Accounts
admin-users-search = Search accounts
admin-users-count = { $count ->
    [one] { $count } account
   *[other] { $count } accounts
}
admin-users-since = Created
admin-users-platform-admin = Platform admin
admin-users-grant-admin = Make { $name } a platform admin
admin-users-revoke-admin = Remove platform admin rights from { $name }
admin-invite-org = Organisation
admin-invite-no-org = No organisation
admin-org-new-title = New organisation
admin-org-create = Create organisation
flash-org-created = The organisation has been created. Now invite its first admin.
admin-audit-title = Change log
admin-audit-filter = Filter log
admin-audit-count = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
admin-audit-when = Time
admin-audit-who = Who
admin-audit-action = Action
admin-audit-object = Object
admin-audit-org = Organisation
admin-audit-detail = Details
admin-audit-actor-id = Person (ID)
admin-audit-org-id = Organisation (ID)
admin-audit-system = System
admin-outbox-title = Outbox
admin-mail-title = Email
admin-outbox-no-smtp = No SMTP server is set up. Emails are not sent. They are collected here instead.
admin-outbox-empty = The outbox is empty.
admin-outbox-count = { $count ->
    [one] { $count } email
   *[other] { $count } emails
}
admin-outbox-created = Created
admin-outbox-to = To
admin-outbox-subject = Subject
admin-outbox-status = Status
admin-outbox-language = Language
admin-outbox-back = Back to outbox
admin-outbox-status-pending = waiting
admin-outbox-status-sent = sent
admin-outbox-status-failed = failed
admin-barriers-title = Reported accessibility problems
admin-barriers-empty = No accessibility problems have been reported.
admin-barriers-done = Mark as done
admin-barriers-reopen = Reopen
admin-barriers-status-open = open
admin-barriers-status-done = done
admin-texts-title = Legal texts
admin-texts-lead = These texts are linked in the footer of every page. German is required. If a translation is missing, the German text is shown.
admin-texts-language = Language
admin-texts-switch = Change language
admin-texts-body = Text
admin-texts-body-hint = Use blank lines to separate paragraphs. If you leave the text empty, the default text is restored.
admin-orgs-title = Organisations
admin-orgs-members-of = Members of { $org }
admin-mail-hidden = The subject and text of emails are personal content and are not shown here.

# the outbox shows the kind of a mail, not its text
admin-mail-not-kept = The text of an email is not kept once it has been sent.
admin-outbox-text-shown = This instance shows the subject and text of emails because no SMTP server is set up and the setting show_mail_text_in_outbox allows it (for demo and test instances only).
admin-outbox-text-hidden = Here you see the recipient, kind and status of every email. Subjects and texts are personal content and are not shown.
admin-outbox-kind = Kind
admin-outbox-kind-invitation = Invitation (new account)
admin-outbox-kind-invitation-existing = Invitation (existing account)
admin-outbox-kind-reset = Password reset
admin-outbox-kind-registration-confirm = Confirm registration
admin-outbox-kind-registration-confirmed = Registration confirmed
admin-outbox-kind-registration-waiting = Waiting list
admin-outbox-kind-registration-pending = Registration awaiting approval
admin-outbox-kind-registration-moved-up = Moved up from the waiting list
admin-outbox-kind-registration-again = Same address registered again
admin-outbox-kind-registration-cancelled = Registration cancelled
admin-outbox-kind-certificate-issued = Certificate issued
admin-outbox-kind-speaker-request = Request to a speaker
admin-outbox-kind-speaker-reminder = Reminder to a speaker
admin-outbox-kind-speaker-confirmed = Speaker accepted
admin-outbox-kind-speaker-declined = Speaker declined
admin-outbox-kind-module-cancelled = Module cancelled
admin-outbox-kind-module-reminder = Module reminder
admin-outbox-kind-feedback-invite = Feedback request
admin-outbox-kind-space-invitation = Invitation to a space
admin-outbox-kind-space-invitation-org = Invitation of an organisation to a space
admin-outbox-kind-space-request-new = New request to join
admin-outbox-kind-space-request-accepted = Request to join accepted
admin-outbox-kind-space-request-declined = Request to join declined
admin-outbox-kind-space-post = New post
admin-outbox-kind-space-digest = Daily digest
