//! The adoption of a Leitbild: the team puts one version up for sign-off,
//! the leadership members sign it off through their personal link (once
//! per person and version; a sign-off of an older version stays recorded
//! for that version), the version is adopted when every leadership member
//! signed it or when the team declares it adopted after at least one did
//! (see `domain::leitbild_adoption`). The adopted text is published inside
//! the administration or for everyone, and translated: each translation
//! records the version it translates, and is outdated once another version
//! is adopted.

use domain::leitbild::{Draft, Principle};
use domain::leitbild_adoption::{all_signed, may_declare, Publication, TranslationLang};
use domain::{Flag, Timestamp};
use sqlx::{Any, Transaction};

use super::{entry, org_of, touch};
use crate::audit::{self, AuditEntry};
use crate::cache::Versioned;
use crate::write::{self, Written};
use crate::{db, Result, Store, StoreError};

/// The shared version of every adopted text as pages show it: bumped by each
/// change of adoption, publication or translation, so that the published page
/// is read from this node's memory while it holds (see [`crate::cache`]). A
/// renamed administration or process shows within [`crate::cache::MAX_AGE`].
pub(crate) const PUBLISHED_VERSION: &str = "leitbild_published_version";

/// This node's adopted texts, by process and language.
pub(crate) type PublishedCache = Versioned<Option<PublishedText>>;

/// Where the adoption of a process stands (all empty before the team put
/// anything up for sign-off).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Adoption {
    /// The number of the version up for sign-off.
    pub offered: Option<i64>,
    pub offered_at: Option<Timestamp>,
    /// The number of the adopted version.
    pub adopted: Option<i64>,
    pub adopted_at: Option<Timestamp>,
    /// Adopted by the team's decision before every leadership member signed.
    pub declared: Flag,
    pub publication: Publication,
    pub published_at: Option<Timestamp>,
}

impl Adoption {
    fn none() -> Self {
        Adoption {
            offered: None,
            offered_at: None,
            adopted: None,
            adopted_at: None,
            declared: Flag(false),
            publication: Publication::Unpublished,
            published_at: None,
        }
    }
}

/// A leadership member's sign-off of one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignOff {
    pub number: i64,
    pub signed_at: Timestamp,
}

/// A leadership member and every sign-off they gave, the newest version first.
#[derive(Debug, Clone)]
pub struct Leader {
    pub id: i64,
    /// "" once the person asked to be forgotten.
    pub name: String,
    pub function: String,
    /// They have a personal link to sign off with.
    pub has_link: Flag,
    pub signoffs: Vec<SignOff>,
}

impl Leader {
    /// Their sign-off of version `number`, if they gave one.
    pub fn signed(&self, number: i64) -> Option<&SignOff> {
        self.signoffs.iter().find(|s| s.number == number)
    }
    /// Their newest sign-off of a version other than `number`.
    pub fn signed_other(&self, number: i64) -> Option<&SignOff> {
        self.signoffs.iter().find(|s| s.number != number)
    }
}

/// What a sign-off did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignedOff {
    /// Recorded; `adopted` when it was the last one missing and the version
    /// is now adopted.
    Recorded { adopted: bool },
    /// The person had signed this version already; nothing changed.
    Already,
}

/// A translation of the adopted text.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Translation {
    pub lang: TranslationLang,
    /// The number of the (German) version it translates.
    pub number: i64,
    /// Its own version, for saving it again.
    pub version: i64,
    pub updated_at: Timestamp,
}

/// The adopted text as a page or poster shows it: in German or in one
/// translation, with the languages it is available in.
#[derive(Debug, Clone)]
pub struct PublishedText {
    pub process_id: i64,
    pub org_id: i64,
    /// The administration's name.
    pub org_name: String,
    pub title: String,
    pub publication: Publication,
    /// The number of the adopted version and when it was adopted.
    pub number: i64,
    pub adopted_at: Timestamp,
    /// The translation shown (`None`: the German text).
    pub lang: Option<TranslationLang>,
    /// The translation shown translates an older version.
    pub outdated: bool,
    pub text: Draft,
    /// The translations there are, each with whether it is outdated, in the order of [`TranslationLang::ALL`].
    pub languages: Vec<(TranslationLang, bool)>,
}

#[derive(sqlx::FromRow)]
struct TextRow {
    id: i64,
    org_id: i64,
    org_name: String,
    title: String,
    publication: Publication,
    version_id: i64,
    number: i64,
    adopted_at: Timestamp,
    slogan: String,
    preamble: String,
    translation_id: Option<i64>,
    t_slogan: Option<String>,
    t_preamble: Option<String>,
    t_version_id: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct PartRow {
    kind: i64,
    position: i64,
    text: String,
    goal: String,
}

#[derive(sqlx::FromRow)]
struct LeaderRow {
    id: i64,
    name: String,
    function: String,
    has_link: Flag,
}

/// The offered version of a process (id, number) and the adopted one's id.
async fn offer_of(tx: &mut Transaction<'static, Any>, process: i64) -> Result<Option<(i64, i64, Option<i64>)>> {
    Ok(db::row(
        &mut **tx,
        "SELECT a.offered_id, v.number, a.adopted_id FROM leitbild_adoptions a \
         JOIN leitbild_versions v ON v.id = a.offered_id WHERE a.process_id = $1",
        process,
    )
    .await?)
}

/// How many leadership members process `process` has, and how many of them signed version `version_id`.
async fn signed_count(tx: &mut Transaction<'static, Any>, process: i64, version_id: i64) -> Result<(usize, usize)> {
    let (leaders, signed): (i64, i64) = db::one(
        &mut **tx,
        "SELECT COUNT(*), COUNT(s.person_id) FROM leitbild_people p \
         LEFT JOIN leitbild_signoffs s ON s.person_id = p.id AND s.version_id = $2 \
         WHERE p.process_id = $1 AND p.leader = 1",
        (process, version_id),
    )
    .await?;
    Ok((
        usize::try_from(leaders).unwrap_or(0),
        usize::try_from(signed).unwrap_or(0),
    ))
}

/// Makes the offered version `version_id` the adopted one.
async fn adopt(
    tx: &mut Transaction<'static, Any>,
    now: i64,
    process: i64,
    version_id: i64,
    declared: bool,
) -> Result<()> {
    db::exec(
        &mut **tx,
        "UPDATE leitbild_adoptions SET adopted_id = $1, adopted_at = $2, declared = $3, updated_at = $2 \
         WHERE process_id = $4",
        (version_id, now, Flag(declared), process),
    )
    .await?
    .found()?;
    Ok(())
}

impl Store {
    /// Where the adoption of process `process` stands.
    pub async fn adoption(&self, process: i64) -> Result<Adoption> {
        let row: Option<Adoption> = self
            .row(
                "SELECT o.number AS offered, a.offered_at, d.number AS adopted, a.adopted_at, a.declared, \
                        a.publication, a.published_at \
                 FROM leitbild_adoptions a \
                 LEFT JOIN leitbild_versions o ON o.id = a.offered_id \
                 LEFT JOIN leitbild_versions d ON d.id = a.adopted_id \
                 WHERE a.process_id = $1",
                process,
            )
            .await?;
        Ok(row.unwrap_or_else(Adoption::none))
    }

    /// The leadership members of a process with their sign-offs, by name.
    pub async fn leaders(&self, process: i64) -> Result<Vec<Leader>> {
        let rows: Vec<LeaderRow> = self
            .rows(
                "SELECT id, name, function, CASE WHEN token_hash IS NULL THEN 0 ELSE 1 END AS has_link \
                 FROM leitbild_people WHERE process_id = $1 AND leader = 1 ORDER BY name, id",
                process,
            )
            .await?;
        let signoffs: Vec<(i64, i64, Timestamp)> = self
            .rows(
                "SELECT s.person_id, v.number, s.signed_at FROM leitbild_signoffs s \
                 JOIN leitbild_versions v ON v.id = s.version_id \
                 WHERE v.process_id = $1 ORDER BY v.number DESC",
                process,
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| Leader {
                signoffs: signoffs
                    .iter()
                    .filter(|(p, ..)| *p == r.id)
                    .map(|(_, number, signed_at)| SignOff {
                        number: *number,
                        signed_at: *signed_at,
                    })
                    .collect(),
                id: r.id,
                name: r.name,
                function: r.function,
                has_link: r.has_link,
            })
            .collect())
    }

    /// Whether person `person` of `process` is a leadership member
    /// (`None`: no such person in that process).
    pub async fn is_leader(&self, process: i64, person: i64) -> Result<Option<bool>> {
        let row: Option<(Flag,)> = self
            .row(
                "SELECT leader FROM leitbild_people WHERE id = $1 AND process_id = $2",
                (person, process),
            )
            .await?;
        Ok(row.map(|(f,)| f.on()))
    }

    /// Puts version `number` up for sign-off (`NotFound` if the process has
    /// no such version). Sign-offs of the version up before stay recorded
    /// for it.
    pub async fn offer_version(&self, now: i64, actor: i64, process: i64, number: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, process).await?;
        let (id,): (i64,) = db::row(
            &mut *tx,
            "SELECT id FROM leitbild_versions WHERE process_id = $1 AND number = $2",
            (process, number),
        )
        .await?
        .ok_or(StoreError::NotFound)?;
        db::exec(
            &mut *tx,
            "INSERT INTO leitbild_adoptions (process_id, offered_id, offered_at, updated_at) VALUES ($1, $2, $3, $3) \
             ON CONFLICT (process_id) DO UPDATE SET offered_id = excluded.offered_id, \
             offered_at = excluded.offered_at, updated_at = excluded.updated_at",
            (process, id, now),
        )
        .await?;
        let org = org_of(&mut tx, process).await?;
        write::commit(
            tx,
            now,
            &entry(actor, "leitbild.adoption.offer", process, org).detail(number.to_string()),
        )
        .await
    }

    /// Records leadership member `person`'s sign-off of version `number`,
    /// the version they read. `Conflict("leader")` for a person who is not
    /// leadership, `Conflict("offer")` when nothing is up for sign-off,
    /// `Stale` when the team put another version up meanwhile, `NotFound`
    /// for a person of another process: nothing is recorded then. Signing
    /// twice records once. The last sign-off missing adopts the version.
    pub async fn sign_off(&self, now: i64, process: i64, person: i64, number: i64) -> Result<SignedOff> {
        let mut tx = self.write_tx().await?;
        // sign-offs of one process queue (see `touch`), so that the last one sees all others
        touch(&mut tx, now, process).await?;
        let leader: Option<(Flag,)> = db::row(
            &mut *tx,
            "SELECT leader FROM leitbild_people WHERE id = $1 AND process_id = $2",
            (person, process),
        )
        .await?;
        match leader {
            None => return Err(StoreError::NotFound),
            Some((f,)) if !f.on() => return Err(StoreError::Conflict("leader")),
            Some(_) => {}
        }
        let (version_id, offered, adopted) = offer_of(&mut tx, process).await?.ok_or(StoreError::Conflict("offer"))?;
        if offered != number {
            return Err(StoreError::Stale);
        }
        let written = db::exec(
            &mut *tx,
            "INSERT INTO leitbild_signoffs (version_id, person_id, signed_at) VALUES ($1, $2, $3) \
             ON CONFLICT (version_id, person_id) DO NOTHING",
            (version_id, person, now),
        )
        .await?;
        if written.rows_affected() == 0 {
            return Ok(SignedOff::Already);
        }
        let org = org_of(&mut tx, process).await?;
        let signed = AuditEntry::new(None, "leitbild.signoff", "leitbild", process)
            .org(Some(org))
            .detail(format!("person {person}, version {number}"));
        let (leaders, count) = signed_count(&mut tx, process, version_id).await?;
        let adopting = all_signed(leaders, count) && adopted != Some(version_id);
        if adopting {
            adopt(&mut tx, now, process, version_id, false).await?;
            let e = AuditEntry::new(None, "leitbild.adopt", "leitbild", process)
                .org(Some(org))
                .detail(number.to_string());
            audit::write(&mut tx, now, &e).await?;
        }
        self.commit_audited(tx, now, &signed, &self.leitbild_cache).await?;
        Ok(SignedOff::Recorded { adopted: adopting })
    }

    /// The team declares version `number`, up for sign-off, adopted before
    /// every leadership member signed it: `Stale` when another version is up
    /// meanwhile, `Conflict("signoffs")` while nobody of the leadership signed it.
    pub async fn declare_adopted(&self, now: i64, actor: i64, process: i64, number: i64) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, process).await?;
        let (version_id, offered, adopted) = offer_of(&mut tx, process).await?.ok_or(StoreError::Stale)?;
        if offered != number {
            return Err(StoreError::Stale);
        }
        if adopted == Some(version_id) {
            return Ok(());
        }
        let (_, count) = signed_count(&mut tx, process, version_id).await?;
        if !may_declare(count) {
            return Err(StoreError::Conflict("signoffs"));
        }
        adopt(&mut tx, now, process, version_id, true).await?;
        let org = org_of(&mut tx, process).await?;
        let e = entry(actor, "leitbild.adopt.declare", process, org).detail(number.to_string());
        self.commit_audited(tx, now, &e, &self.leitbild_cache).await
    }

    /// Publishes the adopted text (or withdraws it, with
    /// [`Publication::Unpublished`]); `Conflict("adopted")` while no version is adopted.
    pub async fn publish(&self, now: i64, actor: i64, process: i64, publication: Publication) -> Result<()> {
        let mut tx = self.write_tx().await?;
        let at = (publication != Publication::Unpublished).then_some(now);
        let written = db::exec(
            &mut *tx,
            "UPDATE leitbild_adoptions SET publication = $1, published_at = $2, updated_at = $3 \
             WHERE process_id = $4 AND adopted_id IS NOT NULL",
            (publication, at, now, process),
        )
        .await?;
        if written.rows_affected() == 0 {
            return Err(StoreError::Conflict("adopted"));
        }
        let org = org_of(&mut tx, process).await?;
        let e = entry(actor, "leitbild.publish", process, org).detail(publication.code());
        self.commit_audited(tx, now, &e, &self.leitbild_cache).await
    }

    /// The translations of a process, in the order of [`TranslationLang::ALL`].
    pub async fn translations(&self, process: i64) -> Result<Vec<Translation>> {
        let mut list: Vec<Translation> = self
            .rows(
                "SELECT t.lang, v.number, t.version, t.updated_at FROM leitbild_translations t \
                 JOIN leitbild_versions v ON v.id = t.version_id WHERE t.process_id = $1",
                process,
            )
            .await?;
        list.sort_by_key(|t| TranslationLang::ALL.iter().position(|l| *l == t.lang));
        Ok(list)
    }

    /// The translation of a process into `lang` and its text.
    pub async fn translation(&self, process: i64, lang: TranslationLang) -> Result<Option<(Translation, Draft)>> {
        let found: Option<(i64, i64, i64, Timestamp, String, String)> = self
            .row(
                "SELECT t.id, v.number, t.version, t.updated_at, t.slogan, t.preamble FROM leitbild_translations t \
                 JOIN leitbild_versions v ON v.id = t.version_id WHERE t.process_id = $1 AND t.lang = $2",
                (process, lang),
            )
            .await?;
        let Some((id, number, version, updated_at, slogan, preamble)) = found else {
            return Ok(None);
        };
        let principles: Vec<(String, String)> = self
            .rows(
                "SELECT text, goal FROM leitbild_translated_principles WHERE translation_id = $1 ORDER BY position",
                id,
            )
            .await?;
        let t = Translation {
            lang,
            number,
            version,
            updated_at,
        };
        let draft = Draft {
            slogan,
            preamble,
            principles: principles
                .into_iter()
                .map(|(text, goal)| Principle { text, goal })
                .collect(),
        };
        Ok(Some((t, draft)))
    }

    /// Saves the translation into `lang` of the adopted version `number` (the
    /// one the form showed), written on the translation's `version` (0: a
    /// new one). `Stale` when another version was adopted or someone saved
    /// this translation meanwhile; `Conflict("adopted")` while none is adopted.
    #[expect(clippy::too_many_arguments, reason = "the form's values, each needed")]
    pub async fn save_translation(
        &self,
        now: i64,
        actor: i64,
        process: i64,
        lang: TranslationLang,
        number: i64,
        version: i64,
        text: &Draft,
    ) -> Result<()> {
        let mut tx = self.write_tx().await?;
        touch(&mut tx, now, process).await?;
        let adopted: Option<(i64, i64)> = db::row(
            &mut *tx,
            "SELECT v.id, v.number FROM leitbild_adoptions a JOIN leitbild_versions v ON v.id = a.adopted_id \
             WHERE a.process_id = $1",
            process,
        )
        .await?;
        let (version_id, adopted_number) = adopted.ok_or(StoreError::Conflict("adopted"))?;
        if adopted_number != number {
            return Err(StoreError::Stale);
        }
        let existing: Option<(i64, i64)> = db::row(
            &mut *tx,
            "SELECT id, version FROM leitbild_translations WHERE process_id = $1 AND lang = $2",
            (process, lang),
        )
        .await?;
        let id =
            match existing {
                Some((id, v)) if v == version => {
                    db::exec(
                        &mut *tx,
                        "UPDATE leitbild_translations SET version_id = $1, slogan = $2, preamble = $3, \
                     version = version + 1, updated_at = $4 WHERE id = $5 AND version = $6",
                        (version_id, &text.slogan, &text.preamble, now, id, version),
                    )
                    .await?
                    .fresh()?;
                    db::exec(
                        &mut *tx,
                        "DELETE FROM leitbild_translated_principles WHERE translation_id = $1",
                        id,
                    )
                    .await?;
                    id
                }
                None if version == 0 => db::number(
                    &mut *tx,
                    "INSERT INTO leitbild_translations (process_id, lang, version_id, slogan, preamble, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                    (process, lang, version_id, &text.slogan, &text.preamble, now),
                )
                .await?,
                _ => return Err(StoreError::Stale),
            };
        for (position, p) in (1_i64..).zip(&text.principles) {
            db::exec(
                &mut *tx,
                "INSERT INTO leitbild_translated_principles (translation_id, position, text, goal) \
                 VALUES ($1, $2, $3, $4)",
                (id, position, &p.text, &p.goal),
            )
            .await?;
        }
        let org = org_of(&mut tx, process).await?;
        let e = entry(actor, "leitbild.translation", process, org).detail(lang.code());
        self.commit_audited(tx, now, &e, &self.leitbild_cache).await
    }

    /// Removes the translation into `lang`.
    pub async fn remove_translation(&self, now: i64, actor: i64, process: i64, lang: TranslationLang) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "DELETE FROM leitbild_translations WHERE process_id = $1 AND lang = $2",
            (process, lang),
        )
        .await?
        .found()?;
        let org = org_of(&mut tx, process).await?;
        let e = entry(actor, "leitbild.translation.remove", process, org).detail(lang.code());
        self.commit_audited(tx, now, &e, &self.leitbild_cache).await
    }

    /// The adopted text of a process, in German or (when there is one) in
    /// the translation into `lang`; `None` while no version is adopted. From
    /// this node's memory while the shared version holds (re-read at most once
    /// a second), for the published page that must be fast.
    pub async fn published_text(&self, process: i64, lang: Option<TranslationLang>) -> Result<Option<PublishedText>> {
        let key = format!("{process}:{}", lang.map_or("de", |l| l.code()));
        self.cached(&self.leitbild_cache, key, || self.load_published_text(process, lang))
            .await
    }

    /// [`Store::published_text`] from the database, in two statements: the
    /// process with its adopted version and the translation asked for, then
    /// the principles of both and the list of languages in one.
    async fn load_published_text(&self, process: i64, lang: Option<TranslationLang>) -> Result<Option<PublishedText>> {
        let code = lang.map_or("", |l| l.code());
        let row: Option<TextRow> = self
            .row(
                "SELECT p.id, p.org_id, o.name AS org_name, p.title, a.publication, v.id AS version_id, \
                        v.number, a.adopted_at, v.slogan, v.preamble, t.id AS translation_id, \
                        t.slogan AS t_slogan, t.preamble AS t_preamble, t.version_id AS t_version_id \
                 FROM leitbild_adoptions a \
                 JOIN leitbild_processes p ON p.id = a.process_id \
                 JOIN orgs o ON o.id = p.org_id \
                 JOIN leitbild_versions v ON v.id = a.adopted_id \
                 LEFT JOIN leitbild_translations t ON t.process_id = a.process_id AND t.lang = $2 \
                 WHERE a.process_id = $1",
                (process, code),
            )
            .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let parts: Vec<PartRow> = self
            .rows(
                "SELECT CAST(0 AS BIGINT) AS kind, position, text, goal FROM leitbild_principles WHERE version_id = $1 \
                 UNION ALL \
                 SELECT CAST(1 AS BIGINT), position, text, goal FROM leitbild_translated_principles WHERE translation_id = $2 \
                 UNION ALL \
                 SELECT CAST(2 AS BIGINT), CAST(CASE WHEN version_id = $1 THEN 0 ELSE 1 END AS BIGINT), lang, '' \
                 FROM leitbild_translations WHERE process_id = $3 \
                 ORDER BY 1, 2",
                (r.version_id, r.translation_id, process),
            )
            .await?;
        let principles = |kind: i64| -> Vec<Principle> {
            parts
                .iter()
                .filter(|x| x.kind == kind)
                .map(|x| Principle {
                    text: x.text.clone(),
                    goal: x.goal.clone(),
                })
                .collect()
        };
        let mut languages: Vec<(TranslationLang, bool)> = parts
            .iter()
            .filter(|x| x.kind == 2)
            .filter_map(|x| TranslationLang::parse(&x.text).ok().map(|l| (l, x.position == 1)))
            .collect();
        languages.sort_by_key(|(l, _)| TranslationLang::ALL.iter().position(|x| x == l));
        let (shown, outdated, text) = match (lang, r.t_slogan) {
            (Some(l), Some(slogan)) => (
                Some(l),
                r.t_version_id != Some(r.version_id),
                Draft {
                    slogan,
                    preamble: r.t_preamble.unwrap_or_default(),
                    principles: principles(1),
                },
            ),
            _ => (
                None,
                false,
                Draft {
                    slogan: r.slogan,
                    preamble: r.preamble,
                    principles: principles(0),
                },
            ),
        };
        Ok(Some(PublishedText {
            process_id: r.id,
            org_id: r.org_id,
            org_name: r.org_name,
            title: r.title,
            publication: r.publication,
            number: r.number,
            adopted_at: r.adopted_at,
            lang: shown,
            outdated,
            text,
            languages,
        }))
    }

    /// Who may see the adopted text of a process, without reading the text:
    /// its organisation and publication (`None` while none is adopted).
    pub async fn publication_of(&self, process: i64) -> Result<Option<(i64, Publication)>> {
        self.row(
            "SELECT p.org_id, a.publication FROM leitbild_adoptions a \
             JOIN leitbild_processes p ON p.id = a.process_id \
             WHERE a.process_id = $1 AND a.adopted_id IS NOT NULL",
            process,
        )
        .await
    }
}
