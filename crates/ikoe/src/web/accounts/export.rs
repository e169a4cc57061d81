//! GET /profile/export: everything ikoe holds about the signed-in person, as JSON.

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::web::error::AppResult;
use crate::web::guards::accounts::OwnAccount;

pub async fn get(OwnAccount { ctx, user: u }: OwnAccount) -> AppResult<Response> {
    let st = &ctx.state.store;
    let data = serde_json::json!({
        "exported_at": ctx.now(),
        "user": {
            "id": u.id, "email": u.email, "name": u.name, "locale": u.locale,
            "platform_admin": u.is_platform_admin(), "created_at": u.created_at, "updated_at": u.updated_at,
        },
        "memberships": st.memberships_of(u.id).await?,
        "sessions": st.sessions_of(u.id).await?,
        "consents": st.consents_of(u.id).await?,
        "audit_log": st.audit_by_actor(u.id).await?,
        "audit_log_about_me": st.audit_about_user(u.id).await?,
        "mails_to_me": st.mails_to(&u.email).await?,
    });
    st.audit(
        ctx.now(),
        &store::AuditEntry::new(Some(u.id), "user.export", "user", u.id),
    )
    .await?;
    let body = serde_json::to_string_pretty(&data).map_err(anyhow::Error::from)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"ikoe-my-data.json\"",
            ),
        ],
        body,
    )
        .into_response())
}
