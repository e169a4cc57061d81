//! Staff see who registered for a series, add people by hand, approve
//! pending registrations and cancel registrations.

use askama::Template;
use axum::extract::Path;
use domain::accounts::{Email, PersonName};
use domain::series::{RegSource, RegStatus};
use store::registrations::{NewRegistration, Registration};
use store::series::Series;
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::AppResult;
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::series::{staff_series, StaffRegistration, StaffSeries};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::series::forms::AddForm;
use crate::web::series::public::{cancel_registration, registration_mailer};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "series/participants.html")]
struct ParticipantsPage {
    p: Page,
    s: Series,
    title: String,
    regs: Vec<Registration>,
    errs: FormErrors,
    f: AddForm,
    groups: Vec<Opt>,
    /// Problems of a CSV import: (line, translation key).
    import_errors: Vec<(usize, String)>,
}

impl ParticipantsPage {
    /// "<field>: <problem>" of an import error ("import-field-email error-email").
    fn import_message(&self, msg: &str) -> String {
        match msg.split_once(' ') {
            Some((field, key)) => format!("{}: {}", self.p.t(field), self.p.t(key)),
            None => self.p.t(msg),
        }
    }
}

async fn page(ctx: &Ctx, s: Series, errs: FormErrors, f: AddForm) -> AppResult<ParticipantsPage> {
    page_with_import(ctx, s, errs, f, vec![]).await
}

async fn page_with_import(
    ctx: &Ctx,
    s: Series,
    errs: FormErrors,
    f: AddForm,
    import_errors: Vec<(usize, String)>,
) -> AppResult<ParticipantsPage> {
    let text = ctx.state.store.series_text(s.id, ctx.locale.code).await?;
    let regs = ctx.state.store.registrations_of_series(s.id).await?;
    let mut p = ctx.page("participants-title", Nav::Series);
    p.title = p.t1("participants-title", "title", &text.title);
    let mut groups = vec![Opt::new("", p.t("choose"))];
    groups.extend(
        s.target_group_list()
            .iter()
            .map(|g| Opt::new(g.clone(), p.tk("target-group", g))),
    );
    Ok(ParticipantsPage {
        p,
        s,
        title: text.title,
        regs,
        errs,
        f,
        groups,
        import_errors,
    })
}

pub async fn list(StaffSeries { ctx, series: s }: StaffSeries) -> AppResult {
    render(&page(&ctx, s, FormErrors::new(), AddForm::default()).await?)
}

pub async fn add(StaffSeries { ctx, series: s }: StaffSeries, Form(f): Form<AddForm>) -> AppResult {
    let id = s.id;
    let mut errs = FormErrors::new();
    let name = errs.take("name", PersonName::parse(&f.name));
    let email = errs.take("email", Email::parse(&f.email));
    let affiliation = errs.take("affiliation", domain::text::optional_line(&f.affiliation, 200));
    if !s.target_group_list().contains(&f.target_group) {
        errs.add("target_group", "error-choose-option");
    }
    let (Some(name), Some(email), Some(affiliation)) = (name, email, affiliation) else {
        return render_invalid(&page(&ctx, s, errs, f).await?);
    };
    if !errs.is_empty() {
        return render_invalid(&page(&ctx, s, errs, f).await?);
    }
    let new = NewRegistration {
        name: name.into_inner(),
        email: email.as_str().to_string(),
        affiliation: affiliation.unwrap_or_default(),
        target_group: f.target_group.clone(),
        locale: i18n::DEFAULT.to_string(),
        user_id: None,
        source: RegSource::Staff,
        address_known: true,
        figures: vec![],
    };
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    let token = crate::security::random_token();
    match ctx
        .state
        .store
        .register(ctx.now(), ctx.actor.user_id, s.id, &new, &token, &mailer)
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/series/{id}/participants"),
            "flash-participant-added",
        )),
        Err(StoreError::Conflict(_)) => {
            errs.add("email", "error-already-registered");
            render_invalid(&page(&ctx, s, errs, f).await?)
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn approve(
    StaffRegistration {
        ctx,
        registration: r,
        series: s,
    }: StaffRegistration,
) -> AppResult {
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    match ctx
        .state
        .store
        .approve_registration(ctx.now(), ctx.user()?.id, r.id, &mailer)
        .await
    {
        Ok(_) | Err(StoreError::Stale) => Ok(redirect_flash(
            &format!("/series/{}/participants", s.id),
            "flash-participant-approved",
        )),
        Err(e) => Err(e.into()),
    }
}

pub async fn cancel(
    StaffRegistration {
        ctx,
        registration: r,
        series: s,
    }: StaffRegistration,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let ask = Ask {
            what: "registration-cancel",
            action: format!("/registrations/{}/cancel", r.id),
            back: format!("/series/{}/participants", s.id),
            args: &[("name", r.name.clone())],
            fields: vec![],
        };
        return confirm::ask(&ctx, ask, Nav::Series);
    }
    cancel_registration(&ctx, s.id, r.id).await?;
    Ok(redirect_flash(
        &format!("/series/{}/participants", s.id),
        "flash-participant-cancelled",
    ))
}

/// Largest CSV file accepted for an import.
pub const IMPORT_MAX_BYTES: usize = 1024 * 1024;

/// Reads the import file: a header row naming the columns (German or English),
/// then one person per row. Every row's problems are reported; nothing is
/// imported unless every row is fine.
fn parse_import(data: &[u8], s: &Series, taken: &[String]) -> Result<Vec<NewRegistration>, Vec<(usize, String)>> {
    let mut errors: Vec<(usize, String)> = vec![];
    let text = match std::str::from_utf8(data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data)) {
        Ok(t) => t,
        Err(_) => return Err(vec![(1, "import-error-encoding".into())]),
    };
    let delimiter = if text.lines().next().is_some_and(|l| l.contains(';')) {
        b';'
    } else {
        b','
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match rdr.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(_) => return Err(vec![(1, "import-error-header".into())]),
    };
    let col = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let (Some(c_name), Some(c_email)) = (col(&["name"]), col(&["email", "e-mail", "e-mail-adresse"])) else {
        return Err(vec![(1, "import-error-header".into())]);
    };
    let c_org = col(&["organisation", "organization", "behörde", "organisation oder behörde"]);
    let c_group = col(&["zielgruppe", "target group", "target_group"]);
    let groups = s.target_group_list();
    let mut seen: Vec<String> = vec![];
    let mut out = vec![];
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let Ok(rec) = rec else {
            errors.push((line, "import-error-row".into()));
            continue;
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let get = |c: Option<usize>| c.and_then(|c| rec.get(c)).unwrap_or_default();
        let name = PersonName::parse(get(Some(c_name)));
        let email = Email::parse(get(Some(c_email)));
        let affiliation = domain::text::optional_line(get(c_org), 200);
        let group_in = get(c_group).trim().to_lowercase();
        let group = if group_in.is_empty() {
            groups.first().cloned()
        } else {
            groups.iter().find(|g| **g == group_in).cloned()
        };
        let mut row_ok = true;
        if let Err(e) = &name {
            errors.push((line, format!("import-field-name {}", e.0)));
            row_ok = false;
        }
        match &email {
            Err(e) => {
                errors.push((line, format!("import-field-email {}", e.0)));
                row_ok = false;
            }
            Ok(e) if taken.iter().any(|t| t == e.as_str()) => {
                errors.push((line, "import-field-email error-already-registered".into()));
                row_ok = false;
            }
            Ok(e) if seen.iter().any(|t| t == e.as_str()) => {
                errors.push((line, "import-field-email import-error-duplicate".into()));
                row_ok = false;
            }
            Ok(_) => {}
        }
        if let Err(e) = &affiliation {
            errors.push((line, format!("import-field-org {}", e.0)));
            row_ok = false;
        }
        if group.is_none() {
            errors.push((line, "import-field-group error-choose-option".into()));
            row_ok = false;
        }
        if let (true, Ok(name), Ok(email), Ok(affiliation), Some(group)) = (row_ok, name, email, affiliation, group) {
            seen.push(email.as_str().to_string());
            out.push(NewRegistration {
                name: name.into_inner(),
                email: email.as_str().to_string(),
                affiliation: affiliation.unwrap_or_default(),
                target_group: group,
                locale: i18n::DEFAULT.to_string(),
                user_id: None,
                source: RegSource::Import,
                address_known: true,
                figures: vec![],
            });
        }
    }
    if out.is_empty() && errors.is_empty() {
        errors.push((1, "import-error-empty".into()));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// CSV import of participants (multipart upload).
/// (The upload is read as multipart before the permission check, so a body
/// that is none is a 400 for everyone, as for every upload.)
pub async fn import(ctx: Ctx, Path(id): Path<i64>, mut mp: axum::extract::Multipart) -> AppResult {
    let s = staff_series(&ctx, id).await?;
    let mut data = Vec::new();
    let mut too_large = false;
    while let Ok(Some(mut field)) = mp.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        while let Ok(Some(chunk)) = field.chunk().await {
            if data.len() + chunk.len() > IMPORT_MAX_BYTES {
                too_large = true;
                break;
            }
            data.extend_from_slice(&chunk);
        }
        break;
    }
    let taken = ctx.state.store.registered_emails(s.id).await?;
    let parsed = if too_large {
        Err(vec![(1, "error-upload-too-large".to_string())])
    } else {
        parse_import(&data, &s, &taken)
    };
    let people = match parsed {
        Ok(p) => p,
        Err(errors) => {
            return render_invalid(&page_with_import(&ctx, s, FormErrors::new(), AddForm::default(), errors).await?);
        }
    };
    let with_tokens: Vec<(NewRegistration, String)> = people
        .into_iter()
        .map(|p| (p, crate::security::random_token()))
        .collect();
    let mailer = registration_mailer(&ctx, ctx.state.store.series_texts(s.id).await?);
    match ctx
        .state
        .store
        .import_registrations(ctx.now(), ctx.user()?.id, s.id, &with_tokens, &mailer)
        .await
    {
        Ok(_) => Ok(redirect_flash(
            &format!("/series/{id}/participants"),
            "flash-participants-imported",
        )),
        Err(StoreError::Conflict(_)) => {
            let errors = vec![(1, "import-field-email error-already-registered".to_string())];
            render_invalid(&page_with_import(&ctx, s, FormErrors::new(), AddForm::default(), errors).await?)
        }
        Err(e) => Err(e.into()),
    }
}
