//! The offline half of meshman through the real binary: profiles, the
//! keystore, UDF and shares commands, exit statuses and JSON output.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::{Device, snapshot};
use predicates::prelude::*;

#[test]
fn profile_create_prints_fingerprint_and_builds_a_verifiable_chain() {
    let d = Device::new();
    let out = d.ok(&[
        "profile",
        "create",
        "--no-passphrase",
        "--description",
        "laptop",
    ]);
    let fp = out.trim();
    assert!(fp.starts_with('M') && fp.len() == 34, "fingerprint {fp:?}");

    let list = d.json(&["profile", "list"]);
    assert_eq!(list[0]["fingerprint"], fp);
    assert_eq!(list[0]["default"], true);
    assert_eq!(list[0]["master_key"], true);
    assert_eq!(list[0]["admin"], true);

    let show = d.json(&["profile", "show"]);
    assert_eq!(show["devices"][0]["description"], "laptop");
    assert_eq!(show["devices"][0]["this_device"], true);
    let catalogs: Vec<_> = show["catalogs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["catalog"].as_str().unwrap())
        .collect();
    assert_eq!(
        catalogs,
        ["credential", "contact", "task", "bookmark", "ssh", "mail"]
    );

    let verify = d.json(&["profile", "verify"]);
    assert_eq!(verify["valid"], true);
    assert!(verify["checks"].as_array().unwrap().len() >= 9);

    let device = d.json(&["device", "show"]);
    assert_eq!(device["description"], "laptop");
    assert_eq!(device["protection"], "none");
    assert_eq!(show["devices"][0]["fingerprint"], device["fingerprint"]);
}

#[test]
fn keystore_files_are_private() {
    let d = Device::new();
    d.create_profile();
    for (path, _) in snapshot(d.home()) {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} has mode {mode:o}", path.display());
        let dir_mode = std::fs::metadata(path.parent().unwrap())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(
            dir_mode,
            0o700,
            "{} has mode {dir_mode:o}",
            path.parent().unwrap().display()
        );
    }
}

#[test]
fn passphrase_protects_keys_and_a_wrong_one_is_a_clear_error() {
    let d = Device::new();
    let out = d
        .cmd_pass("correct horse", &["profile", "create"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let fp = String::from_utf8(out.stdout).unwrap().trim().to_string();

    // No private key appears in clear anywhere in the keystore.
    for (path, bytes) in snapshot(d.home()) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("\"d\""),
            "{} holds a private JWK in clear",
            path.display()
        );
    }

    let before = snapshot(d.home());
    d.cmd_pass("wrong", &["profile", "revoke", "--output", "-"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("error: wrong passphrase"))
        .stderr(predicate::str::contains("hint:"));
    assert_eq!(
        before,
        snapshot(d.home()),
        "a failed command changed the keystore"
    );

    // Without any passphrase source and no terminal: a clear error with a hint.
    d.cmd(&["profile", "revoke", "--output", "-"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("passphrase"))
        .stderr(predicate::str::contains("MESHMAN_PASSPHRASE"));

    // From a file works too.
    let pf = d.path("../pass.txt");
    std::fs::write(&pf, "correct horse\n").unwrap();
    let note = d
        .cmd(&[
            "--passphrase-file",
            pf.to_str().unwrap(),
            "profile",
            "revoke",
            "--output",
            "-",
        ])
        .output()
        .unwrap();
    assert!(
        note.status.success(),
        "{}",
        String::from_utf8_lossy(&note.stderr)
    );
    assert!(String::from_utf8_lossy(&note.stdout).contains(&fp));

    // --no-passphrase cannot silently weaken a protected keystore.
    d.cmd_pass("correct horse", &["profile", "create", "--no-passphrase"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("protected by a passphrase"));
}

#[test]
fn default_profile_follows_advice_default() {
    let d = Device::new();
    let first = d.create_profile();
    let second = d.create_profile();
    let list = d.json(&["profile", "list"]);
    let default: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["default"] == true)
        .collect();
    assert_eq!(default.len(), 1);
    assert_eq!(default[0]["fingerprint"], first);

    d.ok(&["profile", "default", &second[..12]]);
    assert_eq!(d.json(&["profile", "show"])["fingerprint"], second);
    assert_eq!(
        d.json(&["profile", "show", &first[..12]])["fingerprint"],
        first
    );

    d.cmd(&["profile", "default", "MZZZZ"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no profile matches"));
    d.cmd(&["profile", "show", "M"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("matches 2 profiles"));
}

#[test]
fn public_export_imports_elsewhere_and_tampering_names_the_broken_link() {
    let a = Device::new();
    let fp = a.create_profile();
    let file = a.path("../exported.json");
    a.ok(&["profile", "export", file.to_str().unwrap()]);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("SignedPersonalProfile"));
    assert!(
        !text.contains("\"d\""),
        "a public export holds a private key"
    );

    let b = Device::new();
    b.ok(&["profile", "import", file.to_str().unwrap()]);
    let list = b.json(&["profile", "list"]);
    assert_eq!(list[0]["fingerprint"], fp);
    assert_eq!(list[0]["master_key"], false);
    b.ok(&["profile", "verify", file.to_str().unwrap()]);

    // Replace the personal profile's signature with another: the personal link breaks.
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let sig = &mut doc["SignedPersonalProfile"]["SignedData"]["signatures"][0]["signature"];
    let mut s = sig.as_str().unwrap().to_string();
    let flipped = if s.starts_with('A') { "B" } else { "A" };
    s.replace_range(0..1, flipped);
    *sig = serde_json::Value::String(s);
    let bad = a.path("../tampered.json");
    std::fs::write(&bad, serde_json::to_vec(&doc).unwrap()).unwrap();
    let out = b
        .cmd(&["--json", "profile", "verify", bad.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["valid"], false);
    let broken: Vec<_> = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["ok"] == false)
        .collect();
    assert_eq!(broken.len(), 1);
    assert!(
        broken[0]["link"]
            .as_str()
            .unwrap()
            .contains("personal profile signed by an online key")
    );

    let before = snapshot(b.home());
    b.cmd(&["profile", "import", bad.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing was imported"));
    assert_eq!(before, snapshot(b.home()));
}

#[test]
fn private_export_restores_the_keys_on_another_device() {
    let a = Device::new();
    let fp = a.create_profile();
    let file = a.path("../private.json");
    a.cmd_pass(
        "export pass",
        &["profile", "export", "--private", file.to_str().unwrap()],
    )
    .assert()
    .success();
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        !text.contains("\"d\""),
        "the private export holds a key in clear"
    );

    let b = Device::new();
    b.cmd_pass("wrong", &["profile", "import", file.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("wrong passphrase"));
    assert!(b.json(&["profile", "list"]).as_array().unwrap().is_empty());

    b.cmd_pass(
        "export pass",
        &["profile", "import", file.to_str().unwrap()],
    )
    .assert()
    .success();
    let list = b.json(&["profile", "list"]);
    assert_eq!(list[0]["fingerprint"], fp);
    assert_eq!(list[0]["master_key"], true);
}

#[test]
fn revocation_is_written_checked_and_reported() {
    let d = Device::new();
    let fp = d.create_profile();
    let note = d.path("../suicide-note.json");
    d.ok(&[
        "profile",
        "revoke",
        "--output",
        note.to_str().unwrap(),
        "--reason",
        "executor",
    ]);
    // Writing the note revokes nothing by itself.
    d.ok(&["profile", "verify"]);

    let out = d
        .cmd(&[
            "--json",
            "profile",
            "verify",
            "--revocation",
            note.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["revoked"], true);
    assert_eq!(report["revocation"]["reason"], "executor");

    d.ok(&["profile", "import", note.to_str().unwrap()]);
    assert_eq!(d.json(&["profile", "list"])[0]["revoked"], true);
    d.cmd(&["profile", "verify"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("revoked"));

    // A note for another profile is refused.
    let other = Device::new();
    other.create_profile();
    let before = snapshot(other.home());
    other
        .cmd(&["profile", "import", note.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(&fp));
    assert_eq!(before, snapshot(other.home()));
}

#[test]
fn commands_without_a_keystore_say_how_to_make_one() {
    let d = Device::new();
    // Listing is a question a script may ask on a fresh machine: empty, exit 0.
    d.cmd(&["--json", "profile", "list"])
        .assert()
        .success()
        .stdout("[]\n");
    d.cmd(&["profile", "show"])
        .assert()
        .code(1)
        .stderr(predicate::str::starts_with("error: no keystore"))
        .stderr(predicate::str::contains(
            "hint: create one with `meshman profile create`",
        ));
}

#[test]
fn concurrent_profile_creation_is_serialized_by_the_lock() {
    let d = Device::new();
    let children: Vec<_> = (0..4)
        .map(|_| {
            d.std_cmd(&["--json", "profile", "create", "--no-passphrase"])
                .spawn()
                .unwrap()
        })
        .collect();
    let mut fps = Vec::new();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        fps.push(v["fingerprint"].as_str().unwrap().to_string());
    }
    let list = d.json(&["profile", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 4);
    // Exactly one device profile, shared by all four.
    let show: Vec<_> = fps
        .iter()
        .map(|fp| d.json(&["profile", "show", fp])["devices"][0]["fingerprint"].clone())
        .collect();
    assert!(show.windows(2).all(|w| w[0] == w[1]));
}

#[test]
fn usage_errors_exit_2() {
    let d = Device::new();
    d.cmd(&["profile", "frobnicate"]).assert().code(2);
    d.cmd(&["shares", "split", "--quorum", "3"])
        .assert()
        .code(2);
    d.cmd(&[
        "shares", "split", "--quorum", "2", "--shares", "3", "--bits", "100",
    ])
    .assert()
    .code(2);
}

#[test]
fn udf_commands_match_the_drafts_examples() {
    let d = Device::new();
    d.cmd(&["udf", "digest", "--content-type", "text/plain"])
        .write_stdin("UDF Data Value")
        .assert()
        .success()
        .stdout("MDDK-7N6A-727A-JZNO-STRX-XKS7-DJAF\n");
    d.cmd(&[
        "udf",
        "digest",
        "--content-type",
        "text/plain",
        "--alg",
        "sha3",
        "-",
    ])
    .write_stdin("UDF Data Value")
    .assert()
    .success()
    .stdout("KCFI-NCQG-DRKG-47R7-OVPT-TCHZ-7UXY\n");
    d.cmd(&[
        "udf",
        "digest",
        "--content-type",
        "text/plain",
        "--bits",
        "100",
    ])
    .write_stdin("UDF Data Value")
    .assert()
    .success()
    .stdout("MDDK-7N6A-727A-JZNO-STRX\n");

    let nonce = d.ok(&["udf", "nonce"]);
    assert!(
        nonce.starts_with('N') && nonce.trim().len() == 34,
        "{nonce:?}"
    );
    let key = nonce.trim();
    let a1 = d
        .cmd(&["udf", "authenticator", "--key", key])
        .write_stdin("data")
        .output()
        .unwrap();
    let a2 = d
        .cmd(&["udf", "authenticator", "--key", key])
        .write_stdin("data")
        .output()
        .unwrap();
    let a3 = d
        .cmd(&["udf", "authenticator", "--key", key])
        .write_stdin("other")
        .output()
        .unwrap();
    assert!(a1.status.success());
    assert_eq!(a1.stdout, a2.stdout);
    assert_ne!(a1.stdout, a3.stdout);
    assert!(a1.stdout.starts_with(b"A"));

    d.cmd(&["udf", "authenticator", "--key", "NOT-A-UDF-1"])
        .write_stdin("x")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("'1'"));
}

#[test]
fn shares_split_and_combine_like_ssss_but_naming_the_bad_share() {
    let d = Device::new();
    let split = d.json(&["shares", "split", "--quorum", "3", "--shares", "5"]);
    let secret = split["secret"].as_str().unwrap();
    let shares: Vec<String> = split["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    assert_eq!(shares.len(), 5);
    let out = d.ok(&["shares", "combine", &shares[0], &shares[2], &shares[4]]);
    assert_eq!(out.trim(), secret);

    let hex = d.ok(&[
        "shares",
        "split",
        "8EFE6610A594817555E409BEEBA2F916",
        "-k",
        "2",
        "-n",
        "3",
    ]);
    let lines: Vec<&str> = hex.lines().collect();
    assert_eq!(lines.len(), 3);
    d.cmd(&["shares", "combine", "--hex", lines[1], lines[2]])
        .assert()
        .success()
        .stdout("8EFE6610A594817555E409BEEBA2F916\n");

    // One wrong share among five of a 3-of-5: it is named. (With only
    // K+1 shares a bad one is detected but cannot be told apart: every
    // K-subset gives a different answer.)
    let other = d.json(&["shares", "split", "--quorum", "3", "--shares", "5"]);
    let foreign = other["shares"][3].as_str().unwrap();
    d.cmd(&[
        "shares", "combine", &shares[0], &shares[1], &shares[2], foreign, &shares[4],
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("share 4"));
    d.cmd(&[
        "shares", "combine", &shares[0], &shares[1], &shares[2], foreign,
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("do not agree"));

    // Too few shares and a mistyped one are clear errors.
    d.cmd(&["shares", "combine", &shares[0], &shares[1]])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("need 3"));
    let typo = shares[0].replacen('A', "1", 1);
    d.cmd(&["shares", "combine", &typo, &shares[1], &shares[2]])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("share 1"));

    // From stdin, one per line.
    d.cmd(&["shares", "combine", "-"])
        .write_stdin(format!("{}\n{}\n{}\n", shares[4], shares[3], shares[1]))
        .assert()
        .success()
        .stdout(format!("{secret}\n"));
}

#[test]
fn every_rejected_input_is_an_error_that_names_the_problem() {
    let cases: Vec<serde_json::Value> = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/reject.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let d = Device::new();
    let mut checked = 0;
    for case in &cases {
        let expected = case["error"].as_str().unwrap();
        let mut cmd = match case["kind"].as_str().unwrap() {
            "share-set" => {
                let mut args = vec!["shares".to_string(), "combine".to_string()];
                args.extend(
                    case["shares"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|s| s.as_str().unwrap().to_string()),
                );
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                d.cmd(&args)
            }
            "udf" if !case["input"].as_str().unwrap().is_empty() => {
                let mut c = d.cmd(&[
                    "udf",
                    "authenticator",
                    "--key",
                    case["input"].as_str().unwrap(),
                ]);
                c.write_stdin("data");
                c
            }
            "digest-bits" => {
                let bits = case["bits"].to_string();
                let mut c = d.cmd(&["udf", "digest", "--bits", &bits]);
                c.write_stdin("data");
                c
            }
            "secret" => d.cmd(&[
                "shares",
                "split",
                case["input"].as_str().unwrap(),
                "-k",
                "2",
                "-n",
                "3",
            ]),
            _ => continue,
        };
        cmd.assert()
            .code(1)
            .stderr(predicate::str::starts_with("error: "))
            .stderr(predicate::str::contains(expected));
        checked += 1;
    }
    assert!(checked >= 15, "only {checked} rejected inputs were run");
}

#[test]
fn a_closed_stdout_ends_quietly_with_status_0() {
    // `true` exits without reading, so meshman's writes meet a closed pipe
    // (EPIPE) in most runs; whichever way the race goes, the status is 0
    // and nothing is reported.
    let bin = assert_cmd::cargo::cargo_bin("meshman");
    for _ in 0..10 {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "{} shares split -q -k 2 -n 15 | true; echo ${{PIPESTATUS[0]}}",
                bin.display()
            ))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0", "{stderr}");
        assert!(stderr.is_empty(), "{stderr}");
    }
}
