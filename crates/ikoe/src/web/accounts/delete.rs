//! GET/POST /profile/delete: delete one's own account (password confirms).
//! Personal data is removed; audit entries stay under a pseudonym.

use askama::Template;
use axum::response::Response;
use serde::Deserialize;

use crate::web::error::AppResult;
use crate::web::form::Form;
use crate::web::guards::accounts::OwnAccount;
use crate::web::page::{FormErrors, Nav, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "accounts/delete.html")]
struct DeletePage {
    p: Page,
    errs: FormErrors,
}

#[derive(Deserialize)]
pub struct DeleteForm {
    password: String,
}

pub async fn get(OwnAccount { ctx, .. }: OwnAccount) -> AppResult {
    render(&DeletePage {
        p: ctx.page("delete-title", Nav::Profile),
        errs: FormErrors::new(),
    })
}

pub async fn post(OwnAccount { ctx, user: u }: OwnAccount, Form(f): Form<DeleteForm>) -> AppResult<Response> {
    if let Some(key) = super::check_current_password(&ctx, &f.password).await? {
        let errs = FormErrors::one("password", key);
        return render_invalid(&DeletePage {
            p: ctx.page("delete-title", Nav::Profile),
            errs,
        });
    }
    if ctx.state.store.is_sole_admin(u.id).await? {
        let errs = FormErrors::one("password", "error-delete-sole-admin");
        return render_invalid(&DeletePage {
            p: ctx.page("delete-title", Nav::Profile),
            errs,
        });
    }
    let regs = ctx.state.store.registrations_of_user(u.id, &u.email).await?;
    let ids: Vec<i64> = regs.iter().map(|r| r.series_id).collect();
    let mailer = crate::web::series::mydata::moved_up_mailer(&ctx, ids).await?;
    ctx.state.store.delete_user(ctx.now(), u.id, &mailer).await?;
    let mut res = redirect_flash("/", "flash-account-deleted");
    super::clear_session_cookie(&ctx, &mut res);
    Ok(res)
}
