//! The start page: for everyone the series open for registration, a search,
//! the verification of a certificate and what this installation is (an
//! operator text); for signed-in people also their next modules, the tasks
//! waiting for staff and their spaces with news.

use askama::Template;
use domain::orgs::Role;
use domain::series::RegStatus;
use store::accounts::User;
use store::home::{MyNext, StaffSeries};
use store::orgs::MembershipOf;
use store::series_page::{CatalogueFilter, SeriesItem};
use store::spaces::SpaceItem;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;
use crate::web::site::legal::{shown, Shown};

/// How many open series, registrations and staff series the page lists.
const OPEN_SERIES: i64 = 5;
const MY_NEXT: i64 = 10;
const STAFF_SERIES: i64 = 10;

#[derive(Template)]
#[template(path = "home/index.html")]
struct HomePage {
    p: Page,
    user: Option<User>,
    memberships: Vec<MembershipOf>,
    org_count: i64,
    open: Vec<SeriesItem>,
    /// More open series than shown.
    open_more: bool,
    about: Shown,
    next: Vec<MyNext>,
    staff: Vec<StaffSeries>,
    pending_total: i64,
    spaces: Vec<SpaceItem>,
}

pub async fn get(ctx: Ctx) -> AppResult {
    ctx.require(domain::policy::Action::ViewPublic)?;
    let st = &ctx.state.store;
    let now = ctx.now();
    let lang = ctx.locale.code;
    let member_of: Vec<i64> = ctx.actor.memberships.keys().copied().collect();
    let filter = CatalogueFilter {
        open: true,
        ..CatalogueFilter::default()
    };
    let found = st.catalogue(now, lang, &member_of, &filter, OPEN_SERIES, 0).await?;
    let (mut memberships, mut next, mut staff, mut spaces) = (vec![], vec![], vec![], vec![]);
    if let (Some(me), Some(u)) = (ctx.actor.user_id, ctx.user.as_ref()) {
        memberships = st.memberships_of(me).await?;
        next = st.my_next(me, &u.email, lang, now, MY_NEXT).await?;
        staff = st.staff_series(&member_of, lang, now, STAFF_SERIES).await?;
        spaces = st.spaces_for(me).await?.0;
    }
    let about = shown(&ctx, "home").await?;
    let org_count = st.count_orgs().await?;
    render(&HomePage {
        p: ctx.page("home-title", Nav::Home),
        user: ctx.user.clone(),
        memberships,
        org_count,
        open_more: found.1 > found.0.len() as i64,
        open: found.0.clone(),
        about,
        pending_total: staff.iter().map(|s| s.pending).sum(),
        next,
        staff,
        spaces,
    })
}
