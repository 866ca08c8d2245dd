//! Key pairs and their public forms (reference-10 §9.1.1, PROTOCOL.md §2, §4).
//!
//! Signature and authentication keys are Ed25519 (ring); encryption and
//! escrow keys are X25519 (x25519-dalek static secrets, which ring lacks).
//! Public keys travel as RFC 8037 JWKs; their fingerprint is the UDF of the
//! RFC 8410 SubjectPublicKeyInfo DER.

use serde::{Deserialize, Serialize};

use super::CryptoError;
use crate::secret::SecretBytes;

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
pub struct SigningKey {
    _todo: SecretBytes,
}

/// An Ed25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyingKey(pub [u8; 32]);

/// An X25519 private key.
pub struct EncryptionKey {
    _todo: SecretBytes,
}

/// An X25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncryptionPublicKey(pub [u8; 32]);

impl SigningKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        todo!()
    }
    /// The key whose RFC 8032 seed is `seed` (32 bytes).
    pub fn from_seed(seed: &[u8]) -> Result<Self, CryptoError> {
        let _ = seed;
        todo!()
    }
    /// The 32-byte seed.
    pub fn seed(&self) -> &SecretBytes {
        todo!()
    }
    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey {
        todo!()
    }
    /// An Ed25519 signature over `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let _ = message;
        todo!()
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        todo!()
    }
    /// Reads a private Ed25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let _ = jwk;
        todo!()
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.verifying_key().udf()
    }
}

impl VerifyingKey {
    /// Checks an Ed25519 signature.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        let _ = (message, signature);
        todo!()
    }
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        todo!()
    }
    /// UDF fingerprint (PROTOCOL.md §2: SHA-2-512, 140 bits, `application/pkix-keyinfo`).
    pub fn udf(&self) -> String {
        todo!()
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        todo!()
    }
    /// Reads a public (or private, ignoring `d`) Ed25519 JWK.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let _ = jwk;
        todo!()
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey { udf: self.udf(), public_parameters: self.to_jwk() }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let _ = key;
        todo!()
    }
}

impl EncryptionKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        todo!()
    }
    /// The key with the 32-byte X25519 scalar `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        let _ = bytes;
        todo!()
    }
    /// The 32-byte private scalar.
    pub fn secret_bytes(&self) -> &SecretBytes {
        todo!()
    }
    /// The public half.
    pub fn public_key(&self) -> EncryptionPublicKey {
        todo!()
    }
    /// The raw X25519 shared secret with `peer`; an all-zero result
    /// (a low-order peer key) is an error.
    pub fn diffie_hellman(&self, peer: &EncryptionPublicKey) -> Result<SecretBytes, CryptoError> {
        let _ = peer;
        todo!()
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        todo!()
    }
    /// Reads a private X25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let _ = jwk;
        todo!()
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.public_key().udf()
    }
}

impl EncryptionPublicKey {
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        todo!()
    }
    /// UDF fingerprint.
    pub fn udf(&self) -> String {
        todo!()
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        todo!()
    }
    /// Reads a public X25519 JWK.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let _ = jwk;
        todo!()
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey { udf: self.udf(), public_parameters: self.to_jwk() }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let _ = key;
        todo!()
    }
}
