//! The draft's worked examples (draft-hallambaker-mesh-udf-13, copied to
//! `tests/data/udf-13.json`) and inputs that must be rejected
//! (`tests/data/reject.json`), checked through the library's public API.

use meshman::shamir::{self, Share};
use meshman::udf::{self, HashAlg};
use serde_json::Value;

fn load(name: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {path}: {e}"))
}

fn str_at<'a>(v: &'a Value, pointer: &str) -> &'a str {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("{} has no string at {pointer}", v["name"]))
}

fn strings_at<'a>(v: &'a Value, pointer: &str) -> Vec<&'a str> {
    v.pointer(pointer)
        .and_then(Value::as_array)
        .unwrap_or_else(|| panic!("{} has no array at {pointer}", v["name"]))
        .iter()
        .map(|s| s.as_str().expect("array of strings"))
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn from_hex(text: &str) -> Vec<u8> {
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).expect("hex"))
        .collect()
}

/// A decimal integer as `len` big-endian bytes (the vectors give the
/// polynomial in decimal).
fn decimal_to_bytes(decimal: &str, len: usize) -> Vec<u8> {
    let mut out = vec![0u8; len];
    for digit in decimal.bytes() {
        let mut carry = u32::from(digit - b'0');
        for byte in out.iter_mut().rev() {
            let v = u32::from(*byte) * 10 + carry;
            *byte = v as u8;
            carry = v >> 8;
        }
        assert_eq!(carry, 0, "{decimal} does not fit in {len} bytes");
    }
    out
}

fn alg(name: &str) -> HashAlg {
    match name {
        "SHA-2-512" => HashAlg::Sha2_512,
        "SHA-3-512" => HashAlg::Sha3_512,
        other => panic!("unknown algorithm {other}"),
    }
}

fn check_digest(v: &Value) {
    let data = str_at(v, "/inputs/data_utf8").as_bytes();
    let content_type = str_at(v, "/inputs/content_type");
    let alg = alg(str_at(v, "/inputs/alg"));
    let bits = v["inputs"]["bits"].as_u64().expect("bits") as usize;
    let got = udf::digest(data, content_type, alg, bits).unwrap();
    assert_eq!(got, str_at(v, "/expected/udf"), "{}", v["name"]);
    assert!(udf::matches(&got, str_at(v, "/expected/udf")));
    if let Some(tcdv) = v["expected"].get("H(ct:H(data))") {
        let tcdv = tcdv.as_str().expect("hex");
        assert_eq!(hex(&udf::content_digest(data, content_type, alg)), tcdv);
    }
}

fn check_nonce(v: &Value) {
    let given = str_at(v, "/inputs/udf");
    let type_byte = v["expected"]["type_byte"].as_u64().expect("type_byte") as u8;
    let chars = v["expected"]["chars"].as_u64().expect("chars") as usize;
    let bytes = udf::parse_all(given).unwrap();
    assert_eq!(bytes[0], type_byte);
    assert_eq!(udf::normalize(given).unwrap().len(), chars);
    assert_eq!(udf::kind(bytes[0]), Ok(udf::Kind::Nonce));

    let fresh = udf::nonce(udf::DEFAULT_BITS).unwrap();
    assert_eq!(udf::normalize(&fresh).unwrap().len(), chars);
    assert_eq!(udf::parse_all(&fresh).unwrap()[0], type_byte);
    assert_eq!(udf::present_all(&udf::parse_all(&fresh).unwrap()), fresh);
}

fn check_split(v: &Value) {
    let secret = from_hex(str_at(v, "/inputs/secret_hex"));
    let n = secret.len();
    let threshold = v["inputs"]["threshold"].as_u64().expect("threshold") as u8;
    let count = v["inputs"]["shares"].as_u64().expect("shares") as u8;
    assert_eq!(
        str_at(v, "/inputs/prime"),
        format!("2^{}+{}", 8 * n, shamir::prime_offset(n))
    );
    assert_eq!(decimal_to_bytes(str_at(v, "/inputs/a0"), n), secret);
    let coefficients: Vec<Vec<u8>> = (1..threshold)
        .map(|i| decimal_to_bytes(str_at(v, &format!("/inputs/a{i}")), n + 1))
        .collect();
    let coefficient_refs: Vec<&[u8]> = coefficients.iter().map(Vec::as_slice).collect();

    let shares = shamir::split_with_coefficients(&secret, &coefficient_refs, count).unwrap();
    let f = strings_at(v, "/expected/f");
    let share_bytes = strings_at(v, "/expected/share_bytes");
    let share_udf = strings_at(v, "/expected/share_udf");
    assert_eq!(shares.len(), usize::from(count));
    for (i, share) in shares.iter().enumerate() {
        assert_eq!(usize::from(share.x), i + 1);
        assert_eq!(share.threshold, threshold);
        assert_eq!(share.value, decimal_to_bytes(f[i], n), "f({})", i + 1);
        assert_eq!(hex(&share.to_bytes()), share_bytes[i]);
        assert_eq!(share.to_udf(), share_udf[i]);
        assert_eq!(&Share::parse(share_udf[i]).unwrap(), share);
        assert_eq!(
            &Share::from_bytes(&from_hex(share_bytes[i])).unwrap(),
            share
        );
    }
    assert_eq!(
        shamir::format_secret(&secret),
        str_at(v, "/expected/secret_text")
    );
    let parsed = shamir::parse_secret(str_at(v, "/expected/secret_text")).unwrap();
    assert_eq!(parsed.expose(), &secret[..]);

    // Every quorum-sized run of the printed shares gives the secret back.
    let parsed = shamir::parse_shares(&share_udf).unwrap();
    for start in 0..=parsed.len() - usize::from(threshold) {
        let subset = &parsed[start..start + usize::from(threshold)];
        assert_eq!(shamir::combine(subset).unwrap().expose(), &secret[..]);
    }
    assert_eq!(shamir::combine(&parsed).unwrap().expose(), &secret[..]);
}

fn check_recover(v: &Value) {
    let texts = strings_at(v, "/inputs/shares");
    let key_hex = str_at(v, "/expected/key_hex");
    let key_text = str_at(v, "/expected/key_text");
    let shares = shamir::parse_shares(&texts).unwrap();
    let n = shares[0].value.len();
    assert_eq!(
        str_at(v, "/inputs/prime"),
        format!("2^{}+{}", 8 * n, shamir::prime_offset(n))
    );

    let check = |subset: &[Share]| {
        let secret = shamir::combine(subset).unwrap();
        assert_eq!(hex(secret.expose()), key_hex);
        assert_eq!(shamir::format_secret(secret.expose()), key_text);
    };
    for i in 0..shares.len() {
        for j in 0..shares.len() {
            if i != j {
                check(&[shares[i].clone(), shares[j].clone()]);
            }
        }
    }
    check(&shares);
    assert_eq!(
        shamir::parse_secret(key_text).unwrap(),
        shamir::parse_secret(key_hex).unwrap()
    );
}

#[test]
fn udf_13_worked_examples() {
    let vectors = load("udf-13.json");
    assert!(!vectors.is_empty());
    for v in &vectors {
        match str_at(v, "/kind") {
            "udf-content-digest-modern" => check_digest(v),
            "udf-nonce-structure" => check_nonce(v),
            "shamir-split-modern" => check_split(v),
            "shamir-recover-modern" => check_recover(v),
            // A new kind must get a checker, not be skipped.
            other => panic!("{}: no checker for kind {other}", v["name"]),
        }
    }
}

#[test]
fn rejected_inputs() {
    let vectors = load("reject.json");
    assert!(!vectors.is_empty());
    for v in &vectors {
        let name = &v["name"];
        let message = match str_at(v, "/kind") {
            "udf" => udf::parse(str_at(v, "/input")).unwrap_err().to_string(),
            "digest-bits" => {
                let bits = v["bits"].as_u64().expect("bits") as usize;
                udf::digest(b"x", "text/plain", HashAlg::Sha2_512, bits)
                    .unwrap_err()
                    .to_string()
            }
            "share-set" => {
                let texts = strings_at(v, "/shares");
                match shamir::parse_shares(&texts) {
                    Err(e) => e.to_string(),
                    Ok(shares) => shamir::combine(&shares)
                        .err()
                        .unwrap_or_else(|| panic!("{name}: shares were accepted"))
                        .to_string(),
                }
            }
            "secret" => shamir::parse_secret(str_at(v, "/input"))
                .err()
                .unwrap_or_else(|| panic!("{name}: secret was accepted"))
                .to_string(),
            other => panic!("{name}: no checker for kind {other}"),
        };
        let expected = str_at(v, "/error");
        assert!(
            message.contains(expected),
            "{name}: error {message:?} does not contain {expected:?}"
        );
    }
}
