//! GET /profile/export: everything ikoe holds about the signed-in person, as
//! JSON, one section per table (`store::export`).

use axum::response::Response;
use store::export::Person;

use crate::web::error::AppResult;
use crate::web::guards::accounts::OwnAccount;

pub async fn get(OwnAccount { ctx, user: u }: OwnAccount) -> AppResult<Response> {
    let st = &ctx.state.store;
    let person = Person {
        user: Some(u.id),
        email: u.email.clone(),
    };
    let mut data = st.personal_data(&person).await?;
    data.insert("exported_at".into(), ctx.now().into());
    st.audit(
        ctx.now(),
        &store::AuditEntry::new(Some(u.id), "user.export", "user", u.id),
    )
    .await?;
    crate::web::series::mydata::json_download(&serde_json::Value::Object(data))
}
