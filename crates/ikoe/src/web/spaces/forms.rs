//! The forms of spaces, their members, discussions, files and meetings:
//! what was typed (read by serde, kept for the page shown again) and the
//! step into domain values.

use domain::meetings::{self as dm, SessionFormat};
use domain::series::{local_datetime, to_local_input};
use domain::spaces::{self as ds, SpaceKind};
use serde::Deserialize;
use store::meetings::{NewSession, Session};
use store::spaces::{NewSpace, Space};

use crate::web::error::AppError;
use crate::web::form::checkbox;
use crate::web::page::{FormErrors, Opt, Page};

/// The version a change form was loaded with (a hidden field; anything but
/// a number did not come from our form).
pub fn version(typed: &str) -> Result<i64, AppError> {
    typed.parse().map_err(|_| AppError::BadRequest)
}

/// The space form (the version is empty on the form for a new space).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SpaceForm {
    pub name: String,
    pub kind: String,
    pub description: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub listed: bool,
    pub version: String,
}

impl SpaceForm {
    pub fn from_space(s: &Space) -> Self {
        SpaceForm {
            name: s.name.clone(),
            kind: s.kind.code().to_string(),
            description: s.description.clone(),
            listed: s.listed.on(),
            version: s.version.to_string(),
        }
    }
    pub fn parse(&self) -> Result<NewSpace, FormErrors> {
        let mut errs = FormErrors::new();
        let name = errs.take("name", ds::space_name(&self.name));
        let kind = errs.take("kind", SpaceKind::parse(&self.kind));
        let description = errs.take("description", ds::space_description(&self.description));
        match (name, kind, description) {
            (Some(name), Some(kind), Some(description)) => Ok(NewSpace {
                name,
                kind,
                description,
                listed: self.listed,
            }),
            _ => Err(errs),
        }
    }
}

pub fn kind_options(p: &Page) -> Vec<Opt> {
    let mut v = vec![Opt::new("", p.t("choose"))];
    v.extend(
        SpaceKind::ALL
            .iter()
            .map(|k| Opt::new(k.code(), p.tk("space-kind", k.code()))),
    );
    v
}

pub fn role_options(p: &Page) -> Vec<Opt> {
    domain::spaces::SpaceRole::ALL
        .iter()
        .map(|r| Opt::new(r.code(), p.tk("space-role", r.code())))
        .collect()
}

/// How a person hears of new posts.
#[derive(Debug, Clone, Deserialize)]
pub struct NotifyForm {
    pub mode: String,
}

/// Adding an organisation (by its name) to a space.
#[derive(Debug, Clone, Deserialize)]
pub struct AddOrgForm {
    pub org: String,
    pub role: String,
}

/// Adding a person (by their e-mail address) to a space.
#[derive(Debug, Clone, Deserialize)]
pub struct AddPersonForm {
    pub email: String,
    pub person_role: String,
}

/// A member's new role.
#[derive(Debug, Clone, Deserialize)]
pub struct RoleForm {
    pub role: String,
}

/// A request to join a listed space.
#[derive(Debug, Clone, Deserialize)]
pub struct RequestForm {
    pub message: String,
}

/// A new thread, sent with its files. The fields of an upload that broke
/// off may be missing: they count as empty, and the form is shown again
/// with the upload's message.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ThreadForm {
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// A change of one's own post.
#[derive(Debug, Clone, Deserialize)]
pub struct PostEditForm {
    pub body: String,
    pub version: String,
}

/// A new folder (`parent` empty: at the top level).
#[derive(Debug, Clone, Deserialize)]
pub struct FolderForm {
    pub name: String,
    pub parent: String,
}

/// The folder an upload goes to (empty: the top level); missing when the
/// upload broke off.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct UploadPlace {
    #[serde(default)]
    pub folder: String,
}

/// A member organisation's willingness to host (the note is kept as it is).
#[derive(Debug, Clone, Deserialize)]
pub struct HostForm {
    pub org: String,
    pub note: String,
    #[serde(default, deserialize_with = "checkbox")]
    pub willing: bool,
}

/// A proposed topic.
#[derive(Debug, Clone, Deserialize)]
pub struct TopicForm {
    pub title: String,
    pub description: String,
}

/// A session's documentation after the meeting.
#[derive(Debug, Clone, Deserialize)]
pub struct DocumentationForm {
    pub documentation: String,
    pub version: String,
}

/// What the meeting form holds. Host, swap note and seats are only on the
/// form for a new meeting, the version only on the form for a change.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct MeetingForm {
    pub title: String,
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    #[serde(default)]
    pub host: String,
    #[serde(default)]
    pub swap_note: String,
    pub votes: String,
    #[serde(default)]
    pub capacity: String,
    #[serde(default)]
    pub version: String,
}

impl MeetingForm {
    /// Title, times, venue and votes, which a new meeting and an edit share.
    pub fn parse_common(&self, errs: &mut FormErrors) -> Option<(String, i64, i64, String, i64)> {
        let tz = i18n::time_zone();
        let title = errs.take("title", dm::meeting_title(&self.title));
        let starts = errs.take("starts_at", domain::series::local_datetime(&self.starts_at, tz));
        let ends = errs.take("ends_at", domain::series::local_datetime(&self.ends_at, tz));
        if let (Some(a), Some(b)) = (starts, ends) {
            errs.take("ends_at", dm::check_times(a, b));
        }
        let venue = errs.take("venue", dm::venue(&self.venue));
        let votes = errs.take("votes", dm::votes_per_person(&self.votes));
        Some((title?, starts?, ends?, venue?, votes?))
    }
}

/// What the session form holds, as typed (`topic`: the proposed topic the
/// session takes into the agenda, empty for none).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SessionForm {
    pub title: String,
    pub format: String,
    pub starts_at: String,
    pub ends_at: String,
    pub room: String,
    pub track: String,
    pub capacity: String,
    pub description: String,
    pub topic: String,
    pub tables: String,
    pub rounds: String,
    pub table_hosts: String,
    pub case_owner: String,
    pub moderator: String,
    pub advisers: String,
    pub version: String,
}

fn opt_num(n: Option<i64>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

impl SessionForm {
    pub fn from_session(s: &Session) -> Self {
        let tz = i18n::time_zone();
        SessionForm {
            title: s.title.clone(),
            format: s.format.code().to_string(),
            starts_at: to_local_input(s.starts_at, tz),
            ends_at: to_local_input(s.ends_at, tz),
            room: s.room.clone(),
            track: s.track.clone(),
            capacity: opt_num(s.capacity),
            description: s.description.clone(),
            topic: opt_num(s.topic_id),
            tables: opt_num(s.tables),
            rounds: opt_num(s.rounds),
            table_hosts: s.table_hosts.clone(),
            case_owner: s.case_owner.clone(),
            moderator: s.moderator.clone(),
            advisers: s.advisers.clone(),
            version: s.version.to_string(),
        }
    }

    pub fn parse(&self) -> Result<NewSession, FormErrors> {
        let tz = i18n::time_zone();
        let mut e = FormErrors::new();
        let title = e.take("title", dm::session_title(&self.title));
        let format = e.take("format", SessionFormat::parse(&self.format));
        let starts = e.take("starts_at", local_datetime(&self.starts_at, tz));
        let ends = e.take("ends_at", local_datetime(&self.ends_at, tz));
        if let (Some(a), Some(b)) = (starts, ends) {
            e.take("ends_at", dm::check_times(a, b));
        }
        let room = e.take("room", dm::room(&self.room));
        let track = e.take("track", dm::track(&self.track));
        let capacity = e.take("capacity", dm::capacity(&self.capacity));
        let description = e.take("description", dm::session_description(&self.description));
        let tables = e.take("tables", dm::small_count(&self.tables));
        let rounds = e.take("rounds", dm::small_count(&self.rounds));
        let table_hosts = e.take("table_hosts", dm::person_names(&self.table_hosts));
        let case_owner = e.take("case_owner", dm::person_name(&self.case_owner));
        let moderator = e.take("moderator", dm::person_name(&self.moderator));
        let advisers = e.take("advisers", dm::person_names(&self.advisers));
        let topic_id = match self.topic.as_str() {
            "" => None,
            t => e.take("title", t.parse().map_err(|_| domain::Invalid("error-choose-option"))),
        };
        // each value is there unless its field has an error
        let session = (|| {
            Some(NewSession {
                title: title?,
                format: format?,
                starts_at: starts?,
                ends_at: ends?,
                room: room?,
                track: track?,
                capacity: capacity?,
                description: description?,
                topic_id,
                tables: tables?,
                rounds: rounds?,
                table_hosts: table_hosts?,
                case_owner: case_owner?,
                moderator: moderator?,
                advisers: advisers?,
            })
        })();
        match session {
            Some(session) if e.is_empty() => Ok(session),
            _ => Err(e),
        }
    }
}
