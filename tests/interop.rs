//! Interoperability of meshman's JWS, JWE and key fingerprints with an
//! independent implementation: Python's `cryptography` and `joserfc`
//! (STYLE.md, Tests). `tests/interop/jose_interop.py` checks what Rust
//! writes and writes its own JWS and JWE, which Rust then checks.
//!
//! Without python3 and those modules the test is skipped with a loud
//! message, unless `MESHMAN_REQUIRE_INTEROP=1` (set in CI) makes it fail.

use std::path::Path;
use std::process::Command;

use meshman::crypto::jwe::Jwe;
use meshman::crypto::jws::Jws;
use meshman::crypto::{EncryptionKey, Jwk, SigningKey, VerifyingKey};
use meshman::home::Home;
use meshman::keystore::{Access, DEFAULT_KDF, Protection};
use meshman::profile::to_tagged_json;
use meshman::secret::SecretBytes;

/// What Rust signs and encrypts for Python.
const RUST_PLAINTEXT: &[u8] = br#"{"InteropMessage":{"From":"meshman"}}"#;
/// What the Python script signs and encrypts for Rust.
const PY_PLAINTEXT: &[u8] = br#"{"InteropMessage":{"From":"python joserfc"}}"#;

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn write_json(dir: &Path, name: &str, value: &impl serde::Serialize) {
    std::fs::write(dir.join(name), serde_json::to_vec_pretty(value).unwrap()).unwrap();
}

fn read_json<T: serde::de::DeserializeOwned>(dir: &Path, name: &str) -> T {
    let text = std::fs::read_to_string(dir.join(name))
        .unwrap_or_else(|e| panic!("the Python script did not write {name}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} does not parse: {e}\n{text}"))
}

/// Whether python3 with joserfc and cryptography can run; the reason if not.
fn python_unavailable() -> Option<String> {
    match Command::new("python3")
        .args(["-c", "import joserfc, cryptography"])
        .output()
    {
        Err(e) => Some(format!("python3 cannot be run: {e}")),
        Ok(out) if !out.status.success() => Some(format!(
            "python3 lacks joserfc or cryptography: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )),
        Ok(_) => None,
    }
}

#[test]
fn jose_interop_with_python() {
    if let Some(reason) = python_unavailable() {
        if std::env::var("MESHMAN_REQUIRE_INTEROP").as_deref() == Ok("1") {
            panic!("MESHMAN_REQUIRE_INTEROP=1 but {reason}");
        }
        eprintln!("**************************************************************");
        eprintln!("interop test skipped: {reason}");
        eprintln!("(set MESHMAN_REQUIRE_INTEROP=1 to make this a failure)");
        eprintln!("**************************************************************");
        return;
    }

    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    std::fs::write(dir.join("expected_plaintext.txt"), RUST_PLAINTEXT).unwrap();

    // A JWS and its signer's public JWK.
    let signer = SigningKey::generate();
    write_json(
        dir,
        "rust_jws.json",
        &Jws::sign(RUST_PLAINTEXT, "InteropMessage", &signer),
    );
    write_json(dir, "rust_jws_key.json", &signer.verifying_key().to_jwk());

    // Fingerprint records of one key of each type.
    let ed25519 = signer.verifying_key();
    write_json(
        dir,
        "rust_ed25519.json",
        &serde_json::json!({
            "jwk": ed25519.to_jwk(),
            "spki_hex": hex(&ed25519.spki_der()),
            "udf": ed25519.udf(),
        }),
    );
    let x25519 = EncryptionKey::generate();
    let x25519_public = x25519.public_key();
    write_json(
        dir,
        "rust_x25519.json",
        &serde_json::json!({
            "jwk": x25519_public.to_jwk(),
            "spki_hex": hex(&x25519_public.spki_der()),
            "udf": x25519_public.udf(),
        }),
    );

    // A JWE to a key whose private JWK Python gets, and a dir JWE.
    let recipient = EncryptionKey::generate();
    write_json(
        dir,
        "rust_jwe.json",
        &Jwe::encrypt(RUST_PLAINTEXT, &[&recipient.public_key()]),
    );
    write_json(dir, "rust_jwe_key.json", &recipient.to_private_jwk());
    let dir_key = SecretBytes::random(32);
    write_json(
        dir,
        "rust_jwe_dir.json",
        &Jwe::encrypt_dir(RUST_PLAINTEXT, &dir_key, "dir-key"),
    );
    std::fs::write(dir.join("rust_dir_key.hex"), hex(dir_key.expose())).unwrap();

    // A whole profile, exported as a user would.
    let home_dir = tempfile::tempdir().unwrap();
    let mut home = Home::open(
        home_dir.path(),
        Access::Write,
        Box::new(|| unreachable!("no passphrase is needed")),
    )
    .unwrap();
    home.keystore()
        .initialize(Protection::None, &DEFAULT_KDF)
        .unwrap();
    let created = home.create_profile(Some("interop")).unwrap();
    let local = home.find_profile(Some(&created.fingerprint)).unwrap();
    write_json(
        dir,
        "rust_profile.json",
        &to_tagged_json("SignedPersonalProfile", &local.signed),
    );

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/jose_interop.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "the Python interop script failed ({}):\n{stderr}",
        out.status
    );

    // Python's JWS: verified with the key Python names, whose UDF must be the kid.
    let py_key: Jwk = read_json(dir, "py_jws_key.json");
    let py_key = VerifyingKey::from_jwk(&py_key).unwrap();
    let py_jws: Jws = read_json(dir, "py_jws.json");
    assert_eq!(py_jws.header().unwrap().kid, py_key.udf());
    assert_eq!(py_jws.verify(&py_key).unwrap(), PY_PLAINTEXT);

    // Python's JWE to the Rust X25519 key.
    let py_jwe: Jwe = read_json(dir, "py_jwe.json");
    assert_eq!(py_jwe.recipient_kids(), vec![x25519.udf().as_str()]);
    assert_eq!(py_jwe.decrypt(&x25519).unwrap().expose(), PY_PLAINTEXT);
}
