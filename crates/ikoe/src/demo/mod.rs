//! Demo data with invented people and organisations, and large data for benchmarks.

use domain::accounts::Email;
use domain::orgs::{NewOrg, OrgKind, OrgName, Role};
use sha2::Digest;
use store::accounts::NewUser;
use store::invitations::NewInvitation;

use crate::security;

mod files;
mod leitbild;
mod meetings;
mod openness;
mod series;
mod spaces;
use crate::state::AppState;

const DEMO_ADMIN: &str = "admin@ikoe.example";

/// (name, e-mail local part, locale)
const PEOPLE: &[(&str, &str, &str)] = &[
    ("Mehmet Yılmaz-Krause", "mehmet.yilmaz", "de"),
    ("Olena Kovalenko", "olena.kovalenko", "uk"),
    ("Samira Haddad", "samira.haddad", "ar"),
    ("Thomas Lindqvist", "thomas.lindqvist", "de"),
    ("Parisa Rahimi", "parisa.rahimi", "fa"),
    ("Zoë Brenner", "zoe.brenner", "en"),
    ("Irina Sokolova", "irina.sokolova", "ru"),
    ("Emre Demir", "emre.demir", "tr"),
];

fn org(name: &str, kind: OrgKind, region: &str, description: &str, website: Option<&str>) -> anyhow::Result<NewOrg> {
    Ok(NewOrg {
        name: OrgName::parse(name).map_err(|e| anyhow::anyhow!("{name}: {e}"))?,
        kind,
        region: region.to_string(),
        description: description.to_string(),
        website: website.map(str::to_string),
    })
}

pub async fn create_admin(st: &AppState, email: &str, name: &str, password: &str) -> anyhow::Result<i64> {
    let explain = |field: &str, e: domain::Invalid| anyhow::anyhow!("{field}: {}", st.i18n.t("en", e.0));
    let email = Email::parse(email).map_err(|e| explain("e-mail", e))?;
    let name = domain::accounts::PersonName::parse(name).map_err(|e| explain("name", e))?;
    let u = st
        .store
        .create_user(
            st.now(),
            None,
            &NewUser {
                email,
                name: name.into_inner(),
                password_hash: security::hash_password(password)?,
                locale: None,
                platform_admin: true,
            },
            None,
        )
        .await?;
    Ok(u.id)
}

/// Fills a new database with the programme's organisations and invented people.
/// Returns the demo login.
pub async fn fill(st: &AppState) -> anyhow::Result<(String, String)> {
    let now = st.now();
    let s = &st.store;
    let password = security::random_token()[..14].to_string();
    let hash = security::hash_password(&password)?;

    let provider = s
        .create_org(
            now,
            None,
            &org(
                "Brückenwerk Interkulturelle Öffnung e.V.",
                OrgKind::ProgrammeProvider,
                "ST-MD",
                "Träger des Programms: Qualifizierungsreihen, Prozessbegleitung und Vernetzung der Koordinierungsstellen.",
                Some("https://brueckenwerk.example"),
            )?,
        )
        .await?;
    let mut offices = vec![];
    for (code, name, _, parent) in crate::regions::REGIONS.iter().filter(|r| r.3 == Some("DE-ST")) {
        let _ = parent;
        let id = s
            .create_org(
                now,
                None,
                &org(
                    &format!("Koordinierungsstelle Integration {name}"),
                    OrgKind::CoordinationOffice,
                    code,
                    "Kommunale Koordinierungsstelle für Integration. Beispieldaten.",
                    None,
                )?,
            )
            .await?;
        offices.push(id);
    }
    let admin_org = s
        .create_org(
            now,
            None,
            &org(
                "Kreisverwaltung Musterkreis (Demo)",
                OrgKind::Administration,
                "ST-HZ",
                "Leitbildprozess Interkulturelle Öffnung seit 2025.",
                None,
            )?,
        )
        .await?;
    let school = s
        .create_org(
            now,
            None,
            &org(
                "Verwaltungsfachschule Saaleufer (Demo)",
                OrgKind::Education,
                "ST-HAL",
                "Ausbildung von Verwaltungsfachangestellten.",
                None,
            )?,
        )
        .await?;
    let migrant = s
        .create_org(
            now,
            None,
            &org(
                "Netzwerk Neue Nachbarn e.V.",
                OrgKind::MigrantOrganisation,
                "ST-DE",
                "Migrantenorganisation: Beratung, Sprachmittlung, Elterncafé.",
                None,
            )?,
        )
        .await?;
    let assoc = s
        .create_org(
            now,
            None,
            &org(
                "Fachverbund Interkulturelle Öffnung Mitteldeutschland",
                OrgKind::Association,
                "DE-SN",
                "Länderübergreifender Fachverbund von Partnerorganisationen.",
                None,
            )?,
        )
        .await?;

    let admin = s
        .create_user(
            now,
            None,
            &NewUser {
                email: Email::parse(DEMO_ADMIN).map_err(|e| anyhow::anyhow!("{e}"))?,
                name: "Jana Beispiel".into(),
                password_hash: hash.clone(),
                locale: None,
                platform_admin: true,
            },
            Some((provider, Role::Admin)),
        )
        .await?;
    // the provider's logo (an invented one), on its page and its certificates
    let logo: &[u8] = include_bytes!("logo.png");
    let info = pdf::check_logo(logo).map_err(|e| anyhow::anyhow!("{e}"))?;
    let sha: String = sha2::Sha256::digest(logo).iter().map(|b| format!("{b:02x}")).collect();
    s.save_logo(
        now,
        admin.id,
        provider,
        &store::logos::NewLogo {
            content_type: info.kind.content_type(),
            width: i64::from(info.width),
            height: i64::from(info.height),
            sha256: &sha,
            data: logo,
        },
    )
    .await?;
    let homes = [
        offices[4],
        offices[13],
        migrant,
        admin_org,
        school,
        assoc,
        offices[11],
        offices[0],
    ];
    for (i, (name, local, locale)) in PEOPLE.iter().enumerate() {
        let role = if i % 2 == 0 { Role::Admin } else { Role::Member };
        s.create_user(
            now,
            Some(admin.id),
            &NewUser {
                email: Email::parse(&format!("{local}@ikoe.example")).map_err(|e| anyhow::anyhow!("{e}"))?,
                name: (*name).into(),
                password_hash: hash.clone(),
                locale: Some((*locale).into()),
                platform_admin: false,
            },
            Some((homes[i], role)),
        )
        .await?;
    }
    // a pending invitation, so the outbox shows a mail at once
    let token = security::random_token();
    let link = format!("{}/invitations/{token}", st.config.public_url.trim_end_matches('/'));
    let office_name = s.org(offices[4]).await?.map(|o| o.name).unwrap_or_default();
    let m = crate::mail::invitation(
        &st.i18n,
        "de",
        "lena.hoffmann@ikoe.example",
        "Jana Beispiel",
        &office_name,
        &link,
        7,
    );
    let invitee = Email::parse("lena.hoffmann@ikoe.example").map_err(|e| anyhow::anyhow!("{e}"))?;
    s.create_invitation(
        now,
        admin.id,
        &NewInvitation {
            token_hash: &security::token_hash(&token),
            email: &invitee,
            org: Some((offices[4], Role::Member)),
            locale: "de",
            ttl_secs: st.config.invitation_ttl_secs,
        },
        &m,
    )
    .await?;
    s.create_barrier_report(
        now,
        None,
        "/orgs",
        "Der Filter nach Region ist mit dem Screenreader schwer zu finden (Beispielmeldung).",
        None,
    )
    .await?;
    series::fill(
        st,
        &series::Orgs {
            provider,
            harz: offices[4],
            stendal: offices[9],
            school,
            assoc,
            staff: admin.id,
        },
    )
    .await?;
    spaces::fill(
        st,
        &spaces::Members {
            provider,
            offices: offices.clone(),
            assoc,
            staff: admin.id,
        },
    )
    .await?;
    leitbild::fill(st, admin.id).await?;
    openness::fill(st, admin.id, DEMO_ADMIN).await?;
    s.setting_or_insert("demo_login", &format!("{DEMO_ADMIN}\n{password}"))
        .await?;
    Ok((DEMO_ADMIN.to_string(), password))
}

/// The demo login, if demo data exists and the admin still has the demo password.
pub async fn login(st: &AppState) -> anyhow::Result<Option<(String, String)>> {
    let Some(v) = st.store.setting("demo_login").await? else {
        return Ok(None);
    };
    let Some((email, password)) = v.split_once('\n') else {
        return Ok(None);
    };
    let Ok(e) = Email::parse(email) else {
        return Ok(None);
    };
    Ok(st
        .store
        .user_by_email(&e)
        .await?
        .filter(|u| security::verify_password(password, &u.password_hash))
        .map(|_| (email.to_string(), password.to_string())))
}

/// Adds `n` × 1,000 organisations, `n` × 10,000 users (each a member of one),
/// `n` × 5,000 series with 40,000 modules and 500,000 registrations, and
/// `n` × 500 spaces with 100,000 posts and 20,000 files.
pub async fn scale(st: &AppState, n: u32) -> anyhow::Result<()> {
    let kinds = OrgKind::ALL;
    let regions: Vec<&str> = crate::regions::REGIONS.iter().map(|r| r.0).collect();
    let hash = security::hash_password("scale-password-123")?;
    let base = st.store.count_orgs().await?;
    let orgs: Vec<(String, &'static str, String)> = (0..(n as usize * 1000))
        .map(|i| {
            let k = kinds[i % kinds.len()];
            let r = regions[i % regions.len()];
            (
                format!("Organisation {} {}", base as usize + i + 1, r),
                k.code(),
                r.to_string(),
            )
        })
        .collect();
    let first_org = st.store.bulk_orgs(st.now(), &orgs).await?;
    let users_base = st.store.count_users().await?;
    let users: Vec<(String, String, i64)> = (0..(n as i64 * 10_000))
        .map(|i| {
            let idx = users_base + i;
            (
                format!("person{idx}@scale.example"),
                format!("Person {idx}"),
                first_org + (i % (n as i64 * 1000)),
            )
        })
        .collect();
    st.store.bulk_users(st.now(), &hash, &users).await?;
    // n × 5,000 series with 8 modules and 100 registrations each
    // (n × 40,000 modules, n × 500,000 registrations)
    let orgs: Vec<(i64, String)> = (0..(n as i64 * 1000))
        .map(|i| (first_org + i, regions[i as usize % regions.len()].to_string()))
        .collect();
    st.store.bulk_series(st.now(), &orgs, n as usize * 5000, 8, 100).await?;
    scale_spaces(st, n, first_org, users_base).await
}

/// `n` × 500 spaces of two organisations each (the first has the first scale
/// person, person{users_base}), 10 threads of 20 posts, 40 small files.
async fn scale_spaces(st: &AppState, n: u32, first_org: i64, users_base: i64) -> anyhow::Result<()> {
    let mut authors = Vec::new();
    for i in 0..50 {
        let email =
            Email::parse(&format!("person{}@scale.example", users_base + i)).map_err(|e| anyhow::anyhow!("{e}"))?;
        if let Some(u) = st.store.user_by_email(&email).await? {
            authors.push(u.id);
        }
    }
    anyhow::ensure!(!authors.is_empty(), "no scale users to write posts");
    let orgs: Vec<i64> = (0..(n as i64 * 1000)).map(|i| first_org + i).collect();
    let now = st.now();
    let spaces = st
        .store
        .bulk_spaces(now, &orgs, &authors, n as usize * 500, 2, 10, 20)
        .await?;
    let kinds = ["pdf", "txt", "csv", "md"];
    let mut files = Vec::with_capacity(spaces.len() * 40);
    for (si, space) in spaces.iter().enumerate() {
        for f in 0..40 {
            let ext = kinds[(si + f) % kinds.len()];
            let name = format!(
                "Dokument {} {}.{ext}",
                si * 40 + f + 1,
                ["Protokoll", "Vorlage", "Liste", "Bericht"][f % 4]
            );
            let body = match ext {
                "pdf" => format!("%PDF-1.4\n% Benchmarkdatei {name}\n%%EOF\n"),
                "csv" => format!("Spalte;Wert\n{name};{f}\n"),
                _ => format!("Benchmarkdatei {name}\n"),
            };
            let key = format!("spaces/{space}/{}", security::random_token());
            let (size, sha256) = st.blobs.put(&key, body.as_bytes()).await?;
            let content_type =
                domain::files::check_content(&name, body.as_bytes()).map_err(|e| anyhow::anyhow!(e.0))?;
            files.push((
                *space,
                store::files::NewBlob {
                    name,
                    key,
                    size: i64::try_from(size)?,
                    sha256,
                    content_type: content_type.into(),
                },
            ));
        }
    }
    st.store.bulk_files(now, authors[0], &files).await?;
    Ok(())
}
