//! Every route. A handler's permission is decided before it runs: it takes a
//! guard from `web::guards` (`SignedIn`, `PlatformAdmin`, `OrgAdmin`, …) that
//! asks `domain::policy`, or — for public pages and handlers not yet moved to
//! a guard — calls `ctx.require(..)` first thing. `tests/it/access.rs` visits
//! every route as every kind of person.

use std::time::Duration;

use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::state::AppState;
use crate::web::{accounts, admin, home, leitbild, middleware, openness, ops, orgs, series, site, spaces};

pub fn router(state: AppState) -> Router {
    let pages = Router::new()
        .route("/", get(home::get))
        .route("/login", get(accounts::login::get).post(accounts::login::post))
        .route("/logout", post(accounts::logout::post))
        .route(
            "/invitations/{token}",
            get(accounts::invitation::get).post(accounts::invitation::post),
        )
        .route(
            "/password/forgot",
            get(accounts::reset::forgot_get).post(accounts::reset::forgot_post),
        )
        .route(
            "/password/reset/{token}",
            get(accounts::reset::reset_get).post(accounts::reset::reset_post),
        )
        .route("/profile", get(accounts::profile::get).post(accounts::profile::post))
        .route(
            "/profile/password",
            get(accounts::password::get).post(accounts::password::post),
        )
        .route("/profile/logout-everywhere", post(accounts::logout::everywhere))
        .route("/profile/export", get(accounts::export::get))
        .route(
            "/profile/delete",
            get(accounts::delete::get).post(accounts::delete::post),
        )
        .route("/language", post(site::language::post))
        .route("/imprint", get(site::legal::imprint))
        .route("/privacy", get(site::legal::privacy))
        .route("/accessibility", get(site::legal::accessibility))
        .route("/barrier-report", get(site::barrier::get).post(site::barrier::post))
        .route("/orgs", get(orgs::directory::get))
        .route("/orgs/{id}", get(orgs::show::get))
        .route("/orgs/{id}/edit", get(orgs::edit::get).post(orgs::edit::post))
        .route(
            "/orgs/{id}/logo",
            get(orgs::logo::get)
                .post(orgs::logo::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    orgs::logo::LOGO_MAX_BYTES + 64 * 1024,
                )),
        )
        .route("/orgs/{id}/logo/remove", post(orgs::logo::remove))
        .route("/orgs/{id}/members", get(orgs::members::get))
        .route("/orgs/{id}/members/invite", post(orgs::members::invite))
        .route("/orgs/{id}/members/{user}/role", post(orgs::members::set_role))
        .route("/orgs/{id}/members/{user}/remove", post(orgs::members::remove))
        .route("/orgs/{id}/invitations/{inv}/revoke", post(orgs::members::revoke))
        .route("/orgs/{id}/series", get(series::staff::org_list))
        .route(
            "/orgs/{id}/series/new",
            get(series::staff::new_get).post(series::staff::new_post),
        )
        .route("/orgs/{id}/planning", get(series::speakers::board))
        .route(
            "/orgs/{id}/speakers",
            get(series::speakers::list).post(series::speakers::create),
        )
        .route(
            "/speakers/{id}/edit",
            get(series::speakers::edit_get).post(series::speakers::edit_post),
        )
        .route(
            "/modules/{id}/speakers",
            get(series::speakers::module_get).post(series::speakers::ask),
        )
        .route("/speaker-requests/{id}/withdraw", post(series::speakers::withdraw))
        .route(
            "/speaker-requests/{token}",
            get(series::speakers::answer_get).post(series::speakers::answer_post),
        )
        .route("/leitbild", get(leitbild::process::list))
        .route(
            "/orgs/{id}/leitbild/new",
            get(leitbild::process::new_get).post(leitbild::process::new_post),
        )
        .route("/leitbild/{id}", get(leitbild::process::show))
        .route(
            "/leitbild/{id}/edit",
            get(leitbild::process::edit_get).post(leitbild::process::edit_post),
        )
        .route("/leitbild/{id}/phase", post(leitbild::process::set_phase))
        .route("/leitbild/{id}/setup", get(leitbild::setup::get))
        .route("/leitbild/{id}/draft", get(leitbild::drafts::show))
        .route(
            "/leitbild/{id}/draft/edit",
            get(leitbild::drafts::edit_get).post(leitbild::drafts::edit_post),
        )
        .route("/leitbild/{id}/versions/{item}", get(leitbild::drafts::version))
        .route(
            "/leitbild/{id}/workshops",
            get(leitbild::workshops::list).post(leitbild::workshops::plan),
        )
        .route("/leitbild/{id}/workshops/{item}", get(leitbild::workshops::show))
        .route(
            "/leitbild/{id}/workshops/{item}/cards",
            post(leitbild::workshops::add_card),
        )
        .route(
            "/leitbild/{id}/workshops/{item}/notes",
            post(leitbild::workshops::add_note),
        )
        .route(
            "/leitbild/{id}/workshops/{item}/drafted",
            post(leitbild::workshops::add_drafted),
        )
        .route(
            "/leitbild/{id}/workshops/{item}/assignments",
            post(leitbild::workshops::add_assignment),
        )
        .route(
            "/leitbild/{id}/workshop-cards/{item}",
            post(leitbild::workshops::update_card),
        )
        .route(
            "/leitbild/{id}/workshop-cards/{item}/vote",
            post(leitbild::workshops::vote_card),
        )
        .route(
            "/leitbild/{id}/workshop-cards/{item}/remove",
            post(leitbild::workshops::remove_card),
        )
        .route(
            "/leitbild/{id}/workshop-notes/{item}",
            post(leitbild::workshops::update_note),
        )
        .route(
            "/leitbild/{id}/workshop-notes/{item}/remove",
            post(leitbild::workshops::remove_note),
        )
        .route(
            "/leitbild/{id}/workshop-principles/{item}",
            post(leitbild::workshops::update_drafted),
        )
        .route(
            "/leitbild/{id}/workshop-principles/{item}/take",
            post(leitbild::workshops::take_drafted),
        )
        .route(
            "/leitbild/{id}/workshop-principles/{item}/remove",
            post(leitbild::workshops::remove_drafted),
        )
        .route(
            "/leitbild/{id}/assignments/{item}",
            post(leitbild::workshops::update_assignment),
        )
        .route(
            "/leitbild/{id}/assignments/{item}/status",
            post(leitbild::workshops::assignment_status),
        )
        .route(
            "/leitbild/{id}/assignments/{item}/remove",
            post(leitbild::workshops::remove_assignment),
        )
        .route("/leitbild/{id}/departments", post(leitbild::setup::add_department))
        .route(
            "/leitbild/{id}/departments/{item}",
            get(leitbild::setup::department_get).post(leitbild::setup::department_post),
        )
        .route(
            "/leitbild/{id}/departments/{item}/remove",
            post(leitbild::setup::remove_department),
        )
        .route("/leitbild/{id}/people", post(leitbild::setup::add_person))
        .route(
            "/leitbild/{id}/people/{item}/remove",
            post(leitbild::setup::remove_person),
        )
        .route("/leitbild/{id}/people/{item}/link", post(leitbild::links::mail_one))
        .route(
            "/leitbild/{id}/people/{item}/link/revoke",
            post(leitbild::links::revoke_person),
        )
        .route("/leitbild/{id}/links/mail", post(leitbild::links::mail_all))
        .route("/leitbild/{id}/links/cards", post(leitbild::links::cards))
        .route(
            "/leitbild/{id}/departments/{item}/link",
            post(leitbild::links::department_link),
        )
        .route(
            "/leitbild/{id}/departments/{item}/link/revoke",
            post(leitbild::links::revoke_department),
        )
        .route(
            "/leitbild/{id}/rounds",
            get(leitbild::rounds::list).post(leitbild::rounds::start),
        )
        .route("/leitbild/{id}/rounds/{item}", get(leitbild::rounds::show))
        .route("/leitbild/{id}/rounds/{item}/close", post(leitbild::rounds::close))
        .route(
            "/leitbild/{id}/rounds/{item}/comments/{comment}",
            post(leitbild::rounds::answer),
        )
        .route(
            "/leitbild/{id}/evaluation",
            get(leitbild::evaluation::show).post(leitbild::evaluation::start),
        )
        .route("/leitbild/{id}/evaluation/{item}", get(leitbild::evaluation::survey))
        .route(
            "/leitbild/{id}/evaluation/{item}/close",
            post(leitbild::evaluation::close),
        )
        .route("/mitmachen/{token}/evaluation", post(leitbild::participate::evaluation))
        .route("/mitmachen/{token}", get(leitbild::participate::show))
        .route("/mitmachen/{token}/comment", post(leitbild::participate::comment))
        .route("/mitmachen/{token}/support", post(leitbild::participate::support))
        .route("/mitmachen/{token}/answers", post(leitbild::participate::answers))
        .route("/leitbild/{id}/team", post(leitbild::setup::add_member))
        .route(
            "/leitbild/{id}/team/{item}/remove",
            post(leitbild::setup::remove_member),
        )
        .route("/leitbild/{id}/planner", get(crate::web::measures::list::show))
        .route(
            "/leitbild/{id}/planner/plan",
            post(crate::web::measures::list::set_plan),
        )
        .route(
            "/leitbild/{id}/planner/new",
            get(crate::web::measures::measure::new_get).post(crate::web::measures::measure::new_post),
        )
        .route(
            "/leitbild/{id}/planner/{item}/edit",
            get(crate::web::measures::measure::edit_get).post(crate::web::measures::measure::edit_post),
        )
        .route(
            "/leitbild/{id}/planner/{item}/status",
            get(crate::web::measures::measure::status_get).post(crate::web::measures::measure::status_post),
        )
        .route(
            "/leitbild/{id}/planner/{item}/remove",
            post(crate::web::measures::measure::remove),
        )
        .route(
            "/leitbild/{id}/planner/calendar.pdf",
            get(crate::web::measures::files::pdf),
        )
        .route(
            "/leitbild/{id}/planner/calendar.ics",
            get(crate::web::measures::files::calendar),
        )
        .route(
            "/leitbild/{id}/planner/feed/{file}",
            get(crate::web::measures::files::feed),
        )
        .route(
            "/orgs/{id}/openness",
            get(openness::waves::show).post(openness::waves::create),
        )
        .route(
            "/openness/waves/{id}",
            get(openness::waves::wave).post(openness::waves::update),
        )
        .route("/openness/waves/{id}/close", post(openness::waves::close))
        .route("/openness/waves/{id}/groups", post(openness::waves::add_group))
        .route(
            "/openness/waves/{id}/groups/{item}/remove",
            post(openness::waves::remove_group),
        )
        .route(
            "/openness/waves/{id}/groups/{item}/raters",
            post(openness::waves::add_raters),
        )
        .route(
            "/openness/waves/{id}/raters/{item}/remove",
            post(openness::waves::remove_rater),
        )
        .route("/openness/waves/{id}/links/mail", post(openness::waves::mail_links))
        .route("/openness/waves/{id}/links/cards", post(openness::waves::cards))
        .route("/openness/waves/{id}/results", get(openness::results::show))
        .route("/openness/waves/{id}/report.pdf", get(openness::results::report))
        .route("/openness/waves/{id}/measures", post(openness::results::propose))
        .route(
            "/openness/waves/{id}/answer",
            get(openness::answer::account_get).post(openness::answer::account_post),
        )
        .route(
            "/bewertung/{token}",
            get(openness::answer::link_get).post(openness::answer::link_post),
        )
        .route("/openness/sets", get(openness::sets::list))
        .route("/openness/sets/{id}", get(openness::sets::show))
        .route("/openness/sets/{id}/copy", post(openness::sets::copy))
        .route("/openness/sets/{id}/version", post(openness::sets::new_version))
        .route(
            "/openness/sets/{id}/indicators/{item}",
            get(openness::sets::indicator_get).post(openness::sets::indicator_post),
        )
        .route(
            "/openness/sets/{id}/indicators/{item}/remove",
            post(openness::sets::remove),
        )
        .route(
            "/openness/sets/{id}/dimensions/{item}/new",
            get(openness::sets::new_get),
        )
        .route(
            "/openness/sets/{id}/dimensions/{item}/indicators",
            post(openness::sets::new_post),
        )
        .route(
            "/openness/sets/{id}/languages/{item}",
            post(openness::sets::language_status),
        )
        .route("/leitbild/{id}/dashboard", get(leitbild::dashboard::show))
        .route("/leitbild/{id}/dashboard.csv", get(leitbild::dashboard::csv))
        .route(
            "/leitbild/{id}/dashboard-semikolon.csv",
            get(leitbild::dashboard::csv_semicolon),
        )
        .route("/leitbild/{id}/dashboard.xlsx", get(leitbild::dashboard::xlsx))
        .route("/leitbild/{id}/adoption", get(leitbild::adoption::get))
        .route("/leitbild/{id}/adoption/offer", post(leitbild::adoption::offer))
        .route("/leitbild/{id}/adoption/declare", post(leitbild::adoption::declare))
        .route("/leitbild/{id}/publication", post(leitbild::adoption::publish))
        .route(
            "/leitbild/{id}/publication/withdraw",
            post(leitbild::adoption::withdraw),
        )
        .route(
            "/leitbild/{id}/translations/{lang}",
            get(leitbild::translations::get).post(leitbild::translations::post),
        )
        .route(
            "/leitbild/{id}/translations/{lang}/remove",
            post(leitbild::translations::remove),
        )
        .route("/leitbild/{id}/text", get(leitbild::published::text))
        .route("/leitbild/{id}/poster.pdf", get(leitbild::published::poster))
        .route("/l/{id}", get(leitbild::published::public))
        .route(
            "/mitmachen/{token}/freigabe",
            get(leitbild::adoption::signoff_get).post(leitbild::adoption::signoff_post),
        )
        .route("/spaces", get(spaces::home::list))
        .route("/spaces/new", get(spaces::home::new_get).post(spaces::home::new_post))
        .route("/spaces/{id}", get(spaces::home::home))
        .route(
            "/spaces/{id}/edit",
            get(spaces::home::edit_get).post(spaces::home::edit_post),
        )
        .route("/spaces/{id}/members", get(spaces::members::get))
        .route("/spaces/{id}/members/org", post(spaces::members::add_org))
        .route("/spaces/{id}/members/person", post(spaces::members::add_person))
        .route("/spaces/{id}/invitations/{inv}/revoke", post(spaces::members::revoke))
        .route("/spaces/invitations/{token}", get(spaces::invitations::show))
        .route(
            "/spaces/invitations/{token}/accept",
            post(spaces::invitations::link_accept),
        )
        .route(
            "/spaces/invitations/{token}/decline",
            post(spaces::invitations::link_decline),
        )
        .route("/space-invitations/{id}/accept", post(spaces::invitations::accept))
        .route("/space-invitations/{id}/decline", post(spaces::invitations::decline))
        .route("/spaces/{id}/members/{member}/role", post(spaces::members::set_role))
        .route("/spaces/{id}/members/{member}/remove", post(spaces::members::remove))
        .route("/spaces/{id}/requests/{request}/accept", post(spaces::members::accept))
        .route(
            "/spaces/{id}/requests/{request}/decline",
            post(spaces::members::decline),
        )
        .route("/spaces/{id}/request", post(spaces::members::request))
        .route("/spaces/{id}/threads/new", get(spaces::threads::new_get))
        .route("/threads/{id}", get(spaces::threads::show))
        .route("/spaces/{id}/files", get(spaces::files::top))
        .route("/spaces/{id}/folders", post(spaces::files::create_folder))
        .route("/folders/{id}", get(spaces::files::folder))
        .route("/folders/{id}/delete", post(spaces::files::delete_folder))
        .route("/files/{id}", get(spaces::files::show))
        .route("/files/{id}/trash", post(spaces::files::trash_file))
        .route("/files/{id}/restore", post(spaces::files::restore))
        .route("/spaces/{id}/trash", get(spaces::files::trash))
        .route("/spaces/{id}/search", get(spaces::files::search))
        .route("/spaces/{id}/meetings", get(spaces::meetings::list))
        .route("/spaces/{id}/hosts", post(spaces::meetings::set_host))
        .route(
            "/spaces/{id}/meetings/new",
            get(spaces::meetings::new_get).post(spaces::meetings::new_post),
        )
        .route("/meetings/{id}", get(spaces::meetings::show))
        .route(
            "/meetings/{id}/edit",
            get(spaces::meetings::edit_get).post(spaces::meetings::edit_post),
        )
        .route("/meetings/{id}/topics", post(spaces::meetings::propose))
        .route("/topics/{id}/vote", post(spaces::meetings::vote))
        .route("/topics/{id}/unvote", post(spaces::meetings::unvote))
        .route(
            "/meetings/{id}/sessions/new",
            get(spaces::sessions::new_get).post(spaces::sessions::new_post),
        )
        .route("/sessions/{id}", get(spaces::sessions::show))
        .route(
            "/sessions/{id}/edit",
            get(spaces::sessions::edit_get).post(spaces::sessions::edit_post),
        )
        .route("/sessions/{id}/delete", post(spaces::sessions::delete))
        .route("/sessions/{id}/documentation", post(spaces::sessions::document))
        .route("/sessions/{id}/choose", post(spaces::sessions::choose))
        .route("/sessions/{id}/unchoose", post(spaces::sessions::unchoose))
        .route("/threads/{id}/follow", post(spaces::threads::follow))
        .route("/threads/{id}/unfollow", post(spaces::threads::unfollow))
        .route("/spaces/notifications", post(spaces::home::notifications))
        .route(
            "/posts/{id}/edit",
            get(spaces::threads::edit_get).post(spaces::threads::edit_post),
        )
        .route("/posts/{id}/history", get(spaces::threads::history))
        .route("/profile/registrations", get(series::public::mine))
        .route("/series", get(series::public::catalogue))
        .route("/series/{id}", get(series::public::show))
        .route("/series/{id}/register", post(series::public::register))
        .route("/series/{id}/check-mail", get(series::public::check_mail))
        .route("/series/{id}/manage", get(series::staff::manage))
        .route(
            "/series/{id}/edit",
            get(series::staff::edit_get).post(series::staff::edit_post),
        )
        .route(
            "/series/{id}/copy",
            get(series::staff::copy_get).post(series::staff::copy_post),
        )
        .route(
            "/series/{id}/modules/new",
            get(series::modules::new_get).post(series::modules::new_post),
        )
        .route("/series/{id}/participants", get(series::participants::list))
        .route("/series/{id}/participants/add", post(series::participants::add))
        .route(
            "/series/{id}/participants/import",
            post(series::participants::import).layer(axum::extract::DefaultBodyLimit::max(
                series::participants::IMPORT_MAX_BYTES + 64 * 1024,
            )),
        )
        .route("/series/{id}/figures", get(series::figures::get))
        .route("/series/{id}/participants.csv", get(series::figures::csv))
        .route(
            "/series/{id}/participants-semicolon.csv",
            get(series::figures::csv_semicolon),
        )
        .route("/series/{id}/participants.xlsx", get(series::figures::xlsx))
        .route("/registrations/{id}/approve", post(series::participants::approve))
        .route("/registrations/{id}/cancel", post(series::participants::cancel))
        .route(
            "/modules/{id}/edit",
            get(series::modules::edit_get).post(series::modules::edit_post),
        )
        .route(
            "/modules/{id}/cancel",
            get(series::modules::cancel_get).post(series::modules::cancel_post),
        )
        .route(
            "/modules/{id}/attendance",
            get(series::attendance::get).post(series::attendance::post),
        )
        .route("/modules/{id}/checkin-code", post(series::attendance::checkin_code))
        .route("/modules/{id}/attendance.pdf", get(series::attendance::list_pdf))
        .route(
            "/modules/{id}/attendance/scan",
            get(series::attendance::scan_download)
                .post(series::attendance::scan_upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    series::attendance::SCAN_MAX_BYTES + 64 * 1024,
                )),
        )
        .route("/r/{token}/checkin", post(series::attendance::self_check_in))
        .route("/modules/{id}/calendar.ics", get(series::calendar::module_ics))
        .route("/series/{id}/calendar.ics", get(series::calendar::series_ics))
        .route("/r/{token}/calendar.ics", get(series::calendar::registration_feed))
        .route("/calendar/{file}", get(series::calendar::user_feed))
        .route(
            "/speaker-requests/{token}/calendar.ics",
            get(series::calendar::speaker_feed),
        )
        .route("/profile/calendar", get(series::calendar::profile_get))
        .route("/profile/calendar/reset", post(series::calendar::profile_reset))
        .route("/series/{id}/certificates", get(series::certificates::list))
        .route("/series/{id}/certificates/issue", post(series::certificates::issue))
        .route("/certificates/{id}/revoke", post(series::certificates::revoke))
        .route("/certificates/{id}/pdf", get(series::certificates::staff_pdf))
        .route("/r/{token}/certificate", get(series::certificates::own_pdf))
        .route("/series/{id}/feedback", get(series::feedback::results))
        .route(
            "/feedback/{token}",
            get(series::feedback::get).post(series::feedback::post),
        )
        .route("/verify", get(series::certificates::verify_form))
        .route("/verify/{code}", get(series::certificates::verify))
        .route("/r/{token}", get(series::public::personal))
        .route("/r/{token}/confirm", post(series::public::confirm))
        .route("/r/{token}/data.json", get(series::mydata::export))
        .route(
            "/r/{token}/delete",
            get(series::mydata::delete_get).post(series::mydata::delete_post),
        )
        .route(
            "/r/{token}/cancel",
            get(series::public::cancel_get).post(series::public::cancel_post),
        )
        .route("/admin", get(|| async { crate::web::redirect("/admin/users") }))
        .route("/admin/users", get(admin::users::get))
        .route("/admin/users/invite", post(admin::users::invite))
        .route("/admin/users/{id}/platform-admin", post(admin::users::platform_admin))
        .route("/admin/orgs", get(admin::orgs::list))
        .route("/admin/orgs/new", get(admin::orgs::new_get).post(admin::orgs::new_post))
        .route("/admin/audit", get(admin::audit::get))
        .route("/admin/outbox", get(admin::outbox::list))
        .route("/admin/outbox/{id}", get(admin::outbox::show))
        .route("/admin/barrier-reports", get(admin::barriers::list))
        .route("/admin/barrier-reports/{id}/status", post(admin::barriers::set_status))
        .route("/admin/texts", get(admin::texts::list))
        .route(
            "/admin/texts/{key}",
            get(admin::texts::edit_get).post(admin::texts::edit_post),
        )
        .fallback(|| async { crate::web::error::AppError::NotFound })
        .layer(from_fn_with_state(state.clone(), middleware::csrf))
        .layer(from_fn_with_state(state.clone(), middleware::error_pages))
        .layer(from_fn(middleware::run_to_completion));

    // Uploads and downloads stream and may take longer than a page: no
    // overall timeout, no body limit (each file is checked against the file
    // limit and the space's quota while it streams).
    let transfers = Router::new()
        .route("/spaces/{id}/threads/new", post(spaces::threads::new_post))
        .route("/threads/{id}/reply", post(spaces::threads::reply))
        .route("/spaces/{id}/files", post(spaces::files::upload))
        .route("/files/{id}/versions", post(spaces::files::new_version))
        .route("/sessions/{id}/files", post(spaces::sessions::upload))
        .route("/files/{id}/download", get(spaces::files::download))
        .route("/files/{id}/versions/{version}", get(spaces::files::download_version))
        .layer(axum::extract::DefaultBodyLimit::disable())
        .layer(from_fn(middleware::pace_uploads))
        .layer(from_fn_with_state(state.clone(), middleware::csrf))
        .layer(from_fn_with_state(state.clone(), middleware::error_pages))
        .layer(from_fn(middleware::run_to_completion))
        .layer(from_fn(middleware::security_headers));

    Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/readyz", get(ops::readyz))
        .route("/hello", get(ops::hello))
        .route("/static/{name}", get(ops::static_file))
        .merge(pages)
        .layer(from_fn(middleware::security_headers))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        .merge(transfers)
        .layer(CatchPanicLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
