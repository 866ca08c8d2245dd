//! Uniform Data Fingerprints (draft-hallambaker-mesh-udf-13, PROTOCOL.md §2).
//!
//! A UDF is a type byte followed by a digest, MAC or random value, shown as
//! RFC 4648 base32 in 4-character groups. meshman uses them for key
//! fingerprints, the recovery index, catalog UniqueIDs (keyed authenticators),
//! nonces and Shamir shares. Content digests (udf-13 §5.1) are truncated to a
//! presentation precision; nonces, shares and keys always show every byte.

use ring::{digest as ring_digest, hkdf, hmac};
use sha3::Digest as _;

/// The digest algorithm of a content-digest UDF (udf-13 §5.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashAlg {
    /// SHA-2-512 (type byte 96, "M").
    Sha2_512,
    /// SHA-3-512 (type byte 80, "K").
    Sha3_512,
}

/// Content types meshman fingerprints (udf-13 §5.3, PROTOCOL.md §2, §8).
pub mod content_type {
    /// An RFC 8410 SubjectPublicKeyInfo: the key fingerprint.
    pub const PKIX_KEYINFO: &str = "application/pkix-keyinfo";
    /// A recovery secret: the recovery index (PROTOCOL.md §8).
    pub const ESCROWED: &str = "application/mmm-escrowed";
}

/// UDF type bytes (udf-13 §3.3 table, PROTOCOL.md §2).
pub mod type_byte {
    /// SHA-2-512 content digest, uncompressed ("M"); 97..=100 are compressed.
    pub const SHA2_512: u8 = 96;
    /// SHA-3-512 content digest, uncompressed ("K"); 81..=84 are compressed.
    pub const SHA3_512: u8 = 80;
    /// Random nonce ("N").
    pub const NONCE: u8 = 104;
    /// Shamir secret share ("S").
    pub const SHARE: u8 = 144;
    /// HMAC-SHA-2-512 keyed authenticator ("A").
    pub const AUTHENTICATOR: u8 = 0;
    /// Encryption/authentication key ("E").
    pub const ENCRYPTION_KEY: u8 = 32;
}

/// Default presentation precision: 140 bits, 28 characters (PROTOCOL.md §2).
pub const DEFAULT_BITS: usize = 140;

/// Smallest precision accepted for digests, authenticators and nonces.
///
/// 100 bits is 20 characters, the shortest prefix [`matches()`] accepts; a
/// shorter UDF could never be matched.
pub const MIN_BITS: usize = 100;

/// Largest precision: the type byte plus a whole 512-bit digest.
pub const MAX_BITS: usize = 8 + 512;

/// The shortest typed prefix that [`matches()`] accepts, in characters.
pub const MIN_MATCH_CHARS: usize = 20;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// What is wrong with a UDF or the request to make one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UdfError {
    /// A character outside base32 and `-`; `position` counts characters from 1.
    InvalidCharacter {
        /// The offending character.
        ch: char,
        /// Its 1-based position in the text as given (dashes included).
        position: usize,
    },
    /// The text holds fewer than 8 bits, so not a single byte.
    TooShort,
    /// The text does not end where a whole number of bytes ends: a character
    /// is missing, extra or mistyped.
    StrayBits,
    /// The first byte is not a type byte this implementation knows.
    UnknownType(u8),
    /// A precision outside [`MIN_BITS`]..=[`MAX_BITS`].
    BadBits(usize),
}

impl std::fmt::Display for UdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            UdfError::InvalidCharacter { ch, position } => write!(
                f,
                "invalid character {ch:?} at position {position} in fingerprint \
                 (base32 uses A-Z and 2-7)"
            ),
            UdfError::TooShort => f.write_str("fingerprint is too short to hold a single byte"),
            UdfError::StrayBits => f.write_str(
                "fingerprint does not end on a whole byte: a character is missing, extra or mistyped",
            ),
            UdfError::UnknownType(b) => write!(f, "unknown UDF type byte {b}"),
            UdfError::BadBits(bits) => write!(
                f,
                "precision of {bits} bits is out of range: use {MIN_BITS} to {MAX_BITS} bits"
            ),
        }
    }
}

impl std::error::Error for UdfError {}

/// What a UDF's type byte says it is (udf-13 §3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A content digest and its compression level (0 to 4).
    Digest(HashAlg, u8),
    /// A random nonce.
    Nonce,
    /// A Shamir secret share.
    Share,
    /// A keyed authenticator.
    Authenticator,
    /// An encryption/authentication key.
    EncryptionKey,
}

/// Classifies a type byte; unknown bytes are an error.
pub fn kind(type_byte: u8) -> Result<Kind, UdfError> {
    match type_byte {
        type_byte::SHA2_512..=100 => Ok(Kind::Digest(
            HashAlg::Sha2_512,
            type_byte - type_byte::SHA2_512,
        )),
        type_byte::SHA3_512..=84 => Ok(Kind::Digest(
            HashAlg::Sha3_512,
            type_byte - type_byte::SHA3_512,
        )),
        type_byte::NONCE => Ok(Kind::Nonce),
        type_byte::SHARE => Ok(Kind::Share),
        type_byte::AUTHENTICATOR => Ok(Kind::Authenticator),
        type_byte::ENCRYPTION_KEY => Ok(Kind::EncryptionKey),
        other => Err(UdfError::UnknownType(other)),
    }
}

fn hash(alg: HashAlg, parts: &[&[u8]]) -> [u8; 64] {
    let mut out = [0u8; 64];
    match alg {
        HashAlg::Sha2_512 => {
            let mut ctx = ring_digest::Context::new(&ring_digest::SHA512);
            for part in parts {
                ctx.update(part);
            }
            out.copy_from_slice(ctx.finish().as_ref());
        }
        HashAlg::Sha3_512 => {
            let mut ctx = sha3::Sha3_512::new();
            for part in parts {
                ctx.update(part);
            }
            out.copy_from_slice(&ctx.finalize());
        }
    }
    out
}

/// The Typed Content Digest Value, `H(UTF8(content_type) || ":" || H(data))`
/// (udf-13 §5.1.2).
pub fn content_digest(data: &[u8], content_type: &str, alg: HashAlg) -> [u8; 64] {
    let cdv = hash(alg, &[data]);
    hash(alg, &[content_type.as_bytes(), b":", &cdv])
}

/// Trailing zero bits of the TCDV read as one big-endian number.
fn trailing_zero_bits(value: &[u8]) -> u32 {
    let mut count = 0;
    for &byte in value.iter().rev() {
        if byte == 0 {
            count += 8;
        } else {
            return count + byte.trailing_zeros();
        }
    }
    count
}

/// The type byte of a content digest, raised by its compression level
/// (PROTOCOL.md §2: >=20 trailing zero bits → +1, ... >=50 → +4).
fn compressed_type(alg: HashAlg, tcdv: &[u8; 64]) -> u8 {
    let base = match alg {
        HashAlg::Sha2_512 => type_byte::SHA2_512,
        HashAlg::Sha3_512 => type_byte::SHA3_512,
    };
    let level = match trailing_zero_bits(tcdv) {
        0..=19 => 0,
        20..=29 => 1,
        30..=39 => 2,
        40..=49 => 3,
        _ => 4,
    };
    base + level
}

fn check_bits(bits: usize) -> Result<(), UdfError> {
    if (MIN_BITS..=MAX_BITS).contains(&bits) {
        Ok(())
    } else {
        Err(UdfError::BadBits(bits))
    }
}

/// A content-digest UDF: type byte (with compression) || TCDV, shown at
/// `bits` of precision, type byte included.
pub fn digest(
    data: &[u8],
    content_type: &str,
    alg: HashAlg,
    bits: usize,
) -> Result<String, UdfError> {
    check_bits(bits)?;
    let tcdv = content_digest(data, content_type, alg);
    let mut binary = Vec::with_capacity(65);
    binary.push(compressed_type(alg, &tcdv));
    binary.extend_from_slice(&tcdv);
    Ok(present(&binary, bits))
}

/// A key's fingerprint: the SHA-2-512 digest UDF of its SubjectPublicKeyInfo
/// DER at 140 bits (PROTOCOL.md §2).
pub fn key_fingerprint(spki_der: &[u8]) -> String {
    digest(
        spki_der,
        content_type::PKIX_KEYINFO,
        HashAlg::Sha2_512,
        DEFAULT_BITS,
    )
    .expect("DEFAULT_BITS is within range")
}

/// A fresh nonce UDF: type 104 followed by random bytes.
///
/// Nonces are never truncated, so `bits` chooses the length of the text,
/// `ceil(bits/5)` characters, and the nonce holds as many whole bytes as
/// those characters carry (type byte included): 140 bits gives 28
/// characters, the type byte and 16 random bytes.
pub fn nonce(bits: usize) -> Result<String, UdfError> {
    check_bits(bits)?;
    let chars = bits.div_ceil(5);
    let total = chars * 5 / 8;
    let mut binary = vec![0u8; total];
    binary[0] = type_byte::NONCE;
    crate::crypto::fill_random(&mut binary[1..]);
    Ok(present_all(&binary))
}

/// A keyed authenticator UDF, type 0 (PROTOCOL.md §2, udf-13 §5.2).
///
/// The key is the UDF text exactly as given: udf-13 keys authenticators with a
/// string, so `ABCD-...` and `abcd...` are different keys. Authenticators are
/// never compressed.
pub fn authenticator(
    key_udf: &str,
    data: &[u8],
    content_type: &str,
    bits: usize,
) -> Result<String, UdfError> {
    check_bits(bits)?;
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA512, b"KeyedUDFMaster").extract(key_udf.as_bytes());
    let mac_key: hmac::Key = prk
        .expand(&[b"KeyedUDFExpand"], hmac::HMAC_SHA512)
        .expect("64 bytes is within HKDF-SHA-512's output limit")
        .into();
    let cdv = hash(HashAlg::Sha2_512, &[data]);
    let mut ctx = hmac::Context::with_key(&mac_key);
    ctx.update(content_type.as_bytes());
    ctx.update(b":");
    ctx.update(&cdv);
    let tag = ctx.sign();
    let mut binary = Vec::with_capacity(65);
    binary.push(type_byte::AUTHENTICATOR);
    binary.extend_from_slice(tag.as_ref());
    Ok(present(&binary, bits))
}

/// The first `ceil(bits/5)` base32 characters of `bytes` in 4-character
/// groups; all of them if `bytes` is shorter.
pub fn present(bytes: &[u8], bits: usize) -> String {
    let mut text = base32_encode(bytes);
    text.truncate(bits.div_ceil(5).min(text.len()));
    group4(&text)
}

/// Every byte in base32, `ceil(8*len/5)` characters in 4-character groups.
pub fn present_all(bytes: &[u8]) -> String {
    group4(&base32_encode(bytes))
}

/// RFC 4648 base32, upper case, no padding.
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity((bytes.len() * 8).div_ceil(5));
    let mut buffer: u16 = 0;
    let mut held = 0;
    for &byte in bytes {
        buffer = (buffer << 8) | u16::from(byte);
        held += 8;
        while held >= 5 {
            held -= 5;
            out.push(ALPHABET[usize::from((buffer >> held) & 31)] as char);
        }
        buffer &= (1 << held) - 1;
    }
    if held > 0 {
        out.push(ALPHABET[usize::from((buffer << (5 - held)) & 31)] as char);
    }
    out
}

/// Bytes decoded so far, and the bits left over after the last whole byte.
struct Decoded {
    bytes: Vec<u8>,
    leftover_bits: u32,
    leftover_value: u16,
}

fn decode(text: &str) -> Result<Decoded, UdfError> {
    let mut bytes = Vec::with_capacity(text.len() * 5 / 8);
    let mut buffer: u16 = 0;
    let mut held = 0;
    for (index, ch) in text.chars().enumerate() {
        let value = match ch {
            '-' => continue,
            'A'..='Z' => ch as u16 - 'A' as u16,
            'a'..='z' => ch as u16 - 'a' as u16,
            '2'..='7' => ch as u16 - '2' as u16 + 26,
            _ => {
                return Err(UdfError::InvalidCharacter {
                    ch,
                    position: index + 1,
                });
            }
        };
        buffer = (buffer << 5) | value;
        held += 5;
        if held >= 8 {
            held -= 8;
            bytes.push((buffer >> held) as u8);
            buffer &= (1 << held) - 1;
        }
    }
    Ok(Decoded {
        bytes,
        leftover_bits: held,
        leftover_value: buffer,
    })
}

/// Decodes UDF text: case-insensitive, dashes ignored, any other character an
/// error that names it. Returns the whole bytes the text covers; bits of a
/// final partial byte (a digest truncated at its precision) are dropped.
pub fn parse(text: &str) -> Result<Vec<u8>, UdfError> {
    let decoded = decode(text)?;
    if decoded.bytes.is_empty() {
        return Err(UdfError::TooShort);
    }
    Ok(decoded.bytes)
}

/// Decodes UDF text that shows every byte (nonces, shares, keys, secrets):
/// like [`parse`], but the text must be exactly what [`present_all`] makes,
/// so a dropped or extra character is caught rather than silently
/// shortening the value.
pub fn parse_all(text: &str) -> Result<Vec<u8>, UdfError> {
    let decoded = decode(text)?;
    if decoded.bytes.is_empty() {
        return Err(UdfError::TooShort);
    }
    // present_all pads the last character with at most 4 zero bits.
    if decoded.leftover_bits > 4 || decoded.leftover_value != 0 {
        return Err(UdfError::StrayBits);
    }
    Ok(decoded.bytes)
}

/// Same as [`parse`]: base32 text to the whole bytes it covers.
pub fn base32_decode(text: &str) -> Result<Vec<u8>, UdfError> {
    parse(text)
}

/// Upper case with dashes removed, after checking every character.
pub fn normalize(text: &str) -> Result<String, UdfError> {
    decode(text)?;
    Ok(text
        .chars()
        .filter(|&c| c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect())
}

/// True when `typed` names `full`: equal once normalized, or a prefix of at
/// least [`MIN_MATCH_CHARS`] characters (PROTOCOL.md §2). Invalid text never
/// matches.
pub fn matches(typed: &str, full: &str) -> bool {
    let (Ok(typed), Ok(full)) = (normalize(typed), normalize(full)) else {
        return false;
    };
    typed == full || (typed.len() >= MIN_MATCH_CHARS && full.starts_with(&typed))
}

/// Inserts a dash after every 4 characters.
pub fn group4(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for (index, ch) in s.chars().enumerate() {
        if index > 0 && index % 4 == 0 {
            out.push('-');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02X}")).collect()
    }

    #[test]
    fn base32_matches_rfc4648() {
        // RFC 4648 §10 test vectors, padding removed.
        let cases = [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base32_encode(plain.as_bytes()), encoded);
            if !plain.is_empty() {
                assert_eq!(parse_all(encoded).unwrap(), plain.as_bytes());
                assert_eq!(
                    base32_decode(&encoded.to_lowercase()).unwrap(),
                    plain.as_bytes()
                );
            }
        }
    }

    #[test]
    fn sha2_digest_at_each_precision() {
        let data = b"UDF Data Value";
        assert_eq!(
            digest(data, "text/plain", HashAlg::Sha2_512, 140).unwrap(),
            "MDDK-7N6A-727A-JZNO-STRX-XKS7-DJAF"
        );
        assert_eq!(
            digest(data, "text/plain", HashAlg::Sha2_512, 100).unwrap(),
            "MDDK-7N6A-727A-JZNO-STRX"
        );
    }

    #[test]
    fn sha3_intermediate() {
        let tcdv = content_digest(b"UDF Data Value", "text/plain", HashAlg::Sha3_512);
        assert!(hex(&tcdv).starts_with("8A868A061C546E7E3F755F39"));
        assert_eq!(
            digest(b"UDF Data Value", "text/plain", HashAlg::Sha3_512, 140).unwrap(),
            "KCFI-NCQG-DRKG-47R7-OVPT-TCHZ-7UXY"
        );
    }

    #[test]
    fn compressed_digests_from_the_draft() {
        // udf-13 §5.1.8 and §5.1.9: 20+ trailing zero bits raise the type byte by one.
        assert_eq!(
            digest(
                b"UDF Compressed Document 4187123",
                "text/plain",
                HashAlg::Sha2_512,
                140
            )
            .unwrap(),
            "MGHB-JWIZ-J3LA-EEWD-GCT3-WX6H-C5W2"
        );
        assert_eq!(
            digest(
                b"UDF Compressed Document 774665",
                "text/plain",
                HashAlg::Sha3_512,
                140
            )
            .unwrap(),
            "KEJI-Y225-BDUG-XX22-MXKE-5ITF-YVYM"
        );
    }

    #[test]
    fn compression_levels() {
        let mut tcdv = [0xFFu8; 64];
        assert_eq!(compressed_type(HashAlg::Sha2_512, &tcdv), 96);
        tcdv[61] = 0xF0;
        tcdv[62] = 0;
        tcdv[63] = 0; // 20 zero bits
        assert_eq!(compressed_type(HashAlg::Sha2_512, &tcdv), 97);
        tcdv[61] = 0xE0; // 21
        assert_eq!(compressed_type(HashAlg::Sha3_512, &tcdv), 81);
        tcdv[60] = 0xC0;
        tcdv[61] = 0; // 30
        assert_eq!(compressed_type(HashAlg::Sha2_512, &tcdv), 98);
        tcdv[59] = 0;
        tcdv[60] = 0; // 40
        assert_eq!(compressed_type(HashAlg::Sha2_512, &tcdv), 99);
        let zero = [0u8; 64];
        assert_eq!(compressed_type(HashAlg::Sha3_512, &zero), 84);
    }

    #[test]
    fn authenticator_from_the_draft() {
        // udf-13 §5.2.2 worked example.
        assert_eq!(
            authenticator(
                "NDD7-6CMX-H2FW-ISAL-K4VB-DQ3E-PEDM",
                b"Konrad is the traitor",
                "text/plain",
                140
            )
            .unwrap(),
            "ABGM-G76T-7GPF-FTYH-SB2F-HBDF-SW6B"
        );
    }

    #[test]
    fn nonce_shape() {
        let n = nonce(DEFAULT_BITS).unwrap();
        assert_eq!(normalize(&n).unwrap().len(), 28);
        let bytes = parse_all(&n).unwrap();
        assert_eq!(bytes.len(), 17);
        assert_eq!(bytes[0], type_byte::NONCE);
        assert!(n.starts_with('N'));
        assert_ne!(n, nonce(DEFAULT_BITS).unwrap());
        assert_eq!(normalize(&nonce(MAX_BITS).unwrap()).unwrap().len(), 104);
    }

    #[test]
    fn bits_out_of_range() {
        assert_eq!(
            digest(b"x", "text/plain", HashAlg::Sha2_512, 99),
            Err(UdfError::BadBits(99))
        );
        assert!(digest(b"x", "text/plain", HashAlg::Sha2_512, 521).is_err());
        assert!(nonce(0).is_err());
        assert!(authenticator("k", b"x", "t", 1000).is_err());
        let full = digest(b"x", "text/plain", HashAlg::Sha2_512, MAX_BITS).unwrap();
        assert_eq!(parse_all(&full).unwrap().len(), 65);
        assert!(
            UdfError::BadBits(10)
                .to_string()
                .contains("use 100 to 520 bits")
        );
    }

    #[test]
    fn rejects_bad_characters() {
        let err = parse("MDDK-1N6A").unwrap_err();
        assert_eq!(
            err,
            UdfError::InvalidCharacter {
                ch: '1',
                position: 6
            }
        );
        assert_eq!(
            err.to_string(),
            "invalid character '1' at position 6 in fingerprint (base32 uses A-Z and 2-7)"
        );
        assert!(parse("MDDK 7N6A").is_err());
        assert!(parse("MDDK=").is_err());
        assert!(normalize("MDDK-0").is_err());
        assert_eq!(parse("M"), Err(UdfError::TooShort));
        assert_eq!(parse(""), Err(UdfError::TooShort));
        assert_eq!(parse("---"), Err(UdfError::TooShort));
    }

    #[test]
    fn parse_all_catches_truncation() {
        // 18 bytes show as 29 characters; dropping the last leaves stray bits.
        let text = present_all(&[0xA5; 18]);
        assert_eq!(parse_all(&text).unwrap(), vec![0xA5; 18]);
        assert_eq!(parse_all(&text[..text.len() - 1]), Err(UdfError::StrayBits));
        // Three characters carry 15 bits: one byte needs only two.
        assert_eq!(parse_all("MZA"), Err(UdfError::StrayBits));
    }

    #[test]
    fn present_groups_and_truncates() {
        assert_eq!(group4("ABCDEFGHI"), "ABCD-EFGH-I");
        assert_eq!(group4("ABCD"), "ABCD");
        assert_eq!(group4(""), "");
        assert_eq!(present(&[0xFF; 4], 12), "777");
        assert_eq!(present(&[0xFF; 2], 140), "777Q");
        assert_eq!(present_all(&[0; 5]), "AAAA-AAAA");
    }

    #[test]
    fn matching() {
        let full = "MDDK-7N6A-727A-JZNO-STRX-XKS7-DJAF";
        assert!(matches(full, full));
        assert!(matches("mddk7n6a727ajznostrx", full));
        assert!(matches("MDDK-7N6A-727A-JZNO-STRX-X", full));
        assert!(!matches("MDDK-7N6A-727A-JZNO-STR", full), "19 characters");
        assert!(!matches("MDDK-7N6A-727A-JZNO-STRY", full));
        assert!(!matches("MDDK-7N6A-727A-JZNO-STR1", full));
        assert!(!matches("MDDK-7N6A-727A-JZNO-STRX-XKS7-DJAF-A", full));
        assert!(matches("ABCD", "abcd"));
    }

    #[test]
    fn kinds() {
        assert_eq!(kind(96), Ok(Kind::Digest(HashAlg::Sha2_512, 0)));
        assert_eq!(kind(100), Ok(Kind::Digest(HashAlg::Sha2_512, 4)));
        assert_eq!(kind(82), Ok(Kind::Digest(HashAlg::Sha3_512, 2)));
        assert_eq!(kind(144), Ok(Kind::Share));
        assert_eq!(kind(104), Ok(Kind::Nonce));
        assert_eq!(kind(0), Ok(Kind::Authenticator));
        assert_eq!(kind(32), Ok(Kind::EncryptionKey));
        assert_eq!(kind(101), Err(UdfError::UnknownType(101)));
    }

    #[test]
    fn key_fingerprint_is_140_bit_sha2() {
        let fp = key_fingerprint(b"not really DER");
        assert_eq!(
            fp,
            digest(
                b"not really DER",
                content_type::PKIX_KEYINFO,
                HashAlg::Sha2_512,
                140
            )
            .unwrap()
        );
        assert!(fp.starts_with('M'));
        assert_eq!(fp.len(), 34);
    }
}
