//! Demo spaces (invented): the network of the 14 coordination offices with
//! threads, the steering group of the Ideenwerkstatt, and a listed expert
//! network others may ask to join.

use domain::accounts::Email;
use domain::spaces::{SpaceKind, SpaceRole};
use store::spaces::{Invitee, NewPost, NewSpace};

use crate::state::AppState;

pub struct Members {
    pub provider: i64,
    pub offices: Vec<i64>,
    pub assoc: i64,
    /// The demo admin, who runs the spaces for the provider.
    pub staff: i64,
}

const DAY: i64 = 86_400;

/// A demo post: author, days ago, text.
type DemoPost<'a> = (i64, i64, &'a str);
/// A demo thread: days ago, title, posts (the first opens it).
type DemoThread<'a> = (i64, &'a str, &'a [DemoPost<'a>]);

async fn user(st: &AppState, local: &str) -> anyhow::Result<i64> {
    let email = Email::parse(&format!("{local}@ikoe.example")).map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(st
        .store
        .user_by_email(&email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("demo person {local} missing"))?
        .id)
}

pub async fn fill(st: &AppState, m: &Members) -> anyhow::Result<()> {
    let s = &st.store;
    let now = st.now();
    let network = s
        .create_space(
            now - 90 * DAY,
            m.staff,
            &NewSpace {
                name: "Netzwerk der Koordinierungsstellen für Integration".into(),
                kind: SpaceKind::Network,
                description: "Austausch der 14 Koordinierungsstellen zwischen den Treffen der Ideenwerkstatt: \
                              Fragen aus der Praxis, Vorlagen, Termine. Beispieldaten."
                    .into(),
                listed: false,
            },
        )
        .await?;
    s.add_space_org(now - 90 * DAY, m.staff, network, m.provider, SpaceRole::Admin, &[])
        .await?;
    for office in &m.offices {
        s.add_space_org(now - 89 * DAY, m.staff, network, *office, SpaceRole::Member, &[])
            .await?;
    }
    let mehmet = user(st, "mehmet.yilmaz").await?;
    let olena = user(st, "olena.kovalenko").await?;
    let irina = user(st, "irina.sokolova").await?;
    let emre = user(st, "emre.demir").await?;
    let zoe = user(st, "zoe.brenner").await?;

    let threads: [DemoThread; 3] = [
        (
            60,
            "Wer richtet die Ideenwerkstatt im Frühjahr aus?",
            &[
                (
                    mehmet,
                    60,
                    "Liebe Kolleginnen und Kollegen,\n\ndie **Ideenwerkstatt im Frühjahr** braucht noch einen Ort. \
                     Wer hat einen Saal für etwa 40 Personen und zwei Gruppenräume?",
                ),
                (
                    irina,
                    58,
                    "Wir in Stendal hätten das Rathaus frei, allerdings nur am Donnerstag und Freitag.",
                ),
                (
                    emre,
                    57,
                    "Wittenberg war zuletzt vor drei Jahren dran – wir würden gern wieder einladen. \
                     Der Saal im Bürgerhaus ist barrierefrei.",
                ),
            ],
        ),
        (
            30,
            "Vorlage: Sprachmittlung im Bürgerbüro",
            &[
                (
                    olena,
                    30,
                    "Hier unsere Checkliste für den Einsatz von Sprachmittlerinnen im Bürgerbüro:\n\n\
                     - Termin vorher ankündigen\n- Vertraulichkeit besprechen\n- kurze Nachbesprechung\n\n\
                     Ergänzungen willkommen!",
                ),
                (
                    mehmet,
                    29,
                    "Danke! Wir nehmen sie in die nächste Fortbildung für Ehrenamtliche auf.",
                ),
            ],
        ),
        (
            5,
            "Termine Fachtag Leitbild 2027",
            &[(
                irina,
                5,
                "Der Fachtag zum Leitbildprozess ist für **März 2027** geplant. \
                 Bitte tragt mögliche Referentinnen und Referenten hier ein.",
            )],
        ),
    ];
    for (ago, title, posts) in threads {
        let Some(((author, _, body), rest)) = posts.split_first() else {
            continue;
        };
        let t = s
            .create_thread(now - ago * DAY, *author, network, title, NewPost::text(body))
            .await?;
        let thread = s
            .thread(t)
            .await?
            .ok_or_else(|| anyhow::anyhow!("demo thread {t} missing"))?;
        for (who, days, text) in rest {
            let link = format!("{}/threads/{t}", st.config.public_url.trim_end_matches('/'));
            let compose = |r: &store::spaces::Recipient| {
                crate::mail::space_post(&st.i18n, r, "", "Netzwerk", title, text, &link, &link)
            };
            s.reply(now - days * DAY, *who, &thread, NewPost::text(text), &compose)
                .await?;
        }
    }

    let steering = s
        .create_space(
            now - 120 * DAY,
            m.staff,
            &NewSpace {
                name: "Steuerungsgruppe Ideenwerkstatt".into(),
                kind: SpaceKind::Steering,
                description: "Bereitet die halbjährlichen Treffen vor: Gastgeber, Themen, Ablauf.".into(),
                listed: false,
            },
        )
        .await?;
    for who in [mehmet, irina] {
        s.add_space_user(now - 120 * DAY, m.staff, steering, who, SpaceRole::Member, &[])
            .await?;
    }
    let t = s
        .create_thread(
            now - 20 * DAY,
            m.staff,
            steering,
            "Ablauf des nächsten Treffens",
            NewPost::text("Vorschlag: Donnerstag Anreise und World Café, Freitag kollegiale Fallberatung und Plenum."),
        )
        .await?;
    let _ = t;

    let experts = s
        .create_space(
            now - 200 * DAY,
            m.staff,
            &NewSpace {
                name: "Länderübergreifendes Fachnetzwerk".into(),
                kind: SpaceKind::Network,
                description: "Fachleute für interkulturelle Öffnung aus mehreren Ländern. \
                              Wer mitarbeiten möchte, bittet um Aufnahme."
                    .into(),
                listed: true,
            },
        )
        .await?;
    s.add_space_org(now - 200 * DAY, m.staff, experts, m.assoc, SpaceRole::Member, &[])
        .await?;
    s.add_space_user(now - 199 * DAY, m.staff, experts, zoe, SpaceRole::Admin, &[])
        .await?;

    // an open invitation to the steering group, of someone without an account yet
    let invitee = Email::parse("lea.neumann@ikoe.example").map_err(|e| anyhow::anyhow!("{e}"))?;
    let token = crate::security::random_token();
    s.invite_to_space(
        now - 2 * DAY,
        m.staff,
        steering,
        Invitee::Person {
            email: &invitee,
            token_hash: &crate::security::token_hash(&token),
        },
        SpaceRole::Member,
        &[],
    )
    .await?;

    super::files::fill(st, network, mehmet, now - 40 * DAY).await?;
    let people = super::meetings::People {
        staff: m.staff,
        mehmet,
        olena,
        irina,
        emre,
    };
    super::meetings::fill(st, network, &m.offices, &people).await?;
    Ok(())
}
