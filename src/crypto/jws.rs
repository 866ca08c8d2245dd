//! RFC 7515 JWS (PROTOCOL.md §4): the general JSON serialization for signed
//! objects, and the detached compact form for request authentication (§7).

use serde::{Deserialize, Serialize};

use super::CryptoError;
use super::keys::{SigningKey, VerifyingKey};
use crate::encoding::{b64u_decode, b64u_encode};

/// Decodes a b64u member of a JWS, naming it in the error.
fn decode(value: &str, what: &str) -> Result<Vec<u8>, CryptoError> {
    b64u_decode(value).map_err(|e| CryptoError::Malformed(format!("the JWS {what}: {e}")))
}

/// Decodes and parses a b64u protected header into a JSON object.
fn parse_protected(
    protected: &str,
) -> Result<serde_json::Map<String, serde_json::Value>, CryptoError> {
    let bytes = decode(protected, "protected header")?;
    match serde_json::from_slice(&bytes) {
        Ok(serde_json::Value::Object(map)) => Ok(map),
        Ok(_) => Err(CryptoError::Malformed(
            "the JWS protected header is not a JSON object".into(),
        )),
        Err(e) => Err(CryptoError::Malformed(format!(
            "the JWS protected header is not valid JSON: {e}"
        ))),
    }
}

/// Checks the protected header before any signature is tried: the algorithm
/// must be Ed25519 ("EdDSA" or RFC 9864's "Ed25519"; never "none"), `kid`
/// must name `key`, and no `crit` extension (such as `b64`) may be present,
/// since meshman understands none.
fn check_header(
    header: &serde_json::Map<String, serde_json::Value>,
    key: &VerifyingKey,
) -> Result<(), CryptoError> {
    check_kid(header, &key.udf())
}

/// [`check_header`] with the key's UDF already known, so it is not
/// recomputed (SPKI encoding, two SHA-512 and base32 per call).
fn check_kid(
    header: &serde_json::Map<String, serde_json::Value>,
    expected: &str,
) -> Result<(), CryptoError> {
    match header.get("alg").and_then(|a| a.as_str()) {
        Some("EdDSA" | "Ed25519") => {}
        Some(other) => {
            return Err(CryptoError::BadSignature(format!(
                "the algorithm \"{other}\" is not accepted, only EdDSA (Ed25519)"
            )));
        }
        None => return Err(CryptoError::Malformed("the JWS header has no alg".into())),
    }
    if header.contains_key("crit") || header.contains_key("b64") {
        return Err(CryptoError::Malformed(
            "the JWS header uses an extension (crit or b64) that meshman does not support".into(),
        ));
    }
    match header.get("kid").and_then(|k| k.as_str()) {
        Some(kid) if kid == expected => Ok(()),
        Some(kid) => Err(CryptoError::BadSignature(format!(
            "signed by key {kid}, but the expected signer is {expected}"
        ))),
        None => Err(CryptoError::Malformed("the JWS header has no kid".into())),
    }
}

/// Verifies `signature` (b64u) over the RFC 7515 signing input.
fn verify_input(
    protected: &str,
    payload_b64: &str,
    signature: &str,
    key: &VerifyingKey,
) -> Result<(), CryptoError> {
    let signature = decode(signature, "signature")?;
    let input = format!("{protected}.{payload_b64}");
    key.verify(input.as_bytes(), &signature)
}

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
        let header = JwsHeader {
            alg: "EdDSA".into(),
            kid: key.udf(),
            cty: Some(cty.into()),
        };
        let protected =
            b64u_encode(&serde_json::to_vec(&header).expect("a header always serializes"));
        let payload = b64u_encode(payload);
        let signature = b64u_encode(&key.sign(format!("{protected}.{payload}").as_bytes()));
        Jws {
            payload,
            signatures: vec![JwsSignature {
                protected,
                signature,
            }],
        }
    }
    /// The first signature, which is the one meshman reads.
    fn first(&self) -> Result<&JwsSignature, CryptoError> {
        self.signatures
            .first()
            .ok_or_else(|| CryptoError::Malformed("the JWS has no signature".into()))
    }
    /// The header of the first signature (not yet verified).
    pub fn header(&self) -> Result<JwsHeader, CryptoError> {
        let map = parse_protected(&self.first()?.protected)?;
        serde_json::from_value(serde_json::Value::Object(map))
            .map_err(|e| CryptoError::Malformed(format!("the JWS protected header: {e}")))
    }
    /// The payload bytes, without checking any signature.
    pub fn payload_unverified(&self) -> Result<Vec<u8>, CryptoError> {
        decode(&self.payload, "payload")
    }
    /// Verifies the first signature against `key` (alg must be EdDSA/Ed25519,
    /// kid must be the key's UDF) and returns the payload bytes.
    pub fn verify(&self, key: &VerifyingKey) -> Result<Vec<u8>, CryptoError> {
        let signature = self.first()?;
        check_header(&parse_protected(&signature.protected)?, key)?;
        let payload = self.payload_unverified()?;
        verify_input(
            &signature.protected,
            &self.payload,
            &signature.signature,
            key,
        )?;
        Ok(payload)
    }
}

/// Signs `body` as a detached compact JWS: `b64u(protected)..b64u(sig)`.
/// `header` is the full protected header object (must contain alg and kid).
///
/// RFC 7515 Appendix F: the signing input is the ordinary
/// `b64u(protected) "." b64u(body)`; only the payload is left out of the token.
pub fn sign_detached(body: &[u8], header: &serde_json::Value, key: &SigningKey) -> String {
    let protected = b64u_encode(&serde_json::to_vec(header).expect("a JSON value serializes"));
    let input = format!("{protected}.{}", b64u_encode(body));
    format!("{protected}..{}", b64u_encode(&key.sign(input.as_bytes())))
}

/// Splits a detached token into its protected header and signature parts.
fn split_detached(token: &str) -> Result<(&str, &str), CryptoError> {
    let mut parts = token.split('.');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(protected), Some(""), Some(signature), None) => Ok((protected, signature)),
        (Some(_), Some(_), Some(_), None) => Err(CryptoError::Malformed(
            "the detached JWS carries a payload; its middle part must be empty".into(),
        )),
        _ => Err(CryptoError::Malformed(
            "a detached JWS has the form <protected>..<signature>".into(),
        )),
    }
}

/// A detached compact JWS, split and its protected header parsed, not yet
/// verified: parse once, read the header, then verify with the key it names.
#[derive(Debug, Clone)]
pub struct Detached<'a> {
    protected: &'a str,
    signature: &'a str,
    header: serde_json::Map<String, serde_json::Value>,
}

impl<'a> Detached<'a> {
    /// Splits `token` and parses its protected header. Errors if the middle
    /// part is not empty.
    pub fn parse(token: &'a str) -> Result<Self, CryptoError> {
        let (protected, signature) = split_detached(token)?;
        let header = parse_protected(protected)?;
        Ok(Detached {
            protected,
            signature,
            header,
        })
    }

    /// The protected header (not yet verified).
    pub fn header(&self) -> &serde_json::Map<String, serde_json::Value> {
        &self.header
    }

    /// Verifies the signature over `body` with `key`, whose UDF the caller
    /// already knows (`key_udf`, e.g. the index it looked the key up by):
    /// the same checks as [`verify_detached`] (alg EdDSA/Ed25519, no `crit`
    /// or `b64`, kid equal to `key_udf`, the signature over
    /// `b64u(protected) "." b64u(body)`), without recomputing the UDF.
    /// `key_udf` must be `key.udf()`.
    pub fn verify(
        &self,
        body: &[u8],
        key: &VerifyingKey,
        key_udf: &str,
    ) -> Result<(), CryptoError> {
        debug_assert_eq!(key.udf(), key_udf);
        check_kid(&self.header, key_udf)?;
        verify_input(self.protected, &b64u_encode(body), self.signature, key)
    }
}

/// Splits a detached compact JWS and returns its protected header, without
/// verifying. Errors if the middle part is not empty.
pub fn detached_header(token: &str) -> Result<serde_json::Value, CryptoError> {
    Ok(serde_json::Value::Object(Detached::parse(token)?.header))
}

/// Verifies a detached compact JWS over `body` with `key`.
pub fn verify_detached(token: &str, body: &[u8], key: &VerifyingKey) -> Result<(), CryptoError> {
    Detached::parse(token)?.verify(body, key, &key.udf())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const PAYLOAD: &[u8] = br#"{"DeviceProfile":{"Names":["laptop"]}}"#;

    /// A JWS whose protected header is `header`, validly signed by `key`.
    fn signed_with_header(header: &serde_json::Value, key: &SigningKey) -> Jws {
        let protected = b64u_encode(header.to_string().as_bytes());
        let payload = b64u_encode(PAYLOAD);
        let signature = b64u_encode(&key.sign(format!("{protected}.{payload}").as_bytes()));
        Jws {
            payload,
            signatures: vec![JwsSignature {
                protected,
                signature,
            }],
        }
    }

    #[test]
    fn round_trip() {
        let key = SigningKey::generate();
        let jws = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        let header = jws.header().unwrap();
        assert_eq!(header.alg, "EdDSA");
        assert_eq!(header.kid, key.udf());
        assert_eq!(header.cty.as_deref(), Some("DeviceProfile"));
        assert_eq!(jws.payload_unverified().unwrap(), PAYLOAD);
        assert_eq!(jws.verify(&key.verifying_key()).unwrap(), PAYLOAD);
        // Survives the JSON round trip it makes on the wire.
        let wire: Jws = serde_json::from_str(&serde_json::to_string(&jws).unwrap()).unwrap();
        assert_eq!(wire.verify(&key.verifying_key()).unwrap(), PAYLOAD);
    }

    #[test]
    fn wrong_key_is_a_kid_mismatch_naming_both() {
        let key = SigningKey::generate();
        let other = SigningKey::generate();
        let jws = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        match jws.verify(&other.verifying_key()) {
            Err(CryptoError::BadSignature(m)) => {
                assert!(m.contains(&key.udf()) && m.contains(&other.udf()), "{m}");
            }
            other => panic!("expected a kid mismatch, got {other:?}"),
        }
    }

    #[test]
    fn right_kid_wrong_signer_fails() {
        // A header that claims the verifier's kid, signed by someone else.
        let key = SigningKey::generate();
        let forger = SigningKey::generate();
        let header = json!({"alg": "EdDSA", "kid": key.udf(), "cty": "DeviceProfile"});
        let jws = signed_with_header(&header, &forger);
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::BadSignature(_))
        ));
    }

    #[test]
    fn tampered_payload_fails() {
        let key = SigningKey::generate();
        let mut jws = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        jws.payload = b64u_encode(br#"{"DeviceProfile":{"Names":["evil"]}}"#);
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::BadSignature(_))
        ));
    }

    #[test]
    fn tampered_header_fails() {
        let key = SigningKey::generate();
        let mut jws = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        let header = json!({"alg": "EdDSA", "kid": key.udf(), "cty": "MasterProfile"});
        jws.signatures[0].protected = b64u_encode(header.to_string().as_bytes());
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::BadSignature(_))
        ));
    }

    #[test]
    fn tampered_signature_fails() {
        let key = SigningKey::generate();
        let mut jws = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        let mut signature = b64u_decode(&jws.signatures[0].signature).unwrap();
        signature[10] ^= 1;
        jws.signatures[0].signature = b64u_encode(&signature);
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::BadSignature(_))
        ));
    }

    #[test]
    fn alg_none_and_others_are_rejected() {
        let key = SigningKey::generate();
        for alg in ["none", "HS256", "ES256", "RS256", ""] {
            let mut jws = signed_with_header(&json!({"alg": alg, "kid": key.udf()}), &key);
            assert!(
                jws.verify(&key.verifying_key()).is_err(),
                "alg {alg} accepted"
            );
            // An unsigned token in the classic alg:none shape.
            jws.signatures[0].signature = String::new();
            assert!(
                jws.verify(&key.verifying_key()).is_err(),
                "alg {alg} accepted"
            );
        }
        let jws = signed_with_header(&json!({"kid": key.udf()}), &key);
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::Malformed(_))
        ));
    }

    #[test]
    fn ed25519_alg_name_is_accepted() {
        let key = SigningKey::generate();
        let jws = signed_with_header(&json!({"alg": "Ed25519", "kid": key.udf()}), &key);
        assert_eq!(jws.verify(&key.verifying_key()).unwrap(), PAYLOAD);
    }

    #[test]
    fn critical_extensions_are_rejected() {
        let key = SigningKey::generate();
        let header = json!({"alg": "EdDSA", "kid": key.udf(), "b64": false, "crit": ["b64"]});
        let jws = signed_with_header(&header, &key);
        assert!(matches!(
            jws.verify(&key.verifying_key()),
            Err(CryptoError::Malformed(_))
        ));
    }

    #[test]
    fn malformed_parts_are_rejected() {
        let key = SigningKey::generate();
        let good = Jws::sign(PAYLOAD, "DeviceProfile", &key);
        let verify = |jws: &Jws| jws.verify(&key.verifying_key());

        let mut jws = good.clone();
        jws.signatures[0].protected = "not base64!".into();
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));
        assert!(matches!(jws.header(), Err(CryptoError::Malformed(_))));

        let mut jws = good.clone();
        jws.signatures[0].protected = b64u_encode(b"{not json");
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));

        let mut jws = good.clone();
        jws.signatures[0].protected = b64u_encode(b"[1,2]");
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));

        let mut jws = good.clone();
        jws.payload.push('*');
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));
        assert!(matches!(
            jws.payload_unverified(),
            Err(CryptoError::Malformed(_))
        ));

        let mut jws = good.clone();
        jws.signatures[0].signature.push('=');
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));

        let mut jws = good;
        jws.signatures.clear();
        assert!(matches!(verify(&jws), Err(CryptoError::Malformed(_))));
        assert!(matches!(jws.header(), Err(CryptoError::Malformed(_))));
    }

    fn request_header(key: &SigningKey) -> serde_json::Value {
        json!({
            "alg": "EdDSA",
            "kid": key.udf(),
            "acct": "alice@example.com",
            "iat": 1_700_000_000u64,
            "nonce": b64u_encode(&[7u8; 16]),
        })
    }

    #[test]
    fn detached_round_trip() {
        let key = SigningKey::generate();
        let body = br#"{"StatusRequest":{}}"#;
        let header = request_header(&key);
        let token = sign_detached(body, &header, &key);
        let parts: Vec<&str> = token.split('.').collect();
        assert_eq!(parts.len(), 3);
        assert!(parts[1].is_empty());
        assert_eq!(detached_header(&token).unwrap(), header);
        verify_detached(&token, body, &key.verifying_key()).unwrap();
        // RFC 7515 Appendix F: re-attaching the payload gives an ordinary compact JWS.
        let attached = format!("{}.{}.{}", parts[0], b64u_encode(body), parts[2]);
        let input = attached.rsplit_once('.').unwrap().0;
        key.verifying_key()
            .verify(input.as_bytes(), &b64u_decode(parts[2]).unwrap())
            .unwrap();
    }

    #[test]
    fn detached_parse_once_then_verify_with_known_udf() {
        let key = SigningKey::generate();
        let vk = key.verifying_key();
        let body = br#"{"StatusRequest":{}}"#;
        let header = request_header(&key);
        let token = sign_detached(body, &header, &key);
        let parsed = Detached::parse(&token).unwrap();
        assert_eq!(serde_json::Value::Object(parsed.header().clone()), header);
        parsed.verify(body, &vk, &key.udf()).unwrap();
        assert!(matches!(
            parsed.verify(b"{}", &vk, &key.udf()),
            Err(CryptoError::BadSignature(_))
        ));
        // Another key (with its own UDF) is a kid mismatch.
        let other = SigningKey::generate();
        assert!(matches!(
            parsed.verify(body, &other.verifying_key(), &other.udf()),
            Err(CryptoError::BadSignature(_))
        ));
        // alg is still checked.
        let mut header = request_header(&key);
        header["alg"] = json!("HS256");
        let token = sign_detached(body, &header, &key);
        assert!(
            Detached::parse(&token)
                .unwrap()
                .verify(body, &vk, &key.udf())
                .is_err()
        );
    }

    #[test]
    fn detached_rejects_tampering() {
        let key = SigningKey::generate();
        let body = br#"{"StatusRequest":{}}"#;
        let token = sign_detached(body, &request_header(&key), &key);
        let vk = key.verifying_key();
        assert!(matches!(
            verify_detached(&token, br#"{"StatusRequest":{ }}"#, &vk),
            Err(CryptoError::BadSignature(_))
        ));
        assert!(verify_detached(&token, body, &SigningKey::generate().verifying_key()).is_err());

        let (_, signature) = token.split_once("..").unwrap();
        let mut header = request_header(&key);
        header["acct"] = json!("mallory@example.com");
        let forged = format!(
            "{}..{signature}",
            b64u_encode(header.to_string().as_bytes())
        );
        assert!(matches!(
            verify_detached(&forged, body, &vk),
            Err(CryptoError::BadSignature(_))
        ));

        let mut header = request_header(&key);
        header["alg"] = json!("none");
        let none = format!("{}..", b64u_encode(header.to_string().as_bytes()));
        assert!(verify_detached(&none, body, &vk).is_err());
    }

    #[test]
    fn detached_rejects_malformed_tokens() {
        let key = SigningKey::generate();
        let body = b"body";
        let token = sign_detached(body, &request_header(&key), &key);
        let (protected, signature) = token.split_once("..").unwrap();
        let vk = key.verifying_key();
        let attached = format!("{protected}.{}.{signature}", b64u_encode(body));
        for bad in [
            attached.as_str(),
            "",
            "abc",
            "a.b",
            "a..b..c",
            &format!("{protected}..{signature}."),
            &format!("!!..{signature}"),
        ] {
            assert!(
                matches!(
                    verify_detached(bad, body, &vk),
                    Err(CryptoError::Malformed(_))
                ),
                "accepted {bad:?}"
            );
            assert!(detached_header(bad).is_err(), "parsed {bad:?}");
        }
    }
}
