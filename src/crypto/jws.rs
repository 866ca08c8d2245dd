//! RFC 7515 JWS (PROTOCOL.md §4): the general JSON serialization for signed
//! objects, and the detached compact form for request authentication (§7).

use serde::{Deserialize, Serialize};

use super::CryptoError;
use super::keys::{SigningKey, VerifyingKey};

/// One signature of a general-serialization JWS.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JwsSignature {
    /// b64u of the protected header JSON.
    pub protected: String,
    /// b64u of the signature.
    pub signature: String,
}

/// A JWS in the general JSON serialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jws {
    /// b64u of the payload.
    pub payload: String,
    /// The signatures; meshman writes exactly one.
    pub signatures: Vec<JwsSignature>,
}

/// The protected header of a signed object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JwsHeader {
    /// "EdDSA" (also accepted: "Ed25519", RFC 9864).
    pub alg: String,
    /// UDF of the signing key.
    pub kid: String,
    /// Type name of the payload's tagged object, e.g. "DeviceProfile".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cty: Option<String>,
}

impl Jws {
    /// Signs `payload` with `key`; header `{"alg":"EdDSA","kid":<udf>,"cty":cty}`.
    pub fn sign(payload: &[u8], cty: &str, key: &SigningKey) -> Jws {
        let _ = (payload, cty, key);
        todo!()
    }
    /// The header of the first signature (not yet verified).
    pub fn header(&self) -> Result<JwsHeader, CryptoError> {
        todo!()
    }
    /// The payload bytes, without checking any signature.
    pub fn payload_unverified(&self) -> Result<Vec<u8>, CryptoError> {
        todo!()
    }
    /// Verifies the first signature against `key` (alg must be EdDSA/Ed25519,
    /// kid must be the key's UDF) and returns the payload bytes.
    pub fn verify(&self, key: &VerifyingKey) -> Result<Vec<u8>, CryptoError> {
        let _ = key;
        todo!()
    }
}

/// Signs `body` as a detached compact JWS: `b64u(protected)..b64u(sig)`.
/// `header` is the full protected header object (must contain alg and kid).
pub fn sign_detached(body: &[u8], header: &serde_json::Value, key: &SigningKey) -> String {
    let _ = (body, header, key);
    todo!()
}

/// Splits a detached compact JWS and returns its protected header, without
/// verifying. Errors if the middle part is not empty.
pub fn detached_header(token: &str) -> Result<serde_json::Value, CryptoError> {
    let _ = token;
    todo!()
}

/// Verifies a detached compact JWS over `body` with `key`.
pub fn verify_detached(token: &str, body: &[u8], key: &VerifyingKey) -> Result<(), CryptoError> {
    let _ = (token, body, key);
    todo!()
}
