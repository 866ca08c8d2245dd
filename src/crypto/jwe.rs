//! RFC 7516 JWE in the general JSON serialization (PROTOCOL.md §4, §8):
//! `enc` A256GCM; recipients use ECDH-ES+A256KW with an X25519 `epk`
//! (RFC 8037), or `dir` for a symmetric key (recovery records).

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::digest::{SHA256, digest};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::CryptoError;
use super::keys::{EncryptionKey, EncryptionPublicKey, Jwk};
use crate::encoding::{b64u_decode, b64u_encode};
use crate::secret::SecretBytes;

/// The key agreement with key wrapping used for public-key recipients.
const ALG_ECDH: &str = "ECDH-ES+A256KW";
/// Direct use of a shared symmetric key (recovery records, §8).
const ALG_DIR: &str = "dir";
/// The only content encryption meshman writes or reads.
const ENC: &str = "A256GCM";
/// A 256-bit key wrapped with RFC 3394: one more 64-bit semiblock.
const WRAPPED_LEN: usize = 40;
/// The GCM tag length.
const TAG_LEN: usize = 16;

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

/// RFC 7518 §4.6.2 Concat KDF (SHA-256, one round, 256-bit output) for
/// ECDH-ES+A256KW, with empty PartyUInfo and PartyVInfo (no apu/apv).
fn concat_kdf(z: &SecretBytes) -> Zeroizing<[u8; 32]> {
    let mut input = Zeroizing::new(Vec::with_capacity(4 + 32 + 4 + ALG_ECDH.len() + 12));
    input.extend_from_slice(&1u32.to_be_bytes());
    input.extend_from_slice(z.expose());
    input.extend_from_slice(&(ALG_ECDH.len() as u32).to_be_bytes());
    input.extend_from_slice(ALG_ECDH.as_bytes());
    input.extend_from_slice(&0u32.to_be_bytes());
    input.extend_from_slice(&0u32.to_be_bytes());
    input.extend_from_slice(&256u32.to_be_bytes());
    let mut kek = Zeroizing::new([0u8; 32]);
    kek.copy_from_slice(digest(&SHA256, &input).as_ref());
    kek
}

/// The protected header every meshman JWE carries.
fn protected_header() -> String {
    b64u_encode(format!(r#"{{"enc":"{ENC}"}}"#).as_bytes())
}

/// AES-256-GCM with `cek`: panics only if `cek` is not 32 bytes, which the
/// callers rule out.
fn gcm_key(cek: &[u8]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&AES_256_GCM, cek).expect("a 256-bit content key"))
}

/// Encrypts `plaintext` under `cek` with a fresh random IV; the AAD is the
/// ASCII of the b64u protected header (RFC 7516 §5.1 step 14).
fn seal_with(cek: &[u8], recipients: Vec<Recipient>, plaintext: &[u8]) -> Jwe {
    let protected = protected_header();
    let mut iv = [0u8; NONCE_LEN];
    super::fill_random(&mut iv);
    let mut buffer = plaintext.to_vec();
    let tag = gcm_key(cek)
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(iv),
            Aad::from(protected.as_bytes()),
            &mut buffer,
        )
        .expect("AES-GCM sealing fails only for absurdly long plaintexts");
    Jwe {
        protected,
        recipients,
        iv: b64u_encode(&iv),
        ciphertext: b64u_encode(&buffer),
        tag: b64u_encode(tag.as_ref()),
    }
}

/// Wraps `cek` for one recipient with a fresh ephemeral X25519 key.
fn wrap_for(cek: &SecretBytes, recipient: &EncryptionPublicKey) -> Result<Recipient, CryptoError> {
    let ephemeral = EncryptionKey::generate();
    let z = ephemeral.diffie_hellman(recipient)?;
    let kek = concat_kdf(&z);
    let mut wrapped = [0u8; WRAPPED_LEN];
    aes_kw::KekAes256::from(*kek)
        .wrap(cek.expose(), &mut wrapped)
        .expect("a 32-byte key is a whole number of semiblocks");
    Ok(Recipient {
        header: RecipientHeader {
            alg: ALG_ECDH.into(),
            kid: recipient.udf(),
            epk: Some(ephemeral.public_key().to_jwk()),
        },
        encrypted_key: Some(b64u_encode(&wrapped)),
    })
}

impl ContentKey {
    /// A fresh content key wrapped (ECDH-ES+A256KW) to each of `recipients`.
    ///
    /// # Panics
    /// If a recipient key is a low-order point. Keys read with
    /// [`EncryptionPublicKey::from_jwk`] never are; use [`ContentKey::try_new`]
    /// for keys built from raw bytes.
    pub fn new(recipients: &[&EncryptionPublicKey]) -> ContentKey {
        Self::try_new(recipients).expect("recipient keys are not low-order points")
    }
    /// A fresh content key wrapped to each of `recipients`; fails if a
    /// recipient key is a low-order point (the agreement would be all zero).
    pub fn try_new(recipients: &[&EncryptionPublicKey]) -> Result<ContentKey, CryptoError> {
        let key = SecretBytes::random(32);
        let recipients = recipients
            .iter()
            .map(|r| wrap_for(&key, r))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ContentKey { key, recipients })
    }
    /// Encrypts `plaintext` under this key with a fresh IV.
    pub fn seal(&self, plaintext: &[u8]) -> Jwe {
        seal_with(self.key.expose(), self.recipients.clone(), plaintext)
    }
}

impl Jwe {
    /// Encrypts `plaintext` to each of `recipients` with a fresh content key.
    pub fn encrypt(plaintext: &[u8], recipients: &[&EncryptionPublicKey]) -> Jwe {
        ContentKey::new(recipients).seal(plaintext)
    }
    /// Encrypts with a direct symmetric 256-bit key (`alg` "dir"), `kid` given.
    ///
    /// # Panics
    /// If `key` is not 32 bytes.
    pub fn encrypt_dir(plaintext: &[u8], key: &SecretBytes, kid: &str) -> Jwe {
        assert_eq!(key.len(), 32, "a dir key for A256GCM has 32 bytes");
        let recipient = Recipient {
            header: RecipientHeader {
                alg: ALG_DIR.into(),
                kid: kid.into(),
                epk: None,
            },
            encrypted_key: None,
        };
        seal_with(key.expose(), vec![recipient], plaintext)
    }
    /// Decrypts with the recipient entry whose kid is `key`'s UDF.
    pub fn decrypt(&self, key: &EncryptionKey) -> Result<SecretBytes, CryptoError> {
        let udf = key.udf();
        let recipient = self
            .recipients
            .iter()
            .find(|r| r.header.kid == udf)
            .ok_or_else(|| {
                CryptoError::NotARecipient(format!(
                    "the key {udf} is not among the recipients [{}]",
                    self.recipient_kids().join(", ")
                ))
            })?;
        if recipient.header.alg != ALG_ECDH {
            return Err(CryptoError::Malformed(format!(
                "the recipient {udf} uses alg \"{}\", expected \"{ALG_ECDH}\"",
                recipient.header.alg
            )));
        }
        let epk = recipient
            .header
            .epk
            .as_ref()
            .ok_or_else(|| CryptoError::Malformed(format!("the recipient {udf} has no epk")))?;
        let epk = EncryptionPublicKey::from_jwk(epk)
            .map_err(|e| CryptoError::DecryptFailed(format!("the recipient's epk: {e}")))?;
        let wrapped = decode(
            recipient.encrypted_key.as_deref().ok_or_else(|| {
                CryptoError::Malformed(format!("the recipient {udf} has no encrypted_key"))
            })?,
            "encrypted_key",
        )?;
        let z = key
            .diffie_hellman(&epk)
            .map_err(|e| CryptoError::DecryptFailed(e.to_string()))?;
        let kek = concat_kdf(&z);
        if wrapped.len() != WRAPPED_LEN {
            return Err(CryptoError::DecryptFailed(format!(
                "the encrypted_key has {} bytes, expected {WRAPPED_LEN} (a wrapped 256-bit key)",
                wrapped.len()
            )));
        }
        let mut cek = Zeroizing::new([0u8; 32]);
        aes_kw::KekAes256::from(*kek)
            .unwrap(&wrapped, cek.as_mut())
            .map_err(|_| {
                CryptoError::DecryptFailed("the content key does not unwrap with this key".into())
            })?;
        self.open(&SecretBytes::from_slice(cek.as_ref()))
    }
    /// Decrypts a `dir` JWE with the 256-bit `key`.
    pub fn decrypt_dir(&self, key: &SecretBytes) -> Result<SecretBytes, CryptoError> {
        if !self.recipients.iter().any(|r| r.header.alg == ALG_DIR) {
            return Err(CryptoError::NotARecipient(format!(
                "no recipient uses alg \"{ALG_DIR}\"; recipients are [{}]",
                self.recipient_kids().join(", ")
            )));
        }
        if key.len() != 32 {
            return Err(CryptoError::DecryptFailed(format!(
                "a dir key for A256GCM has 32 bytes, not {}",
                key.len()
            )));
        }
        self.open(key)
    }
    /// Checks the protected header and opens the ciphertext with `cek`.
    fn open(&self, cek: &SecretBytes) -> Result<SecretBytes, CryptoError> {
        let header: serde_json::Value =
            serde_json::from_slice(&decode(&self.protected, "protected header")?).map_err(|e| {
                CryptoError::Malformed(format!("the JWE protected header is not JSON: {e}"))
            })?;
        let header = header.as_object().ok_or_else(|| {
            CryptoError::Malformed("the JWE protected header is not a JSON object".into())
        })?;
        match header.get("enc").and_then(|e| e.as_str()) {
            Some(ENC) => {}
            other => {
                return Err(CryptoError::Malformed(format!(
                    "the JWE enc is {other:?}, meshman reads only {ENC}"
                )));
            }
        }
        if header.contains_key("zip") || header.contains_key("crit") {
            return Err(CryptoError::Malformed(
                "the JWE uses zip or crit, which meshman does not support".into(),
            ));
        }
        let iv = decode(&self.iv, "iv")?;
        let iv = <[u8; NONCE_LEN]>::try_from(iv.as_slice()).map_err(|_| {
            CryptoError::DecryptFailed(format!("the IV has {} bytes, expected 12", iv.len()))
        })?;
        let tag = decode(&self.tag, "tag")?;
        if tag.len() != TAG_LEN {
            return Err(CryptoError::DecryptFailed(format!(
                "the tag has {} bytes, expected 16",
                tag.len()
            )));
        }
        let mut buffer = decode(&self.ciphertext, "ciphertext")?;
        buffer.extend_from_slice(&tag);
        let plaintext_len = gcm_key(cek.expose())
            .open_in_place(
                Nonce::assume_unique_for_key(iv),
                Aad::from(self.protected.as_bytes()),
                &mut buffer,
            )
            .map_err(|_| {
                CryptoError::DecryptFailed("the content was altered or the key is wrong".into())
            })?
            .len();
        buffer.truncate(plaintext_len);
        Ok(SecretBytes::new(buffer))
    }
    /// The recipient key UDFs.
    pub fn recipient_kids(&self) -> Vec<&str> {
        self.recipients
            .iter()
            .map(|r| r.header.kid.as_str())
            .collect()
    }
}

/// Decodes a b64u member of a JWE, naming it in the error.
fn decode(value: &str, what: &str) -> Result<Vec<u8>, CryptoError> {
    b64u_decode(value).map_err(|e| CryptoError::Malformed(format!("the JWE {what}: {e}")))
}
