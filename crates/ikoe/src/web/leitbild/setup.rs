//! The preparation of a Leitbild process (`/leitbild/{id}/setup`): its
//! departments with their headcount, the people taking part with the
//! leadership among them, and the process team. One page with a form for
//! each; a form with a mistake shows the page again with what was typed.

use askama::Template;
use axum::extract::Path;
use domain::accounts::Email;
use store::leitbild::{Department, Person, Process, TeamMember};
use store::StoreError;

use crate::web::confirm::{self, Ask, Confirmed};
use crate::web::error::{AppError, AppResult};
use crate::web::extract::Ctx;
use crate::web::form::Form;
use crate::web::guards::leitbild::ProcessTeam;
use crate::web::leitbild::forms::{DepartmentForm, PersonForm, TeamForm};
use crate::web::page::{FormErrors, Nav, Opt, Page};
use crate::web::{redirect_flash, render, render_invalid};

#[derive(Template)]
#[template(path = "leitbild/setup.html")]
struct SetupPage {
    p: Page,
    process: Process,
    departments: Vec<Department>,
    department_options: Vec<Opt>,
    people: Vec<Person>,
    team: Vec<TeamMember>,
    errs: FormErrors,
    dep: DepartmentForm,
    person: PersonForm,
    member: TeamForm,
}

/// What was typed into the page's forms (all empty but the one sent).
#[derive(Default)]
struct Typed {
    dep: DepartmentForm,
    person: PersonForm,
    member: TeamForm,
}

impl Typed {
    fn dep(dep: DepartmentForm) -> Self {
        Typed {
            dep,
            ..Default::default()
        }
    }
    fn person(person: PersonForm) -> Self {
        Typed {
            person,
            ..Default::default()
        }
    }
    fn member(member: TeamForm) -> Self {
        Typed {
            member,
            ..Default::default()
        }
    }
}

async fn setup_page(ctx: &Ctx, process: Process, errs: FormErrors, typed: Typed) -> AppResult<SetupPage> {
    let store = &ctx.state.store;
    let departments = store.departments(process.id).await?;
    let p = ctx.page_titled(
        format!("{} – {}", ctx.t("leitbild-setup-title"), process.title),
        Nav::Leitbild,
    );
    let mut department_options = vec![Opt::new("", p.t("leitbild-no-department"))];
    department_options.extend(departments.iter().map(|d| Opt::new(d.id.to_string(), d.name.clone())));
    Ok(SetupPage {
        people: store.people(process.id).await?,
        team: store.team(process.id).await?,
        p,
        departments,
        department_options,
        process,
        errs,
        dep: typed.dep,
        person: typed.person,
        member: typed.member,
    })
}

async fn invalid(ctx: &Ctx, process: Process, errs: FormErrors, typed: Typed) -> AppResult {
    render_invalid(&setup_page(ctx, process, errs, typed).await?)
}

/// The confirmation page of removing `name` (a department, a person, a team
/// member) at `/leitbild/{id}/{path}`.
fn ask_removal(ctx: &Ctx, process: &Process, what: &'static str, path: String, name: Option<String>) -> AppResult {
    let name = name.ok_or(AppError::NotFound)?;
    let ask = Ask {
        what,
        action: format!("/leitbild/{}/{path}", process.id),
        back: format!("/leitbild/{}/setup", process.id),
        args: &[("name", name), ("process", process.title.clone())],
        fields: vec![],
    };
    confirm::ask(ctx, ask, Nav::Leitbild)
}

fn back(process: &Process, anchor: &str, flash: &str) -> AppResult {
    Ok(redirect_flash(
        &format!("/leitbild/{}/setup#{anchor}", process.id),
        flash,
    ))
}

pub async fn get(ProcessTeam { ctx, process }: ProcessTeam) -> AppResult {
    render(&setup_page(&ctx, process, FormErrors::new(), Typed::default()).await?)
}

pub async fn add_department(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<DepartmentForm>) -> AppResult {
    let (name, headcount) = match f.parse(0) {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, errs, Typed::dep(f)).await,
    };
    match ctx
        .state
        .store
        .add_department(ctx.now(), ctx.user_id()?, process.id, &name, headcount)
        .await
    {
        Ok(_) => back(&process, "departments", "flash-saved"),
        Err(StoreError::Conflict(_)) => {
            let errs = FormErrors::one("dep_name", "error-department-exists");
            invalid(&ctx, process, errs, Typed::dep(f)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template)]
#[template(path = "leitbild/department.html")]
struct DepartmentPage {
    p: Page,
    process: Process,
    dep: Department,
    errs: FormErrors,
    f: DepartmentForm,
}

/// The department `{dep}` of the process.
async fn department(ctx: &Ctx, process: &Process, id: i64) -> Result<Department, AppError> {
    let deps = ctx.state.store.departments(process.id).await?;
    deps.into_iter().find(|d| d.id == id).ok_or(AppError::NotFound)
}

fn department_page(
    ctx: &Ctx,
    process: Process,
    dep: Department,
    errs: FormErrors,
    f: DepartmentForm,
) -> DepartmentPage {
    DepartmentPage {
        p: ctx.page_titled(
            format!("{} – {}", ctx.t("leitbild-department-edit-title"), dep.name),
            Nav::Leitbild,
        ),
        process,
        dep,
        errs,
        f,
    }
}

pub async fn department_get(ProcessTeam { ctx, process }: ProcessTeam, Path((_, id)): Path<(i64, i64)>) -> AppResult {
    let dep = department(&ctx, &process, id).await?;
    let f = DepartmentForm {
        dep_name: dep.name.clone(),
        dep_headcount: dep.headcount.to_string(),
    };
    render(&department_page(&ctx, process, dep, FormErrors::new(), f))
}

pub async fn department_post(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(f): Form<DepartmentForm>,
) -> AppResult {
    let dep = department(&ctx, &process, id).await?;
    let (name, headcount) = match f.parse(dep.participants) {
        Ok(v) => v,
        Err(errs) => return render_invalid(&department_page(&ctx, process, dep, errs, f)),
    };
    let result = ctx
        .state
        .store
        .update_department(ctx.now(), ctx.user_id()?, process.id, id, &name, headcount)
        .await;
    let (field, key) = match result {
        Ok(()) => return back(&process, "departments", "flash-saved"),
        Err(StoreError::Conflict("headcount")) => ("dep_headcount", "error-headcount-below-participants"),
        Err(StoreError::Conflict(_)) => ("dep_name", "error-department-exists"),
        Err(e) => return Err(e.into()),
    };
    let errs = FormErrors::one(field, key);
    render_invalid(&department_page(&ctx, process, dep, errs, f))
}

pub async fn remove_department(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let name = Some(department(&ctx, &process, id).await?.name);
        return ask_removal(
            &ctx,
            &process,
            "leitbild-department-remove",
            format!("departments/{id}/remove"),
            name,
        );
    }
    ctx.state
        .store
        .remove_department(ctx.now(), ctx.user_id()?, process.id, id)
        .await?;
    back(&process, "departments", "flash-removed")
}

pub async fn add_person(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<PersonForm>) -> AppResult {
    let person = match f.parse() {
        Ok(v) => v,
        Err(errs) => return invalid(&ctx, process, errs, Typed::person(f)).await,
    };
    let key = match ctx
        .state
        .store
        .add_person(ctx.now(), ctx.user_id()?, process.id, &person)
        .await
    {
        Ok(_) => return back(&process, "people", "flash-saved"),
        Err(StoreError::Conflict(_)) => "error-department-full",
        Err(StoreError::NotFound) => "error-choose-option",
        Err(e) => return Err(e.into()),
    };
    let errs = FormErrors::one("person_department", key);
    invalid(&ctx, process, errs, Typed::person(f)).await
}

pub async fn remove_person(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, id)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let people = ctx.state.store.people(process.id).await?;
        let name = people.into_iter().find(|x| x.id == id).map(|x| x.name);
        return ask_removal(
            &ctx,
            &process,
            "leitbild-person-remove",
            format!("people/{id}/remove"),
            name,
        );
    }
    ctx.state
        .store
        .remove_person(ctx.now(), ctx.user_id()?, process.id, id)
        .await?;
    back(&process, "people", "flash-removed")
}

pub async fn add_member(ProcessTeam { ctx, process }: ProcessTeam, Form(f): Form<TeamForm>) -> AppResult {
    let mut errs = FormErrors::new();
    let Some(email) = errs.take("team_email", Email::parse(&f.team_email)) else {
        return invalid(&ctx, process, errs, Typed::member(f)).await;
    };
    // Someone the team may add: a person of one of the adder's own
    // organisations (platform admins, who coordinate the programme, anyone).
    // An address without an account and one of a stranger get the same
    // answer, so the form tells nobody who has an account.
    let user = match ctx.state.store.user_by_email(&email).await? {
        Some(u) if ctx.actor.platform_admin => Some(u),
        Some(u) => {
            let theirs = ctx.state.store.memberships_of(u.id).await?;
            theirs
                .iter()
                .any(|m| ctx.actor.memberships.contains_key(&m.org_id))
                .then_some(u)
        }
        None => None,
    };
    let Some(user) = user else {
        errs.add("team_email", "error-no-account");
        return invalid(&ctx, process, errs, Typed::member(f)).await;
    };
    match ctx
        .state
        .store
        .add_team_member(ctx.now(), ctx.user_id()?, process.id, user.id)
        .await
    {
        Ok(()) => back(&process, "team", "flash-saved"),
        Err(StoreError::Conflict(_)) => {
            errs.add("team_email", "error-already-on-team");
            invalid(&ctx, process, errs, Typed::member(f)).await
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn remove_member(
    ProcessTeam { ctx, process }: ProcessTeam,
    Path((_, user)): Path<(i64, i64)>,
    Form(c): Form<Confirmed>,
) -> AppResult {
    if !c.confirmed {
        let team = ctx.state.store.team(process.id).await?;
        let name = team.into_iter().find(|m| m.user_id == user).map(|m| m.name);
        return ask_removal(
            &ctx,
            &process,
            "leitbild-team-remove",
            format!("team/{user}/remove"),
            name,
        );
    }
    match ctx
        .state
        .store
        .remove_team_member(ctx.now(), ctx.user_id()?, process.id, user)
        .await
    {
        Ok(()) => back(&process, "team", "flash-removed"),
        Err(StoreError::Conflict(_)) => back(&process, "team", "flash-last-team-member"),
        Err(e) => Err(e.into()),
    }
}
