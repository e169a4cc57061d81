//! The one integration-test binary. Every test runs against SQLite, or
//! against PostgreSQL when IKOE_TEST_DATABASE_URL is set (CI runs both).
#![expect(clippy::unwrap_used, clippy::expect_used, reason = "a failing test panics")]

mod access;
mod accounts;
mod attendance;
mod bidi;
mod builders;
mod calendar;
mod certificates;
mod confirm;
mod docs;
mod feedback;
mod figures;
mod files;
mod funding_notice;
mod helpers;
mod home;
mod i18n_keys;
mod i18n_pages;
mod leitbild;
mod leitbild_adoption;
mod leitbild_dashboard;
mod leitbild_rounds;
mod leitbild_workshops;
mod measures;
mod meetings;
mod meetings_store;
mod openness;
mod ops;
mod orgs;
mod privacy;
mod series;
mod server;
mod smtp;
mod snapshots;
mod spaces;
mod spaces_invitations;
mod speakers;
mod store;
