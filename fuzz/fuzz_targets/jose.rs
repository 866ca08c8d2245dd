//! JWS and JWE as they arrive from a portal or a file: parsing, header
//! reading, verification and decryption never panic and never succeed on
//! data the fixed keys did not make.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use meshman::crypto::jwe::Jwe;
use meshman::crypto::jws::{self, Jws};
use meshman::crypto::{EncryptionKey, SigningKey};
use meshman::secret::SecretBytes;

struct Keys {
    signing: SigningKey,
    encryption: EncryptionKey,
    dir: SecretBytes,
}

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| Keys {
        signing: SigningKey::from_seed(&[7u8; 32]).unwrap(),
        encryption: EncryptionKey::from_bytes(&[9u8; 32]).unwrap(),
        dir: SecretBytes::from_slice(&[3u8; 32]),
    })
}

fuzz_target!(|data: &[u8]| {
    let k = keys();
    if let Ok(signed) = serde_json::from_slice::<Jws>(data) {
        let _ = signed.header();
        let _ = signed.payload_unverified();
        let _ = signed.verify(&k.signing.verifying_key());
    }
    if let Ok(sealed) = serde_json::from_slice::<Jwe>(data) {
        let _ = sealed.decrypt(&k.encryption);
        let _ = sealed.decrypt_dir(&k.dir);
    }
    if let Ok(token) = std::str::from_utf8(data) {
        let _ = jws::detached_header(token);
        let _ = jws::verify_detached(token, b"body", &k.signing.verifying_key());
    }
});
