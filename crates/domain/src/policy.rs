//! The one place that decides who may do what. Every route names the
//! [`Action`] it needs and asks [`allows`]; nothing else grants access.

use std::collections::HashMap;

use crate::orgs::Role;
use crate::series::Visibility;
use crate::spaces::SpaceRole;

/// Who is asking.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// `None` for an anonymous visitor.
    pub user_id: Option<i64>,
    pub platform_admin: bool,
    /// Organisation id → role in it.
    pub memberships: HashMap<i64, Role>,
}

impl Actor {
    pub fn anonymous() -> Self {
        Actor::default()
    }
    pub fn is_signed_in(&self) -> bool {
        self.user_id.is_some()
    }
    pub fn role_in(&self, org: i64) -> Option<Role> {
        self.memberships.get(&org).copied()
    }
    pub fn admin_of_any(&self) -> bool {
        self.memberships.values().any(|r| *r == Role::Admin)
    }
}

/// Everything a route may need permission for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Public pages: home, directory, organisation page, legal texts, barrier report.
    ViewPublic,
    /// Anything that needs no more than being signed in (the spaces list,
    /// personal calendar feeds, "my registrations").
    SignedIn,
    /// Own profile, password, sessions, data export, account deletion.
    ManageOwnAccount,
    /// See who belongs to an organisation.
    ViewMembers(i64),
    /// Invite, change roles, remove members; edit the organisation's profile.
    ManageOrg(i64),
    /// Plan the organisation's qualification series: series, modules,
    /// speakers, participants, attendance, certificates. Every member of the
    /// organisation is its staff.
    ManageSeries(i64),
    /// Manage one series (its modules, registrations, attendance,
    /// certificates): the organisation's staff ([`Action::ManageSeries`]),
    /// and, for the series of a Leitbild process's workshops, the process's
    /// team (`workshops_team`: the person is on it), who need not belong to
    /// the administration. Not the organisation's other series, its list of
    /// series, its speakers, nor a copy made into it.
    ManageOneSeries { org: i64, workshops_team: bool },
    /// See a series' page and register for it: public ones for everyone,
    /// members-only ones for the organisation's members, invitation-only ones
    /// with the key from the invitation link (and always for the organisation's staff).
    ViewSeries {
        org: i64,
        visibility: Visibility,
        has_key: bool,
    },
    /// Start a new space (and become its admin): any member of an organisation.
    CreateSpace,
    /// Read a space: its members only (given their role in it, `None` for
    /// none). Spaces are private: platform admins see no content either.
    ViewSpace(Option<SpaceRole>),
    /// Start threads and post in a space: admins and members, not readers.
    PostInSpace(Option<SpaceRole>),
    /// Invite and remove members, accept requests, edit the space: its admins.
    ManageSpace(Option<SpaceRole>),
    /// Accept or decline an organisation's invitation to a space: the
    /// organisation's own admins (not platform admins, who act for nobody).
    AnswerSpaceInvitation { org: i64 },
    /// Start a Leitbild process for an administration: its admins, and
    /// platform admins (the programme's coordination).
    StartLeitbild(i64),
    /// See a Leitbild process (its phase, plan and figures): its team and
    /// the members of the administration it belongs to.
    ViewLeitbild { org: i64, team: bool },
    /// Run a Leitbild process: prepare it, move its phase, manage its team.
    /// Its team only: the process holds what staff wrote, so not even
    /// platform admins read it without being on the team.
    RunLeitbild { team: bool },
    /// Read the adopted text of a Leitbild (its page and poster): the team
    /// always; once published inside the administration, its members
    /// (signed in); once published for everyone, anyone without logging in.
    ReadLeitbildText {
        org: i64,
        team: bool,
        publication: crate::leitbild_adoption::Publication,
    },
    /// See an administration's openness self-assessment (its waves and
    /// results, which never show a group below the anonymity threshold): its
    /// members and platform admins.
    ViewOpenness(i64),
    /// Run an administration's self-assessment: waves, rater groups, raters
    /// and their links: its admins and platform admins (the programme's
    /// coordination).
    RunOpenness(i64),
    /// Copy and adapt indicator sets: programme staff (members of a
    /// programme provider) and platform admins. Anyone signed in reads them.
    EditIndicatorSets { programme_staff: bool },
    /// Platform administration: users, organisations, audit log, outbox,
    /// barrier reports, legal texts.
    AdministerPlatform,
}

pub fn allows(actor: &Actor, action: Action) -> bool {
    match action {
        Action::ViewPublic => true,
        Action::SignedIn | Action::ManageOwnAccount => actor.is_signed_in(),
        Action::ViewMembers(org) => actor.platform_admin || actor.role_in(org).is_some(),
        Action::ManageOrg(org) => actor.platform_admin || actor.role_in(org) == Some(Role::Admin),
        Action::ManageSeries(org) => actor.platform_admin || actor.role_in(org).is_some(),
        Action::ManageOneSeries { org, workshops_team } => {
            allows(actor, Action::ManageSeries(org)) || (actor.is_signed_in() && workshops_team)
        }
        Action::ViewSeries {
            org,
            visibility,
            has_key,
        } => match visibility {
            Visibility::Public => true,
            Visibility::Members => actor.platform_admin || actor.role_in(org).is_some(),
            Visibility::Invitation => has_key || actor.platform_admin || actor.role_in(org).is_some(),
        },
        Action::CreateSpace => actor.platform_admin || !actor.memberships.is_empty(),
        Action::ViewSpace(role) => actor.is_signed_in() && role.is_some(),
        Action::PostInSpace(role) => actor.is_signed_in() && role.is_some_and(SpaceRole::may_post),
        Action::ManageSpace(role) => actor.is_signed_in() && role == Some(SpaceRole::Admin),
        Action::AnswerSpaceInvitation { org } => actor.role_in(org) == Some(Role::Admin),
        Action::StartLeitbild(org) => actor.platform_admin || actor.role_in(org) == Some(Role::Admin),
        Action::ViewLeitbild { org, team } => actor.is_signed_in() && (team || actor.role_in(org).is_some()),
        Action::RunLeitbild { team } => actor.is_signed_in() && team,
        Action::ReadLeitbildText { org, team, publication } => {
            use crate::leitbild_adoption::Publication;
            (actor.is_signed_in() && team)
                || match publication {
                    Publication::Public => true,
                    Publication::Internal => actor.is_signed_in() && actor.role_in(org).is_some(),
                    Publication::Unpublished => false,
                }
        }
        Action::ViewOpenness(org) => actor.platform_admin || actor.role_in(org).is_some(),
        Action::RunOpenness(org) => actor.platform_admin || actor.role_in(org) == Some(Role::Admin),
        Action::EditIndicatorSets { programme_staff } => {
            actor.platform_admin || (actor.is_signed_in() && programme_staff)
        }
        Action::AdministerPlatform => actor.platform_admin,
    }
}

/// Which roles an inviter may hand out in an organisation.
pub fn may_grant(actor: &Actor, org: i64, _role: Role) -> bool {
    allows(actor, Action::ManageOrg(org))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(org: i64, role: Role) -> Actor {
        Actor {
            user_id: Some(1),
            platform_admin: false,
            memberships: HashMap::from([(org, role)]),
        }
    }

    #[test]
    fn matrix() {
        let anon = Actor::anonymous();
        let admin = Actor {
            user_id: Some(9),
            platform_admin: true,
            ..Default::default()
        };
        let m = member(1, Role::Member);
        let oa = member(1, Role::Admin);
        let other = member(2, Role::Admin);

        assert!(allows(&anon, Action::ViewPublic));
        assert!(!allows(&anon, Action::ManageOwnAccount));
        assert!(allows(&m, Action::ManageOwnAccount));
        assert!(!allows(&anon, Action::SignedIn));
        assert!(allows(&m, Action::SignedIn));

        assert!(!allows(&anon, Action::ViewMembers(1)));
        assert!(!allows(&other, Action::ViewMembers(1)));
        assert!(allows(&m, Action::ViewMembers(1)));
        assert!(allows(&admin, Action::ViewMembers(1)));

        assert!(!allows(&m, Action::ManageOrg(1)));
        assert!(!allows(&other, Action::ManageOrg(1)));
        assert!(allows(&oa, Action::ManageOrg(1)));
        assert!(allows(&admin, Action::ManageOrg(1)));

        assert!(allows(&m, Action::ManageSeries(1)));
        assert!(!allows(&other, Action::ManageSeries(1)));
        assert!(!allows(&anon, Action::ManageSeries(1)));
        let one = |org, workshops_team| Action::ManageOneSeries { org, workshops_team };
        assert!(allows(&m, one(1, false)), "the organisation's staff, any series of it");
        assert!(allows(&admin, one(1, false)));
        assert!(!allows(&other, one(1, false)));
        assert!(
            allows(&other, one(1, true)),
            "the Leitbild team runs its workshops' series, from whatever organisation"
        );
        assert!(!allows(&other, Action::ManageSeries(1)), "but not the others");
        assert!(!allows(&anon, one(1, true)));
        let view = |visibility, has_key| Action::ViewSeries {
            org: 1,
            visibility,
            has_key,
        };
        assert!(allows(&anon, view(Visibility::Public, false)));
        assert!(!allows(&anon, view(Visibility::Members, false)));
        assert!(!allows(&other, view(Visibility::Members, true)));
        assert!(allows(&m, view(Visibility::Members, false)));
        assert!(!allows(&anon, view(Visibility::Invitation, false)));
        assert!(allows(&anon, view(Visibility::Invitation, true)));
        assert!(allows(&m, view(Visibility::Invitation, false)));

        assert!(!allows(&anon, Action::CreateSpace));
        assert!(allows(&m, Action::CreateSpace));
        assert!(
            !allows(&admin, Action::ViewSpace(None)),
            "spaces are private, even to platform admins"
        );
        assert!(allows(&m, Action::ViewSpace(Some(SpaceRole::Reader))));
        assert!(!allows(&m, Action::PostInSpace(Some(SpaceRole::Reader))));
        assert!(allows(&m, Action::PostInSpace(Some(SpaceRole::Member))));
        assert!(!allows(&m, Action::ManageSpace(Some(SpaceRole::Member))));
        assert!(allows(&m, Action::ManageSpace(Some(SpaceRole::Admin))));
        assert!(!allows(&anon, Action::ViewSpace(Some(SpaceRole::Admin))));
        assert!(allows(&oa, Action::AnswerSpaceInvitation { org: 1 }));
        assert!(!allows(&m, Action::AnswerSpaceInvitation { org: 1 }));
        assert!(!allows(&admin, Action::AnswerSpaceInvitation { org: 1 }));

        assert!(allows(&oa, Action::StartLeitbild(1)));
        assert!(allows(&admin, Action::StartLeitbild(1)));
        assert!(!allows(&m, Action::StartLeitbild(1)));
        assert!(!allows(&other, Action::StartLeitbild(1)));
        assert!(allows(&m, Action::ViewOpenness(1)));
        assert!(!allows(&other, Action::ViewOpenness(1)));
        assert!(!allows(&anon, Action::ViewOpenness(1)));
        assert!(allows(&oa, Action::RunOpenness(1)));
        assert!(allows(&admin, Action::RunOpenness(1)));
        assert!(
            !allows(&m, Action::RunOpenness(1)),
            "members see results, admins run waves"
        );
        assert!(!allows(&other, Action::RunOpenness(1)));
        let edit = |programme_staff| Action::EditIndicatorSets { programme_staff };
        assert!(allows(&m, edit(true)));
        assert!(!allows(&m, edit(false)));
        assert!(allows(&admin, edit(false)));
        assert!(!allows(&anon, edit(true)));
        let view_lb = |team| Action::ViewLeitbild { org: 1, team };
        assert!(
            allows(&m, view_lb(false)),
            "the administration's staff see their process"
        );
        assert!(allows(&other, view_lb(true)), "team members from the programme see it");
        assert!(!allows(&other, view_lb(false)));
        assert!(
            !allows(&admin, view_lb(false)),
            "not even platform admins, off the team"
        );
        assert!(!allows(&anon, view_lb(true)));
        assert!(allows(&other, Action::RunLeitbild { team: true }));
        assert!(
            !allows(&oa, Action::RunLeitbild { team: false }),
            "the administration's admin is not the team"
        );
        assert!(!allows(&admin, Action::RunLeitbild { team: false }));

        {
            use crate::leitbild_adoption::Publication::{Internal, Public, Unpublished};
            let read = |team, publication| Action::ReadLeitbildText {
                org: 1,
                team,
                publication,
            };
            assert!(allows(&anon, read(false, Public)), "a public Leitbild needs no login");
            assert!(!allows(&anon, read(false, Internal)));
            assert!(allows(&m, read(false, Internal)), "the administration's staff");
            assert!(!allows(&other, read(false, Internal)));
            assert!(!allows(&admin, read(false, Internal)), "not even platform admins");
            assert!(!allows(&m, read(false, Unpublished)), "unpublished: the team only");
            assert!(allows(&other, read(true, Unpublished)));
        }
        assert!(!allows(&oa, Action::AdministerPlatform));
        assert!(allows(&admin, Action::AdministerPlatform));
    }
}
