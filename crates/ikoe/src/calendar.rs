//! Calendar files (iCalendar, RFC 5545) of modules, series and the personal
//! feeds, and the reminder mails before a module.
//!
//! Times are written in UTC (`…Z`), so no time-zone definitions are needed.
//! Every module keeps its UID (`module-<id>@<host>`) and its version as
//! SEQUENCE, so a calendar that imported or subscribed to it updates the
//! event instead of adding a second one, and shows a cancellation.

use chrono::{DateTime, Utc};
use i18n::I18n;
use icalendar::{Calendar, Component, EventLike, EventStatus};
use store::series::Module;

/// One module as an event of a calendar.
pub struct Entry<'a> {
    pub module: &'a Module,
    /// The series' title in the calendar's language.
    pub series_title: &'a str,
    /// The whole series is cancelled (each event then says so).
    pub series_cancelled: bool,
    /// Address of the series page (with the key of an invitation-only series).
    pub url: String,
    /// Participants with a seat and speakers also get the online link.
    pub private: bool,
}

fn utc(unix: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or(DateTime::UNIX_EPOCH)
}

/// The host of the public address, for UIDs ("module-7@ikoe.example").
pub fn uid_host(public_url: &str) -> String {
    url::Url::parse(public_url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_else(|| "ikoe".to_string())
}

/// The address of a series page, with the key when the series is invitation-only.
pub fn series_url(base: &str, series: &store::series::Series, key: Option<&str>) -> String {
    let mut url = format!("{}/series/{}", base.trim_end_matches('/'), series.id);
    if series.visibility == domain::series::Visibility::Invitation {
        if let Some(k) = key.filter(|k| !k.is_empty()) {
            url.push_str("?key=");
            url.extend(url::form_urlencoded::byte_serialize(k.as_bytes()));
        }
    }
    url
}

/// The event's description: topics, accessibility, online link, the series page.
fn description(i18n: &I18n, locale: &str, e: &Entry<'_>) -> String {
    let m = e.module;
    let mut parts: Vec<String> = vec![];
    if !m.topics.trim().is_empty() {
        parts.push(format!(
            "{}:\n{}",
            i18n.t(locale, "calendar-ics-topics"),
            m.topics.trim()
        ));
    }
    if !m.access_notes.trim().is_empty() {
        parts.push(format!(
            "{}: {}",
            i18n.t(locale, "calendar-ics-access"),
            m.access_notes.trim()
        ));
    }
    match (&m.online_url, e.private) {
        (Some(u), true) => parts.push(format!("{}: {u}", i18n.t(locale, "calendar-ics-online"))),
        (Some(_), false) => parts.push(i18n.t(locale, "calendar-ics-online-after-registration")),
        _ => {}
    }
    parts.push(format!("{}: {}", i18n.t(locale, "calendar-ics-details"), e.url));
    parts.join("\n\n")
}

/// Where the module takes place: the venue, else the online link (or the
/// word "Online" when the link is not for this calendar's reader).
fn location(i18n: &I18n, locale: &str, e: &Entry<'_>) -> Option<String> {
    let m = e.module;
    if !m.venue.trim().is_empty() {
        return Some(m.venue.trim().to_string());
    }
    match (&m.online_url, e.private) {
        (Some(u), true) => Some(u.clone()),
        (Some(_), false) => Some(i18n.t(locale, "calendar-ics-online-only")),
        _ => None,
    }
}

/// Builds an iCalendar file. `name` names the calendar in calendar apps;
/// `now` is its DTSTAMP.
pub fn ics(i18n: &I18n, locale: &str, public_url: &str, now: i64, name: &str, entries: &[Entry<'_>]) -> String {
    let host = uid_host(public_url);
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//ikoe//ikoe//DE"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(name)
        .ttl(&chrono::Duration::hours(1));
    for e in entries {
        let m = e.module;
        let cancelled = m.is_cancelled() || e.series_cancelled;
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("module-{}@{host}", m.id))
            .timestamp(utc(now))
            .starts(utc(m.starts_at.0))
            .ends(utc(m.ends_at.0))
            .summary(&format!("{} \u{2013} {}", e.series_title, m.title))
            .description(&description(i18n, locale, e))
            .url(&e.url)
            .sequence(u32::try_from(m.version).unwrap_or(0))
            .status(if cancelled {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            });
        if let Some(loc) = location(i18n, locale, e) {
            ev.location(&loc);
        }
        cal.push(ev.done());
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(online: Option<&str>) -> Module {
        Module {
            id: 7,
            series_id: 3,
            title: "Recht, Praxis; Übung".into(),
            topics: "Eins\nZwei".into(),
            starts_at: domain::Timestamp(1_789_023_600),
            ends_at: domain::Timestamp(1_789_052_400),
            venue: String::new(),
            access_notes: "Stufenlos".into(),
            online_url: online.map(str::to_string),
            hours: 8,
            mandatory: domain::Flag(true),
            cancelled_at: None,
            checkin_code: None,
            version: 3,
        }
    }

    #[test]
    fn events_carry_uid_utc_times_sequence_and_escaped_text() -> Result<(), String> {
        let i18n = I18n::load()?;
        let m = module(Some("https://meet.example.org/x"));
        let e = |private| Entry {
            module: &m,
            series_title: "تأهيل",
            series_cancelled: false,
            url: "https://ikoe.example/series/3".into(),
            private,
        };
        let public = ics(&i18n, "de", "https://ikoe.example", 1_780_000_000, "Reihe", &[e(false)]);
        for want in [
            "UID:module-7@ikoe.example\r\n",
            "DTSTART:20260910T070000Z\r\n",
            "DTEND:20260910T150000Z\r\n",
            "DTSTAMP:20260528T202640Z\r\n",
            "SEQUENCE:3\r\n",
            "STATUS:CONFIRMED\r\n",
            "SUMMARY:تأهيل – Recht\\, Praxis\\; Übung\r\n",
            "LOCATION:Online\r\n",
        ] {
            assert!(public.contains(want), "{want:?} not in {public}");
        }
        assert!(!public.contains("meet.example.org"));
        let private = ics(&i18n, "de", "https://ikoe.example", 1_780_000_000, "Reihe", &[e(true)]);
        assert!(private.contains("LOCATION:https://meet.example.org/x\r\n"), "{private}");
        Ok(())
    }

    #[test]
    fn uid_host_comes_from_the_public_address() {
        assert_eq!(uid_host("https://ikoe.example:8443/x"), "ikoe.example");
        assert_eq!(uid_host("not a url"), "ikoe");
    }
}
