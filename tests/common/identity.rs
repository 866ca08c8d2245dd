//! A profile made through the library in a temporary keystore, with the
//! keys that sign its requests and new versions: for the portal's tests and
//! benchmark, which build requests themselves rather than run the binary.

#![allow(dead_code)]

use meshman::home::{DeviceKeys, Home, ProfileKeys};
use meshman::keystore::{Access, DEFAULT_KDF, Protection};
use meshman::profile::Signed;
use meshman::secret::SecretBytes;

/// A device's keystore holding one profile.
pub struct Identity {
    /// The keystore's folder, deleted on drop.
    pub dir: tempfile::TempDir,
    pub fingerprint: String,
    /// The SignedPersonalProfile.
    pub signed: Signed,
    /// This device's keys (its authentication key signs requests).
    pub device: DeviceKeys,
    /// The profile's master and online keys.
    pub keys: ProfileKeys,
}

/// Creates a profile described as `description`, with no passphrase.
pub fn identity(description: &str) -> Identity {
    let dir = tempfile::tempdir().unwrap();
    let mut home = Home::open(
        dir.path(),
        Access::Write,
        Box::new(|| Ok(SecretBytes::from_slice(b"unused"))),
    )
    .unwrap();
    home.keystore()
        .initialize(Protection::None, &DEFAULT_KDF)
        .unwrap();
    let created = home.create_profile(Some(description)).unwrap();
    let local = home.find_profile(Some(&created.fingerprint)).unwrap();
    let device = home.device_keys().unwrap();
    let keys = home.profile_keys(&created.fingerprint).unwrap();
    Identity {
        dir,
        fingerprint: created.fingerprint,
        signed: local.signed,
        device,
        keys,
    }
}
