//! The local keystore: where a device keeps its profiles and private keys.
//!
//! Layout under the home folder (`--home`, `MESHMAN_HOME`, or the platform
//! data folder):
//!
//! ```text
//! keystore.json              protection: Argon2id parameters, salt, check value
//! meshman.lock               advisory lock held while a command runs
//! config.json                accounts and settings (public)
//! device/profile.json        this device's SignedDeviceProfile (public)
//! device/keys.json           its private keys (encrypted)
//! profiles/<UDF>/...         one folder per personal profile
//! ```
//!
//! Private keys are encrypted at rest with AES-256-GCM under a key derived
//! from the passphrase by Argon2id; the parameters are stored beside the
//! ciphertext so they can be raised later without breaking old stores. Each
//! file's name is bound in as associated data, so files cannot be swapped.
//! Every write is atomic (temporary file, fsync, rename, fsync of the folder)
//! and a lock keeps two meshman processes from interleaving their updates.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use ring::aead;
use serde::{Deserialize, Serialize};

use crate::crypto::fill_random;
use crate::encoding::{b64u_decode, b64u_encode};
use crate::secret::SecretBytes;

/// Argon2id parameters for new keystores: 64 MiB, 3 passes, 1 lane
/// (RFC 9106 §4, second recommended option, with one lane so the cost is the
/// same on a one-core machine).
pub const DEFAULT_KDF: KdfParams = KdfParams {
    algorithm: String::new(),
    version: 0x13,
    memory_kib: 64 * 1024,
    iterations: 3,
    parallelism: 1,
    salt: String::new(),
};

const FORMAT_VERSION: u32 = 1;
const AAD_PREFIX: &str = "meshman-keystore/v1/";
const CHECK_PLAINTEXT: &[u8] = b"meshman keystore check";

/// What went wrong with the keystore, phrased for the user.
#[derive(Debug)]
pub enum KeystoreError {
    /// The passphrase does not open this keystore.
    WrongPassphrase,
    /// No passphrase was available and one is needed.
    NoPassphrase(String),
    /// The keystore has not been created yet.
    NotInitialized(PathBuf),
    /// A file is damaged or of an unknown format.
    Corrupt(PathBuf, String),
    /// A file was expected but is missing.
    Missing(PathBuf),
    /// An operating-system error on a path.
    Io(PathBuf, std::io::Error),
}

impl std::fmt::Display for KeystoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeystoreError::WrongPassphrase => f.write_str("wrong passphrase for this keystore"),
            KeystoreError::NoPassphrase(why) => write!(f, "a passphrase is needed: {why}"),
            KeystoreError::NotInitialized(p) => {
                write!(
                    f,
                    "no keystore at {} (no profile has been created)",
                    p.display()
                )
            }
            KeystoreError::Corrupt(p, why) => write!(f, "{} is damaged: {why}", p.display()),
            KeystoreError::Missing(p) => write!(f, "{} is missing", p.display()),
            KeystoreError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for KeystoreError {}

type Result<T> = std::result::Result<T, KeystoreError>;

/// How private keys are protected at rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Protection {
    /// Argon2id + AES-256-GCM under a passphrase.
    #[serde(rename = "passphrase")]
    Passphrase,
    /// Stored unencrypted (0600 files), chosen with `--no-passphrase`.
    #[serde(rename = "none")]
    None,
}

/// Argon2id parameters, stored in `keystore.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct KdfParams {
    /// Always "argon2id".
    pub algorithm: String,
    /// Argon2 version (0x13).
    pub version: u32,
    /// Memory in KiB.
    #[serde(rename = "MemoryKiB")]
    pub memory_kib: u32,
    /// Passes over memory.
    pub iterations: u32,
    /// Lanes.
    pub parallelism: u32,
    /// b64u of the 16-byte salt.
    pub salt: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct Sealed {
    nonce: String,
    ciphertext: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct KeystoreHeader {
    version: u32,
    protection: Protection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kdf: Option<KdfParams>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    check: Option<Sealed>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SecretFile {
    version: u32,
    protection: Protection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sealed: Option<Sealed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    plaintext: Option<String>,
}

/// Supplies the passphrase when the keystore first needs it.
pub type PassphraseSource = Box<dyn FnMut() -> std::result::Result<SecretBytes, KeystoreError>>;

/// An open keystore. Holds the lock until dropped.
pub struct Keystore {
    root: PathBuf,
    _lock: File,
    header: Option<KeystoreHeader>,
    key: Option<SecretBytes>,
    passphrase: PassphraseSource,
}

/// Whether a command only reads the keystore or may change it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Many readers at once.
    Read,
    /// One writer, no readers.
    Write,
}

impl Keystore {
    /// The platform's data folder for meshman (used without `--home`).
    pub fn default_home() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "mathmesh", "meshman").map(|d| d.data_dir().into())
    }

    /// Opens (creating the folder if needed) the keystore at `root` and
    /// takes its lock. `passphrase` is called at most once, and only when a
    /// private key is read or written in a protected keystore.
    pub fn open(root: &Path, access: Access, passphrase: PassphraseSource) -> Result<Keystore> {
        create_private_dir(root)?;
        let lock_path = root.join("meshman.lock");
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .map_err(|e| KeystoreError::Io(lock_path.clone(), e))?;
        let locked = match access {
            Access::Read => lock.try_lock_shared(),
            Access::Write => lock.try_lock(),
        };
        if locked.is_err() {
            eprintln!("meshman: waiting for another meshman process to release the keystore...");
            match access {
                Access::Read => lock.lock_shared(),
                Access::Write => lock.lock(),
            }
            .map_err(|e| KeystoreError::Io(lock_path.clone(), e))?;
        }
        let header_path = root.join("keystore.json");
        let header = match read_optional(&header_path)? {
            Some(bytes) => Some(
                serde_json::from_slice::<KeystoreHeader>(&bytes)
                    .map_err(|e| KeystoreError::Corrupt(header_path.clone(), e.to_string()))?,
            ),
            None => None,
        };
        if let Some(h) = &header
            && h.version != FORMAT_VERSION
        {
            return Err(KeystoreError::Corrupt(
                header_path,
                format!("keystore format version {} is not supported", h.version),
            ));
        }
        Ok(Keystore {
            root: root.to_path_buf(),
            _lock: lock,
            header,
            key: None,
            passphrase,
        })
    }

    /// The keystore's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// How private keys are protected, or `None` before the first profile.
    pub fn protection(&self) -> Option<Protection> {
        self.header.as_ref().map(|h| h.protection)
    }

    /// Sets up protection for a new keystore. With `Protection::Passphrase`
    /// the passphrase source is asked now.
    pub fn initialize(&mut self, protection: Protection, kdf: &KdfParams) -> Result<()> {
        // The keystore folder may have existed before (`--home` on an empty
        // folder); it holds private keys from now on, so only we may enter.
        fs::set_permissions(&self.root, fs::Permissions::from_mode(0o700))
            .map_err(|e| KeystoreError::Io(self.root.clone(), e))?;
        let header = match protection {
            Protection::None => KeystoreHeader {
                version: FORMAT_VERSION,
                protection,
                kdf: None,
                check: None,
            },
            Protection::Passphrase => {
                let passphrase = (self.passphrase)()?;
                let mut salt = [0u8; 16];
                fill_random(&mut salt);
                let params = KdfParams {
                    algorithm: "argon2id".into(),
                    salt: b64u_encode(&salt),
                    ..kdf.clone()
                };
                let key = derive_key(&passphrase, &params, &self.root)?;
                let check = seal(&key, "check", CHECK_PLAINTEXT);
                self.key = Some(key);
                KeystoreHeader {
                    version: FORMAT_VERSION,
                    protection,
                    kdf: Some(params),
                    check: Some(check),
                }
            }
        };
        let bytes = serde_json::to_vec_pretty(&header).expect("header serializes");
        atomic_write(&self.root.join("keystore.json"), &bytes)?;
        self.header = Some(header);
        Ok(())
    }

    fn unlock(&mut self) -> Result<()> {
        if self.key.is_some() {
            return Ok(());
        }
        let header = self
            .header
            .as_ref()
            .ok_or_else(|| KeystoreError::NotInitialized(self.root.clone()))?;
        let (Some(kdf), Some(check)) = (&header.kdf, &header.check) else {
            return Err(KeystoreError::Corrupt(
                self.root.join("keystore.json"),
                "passphrase protection without KDF parameters".into(),
            ));
        };
        let passphrase = (self.passphrase)()?;
        let key = derive_key(&passphrase, kdf, &self.root)?;
        open_sealed(&key, "check", check).map_err(|_| KeystoreError::WrongPassphrase)?;
        self.key = Some(key);
        Ok(())
    }

    /// Checks the passphrase now (for commands that want to fail early).
    pub fn check_passphrase(&mut self) -> Result<()> {
        match self.protection() {
            Some(Protection::Passphrase) => self.unlock(),
            _ => Ok(()),
        }
    }

    /// Writes a public file (relative path) atomically.
    pub fn write_public(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.root.join(rel);
        if let Some(parent) = path.parent() {
            create_private_dir(parent)?;
        }
        atomic_write(&path, bytes)
    }

    /// Reads a public file, `None` when it does not exist.
    pub fn read_public(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        read_optional(&self.root.join(rel))
    }

    /// True when the file exists.
    pub fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    /// Encrypts (when protected) and writes a secret file atomically.
    pub fn write_secret(&mut self, rel: &str, plaintext: &SecretBytes) -> Result<()> {
        let protection = self
            .protection()
            .ok_or_else(|| KeystoreError::NotInitialized(self.root.clone()))?;
        let file = match protection {
            Protection::None => SecretFile {
                version: FORMAT_VERSION,
                protection,
                sealed: None,
                plaintext: Some(b64u_encode(plaintext.expose())),
            },
            Protection::Passphrase => {
                self.unlock()?;
                let key = self.key.as_ref().expect("unlocked");
                SecretFile {
                    version: FORMAT_VERSION,
                    protection,
                    sealed: Some(seal(key, rel, plaintext.expose())),
                    plaintext: None,
                }
            }
        };
        let bytes = serde_json::to_vec_pretty(&file).expect("secret file serializes");
        self.write_public(rel, &bytes)
    }

    /// Reads and decrypts a secret file.
    pub fn read_secret(&mut self, rel: &str) -> Result<SecretBytes> {
        let path = self.root.join(rel);
        let bytes = read_optional(&path)?.ok_or_else(|| KeystoreError::Missing(path.clone()))?;
        let file: SecretFile = serde_json::from_slice(&bytes)
            .map_err(|e| KeystoreError::Corrupt(path.clone(), e.to_string()))?;
        match (file.protection, file.sealed, file.plaintext) {
            (Protection::None, _, Some(text)) => b64u_decode(&text)
                .map(SecretBytes::new)
                .map_err(|e| KeystoreError::Corrupt(path, e.to_string())),
            (Protection::Passphrase, Some(sealed), _) => {
                self.unlock()?;
                let key = self.key.as_ref().expect("unlocked");
                open_sealed(key, rel, &sealed).map_err(|why| KeystoreError::Corrupt(path, why))
            }
            _ => Err(KeystoreError::Corrupt(
                path,
                "neither sealed nor plain".into(),
            )),
        }
    }

    /// Removes a file; a missing file is not an error.
    pub fn remove(&self, rel: &str) -> Result<()> {
        let path = self.root.join(rel);
        match fs::remove_file(&path) {
            Ok(()) => sync_dir(path.parent().unwrap_or(&self.root)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(KeystoreError::Io(path, e)),
        }
    }

    /// Names of the entries of a folder (relative path), sorted; empty when
    /// the folder does not exist.
    pub fn list(&self, rel: &str) -> Result<Vec<String>> {
        let path = self.root.join(rel);
        let entries = match fs::read_dir(&path) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(KeystoreError::Io(path, e)),
        };
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| KeystoreError::Io(path.clone(), e))?;
            if let Some(name) = entry.file_name().to_str() {
                names.push(name.to_string());
            }
        }
        names.sort();
        Ok(names)
    }
}

/// Data sealed under a passphrase alone, outside any keystore (private
/// profile exports): Argon2id parameters beside an AES-256-GCM ciphertext.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PassphraseSealed {
    kdf: KdfParams,
    sealed: Sealed,
}

impl PassphraseSealed {
    /// Seals `plaintext` under `passphrase`; `purpose` is bound as associated data.
    pub fn seal(passphrase: &SecretBytes, purpose: &str, plaintext: &[u8]) -> Result<Self> {
        let mut salt = [0u8; 16];
        fill_random(&mut salt);
        let kdf = KdfParams {
            algorithm: "argon2id".into(),
            salt: b64u_encode(&salt),
            ..DEFAULT_KDF
        };
        let key = derive_key(passphrase, &kdf, Path::new("export"))?;
        Ok(PassphraseSealed {
            sealed: seal(&key, purpose, plaintext),
            kdf,
        })
    }

    /// Opens the sealed data; a wrong passphrase is [`KeystoreError::WrongPassphrase`].
    pub fn open(&self, passphrase: &SecretBytes, purpose: &str) -> Result<SecretBytes> {
        let key = derive_key(passphrase, &self.kdf, Path::new("export"))?;
        open_sealed(&key, purpose, &self.sealed).map_err(|_| KeystoreError::WrongPassphrase)
    }
}

fn derive_key(passphrase: &SecretBytes, params: &KdfParams, root: &Path) -> Result<SecretBytes> {
    let corrupt = |why: String| KeystoreError::Corrupt(root.join("keystore.json"), why);
    if params.algorithm != "argon2id" || params.version != 0x13 {
        return Err(corrupt(format!(
            "unsupported KDF {} version {:#x}",
            params.algorithm, params.version
        )));
    }
    let salt = b64u_decode(&params.salt).map_err(|e| corrupt(e.to_string()))?;
    let argon_params = argon2::Params::new(
        params.memory_kib,
        params.iterations,
        params.parallelism,
        Some(32),
    )
    .map_err(|e| corrupt(format!("bad Argon2 parameters: {e}")))?;
    let argon = argon2::Argon2::new(
        argon2::Algorithm::Argon2id,
        argon2::Version::V0x13,
        argon_params,
    );
    let mut key = vec![0u8; 32];
    argon
        .hash_password_into(passphrase.expose(), &salt, &mut key)
        .map_err(|e| corrupt(format!("Argon2 failed: {e}")))?;
    Ok(SecretBytes::new(key))
}

fn aead_key(key: &SecretBytes) -> aead::LessSafeKey {
    let unbound =
        aead::UnboundKey::new(&aead::AES_256_GCM, key.expose()).expect("32-byte AES-256 key");
    aead::LessSafeKey::new(unbound)
}

fn seal(key: &SecretBytes, purpose: &str, plaintext: &[u8]) -> Sealed {
    let mut nonce = [0u8; 12];
    fill_random(&mut nonce);
    let mut buf = plaintext.to_vec();
    let aad = format!("{AAD_PREFIX}{purpose}");
    aead_key(key)
        .seal_in_place_append_tag(
            aead::Nonce::assume_unique_for_key(nonce),
            aead::Aad::from(aad.as_bytes()),
            &mut buf,
        )
        .expect("AES-GCM seal of a small buffer");
    let sealed = Sealed {
        nonce: b64u_encode(&nonce),
        ciphertext: b64u_encode(&buf),
    };
    zeroize::Zeroize::zeroize(&mut buf);
    sealed
}

fn open_sealed(
    key: &SecretBytes,
    purpose: &str,
    sealed: &Sealed,
) -> std::result::Result<SecretBytes, String> {
    let nonce: [u8; 12] = b64u_decode(&sealed.nonce)
        .map_err(|e| e.to_string())?
        .try_into()
        .map_err(|_| "nonce is not 12 bytes".to_string())?;
    let mut buf = b64u_decode(&sealed.ciphertext).map_err(|e| e.to_string())?;
    let aad = format!("{AAD_PREFIX}{purpose}");
    let len = aead_key(key)
        .open_in_place(
            aead::Nonce::assume_unique_for_key(nonce),
            aead::Aad::from(aad.as_bytes()),
            &mut buf,
        )
        .map_err(|_| "authentication failed (altered, or sealed under another key)".to_string())?
        .len();
    buf.truncate(len);
    Ok(SecretBytes::new(buf))
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(KeystoreError::Io(path.to_path_buf(), e)),
    }
}

/// Creates `dir` (and parents) with mode 0700, and fsyncs the parent of
/// every folder it made, so a crash cannot lose a new folder whose files
/// were already made durable.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.exists() {
        return Ok(());
    }
    let mut made = Vec::new();
    let mut missing = Some(dir);
    while let Some(d) = missing.filter(|d| !d.as_os_str().is_empty() && !d.exists()) {
        made.push(d);
        missing = d.parent();
    }
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| KeystoreError::Io(dir.to_path_buf(), e))?;
    for d in made.iter().rev() {
        if let Some(parent) = d.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent)?;
        }
    }
    Ok(())
}

/// Writes `bytes` to `path` so that a crash leaves either the old file or
/// the new one, never a mix: a 0600 temporary file in the same folder,
/// write, fsync, rename over the target, fsync the folder.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let io = |e: std::io::Error| KeystoreError::Io(path.to_path_buf(), e);
    // tempfile creates the file with mode 0600 before any byte is written.
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| KeystoreError::Io(dir.to_path_buf(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fast_kdf() -> KdfParams {
        KdfParams {
            memory_kib: 64,
            iterations: 1,
            ..DEFAULT_KDF
        }
    }

    fn fixed(p: &'static str) -> PassphraseSource {
        Box::new(move || Ok(SecretBytes::from_slice(p.as_bytes())))
    }

    #[test]
    fn secret_round_trip_with_passphrase_and_wrong_passphrase_fails() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut ks = Keystore::open(dir.path(), Access::Write, fixed("correct")).unwrap();
            ks.initialize(Protection::Passphrase, &fast_kdf()).unwrap();
            ks.write_secret("device/keys.json", &SecretBytes::from_slice(b"private"))
                .unwrap();
        }
        let raw = fs::read(dir.path().join("device/keys.json")).unwrap();
        assert!(!String::from_utf8_lossy(&raw).contains("private"));
        let mode = fs::metadata(dir.path().join("device/keys.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let dmode = fs::metadata(dir.path().join("device"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(dmode & 0o777, 0o700);

        let mut ks = Keystore::open(dir.path(), Access::Read, fixed("correct")).unwrap();
        assert_eq!(
            ks.read_secret("device/keys.json").unwrap().expose(),
            b"private"
        );
        drop(ks);
        let mut ks = Keystore::open(dir.path(), Access::Read, fixed("wrong")).unwrap();
        assert!(matches!(
            ks.read_secret("device/keys.json"),
            Err(KeystoreError::WrongPassphrase)
        ));
    }

    #[test]
    fn swapped_secret_files_do_not_open() {
        let dir = tempfile::tempdir().unwrap();
        let mut ks = Keystore::open(dir.path(), Access::Write, fixed("p")).unwrap();
        ks.initialize(Protection::Passphrase, &fast_kdf()).unwrap();
        ks.write_secret("a.json", &SecretBytes::from_slice(b"A"))
            .unwrap();
        fs::copy(dir.path().join("a.json"), dir.path().join("b.json")).unwrap();
        assert!(matches!(
            ks.read_secret("b.json"),
            Err(KeystoreError::Corrupt(..))
        ));
    }

    #[test]
    fn unprotected_store_is_marked_and_readable() {
        let dir = tempfile::tempdir().unwrap();
        let mut ks = Keystore::open(
            dir.path(),
            Access::Write,
            Box::new(|| Err(KeystoreError::NoPassphrase("not asked".into()))),
        )
        .unwrap();
        ks.initialize(Protection::None, &DEFAULT_KDF).unwrap();
        ks.write_secret("k.json", &SecretBytes::from_slice(b"x"))
            .unwrap();
        assert_eq!(ks.read_secret("k.json").unwrap().expose(), b"x");
        assert_eq!(ks.protection(), Some(Protection::None));
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        atomic_write(&path, b"one").unwrap();
        atomic_write(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
