//! Slowing down password guessing without letting an attacker lock out the
//! account's owner (OWASP Authentication Cheat Sheet, NIST SP 800-63B 5.2.2):
//!
//! - failures are counted per **account and client** (the browser's device
//!   cookie if it logged in to this account before, otherwise the client's
//!   address); after [`FREE_FAILURES`] the client waits, and every further
//!   failure doubles the wait up to [`LONGEST_WAIT`]; a success clears them;
//! - clients **not known** to the account are also limited per address
//!   (failures only — an office behind one address does not lock itself out by
//!   logging in) and per account (`login_max_failures` in the window);
//! - a browser that logged in to the account before carries a device cookie
//!   and is not subject to those two limits, so failures elsewhere never keep
//!   the owner out of their own browser.

use axum::http::header;
use axum::response::Response;
use axum_extra::extract::CookieJar;

use crate::security;
use crate::web::extract::Ctx;
use crate::web::middleware::cookie;

/// Failures of one client on one account before it has to wait.
pub const FREE_FAILURES: i64 = 4;
/// The first wait, in seconds; it doubles with each further failure …
pub const FIRST_WAIT: i64 = 30;
/// … up to this.
pub const LONGEST_WAIT: i64 = 15 * 60;
/// A client's failures are forgotten a day after its last one.
const FORGET_SECS: i64 = 24 * 3600;

pub const DEVICE_COOKIE: &str = "ikoe_device";

/// Seconds a client must wait after `failures` failures in a row.
pub fn wait_after(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        0
    } else {
        FIRST_WAIT
            .saturating_mul(1_i64 << (failures - FREE_FAILURES).min(16))
            .min(LONGEST_WAIT)
    }
}

/// One client trying one account's password.
pub struct Attempt {
    pair: String,
    account: String,
    address: String,
    /// The browser logged in to this account before.
    pub known: bool,
}

impl Attempt {
    /// `user` is the account's id when the address has one. `client` names a
    /// client that is neither a device nor an address (e.g. `session` for the
    /// current-password check of a signed-in person).
    pub fn new(ctx: &Ctx, jar: Option<&CookieJar>, email: &str, user: Option<i64>, client: Option<&str>) -> Self {
        let device = user
            .zip(jar.and_then(|j| j.get(DEVICE_COOKIE)))
            .and_then(|(u, c)| security::device_nonce(&ctx.state.secret, u, c.value()));
        let who = match (client, &device) {
            (Some(c), _) => c.to_string(),
            (None, Some(nonce)) => format!("device:{nonce}"),
            (None, None) => format!("ip:{}", ctx.ip),
        };
        Attempt {
            pair: format!("login-pair:{email}:{who}"),
            account: format!("login-account:{email}"),
            address: format!("login-ip-failures:{}", ctx.ip),
            known: device.is_some() || client.is_some(),
        }
    }

    /// Whether this attempt must be refused now (without checking the password).
    pub async fn refused(&self, ctx: &Ctx) -> anyhow::Result<bool> {
        let st = &ctx.state.store;
        let cfg = &ctx.state.config;
        let now = ctx.now();
        if let Some(s) = st.strikes(&self.pair, now, FORGET_SECS).await? {
            if now < s.last + wait_after(s.count) {
                return Ok(true);
            }
        }
        if self.known {
            return Ok(false);
        }
        Ok(
            st.hits(&self.address, now, cfg.login_window_secs).await? >= cfg.login_max_per_ip
                || st.hits(&self.account, now, cfg.login_window_secs).await? >= cfg.login_max_failures,
        )
    }

    /// Counts a wrong password.
    pub async fn failed(&self, ctx: &Ctx) -> anyhow::Result<()> {
        let st = &ctx.state.store;
        let (now, window) = (ctx.now(), ctx.state.config.login_window_secs);
        st.strike(&self.pair, now, FORGET_SECS).await?;
        if !self.known {
            st.hit(&self.address, now, window).await?;
            st.hit(&self.account, now, window).await?;
        }
        Ok(())
    }

    /// The right password: this client's failures are forgotten.
    pub async fn succeeded(&self, ctx: &Ctx) -> anyhow::Result<()> {
        ctx.state.store.clear_hits(&self.pair).await?;
        Ok(())
    }
}

/// Gives the browser a device cookie for `user` (after a successful log-in).
pub fn remember_device(ctx: &Ctx, user: i64, res: &mut Response) {
    let mut c = cookie(
        DEVICE_COOKIE,
        security::device_cookie(&ctx.state.secret, user),
        ctx.state.config.secure_cookies(),
    );
    c.set_max_age(time::Duration::days(365));
    if let Ok(v) = c.to_string().parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_and_are_capped() {
        assert_eq!(wait_after(FREE_FAILURES - 1), 0);
        assert_eq!(wait_after(FREE_FAILURES), FIRST_WAIT);
        assert_eq!(wait_after(FREE_FAILURES + 1), 2 * FIRST_WAIT);
        assert_eq!(wait_after(FREE_FAILURES + 2), 4 * FIRST_WAIT);
        assert_eq!(wait_after(FREE_FAILURES + 40), LONGEST_WAIT);
        assert_eq!(wait_after(i64::MAX), LONGEST_WAIT);
    }
}
