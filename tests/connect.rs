//! Device connection end to end (reference-10 §4.3, PROTOCOL.md §10): the
//! real binary on three devices (admin, laptop, phone), each with its own
//! home, against a portal started in-process on 127.0.0.1:0.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::Device;
use meshman::client::{ClientError, PortalClient};
use meshman::connect::{ConnectionRequest, new_nonce};
use meshman::crypto::{EncryptionKey, SigningKey};
use meshman::keystore::Access;
use meshman::portal::{self, PortalConfig, RunningPortal};
use meshman::profile::{self, DeviceProfile, Signed};
use meshman::protocol::{ConnectStartRequest, ConnectStatusRequest, Request};

const ACCOUNT: &str = "alice@example.com";

fn start_portal(data: &Path, expiry: Duration) -> RunningPortal {
    portal::start(PortalConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.to_path_buf(),
        domain: "example.com".into(),
        max_body_bytes: 1 << 20,
        open_rate_per_minute: 10000,
        connect_expiry: expiry,
    })
    .unwrap()
}

/// A portal, and an administration device with a profile and the account.
struct World {
    data: tempfile::TempDir,
    portal: RunningPortal,
    admin: Device,
    profile: String,
}

fn world(expiry: Duration) -> World {
    let data = tempfile::tempdir().unwrap();
    let portal = start_portal(data.path(), expiry);
    let admin = Device::new();
    let profile = admin.create_profile();
    admin.ok(&["account", "create", ACCOUNT, "--portal", &portal.url]);
    World {
        data,
        portal,
        admin,
        profile,
    }
}

impl World {
    /// `device connect --no-wait` on `dev`; returns the verification code.
    fn start(&self, dev: &Device, description: &str, extra: &[&str]) -> String {
        let mut args = vec![
            "--json",
            "device",
            "connect",
            ACCOUNT,
            "--portal",
            &self.portal.url,
            "--no-wait",
            "--no-passphrase",
            "--description",
            description,
        ];
        args.extend_from_slice(extra);
        let v: serde_json::Value = serde_json::from_str(&dev.ok(&args)).unwrap();
        assert_eq!(v["status"], "pending");
        assert_eq!(v["profile"], self.profile.as_str());
        v["code"].as_str().unwrap().to_string()
    }

    fn pending(&self) -> Vec<serde_json::Value> {
        self.admin
            .json(&["device", "pending"])
            .as_array()
            .unwrap()
            .clone()
    }

    fn profile_devices(&self, dev: &Device) -> Vec<String> {
        dev.json(&["device", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["fingerprint"].as_str().unwrap().to_string())
            .collect()
    }
}

fn status_code(dev: &Device, args: &[&str]) -> i32 {
    let mut all = vec!["device", "status"];
    all.extend_from_slice(args);
    dev.cmd(&all).output().unwrap().status.code().unwrap()
}

fn device_udf(dev: &Device) -> String {
    dev.json(&["device", "show"])["fingerprint"]
        .as_str()
        .unwrap()
        .to_string()
}

fn no_passphrase() -> meshman::keystore::PassphraseSource {
    Box::new(|| {
        Err(meshman::keystore::KeystoreError::NoPassphrase(
            "none".into(),
        ))
    })
}

/// Opens every catalog key envelope of `dev`'s stored profile that lists
/// it, with its own device encryption key; returns how many opened.
fn open_catalog_keys(dev: &Device, profile_fp: &str) -> usize {
    let mut home = meshman::home::Home::open(dev.home(), Access::Read, no_passphrase()).unwrap();
    let keys = home.device_keys().unwrap();
    let local = home.find_profile(Some(profile_fp)).unwrap();
    let verified = profile::verify_personal(&local.signed).unwrap();
    opened_by(&verified, &keys.encryption)
}

fn opened_by(verified: &profile::VerifiedProfile, key: &EncryptionKey) -> usize {
    verified
        .applications
        .iter()
        .filter(|(_, app)| app.key_envelope.decrypt(key).is_ok())
        .count()
}

#[test]
fn accept_by_typed_code_connects_the_device_and_shares_the_catalog_keys() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    assert_eq!(code.len(), 34, "{code}");
    assert_eq!(
        status_code(&laptop, &[]),
        10,
        "pending before the admin acts"
    );

    let pending = w.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(
        pending[0]["code"],
        code.as_str(),
        "both devices compute the same code"
    );
    assert_eq!(pending[0]["description"], "laptop");
    assert_eq!(pending[0]["device"], device_udf(&laptop).as_str());

    // The user types 8 characters, lower case, without the dash.
    let typed = code.replace('-', "")[..8].to_ascii_lowercase();
    w.admin.ok(&["device", "accept", &typed]);
    assert!(w.pending().is_empty());

    assert_eq!(status_code(&laptop, &[]), 0);
    let status = laptop.json(&["device", "status"]);
    assert_eq!(status["status"], "accepted");
    assert_eq!(laptop.json(&["account", "list"])[0]["account"], ACCOUNT);
    let devices = w.profile_devices(&laptop);
    assert_eq!(devices.len(), 2);
    assert!(devices.contains(&device_udf(&laptop)));
    let verify = laptop.json(&["profile", "verify"]);
    assert_eq!(verify["valid"], true);
    assert_eq!(
        open_catalog_keys(&laptop, &w.profile),
        6,
        "every catalog key opens"
    );
    let me = laptop.json(&["device", "list"]);
    let mine = me
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["this_device"] == true)
        .unwrap();
    assert_eq!(mine["admin"], false);
}

#[test]
fn reject_refuses_the_device() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    w.admin.ok(&["device", "reject", &code]);
    assert_eq!(status_code(&laptop, &[]), 11);
    assert_eq!(status_code(&laptop, &[]), 11, "remembered");
    assert_eq!(w.profile_devices(&w.admin).len(), 1);
    // A refused request cannot be accepted later.
    assert!(
        !w.admin
            .cmd(&["device", "accept", &code])
            .output()
            .unwrap()
            .status
            .success()
    );
}

#[test]
fn a_pin_accepts_once_while_connect_waits() {
    let w = world(Duration::from_secs(3600));
    let pin = w.admin.json(&["device", "pin", "--expire", "10m"]);
    let uri = pin["uri"].as_str().unwrap().to_string();
    assert!(uri.starts_with("mmm:connect:alice@example.com:"), "{uri}");
    let pin = pin["pin"].as_str().unwrap().to_string();

    // The laptop waits (polling) while the admin accepts by PIN.
    let laptop = Device::new();
    let child = laptop
        .std_cmd(&[
            "device",
            "connect",
            ACCOUNT,
            "--portal",
            &w.portal.url,
            "--pin",
            &pin,
            "--wait",
            "60",
            "--no-passphrase",
            "--description",
            "laptop",
        ])
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let listed = w.admin.json(&["device", "pending", "--accept-pins"]);
        if listed
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["accepted"] == true)
        {
            break;
        }
        assert!(Instant::now() < deadline, "the PIN request never showed up");
        std::thread::sleep(Duration::from_millis(200));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(w.profile_devices(&w.admin).contains(&device_udf(&laptop)));

    // The same PIN (via the URI) a second time: not accepted.
    let phone = Device::new();
    w.start(&phone, "phone", &["--uri", &uri]);
    let listed = w.admin.json(&["device", "pending", "--accept-pins"]);
    assert_eq!(listed[0]["pin"], "used");
    assert_eq!(listed[0]["accepted"], false);
    assert!(
        !w.admin
            .cmd(&["device", "accept", "--pins"])
            .output()
            .unwrap()
            .status
            .success()
    );
    assert_eq!(status_code(&phone, &[]), 10);
    assert!(!w.profile_devices(&w.admin).contains(&device_udf(&phone)));
}

#[test]
fn an_expired_pin_accepts_nothing() {
    let w = world(Duration::from_secs(3600));
    let pin = w.admin.json(&["device", "pin", "--expire", "1s"])["pin"]
        .as_str()
        .unwrap()
        .to_string();
    std::thread::sleep(Duration::from_millis(2100));
    let laptop = Device::new();
    w.start(&laptop, "laptop", &["--pin", &pin]);
    let listed = w.admin.json(&["device", "pending", "--accept-pins"]);
    assert_eq!(listed[0]["pin"], "expired");
    assert_eq!(listed[0]["accepted"], false);
    assert_eq!(status_code(&laptop, &[]), 10);
}

#[test]
fn an_unanswered_request_expires() {
    let w = world(Duration::from_secs(1));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    std::thread::sleep(Duration::from_millis(2100));
    assert_eq!(status_code(&laptop, &[]), 12);
    assert!(w.pending().is_empty(), "expired requests are not listed");
    let out = w.admin.cmd(&["device", "accept", &code]).output().unwrap();
    assert!(!out.status.success());
    assert_eq!(w.profile_devices(&w.admin).len(), 1);
}

#[test]
fn a_revoked_device_is_refused_and_told_so() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    // --admin: the admin holds the master key; the laptop gets an online key.
    w.admin.ok(&["device", "accept", &code, "--admin"]);
    assert_eq!(status_code(&laptop, &[]), 0);
    assert_eq!(laptop.json(&["profile", "list"])[0]["admin"], true);
    laptop.ok(&["device", "pending"]);

    let before = w.admin.json(&["profile", "show"])["catalogs"].clone();
    let laptop_udf = device_udf(&laptop);
    w.admin.ok(&["device", "revoke", &laptop_udf[..12]]);
    let after = w.admin.json(&["profile", "show"])["catalogs"].clone();
    for (b, a) in before
        .as_array()
        .unwrap()
        .iter()
        .zip(after.as_array().unwrap())
    {
        assert_ne!(
            b["identifier"], a["identifier"],
            "every catalog has a new key"
        );
    }
    assert_eq!(w.profile_devices(&w.admin).len(), 1);
    // The remaining device still opens every catalog key; the revoked one none.
    assert_eq!(open_catalog_keys(&w.admin, &w.profile), 6);
    let mut home = meshman::home::Home::open(laptop.home(), Access::Read, no_passphrase()).unwrap();
    let laptop_keys = home.device_keys().unwrap();
    let current = meshman::home::Home::open(w.admin.home(), Access::Read, no_passphrase())
        .unwrap()
        .find_profile(Some(&w.profile))
        .unwrap();
    let verified = profile::verify_personal(&current.signed).unwrap();
    assert_eq!(opened_by(&verified, &laptop_keys.encryption), 0);
    drop(home);

    let out = laptop.cmd(&["device", "pending"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("this device was revoked from profile"),
        "{stderr}"
    );
}

#[test]
fn a_portal_restart_between_start_and_complete_loses_nothing() {
    let mut w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    let data = w.data.path().to_path_buf();
    let old = std::mem::replace(
        &mut w.portal,
        start_portal(&data.join("unused"), Duration::from_secs(1)),
    );
    old.stop();
    let placeholder = std::mem::replace(
        &mut w.portal,
        start_portal(&data, Duration::from_secs(3600)),
    );
    placeholder.stop();
    let url = w.portal.url.clone();
    w.admin.ok(&["device", "accept", &code, "--portal", &url]);
    assert_eq!(status_code(&laptop, &["--portal", &url]), 0);
    assert!(w.profile_devices(&laptop).contains(&device_udf(&laptop)));
}

#[test]
fn two_devices_at_once_each_get_their_own_answer() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let phone = Device::new();
    let laptop_code = w.start(&laptop, "laptop", &[]);
    let phone_code = w.start(&phone, "phone", &[]);
    assert_ne!(laptop_code, phone_code);
    assert_eq!(w.pending().len(), 2);

    w.admin.ok(&["device", "accept", &laptop_code[..9]]);
    assert_eq!(status_code(&laptop, &[]), 0);
    assert_eq!(status_code(&phone, &[]), 10);
    let devices = w.profile_devices(&w.admin);
    assert!(devices.contains(&device_udf(&laptop)));
    assert!(
        !devices.contains(&device_udf(&phone)),
        "accepting one never adds the other"
    );
    let left = w.pending();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0]["code"], phone_code.as_str());

    w.admin.ok(&["device", "reject", &phone_code]);
    assert_eq!(status_code(&phone, &[]), 11);
    assert_eq!(status_code(&laptop, &[]), 0);
}

#[test]
fn wrong_or_short_codes_accept_nothing() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    // A wrong code: flip the first character.
    let first = if code.starts_with('A') { "B" } else { "A" };
    let wrong = format!("{first}{}", &code[1..]);
    let out = w.admin.cmd(&["device", "accept", &wrong]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no pending connection request"));
    // Fewer than 8 characters.
    let out = w
        .admin
        .cmd(&["device", "accept", &code[..6]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = w
        .admin
        .cmd(&["device", "reject", &code[..6]])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(w.pending().len(), 1);
    assert_eq!(status_code(&laptop, &[]), 10);
    assert_eq!(w.profile_devices(&w.admin).len(), 1);
}

#[test]
fn a_non_admin_device_cannot_list_or_answer() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    let code = w.start(&laptop, "laptop", &[]);
    w.admin.ok(&["device", "accept", &code]);
    assert_eq!(status_code(&laptop, &[]), 0);

    let phone = Device::new();
    let phone_code = w.start(&phone, "phone", &[]);
    let out = laptop.cmd(&["device", "pending"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("(403)") && stderr.contains("not an administration device"),
        "{stderr}"
    );
    for verb in ["accept", "reject"] {
        let out = laptop.cmd(&["device", verb, &phone_code]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{verb}");
    }
    assert_eq!(status_code(&phone, &[]), 10);
}

#[test]
fn connect_status_answers_only_the_connecting_devices_own_key() {
    let w = world(Duration::from_secs(3600));
    let laptop = Device::new();
    w.start(&laptop, "laptop", &[]);
    let client = PortalClient::new(&w.portal.url, false).unwrap();
    let request = Request::ConnectStatusRequest(ConnectStatusRequest {
        account_id: ACCOUNT.into(),
        device_id: device_udf(&laptop),
    });
    // Another key, and the admin's own device key: both 401.
    let stranger = SigningKey::generate();
    let mut admin_home =
        meshman::home::Home::open(w.admin.home(), Access::Read, no_passphrase()).unwrap();
    let admin_keys = admin_home.device_keys().unwrap();
    drop(admin_home);
    for key in [&stranger, &admin_keys.authentication] {
        match client.call(&request, Some((ACCOUNT, key))) {
            Err(ClientError::Status { code: 401, .. }) => {}
            other => panic!("expected 401, got {other:?}"),
        }
    }
    // No authentication at all: 401.
    assert!(matches!(
        client.call(&request, None),
        Err(ClientError::Status { code: 401, .. })
    ));
    // The laptop's own key: answered (pending).
    let mut home = meshman::home::Home::open(laptop.home(), Access::Read, no_passphrase()).unwrap();
    let keys = home.device_keys().unwrap();
    assert!(
        client
            .call(&request, Some((ACCOUNT, &keys.authentication)))
            .is_ok()
    );
}

#[test]
fn forged_requests_never_reach_the_pending_list() {
    let w = world(Duration::from_secs(3600));
    let client = PortalClient::new(&w.portal.url, false).unwrap();
    let signature = SigningKey::generate();
    let authentication = SigningKey::generate();
    let encryption = EncryptionKey::generate();
    let device = profile::sign_device_profile(
        Some("forged"),
        &signature,
        &authentication,
        &encryption.public_key(),
    );
    let request = |device: &Signed| ConnectionRequest {
        parent_udf: w.profile.clone(),
        device: device.clone(),
        client_nonce: new_nonce(),
        pin_witness: None,
    };
    let start = |signed: Signed| {
        client.call(
            &Request::ConnectStartRequest(ConnectStartRequest {
                account_id: ACCOUNT.into(),
                signed_request: signed,
            }),
            None,
        )
    };
    // 1. The request signed by another key than the device's.
    let other = SigningKey::generate();
    let r = start(Signed::sign(&request(&device), &device.identifier, &other));
    assert!(
        matches!(r, Err(ClientError::Status { code: 401, .. })),
        "{r:?}"
    );
    // 2. A device profile not signed by its own signature key.
    let claimed: DeviceProfile = device.open_unverified().unwrap();
    let not_self_signed = Signed::sign(&claimed, &claimed.identifier, &other);
    let r = start(Signed::sign(
        &request(&not_self_signed),
        &not_self_signed.identifier,
        &signature,
    ));
    assert!(
        matches!(r, Err(ClientError::Status { code: 400, .. })),
        "{r:?}"
    );
    // 3. The wrong profile.
    let mut wrong = request(&device);
    wrong.parent_udf = "MAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA".into();
    let r = start(Signed::sign(&wrong, &device.identifier, &signature));
    assert!(
        matches!(r, Err(ClientError::Status { code: 400, .. })),
        "{r:?}"
    );
    assert!(w.pending().is_empty());
    // The genuine article does reach it.
    start(Signed::sign(
        &request(&device),
        &device.identifier,
        &signature,
    ))
    .unwrap();
    assert_eq!(w.pending().len(), 1);
}
