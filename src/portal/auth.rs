//! Request authentication (PROTOCOL.md §7; the draft leaves it open): a
//! detached JWS over the exact request body, signed by a device's
//! DeviceAuthenticationKey, carried in the `Mesh-Authentication` header.
//!
//! The client side is [`authenticate`]. The portal side is [`check`]: it
//! needs the account's verified personal profile, which the portal keeps in
//! memory ([`AccountKeys`]) so an authenticated request costs one Ed25519
//! verification and a nonce lookup, not a walk of the whole profile chain.

use std::collections::HashMap;

use serde_json::json;

use crate::crypto::jws;
use crate::crypto::{SigningKey, VerifyingKey};
use crate::encoding::{b64u_decode, b64u_encode};
use crate::profile::VerifiedProfile;

/// The HTTP header that carries the authentication.
pub const HEADER: &str = "Mesh-Authentication";

/// How far `iat` may be from the portal's clock, either way (PROTOCOL.md §7).
pub const MAX_SKEW_SECS: u64 = 300;

/// Makes the `Mesh-Authentication` header value for a request body: a
/// detached JWS signed with the device's authentication key, naming the
/// account, the time and a fresh nonce.
pub fn authenticate(body: &[u8], account: &str, key: &SigningKey) -> String {
    authenticate_at(body, account, key, crate::time::unix_now())
}

/// [`authenticate`] with a chosen `iat`, for tests of the time window.
pub fn authenticate_at(body: &[u8], account: &str, key: &SigningKey, iat: u64) -> String {
    let mut nonce = [0u8; 16];
    crate::crypto::fill_random(&mut nonce);
    let header = json!({
        "alg": "EdDSA",
        "kid": key.udf(),
        "acct": account,
        "iat": iat,
        "nonce": b64u_encode(&nonce),
    });
    jws::sign_detached(body, &header, key)
}

/// Why a request's authentication was refused. Every variant maps to 401.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// The request carries no `Mesh-Authentication` header.
    Missing,
    /// The header is not a detached JWS with the fields we need.
    Malformed(String),
    /// The header names another account than the request.
    WrongAccount {
        /// The account the header names.
        claimed: String,
        /// The account the request concerns.
        expected: String,
    },
    /// `iat` is outside the allowed window.
    Stale,
    /// The key is not the authentication key of a device in the profile.
    UnknownKey(String),
    /// The signature does not verify over the body.
    BadSignature,
    /// The nonce was seen before: a replay.
    Replayed,
}

impl std::fmt::Display for AuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuthError::Missing => write!(f, "this request needs a {HEADER} header"),
            AuthError::Malformed(m) => write!(f, "the {HEADER} header is malformed: {m}"),
            AuthError::WrongAccount { claimed, expected } => write!(
                f,
                "the {HEADER} header is for account {claimed}, not {expected}"
            ),
            AuthError::Stale => write!(
                f,
                "the {HEADER} header's iat is more than {MAX_SKEW_SECS} seconds from the portal's clock"
            ),
            AuthError::UnknownKey(kid) => write!(
                f,
                "key {kid} is not the authentication key of a device of this account's profile"
            ),
            AuthError::BadSignature => {
                write!(
                    f,
                    "the {HEADER} signature does not verify over the request body"
                )
            }
            AuthError::Replayed => write!(f, "this request was already received (replayed nonce)"),
        }
    }
}

impl std::error::Error for AuthError {}

/// The parts of a `Mesh-Authentication` header the portal checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claims {
    /// The key that signed.
    pub kid: String,
    /// The account the request is for.
    pub acct: String,
    /// When it was made (Unix seconds).
    pub iat: u64,
    /// The nonce, b64u.
    pub nonce: String,
}

/// A `Mesh-Authentication` header parsed once: its claims, readable before
/// anything is verified, and the JWS to verify with [`check_parsed`].
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// The claims (not yet verified).
    pub claims: Claims,
    jws: jws::Detached<'a>,
}

impl Token<'_> {
    /// Verifies the signature over `body` with `key`, whose UDF is
    /// `key_udf` (already known to the caller, so not recomputed): alg
    /// EdDSA/Ed25519, kid equal to `key_udf`, the signature over the exact
    /// body bytes. The account, time and nonce are the caller's to check.
    pub fn verify(&self, body: &[u8], key: &VerifyingKey, key_udf: &str) -> Result<(), AuthError> {
        self.jws
            .verify(body, key, key_udf)
            .map_err(|_| AuthError::BadSignature)
    }
}

/// Parses a header without verifying anything.
pub fn parse(token: &str) -> Result<Token<'_>, AuthError> {
    let jws = jws::Detached::parse(token).map_err(|e| AuthError::Malformed(e.to_string()))?;
    let claims = claims_of(jws.header())?;
    Ok(Token { claims, jws })
}

/// Reads the claims of a header without verifying anything.
pub fn claims(token: &str) -> Result<Claims, AuthError> {
    parse(token).map(|t| t.claims)
}

fn claims_of(header: &serde_json::Map<String, serde_json::Value>) -> Result<Claims, AuthError> {
    let text = |name: &str| {
        header
            .get(name)
            .and_then(serde_json::Value::as_str)
            .map(str::to_owned)
            .ok_or_else(|| AuthError::Malformed(format!("no \"{name}\" string")))
    };
    let kid = text("kid")?;
    let acct = text("acct")?;
    let nonce = text("nonce")?;
    let iat = header
        .get("iat")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| AuthError::Malformed("no \"iat\" number".into()))?;
    match b64u_decode(&nonce) {
        Ok(bytes) if (16..=64).contains(&bytes.len()) => {}
        _ => {
            return Err(AuthError::Malformed(
                "the nonce must be 16 to 64 bytes of base64url".into(),
            ));
        }
    }
    Ok(Claims {
        kid,
        acct,
        iat,
        nonce,
    })
}

/// A device key that may authenticate requests.
#[derive(Debug, Clone)]
pub struct DeviceKey {
    /// The device's UDF.
    pub device: String,
    /// Its DeviceAuthenticationKey.
    pub key: VerifyingKey,
    /// True for an administration device.
    pub admin: bool,
}

/// The authentication keys of a verified personal profile, by key UDF.
#[derive(Debug, Clone, Default)]
pub struct AccountKeys {
    keys: HashMap<String, DeviceKey>,
}

impl AccountKeys {
    /// Indexes the devices of a verified profile.
    pub fn new(profile: &VerifiedProfile) -> Self {
        let admins = profile.admin_devices();
        let keys = profile
            .devices
            .iter()
            .filter_map(|d| {
                let key = VerifyingKey::from_public_key(&d.device_authentication_key).ok()?;
                Some((
                    key.udf(),
                    DeviceKey {
                        device: d.identifier.clone(),
                        key,
                        admin: admins.contains(&d.identifier.as_str()),
                    },
                ))
            })
            .collect();
        AccountKeys { keys }
    }

    /// The device whose authentication key has this UDF.
    pub fn get(&self, kid: &str) -> Option<&DeviceKey> {
        self.keys.get(kid)
    }

    /// [`Self::get`], with the key's UDF as indexed (computed from the key).
    fn get_with_udf(&self, kid: &str) -> Option<(&str, &DeviceKey)> {
        self.keys.get_key_value(kid).map(|(k, d)| (k.as_str(), d))
    }
}

/// Who sent an authenticated request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Authenticated {
    /// The device's UDF.
    pub device: String,
    /// True for an administration device.
    pub admin: bool,
    /// The claims, for the nonce check.
    pub claims: Claims,
}

/// Checks a header against the account's keys: the account, the time
/// window, the key and the signature over `body`. The nonce is left to the
/// caller (it needs the store), via [`Authenticated::claims`], and must be
/// checked last so a forged request cannot burn a real one's nonce.
pub fn check(
    token: &str,
    body: &[u8],
    account: &str,
    keys: &AccountKeys,
    now: u64,
) -> Result<Authenticated, AuthError> {
    check_parsed(parse(token)?, body, account, keys, now)
}

/// [`check`] of a header already [`parse`]d (for the account it names, or
/// the key it names), so a request's header is parsed once. The signature
/// is verified with the key found under the header's kid; the kid check
/// compares with that key's UDF as indexed, not recomputed.
pub fn check_parsed(
    token: Token<'_>,
    body: &[u8],
    account: &str,
    keys: &AccountKeys,
    now: u64,
) -> Result<Authenticated, AuthError> {
    let claims = &token.claims;
    if !claims.acct.eq_ignore_ascii_case(account) {
        return Err(AuthError::WrongAccount {
            claimed: claims.acct.clone(),
            expected: account.to_owned(),
        });
    }
    if claims.iat.abs_diff(now) > MAX_SKEW_SECS {
        return Err(AuthError::Stale);
    }
    let (udf, device) = keys
        .get_with_udf(&claims.kid)
        .ok_or_else(|| AuthError::UnknownKey(claims.kid.clone()))?;
    token.verify(body, &device.key, udf)?;
    Ok(Authenticated {
        device: device.device.clone(),
        admin: device.admin,
        claims: token.claims,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_for(key: &SigningKey, admin: bool) -> AccountKeys {
        let mut keys = AccountKeys::default();
        keys.keys.insert(
            key.udf(),
            DeviceKey {
                device: "MDEV".into(),
                key: key.verifying_key(),
                admin,
            },
        );
        keys
    }

    #[test]
    fn round_trip_and_rejections() {
        let key = SigningKey::generate();
        let keys = keys_for(&key, true);
        let body = br#"{"StatusRequest":{}}"#;
        let now = crate::time::unix_now();
        let token = authenticate(body, "alice@example.com", &key);
        let who = check(&token, body, "ALICE@example.com", &keys, now).unwrap();
        assert_eq!(who.device, "MDEV");
        assert!(who.admin);
        assert_eq!(who.claims.kid, key.udf());

        assert!(matches!(
            check(&token, b"{}", "alice@example.com", &keys, now),
            Err(AuthError::BadSignature)
        ));
        assert!(matches!(
            check(&token, body, "bob@example.com", &keys, now),
            Err(AuthError::WrongAccount { .. })
        ));
        assert_eq!(
            check(&token, body, "alice@example.com", &keys, now + 301),
            Err(AuthError::Stale)
        );
        let other = SigningKey::generate();
        let token2 = authenticate(body, "alice@example.com", &other);
        assert!(matches!(
            check(&token2, body, "alice@example.com", &keys, now),
            Err(AuthError::UnknownKey(_))
        ));
        // A forged signature under the right kid.
        let (protected, _) = token.split_once("..").unwrap();
        let forged = format!("{protected}..{}", b64u_encode(&[0u8; 64]));
        assert_eq!(
            check(&forged, body, "alice@example.com", &keys, now),
            Err(AuthError::BadSignature)
        );
        assert!(matches!(
            check("garbage", body, "alice@example.com", &keys, now),
            Err(AuthError::Malformed(_))
        ));
        // Parsed once, checked from the parse.
        let parsed = parse(&token).unwrap();
        assert_eq!(parsed.claims, claims(&token).unwrap());
        let who = check_parsed(parsed.clone(), body, "alice@example.com", &keys, now).unwrap();
        assert_eq!(who.claims, parsed.claims);
        assert_eq!(
            check_parsed(parsed, b"{}", "alice@example.com", &keys, now),
            Err(AuthError::BadSignature)
        );
        let old = authenticate_at(body, "alice@example.com", &key, now - 1000);
        assert_eq!(
            check(&old, body, "alice@example.com", &keys, now),
            Err(AuthError::Stale)
        );
    }
}
