//! Extractors: the request context (who, which language, CSRF token).

mod ctx;

pub use ctx::{Ctx, CSRF_COOKIE, FLASH_COOKIE, LANG_COOKIE, SESSION_COOKIE};
