//! Recovery records (reference-10 §4.2, PROTOCOL.md §8): the master keys
//! encrypted under a key derived from a recovery secret, indexed by a UDF of
//! that secret, and split into Shamir shares for safekeeping.
//!
//! The index and the encryption key both derive from the secret, so knowing
//! the index proves nothing and reveals nothing; only a quorum of shares
//! opens the record.

use ring::hkdf;
use serde::{Deserialize, Serialize};

use crate::crypto::jwe::Jwe;
use crate::crypto::{EncryptionKey, Jwk, SigningKey};
use crate::home::{ProfileKeyFile, ProfileKeys};
use crate::profile::{self, MasterProfile, ProfileError, Signed, Tagged};
use crate::protocol::OfflineEscrowEntry;
use crate::secret::SecretBytes;
use crate::udf::{self, HashAlg};

/// A recovery failure, phrased for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecoveryError {
    /// The record does not open with this secret.
    WrongSecret(String),
    /// The record opens but its contents are invalid.
    Invalid(String),
}

impl std::fmt::Display for RecoveryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RecoveryError::WrongSecret(m) => write!(
                f,
                "the recovery record does not open with these shares: {m}"
            ),
            RecoveryError::Invalid(m) => write!(f, "the recovery record is invalid: {m}"),
        }
    }
}

impl std::error::Error for RecoveryError {}

impl From<ProfileError> for RecoveryError {
    fn from(e: ProfileError) -> Self {
        RecoveryError::Invalid(e.to_string())
    }
}

/// The plaintext of a recovery record (reference-10 §10.6.4). meshman also
/// escrows the online signature keys (an extension, documented in the
/// README), so a recovered device can administer the profile at once.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct EscrowedKeySet {
    /// The master profile the keys belong to.
    pub signed_master_profile: Signed,
    /// The master signature key (private JWK).
    pub master_signature_key: Jwk,
    /// The master escrow keys (private JWKs).
    #[serde(default)]
    pub master_escrow_keys: Vec<Jwk>,
    /// The online signature keys (private JWKs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_signature_keys: Vec<Jwk>,
}

impl Tagged for EscrowedKeySet {
    const TAG: &'static str = "EscrowedKeySet";
}

/// The recovery index: the SHA-2-512 UDF (140 bits) of the secret under
/// content type `application/mmm-escrowed`.
pub fn recovery_index(secret: &SecretBytes) -> String {
    udf::digest(
        secret.expose(),
        udf::content_type::ESCROWED,
        HashAlg::Sha2_512,
        udf::DEFAULT_BITS,
    )
    .expect("140 bits is a valid precision")
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

/// The record encryption key: HKDF-SHA-512(IKM = secret, salt = index,
/// info = "MeshRecoveryKey"), 32 bytes.
pub fn recovery_key(secret: &SecretBytes, index: &str) -> SecretBytes {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA512, index.as_bytes()).extract(secret.expose());
    let mut key = vec![0u8; 32];
    prk.expand(&[b"MeshRecoveryKey"], Len32)
        .and_then(|okm| okm.fill(&mut key))
        .expect("32 bytes is a valid HKDF-SHA-512 length");
    SecretBytes::new(key)
}

/// Seals the master (and online) keys of a profile into a recovery record.
pub fn seal(
    secret: &SecretBytes,
    signed_master: &Signed,
    keys: &ProfileKeys,
) -> Result<OfflineEscrowEntry, RecoveryError> {
    let master_key = keys
        .master_signature
        .as_ref()
        .ok_or_else(|| RecoveryError::Invalid("this device does not hold the master key".into()))?;
    let set = EscrowedKeySet {
        signed_master_profile: signed_master.clone(),
        master_signature_key: master_key.to_private_jwk(),
        master_escrow_keys: keys
            .master_escrow
            .iter()
            .map(EncryptionKey::to_private_jwk)
            .collect(),
        online_signature_keys: keys.online.iter().map(SigningKey::to_private_jwk).collect(),
    };
    let plaintext = SecretBytes::new(
        profile::to_tagged_json(EscrowedKeySet::TAG, &set)
            .to_string()
            .into_bytes(),
    );
    let index = recovery_index(secret);
    let key = recovery_key(secret, &index);
    Ok(OfflineEscrowEntry {
        encrypted_data: Jwe::encrypt_dir(plaintext.expose(), &key, &index),
        identifier: index,
    })
}

/// Opens a recovery record: decrypts it, verifies the master profile's
/// self-signature, and checks the keys are the master profile's.
pub fn open(
    secret: &SecretBytes,
    record: &OfflineEscrowEntry,
) -> Result<(Signed, MasterProfile, ProfileKeys), RecoveryError> {
    let index = recovery_index(secret);
    if record.identifier != index {
        return Err(RecoveryError::WrongSecret(format!(
            "the record is filed under {}, these shares give {index}",
            record.identifier
        )));
    }
    let key = recovery_key(secret, &index);
    let plaintext = record
        .encrypted_data
        .decrypt_dir(&key)
        .map_err(|e| RecoveryError::WrongSecret(e.to_string()))?;
    let mut value: serde_json::Value = serde_json::from_slice(plaintext.expose())
        .map_err(|e| RecoveryError::Invalid(e.to_string()))?;
    let inner = value
        .get_mut(EscrowedKeySet::TAG)
        .map(serde_json::Value::take)
        .ok_or_else(|| RecoveryError::Invalid("not an EscrowedKeySet".into()))?;
    let set: EscrowedKeySet =
        serde_json::from_value(inner).map_err(|e| RecoveryError::Invalid(e.to_string()))?;
    let master = profile::verify_master(&set.signed_master_profile)?;
    let keys = ProfileKeys::from_file(&ProfileKeyFile {
        master_signature_key: Some(set.master_signature_key),
        master_escrow_keys: set.master_escrow_keys,
        online_signature_keys: set.online_signature_keys,
    })
    .map_err(|e| RecoveryError::Invalid(e.to_string()))?;
    crate::home::check_master_keys(&master, &keys).map_err(RecoveryError::Invalid)?;
    if keys.online_key(&master).is_none() && !keys.online.is_empty() {
        return Err(RecoveryError::Invalid(
            "an online key is not the master profile's".into(),
        ));
    }
    Ok((set.signed_master_profile, master, keys))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile_keys() -> (Signed, ProfileKeys) {
        let keys = ProfileKeys {
            master_signature: Some(SigningKey::generate()),
            master_escrow: vec![EncryptionKey::generate()],
            online: vec![SigningKey::generate()],
        };
        let mk = keys.master_signature.as_ref().unwrap();
        let master = MasterProfile {
            identifier: mk.udf(),
            updated: crate::time::now(),
            master_signature_key: mk.verifying_key().to_public_key(),
            master_escrow_keys: vec![keys.master_escrow[0].public_key().to_public_key()],
            online_signature_keys: vec![keys.online[0].verifying_key().to_public_key()],
        };
        (Signed::sign(&master, &mk.udf(), mk), keys)
    }

    #[test]
    fn record_round_trips_and_restores_the_same_keys() {
        let (signed, keys) = profile_keys();
        let secret = SecretBytes::random(16);
        let record = seal(&secret, &signed, &keys).unwrap();
        assert!(record.identifier.starts_with('M'));
        let (_, master, restored) = open(&secret, &record).unwrap();
        assert_eq!(master.identifier, signed.identifier);
        assert_eq!(
            restored.master_signature.unwrap().udf(),
            keys.master_signature.unwrap().udf()
        );
        assert_eq!(restored.online[0].udf(), keys.online[0].udf());
    }

    #[test]
    fn another_secret_does_not_open_the_record() {
        let (signed, keys) = profile_keys();
        let record = seal(&SecretBytes::random(16), &signed, &keys).unwrap();
        let mut moved = record.clone();
        let other = SecretBytes::random(16);
        moved.identifier = recovery_index(&other);
        assert!(matches!(
            open(&other, &record),
            Err(RecoveryError::WrongSecret(_))
        ));
        assert!(matches!(
            open(&other, &moved),
            Err(RecoveryError::WrongSecret(_))
        ));
    }

    #[test]
    fn index_and_key_follow_protocol_section_8() {
        // The index is the UDF digest of the secret; the key depends on both.
        let secret = SecretBytes::from_slice(&[7u8; 16]);
        let index = recovery_index(&secret);
        assert_eq!(
            index,
            udf::digest(
                &[7u8; 16],
                "application/mmm-escrowed",
                HashAlg::Sha2_512,
                140
            )
            .unwrap()
        );
        let k1 = recovery_key(&secret, &index);
        let k2 = recovery_key(&secret, "MAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
        assert_eq!(k1.len(), 32);
        assert_ne!(k1, k2);
    }
}
