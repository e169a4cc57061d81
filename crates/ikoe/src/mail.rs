//! E-mails: composed in the recipient's language, written to the outbox in
//! the same transaction as the change that causes them, sent by a worker
//! through SMTP when SMTP is configured.

use std::time::Duration;

use domain::outbox::MailKind;
use fluent_bundle::FluentValue;
use i18n::I18n;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use store::outbox::{Mail, NewMail};
use store::registrations::Registration;

use crate::config::Smtp;
use crate::state::AppState;

fn compose(
    i18n: &I18n,
    locale: &str,
    kind: MailKind,
    to: &str,
    to_name: &str,
    args: &[(&str, FluentValue<'_>)],
) -> NewMail {
    NewMail {
        to_addr: to.to_string(),
        to_name: to_name.to_string(),
        subject: i18n.t_args(locale, &format!("mail-{}-subject", kind.code()), args),
        body: i18n.t_args(locale, &format!("mail-{}-body", kind.code()), args),
        locale: locale.to_string(),
        kind,
    }
}

/// A mail to the person of a registration, in the language they registered
/// in; `name` (theirs) is among the message's placeables.
fn to_registrant(i18n: &I18n, r: &Registration, kind: MailKind, args: &[(&str, FluentValue<'_>)]) -> NewMail {
    let mut all = vec![("name", FluentValue::from(r.name.clone()))];
    all.extend_from_slice(args);
    compose(i18n, &r.locale, kind, &r.email, &r.name, &all)
}

/// An invitation to create an account (and join an organisation).
pub fn invitation(i18n: &I18n, locale: &str, to: &str, inviter: &str, org: &str, link: &str, days: i64) -> NewMail {
    compose(
        i18n,
        locale,
        MailKind::Invitation,
        to,
        "",
        &[
            ("inviter", inviter.to_string().into()),
            ("org", org.to_string().into()),
            ("link", link.to_string().into()),
            ("days", days.into()),
        ],
    )
}

/// An invitation for someone who already has an account: they log in and accept.
#[expect(clippy::too_many_arguments, reason = "the message's placeables")]
pub fn invitation_existing(
    i18n: &I18n,
    locale: &str,
    to: &str,
    name: &str,
    inviter: &str,
    org: &str,
    link: &str,
    days: i64,
) -> NewMail {
    compose(
        i18n,
        locale,
        MailKind::InvitationExisting,
        to,
        name,
        &[
            ("name", name.to_string().into()),
            ("inviter", inviter.to_string().into()),
            ("org", org.to_string().into()),
            ("link", link.to_string().into()),
            ("days", days.into()),
        ],
    )
}

/// The personal link of a registration (see, confirm, cancel).
pub fn registration_link(base: &str, token: &str) -> String {
    format!("{}/r/{token}", base.trim_end_matches('/'))
}

/// A mail about one's registration for a series, in the language one registered in.
pub fn registration(
    i18n: &I18n,
    r: &Registration,
    event: store::registrations::RegMail,
    series: &str,
    base: &str,
) -> NewMail {
    use domain::series::RegStatus;
    use store::registrations::RegMail;
    let kind = match event {
        RegMail::Confirm => MailKind::RegistrationConfirm,
        RegMail::Placed(RegStatus::Waiting) => MailKind::RegistrationWaiting,
        RegMail::Placed(RegStatus::Pending) => MailKind::RegistrationPending,
        RegMail::Placed(_) => MailKind::RegistrationConfirmed,
        RegMail::MovedUp => MailKind::RegistrationMovedUp,
        RegMail::Cancelled => MailKind::RegistrationCancelled,
        RegMail::Again => MailKind::RegistrationAgain,
    };
    to_registrant(
        i18n,
        r,
        kind,
        &[
            ("series", series.to_string().into()),
            ("link", registration_link(base, &r.token).into()),
            ("hours", (store::registrations::CONFIRM_SECS / 3600).into()),
        ],
    )
}

/// A certificate is ready: the participant downloads it through their personal link.
pub fn certificate_issued(i18n: &I18n, r: &Registration, series: &str, base: &str) -> NewMail {
    to_registrant(
        i18n,
        r,
        MailKind::CertificateIssued,
        &[
            ("series", series.to_string().into()),
            ("link", registration_link(base, &r.token).into()),
        ],
    )
}

/// A request to a speaker to teach a module, answered through `link`.
#[expect(clippy::too_many_arguments, reason = "the message's placeables")]
pub fn speaker_request(
    i18n: &I18n,
    locale: &str,
    speaker: &store::speakers::Speaker,
    asker: &str,
    series: &str,
    module: &store::series::Module,
    message: &str,
    link: &str,
    deadline: i64,
) -> NewMail {
    let message = if message.is_empty() {
        String::new()
    } else {
        format!("\n{message}\n")
    };
    compose(
        i18n,
        locale,
        MailKind::SpeakerRequest,
        &speaker.email,
        &speaker.name,
        &[
            ("name", speaker.name.clone().into()),
            ("asker", asker.to_string().into()),
            ("series", series.to_string().into()),
            ("module", module.title.clone().into()),
            (
                "when",
                i18n::format_span(locale, module.starts_at.0, module.ends_at.0).into(),
            ),
            ("message", message.into()),
            ("link", link.to_string().into()),
            ("deadline", i18n::format_date(locale, deadline).into()),
        ],
    )
}

/// A reminder to a speaker who has not answered yet.
pub fn speaker_reminder(i18n: &I18n, r: &store::speakers::Request, series: &str, base: &str) -> NewMail {
    compose(
        i18n,
        &r.locale,
        MailKind::SpeakerReminder,
        &r.speaker_email,
        &r.speaker_name,
        &[
            ("name", r.speaker_name.clone().into()),
            ("series", series.to_string().into()),
            ("module", r.module_title.clone().into()),
            ("when", i18n::format_span(&r.locale, r.starts_at.0, r.ends_at.0).into()),
            (
                "link",
                format!("{}/speaker-requests/{}", base.trim_end_matches('/'), r.token).into(),
            ),
            ("deadline", i18n::format_date(&r.locale, r.deadline.0).into()),
        ],
    )
}

/// Tells the staff member who asked how the speaker answered.
pub fn speaker_answered(i18n: &I18n, locale: &str, to: &str, to_name: &str, r: &store::speakers::Request) -> NewMail {
    let kind = if r.status == domain::series::RequestStatus::Confirmed {
        MailKind::SpeakerConfirmed
    } else {
        MailKind::SpeakerDeclined
    };
    compose(
        i18n,
        locale,
        kind,
        to,
        to_name,
        &[
            ("speaker", r.speaker_name.clone().into()),
            ("module", r.module_title.clone().into()),
            ("when", i18n::format_span(locale, r.starts_at.0, r.ends_at.0).into()),
        ],
    )
}

/// What an invitation to a space says, as data in the body (never in the
/// subject: the space's name is chosen by whoever made it).
pub struct SpaceInvite<'a> {
    pub space: &'a str,
    pub inviter: &'a str,
    /// The inviter's organisation (empty when they have none).
    pub inviter_org: &'a str,
    /// The organisation invited (empty for a person).
    pub org: &'a str,
    pub role: domain::spaces::SpaceRole,
    pub link: &'a str,
    pub days: i64,
}

/// An invitation to a space: `kind` is `space-invitation` (to the invited
/// address, with its personal link) or `space-invitation-org` (to each
/// admin of the invited organisation).
pub fn space_invitation(
    i18n: &I18n,
    locale: &str,
    kind: MailKind,
    to: &str,
    to_name: &str,
    inv: &SpaceInvite<'_>,
) -> NewMail {
    let role = i18n.t(locale, &format!("space-role-{}", inv.role.code()));
    let from = if inv.inviter_org.is_empty() {
        inv.inviter.to_string()
    } else {
        format!("{} ({})", inv.inviter, inv.inviter_org)
    };
    compose(
        i18n,
        locale,
        kind,
        to,
        to_name,
        &[
            ("space", inv.space.to_string().into()),
            ("who", from.into()),
            ("org", inv.org.to_string().into()),
            ("role", role.into()),
            ("link", inv.link.to_string().into()),
            ("days", inv.days.into()),
        ],
    )
}

/// A note about a space: `kind` is `space-request-new` (to its admins),
/// `space-request-accepted` or `space-request-declined`.
#[expect(clippy::too_many_arguments, reason = "the message's placeables")]
pub fn space_note(
    i18n: &I18n,
    locale: &str,
    kind: MailKind,
    to: &str,
    to_name: &str,
    space: &str,
    who: &str,
    link: &str,
) -> NewMail {
    compose(
        i18n,
        locale,
        kind,
        to,
        to_name,
        &[
            ("space", space.to_string().into()),
            ("who", who.to_string().into()),
            ("link", link.to_string().into()),
        ],
    )
}

/// A stored locale, or the default when none was chosen.
pub fn locale_or_default(locale: &str) -> &str {
    if locale.is_empty() {
        i18n::DEFAULT
    } else {
        locale
    }
}

/// A new post in a thread someone follows (they chose to hear at once).
#[expect(clippy::too_many_arguments, reason = "the message's placeables")]
pub fn space_post(
    i18n: &I18n,
    r: &store::spaces::Recipient,
    who: &str,
    space: &str,
    thread: &str,
    excerpt: &str,
    link: &str,
    settings: &str,
) -> NewMail {
    let locale = locale_or_default(&r.locale);
    compose(
        i18n,
        locale,
        MailKind::SpacePost,
        &r.email,
        &r.name,
        &[
            ("who", who.to_string().into()),
            ("space", space.to_string().into()),
            ("thread", thread.to_string().into()),
            ("excerpt", excerpt.to_string().into()),
            ("link", link.to_string().into()),
            ("settings", settings.to_string().into()),
        ],
    )
}

/// The daily digest: one line per post waiting, in the recipient's language.
pub fn space_digest(
    i18n: &I18n,
    r: &store::spaces::Recipient,
    items: &[store::spaces::DigestItem],
    base: &str,
    settings: &str,
) -> NewMail {
    let locale = locale_or_default(&r.locale);
    let lines = items
        .iter()
        .map(|d| {
            i18n.t_args(
                locale,
                "mail-space-digest-line",
                &[
                    ("space", d.space.clone().into()),
                    ("thread", d.thread.clone().into()),
                    (
                        "who",
                        if d.author.is_empty() {
                            i18n.t(locale, "author-deleted").into()
                        } else {
                            d.author.clone().into()
                        },
                    ),
                    ("link", format!("{base}/threads/{}", d.thread_id).into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join("\n");
    compose(
        i18n,
        locale,
        MailKind::SpaceDigest,
        &r.email,
        &r.name,
        &[
            ("count", (items.len() as i64).into()),
            ("lines", lines.into()),
            ("settings", settings.to_string().into()),
        ],
    )
}

/// After a module: the anonymous feedback form (one-time link).
pub fn feedback_invite(i18n: &I18n, r: &Registration, module: &str, series: &str, link: &str) -> NewMail {
    to_registrant(
        i18n,
        r,
        MailKind::FeedbackInvite,
        &[
            ("module", module.to_string().into()),
            ("series", series.to_string().into()),
            ("link", link.to_string().into()),
        ],
    )
}

/// A module was cancelled: everyone registered for its series is told.
pub fn module_cancelled(i18n: &I18n, r: &Registration, series: &str, module: &str, when: &str, base: &str) -> NewMail {
    to_registrant(
        i18n,
        r,
        MailKind::ModuleCancelled,
        &[
            ("series", series.to_string().into()),
            ("module", module.to_string().into()),
            ("when", when.to_string().into()),
            ("link", registration_link(base, &r.token).into()),
        ],
    )
}

pub fn reset(i18n: &I18n, locale: &str, to: &str, name: &str, link: &str, minutes: i64) -> NewMail {
    compose(
        i18n,
        locale,
        MailKind::Reset,
        to,
        name,
        &[
            ("name", name.to_string().into()),
            ("link", link.to_string().into()),
            ("minutes", minutes.into()),
        ],
    )
}

/// Builds the SMTP transport from the configuration, or `None` when no host is set.
pub fn transport(cfg: &Smtp) -> anyhow::Result<Option<AsyncSmtpTransport<Tokio1Executor>>> {
    if cfg.host.is_empty() {
        return Ok(None);
    }
    let builder = match cfg.security.as_str() {
        "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&cfg.host)?,
        "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host),
        _ => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&cfg.host)?,
    };
    let mut builder = builder.port(cfg.port).timeout(Some(Duration::from_secs(20)));
    if !cfg.username.is_empty() {
        builder = builder.credentials(Credentials::new(cfg.username.clone(), cfg.password.clone()));
    }
    Ok(Some(builder.build()))
}

/// Turns an outbox row into a message. Addresses are parsed by lettre, so a
/// line break in a name cannot inject headers.
pub fn message(from: &str, m: &Mail) -> anyhow::Result<Message> {
    let from: Mailbox = from.parse()?;
    let to: Mailbox = if m.to_name.is_empty() {
        m.to_addr.parse()?
    } else {
        Mailbox::new(Some(m.to_name.replace(['\r', '\n'], " ")), m.to_addr.parse()?)
    };
    Ok(Message::builder()
        .from(from)
        .to(to)
        .subject(m.subject.replace(['\r', '\n'], " "))
        .body(m.body.clone())?)
}

/// Sends due mails until shutdown. Any node may run it: mails are claimed
/// in the database before sending.
pub async fn worker(st: AppState, mut shutdown: tokio::sync::watch::Receiver<bool>) {
    let transport = match transport(&st.config.smtp) {
        Ok(Some(t)) => t,
        Ok(None) => {
            tracing::info!("SMTP not configured: mails stay in the outbox (/admin/outbox)");
            return;
        }
        Err(e) => {
            tracing::error!(error = %e, "SMTP configuration is invalid: mails stay in the outbox");
            return;
        }
    };
    loop {
        if let Err(e) = send_due(&st, &transport).await {
            tracing::warn!(error = %e, "outbox run failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(10)) => {}
            _ = shutdown.changed() => return,
        }
    }
}

pub async fn send_due(st: &AppState, transport: &AsyncSmtpTransport<Tokio1Executor>) -> anyhow::Result<()> {
    let mails = st.store.claim_mails(st.now(), 20, 300).await?;
    for m in mails {
        let result = match message(&st.config.smtp.from, &m) {
            Ok(msg) => transport.send(msg).await.map(|_| ()).map_err(anyhow::Error::from),
            Err(e) => Err(e),
        };
        match result {
            Ok(()) => st.store.mark_mail_sent(st.now(), m.id).await?,
            Err(e) => {
                tracing::warn!(mail = m.id, error = %e, "sending failed; will retry");
                st.store.mark_mail_failed(st.now(), m.id, &e.to_string()).await?;
            }
        }
    }
    Ok(())
}

/// A reminder before a module, to a person with a seat, in their language:
/// when and where, accessibility, the online link, and their personal link.
pub fn module_reminder(i18n: &I18n, r: &store::calendar::Reminder, base: &str) -> NewMail {
    let reg = &r.registration;
    let m = &r.module;
    let locale = reg.locale.as_str();
    let mut details = vec![];
    if !m.venue.trim().is_empty() {
        details.push(i18n.t_args(
            locale,
            "mail-module-reminder-venue",
            &[("venue", m.venue.trim().to_string().into())],
        ));
    }
    if let Some(url) = &m.online_url {
        details.push(i18n.t_args(locale, "mail-module-reminder-online", &[("url", url.clone().into())]));
    }
    if !m.access_notes.trim().is_empty() {
        details.push(i18n.t_args(
            locale,
            "mail-module-reminder-access",
            &[("access", m.access_notes.trim().to_string().into())],
        ));
    }
    to_registrant(
        i18n,
        reg,
        MailKind::ModuleReminder,
        &[
            ("series", r.series_title.clone().into()),
            ("module", m.title.clone().into()),
            ("when", i18n::format_span(locale, m.starts_at.0, m.ends_at.0).into()),
            ("details", details.join("\n").into()),
            ("link", registration_link(base, &reg.token).into()),
        ],
    )
}

/// The address of a participation link of a Leitbild process.
pub fn participation_link(base: &str, token: &str) -> String {
    format!("{}/mitmachen/{token}", base.trim_end_matches('/'))
}

/// A person's participation link in a Leitbild process, sent by the team.
/// In German: staff take part in the language of the text; the page they
/// open speaks their language.
pub fn leitbild_link(i18n: &I18n, name: &str, to: &str, process: &str, org: &str, link: &str) -> NewMail {
    compose(
        i18n,
        "de",
        MailKind::LeitbildLink,
        to,
        name,
        &[
            ("name", name.to_string().into()),
            ("process", process.to_string().into()),
            ("org", org.to_string().into()),
            ("link", link.to_string().into()),
        ],
    )
}

/// The address of a rater's personal link to a self-assessment wave.
pub fn rater_link(base: &str, token: &str) -> String {
    format!("{}/bewertung/{token}", base.trim_end_matches('/'))
}

/// A rater's personal link to a self-assessment wave (in German, like the
/// other mails to staff without an account; the page speaks their language).
pub fn openness_link(i18n: &I18n, name: &str, to: &str, wave: &store::openness::Wave, link: &str) -> NewMail {
    compose(
        i18n,
        "de",
        MailKind::OpennessLink,
        to,
        name,
        &[
            ("name", name.to_string().into()),
            ("wave", wave.title.clone().into()),
            ("org", wave.org_name.clone().into()),
            ("date", i18n::format_date("de", wave.closes_at.0).into()),
            ("link", link.to_string().into()),
        ],
    )
}

/// A reminder of an open feedback round, with a new link.
pub fn leitbild_reminder(i18n: &I18n, r: &store::leitbild::RoundReminder, base: &str) -> NewMail {
    compose(
        i18n,
        "de",
        MailKind::LeitbildReminder,
        &r.email,
        &r.name,
        &[
            ("name", r.name.clone().into()),
            ("process", r.process_title.clone().into()),
            ("org", r.org_name.clone().into()),
            ("date", i18n::format_date("de", r.closes_at).into()),
            ("link", participation_link(base, &r.token).into()),
        ],
    )
}

/// The reminder to the owner of a measure when its month begins, in German
/// (owners are staff of a German administration, usually without an
/// account that would say their language); `principle` is the text of the
/// principle it serves, if any.
pub fn measure_due(i18n: &I18n, r: &store::measures::MeasureReminder, principle: Option<&str>) -> NewMail {
    let m = &r.measure;
    let locale = i18n::DEFAULT;
    let mut details = vec![];
    if !m.description.trim().is_empty() {
        details.push(m.description.trim().to_string());
    }
    if let (Some(n), Some(text)) = (m.principle, principle) {
        details.push(i18n.t_args(
            locale,
            "mail-measure-due-principle",
            &[("n", n.into()), ("text", text.to_string().into())],
        ));
    }
    let month = match m.month.split_once('-').map(|(y, mm)| (y, mm.parse::<i64>())) {
        Some((y, Ok(mm))) => i18n.t_args(
            locale,
            "month-year",
            &[("month", mm.into()), ("year", y.to_string().into())],
        ),
        _ => m.month.clone(),
    };
    compose(
        i18n,
        locale,
        MailKind::MeasureDue,
        &m.owner_email,
        &m.owner_name,
        &[
            ("name", m.owner_name.clone().into()),
            ("title", m.title.clone().into()),
            ("month", month.into()),
            ("org", r.org_name.clone().into()),
            ("details", details.join("\n\n").into()),
        ],
    )
}
