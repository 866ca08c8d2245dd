//! Cryptographic building blocks (PROTOCOL.md §4): Ed25519 signature and
//! authentication keys, X25519 encryption and escrow keys, RFC 7515 JWS and
//! RFC 7516 JWE in the general JSON serialization.

pub mod jwe;
pub mod jws;
pub mod keys;

pub use keys::{EncryptionKey, EncryptionPublicKey, Jwk, PublicKey, SigningKey, VerifyingKey};

use ring::rand::{SecureRandom, SystemRandom};

/// Fills `buf` from the operating system's secure random generator.
pub fn fill_random(buf: &mut [u8]) {
    SystemRandom::new()
        .fill(buf)
        .expect("the operating system's random generator failed");
}

/// A failure in a cryptographic operation, phrased for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CryptoError {
    /// A key, JWK, JWS or JWE that is not in the expected form.
    Malformed(String),
    /// A signature that does not verify.
    BadSignature(String),
    /// Decryption failed: wrong key, or the data was altered.
    DecryptFailed(String),
    /// No recipient of a JWE matches the key we hold.
    NotARecipient(String),
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CryptoError::Malformed(m) => write!(f, "malformed data: {m}"),
            CryptoError::BadSignature(m) => write!(f, "signature does not verify: {m}"),
            CryptoError::DecryptFailed(m) => write!(f, "decryption failed: {m}"),
            CryptoError::NotARecipient(m) => write!(f, "not encrypted to this key: {m}"),
        }
    }
}

impl std::error::Error for CryptoError {}
