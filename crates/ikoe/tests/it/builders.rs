//! Store records with the values most tests do not care about filled in;
//! a test sets what it checks with `..builder(…)`.

use domain::meetings::SessionFormat;
use domain::series::{CompletionRule, NewModule, NewSeries, RegSource, SeriesKind, SeriesText, Visibility};
use store::meetings::{NewMeeting, NewSession};
use store::registrations::{NewRegistration, Registration};

use crate::helpers::TestApp;

/// A series in German with one target group, no deadline and automatic approval.
pub fn new_series(title: &str, kind: SeriesKind, visibility: Visibility, capacity: i64) -> NewSeries {
    NewSeries {
        kind,
        visibility,
        region: "ST-HZ".into(),
        target_groups: vec!["administration".into()],
        languages: vec!["de".into()],
        capacity,
        deadline: None,
        manual_approval: false,
        rule: CompletionRule::default(),
        texts: vec![SeriesText {
            locale: "de".into(),
            title: title.into(),
            summary: String::new(),
        }],
        signing: Default::default(),
    }
}

/// A mandatory module of 8 hours, without topics, access notes or online link.
pub fn new_module(title: &str, starts_at: i64, ends_at: i64, venue: &str) -> NewModule {
    NewModule {
        title: title.into(),
        topics: String::new(),
        starts_at,
        ends_at,
        venue: venue.into(),
        access_notes: String::new(),
        online_url: None,
        hours: 8,
        mandatory: true,
    }
}

/// A registration by staff (address known) for the administration.
pub fn new_registration(name: &str, email: &str, locale: &str, user_id: Option<i64>) -> NewRegistration {
    NewRegistration {
        name: name.into(),
        email: email.into(),
        affiliation: String::new(),
        target_group: "administration".into(),
        locale: locale.into(),
        user_id,
        source: RegSource::Staff,
        address_known: true,
        figures: vec![],
    }
}

/// Registers `new` for `series` directly in the store (with the registration mail).
pub async fn register_directly(app: &TestApp, series: i64, new: &NewRegistration, token: &str) -> Registration {
    let i18n = app.state.i18n.clone();
    let mailer = move |r: &Registration, e| ikoe::mail::registration(&i18n, r, e, "Reihe", "http://x");
    app.state
        .store
        .register(app.state.now(), None, series, new, token, &mailer)
        .await
        .unwrap()
}

/// A meeting of eight hours in the Gemeindehaus.
pub fn new_meeting(
    title: &str,
    starts_at: i64,
    host: Option<i64>,
    proposed: Option<i64>,
    swap_note: &str,
    votes_per_person: i64,
) -> NewMeeting {
    NewMeeting {
        title: title.into(),
        starts_at,
        ends_at: starts_at + 8 * 3_600,
        venue: "Gemeindehaus".into(),
        host_org_id: host,
        proposed_host_id: proposed,
        swap_note: swap_note.into(),
        votes_per_person,
        series_id: None,
    }
}

/// A session in "Raum 1" without topic, description or roles.
pub fn new_session(
    title: &str,
    format: SessionFormat,
    starts_at: i64,
    ends_at: i64,
    capacity: Option<i64>,
) -> NewSession {
    NewSession {
        title: title.into(),
        format,
        starts_at,
        ends_at,
        room: "Raum 1".into(),
        track: String::new(),
        capacity,
        description: String::new(),
        topic_id: None,
        tables: None,
        rounds: None,
        table_hosts: String::new(),
        case_owner: String::new(),
        moderator: String::new(),
        advisers: String::new(),
    }
}

/// An account without a preferred language.
pub fn new_user(email: &str, name: &str, password_hash: String, platform_admin: bool) -> store::accounts::NewUser {
    store::accounts::NewUser {
        email: domain::accounts::Email::parse(email).unwrap(),
        name: name.into(),
        password_hash,
        locale: None,
        platform_admin,
    }
}

/// A German mail to `to` (without a name).
pub fn new_mail(to: &str, subject: &str, body: &str, kind: domain::outbox::MailKind) -> store::outbox::NewMail {
    store::outbox::NewMail {
        to_addr: to.into(),
        to_name: String::new(),
        subject: subject.into(),
        body: body.into(),
        locale: "de".into(),
        kind,
    }
}
