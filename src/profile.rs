//! Mesh profiles (reference-10 §3 and §10; PROTOCOL.md §5): the master
//! profile that roots a user's trust, device profiles, the personal profile
//! that binds them, application profiles that carry catalog keys, and the
//! master revocation ("suicide note", §3.1).
//!
//! Every profile travels as a signed object `{Identifier, SignedData,
//! Unauthenticated}` whose JWS payload is the tagged profile, e.g.
//! `{"DeviceProfile": {...}}`. Verification walks the chain
//! master key → master profile → online key → personal profile → each
//! device and application profile, and reports which link breaks.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::crypto::jwe::Jwe;
use crate::crypto::jws::Jws;
use crate::crypto::{CryptoError, EncryptionPublicKey, Jwk, PublicKey, SigningKey, VerifyingKey};

/// The catalogs every personal profile carries an application profile for
/// (PROTOCOL.md §9).
pub const CATALOGS: [&str; 6] = ["credential", "contact", "task", "bookmark", "ssh", "mail"];

/// A profile-level failure, phrased for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// The object is not the JSON we expect.
    Malformed(String),
    /// A link of the signature chain does not hold.
    Chain {
        /// Which link, e.g. "personal profile signed by an online key".
        link: String,
        /// Why it does not hold.
        reason: String,
    },
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::Malformed(m) => write!(f, "malformed profile: {m}"),
            ProfileError::Chain { link, reason } => write!(f, "{link}: {reason}"),
        }
    }
}

impl std::error::Error for ProfileError {}

impl From<CryptoError> for ProfileError {
    fn from(e: CryptoError) -> Self {
        ProfileError::Malformed(e.to_string())
    }
}

type Result<T> = std::result::Result<T, ProfileError>;

/// A type that travels as a tagged JSON object `{"TypeName": {...}}`.
pub trait Tagged: Serialize + DeserializeOwned {
    /// The type name used as the tag and as the JWS `cty`.
    const TAG: &'static str;
}

/// Additional data bound to a signed profile that is not authenticated
/// (reference-10 §10.1.3, §10.1.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Advice {
    /// When set, the profile was made the default at this time; the default
    /// profile is the one with the latest such time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    /// Portal accounts at which the profile is registered.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub portal_address: Vec<String>,
}

/// A signed object (PROTOCOL.md §4): the identifier, the JWS over the tagged
/// inner object, and unauthenticated advice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct Signed {
    /// The inner object's identifier (a UDF).
    pub identifier: String,
    /// RFC 7515 general JSON JWS over the tagged inner object.
    pub signed_data: Jws,
    /// Advice outside the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unauthenticated: Option<Advice>,
}

impl Signed {
    /// Signs `value` (tagged) with `key`.
    pub fn sign<T: Tagged>(value: &T, identifier: &str, key: &SigningKey) -> Signed {
        let payload = tagged_bytes(value);
        Signed {
            identifier: identifier.to_string(),
            signed_data: Jws::sign(&payload, T::TAG, key),
            unauthenticated: None,
        }
    }

    /// The inner object, without checking the signature.
    pub fn open_unverified<T: Tagged>(&self) -> Result<T> {
        untag(&self.signed_data.payload_unverified()?)
    }

    /// The inner object, after checking the signature against `key`.
    pub fn open<T: Tagged>(&self, key: &VerifyingKey) -> Result<T> {
        untag(&self.signed_data.verify(key)?)
    }

    /// The UDF of the key that claims to have signed this object.
    pub fn signer(&self) -> Result<String> {
        Ok(self.signed_data.header()?.kid)
    }
}

fn tagged_bytes<T: Tagged>(value: &T) -> Vec<u8> {
    let mut map = serde_json::Map::new();
    map.insert(
        T::TAG.to_string(),
        serde_json::to_value(value).expect("profile serializes"),
    );
    serde_json::to_vec(&map).expect("profile serializes")
}

/// Reads a tagged object `{"TypeName": {...}}` from JSON bytes.
pub fn untag<T: Tagged>(bytes: &[u8]) -> Result<T> {
    let mut value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ProfileError::Malformed(format!("payload is not JSON: {e}")))?;
    let inner = value
        .get_mut(T::TAG)
        .map(serde_json::Value::take)
        .ok_or_else(|| ProfileError::Malformed(format!("payload is not a {}", T::TAG)))?;
    serde_json::from_value(inner)
        .map_err(|e| ProfileError::Malformed(format!("invalid {}: {e}", T::TAG)))
}

/// Wraps a value in its tag for files and polymorphic fields.
pub fn to_tagged_json<T: Serialize>(tag: &str, value: &T) -> serde_json::Value {
    let mut map = serde_json::Map::new();
    map.insert(
        tag.to_string(),
        serde_json::to_value(value).expect("serializes"),
    );
    serde_json::Value::Object(map)
}

/// The master profile (reference-10 §10.3.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MasterProfile {
    /// UDF of the master signature key: the user's fingerprint.
    pub identifier: String,
    /// When this version was made.
    pub updated: String,
    /// The root of trust (Ed25519).
    pub master_signature_key: PublicKey,
    /// Keys to which escrowed data is encrypted (X25519).
    #[serde(default)]
    pub master_escrow_keys: Vec<PublicKey>,
    /// Keys that sign personal and application profiles (Ed25519).
    #[serde(default)]
    pub online_signature_keys: Vec<PublicKey>,
}

impl Tagged for MasterProfile {
    const TAG: &'static str = "MasterProfile";
}

/// A device profile (reference-10 §10.2.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeviceProfile {
    /// UDF of the device signature key.
    pub identifier: String,
    /// When this version was made.
    pub updated: String,
    /// Description of the device, for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Signs the device's profile and its catalog entries (Ed25519).
    pub device_signature_key: PublicKey,
    /// Authenticates the device's portal requests (Ed25519).
    pub device_authentication_key: PublicKey,
    /// Receives data encrypted to the device (X25519). The draft spells it
    /// `DeviceEncryptiontionKey`; both spellings are accepted.
    #[serde(alias = "DeviceEncryptiontionKey")]
    pub device_encryption_key: PublicKey,
}

impl Tagged for DeviceProfile {
    const TAG: &'static str = "DeviceProfile";
}

/// A personal profile (reference-10 §10.4.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PersonalProfile {
    /// Same as the master profile's identifier.
    pub identifier: String,
    /// When this version was made; each version is later than the last.
    pub updated: String,
    /// The master profile, signed by the master signature key.
    pub signed_master_profile: Signed,
    /// The connected devices, each self-signed.
    #[serde(default)]
    pub devices: Vec<Signed>,
    /// The application profiles (catalogs).
    #[serde(default)]
    pub applications: Vec<ApplicationProfileEntry>,
}

impl Tagged for PersonalProfile {
    const TAG: &'static str = "PersonalProfile";
}

/// An application's entry in the personal profile (reference-10 §10.4.3),
/// extended with the signed application profile itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApplicationProfileEntry {
    /// The application profile's identifier.
    pub identifier: String,
    /// The application type: the catalog name.
    #[serde(rename = "Type")]
    pub kind: String,
    /// A name for people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub friendly: Option<String>,
    /// Devices that may sign application profiles.
    #[serde(rename = "AdminDeviceUDF", default)]
    pub admin_device_udf: Vec<String>,
    /// Devices that may read the application's private keys.
    #[serde(rename = "DecryptDeviceUDF", default)]
    pub decrypt_device_udf: Vec<String>,
    /// The account at which the profile is located.
    #[serde(rename = "AccountID", default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// The application profile, signed by an online key (meshman extension:
    /// the draft leaves its location open).
    pub signed_application_profile: Signed,
}

/// An application profile for a catalog (reference-10 §10.5.2, PROTOCOL.md §5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApplicationProfile {
    /// UDF of the catalog encryption key.
    pub identifier: String,
    /// When this version was made.
    pub updated: String,
    /// The catalog name.
    #[serde(rename = "Type")]
    pub kind: String,
    /// The catalog's encryption key (X25519).
    pub encryption_key: PublicKey,
    /// The catalog's private keys (`ApplicationProfilePrivate`) wrapped to
    /// each decrypting device and to the master escrow key.
    pub key_envelope: Jwe,
}

impl Tagged for ApplicationProfile {
    const TAG: &'static str = "ApplicationProfile";
}

/// The private part of an application profile, only ever inside a JWE.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ApplicationProfilePrivate {
    /// The catalog's private encryption key.
    pub encryption_key: Jwk,
    /// b64u of the catalog's 128-bit index key (PROTOCOL.md §9).
    pub index_key: String,
}

impl Tagged for ApplicationProfilePrivate {
    const TAG: &'static str = "ApplicationProfilePrivate";
}

/// A master revocation (PROTOCOL.md §5, reference-10 §3.1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MasterRevocation {
    /// The revoked master profile's identifier.
    pub identifier: String,
    /// When the revocation was signed.
    pub revoked: String,
    /// Why, in the user's words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl Tagged for MasterRevocation {
    const TAG: &'static str = "MasterRevocation";
}

/// Makes a signed device profile from the device's three keys.
pub fn sign_device_profile(
    description: Option<&str>,
    signature: &SigningKey,
    authentication: &SigningKey,
    encryption: &EncryptionPublicKey,
) -> Signed {
    let identifier = signature.udf();
    let profile = DeviceProfile {
        identifier: identifier.clone(),
        updated: crate::time::now(),
        description: description.map(str::to_string),
        device_signature_key: signature.verifying_key().to_public_key(),
        device_authentication_key: authentication.verifying_key().to_public_key(),
        device_encryption_key: encryption.to_public_key(),
    };
    Signed::sign(&profile, &identifier, signature)
}

/// Checks a device profile's self-signature.
pub fn verify_device(signed: &Signed) -> Result<DeviceProfile> {
    let link = |reason: String| ProfileError::Chain {
        link: format!(
            "device profile {} self-signature",
            short(&signed.identifier)
        ),
        reason,
    };
    let claimed: DeviceProfile = signed.open_unverified()?;
    let key = VerifyingKey::from_public_key(&claimed.device_signature_key)
        .map_err(|e| link(e.to_string()))?;
    let profile: DeviceProfile = signed.open(&key).map_err(|e| link(e.to_string()))?;
    if profile.identifier != key.udf() || signed.identifier != profile.identifier {
        return Err(link(
            "identifier is not the device signature key's fingerprint".into(),
        ));
    }
    Ok(profile)
}

/// Checks a master profile's self-signature.
pub fn verify_master(signed: &Signed) -> Result<MasterProfile> {
    let link = |reason: String| ProfileError::Chain {
        link: "master profile self-signature".into(),
        reason,
    };
    let claimed: MasterProfile = signed.open_unverified()?;
    let key = VerifyingKey::from_public_key(&claimed.master_signature_key)
        .map_err(|e| link(e.to_string()))?;
    let profile: MasterProfile = signed.open(&key).map_err(|e| link(e.to_string()))?;
    if profile.identifier != key.udf() || signed.identifier != profile.identifier {
        return Err(link(
            "identifier is not the master signature key's fingerprint".into(),
        ));
    }
    Ok(profile)
}

/// Finds the online key of `master` that signed `signed` and checks the signature.
pub fn open_by_online_key<T: Tagged>(
    signed: &Signed,
    master: &MasterProfile,
    link: &str,
) -> Result<T> {
    let fail = |reason: String| ProfileError::Chain {
        link: link.to_string(),
        reason,
    };
    let kid = signed.signer().map_err(|e| fail(e.to_string()))?;
    let key = master
        .online_signature_keys
        .iter()
        .find(|k| k.udf == kid)
        .ok_or_else(|| {
            fail(format!(
                "signer {kid} is not an online key of the master profile"
            ))
        })?;
    let key = VerifyingKey::from_public_key(key).map_err(|e| fail(e.to_string()))?;
    signed.open(&key).map_err(|e| fail(e.to_string()))
}

/// A personal profile whose whole chain verified.
#[derive(Debug, Clone)]
pub struct VerifiedProfile {
    /// The personal profile.
    pub personal: PersonalProfile,
    /// Its master profile.
    pub master: MasterProfile,
    /// Its devices.
    pub devices: Vec<DeviceProfile>,
    /// Its application profiles, beside their entries.
    pub applications: Vec<(ApplicationProfileEntry, ApplicationProfile)>,
}

impl VerifiedProfile {
    /// The profile fingerprint (the master signature key's UDF).
    pub fn fingerprint(&self) -> &str {
        &self.master.identifier
    }

    /// The administration devices: those listed as AdminDeviceUDF of the
    /// application entries (reference-10 §10.4.3: "devices authorized to sign
    /// application profiles"), which are the devices holding an online key.
    pub fn admin_devices(&self) -> Vec<&str> {
        let mut admins: Vec<&str> = self
            .personal
            .applications
            .iter()
            .flat_map(|a| a.admin_device_udf.iter().map(String::as_str))
            .filter(|udf| self.device(udf).is_some())
            .collect();
        admins.sort_unstable();
        admins.dedup();
        admins
    }

    /// True when `device_udf` is an administration device of the profile.
    pub fn is_admin(&self, device_udf: &str) -> bool {
        self.admin_devices().contains(&device_udf)
    }

    /// The device with this identifier, if connected.
    pub fn device(&self, udf: &str) -> Option<&DeviceProfile> {
        self.devices.iter().find(|d| d.identifier == udf)
    }
}

/// One link of the chain and whether it held, for `profile verify`.
#[derive(Debug, Clone, Serialize)]
pub struct ChainCheck {
    /// The link, in words.
    pub link: String,
    /// `None` when it held; the reason otherwise.
    pub error: Option<String>,
}

/// Checks every link of a personal profile's chain and reports each, so the
/// user sees exactly which one is broken. Verification continues past a
/// broken device or application link; it stops at a broken master or
/// personal link, since everything below depends on them.
pub fn check_chain(signed: &Signed) -> (Vec<ChainCheck>, Option<VerifiedProfile>) {
    check_chain_from(signed, None)
}

/// [`check_chain`], taking from `known` (a version of the profile whose
/// whole chain verified) every link it holds byte for byte: the master
/// profile, device profiles and, under the same master profile, application
/// profiles. A signature over the same bytes by the same key verifies the
/// same way again, so only what is new is verified. The personal profile's
/// own signature, which every new version changes, is always verified.
fn check_chain_from(
    signed: &Signed,
    known: Option<&VerifiedProfile>,
) -> (Vec<ChainCheck>, Option<VerifiedProfile>) {
    let mut checks = Vec::new();
    let mut record = |link: &str, r: &Result<()>| {
        checks.push(ChainCheck {
            link: link.to_string(),
            error: r.as_ref().err().map(ToString::to_string),
        })
    };
    let claimed: PersonalProfile = match signed.open_unverified() {
        Ok(p) => p,
        Err(e) => {
            record("personal profile is well formed", &Err(e));
            return (checks, None);
        }
    };
    let known = known.filter(|k| k.personal.signed_master_profile == claimed.signed_master_profile);
    let master = match known.map_or_else(
        || verify_master(&claimed.signed_master_profile),
        |k| Ok(k.master.clone()),
    ) {
        Ok(m) => {
            record("master profile self-signature", &Ok(()));
            m
        }
        Err(e) => {
            record("master profile self-signature", &Err(e));
            return (checks, None);
        }
    };
    let link = "personal profile signed by an online key of the master profile";
    let personal: PersonalProfile =
        match open_by_online_key::<PersonalProfile>(signed, &master, link) {
            Ok(p)
                if p.identifier != master.identifier || signed.identifier != master.identifier =>
            {
                record(
                    link,
                    &Err(ProfileError::Chain {
                        link: link.into(),
                        reason: "identifier is not the master profile's".into(),
                    }),
                );
                return (checks, None);
            }
            Ok(p) => {
                record(link, &Ok(()));
                p
            }
            Err(e) => {
                record(link, &Err(e));
                return (checks, None);
            }
        };
    let mut ok = true;
    let mut devices = Vec::new();
    for device in &personal.devices {
        // A verified profile's devices and applications are in the order
        // of its personal profile's lists.
        let same = known.and_then(|k| {
            let i = k.personal.devices.iter().position(|d| d == device)?;
            Some(k.devices[i].clone())
        });
        let r = same.map_or_else(|| verify_device(device), Ok);
        record(
            &format!("device {} self-signature", short(&device.identifier)),
            &r.clone().map(|_| ()),
        );
        match r {
            Ok(d) => devices.push(d),
            Err(_) => ok = false,
        }
    }
    let mut applications = Vec::new();
    for entry in &personal.applications {
        let link = format!("application profile {} signed by an online key", entry.kind);
        let same = known.and_then(|k| {
            let i = k.personal.applications.iter().position(|e| e == entry)?;
            Some(k.applications[i].1.clone())
        });
        let r: Result<ApplicationProfile> = if let Some(a) = same {
            Ok(a)
        } else {
            open_by_online_key(&entry.signed_application_profile, &master, &link).and_then(
                |a: ApplicationProfile| {
                    if a.kind != entry.kind || a.identifier != entry.identifier {
                        return Err(ProfileError::Chain {
                            link: link.clone(),
                            reason: "entry and profile disagree on type or identifier".into(),
                        });
                    }
                    Ok(a)
                },
            )
        };
        record(&link, &r.clone().map(|_| ()));
        match r {
            Ok(a) => applications.push((entry.clone(), a)),
            Err(_) => ok = false,
        }
    }
    let verified = ok.then_some(VerifiedProfile {
        personal,
        master,
        devices,
        applications,
    });
    (checks, verified)
}

/// Verifies a personal profile's whole chain; the error names the first
/// broken link.
pub fn verify_personal(signed: &Signed) -> Result<VerifiedProfile> {
    first_broken_link(check_chain(signed))
}

/// [`verify_personal`] for a new version of `known`, verifying only the
/// links that differ from it: a link equal byte for byte to one of
/// `known` verified before and is taken from it.
pub fn verify_personal_update(signed: &Signed, known: &VerifiedProfile) -> Result<VerifiedProfile> {
    first_broken_link(check_chain_from(signed, Some(known)))
}

fn first_broken_link(
    (checks, verified): (Vec<ChainCheck>, Option<VerifiedProfile>),
) -> Result<VerifiedProfile> {
    verified.ok_or_else(|| {
        let failed = checks.into_iter().find(|c| c.error.is_some());
        match failed {
            Some(c) => ProfileError::Chain {
                link: c.link,
                reason: c.error.unwrap_or_default(),
            },
            None => ProfileError::Malformed("profile did not verify".into()),
        }
    })
}

/// Checks a master revocation against the master profile it revokes.
pub fn verify_revocation(signed: &Signed, master: &MasterProfile) -> Result<MasterRevocation> {
    let fail = |reason: String| ProfileError::Chain {
        link: "master revocation signed by the master signature key".into(),
        reason,
    };
    let key = VerifyingKey::from_public_key(&master.master_signature_key)
        .map_err(|e| fail(e.to_string()))?;
    let revocation: MasterRevocation = signed.open(&key).map_err(|e| fail(e.to_string()))?;
    if revocation.identifier != master.identifier || signed.identifier != master.identifier {
        return Err(fail("it revokes another profile".into()));
    }
    Ok(revocation)
}

/// The first 9 characters of a fingerprint, for messages.
pub fn short(udf: &str) -> &str {
    udf.get(..9).unwrap_or(udf)
}
