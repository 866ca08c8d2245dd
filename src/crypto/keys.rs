//! Key pairs and their public forms (reference-10 §9.1.1, PROTOCOL.md §2, §4).
//!
//! Signature and authentication keys are Ed25519 (ring); encryption and
//! escrow keys are X25519 (x25519-dalek static secrets, which ring lacks).
//! Public keys travel as RFC 8037 JWKs; their fingerprint is the UDF of the
//! RFC 8410 SubjectPublicKeyInfo DER.

use ring::signature::{ED25519, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};
use serde::{Deserialize, Serialize};
use x25519_dalek::StaticSecret;

use super::CryptoError;
use crate::encoding::{b64u_decode, b64u_encode};
use crate::secret::SecretBytes;

/// RFC 8410 SubjectPublicKeyInfo prefix for an Ed25519 key (OID 1.3.101.112).
const ED25519_SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00,
];
/// RFC 8410 SubjectPublicKeyInfo prefix for an X25519 key (OID 1.3.101.110).
const X25519_SPKI_PREFIX: [u8; 12] = [
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00,
];

/// An RFC 8037 OKP JSON Web Key. `d` is present only in private JWKs, which
/// exist only inside encrypted containers (keystore, recovery record).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Jwk {
    /// Always "OKP".
    pub kty: String,
    /// "Ed25519" or "X25519".
    pub crv: String,
    /// The public key, b64u.
    pub x: String,
    /// The private key (Ed25519 seed or X25519 scalar), b64u.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub d: Option<String>,
}

/// The draft's PublicKey (§9.1.1): the key fingerprint and its JWK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct PublicKey {
    /// UDF fingerprint of the key (PROTOCOL.md §2).
    #[serde(rename = "UDF")]
    pub udf: String,
    /// The public JWK.
    pub public_parameters: Jwk,
}

/// An Ed25519 private key.
///
/// Only the seed is held (zeroized on drop); ring's key pair, which does not
/// zeroize itself, is rebuilt for each signature and dropped at once.
pub struct SigningKey {
    seed: SecretBytes,
    public: [u8; 32],
}

/// An Ed25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyingKey(pub [u8; 32]);

/// An X25519 private key.
///
/// Only the scalar is held (zeroized on drop); x25519-dalek's `StaticSecret`
/// (itself zeroizing) is rebuilt for each agreement.
pub struct EncryptionKey {
    secret: SecretBytes,
    public: [u8; 32],
}

/// An X25519 public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EncryptionPublicKey(pub [u8; 32]);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", self.udf())
    }
}

impl std::fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EncryptionKey({})", self.udf())
    }
}

/// Decodes a b64u JWK member that must hold exactly 32 bytes.
fn decode_32(value: &str, what: &str) -> Result<[u8; 32], CryptoError> {
    let bytes = b64u_decode(value)
        .map_err(|e| CryptoError::Malformed(format!("the JWK member {what}: {e}")))?;
    <[u8; 32]>::try_from(bytes.as_slice()).map_err(|_| {
        CryptoError::Malformed(format!(
            "the JWK member {what} has {} bytes, expected 32",
            bytes.len()
        ))
    })
}

/// Checks `kty` and `crv` of a JWK.
fn check_curve(jwk: &Jwk, crv: &str) -> Result<(), CryptoError> {
    if jwk.kty != "OKP" {
        return Err(CryptoError::Malformed(format!(
            "the JWK has kty \"{}\", expected \"OKP\"",
            jwk.kty
        )));
    }
    if jwk.crv != crv {
        return Err(CryptoError::Malformed(format!(
            "the JWK has crv \"{}\", expected \"{crv}\"",
            jwk.crv
        )));
    }
    Ok(())
}

/// The private member `d` of a JWK, which must be present.
fn private_d(jwk: &Jwk) -> Result<SecretBytes, CryptoError> {
    let d = jwk
        .d
        .as_deref()
        .ok_or_else(|| CryptoError::Malformed("the JWK has no private member d".into()))?;
    let bytes = SecretBytes::new(
        b64u_decode(d).map_err(|e| CryptoError::Malformed(format!("the JWK member d: {e}")))?,
    );
    if bytes.len() != 32 {
        return Err(CryptoError::Malformed(format!(
            "the JWK member d has {} bytes, expected 32",
            bytes.len()
        )));
    }
    Ok(bytes)
}

/// Checks that a PublicKey's UDF is the fingerprint computed from its JWK.
fn check_udf(claimed: &str, computed: String) -> Result<(), CryptoError> {
    if claimed == computed {
        Ok(())
    } else {
        Err(CryptoError::Malformed(format!(
            "the key's UDF is {claimed} but its parameters have fingerprint {computed}"
        )))
    }
}

/// RFC 8410 SubjectPublicKeyInfo: the fixed prefix then the raw key.
fn spki(prefix: &[u8; 12], key: &[u8; 32]) -> Vec<u8> {
    let mut der = Vec::with_capacity(44);
    der.extend_from_slice(prefix);
    der.extend_from_slice(key);
    der
}

impl SigningKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self::from_seed(SecretBytes::random(32).expose()).expect("32 random bytes are a seed")
    }
    /// The key whose RFC 8032 seed is `seed` (32 bytes).
    pub fn from_seed(seed: &[u8]) -> Result<Self, CryptoError> {
        if seed.len() != 32 {
            return Err(CryptoError::Malformed(format!(
                "an Ed25519 seed has 32 bytes, not {}",
                seed.len()
            )));
        }
        let seed = SecretBytes::from_slice(seed);
        let public = Self::key_pair(&seed)
            .public_key()
            .as_ref()
            .try_into()
            .expect("32 bytes");
        Ok(SigningKey { seed, public })
    }
    /// ring's key pair for `seed`; built per use because it does not zeroize.
    fn key_pair(seed: &SecretBytes) -> Ed25519KeyPair {
        Ed25519KeyPair::from_seed_unchecked(seed.expose())
            .expect("a 32-byte seed is always accepted")
    }
    /// The 32-byte seed.
    pub fn seed(&self) -> &SecretBytes {
        &self.seed
    }
    /// The public half.
    pub fn verifying_key(&self) -> VerifyingKey {
        VerifyingKey(self.public)
    }
    /// An Ed25519 signature over `message`.
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        Self::key_pair(&self.seed)
            .sign(message)
            .as_ref()
            .try_into()
            .expect("an Ed25519 signature has 64 bytes")
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        Jwk {
            d: Some(b64u_encode(self.seed.expose())),
            ..self.verifying_key().to_jwk()
        }
    }
    /// Reads a private Ed25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        let public = VerifyingKey::from_jwk(jwk)?;
        let key = Self::from_seed(private_d(jwk)?.expose())?;
        if key.public != public.0 {
            return Err(CryptoError::Malformed(
                "the private Ed25519 JWK's x is not the public key of its d".into(),
            ));
        }
        Ok(key)
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.verifying_key().udf()
    }
}

impl VerifyingKey {
    /// Checks an Ed25519 signature.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), CryptoError> {
        UnparsedPublicKey::new(&ED25519, &self.0)
            .verify(message, signature)
            .map_err(|_| {
                CryptoError::BadSignature(format!("the signature by {} is invalid", self.udf()))
            })
    }
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        spki(&ED25519_SPKI_PREFIX, &self.0)
    }
    /// UDF fingerprint (PROTOCOL.md §2: SHA-2-512, 140 bits, `application/pkix-keyinfo`).
    pub fn udf(&self) -> String {
        crate::udf::key_fingerprint(&self.spki_der())
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        Jwk {
            kty: "OKP".into(),
            crv: "Ed25519".into(),
            x: b64u_encode(&self.0),
            d: None,
        }
    }
    /// Reads a public (or private, ignoring `d`) Ed25519 JWK.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "Ed25519")?;
        Ok(VerifyingKey(decode_32(&jwk.x, "x")?))
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey {
            udf: self.udf(),
            public_parameters: self.to_jwk(),
        }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let public = Self::from_jwk(&key.public_parameters)?;
        check_udf(&key.udf, public.udf())?;
        Ok(public)
    }
}

impl EncryptionKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self::from_bytes(SecretBytes::random(32).expose()).expect("32 random bytes are a scalar")
    }
    /// The key with the 32-byte X25519 scalar `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, CryptoError> {
        let secret = SecretBytes::from_slice(bytes);
        let static_secret = Self::static_secret(&secret).ok_or_else(|| {
            CryptoError::Malformed(format!(
                "an X25519 private key has 32 bytes, not {}",
                bytes.len()
            ))
        })?;
        let public = x25519_dalek::PublicKey::from(&static_secret).to_bytes();
        Ok(EncryptionKey { secret, public })
    }
    /// dalek's zeroizing secret for the held scalar (None if not 32 bytes).
    fn static_secret(secret: &SecretBytes) -> Option<StaticSecret> {
        let mut scalar = zeroize::Zeroizing::new([0u8; 32]);
        if secret.len() != 32 {
            return None;
        }
        scalar.copy_from_slice(secret.expose());
        Some(StaticSecret::from(*scalar))
    }
    /// The 32-byte private scalar.
    pub fn secret_bytes(&self) -> &SecretBytes {
        &self.secret
    }
    /// The public half.
    pub fn public_key(&self) -> EncryptionPublicKey {
        EncryptionPublicKey(self.public)
    }
    /// The raw X25519 shared secret with `peer`; an all-zero result
    /// (a low-order peer key) is an error.
    pub fn diffie_hellman(&self, peer: &EncryptionPublicKey) -> Result<SecretBytes, CryptoError> {
        let secret = Self::static_secret(&self.secret).expect("held scalars have 32 bytes");
        let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(peer.0));
        if !shared.was_contributory() {
            return Err(CryptoError::Malformed(
                "the X25519 peer key is a low-order point".into(),
            ));
        }
        Ok(SecretBytes::from_slice(shared.as_bytes()))
    }
    /// The private JWK (with `d`).
    pub fn to_private_jwk(&self) -> Jwk {
        Jwk {
            d: Some(b64u_encode(self.secret.expose())),
            ..self.public_key().to_jwk()
        }
    }
    /// Reads a private X25519 JWK; checks that `x` matches `d`.
    pub fn from_private_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "X25519")?;
        let public = decode_32(&jwk.x, "x")?;
        let key = Self::from_bytes(private_d(jwk)?.expose())?;
        if key.public != public {
            return Err(CryptoError::Malformed(
                "the private X25519 JWK's x is not the public key of its d".into(),
            ));
        }
        Ok(key)
    }
    /// Fingerprint of the public key.
    pub fn udf(&self) -> String {
        self.public_key().udf()
    }
}

impl EncryptionPublicKey {
    /// RFC 8410 SubjectPublicKeyInfo DER (44 bytes).
    pub fn spki_der(&self) -> Vec<u8> {
        spki(&X25519_SPKI_PREFIX, &self.0)
    }
    /// UDF fingerprint.
    pub fn udf(&self) -> String {
        crate::udf::key_fingerprint(&self.spki_der())
    }
    /// The public JWK.
    pub fn to_jwk(&self) -> Jwk {
        Jwk {
            kty: "OKP".into(),
            crv: "X25519".into(),
            x: b64u_encode(&self.0),
            d: None,
        }
    }
    /// Reads a public X25519 JWK; a low-order point (which would give an
    /// all-zero shared secret) is rejected.
    pub fn from_jwk(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "X25519")?;
        let key = EncryptionPublicKey(decode_32(&jwk.x, "x")?);
        if key.is_low_order() {
            return Err(CryptoError::Malformed(
                "the X25519 public key is a low-order point".into(),
            ));
        }
        Ok(key)
    }
    /// Reads a public X25519 JWK that is used only for one agreement right
    /// away (a JWE's `epk`): the low-order probe is skipped, because
    /// [`EncryptionKey::diffie_hellman`] refuses a non-contributory result
    /// anyway, and the probe would cost a second agreement.
    pub(crate) fn from_jwk_for_agreement(jwk: &Jwk) -> Result<Self, CryptoError> {
        check_curve(jwk, "X25519")?;
        Ok(EncryptionPublicKey(decode_32(&jwk.x, "x")?))
    }
    /// True if the point lies in the small subgroup: then every clamped
    /// scalar (a multiple of the cofactor 8) maps it to zero, so one
    /// agreement with a fixed scalar decides it.
    pub fn is_low_order(&self) -> bool {
        let probe = StaticSecret::from([1u8; 32]);
        !probe
            .diffie_hellman(&x25519_dalek::PublicKey::from(self.0))
            .was_contributory()
    }
    /// The draft's PublicKey structure.
    pub fn to_public_key(&self) -> PublicKey {
        PublicKey {
            udf: self.udf(),
            public_parameters: self.to_jwk(),
        }
    }
    /// Reads a PublicKey, checking that its UDF is the fingerprint of its JWK.
    pub fn from_public_key(key: &PublicKey) -> Result<Self, CryptoError> {
        let public = Self::from_jwk(&key.public_parameters)?;
        check_udf(&key.udf, public.udf())?;
        Ok(public)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_and_verify() {
        let key = SigningKey::generate();
        let signature = key.sign(b"message");
        key.verifying_key().verify(b"message", &signature).unwrap();
        assert!(matches!(
            key.verifying_key().verify(b"massage", &signature),
            Err(CryptoError::BadSignature(_))
        ));
        let other = SigningKey::generate();
        assert!(
            other
                .verifying_key()
                .verify(b"message", &signature)
                .is_err()
        );
    }

    #[test]
    fn rfc8032_test_vector_1() {
        // RFC 8032 §7.1 TEST 1: the seed's public key and the empty message's signature.
        let seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        let key = SigningKey::from_seed(&seed).unwrap();
        assert_eq!(
            key.verifying_key().0.to_vec(),
            hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        );
        assert_eq!(
            key.sign(b"").to_vec(),
            hex(concat!(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155",
                "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
            ))
        );
    }

    #[test]
    fn rfc7748_agreement() {
        // RFC 7748 §6.1: Alice's and Bob's keys and their shared secret.
        let alice = EncryptionKey::from_bytes(&hex(
            "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",
        ))
        .unwrap();
        let bob = EncryptionKey::from_bytes(&hex(
            "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb",
        ))
        .unwrap();
        assert_eq!(
            alice.public_key().0.to_vec(),
            hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
        );
        let shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        assert_eq!(
            alice.diffie_hellman(&bob.public_key()).unwrap().expose(),
            shared
        );
        assert_eq!(
            bob.diffie_hellman(&alice.public_key()).unwrap().expose(),
            shared
        );
    }

    #[test]
    fn spki_der_has_rfc8410_prefix() {
        let sign = SigningKey::generate().verifying_key();
        let der = sign.spki_der();
        assert_eq!(der.len(), 44);
        assert_eq!(der[..12], ED25519_SPKI_PREFIX);
        assert_eq!(der[12..], sign.0);
        let enc = EncryptionKey::generate().public_key();
        let der = enc.spki_der();
        assert_eq!(der.len(), 44);
        assert_eq!(der[..12], X25519_SPKI_PREFIX);
        assert_eq!(der[12..], enc.0);
        // The same 32 bytes as a different key type have a different fingerprint.
        assert_ne!(VerifyingKey(enc.0).udf(), enc.udf());
    }

    #[test]
    fn signing_jwk_round_trip() {
        let key = SigningKey::generate();
        let jwk = key.to_private_jwk();
        assert_eq!((jwk.kty.as_str(), jwk.crv.as_str()), ("OKP", "Ed25519"));
        let json = serde_json::to_string(&jwk).unwrap();
        let back = SigningKey::from_private_jwk(&serde_json::from_str(&json).unwrap()).unwrap();
        assert_eq!(back.seed(), key.seed());
        assert_eq!(back.verifying_key(), key.verifying_key());

        let public = key.verifying_key().to_jwk();
        assert!(public.d.is_none());
        assert!(!serde_json::to_string(&public).unwrap().contains("\"d\""));
        assert_eq!(
            VerifyingKey::from_jwk(&public).unwrap(),
            key.verifying_key()
        );
        // A private JWK also reads as a public one.
        assert_eq!(VerifyingKey::from_jwk(&jwk).unwrap(), key.verifying_key());
        assert!(matches!(
            SigningKey::from_private_jwk(&public),
            Err(CryptoError::Malformed(_))
        ));
    }

    #[test]
    fn encryption_jwk_round_trip() {
        let key = EncryptionKey::generate();
        let jwk = key.to_private_jwk();
        assert_eq!((jwk.kty.as_str(), jwk.crv.as_str()), ("OKP", "X25519"));
        let back = EncryptionKey::from_private_jwk(&jwk).unwrap();
        assert_eq!(back.secret_bytes(), key.secret_bytes());
        assert_eq!(back.public_key(), key.public_key());
        let public = key.public_key().to_jwk();
        assert!(public.d.is_none());
        assert_eq!(
            EncryptionPublicKey::from_jwk(&public).unwrap(),
            key.public_key()
        );
    }

    #[test]
    fn private_jwk_with_foreign_x_is_rejected() {
        let mut jwk = SigningKey::generate().to_private_jwk();
        jwk.x = SigningKey::generate().verifying_key().to_jwk().x;
        assert!(matches!(
            SigningKey::from_private_jwk(&jwk),
            Err(CryptoError::Malformed(_))
        ));

        let mut jwk = EncryptionKey::generate().to_private_jwk();
        jwk.x = EncryptionKey::generate().public_key().to_jwk().x;
        assert!(matches!(
            EncryptionKey::from_private_jwk(&jwk),
            Err(CryptoError::Malformed(_))
        ));
    }

    #[test]
    fn jwk_of_wrong_type_or_length_is_rejected() {
        let signing = SigningKey::generate().to_private_jwk();
        let encryption = EncryptionKey::generate().to_private_jwk();
        assert!(EncryptionKey::from_private_jwk(&signing).is_err());
        assert!(SigningKey::from_private_jwk(&encryption).is_err());
        assert!(VerifyingKey::from_jwk(&encryption).is_err());
        assert!(EncryptionPublicKey::from_jwk(&signing).is_err());
        let mut jwk = signing.clone();
        jwk.kty = "EC".into();
        assert!(VerifyingKey::from_jwk(&jwk).is_err());
        let mut jwk = signing.clone();
        jwk.x = b64u_encode(&[1u8; 31]);
        assert!(VerifyingKey::from_jwk(&jwk).is_err());
        let mut jwk = signing;
        jwk.x.push('=');
        assert!(VerifyingKey::from_jwk(&jwk).is_err());
        assert!(SigningKey::from_seed(&[0u8; 31]).is_err());
        assert!(EncryptionKey::from_bytes(&[0u8; 33]).is_err());
    }

    /// Curve25519 points of small order (RFC 7748 §7, and the list in
    /// libsodium's `crypto_scalarmult`): zero, one, two points of order 8,
    /// and p-1.
    fn low_order_points() -> Vec<[u8; 32]> {
        let mut points = vec![[0u8; 32]];
        let mut one = [0u8; 32];
        one[0] = 1;
        points.push(one);
        for text in [
            "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
            "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        ] {
            points.push(hex(text).try_into().unwrap());
        }
        points
    }

    #[test]
    fn low_order_peer_is_rejected() {
        let key = EncryptionKey::generate();
        for point in low_order_points() {
            let peer = EncryptionPublicKey(point);
            assert!(peer.is_low_order());
            assert!(key.diffie_hellman(&peer).is_err());
            assert!(EncryptionPublicKey::from_jwk(&peer.to_jwk()).is_err());
        }
        assert!(!key.public_key().is_low_order());
    }

    #[test]
    fn public_key_checks_its_udf() {
        let key = SigningKey::generate().verifying_key();
        let public = key.to_public_key();
        assert_eq!(public.udf, key.udf());
        let json = serde_json::to_value(&public).unwrap();
        assert!(json.get("UDF").is_some() && json.get("PublicParameters").is_some());
        assert_eq!(VerifyingKey::from_public_key(&public).unwrap(), key);
        let mut forged = public.clone();
        forged.udf = SigningKey::generate().udf();
        assert!(VerifyingKey::from_public_key(&forged).is_err());

        let enc = EncryptionKey::generate().public_key();
        let public = enc.to_public_key();
        assert_eq!(EncryptionPublicKey::from_public_key(&public).unwrap(), enc);
        let mut forged = public;
        forged.udf = EncryptionKey::generate().udf();
        assert!(EncryptionPublicKey::from_public_key(&forged).is_err());
    }

    #[test]
    fn debug_does_not_print_secrets() {
        let key = SigningKey::generate();
        let text = format!("{key:?}");
        assert!(!text.contains(&b64u_encode(key.seed().expose())));
        let key = EncryptionKey::generate();
        let text = format!("{key:?}");
        assert!(!text.contains(&b64u_encode(key.secret_bytes().expose())));
    }

    fn hex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }
}
