//! No destructive action on one click: removing a member, revoking an invitation, trashing a
//! file, cancelling a participant … first answer with a page of their own that says what will
//! happen and who is told, as the participant's own cancellation does. It works without
//! JavaScript: the button on the object's page posts the action without `confirmed`; the
//! handler answers with [`ask`], whose button posts the same action again with
//! `confirmed=true` (and the fields the first form sent, e.g. a reason).

use askama::Template;
use serde::Deserialize;

use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::page::{Nav, Page};
use crate::web::render;

/// The body of a destructive action's form: only whether it was confirmed.
#[derive(Deserialize, Default)]
pub struct Confirmed {
    #[serde(default)]
    pub confirmed: bool,
}

/// What a confirmation page says: the messages `confirm-{what}-title`, `-text` and `-submit`,
/// each given `args` (names shown in them are isolated so they keep their direction).
pub struct Ask<'a> {
    /// The action, e.g. `member-remove`.
    pub what: &'static str,
    /// Where the action posts to (the same route).
    pub action: String,
    /// Where "back" leads, without doing anything.
    pub back: String,
    pub args: &'a [(&'static str, String)],
    /// Fields of the first form sent again with the confirmation (e.g. a reason).
    pub fields: Vec<(&'static str, String)>,
}

#[derive(Template)]
#[template(path = "confirm.html")]
struct ConfirmPage {
    p: Page,
    text: String,
    submit: String,
    action: String,
    back: String,
    fields: Vec<(&'static str, String)>,
}

/// The confirmation page of a destructive action (status 200; nothing has changed).
pub fn ask(ctx: &Ctx, a: Ask<'_>, nav: Nav) -> AppResult {
    let mut p = ctx.page("confirm-title", nav);
    let i18n = &ctx.state.i18n;
    let args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = a
        .args
        .iter()
        .map(|(k, v)| (*k, format!("\u{2068}{v}\u{2069}").into()))
        .collect();
    let t = |part: &str| i18n.t_args(ctx.locale.code, &format!("confirm-{}-{part}", a.what), &args);
    p.title = t("title");
    render(&ConfirmPage {
        text: t("text"),
        submit: t("submit"),
        action: a.action,
        back: a.back,
        fields: a.fields,
        p,
    })
}
