//! RFC 7516 JWE in the general JSON serialization (PROTOCOL.md §4, §8):
//! `enc` A256GCM; recipients use ECDH-ES+A256KW with an X25519 `epk`
//! (RFC 8037), or `dir` for a symmetric key (recovery records).

use serde::{Deserialize, Serialize};

use super::CryptoError;
use super::keys::{EncryptionKey, EncryptionPublicKey, Jwk};
use crate::secret::SecretBytes;

/// Per-recipient unprotected header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientHeader {
    /// "ECDH-ES+A256KW" or "dir".
    pub alg: String,
    /// UDF of the recipient key.
    pub kid: String,
    /// The ephemeral public key for ECDH-ES.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub epk: Option<Jwk>,
}

/// One recipient of a JWE.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recipient {
    /// Unprotected per-recipient header.
    pub header: RecipientHeader,
    /// b64u of the wrapped content key (absent for `dir`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypted_key: Option<String>,
}

/// A JWE in the general JSON serialization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwe {
    /// b64u of the protected header, `{"enc":"A256GCM"}` (plus `cty` when given).
    pub protected: String,
    /// The recipients.
    pub recipients: Vec<Recipient>,
    /// b64u of the 96-bit IV.
    pub iv: String,
    /// b64u of the ciphertext.
    pub ciphertext: String,
    /// b64u of the 128-bit GCM tag.
    pub tag: String,
}

/// A 256-bit content encryption key, reusable across many JWEs of one upload.
pub struct ContentKey {
    /// The key bytes.
    pub key: SecretBytes,
    /// Recipients with the key wrapped for each (computed once).
    pub recipients: Vec<Recipient>,
}

impl ContentKey {
    /// A fresh content key wrapped (ECDH-ES+A256KW) to each of `recipients`.
    pub fn new(recipients: &[&EncryptionPublicKey]) -> ContentKey {
        let _ = recipients;
        todo!()
    }
    /// Encrypts `plaintext` under this key with a fresh IV.
    pub fn seal(&self, plaintext: &[u8]) -> Jwe {
        let _ = plaintext;
        todo!()
    }
}

impl Jwe {
    /// Encrypts `plaintext` to each of `recipients` with a fresh content key.
    pub fn encrypt(plaintext: &[u8], recipients: &[&EncryptionPublicKey]) -> Jwe {
        ContentKey::new(recipients).seal(plaintext)
    }
    /// Encrypts with a direct symmetric 256-bit key (`alg` "dir"), `kid` given.
    pub fn encrypt_dir(plaintext: &[u8], key: &SecretBytes, kid: &str) -> Jwe {
        let _ = (plaintext, key, kid);
        todo!()
    }
    /// Decrypts with the recipient entry whose kid is `key`'s UDF.
    pub fn decrypt(&self, key: &EncryptionKey) -> Result<SecretBytes, CryptoError> {
        let _ = key;
        todo!()
    }
    /// Decrypts a `dir` JWE with the 256-bit `key`.
    pub fn decrypt_dir(&self, key: &SecretBytes) -> Result<SecretBytes, CryptoError> {
        let _ = key;
        todo!()
    }
    /// The recipient key UDFs.
    pub fn recipient_kids(&self) -> Vec<&str> {
        self.recipients.iter().map(|r| r.header.kid.as_str()).collect()
    }
}
