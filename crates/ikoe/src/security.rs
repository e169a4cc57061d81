//! Tokens, password hashes and CSRF signatures.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A random URL-safe token of 32 bytes (256 bits).
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rng().fill_bytes(&mut b);
    URL_SAFE_NO_PAD.encode(b)
}

/// What the database keeps of a token: its SHA-256, hex.
pub fn token_hash(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// An argon2id hash (PHC string) with a random salt.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("hash: {e}"))
}

/// Checks a password against a stored hash. An empty or broken hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// [`verify_password`] off the async runtime (argon2 takes tens of milliseconds).
pub async fn verify_password_async(password: &str, hash: &str) -> bool {
    let (password, hash) = (password.to_string(), hash.to_string());
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .unwrap_or(false)
}

/// [`hash_password`] off the async runtime.
pub async fn hash_password_async(password: &str) -> anyhow::Result<String> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || hash_password(&password)).await?
}

/// A hash to verify against when the e-mail is unknown, so both cases take as long.
pub static DUMMY_HASH: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| hash_password("not-a-real-password").unwrap_or_default());

type HmacSha256 = Hmac<Sha256>;

/// The CSRF token for a browser: an HMAC of its random CSRF cookie under the
/// server's secret, so a token cannot be made without the secret.
pub fn csrf_token(secret: &[u8], cookie: &str) -> String {
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(b"csrf:");
    mac.update(cookie.as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The respondent of an anonymous survey: an HMAC of the survey and the
/// link's contributor key under the server's secret, so one link answers once
/// and the database cannot say whose answers they are.
pub fn voter_key(secret: &[u8], survey: i64, contributor: &str) -> String {
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("survey:{survey}:{contributor}").as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// The key a rater's answers in a self-assessment wave are kept under: an
/// HMAC of the wave and the rater under the server's secret, the same
/// through their link and their account, which the database cannot tie to them.
pub fn rater_key(secret: &[u8], wave: i64, rater: i64) -> String {
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("openness:{wave}:{rater}").as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// Constant-time check of a submitted CSRF token.
pub fn csrf_ok(secret: &[u8], cookie: &str, submitted: &str) -> bool {
    let Ok(sig) = URL_SAFE_NO_PAD.decode(submitted) else {
        return false;
    };
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return false;
    };
    mac.update(b"csrf:");
    mac.update(cookie.as_bytes());
    !cookie.is_empty() && mac.verify_slice(&sig).is_ok()
}

/// A device cookie for an account: `{user}.{nonce}.{mac}`, given to a browser after it
/// logged in to that account, so later failures from it are told apart from an attacker's
/// elsewhere (OWASP "device cookies").
pub fn device_cookie(secret: &[u8], user: i64) -> String {
    let nonce = random_token();
    let mac = device_mac(secret, user, &nonce);
    format!("{user}.{nonce}.{mac}")
}

/// The nonce of a genuine device cookie for `user`, or `None`.
pub fn device_nonce(secret: &[u8], user: i64, cookie: &str) -> Option<String> {
    let mut it = cookie.splitn(3, '.');
    let (u, nonce, mac) = (it.next()?, it.next()?, it.next()?);
    (u == user.to_string() && !nonce.is_empty() && constant_time_eq(mac, &device_mac(secret, user, nonce)))
        .then(|| nonce.to_string())
}

fn device_mac(secret: &[u8], user: i64, nonce: &str) -> String {
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(format!("device:{user}.{nonce}").as_bytes());
    URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())
}

/// A short random code of letters and digits that cannot be mistaken for
/// each other (no 0/O, 1/I/L), e.g. for a check-in code shown at a venue.
pub fn short_code(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rand::Rng::random_range(&mut rng, 0..ALPHABET.len())] as char)
        .collect()
}

/// Compares two secrets in time that does not depend on where they differ.
pub fn constant_time_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords() {
        let h = hash_password("richtig-lang-123").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("richtig-lang-123", &h));
        assert!(!verify_password("falsch-lang-123", &h));
        assert!(!verify_password("x", ""));
    }

    #[test]
    fn csrf() {
        let t = csrf_token(b"secret", "cookie-a");
        assert!(csrf_ok(b"secret", "cookie-a", &t));
        assert!(!csrf_ok(b"secret", "cookie-b", &t));
        assert!(!csrf_ok(b"other", "cookie-a", &t));
        assert!(!csrf_ok(b"secret", "cookie-a", ""));
        assert!(!csrf_ok(b"secret", "", &csrf_token(b"secret", "")));
    }

    #[test]
    fn device_cookies_belong_to_one_account() {
        let c = device_cookie(b"secret", 7);
        assert!(device_nonce(b"secret", 7, &c).is_some());
        assert!(device_nonce(b"secret", 8, &c).is_none(), "another account");
        assert!(device_nonce(b"other", 7, &c).is_none(), "another secret");
        let forged = format!("{}x", c);
        assert!(device_nonce(b"secret", 7, &forged).is_none());
        assert!(device_nonce(b"secret", 7, "7..").is_none());
    }

    #[test]
    fn secrets_compare() {
        assert!(constant_time_eq("abc", "abc"));
        assert!(!constant_time_eq("abc", "abd"));
        assert!(!constant_time_eq("abc", "ab"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let a = random_token();
        assert_ne!(a, random_token());
        assert_eq!(token_hash(&a).len(), 64);
    }
}
