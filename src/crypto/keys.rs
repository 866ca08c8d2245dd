//! Key pairs and their public forms (reference-10 §9.1.1, PROTOCOL.md §2, §4).
//!
//! Signature and authentication keys are Ed25519 (ring); encryption and
//! escrow keys are X25519 (x25519-dalek static secrets, which ring lacks).
//! Public keys travel as RFC 8037 JWKs; their fingerprint is the UDF of the
//! RFC 8410 SubjectPublicKeyInfo DER.

use ring::signature::{ED25519, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use x25519_dalek::StaticSecret;

use super::CryptoError;
use crate::encoding::{b64u_decode, b64u_encode};
use crate::secret::SecretBytes;

/// RFC 8410 SubjectPublicKeyInfo prefix for an Ed25519 key (OID 1.3.101.112).
const ED25519_SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];
/// RFC 8410 SubjectPublicKeyInfo prefix for an X25519 key (OID 1.3.101.110).
const X25519_SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00,
];

/// An RFC 8037 OKP JSON Web Key. `d` is present only in private JWKs, which
/// exist only inside encrypted containers (keystore, recovery record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    /// Always "OKP".
    pub kty: String,
    /// "Ed25519" or "X25519".
    pub crv: String,
    /// The public key, b64u.
    pub x: String,
    /// The private key (Ed25519 seed or X25519 scalar), b64u.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
}

/// The draft's PublicKey (§9.1.1): the key fingerprint and its JWK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PublicKey {
    /// UDF fingerprint of the key (PROTOCOL.md §2).
    #[serde(rename = "UDF")]
    pub udf: String,
    /// The public JWK.
    pub public_parameters: Jwk,
}

/// An Ed25519 private key.
///
/// Only the seed is held (zeroized on drop); ring's key pair, which does not
/// zeroize itself, is rebuilt for each signature and dropped at once.
pub struct SigningKey {
    seed: SecretBytes,
    public: [u8; 32],
}

/// An Ed25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyingKey(pub [u8; 32]);

/// An X25519 private key.
///
/// Only the scalar is held (zeroized on drop); x25519-dalek's `StaticSecret`
/// (itself zeroizing) is rebuilt for each agreement.
pub struct EncryptionKey {
    secret: SecretBytes,
    public: [u8; 32],
}

/// An X25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncryptionPublicKey(pub [u8; 32]);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.udf())
    }
}

impl std::fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EncryptionKey({})", self.udf())
    }
}

/// Decodes a b64u JWK member that must hold exactly 32 bytes.
fn decode_32(value: &str, what: &str) -> Result<[u8; 32], CryptoError> {
    let bytes = b64u_decode(value)
        .map_err(|e| CryptoError::Malformed(format!("the JWK member {what}: {e}")))?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| {
        CryptoError::Malformed(format!(
            "the JWK member {what} has {} bytes, expected 32",
            bytes.len()
        ))
    })
}

/// Checks `kty` and `crv` of a JWK.
fn check_curve(jwk: &Jwk, crv: &str) -> Result<(), CryptoError> {
    if jwk.kty != "OKP" {
        return Err(CryptoError::Malformed(format!(
            "the JWK has kty \"{}\", expected \"OKP\"",
            jwk.kty
        )));
    }
    if jwk.crv != crv {
        return Err(CryptoError::Malformed(format!(
            "the JWK has crv \"{}\", expected \"{crv}\"",
            jwk.crv
        )));
    }
    Ok(())
}

/// The private member `d` of a JWK, which must be present.
fn private_d(jwk: &Jwk) -> Result<SecretBytes, CryptoError> {
    let d = jwk
        .d
        .as_deref()
        .ok_or_else(|| CryptoError::Malformed("the JWK has no private member d".into()))?;
    let bytes = SecretBytes::new(
        b64u_decode(d).map_err(|e| CryptoError::Malformed(format!("the JWK member d: {e}")))?,
    );
    if bytes.len() != 32 {
        return Err(CryptoError::Malformed(format!(
            "the JWK member d has {} bytes, expected 32",
            bytes.len()
        )));
    }
    Ok(bytes)
}

/// Checks that a PublicKey's UDF is the fingerprint computed from its JWK.
fn check_udf(claimed: &str, computed: String) -> Result<(), CryptoError> {
    if claimed == computed {
        Ok(())
    } else {
        Err(CryptoError::Malformed(format!(
            "the key's UDF is {claimed} but its parameters have fingerprint {computed}"
        )))
    }
}

/// RFC 8410 SubjectPublicKeyInfo: the fixed prefix then the raw key.
fn spki(prefix: &[u8; 12], key: &[u8; 32]) -> Vec<u8> {
    let mut der = Vec::with_capacity(44);
    der.extend_from_slice(prefix);
    der.extend_from_slice(key);
    der
}

impl SigningKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self::from_seed(SecretBytes::random(32).expose()).expect("32 random bytes are a seed")
    }
    /// The key whose RFC 8032 seed is `seed` (32 bytes).
    pub fn from_seed(seed: &[u8]) -> Result<Self, CryptoError> {
        if seed.len() != 32 {
            return Err(CryptoError::Malformed(format!(
                "an Ed25519 seed has 32 bytes, not {}",
                seed.len()
            )));
        }
        let seed = SecretBytes::from_slice(seed);
        let public = Self::key_pair(&seed)
            .public_key()
            .as_ref()
            .try_into()
            .expect("32 bytes");
        Ok(SigningKey { seed, public })
    }
    /// ring's key pair for `seed`; built per use because it does not zeroize.
    fn key_pair(seed: &SecretBytes) -> Ed25519KeyPair {
        Ed25519KeyPair::from_seed_unchecked(seed.expose())
            .expect("a 32-byte seed is always accepted")
    }
    /// The 32-byte seed.
    pub fn seed(&self) -> &SecretBytes {
        &self.seed
    }
    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey {
        VerifyingKey(self.public)
    }
    /// An Ed25519 signature over `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        Self::key_pair(&self.seed)
            .sign(message)
            .as_ref()
            .try_into()
            .expect("an Ed25519 signature has 64 bytes")
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        Jwk {
            d: Some(b64u_encode(self.seed.expose())),
            ..self.verifying_key().to_jwk()
        }
    }
    /// Reads a private Ed25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let public = VerifyingKey::from_jwk(jwk)?;
        let key = Self::from_seed(private_d(jwk)?.expose())?;
        if key.public != public.0 {
            return Err(CryptoError::Malformed(
                "the private Ed25519 JWK's x is not the public key of its d".into(),
            ));
        }
        Ok(key)
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.verifying_key().udf()
    }
}

impl VerifyingKey {
    /// Checks an Ed25519 signature.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .map_err(|_| {
                CryptoError::BadSignature(format!("the signature by {} is invalid", self.udf()))
            })
    }
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        spki(&ED25519_SPKI_PREFIX, &self.0)
    }
    /// UDF fingerprint (PROTOCOL.md §2: SHA-2-512, 140 bits, `application/pkix-keyinfo`).
    pub fn udf(&self) -> String {
        crate::udf::key_fingerprint(&self.spki_der())
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        Jwk {
            kty: "OKP".into(),
            crv: "Ed25519".into(),
            x: b64u_encode(&self.0),
            d: None,
        }
    }
    /// Reads a public (or private, ignoring `d`) Ed25519 JWK.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "Ed25519")?;
        Ok(VerifyingKey(decode_32(&jwk.x, "x")?))
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey {
            udf: self.udf(),
            public_parameters: self.to_jwk(),
        }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let public = Self::from_jwk(&key.public_parameters)?;
        check_udf(&key.udf, public.udf())?;
        Ok(public)
    }
}

impl EncryptionKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self::from_bytes(SecretBytes::random(32).expose()).expect("32 random bytes are a scalar")
    }
    /// The key with the 32-byte X25519 scalar `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        let secret = SecretBytes::from_slice(bytes);
        let static_secret = Self::static_secret(&secret).ok_or_else(|| {
            CryptoError::Malformed(format!(
                "an X25519 private key has 32 bytes, not {}",
                bytes.len()
            ))
        })?;
        let public = x25519_dalek::PublicKey::from(&static_secret).to_bytes();
        Ok(EncryptionKey { secret, public })
    }
    /// dalek's zeroizing secret for the held scalar (None if not 32 bytes).
    fn static_secret(secret: &SecretBytes) -> Option<StaticSecret> {
        let mut scalar = zeroize::Zeroizing::new([0u8; 32]);
        if secret.len() != 32 {
            return None;
        }
        scalar.copy_from_slice(secret.expose());
        Some(StaticSecret::from(*scalar))
    }
    /// The 32-byte private scalar.
    pub fn secret_bytes(&self) -> &SecretBytes {
        &self.secret
    }
    /// The public half.
    pub fn public_key(&self) -> EncryptionPublicKey {
        EncryptionPublicKey(self.public)
    }
    /// The raw X25519 shared secret with `peer`; an all-zero result
    /// (a low-order peer key) is an error.
    pub fn diffie_hellman(&self, peer: &EncryptionPublicKey) -> Result<SecretBytes, CryptoError> {
        let secret = Self::static_secret(&self.secret).expect("held scalars have 32 bytes");
        let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(peer.0));
        if !shared.was_contributory() {
            return Err(CryptoError::Malformed(
                "the X25519 peer key is a low-order point".into(),
            ));
        }
        Ok(SecretBytes::from_slice(shared.as_bytes()))
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        Jwk {
            d: Some(b64u_encode(self.secret.expose())),
            ..self.public_key().to_jwk()
        }
    }
    /// Reads a private X25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "X25519")?;
        let public = decode_32(&jwk.x, "x")?;
        let key = Self::from_bytes(private_d(jwk)?.expose())?;
        if key.public != public {
            return Err(CryptoError::Malformed(
                "the private X25519 JWK's x is not the public key of its d".into(),
            ));
        }
        Ok(key)
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.public_key().udf()
    }
}

impl EncryptionPublicKey {
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        spki(&X25519_SPKI_PREFIX, &self.0)
    }
    /// UDF fingerprint.
    pub fn udf(&self) -> String {
        crate::udf::key_fingerprint(&self.spki_der())
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        Jwk {
            kty: "OKP".into(),
            crv: "X25519".into(),
            x: b64u_encode(&self.0),
            d: None,
        }
    }
    /// Reads a public X25519 JWK; a low-order point (which would give an
    /// all-zero shared secret) is rejected.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "X25519")?;
        let key = EncryptionPublicKey(decode_32(&jwk.x, "x")?);
        if key.is_low_order() {
            return Err(CryptoError::Malformed(
                "the X25519 public key is a low-order point".into(),
            ));
        }
        Ok(key)
    }
    /// True if the point lies in the small subgroup: then every clamped
    /// scalar (a multiple of the cofactor 8) maps it to zero, so one
    /// agreement with a fixed scalar decides it.
    pub fn is_low_order(&self) -> bool {
        let probe = StaticSecret::from([1u8; 32]);
        !probe
            .diffie_hellman(&x25519_dalek::PublicKey::from(self.0))
            .was_contributory()
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey {
            udf: self.udf(),
            public_parameters: self.to_jwk(),
        }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let public = Self::from_jwk(&key.public_parameters)?;
        check_udf(&key.udf, public.udf())?;
        Ok(public)
    }
}
