//! End-to-end encrypted catalogs (reference-10 §5–§6, PROTOCOL.md §9): the
//! entries a user keeps (credentials, contacts, tasks, bookmarks, SSH keys,
//! mail accounts), how each is sealed for the portal, and how a device opens
//! what it downloads.
//!
//! An entry travels as an envelope: a JWS by the writing device's signature
//! key over a JWE to the catalog's encryption key. The JWE plaintext is the
//! tagged entry (`{"CatalogedCredential": {...}}`); a deletion is sealed the
//! same way (`{"CatalogedDeletion": {"UniqueID": ...}}`) so that a portal
//! cannot forge one. The frame's UniqueID is the keyed authenticator (§2) of
//! the entry's natural key under the catalog's index key, so two devices
//! adding the same site collide while the portal learns nothing; a reader
//! recomputes it from the decrypted entry, so a portal cannot move an
//! envelope to another UniqueID either.
//!
//! Storage on the device is [`store::LocalStore`]; the exchange with the
//! portal is [`sync`].

use std::collections::HashMap;

use crate::crypto::jwe::{ContentKey, Jwe};
use crate::crypto::jws::Jws;
use crate::crypto::{CryptoError, EncryptionKey, EncryptionPublicKey, SigningKey, VerifyingKey};
use crate::encoding::b64u_decode;
use crate::profile::{ApplicationProfilePrivate, Tagged, VerifiedProfile};
use crate::secret::SecretBytes;

pub mod csv;
pub mod entry;
pub mod store;
pub mod sync;

pub use entry::Entry;

/// Content type of the keyed authenticator that makes a UniqueID.
pub const UNIQUE_ID_CONTENT_TYPE: &str = "application/mmm-catalog-entry";
/// JWS `cty` of an envelope: its payload is a JWE (the draft's EncryptedData).
pub const ENVELOPE_CTY: &str = "EncryptedData";
/// Precision of a UniqueID, in bits (type byte included).
pub const UNIQUE_ID_BITS: usize = 140;

/// A catalog failure, phrased for the user.
#[derive(Debug)]
pub enum CatalogError {
    /// The profile has no such catalog, or this device cannot open its key.
    NoKey(String),
    /// An envelope is not well formed or does not decrypt.
    Malformed(String),
    /// An envelope's signature is not by a device of the profile, or does not verify.
    Forged(String),
    /// The local store failed.
    Store(rusqlite::Error),
    /// The exchange with the portal failed.
    Portal(crate::client::ClientError),
}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CatalogError::NoKey(m) | CatalogError::Malformed(m) | CatalogError::Forged(m) => {
                f.write_str(m)
            }
            CatalogError::Store(e) => write!(f, "the local catalog store failed: {e}"),
            CatalogError::Portal(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for CatalogError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CatalogError::Store(e) => Some(e),
            CatalogError::Portal(e) => Some(e),
            _ => None,
        }
    }
}

impl From<rusqlite::Error> for CatalogError {
    fn from(e: rusqlite::Error) -> Self {
        CatalogError::Store(e)
    }
}

impl From<crate::client::ClientError> for CatalogError {
    fn from(e: crate::client::ClientError) -> Self {
        CatalogError::Portal(e)
    }
}

/// Result of catalog operations.
pub type Result<T> = std::result::Result<T, CatalogError>;

/// The index key as the UDF text that keys the authenticator (PROTOCOL.md §2):
/// type byte 32 (the UDF type of a secret key) followed by the 16 key bytes,
/// every byte shown (meshman's choice; the draft leaves it open).
pub fn index_key_udf(index_key: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(1 + index_key.len());
    bytes.push(crate::udf::type_byte::ENCRYPTION_KEY);
    bytes.extend_from_slice(index_key);
    crate::udf::present_all(&bytes)
}

/// The keys of one catalog held by this device: the current encryption key
/// (from the personal profile), earlier ones (from the device's key ring, to
/// read entries not yet re-encrypted), and the index key.
pub struct CatalogKeys {
    /// The catalog name.
    pub catalog: String,
    /// The current private encryption key.
    pub current: EncryptionKey,
    /// Its public half, which new entries are encrypted to.
    pub current_public: EncryptionPublicKey,
    /// Earlier private keys of the catalog.
    pub previous: Vec<EncryptionKey>,
    /// The index key as UDF text (secret: it keys the UniqueIDs).
    index_udf: SecretBytes,
}

impl CatalogKeys {
    /// Opens the catalog's application profile in `verified` with this
    /// device's encryption key (or the master escrow key).
    pub fn open(
        verified: &VerifiedProfile,
        catalog: &str,
        opener: &EncryptionKey,
        previous: Vec<EncryptionKey>,
    ) -> Result<CatalogKeys> {
        let (_, application) = verified
            .applications
            .iter()
            .find(|(entry, _)| entry.kind == catalog)
            .ok_or_else(|| CatalogError::NoKey(format!("the profile has no {catalog} catalog")))?;
        let plaintext = application.key_envelope.decrypt(opener).map_err(|e| {
            CatalogError::NoKey(format!(
                "this device cannot open the {catalog} catalog key: {e}"
            ))
        })?;
        let mut value: serde_json::Value = serde_json::from_slice(plaintext.expose())
            .map_err(|e| CatalogError::Malformed(format!("the {catalog} catalog key: {e}")))?;
        let inner = value
            .get_mut(ApplicationProfilePrivate::TAG)
            .map(serde_json::Value::take)
            .ok_or_else(|| CatalogError::Malformed(format!("the {catalog} catalog key")))?;
        let private: ApplicationProfilePrivate = serde_json::from_value(inner)
            .map_err(|e| CatalogError::Malformed(format!("the {catalog} catalog key: {e}")))?;
        let current = EncryptionKey::from_private_jwk(&private.encryption_key)
            .map_err(|e| CatalogError::Malformed(format!("the {catalog} catalog key: {e}")))?;
        let index_key = b64u_decode(&private.index_key)
            .map_err(|e| CatalogError::Malformed(format!("the {catalog} index key: {e}")))?;
        let current_public = current.public_key();
        if current_public.udf() != application.encryption_key.udf {
            return Err(CatalogError::Malformed(format!(
                "the {catalog} catalog's private key does not match its application profile"
            )));
        }
        let previous = previous
            .into_iter()
            .filter(|k| k.udf() != current_public.udf())
            .collect();
        Ok(CatalogKeys {
            catalog: catalog.to_string(),
            current,
            current_public,
            previous,
            index_udf: SecretBytes::new(index_key_udf(&index_key).into_bytes()),
        })
    }

    /// The UDF of the current encryption key: the kid of new envelopes' recipient.
    pub fn current_udf(&self) -> String {
        self.current_public.udf()
    }

    /// The UniqueID of an entry with this natural key.
    pub fn unique_id(&self, natural_key: &str) -> String {
        let key = std::str::from_utf8(self.index_udf.expose()).expect("UDF text is ASCII");
        let data = format!("{}:{natural_key}", self.catalog);
        crate::udf::authenticator(key, data.as_bytes(), UNIQUE_ID_CONTENT_TYPE, UNIQUE_ID_BITS)
            .expect("140 bits is a valid precision")
    }

    fn key_for(&self, kid: &str) -> Option<&EncryptionKey> {
        std::iter::once(&self.current)
            .chain(self.previous.iter())
            .find(|k| k.udf() == kid)
    }
}

/// Seals entries of one catalog: one content key (one key agreement) for
/// everything sealed by this sealer, as the draft allows (§5.1).
pub struct Sealer<'a> {
    content_key: ContentKey,
    signer: &'a SigningKey,
}

impl<'a> Sealer<'a> {
    /// A sealer encrypting to `keys`' current key and signing with `signer`
    /// (the device signature key).
    pub fn new(keys: &CatalogKeys, signer: &'a SigningKey) -> Sealer<'a> {
        Sealer {
            content_key: ContentKey::new(&[&keys.current_public]),
            signer,
        }
    }

    /// The envelope of `entry`.
    pub fn seal(&self, entry: &Entry) -> Jws {
        let plaintext = SecretBytes::new(serde_json::to_vec(entry).expect("entries serialize"));
        let jwe = self.content_key.seal(plaintext.expose());
        let payload = serde_json::to_vec(&jwe).expect("a JWE serializes");
        Jws::sign(&payload, ENVELOPE_CTY, self.signer)
    }
}

/// The signature keys of the profile's devices, by fingerprint: the only
/// keys whose envelopes a device accepts (reference-10 §5).
pub fn device_signers(verified: &VerifiedProfile) -> HashMap<String, VerifyingKey> {
    verified
        .devices
        .iter()
        .filter_map(|d| {
            let key = VerifyingKey::from_public_key(&d.device_signature_key).ok()?;
            Some((d.identifier.clone(), key))
        })
        .collect()
}

/// Checks an envelope's signature against the profile's devices and returns
/// the signer's fingerprint and the JWE inside.
pub fn verify_envelope(
    envelope: &Jws,
    signers: &HashMap<String, VerifyingKey>,
) -> std::result::Result<(String, Jwe), CatalogError> {
    let header = envelope
        .header()
        .map_err(|e| CatalogError::Forged(format!("the envelope's header: {e}")))?;
    let key = signers.get(&header.kid).ok_or_else(|| {
        CatalogError::Forged(format!(
            "signed by {}, which is not a device of the profile",
            header.kid
        ))
    })?;
    let payload = envelope
        .verify(key)
        .map_err(|e| CatalogError::Forged(format!("the signature does not verify: {e}")))?;
    let jwe: Jwe = serde_json::from_slice(&payload)
        .map_err(|e| CatalogError::Malformed(format!("the envelope holds no JWE: {e}")))?;
    Ok((header.kid, jwe))
}

/// The recipient key fingerprint of an envelope's JWE (which catalog key it
/// was encrypted to), read without checking anything.
pub fn envelope_key_id(envelope: &Jws) -> Option<String> {
    let payload = envelope.payload_unverified().ok()?;
    let jwe: Jwe = serde_json::from_slice(&payload).ok()?;
    jwe.recipients.first().map(|r| r.header.kid.clone())
}

/// The signature value of an envelope: identifies one sealing exactly (a
/// fresh IV makes every sealing different), so a device recognises its own
/// upload when it downloads it.
pub fn envelope_mark(envelope: &Jws) -> &str {
    envelope
        .signatures
        .first()
        .map_or("", |s| s.signature.as_str())
}

/// Opens envelopes of one catalog, caching content keys so that the entries
/// of one upload cost one key agreement.
pub struct Opener<'a> {
    keys: &'a CatalogKeys,
    cache: HashMap<(String, String), SecretBytes>,
}

impl<'a> Opener<'a> {
    /// An opener with `keys`.
    pub fn new(keys: &'a CatalogKeys) -> Opener<'a> {
        Opener {
            keys,
            cache: HashMap::new(),
        }
    }

    /// Decrypts an envelope (whose signature was checked when it was
    /// stored) and checks that the entry belongs under `unique_id`.
    pub fn open(&mut self, unique_id: &str, envelope: &Jws) -> Result<Entry> {
        let payload = envelope
            .payload_unverified()
            .map_err(|e| CatalogError::Malformed(format!("envelope: {e}")))?;
        let jwe: Jwe = serde_json::from_slice(&payload)
            .map_err(|e| CatalogError::Malformed(format!("the envelope holds no JWE: {e}")))?;
        let plaintext = self.decrypt(&jwe)?;
        let entry: Entry = serde_json::from_slice(plaintext.expose()).map_err(|e| {
            CatalogError::Malformed(format!("the entry is not one meshman reads: {e}"))
        })?;
        let natural = match &entry {
            Entry::CatalogedDeletion(d) => {
                if d.unique_id != unique_id {
                    return Err(CatalogError::Forged(
                        "a deletion sealed for another entry".into(),
                    ));
                }
                return Ok(entry);
            }
            other => other.natural_key(),
        };
        if self.keys.unique_id(&natural) != unique_id {
            return Err(CatalogError::Forged(
                "the entry was moved to another UniqueID".into(),
            ));
        }
        Ok(entry)
    }

    fn decrypt(&mut self, jwe: &Jwe) -> Result<SecretBytes> {
        for recipient in &jwe.recipients {
            let Some(key) = self.keys.key_for(&recipient.header.kid) else {
                continue;
            };
            let cache_key = (
                recipient
                    .header
                    .epk
                    .as_ref()
                    .map(|k| k.x.clone())
                    .unwrap_or_default(),
                recipient.encrypted_key.clone().unwrap_or_default(),
            );
            if !self.cache.contains_key(&cache_key) {
                let cek = jwe.content_key(key).map_err(crypto)?;
                self.cache.insert(cache_key.clone(), cek);
            }
            return jwe
                .decrypt_with_content_key(&self.cache[&cache_key])
                .map_err(crypto);
        }
        Err(CatalogError::NoKey(format!(
            "the entry is encrypted to {}, a {} catalog key this device does not hold",
            jwe.recipient_kids().join(", "),
            self.keys.catalog
        )))
    }
}

fn crypto(e: CryptoError) -> CatalogError {
    CatalogError::Malformed(format!("the entry does not decrypt: {e}"))
}
