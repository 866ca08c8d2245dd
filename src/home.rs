//! What one device holds (reference-10 §3): its own device profile and keys,
//! the personal profiles it belongs to, and whatever master, online and
//! catalog keys it has been trusted with. Storage is the [`Keystore`].

use serde::{Deserialize, Serialize};

use crate::crypto::jwe::Jwe;
use crate::crypto::{EncryptionKey, EncryptionPublicKey, Jwk, SigningKey, VerifyingKey};
use crate::encoding::b64u_encode;
use crate::keystore::{Access, Keystore, KeystoreError, PassphraseSource};
use crate::profile::{
    self, Advice, ApplicationProfile, ApplicationProfileEntry, ApplicationProfilePrivate, CATALOGS,
    MasterProfile, MasterRevocation, PersonalProfile, ProfileError, Signed, Tagged,
    VerifiedProfile,
};
use crate::secret::SecretBytes;

const DEVICE_PROFILE: &str = "device/profile.json";
const CONFIG: &str = "config.json";
const DEVICE_KEYS: &str = "device/keys.json";

/// A failure in the device's holdings, phrased for the user.
#[derive(Debug)]
pub enum HomeError {
    /// The keystore failed.
    Keystore(KeystoreError),
    /// A stored or supplied profile is invalid.
    Profile(ProfileError),
    /// No profile matches, or several do.
    Lookup(String),
    /// The operation needs a key this device does not hold.
    MissingKey(String),
    /// A file is damaged.
    Corrupt(String),
}

impl std::fmt::Display for HomeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HomeError::Keystore(e) => e.fmt(f),
            HomeError::Profile(e) => e.fmt(f),
            HomeError::Lookup(m) | HomeError::MissingKey(m) | HomeError::Corrupt(m) => {
                f.write_str(m)
            }
        }
    }
}

impl std::error::Error for HomeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            HomeError::Keystore(e) => Some(e),
            HomeError::Profile(e) => Some(e),
            _ => None,
        }
    }
}

impl From<KeystoreError> for HomeError {
    fn from(e: KeystoreError) -> Self {
        HomeError::Keystore(e)
    }
}

impl From<ProfileError> for HomeError {
    fn from(e: ProfileError) -> Self {
        HomeError::Profile(e)
    }
}

type Result<T> = std::result::Result<T, HomeError>;

/// The device's private keys (reference-10 §10.2.3).
pub struct DeviceKeys {
    /// Signs the device profile and the device's catalog entries.
    pub signature: SigningKey,
    /// Authenticates portal requests.
    pub authentication: SigningKey,
    /// Receives data encrypted to the device.
    pub encryption: EncryptionKey,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DeviceKeyFile {
    device_signature_key: Jwk,
    device_authentication_key: Jwk,
    device_encryption_key: Jwk,
}

/// The private keys of a personal profile held on this device. The master
/// keys may be absent (after `profile escrow --delete-master`); the online
/// key is present on administration devices.
#[derive(Default)]
pub struct ProfileKeys {
    /// The master signature key.
    pub master_signature: Option<SigningKey>,
    /// The master escrow keys.
    pub master_escrow: Vec<EncryptionKey>,
    /// The online signature keys.
    pub online: Vec<SigningKey>,
}

/// Serialized form of [`ProfileKeys`]: private JWKs, only ever inside an
/// encrypted container.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "PascalCase")]
pub struct ProfileKeyFile {
    /// The master signature key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub master_signature_key: Option<Jwk>,
    /// The master escrow keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub master_escrow_keys: Vec<Jwk>,
    /// The online signature keys.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub online_signature_keys: Vec<Jwk>,
}

impl ProfileKeys {
    /// The serializable form.
    pub fn to_file(&self) -> ProfileKeyFile {
        ProfileKeyFile {
            master_signature_key: self
                .master_signature
                .as_ref()
                .map(SigningKey::to_private_jwk),
            master_escrow_keys: self
                .master_escrow
                .iter()
                .map(EncryptionKey::to_private_jwk)
                .collect(),
            online_signature_keys: self.online.iter().map(SigningKey::to_private_jwk).collect(),
        }
    }

    /// Reads the serializable form, checking every key.
    pub fn from_file(file: &ProfileKeyFile) -> Result<ProfileKeys> {
        let bad = |e: crate::crypto::CryptoError| HomeError::Corrupt(format!("profile keys: {e}"));
        Ok(ProfileKeys {
            master_signature: file
                .master_signature_key
                .as_ref()
                .map(SigningKey::from_private_jwk)
                .transpose()
                .map_err(bad)?,
            master_escrow: file
                .master_escrow_keys
                .iter()
                .map(EncryptionKey::from_private_jwk)
                .collect::<std::result::Result<_, _>>()
                .map_err(bad)?,
            online: file
                .online_signature_keys
                .iter()
                .map(SigningKey::from_private_jwk)
                .collect::<std::result::Result<_, _>>()
                .map_err(bad)?,
        })
    }

    /// Serialized private JWKs, as a secret.
    pub fn to_secret(&self) -> SecretBytes {
        SecretBytes::new(serde_json::to_vec(&self.to_file()).expect("keys serialize"))
    }

    /// Parses [`ProfileKeys::to_secret`] output.
    pub fn from_secret(secret: &SecretBytes) -> Result<ProfileKeys> {
        let file: ProfileKeyFile = serde_json::from_slice(secret.expose())
            .map_err(|e| HomeError::Corrupt(format!("profile keys: {e}")))?;
        Self::from_file(&file)
    }

    /// The online key that the master profile lists, if held here.
    pub fn online_key(&self, master: &MasterProfile) -> Option<&SigningKey> {
        self.online.iter().find(|k| {
            master
                .online_signature_keys
                .iter()
                .any(|p| p.udf == k.udf())
        })
    }
}

/// A personal profile known to this device.
#[derive(Debug, Clone)]
pub struct LocalProfile {
    /// The profile fingerprint.
    pub fingerprint: String,
    /// The stored signed personal profile.
    pub signed: Signed,
    /// True for the default profile.
    pub is_default: bool,
    /// True when this device holds the master signature key.
    pub has_master_key: bool,
    /// True when this device holds an online key (administration device).
    pub has_online_key: bool,
    /// The stored master revocation, if one was imported.
    pub revocation: Option<Signed>,
}

/// What [`Home::create_profile`] made.
pub struct CreatedProfile {
    /// The profile fingerprint.
    pub fingerprint: String,
    /// This device's fingerprint.
    pub device: String,
    /// True when the device profile was made now.
    pub new_device: bool,
    /// True when the new profile is the default.
    pub is_default: bool,
}

/// A portal account this device uses (stored in `config.json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountBinding {
    /// The account address, `user@domain`.
    pub account: String,
    /// The fingerprint of the profile bound to it.
    pub profile: String,
    /// The portal URL, when not the well-known one of the domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<String>,
    /// Plain http was allowed for this portal with `--insecure-http`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub insecure_http: bool,
}

/// Public settings of the device (`config.json`).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Config {
    /// The portal accounts, the default one first.
    #[serde(default)]
    pub accounts: Vec<AccountBinding>,
}

/// The device's holdings, open on its keystore.
pub struct Home {
    keystore: Keystore,
}

fn profile_dir(fingerprint: &str) -> String {
    format!("profiles/{fingerprint}")
}

impl Home {
    /// Opens the holdings in the keystore at `root`.
    pub fn open(
        root: &std::path::Path,
        access: Access,
        passphrase: PassphraseSource,
    ) -> Result<Home> {
        Ok(Home {
            keystore: Keystore::open(root, access, passphrase)?,
        })
    }

    /// The keystore underneath.
    pub fn keystore(&mut self) -> &mut Keystore {
        &mut self.keystore
    }

    /// The device's settings.
    pub fn config(&self) -> Result<Config> {
        match self.keystore.read_public(CONFIG)? {
            Some(bytes) => parse_json(&bytes, CONFIG),
            None => Ok(Config::default()),
        }
    }

    /// Saves the device's settings.
    pub fn save_config(&self, config: &Config) -> Result<()> {
        Ok(self.keystore.write_public(CONFIG, &to_pretty(config))?)
    }

    /// The account named `address`, or the default account (the first bound
    /// to the default profile, else the first of all).
    pub fn account(&self, address: Option<&str>) -> Result<AccountBinding> {
        let config = self.config()?;
        if let Some(address) = address {
            return config
                .accounts
                .into_iter()
                .find(|a| a.account.eq_ignore_ascii_case(address))
                .ok_or_else(|| HomeError::Lookup(format!("this device has no account {address}")));
        }
        let default = self.default_fingerprint()?;
        let mut accounts = config.accounts;
        let index = accounts
            .iter()
            .position(|a| Some(&a.profile) == default.as_ref())
            .unwrap_or(0);
        if accounts.is_empty() {
            return Err(HomeError::Lookup(
                "this device has no portal account (create one with `meshman account create ADDR`)"
                    .into(),
            ));
        }
        Ok(accounts.swap_remove(index))
    }

    /// Records an account binding (replacing one of the same address).
    pub fn bind_account(&self, binding: AccountBinding) -> Result<()> {
        let mut config = self.config()?;
        config
            .accounts
            .retain(|a| !a.account.eq_ignore_ascii_case(&binding.account));
        config.accounts.push(binding);
        self.save_config(&config)
    }

    /// Forgets an account binding.
    pub fn unbind_account(&self, address: &str) -> Result<()> {
        let mut config = self.config()?;
        config
            .accounts
            .retain(|a| !a.account.eq_ignore_ascii_case(address));
        self.save_config(&config)
    }

    /// This device's signed device profile, if it has one.
    pub fn device_profile(&self) -> Result<Option<Signed>> {
        match self.keystore.read_public(DEVICE_PROFILE)? {
            Some(bytes) => Ok(Some(parse_json(&bytes, DEVICE_PROFILE)?)),
            None => Ok(None),
        }
    }

    /// This device's private keys.
    pub fn device_keys(&mut self) -> Result<DeviceKeys> {
        let secret = self.keystore.read_secret(DEVICE_KEYS)?;
        let file: DeviceKeyFile = serde_json::from_slice(secret.expose())
            .map_err(|e| HomeError::Corrupt(format!("{DEVICE_KEYS}: {e}")))?;
        let bad = |e: crate::crypto::CryptoError| HomeError::Corrupt(format!("{DEVICE_KEYS}: {e}"));
        Ok(DeviceKeys {
            signature: SigningKey::from_private_jwk(&file.device_signature_key).map_err(bad)?,
            authentication: SigningKey::from_private_jwk(&file.device_authentication_key)
                .map_err(bad)?,
            encryption: EncryptionKey::from_private_jwk(&file.device_encryption_key)
                .map_err(bad)?,
        })
    }

    /// Returns this device's profile, making one first if there is none.
    pub fn ensure_device(&mut self, description: Option<&str>) -> Result<(Signed, bool)> {
        if let Some(signed) = self.device_profile()? {
            return Ok((signed, false));
        }
        let keys = DeviceKeys {
            signature: SigningKey::generate(),
            authentication: SigningKey::generate(),
            encryption: EncryptionKey::generate(),
        };
        let signed = profile::sign_device_profile(
            description,
            &keys.signature,
            &keys.authentication,
            &keys.encryption.public_key(),
        );
        let file = DeviceKeyFile {
            device_signature_key: keys.signature.to_private_jwk(),
            device_authentication_key: keys.authentication.to_private_jwk(),
            device_encryption_key: keys.encryption.to_private_jwk(),
        };
        let secret = SecretBytes::new(serde_json::to_vec(&file).expect("keys serialize"));
        // Keys first: a crash between the two writes leaves keys without a
        // profile, which the next run simply replaces; never the reverse.
        self.keystore.write_secret(DEVICE_KEYS, &secret)?;
        self.keystore
            .write_public(DEVICE_PROFILE, &to_pretty(&signed))?;
        Ok((signed, true))
    }

    /// Creates a master profile, this device's profile if needed, the
    /// application profiles for every catalog, and the personal profile that
    /// binds them (reference-10 §3).
    pub fn create_profile(&mut self, description: Option<&str>) -> Result<CreatedProfile> {
        let (device_signed, new_device) = self.ensure_device(description)?;
        // new_personal_profile verifies the device profile.
        let (keys, master, signed_master) = new_master_profile();
        let fingerprint = master.identifier.clone();
        let mut signed =
            new_personal_profile(&signed_master, &master, &device_signed, &keys.online[0])?;
        let is_default = self.default_fingerprint()?.is_none();
        if is_default {
            signed.unauthenticated = Some(Advice {
                default: Some(crate::time::now()),
                ..Advice::default()
            });
        }
        self.save_profile_keys(&fingerprint, &keys)?;
        self.save_personal(&signed)?;
        Ok(CreatedProfile {
            fingerprint,
            device: device_signed.identifier.clone(),
            new_device,
            is_default,
        })
    }

    /// Stores the private keys of a profile (replacing what was there). The
    /// master keys and the online keys live in separate files so that
    /// `profile list` can tell what a device holds without the passphrase,
    /// and `--delete-master` removes one file.
    pub fn save_profile_keys(&mut self, fingerprint: &str, keys: &ProfileKeys) -> Result<()> {
        let dir = profile_dir(fingerprint);
        let file = keys.to_file();
        let online = ProfileKeyFile {
            online_signature_keys: file.online_signature_keys,
            ..ProfileKeyFile::default()
        };
        let master = ProfileKeyFile {
            master_signature_key: file.master_signature_key,
            master_escrow_keys: file.master_escrow_keys,
            ..ProfileKeyFile::default()
        };
        let secret =
            |f: &ProfileKeyFile| SecretBytes::new(serde_json::to_vec(f).expect("keys serialize"));
        self.keystore
            .write_secret(&format!("{dir}/online-keys.json"), &secret(&online))?;
        let master_rel = format!("{dir}/master-keys.json");
        if master.master_signature_key.is_some() {
            self.keystore.write_secret(&master_rel, &secret(&master))?;
        } else {
            self.keystore.remove(&master_rel)?;
        }
        Ok(())
    }

    /// The private keys of a profile held on this device (none for a profile
    /// known only by its public half).
    pub fn profile_keys(&mut self, fingerprint: &str) -> Result<ProfileKeys> {
        let dir = profile_dir(fingerprint);
        let mut file = ProfileKeyFile::default();
        for name in ["master-keys.json", "online-keys.json"] {
            let rel = format!("{dir}/{name}");
            if !self.keystore.exists(&rel) {
                continue;
            }
            let secret = self.keystore.read_secret(&rel)?;
            let part: ProfileKeyFile = serde_json::from_slice(secret.expose())
                .map_err(|e| HomeError::Corrupt(format!("{rel}: {e}")))?;
            if part.master_signature_key.is_some() {
                file.master_signature_key = part.master_signature_key;
                file.master_escrow_keys = part.master_escrow_keys;
            }
            file.online_signature_keys
                .extend(part.online_signature_keys);
        }
        ProfileKeys::from_file(&file)
    }

    /// Stores a signed personal profile, keeping the local advice.
    pub fn save_personal(&self, signed: &Signed) -> Result<()> {
        let rel = format!("{}/personal.json", profile_dir(&signed.identifier));
        self.keystore.write_public(&rel, &to_pretty(signed))?;
        Ok(())
    }

    /// Stores a master revocation beside its profile.
    pub fn save_revocation(&self, fingerprint: &str, signed: &Signed) -> Result<()> {
        let rel = format!("{}/revocation.json", profile_dir(fingerprint));
        self.keystore.write_public(&rel, &to_pretty(signed))?;
        Ok(())
    }

    /// Every personal profile known here, sorted by fingerprint.
    pub fn profiles(&self) -> Result<Vec<LocalProfile>> {
        let mut out = Vec::new();
        for name in self.keystore.list("profiles")? {
            let dir = profile_dir(&name);
            let personal = format!("{dir}/personal.json");
            let Some(bytes) = self.keystore.read_public(&personal)? else {
                continue;
            };
            let signed: Signed = parse_json(&bytes, &personal)?;
            let revocation = match self
                .keystore
                .read_public(&format!("{dir}/revocation.json"))?
            {
                Some(b) => Some(parse_json(&b, "revocation.json")?),
                None => None,
            };
            out.push(LocalProfile {
                fingerprint: name.clone(),
                is_default: false,
                has_master_key: self.keystore.exists(&format!("{dir}/master-keys.json")),
                has_online_key: self.keystore.exists(&format!("{dir}/online-keys.json")),
                signed,
                revocation,
            });
        }
        // Advice.Default (reference-10 §10.1.3): the latest time wins.
        let default = out
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let t = p.signed.unauthenticated.as_ref()?.default.as_ref()?;
                Some((crate::time::parse(t).ok()?, i))
            })
            .max()
            .map(|(_, i)| i);
        if let Some(i) = default {
            out[i].is_default = true;
        }
        Ok(out)
    }

    /// The fingerprint of the default profile.
    pub fn default_fingerprint(&self) -> Result<Option<String>> {
        Ok(self
            .profiles()?
            .into_iter()
            .find(|p| p.is_default)
            .map(|p| p.fingerprint))
    }

    /// The profile whose fingerprint starts with `prefix` (dashes and case
    /// ignored), or the default one when `prefix` is `None`.
    pub fn find_profile(&self, prefix: Option<&str>) -> Result<LocalProfile> {
        let profiles = self.profiles()?;
        let Some(prefix) = prefix else {
            return profiles.into_iter().find(|p| p.is_default).ok_or_else(|| {
                HomeError::Lookup(
                    "no profile on this device (create one with `meshman profile create`)".into(),
                )
            });
        };
        let wanted = normalize_prefix(prefix);
        let mut matching: Vec<_> = profiles
            .into_iter()
            .filter(|p| normalize_prefix(&p.fingerprint).starts_with(&wanted))
            .collect();
        match matching.len() {
            0 => Err(HomeError::Lookup(format!("no profile matches {prefix}"))),
            1 => Ok(matching.remove(0)),
            n => Err(HomeError::Lookup(format!(
                "{prefix} matches {n} profiles; type more of the fingerprint"
            ))),
        }
    }

    /// Makes `fingerprint` the default profile: its Advice.Default is set to
    /// now and removed from the others, so the choice is unambiguous.
    pub fn set_default(&self, fingerprint: &str) -> Result<()> {
        for mut p in self.profiles()? {
            let advice = p.signed.unauthenticated.get_or_insert_with(Advice::default);
            let old = advice.default.clone();
            advice.default = (p.fingerprint == fingerprint).then(crate::time::now);
            if advice.default != old {
                if *advice == Advice::default() {
                    p.signed.unauthenticated = None;
                }
                self.save_personal(&p.signed)?;
            }
        }
        Ok(())
    }
}

/// Makes an application profile for `catalog`: a fresh X25519 key and index
/// key, wrapped to `recipients` (decrypting devices and the master escrow
/// key, so recovery restores catalog access), signed by the online key.
pub fn new_application(
    catalog: &str,
    recipients: &[&EncryptionPublicKey],
    device_udf: &str,
    online: &SigningKey,
) -> ApplicationProfileEntry {
    let key = EncryptionKey::generate();
    let index_key = SecretBytes::random(16);
    let private = ApplicationProfilePrivate {
        encryption_key: key.to_private_jwk(),
        index_key: b64u_encode(index_key.expose()),
    };
    let plaintext = SecretBytes::new(
        profile::to_tagged_json(ApplicationProfilePrivate::TAG, &private)
            .to_string()
            .into_bytes(),
    );
    let identifier = key.udf();
    let application = ApplicationProfile {
        identifier: identifier.clone(),
        updated: crate::time::now(),
        kind: catalog.to_string(),
        encryption_key: key.public_key().to_public_key(),
        key_envelope: Jwe::encrypt(plaintext.expose(), recipients),
    };
    ApplicationProfileEntry {
        identifier: identifier.clone(),
        kind: catalog.to_string(),
        friendly: None,
        admin_device_udf: vec![device_udf.to_string()],
        decrypt_device_udf: vec![device_udf.to_string()],
        account_id: None,
        signed_application_profile: Signed::sign(&application, &identifier, online),
    }
}

/// Signs a master revocation with the master signature key.
pub fn sign_revocation(fingerprint: &str, reason: Option<&str>, master_key: &SigningKey) -> Signed {
    let revocation = MasterRevocation {
        identifier: fingerprint.to_string(),
        revoked: crate::time::now(),
        reason: reason.map(str::to_string),
    };
    Signed::sign(&revocation, fingerprint, master_key)
}

/// Checks that `keys` are the private halves of the master profile's keys.
pub fn check_master_keys(
    master: &MasterProfile,
    keys: &ProfileKeys,
) -> std::result::Result<(), String> {
    let signature = keys
        .master_signature
        .as_ref()
        .ok_or("no master signature key")?;
    if signature.udf() != master.identifier {
        return Err("the master signature key does not match the master profile".into());
    }
    for k in &keys.master_escrow {
        if !master.master_escrow_keys.iter().any(|p| p.udf == k.udf()) {
            return Err("an escrow key is not listed in the master profile".into());
        }
    }
    Ok(())
}

/// A verified profile's device keys, for encrypting to them.
pub fn device_encryption_keys(verified: &VerifiedProfile) -> Vec<EncryptionPublicKey> {
    verified
        .devices
        .iter()
        .filter_map(|d| EncryptionPublicKey::from_public_key(&d.device_encryption_key).ok())
        .collect()
}

/// A verified profile's device authentication key for `device_udf`.
pub fn device_authentication_key(
    verified: &VerifiedProfile,
    device_udf: &str,
) -> Option<VerifyingKey> {
    let device = verified.device(device_udf)?;
    VerifyingKey::from_public_key(&device.device_authentication_key).ok()
}

fn normalize_prefix(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8], what: &str) -> Result<T> {
    serde_json::from_slice(bytes).map_err(|e| HomeError::Corrupt(format!("{what}: {e}")))
}

fn to_pretty<T: Serialize>(value: &T) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(value).expect("serializes");
    bytes.push(b'\n');
    bytes
}

/// An `Updated` time for a new version of a profile last updated at
/// `previous`: now, or one second later than `previous` if the clock has not
/// moved past it (versions must be strictly ordered, reference-10 §10.4).
pub fn next_updated(previous: &str) -> String {
    let now = std::time::SystemTime::now();
    match crate::time::parse(previous) {
        Ok(prev) if prev >= now - std::time::Duration::from_millis(999) => {
            crate::time::format(prev + std::time::Duration::from_secs(1))
        }
        _ => crate::time::format(now),
    }
}

/// The keys a catalog's private key is wrapped to: each of the entry's
/// decrypting devices (found with `device`) and the master escrow keys, so
/// recovery restores the catalogs.
fn catalog_recipients<'a>(
    entry: &ApplicationProfileEntry,
    master: &MasterProfile,
    device: impl Fn(&str) -> Option<&'a profile::DeviceProfile>,
) -> Vec<EncryptionPublicKey> {
    let devices = entry
        .decrypt_device_udf
        .iter()
        .filter_map(|udf| device(udf))
        .map(|d| &d.device_encryption_key);
    devices
        .chain(&master.master_escrow_keys)
        .filter_map(|k| EncryptionPublicKey::from_public_key(k).ok())
        .collect()
}

/// The next version of a personal profile with these devices and
/// applications, signed by `online`.
fn next_version(
    verified: &VerifiedProfile,
    devices: Vec<Signed>,
    applications: Vec<ApplicationProfileEntry>,
    online: &SigningKey,
) -> Signed {
    let personal = PersonalProfile {
        identifier: verified.personal.identifier.clone(),
        updated: next_updated(&verified.personal.updated),
        signed_master_profile: verified.personal.signed_master_profile.clone(),
        devices,
        applications,
    };
    Signed::sign(&personal, &personal.identifier, online)
}

/// A new version of `verified` with `device` connected: listed in Devices,
/// every catalog key re-wrapped to it (opened with `opener`, which must be a
/// recipient of the catalog keys: a device key or the master escrow key),
/// and, with `admin`, listed as an administration device. Signed by `online`.
pub fn add_device(
    verified: &VerifiedProfile,
    device: &Signed,
    admin: bool,
    online: &SigningKey,
    opener: &EncryptionKey,
) -> Result<Signed> {
    let new_device = profile::verify_device(device)?;
    let mut devices = verified.personal.devices.clone();
    if !devices
        .iter()
        .any(|d| d.identifier == new_device.identifier)
    {
        devices.push(device.clone());
    }
    let mut applications = Vec::new();
    for (entry, application) in &verified.applications {
        let mut entry = entry.clone();
        if !entry.decrypt_device_udf.contains(&new_device.identifier) {
            entry.decrypt_device_udf.push(new_device.identifier.clone());
        }
        if admin && !entry.admin_device_udf.contains(&new_device.identifier) {
            entry.admin_device_udf.push(new_device.identifier.clone());
        }
        let plaintext = application.key_envelope.decrypt(opener).map_err(|e| {
            HomeError::MissingKey(format!("cannot open the {} catalog key: {e}", entry.kind))
        })?;
        let recipients = catalog_recipients(&entry, &verified.master, |udf| {
            verified
                .device(udf)
                .or((udf == new_device.identifier).then_some(&new_device))
        });
        let updated = ApplicationProfile {
            updated: next_updated(&application.updated),
            key_envelope: Jwe::encrypt(plaintext.expose(), &recipients.iter().collect::<Vec<_>>()),
            ..application.clone()
        };
        entry.signed_application_profile = Signed::sign(&updated, &updated.identifier, online);
        applications.push(entry);
    }
    Ok(next_version(verified, devices, applications, online))
}

/// A new version of `verified` without the device `device_udf`
/// (PROTOCOL.md §10, device revocation): dropped from Devices and from
/// every application entry, and each catalog given a fresh X25519 key (the
/// revoked device knew the old one) with the same index key, wrapped to the
/// remaining decrypting devices and the master escrow keys. `opener` must
/// open the current catalog keys. Signed by `online`. Re-encrypting catalog
/// entries under the new keys is the catalog code's job.
pub fn remove_device(
    verified: &VerifiedProfile,
    device_udf: &str,
    online: &SigningKey,
    opener: &EncryptionKey,
) -> Result<Signed> {
    if verified.device(device_udf).is_none() {
        return Err(HomeError::Lookup(format!(
            "device {device_udf} is not a device of profile {}",
            verified.fingerprint()
        )));
    }
    let devices: Vec<Signed> = verified
        .personal
        .devices
        .iter()
        .filter(|d| d.identifier != device_udf)
        .cloned()
        .collect();
    let mut applications = Vec::new();
    for (entry, application) in &verified.applications {
        let mut entry = entry.clone();
        entry.decrypt_device_udf.retain(|d| d != device_udf);
        entry.admin_device_udf.retain(|d| d != device_udf);
        let plaintext = application.key_envelope.decrypt(opener).map_err(|e| {
            HomeError::MissingKey(format!("cannot open the {} catalog key: {e}", entry.kind))
        })?;
        let old: ApplicationProfilePrivate = profile::untag(plaintext.expose()).map_err(|_| {
            HomeError::Corrupt(format!("the {} catalog key is damaged", entry.kind))
        })?;
        let key = EncryptionKey::generate();
        let private = ApplicationProfilePrivate {
            encryption_key: key.to_private_jwk(),
            index_key: old.index_key,
        };
        let plaintext = SecretBytes::new(
            profile::to_tagged_json(ApplicationProfilePrivate::TAG, &private)
                .to_string()
                .into_bytes(),
        );
        let recipients = catalog_recipients(&entry, &verified.master, |udf| verified.device(udf));
        let refs: Vec<&EncryptionPublicKey> = recipients.iter().collect();
        let identifier = key.udf();
        let updated = ApplicationProfile {
            identifier: identifier.clone(),
            updated: next_updated(&application.updated),
            kind: application.kind.clone(),
            encryption_key: key.public_key().to_public_key(),
            key_envelope: Jwe::encrypt(plaintext.expose(), &refs),
        };
        entry.identifier = identifier.clone();
        entry.signed_application_profile = Signed::sign(&updated, &identifier, online);
        applications.push(entry);
    }
    Ok(next_version(verified, devices, applications, online))
}

/// A new master profile with fresh keys (reference-10 §4.1): a master
/// signature key (its fingerprint is the profile's), one escrow key and one
/// online signature key; self-signed.
pub fn new_master_profile() -> (ProfileKeys, MasterProfile, Signed) {
    let keys = ProfileKeys {
        master_signature: Some(SigningKey::generate()),
        master_escrow: vec![EncryptionKey::generate()],
        online: vec![SigningKey::generate()],
    };
    let master_key = keys.master_signature.as_ref().expect("just made");
    let fingerprint = master_key.udf();
    let master = MasterProfile {
        identifier: fingerprint.clone(),
        updated: crate::time::now(),
        master_signature_key: master_key.verifying_key().to_public_key(),
        master_escrow_keys: keys
            .master_escrow
            .iter()
            .map(|k| k.public_key().to_public_key())
            .collect(),
        online_signature_keys: keys
            .online
            .iter()
            .map(|k| k.verifying_key().to_public_key())
            .collect(),
    };
    let signed = Signed::sign(&master, &fingerprint, master_key);
    (keys, master, signed)
}

/// A first personal profile for `master` with this one device, an
/// administration device, and fresh catalogs (used when recovering from a
/// record alone, with no personal profile to continue from).
pub fn new_personal_profile(
    signed_master: &Signed,
    master: &MasterProfile,
    device: &Signed,
    online: &SigningKey,
) -> Result<Signed> {
    let device_profile = profile::verify_device(device)?;
    let device_key = EncryptionPublicKey::from_public_key(&device_profile.device_encryption_key)
        .map_err(|e| HomeError::Corrupt(format!("device profile: {e}")))?;
    let mut recipients = vec![device_key];
    recipients.extend(
        master
            .master_escrow_keys
            .iter()
            .filter_map(|k| EncryptionPublicKey::from_public_key(k).ok()),
    );
    let refs: Vec<&EncryptionPublicKey> = recipients.iter().collect();
    let personal = PersonalProfile {
        identifier: master.identifier.clone(),
        updated: crate::time::now(),
        signed_master_profile: signed_master.clone(),
        devices: vec![device.clone()],
        applications: CATALOGS
            .iter()
            .map(|c| new_application(c, &refs, &device_profile.identifier, online))
            .collect(),
    };
    Ok(Signed::sign(&personal, &personal.identifier, online))
}
