//! Accounts, escrow and recovery end to end: the real binary against a
//! portal started in this process on 127.0.0.1:0, each device with its own
//! home.

mod common;

use std::time::Duration;

use common::{Device, snapshot};
use meshman::portal::{PortalConfig, RunningPortal};
use predicates::prelude::*;

fn portal() -> (RunningPortal, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let running = meshman::portal::start(PortalConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.path().to_path_buf(),
        domain: "example.com".into(),
        max_body_bytes: 1 << 20,
        open_rate_per_minute: 10_000,
        connect_expiry: Duration::from_secs(3600),
    })
    .unwrap();
    (running, data)
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_string).collect()
}

#[test]
fn account_lifecycle_escrow_and_recovery_onto_a_fresh_device() {
    let (portal, _data) = portal();
    let url = portal.url.clone();
    let laptop = Device::new();
    let fp = laptop.create_profile();

    // Validate, create, and a second create of the same name fails.
    let v = laptop.json(&["account", "validate", "alice@example.com", "--portal", &url]);
    assert_eq!(v["valid"], true);
    laptop.ok(&["account", "create", "alice@example.com", "--portal", &url]);
    let other = Device::new();
    other.create_profile();
    other
        .cmd(&["account", "create", "alice@example.com", "--portal", &url])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("409"));
    let v = other
        .cmd(&[
            "--json",
            "account",
            "validate",
            "alice@example.com",
            "--portal",
            &url,
        ])
        .output()
        .unwrap();
    assert_eq!(v.status.code(), Some(1));

    let status = laptop.json(&["account", "status"]);
    assert_eq!(status["profile"], fp);
    assert_eq!(status["profile_current"], true);
    assert_eq!(
        laptop.json(&["account", "list"])[0]["account"],
        "alice@example.com"
    );

    // Escrow 2-of-4, deleting the master key once the record is confirmed.
    let escrow = laptop.json(&["profile", "escrow", "-k", "2", "-n", "4", "--delete-master"]);
    assert_eq!(escrow["master_deleted"], true);
    let shares: Vec<String> = escrow["shares"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_string())
        .collect();
    assert_eq!(laptop.json(&["profile", "list"])[0]["master_key"], false);

    // A fresh device: a mistyped share is named and nothing is written.
    let phone = Device::new();
    let typo = shares[1].replacen('A', "8", 1);
    phone
        .cmd(&[
            "recover",
            "--shares",
            &shares[0],
            &typo,
            "--account",
            "alice@example.com",
            "--portal",
            &url,
            "--no-passphrase",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("share 2"));
    assert!(!phone.home().join("keystore.json").exists());

    // Four shares, one from another split: the odd one is named (K+2 shares).
    let second = laptop
        .cmd(&["--json", "shares", "split", "-k", "2", "-n", "4"])
        .output()
        .unwrap();
    let foreign: serde_json::Value = serde_json::from_slice(&second.stdout).unwrap();
    let foreign = foreign["shares"][3].as_str().unwrap().to_string();
    phone
        .cmd(&[
            "recover",
            "--shares",
            &shares[0],
            &shares[1],
            &shares[2],
            &foreign,
            "--account",
            "alice@example.com",
            "--portal",
            &url,
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("share 4"));
    assert!(!phone.home().join("keystore.json").exists());

    // Two good shares recover the profile, keys included, and the phone joins it.
    let out = phone.json(&[
        "recover",
        "--shares",
        &shares[2],
        &shares[0],
        "--account",
        "alice@example.com",
        "--portal",
        &url,
        "--no-passphrase",
        "--description",
        "phone",
    ]);
    assert_eq!(out["profile"], fp);
    assert_eq!(out["published"], true);
    let list = phone.json(&["profile", "list"]);
    assert_eq!(list[0]["fingerprint"], fp);
    assert_eq!(list[0]["master_key"], true);
    phone.ok(&["profile", "verify"]);
    let show = phone.json(&["profile", "show"]);
    assert_eq!(show["devices"].as_array().unwrap().len(), 2);
    // The phone's catalog keys open with its own device key, the laptop's too.
    let phone_status = phone.json(&["account", "status"]);
    assert_eq!(phone_status["profile_current"], true);
    // The laptop now holds an older version than the portal.
    assert_eq!(
        laptop.json(&["account", "status"])["profile_current"],
        false
    );

    // Delete the account from the phone; the portal forgets it.
    phone
        .cmd(&["account", "delete"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--yes"));
    phone.ok(&["account", "delete", "--yes"]);
    assert!(
        phone
            .json(&["account", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    let v = other.json(&["account", "validate", "alice@example.com", "--portal", &url]);
    assert_eq!(v["valid"], true, "a deleted account's name is free again");
}

#[test]
fn escrow_to_a_file_and_recover_without_a_portal() {
    let laptop = Device::new();
    let fp = laptop.create_profile();
    let record = laptop.path("../record.json");
    let out = laptop.ok(&[
        "profile",
        "escrow",
        "-k",
        "3",
        "-n",
        "5",
        "--file",
        record.to_str().unwrap(),
        "--qr",
    ]);
    let shares: Vec<String> = lines(&out)
        .into_iter()
        .filter(|l| l.starts_with("SA"))
        .collect();
    assert_eq!(shares.len(), 5);
    assert!(
        out.contains('█') || out.contains('▀'),
        "--qr drew no QR code"
    );
    let text = std::fs::read_to_string(&record).unwrap();
    assert!(!text.contains("\"d\""), "the record holds a key in clear");

    let fresh = Device::new();
    fresh
        .cmd(&[
            "recover",
            "--shares",
            &shares[0],
            &shares[1],
            "--file",
            record.to_str().unwrap(),
            "--no-passphrase",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("need 3"));
    let got = fresh.ok(&[
        "recover",
        "--shares",
        &shares[4],
        &shares[1],
        &shares[3],
        "--file",
        record.to_str().unwrap(),
        "--no-passphrase",
    ]);
    assert_eq!(got.trim(), fp);
    assert_eq!(fresh.json(&["profile", "list"])[0]["master_key"], true);
    fresh.ok(&["profile", "verify"]);
}

#[test]
fn escrow_without_a_master_key_or_account_changes_nothing() {
    let d = Device::new();
    d.create_profile();
    let before = snapshot(d.home());
    d.cmd(&["profile", "escrow", "-k", "2", "-n", "3"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no portal account"))
        .stderr(predicate::str::contains("hint:"));
    d.cmd(&[
        "profile",
        "escrow",
        "-k",
        "4",
        "-n",
        "3",
        "--file",
        "/dev/null",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("2 <= K <= N <= 15"));
    assert_eq!(before, snapshot(d.home()));
}

#[test]
fn network_errors_say_what_was_tried_and_plain_http_is_refused_off_loopback() {
    let d = Device::new();
    d.create_profile();
    // A loopback port nothing listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let url = format!("http://127.0.0.1:{port}");
    d.cmd(&["account", "validate", "bob@example.com", "--portal", &url])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!("127.0.0.1:{port}")))
        .stderr(predicate::str::contains("--portal"));
    d.cmd(&["portal", "hello", "http://192.0.2.1/"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("refusing plain http"))
        .stderr(predicate::str::contains("--insecure-http"));
    d.cmd(&["account", "create", "not-an-address"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("user@domain"));
}

#[test]
fn hello_reports_the_protocol() {
    let (portal, _data) = portal();
    let d = Device::new();
    let hello = d.json(&["portal", "hello", &portal.url]);
    assert!(!hello["versions"].as_array().unwrap().is_empty());
    assert!(
        hello["portal"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:")
    );
}
