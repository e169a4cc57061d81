//! Certificates of a series: issued with a verification code, keeping what
//! they show as issued (so the PDF and the verification page never change
//! afterwards), revocable, and issued again after a revocation.

use domain::Timestamp;

use crate::audit::{self, AuditEntry};
use crate::db;
use crate::outbox::{self, NewMail};
use crate::write::{self, Written};
use crate::{owner, Result, Store, StoreError};

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Certificate {
    pub id: i64,
    pub code: String,
    pub registration_id: i64,
    pub series_id: i64,
    pub locale: String,
    pub participant: String,
    /// JSON of [`CertContent`].
    pub content: String,
    pub issued_at: Timestamp,
    pub revoked_at: Option<Timestamp>,
    pub revoke_reason: Option<String>,
    /// Set when the person was deleted: `participant` is empty then, and
    /// this is [`participant_hash`] of the name as printed.
    pub participant_hash: Option<String>,
}

impl Certificate {
    pub fn is_valid(&self) -> bool {
        self.revoked_at.is_none()
    }
    /// The person was deleted: the certificate keeps no name, its PDF cannot be made again.
    pub fn is_anonymised(&self) -> bool {
        self.participant_hash.is_some()
    }
    /// Whether `name` (as typed by a visitor from the paper) is the name printed on the certificate.
    pub fn name_matches(&self, name: &str) -> bool {
        match &self.participant_hash {
            Some(h) => *h == participant_hash(&self.code, name),
            None => name_key(name) == name_key(&self.participant),
        }
    }
    /// What the certificate shows; content the database holds that is no
    /// [`CertContent`] is an error, never an empty certificate.
    pub fn content(&self) -> Result<CertContent, serde_json::Error> {
        serde_json::from_str(&self.content)
    }
}

/// What a certificate shows, fixed when it is issued.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct CertContent {
    pub series_title: String,
    pub issuer: String,
    pub place: String,
    pub modules: Vec<CertModule>,
    pub total_hours: i64,
    /// Who signs, under the signature line (empty: the issuer's name); from the series.
    #[serde(default)]
    pub signatory_name: String,
    #[serde(default)]
    pub signatory_role: String,
    /// The series' funding notice (empty: none).
    #[serde(default)]
    pub funding_notice: String,
}

#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct CertModule {
    pub starts_at: i64,
    pub ends_at: i64,
    pub title: String,
    pub topics: String,
    pub hours: i64,
}

/// One certificate to issue.
#[derive(Debug, Clone)]
pub struct NewCertificate {
    pub registration_id: i64,
    pub code: String,
    pub locale: String,
    pub participant: String,
    pub content: CertContent,
    pub mail: NewMail,
}

const CERT_COLS: &str = "id, code, registration_id, series_id, locale, participant, content, issued_at, \
     revoked_at, revoke_reason, participant_hash";

/// A name as compared: spaces collapsed, compatibility forms folded, case ignored.
fn name_key(name: &str) -> String {
    domain::files::name_key(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Lower-case hex SHA-256 of a text.
pub(crate) fn sha256_hex(s: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(s.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What a deleted person's certificate keeps of their name: a hash salted
/// with the certificate's own (random, unique) code, so the same name on two
/// certificates gives two unrelated values.
pub fn participant_hash(code: &str, name: &str) -> String {
    sha256_hex(&format!("ikoe certificate name\0{code}\0{}", name_key(name)))
}

/// Replaces the name on the certificates of a registration by its hash.
pub(crate) async fn forget_participant(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    registration: i64,
) -> Result<()> {
    let certs: Vec<(i64, String, String)> = db::rows(
        &mut **tx,
        "SELECT id, code, participant FROM certificates WHERE registration_id = $1 AND participant_hash IS NULL",
        registration,
    )
    .await?;
    for (id, code, name) in certs {
        db::exec(
            &mut **tx,
            "UPDATE certificates SET participant = '', participant_hash = $1 WHERE id = $2",
            (participant_hash(&code, &name), id),
        )
        .await?;
    }
    Ok(())
}

impl Store {
    /// Issues certificates in one step (all or none). Someone who already
    /// holds a valid certificate is skipped. Returns how many were issued.
    pub async fn issue_certificates(
        &self,
        now: i64,
        actor: i64,
        series: i64,
        certs: &[NewCertificate],
    ) -> Result<usize> {
        let mut tx = self.write_tx().await?;
        let org = crate::owner::org_of_series(&mut tx, series).await?;
        let mut issued = 0;
        for c in certs {
            // the registration must belong to this series
            let reg: Option<(i64,)> = db::row(
                &mut *tx,
                "SELECT id FROM registrations WHERE id = $1 AND series_id = $2",
                (c.registration_id, series),
            )
            .await?;
            if reg.is_none() {
                return Err(StoreError::NotFound);
            }
            let content = serde_json::to_string(&c.content).map_err(|e| StoreError::Config(e.to_string()))?;
            let inserted: Option<(i64,)> = db::row(
                &mut *tx,
                "INSERT INTO certificates (code, registration_id, series_id, locale, participant, content, issued_at, \
                 issued_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
                 ON CONFLICT (registration_id) WHERE revoked_at IS NULL DO NOTHING RETURNING id",
                (
                    &c.code,
                    c.registration_id,
                    series,
                    &c.locale,
                    &c.participant,
                    &content,
                    now,
                    actor,
                ),
            )
            .await?;
            let Some((id,)) = inserted else { continue };
            outbox::enqueue(&mut tx, now, &c.mail).await?;
            audit::write(
                &mut tx,
                now,
                &AuditEntry::new(Some(actor), "certificate.issue", "certificate", id)
                    .org(Some(org))
                    .detail(format!("registration #{}", c.registration_id)),
            )
            .await?;
            issued += 1;
        }
        tx.commit().await?;
        Ok(issued)
    }

    pub async fn revoke_certificate(&self, now: i64, actor: i64, id: i64, reason: &str) -> Result<()> {
        let mut tx = self.write_tx().await?;
        db::exec(
            &mut *tx,
            "UPDATE certificates SET revoked_at = $1, revoked_by = $2, revoke_reason = $3 \
             WHERE id = $4 AND revoked_at IS NULL",
            (now, actor, reason, id),
        )
        .await?
        .fresh()?;
        let series = owner::series_of_certificate(&mut tx, id).await?;
        let org = owner::org_of_series(&mut tx, series).await?;
        let entry = AuditEntry::new(Some(actor), "certificate.revoke", "certificate", id)
            .org(Some(org))
            .detail(reason);
        write::commit(tx, now, &entry).await
    }

    pub async fn certificate(&self, id: i64) -> Result<Option<Certificate>> {
        self.row(&format!("SELECT {CERT_COLS} FROM certificates WHERE id = $1"), id)
            .await
    }

    pub async fn certificate_by_code(&self, code: &str) -> Result<Option<Certificate>> {
        self.row(&format!("SELECT {CERT_COLS} FROM certificates WHERE code = $1"), code)
            .await
    }

    /// All certificates of a series, newest first.
    pub async fn certificates_of_series(&self, series: i64) -> Result<Vec<Certificate>> {
        self.rows(
            &format!("SELECT {CERT_COLS} FROM certificates WHERE series_id = $1 ORDER BY issued_at DESC, id DESC"),
            series,
        )
        .await
    }

    /// The valid certificate of a registration, if any.
    pub async fn valid_certificate_of(&self, registration: i64) -> Result<Option<Certificate>> {
        self.row(
            &format!("SELECT {CERT_COLS} FROM certificates WHERE registration_id = $1 AND revoked_at IS NULL"),
            registration,
        )
        .await
    }
}
