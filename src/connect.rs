//! Device connection (reference-10 §4.3, §11; PROTOCOL.md §10): the signed
//! ConnectionRequest and ConnectionResult, the verification code both
//! devices show, the one-time PIN with its witness, and the
//! `mmm:connect:<account>:<PIN>` URI a QR code carries.
//!
//! Shared by the client commands and the portal so both compute the same
//! bytes.

use ring::{digest, hkdf, hmac};
use serde::{Deserialize, Serialize};

use crate::encoding::{b64u_decode, b64u_encode};
use crate::profile::{Signed, Tagged};

/// ConnectStatus answer for a request that lapsed unanswered. PROTOCOL.md §6
/// lists no code for it; meshman uses HTTP's 410 Gone (documented in the
/// README) so a client tells "expired" from "never asked" (404).
pub const STATUS_EXPIRED: u16 = 410;

/// `Result` of an accepted request.
pub const ACCEPTED: &str = "Accepted";
/// `Result` of a refused request.
pub const REFUSED: &str = "Refused";

/// Characters of the verification code a user must type at least.
pub const MIN_CODE_CHARS: usize = 8;

/// Bits of the verification code (PROTOCOL.md §10).
pub const CODE_BITS: usize = 140;

/// Bytes of a client or service nonce.
pub const NONCE_BYTES: usize = 16;

/// Random bits of a one-time PIN (16 base32 characters).
pub const PIN_BITS: usize = 80;

/// URI scheme prefix of a connection PIN.
pub const URI_PREFIX: &str = "mmm:connect:";

/// A device asks to join a profile (reference-10 §11.1.1), signed by the
/// device's own signature key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionRequest {
    /// The profile to join (its fingerprint).
    #[serde(rename = "ParentUDF")]
    pub parent_udf: String,
    /// The device's self-signed profile.
    pub device: Signed,
    /// The device's nonce, b64u of 16 bytes, committed before the portal's.
    pub client_nonce: String,
    /// Proof of a one-time PIN (PROTOCOL.md §10), b64u.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pin_witness: Option<String>,
}

impl Tagged for ConnectionRequest {
    const TAG: &'static str = "ConnectionRequest";
}

/// An administrator's answer (reference-10 §11.1.3), signed by an online
/// key. It repeats the request's ClientNonce so it answers exactly the
/// request whose code the administrator compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ConnectionResult {
    /// The profile.
    #[serde(rename = "ParentUDF")]
    pub parent_udf: String,
    /// The device's self-signed profile, as in the request.
    pub device: Signed,
    /// The request's ClientNonce.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_nonce: Option<String>,
    /// `Accepted` or `Refused`.
    pub result: String,
    /// meshman extension, with `device accept --admin`: a JWE, to the
    /// device's encryption key, of the online signature key minted for it
    /// (`{"OnlineSignatureKeys": [JWK]}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_keys: Option<crate::crypto::jwe::Jwe>,
}

impl Tagged for ConnectionResult {
    const TAG: &'static str = "ConnectionResult";
}

/// A fresh 16-byte nonce, b64u.
pub fn new_nonce() -> String {
    let mut bytes = [0u8; NONCE_BYTES];
    crate::crypto::fill_random(&mut bytes);
    b64u_encode(&bytes)
}

/// Decodes a b64u nonce of at least 16 bytes.
pub fn decode_nonce(text: &str, what: &str) -> Result<Vec<u8>, String> {
    match b64u_decode(text) {
        Ok(b) if (NONCE_BYTES..=64).contains(&b.len()) => Ok(b),
        _ => Err(format!("{what} must be 16 to 64 bytes of base64url")),
    }
}

/// The verification code (PROTOCOL.md §10): the first 140 bits of
/// SHA-512(UTF8(profile UDF) || ServiceNonce || UTF8(device UDF) ||
/// ClientNonce), base32 in 4-character groups, no type byte.
pub fn verification_code(
    profile_udf: &str,
    service_nonce: &[u8],
    device_udf: &str,
    client_nonce: &[u8],
) -> String {
    let mut ctx = digest::Context::new(&digest::SHA512);
    ctx.update(profile_udf.as_bytes());
    ctx.update(service_nonce);
    ctx.update(device_udf.as_bytes());
    ctx.update(client_nonce);
    crate::udf::present(ctx.finish().as_ref(), CODE_BITS)
}

/// A code as typed, for comparison: upper case, dashes and spaces removed.
pub fn normalize_code(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '-' && !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// True when `typed` (at least [`MIN_CODE_CHARS`] characters once
/// normalized) is a prefix of `code`.
pub fn code_matches(typed: &str, code: &str) -> bool {
    let typed = normalize_code(typed);
    typed.len() >= MIN_CODE_CHARS && normalize_code(code).starts_with(&typed)
}

/// A fresh one-time PIN: 80 random bits in base32, 4-character groups.
pub fn new_pin() -> String {
    let mut bytes = [0u8; PIN_BITS / 8];
    crate::crypto::fill_random(&mut bytes);
    crate::udf::present_all(&bytes)
}

/// A PIN as typed, canonical: upper case base32 without dashes; an error
/// names a character that cannot be part of a PIN.
pub fn normalize_pin(text: &str) -> Result<String, String> {
    let pin = normalize_code(text);
    if let Some(c) = pin
        .chars()
        .find(|c| !(c.is_ascii_uppercase() || ('2'..='7').contains(c)))
    {
        return Err(format!("{c:?} cannot be part of a connection PIN"));
    }
    if pin.len() < 8 {
        return Err("a connection PIN has at least 8 characters".into());
    }
    Ok(pin)
}

/// The PIN witness (PROTOCOL.md §10): HMAC-SHA-512 keyed with
/// HKDF-SHA-512(IKM = UTF8(PIN), no salt, info = "MeshConnectPin"), over
/// UTF8(account) || UTF8(device UDF) || ClientNonce. The PIN is taken in
/// canonical form (upper case, no dashes) and the account in lower case, so
/// both devices compute the same bytes whatever was typed.
pub fn pin_witness(pin: &str, account: &str, device_udf: &str, client_nonce: &[u8]) -> String {
    let key = pin_key(pin);
    b64u_encode(hmac::sign(&key, &witness_input(account, device_udf, client_nonce)).as_ref())
}

fn pin_key(pin: &str) -> hmac::Key {
    let pin = normalize_code(pin);
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA512, &[]).extract(pin.as_bytes());
    prk.expand(&[b"MeshConnectPin"], hmac::HMAC_SHA512)
        .expect("HKDF output length is valid")
        .into()
}

fn witness_input(account: &str, device_udf: &str, client_nonce: &[u8]) -> Vec<u8> {
    let mut input = account.to_ascii_lowercase().into_bytes();
    input.extend_from_slice(device_udf.as_bytes());
    input.extend_from_slice(client_nonce);
    input
}

/// True when `witness` proves knowledge of `pin` for this request (the MAC
/// is checked in constant time).
pub fn check_pin_witness(
    witness: &str,
    pin: &str,
    account: &str,
    device_udf: &str,
    client_nonce: &[u8],
) -> bool {
    let Ok(given) = b64u_decode(witness) else {
        return false;
    };
    hmac::verify(
        &pin_key(pin),
        &witness_input(account, device_udf, client_nonce),
        &given,
    )
    .is_ok()
}

/// `mmm:connect:<account>:<PIN>`.
pub fn format_uri(account: &str, pin: &str) -> String {
    format!("{URI_PREFIX}{account}:{pin}")
}

/// Splits `mmm:connect:<account>:<PIN>` into the account and the canonical PIN.
pub fn parse_uri(uri: &str) -> Result<(String, String), String> {
    let rest = uri
        .strip_prefix(URI_PREFIX)
        .ok_or_else(|| format!("{uri:?} is not a {URI_PREFIX}<account>:<PIN> URI"))?;
    let (account, pin) = rest
        .rsplit_once(':')
        .ok_or_else(|| format!("{uri:?} has no PIN after the account"))?;
    if !account.contains('@') {
        return Err(format!("{account:?} in the URI is not an account address"));
    }
    Ok((account.to_string(), normalize_pin(pin)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_140_bits_in_groups() {
        let code = verification_code("MABC", &[1; 16], "MDEF", &[2; 16]);
        assert_eq!(normalize_code(&code).len(), 28);
        assert_eq!(code.len(), 28 + 6);
        // Every input matters.
        assert_ne!(code, verification_code("MABD", &[1; 16], "MDEF", &[2; 16]));
        assert_ne!(code, verification_code("MABC", &[3; 16], "MDEF", &[2; 16]));
        assert_ne!(code, verification_code("MABC", &[1; 16], "MDEG", &[2; 16]));
        assert_ne!(code, verification_code("MABC", &[1; 16], "MDEF", &[4; 16]));
        let typed = code[..9].to_ascii_lowercase();
        assert!(code_matches(&typed, &code));
        assert!(!code_matches(&code[..6], &code));
        assert!(!code_matches("AAAA-AAAA", &code) || code.starts_with("AAAA-AAAA"));
    }

    #[test]
    fn pin_witness_binds_pin_account_device_and_nonce() {
        let pin = new_pin();
        assert_eq!(normalize_pin(&pin).unwrap().len(), 16);
        let w = pin_witness(&pin, "Alice@Example.com", "MDEV", &[7; 16]);
        assert!(check_pin_witness(
            &w,
            &pin.to_lowercase(),
            "alice@example.com",
            "MDEV",
            &[7; 16]
        ));
        assert!(!check_pin_witness(
            &w,
            &new_pin(),
            "alice@example.com",
            "MDEV",
            &[7; 16]
        ));
        assert!(!check_pin_witness(
            &w,
            &pin,
            "bob@example.com",
            "MDEV",
            &[7; 16]
        ));
        assert!(!check_pin_witness(
            &w,
            &pin,
            "alice@example.com",
            "MDEW",
            &[7; 16]
        ));
        assert!(!check_pin_witness(
            &w,
            &pin,
            "alice@example.com",
            "MDEV",
            &[8; 16]
        ));
        assert!(!check_pin_witness(
            "!!",
            &pin,
            "alice@example.com",
            "MDEV",
            &[7; 16]
        ));
    }

    #[test]
    fn uri_round_trip() {
        let pin = new_pin();
        let uri = format_uri("alice@example.com", &pin);
        let (account, parsed) = parse_uri(&uri).unwrap();
        assert_eq!(account, "alice@example.com");
        assert_eq!(parsed, normalize_pin(&pin).unwrap());
        assert!(parse_uri("mmm:other:a@b:ABCDEFGH").is_err());
        assert!(parse_uri("mmm:connect:alice:ABCDEFGH").is_err());
        assert!(parse_uri("mmm:connect:a@b:AB!D").is_err());
    }
}
