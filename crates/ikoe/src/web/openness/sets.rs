//! Indicator sets (`/openness/sets…`): the list and a set's page with its
//! dimensions, indicators and maturity levels in the reader's language
//! (German where a translation is missing) and its languages with their
//! status, for anyone signed in. Programme staff copy a set, make a new
//! version of one, and change, add or remove its indicators in any
//! language; a set a wave uses is frozen and offers a new version instead.

use askama::Template;
use axum::extract::{Path, Query};
use domain::openness::TextStatus;
use serde::Deserialize;
use store::openness::{IndicatorSet, SetItem, SetLanguage, BASE_LANG};
use store::StoreError;

use super::forms::IndicatorForm;
use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::form::Form;
use crate::web::guards::openness::{SetEditor, SetView};
use crate::web::guards::SignedIn;
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "openness/sets.html")]
struct SetsPage {
    p: Page,
    sets: Vec<SetItem>,
}

pub async fn list(SignedIn { ctx, .. }: SignedIn) -> AppResult {
    let sets = ctx.state.store.openness_sets(ctx.locale.code).await?;
    render(&SetsPage {
        p: ctx.page("openness-sets-title", Nav::Other),
        sets,
    })
}

#[derive(Template)]
#[template(path = "openness/set.html")]
struct SetPage {
    p: Page,
    set: IndicatorSet,
    languages: Vec<SetLanguage>,
    may_edit: bool,
    owns: bool,
    /// Whether the page's language has texts of its own in the set.
    own_texts: bool,
}

impl SetPage {
    fn language_name(&self, code: &str) -> String {
        i18n::LOCALES
            .iter()
            .find(|l| l.code == code)
            .map(|l| l.native_name.to_string())
            .unwrap_or_else(|| code.to_string())
    }
}

pub async fn show(v: SetView) -> AppResult {
    let languages = v.ctx.state.store.openness_set_languages(v.set.id).await?;
    let own_texts = languages.iter().any(|l| l.lang == v.ctx.locale.code);
    let p = v.ctx.page_titled(
        format!(
            "{} – {}",
            v.set.title,
            v.ctx
                .state
                .i18n
                .t_args(v.ctx.locale.code, "openness-set-version", &[("n", v.set.number.into())])
        ),
        Nav::Other,
    );
    render(&SetPage {
        p,
        set: v.set,
        languages,
        may_edit: v.may_edit,
        owns: v.owns,
        own_texts,
    })
}

/// `POST /openness/sets/{id}/copy`: a new set of one's own, a copy of this one.
pub async fn copy(e: SetEditor) -> AppResult {
    let id = e
        .ctx
        .state
        .store
        .copy_openness_set(e.ctx.now(), e.ctx.user_id()?, e.set.id, e.programme_org)
        .await?;
    Ok(redirect_flash(
        &format!("/openness/sets/{id}"),
        "flash-openness-set-copied",
    ))
}

/// `POST /openness/sets/{id}/version`: the next version of the set's family.
pub async fn new_version(e: SetEditor) -> AppResult {
    let id = e
        .ctx
        .state
        .store
        .new_openness_set_version(e.ctx.now(), e.ctx.user_id()?, e.set.id, e.programme_org)
        .await?;
    Ok(redirect_flash(
        &format!("/openness/sets/{id}"),
        "flash-openness-set-versioned",
    ))
}

#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

#[derive(Template)]
#[template(path = "openness/indicator_form.html")]
struct IndicatorPage {
    p: Page,
    set: IndicatorSet,
    /// The indicator changed (none: a new one in `dimension`).
    indicator: Option<i64>,
    action: String,
    lang_opts: Vec<Opt>,
    /// The German texts, beside a translation.
    base: Option<IndicatorForm>,
    f: IndicatorForm,
    errs: FormErrors,
}

/// The languages an indicator's texts can be written in.
fn lang_opts() -> Vec<Opt> {
    i18n::LOCALES.iter().map(|l| Opt::new(l.code, l.native_name)).collect()
}

/// The form of indicator `id` of the set in language `lang` (German: the base).
async fn indicator_page(
    e: &SetEditor,
    id: i64,
    f: Option<IndicatorForm>,
    errs: FormErrors,
) -> AppResult<IndicatorPage> {
    e.set.indicator(id).ok_or(AppError::NotFound)?;
    let store = &e.ctx.state.store;
    let lang = f.as_ref().map(|f| f.lang.clone()).unwrap_or_else(|| BASE_LANG.into());
    let base = store.openness_indicator_texts(id, BASE_LANG).await?.unwrap_or_default();
    let f = match f {
        Some(f) => f,
        None => {
            let t = store.openness_indicator_texts(id, &lang).await?.unwrap_or_default();
            IndicatorForm::of(&lang, &t)
        }
    };
    Ok(IndicatorPage {
        p: e.ctx.page("openness-indicator-edit", Nav::Other),
        set: e.set.clone(),
        indicator: Some(id),
        action: format!("/openness/sets/{}/indicators/{id}", e.set.id),
        lang_opts: lang_opts(),
        base: (lang != BASE_LANG).then(|| IndicatorForm::of(BASE_LANG, &base)),
        f,
        errs,
    })
}

fn frozen(e: &SetEditor) -> AppResult {
    Ok(redirect_flash(
        &format!("/openness/sets/{}", e.set.id),
        "error-openness-set-frozen",
    ))
}

/// Whether the person may change this set now: the set shipped with ikoe
/// stays as it is (they copy it), and a set of another programme
/// organisation is theirs to change (403); a frozen set makes a new version.
fn refuse_change(e: &SetEditor) -> Option<AppResult> {
    if e.set.builtin.is_some() {
        return Some(Ok(redirect_flash(
            &format!("/openness/sets/{}", e.set.id),
            "error-openness-set-shipped",
        )));
    }
    if !e.owns {
        return Some(Err(AppError::Forbidden));
    }
    e.set.frozen.then(|| frozen(e))
}

pub async fn indicator_get(e: SetEditor, Path((_, id)): Path<(i64, i64)>, Query(q): Query<LangQuery>) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    let lang = q
        .lang
        .filter(|l| i18n::LOCALES.iter().any(|x| x.code == l))
        .unwrap_or_else(|| BASE_LANG.into());
    let t = e
        .ctx
        .state
        .store
        .openness_indicator_texts(id, &lang)
        .await?
        .unwrap_or_default();
    let f = IndicatorForm::of(&lang, &t);
    render(&indicator_page(&e, id, Some(f), FormErrors::new()).await?)
}

pub async fn indicator_post(e: SetEditor, Path((_, id)): Path<(i64, i64)>, Form(f): Form<IndicatorForm>) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    if !i18n::LOCALES.iter().any(|l| l.code == f.lang) {
        return Err(AppError::BadRequest);
    }
    let t = match f.parse() {
        Ok(t) => t,
        Err(errs) => return render_invalid(&indicator_page(&e, id, Some(f), errs).await?),
    };
    match e
        .ctx
        .state
        .store
        .save_openness_indicator(e.ctx.now(), e.ctx.user_id()?, e.set.id, id, &f.lang, &t)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/openness/sets/{}#ind-{id}", e.set.id),
            "flash-saved",
        )),
        Err(StoreError::Conflict(_)) => frozen(&e),
        Err(err) => Err(err.into()),
    }
}

fn new_page(e: &SetEditor, dimension: i64, f: IndicatorForm, errs: FormErrors) -> AppResult<IndicatorPage> {
    if !e.set.dimensions.iter().any(|d| d.id == dimension) {
        return Err(AppError::NotFound);
    }
    Ok(IndicatorPage {
        p: e.ctx.page("openness-indicator-new", Nav::Other),
        set: e.set.clone(),
        indicator: None,
        action: format!("/openness/sets/{}/dimensions/{dimension}/indicators", e.set.id),
        lang_opts: lang_opts(),
        base: None,
        f,
        errs,
    })
}

pub async fn new_get(e: SetEditor, Path((_, dimension)): Path<(i64, i64)>) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    let f = IndicatorForm {
        lang: BASE_LANG.into(),
        ..Default::default()
    };
    render(&new_page(&e, dimension, f, FormErrors::new())?)
}

pub async fn new_post(e: SetEditor, Path((_, dimension)): Path<(i64, i64)>, Form(f): Form<IndicatorForm>) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    let t = match f.parse() {
        Ok(t) => t,
        Err(errs) => return render_invalid(&new_page(&e, dimension, f, errs)?),
    };
    match e
        .ctx
        .state
        .store
        .add_openness_indicator(e.ctx.now(), e.ctx.user_id()?, e.set.id, dimension, &t)
        .await
    {
        Ok(id) => Ok(redirect_flash(
            &format!("/openness/sets/{}#ind-{id}", e.set.id),
            "flash-openness-indicator-added",
        )),
        Err(StoreError::Conflict(_)) => frozen(&e),
        Err(err) => Err(err.into()),
    }
}

/// `POST /openness/sets/{id}/indicators/{ind}/remove` (asks first).
pub async fn remove(e: SetEditor, Path((_, id)): Path<(i64, i64)>, Form(c): Form<Confirmed>) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    let ind = e.set.indicator(id).ok_or(AppError::NotFound)?;
    if !c.confirmed {
        let ask = Ask {
            what: "openness-indicator-remove",
            action: format!("/openness/sets/{}/indicators/{id}/remove", e.set.id),
            back: format!("/openness/sets/{}#ind-{id}", e.set.id),
            args: &[("statement", ind.statement.clone())],
            fields: vec![],
        };
        return confirm::ask(&e.ctx, ask, Nav::Other);
    }
    match e
        .ctx
        .state
        .store
        .remove_openness_indicator(e.ctx.now(), e.ctx.user_id()?, e.set.id, id)
        .await
    {
        Ok(()) => Ok(redirect_flash(
            &format!("/openness/sets/{}", e.set.id),
            "flash-openness-indicator-removed",
        )),
        Err(StoreError::Conflict(_)) => frozen(&e),
        Err(err) => Err(err.into()),
    }
}

#[derive(Debug, Deserialize)]
pub struct StatusForm {
    pub status: String,
}

/// `POST /openness/sets/{id}/languages/{lang}`: marks a language's texts reviewed or draft.
pub async fn language_status(
    e: SetEditor,
    Path((_, lang)): Path<(i64, String)>,
    Form(f): Form<StatusForm>,
) -> AppResult {
    if let Some(r) = refuse_change(&e) {
        return r;
    }
    let status = TextStatus::parse(&f.status).map_err(|_| AppError::BadRequest)?;
    if lang == BASE_LANG {
        return Err(AppError::BadRequest);
    }
    e.ctx
        .state
        .store
        .set_openness_language_status(e.ctx.now(), e.ctx.user_id()?, e.set.id, &lang, status)
        .await?;
    Ok(redirect_flash(
        &format!("/openness/sets/{}#languages", e.set.id),
        "flash-saved",
    ))
}
