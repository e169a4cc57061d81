//! Network spaces: kinds, roles of members, and what people type into
//! space, thread and post forms.

use crate::text::{multi_line, one_line};
use crate::values::code_enum;
use crate::Invalid;

code_enum!(
    /// What a space is for.
    SpaceKind {
        Network = "network",
        Steering = "steering",
        Working = "working",
    }
);

code_enum!(
    /// A member's role in a space. An organisation's role applies to all its people;
    /// a person who is also a member in their own right gets the higher of the two.
    SpaceRole {
        /// Manages members, requests and the space itself; posts.
        Admin = "admin",
        /// Reads and posts.
        Member = "member",
        /// Reads only.
        Reader = "reader",
    }
);

code_enum!(
    /// How a person hears of new posts in threads they follow.
    NotifyMode {
        /// A mail for each post.
        Immediate = "immediate",
        /// One mail a day with what is new.
        Digest = "digest",
        Off = "off",
    }
);

code_enum!(
    /// Where an invitation to a space stands. Only a pending one can be
    /// answered or revoked; a pending one past its expiry counts as expired.
    InvitationState {
        Pending = "pending",
        Accepted = "accepted",
        Declined = "declined",
        Revoked = "revoked",
        Expired = "expired",
    }
);

/// How long an invitation to a space stays open.
pub const INVITATION_DAYS: i64 = 14;
/// After a decline, the same address or organisation is not invited to the same space again for this long.
pub const DECLINE_QUIET_DAYS: i64 = 30;
/// At most this many invitations per space in 24 hours …
pub const INVITATIONS_PER_DAY: i64 = 30;
/// … and per person inviting, over all spaces (spaces are cheap to make) …
pub const INVITATIONS_PER_INVITER_DAY: i64 = 50;
/// … and to one address or organisation, over all spaces (nobody is flooded with invitations).
pub const INVITATIONS_PER_INVITEE_DAY: i64 = 3;

impl SpaceRole {
    fn rank(self) -> u8 {
        match self {
            SpaceRole::Admin => 3,
            SpaceRole::Member => 2,
            SpaceRole::Reader => 1,
        }
    }
    /// The higher of two roles.
    pub fn max(self, other: SpaceRole) -> SpaceRole {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }
    pub fn may_post(self) -> bool {
        self != SpaceRole::Reader
    }
}

/// A space's name: one line, at most 120 characters.
pub fn space_name(input: &str) -> Result<String, Invalid> {
    one_line(input, 120)
}

/// What a space is about: optional, several lines.
pub fn space_description(input: &str) -> Result<String, Invalid> {
    multi_line(input, 2000, false)
}

/// A thread's title: one line, at most 200 characters.
pub fn thread_title(input: &str) -> Result<String, Invalid> {
    one_line(input, 200)
}

/// A post: Markdown, required, at most 20,000 characters.
pub fn post_body(input: &str) -> Result<String, Invalid> {
    multi_line(input, 20_000, true)
}

/// A note with a request to join: optional, at most 500 characters.
pub fn request_message(input: &str) -> Result<String, Invalid> {
    multi_line(input, 500, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_combine_to_the_higher() {
        assert_eq!(SpaceRole::Reader.max(SpaceRole::Member), SpaceRole::Member);
        assert_eq!(SpaceRole::Admin.max(SpaceRole::Reader), SpaceRole::Admin);
        assert!(!SpaceRole::Reader.may_post());
        assert!(SpaceRole::Member.may_post());
    }

    #[test]
    fn bad_input() {
        assert_eq!(space_name("  "), Err(Invalid("error-required")));
        assert_eq!(thread_title("a\u{202E}b"), Err(Invalid("error-control-chars")));
        assert!(post_body(&"x".repeat(20_001)).is_err());
        assert_eq!(post_body("  \n "), Err(Invalid("error-required")));
        assert_eq!(SpaceKind::parse("club"), Err(Invalid("error-choose-option")));
    }
}
