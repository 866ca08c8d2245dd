//! The portal server over HTTP (reference-10 §12, PROTOCOL.md §6–§8): a real
//! portal started in-process on 127.0.0.1:0, profiles made with the library,
//! requests posted with reqwest. Every refused request is also checked to
//! have left the portal's data unchanged.

#[path = "common/identity.rs"]
mod identity;
#[path = "common/served.rs"]
mod served;

use std::net::{Ipv4Addr, SocketAddr};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime};

use meshman::crypto::jwe::Jwe;
use meshman::crypto::{EncryptionKey, SigningKey};
use meshman::home::{DeviceKeys, ProfileKeys};
use meshman::portal::{PortalConfig, RunningPortal, auth};
use meshman::profile::{self, PersonalProfile, Signed};
use meshman::protocol::*;
use serde_json::{Value, json};

const DOMAIN: &str = "example.com";

// ---------------------------------------------------------------------------
// Harness

struct Portal {
    _dir: tempfile::TempDir,
    running: RunningPortal,
    http: reqwest::blocking::Client,
}

fn config(dir: &std::path::Path, rate: u32, max_body: usize) -> PortalConfig {
    PortalConfig {
        listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
        data_dir: dir.join("data"),
        domain: DOMAIN.into(),
        max_body_bytes: max_body,
        open_rate_per_minute: rate,
        connect_expiry: Duration::from_secs(3600),
    }
}

/// A blocking HTTP client. reqwest is built without a TLS provider; even a
/// plain-http client needs one installed (ring, as the CLI does).
fn http_client() -> reqwest::blocking::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::blocking::Client::new()
}

fn portal_with(rate: u32, max_body: usize) -> Portal {
    let dir = tempfile::tempdir().unwrap();
    let running = meshman::portal::start(config(dir.path(), rate, max_body)).unwrap();
    Portal {
        _dir: dir,
        running,
        http: http_client(),
    }
}

fn portal() -> Portal {
    portal_with(0, 1 << 20)
}

/// An HTTP status and the parsed JSON body.
struct Reply {
    http: u16,
    json: Value,
}

impl Reply {
    /// The response's `Status`, checked to equal the HTTP status.
    fn status(&self) -> u64 {
        let (_, inner) = self.json.as_object().unwrap().iter().next().unwrap();
        let status = inner["Status"].as_u64().unwrap();
        assert_eq!(status, u64::from(self.http), "HTTP status mirrors Status");
        status
    }

    fn description(&self) -> String {
        let (_, inner) = self.json.as_object().unwrap().iter().next().unwrap();
        inner["StatusDescription"].as_str().unwrap_or("").to_owned()
    }

    fn response(&self) -> Response {
        serde_json::from_value(self.json.clone()).unwrap()
    }
}

impl Portal {
    fn url(&self) -> &str {
        &self.running.url
    }

    fn post_raw(&self, body: Vec<u8>, authentication: Option<&str>) -> Reply {
        let mut request = self
            .http
            .post(self.url())
            .header("Content-Type", "application/json")
            .body(body);
        if let Some(a) = authentication {
            request = request.header(auth::HEADER, a);
        }
        let response = request.send().unwrap();
        let http = response.status().as_u16();
        let json = response.json().unwrap();
        Reply { http, json }
    }

    fn call(&self, request: &Request, signer: Option<(&str, &SigningKey)>) -> Reply {
        let body = serde_json::to_vec(request).unwrap();
        let header = signer.map(|(account, key)| auth::authenticate(&body, account, key));
        self.post_raw(body, header.as_deref())
    }

    /// What a client can see of the portal's state: the checkpoint and the
    /// status's write time, and every version of a profile.
    fn snapshot(&self, fingerprint: &str) -> (Value, Value) {
        let status = self.call(&Request::StatusRequest(StatusRequest {}), None);
        let get = self.call(
            &Request::GetRequest(GetRequest {
                identifier: Some(fingerprint.into()),
                multiple: Some(true),
                ..Default::default()
            }),
            None,
        );
        (status.json, get.json)
    }

    fn checkpoint(&self) -> String {
        let reply = self.call(&Request::StatusRequest(StatusRequest {}), None);
        reply.json["StatusResponse"]["CheckpointValue"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// A device with a profile: the keys the tests sign with.
struct User {
    _dir: tempfile::TempDir,
    fingerprint: String,
    signed: Signed,
    device: DeviceKeys,
    keys: ProfileKeys,
    account: String,
}

fn user(name: &str) -> User {
    let id = identity::identity("laptop");
    User {
        _dir: id.dir,
        fingerprint: id.fingerprint,
        signed: id.signed,
        device: id.device,
        keys: id.keys,
        account: format!("{name}@{DOMAIN}"),
    }
}

impl User {
    fn auth(&self) -> Option<(&str, &SigningKey)> {
        Some((&self.account, &self.device.authentication))
    }

    fn create_request(&self) -> Request {
        Request::CreateRequest(CreateRequest {
            account: self.account.clone(),
            profile: TaggedProfile::SignedPersonalProfile(self.signed.clone()),
        })
    }

    fn create_on(&self, portal: &Portal) {
        let reply = portal.call(&self.create_request(), self.auth());
        assert_eq!(reply.status(), 201, "{}", reply.json);
    }

    fn personal(&self) -> PersonalProfile {
        self.signed.open_unverified().unwrap()
    }

    /// The profile re-signed by the online key, after `change`, with
    /// `Updated` set `secs` seconds after the first version's (not after
    /// now: two versions made with the same `secs` must be equally new,
    /// however far apart in time they are made).
    fn version(&self, secs: i64, change: impl FnOnce(&mut PersonalProfile)) -> Signed {
        let mut personal = self.personal();
        let first = meshman::time::parse(&personal.updated).unwrap();
        personal.updated = meshman::time::format(offset(first, secs));
        change(&mut personal);
        let master = profile::verify_master(&personal.signed_master_profile).unwrap();
        let online = self.keys.online_key(&master).unwrap();
        Signed::sign(&personal, &self.fingerprint, online)
    }

    fn publish(entry: Entry) -> Request {
        Request::PublishRequest(PublishRequest { entry })
    }
}

/// `secs` seconds from now, as a profile's time.
fn at(secs: i64) -> String {
    meshman::time::format(offset(SystemTime::now(), secs))
}

fn offset(t: SystemTime, secs: i64) -> SystemTime {
    if secs >= 0 {
        t + Duration::from_secs(secs as u64)
    } else {
        t - Duration::from_secs(secs.unsigned_abs())
    }
}

/// A second device, not an administration device, added to `user`'s profile.
fn extra_device() -> (Signed, DeviceKeys) {
    let keys = DeviceKeys {
        signature: SigningKey::generate(),
        authentication: SigningKey::generate(),
        encryption: EncryptionKey::generate(),
    };
    let signed = profile::sign_device_profile(
        Some("phone"),
        &keys.signature,
        &keys.authentication,
        &keys.encryption.public_key(),
    );
    (signed, keys)
}

fn recovery_record() -> OfflineEscrowEntry {
    let index = meshman::udf::nonce(140).unwrap();
    let key = EncryptionKey::generate();
    OfflineEscrowEntry {
        identifier: index,
        encrypted_data: Jwe::encrypt(b"escrowed keys", &[&key.public_key()]),
    }
}

fn get_identifier(
    portal: &Portal,
    id: &str,
    multiple: bool,
    constraints: Option<SearchConstraints>,
) -> Reply {
    portal.call(
        &Request::GetRequest(GetRequest {
            identifier: Some(id.into()),
            multiple: Some(multiple),
            search_constraints: constraints,
            ..Default::default()
        }),
        None,
    )
}

fn items(reply: &Reply) -> Vec<Value> {
    let (_, inner) = reply.json.as_object().unwrap().iter().next().unwrap();
    inner["DataItems"].as_array().cloned().unwrap_or_default()
}

// ---------------------------------------------------------------------------
// Transactions

#[test]
fn hello_reports_version_and_encoding() {
    let p = portal();
    let reply = p.call(&Request::HelloRequest(HelloRequest {}), None);
    assert_eq!(reply.status(), 200);
    let Response::HelloResponse(hello) = reply.response() else {
        panic!("{}", reply.json)
    };
    let version = hello.version.unwrap();
    assert_eq!(version.major, 1);
    assert_eq!(version.encodings, ["application/json"]);
    // The path without the trailing slash works too.
    let response = p
        .http
        .post(p.url().trim_end_matches('/'))
        .body(r#"{"HelloRequest":{}}"#)
        .send()
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

#[test]
fn validate_rules_and_reserve() {
    let p = portal();
    let validate = |account: &str, reserve: bool| {
        let reply = p.call(
            &Request::ValidateRequest(ValidateRequest {
                account: account.into(),
                reserve: reserve.then_some(true),
                ..Default::default()
            }),
            None,
        );
        assert_eq!(reply.status(), 200, "{}", reply.json);
        let Response::ValidateResponse(v) = reply.response() else {
            panic!("{}", reply.json)
        };
        assert_eq!((v.minimum, v.maximum), (Some(1), Some(64)));
        v
    };
    let ok = validate("Alice.B-1@EXAMPLE.COM", false);
    assert_eq!(ok.valid, Some(true), "{:?}", ok.reason);
    for bad in [
        "alice@other.org",
        "alice",
        "@example.com",
        "-alice@example.com",
        &format!("{}@example.com", "a".repeat(65)),
    ] {
        let v = validate(bad, false);
        assert_eq!(v.valid, Some(false), "{bad}");
        assert!(v.reason.is_some_and(|r| !r.is_empty()), "{bad}");
    }
    let chars = validate("al ice+x@example.com", false);
    assert_eq!(chars.valid, Some(false));
    assert_eq!(chars.invalid_characters.as_deref(), Some(" +"));

    // A reservation holds the name for its holder (this client) ...
    assert_eq!(validate("carol@example.com", true).valid, Some(true));
    assert_eq!(validate("CAROL@example.com", false).valid, Some(true));
    // ... and a taken name is refused.
    let alice = user("alice");
    alice.create_on(&p);
    let taken = validate("ALICE@example.com", false);
    assert_eq!(taken.valid, Some(false));
    assert!(taken.reason.unwrap().contains("taken"));
}

#[test]
fn create_account_cases() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    let before = p.checkpoint();

    // Without authentication, and authenticated by a device of another
    // profile: 401, nothing written.
    let reply = p.call(&alice.create_request(), None);
    assert_eq!(reply.status(), 401);
    let reply = p.call(
        &alice.create_request(),
        Some((&alice.account, &bob.device.authentication)),
    );
    assert_eq!(reply.status(), 401, "{}", reply.json);
    // A broken chain: the personal profile signed by a key that is not an
    // online key of its master profile.
    let mut forged = alice.personal();
    forged.updated = at(5);
    let broken = Signed::sign(&forged, &alice.fingerprint, &SigningKey::generate());
    let reply = p.call(
        &Request::CreateRequest(CreateRequest {
            account: alice.account.clone(),
            profile: TaggedProfile::SignedPersonalProfile(broken),
        }),
        alice.auth(),
    );
    assert_eq!(reply.status(), 400);
    assert!(
        reply.description().contains("does not verify"),
        "{}",
        reply.json
    );
    // A name this portal does not serve.
    let reply = p.call(
        &Request::CreateRequest(CreateRequest {
            account: "alice@other.org".into(),
            profile: TaggedProfile::SignedPersonalProfile(alice.signed.clone()),
        }),
        Some(("alice@other.org", &alice.device.authentication)),
    );
    assert_eq!(reply.status(), 400);
    assert_eq!(p.checkpoint(), before, "refused creations write nothing");

    alice.create_on(&p);
    assert_ne!(p.checkpoint(), before);
    // Taken, whoever asks (even with different case).
    let reply = p.call(
        &Request::CreateRequest(CreateRequest {
            account: "ALICE@example.com".into(),
            profile: TaggedProfile::SignedPersonalProfile(bob.signed.clone()),
        }),
        Some(("ALICE@example.com", &bob.device.authentication)),
    );
    assert_eq!(reply.status(), 409, "{}", reply.json);

    let reply = p.call(
        &Request::GetRequest(GetRequest {
            account: Some("Alice@Example.com".into()),
            ..Default::default()
        }),
        None,
    );
    assert_eq!(reply.status(), 200);
    let found = items(&reply);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0]["Identifier"], alice.fingerprint.as_str());
    assert_eq!(found[0]["Type"], "SignedPersonalProfile");
    let entry: Entry = serde_json::from_value(found[0]["Entry"].clone()).unwrap();
    assert_eq!(entry, Entry::SignedPersonalProfile(alice.signed.clone()));
}

#[test]
fn publish_versions_and_get_with_paging() {
    let p = portal();
    let alice = user("alice");
    alice.create_on(&p);

    for i in 1..=4 {
        let newer = alice.version(i, |_| {});
        let reply = p.call(
            &User::publish(Entry::SignedPersonalProfile(newer)),
            alice.auth(),
        );
        assert_eq!(reply.status(), 202, "{}", reply.json);
    }
    // Equal and older Updated are refused.
    for secs in [4, 2, -100] {
        let stale = alice.version(secs, |_| {});
        let reply = p.call(
            &User::publish(Entry::SignedPersonalProfile(stale)),
            alice.auth(),
        );
        assert_eq!(reply.status(), 409, "{}", reply.json);
    }

    // The current version only.
    let reply = get_identifier(&p, &alice.fingerprint, false, None);
    assert_eq!(reply.status(), 200);
    assert_eq!(items(&reply).len(), 1);

    // Every version, two at a time: each once, in order.
    let mut seen = Vec::new();
    let mut page_key = None;
    loop {
        let reply = get_identifier(
            &p,
            &alice.fingerprint,
            true,
            Some(SearchConstraints {
                max_entries: Some(2),
                page_key: page_key.clone(),
                ..Default::default()
            }),
        );
        assert_eq!(reply.status(), 200, "{}", reply.json);
        let page = items(&reply);
        assert!(page.len() <= 2);
        seen.extend(page.iter().map(|i| i["Index"].as_u64().unwrap()));
        match reply.json["GetResponse"]["PageKey"].as_str() {
            Some(k) => page_key = Some(k.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 5, "create + 4 updates: {seen:?}");
    assert!(seen.windows(2).all(|w| w[0] < w[1]));

    // Time windows: nothing published before an hour ago.
    let reply = get_identifier(
        &p,
        &alice.fingerprint,
        true,
        Some(SearchConstraints {
            before: Some(at(-3600)),
            ..Default::default()
        }),
    );
    assert_eq!(reply.status(), 404);
    let reply = get_identifier(
        &p,
        &alice.fingerprint,
        true,
        Some(SearchConstraints {
            not_before: Some(at(-3600)),
            ..Default::default()
        }),
    );
    assert_eq!(items(&reply).len(), 5);
    // KeyValues select by type.
    let reply = p.call(
        &Request::GetRequest(GetRequest {
            key_values: vec![
                KeyValue {
                    key: Some("Account".into()),
                    value: Some(alice.account.clone()),
                },
                KeyValue {
                    key: Some("Type".into()),
                    value: Some("MasterRevocation".into()),
                },
            ],
            ..Default::default()
        }),
        None,
    );
    assert_eq!(reply.status(), 404);
    let reply = get_identifier(&p, "MB2G-NOTH-INGH-ERE0-AAAA-AAAA-AAAA", false, None);
    assert_eq!(reply.status(), 404);
}

#[test]
fn publish_refusals_leave_data_unchanged() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    bob.create_on(&p);

    // Add a second, non-administration device.
    let (phone, phone_keys) = extra_device();
    let with_phone = alice.version(1, |pp| pp.devices.push(phone));
    let reply = p.call(
        &User::publish(Entry::SignedPersonalProfile(with_phone)),
        alice.auth(),
    );
    assert_eq!(reply.status(), 202);

    let snapshot = p.snapshot(&alice.fingerprint);
    let newer = Entry::SignedPersonalProfile(alice.version(10, |_| {}));
    let publish = User::publish(newer.clone());

    // The phone may authenticate but is not an administration device.
    let reply = p.call(&publish, Some((&alice.account, &phone_keys.authentication)));
    assert_eq!(reply.status(), 403, "{}", reply.json);
    // Bob's key for Alice's account.
    let reply = p.call(&publish, Some((&alice.account, &bob.device.authentication)));
    assert_eq!(reply.status(), 401);
    // Bob's profile published to Bob's account by Alice? Bob's profile to
    // Alice's account, by Alice: another master profile.
    let bobs = Entry::SignedPersonalProfile({
        let mut personal: PersonalProfile = bob.signed.open_unverified().unwrap();
        personal.updated = at(20);
        let master = profile::verify_master(&personal.signed_master_profile).unwrap();
        Signed::sign(
            &personal,
            &bob.fingerprint,
            bob.keys.online_key(&master).unwrap(),
        )
    });
    let reply = p.call(&User::publish(bobs), alice.auth());
    assert_eq!(reply.status(), 403, "{}", reply.json);
    // Signed by a key that is not in the master profile.
    let mut personal = alice.personal();
    personal.updated = at(30);
    let rogue = Signed::sign(&personal, &alice.fingerprint, &SigningKey::generate());
    let reply = p.call(
        &User::publish(Entry::SignedPersonalProfile(rogue)),
        alice.auth(),
    );
    assert_eq!(reply.status(), 400, "{}", reply.json);
    // Entries that cannot be published.
    let reply = p.call(
        &User::publish(Entry::SignedDeviceProfile(
            alice.personal().devices[0].clone(),
        )),
        alice.auth(),
    );
    assert_eq!(reply.status(), 400);
    assert_eq!(p.snapshot(&alice.fingerprint), snapshot);

    let reply = p.call(&publish, alice.auth());
    assert_eq!(reply.status(), 202);
}

/// The portal verifies a new version only where it differs from the stored
/// one; each part a new version may change must still be checked.
#[test]
fn a_new_version_is_verified_wherever_it_differs_from_the_stored_one() {
    let p = portal();
    let alice = user("alice");
    alice.create_on(&p);
    // A first update puts the verified version in the portal's cache.
    let reply = p.call(
        &User::publish(Entry::SignedPersonalProfile(alice.version(1, |_| {}))),
        alice.auth(),
    );
    assert_eq!(reply.status(), 202, "{}", reply.json);
    let snapshot = p.snapshot(&alice.fingerprint);
    let forger = SigningKey::generate();

    // A device profile not signed by its own key.
    let forged_device = {
        let (phone, _) = extra_device();
        let claimed: profile::DeviceProfile = phone.open_unverified().unwrap();
        Signed::sign(&claimed, &phone.identifier, &forger)
    };
    // The master profile with one more online key, not signed by the
    // master key, and a personal profile signed by that key.
    let mut personal = alice.personal();
    let mut master: profile::MasterProfile =
        personal.signed_master_profile.open_unverified().unwrap();
    master
        .online_signature_keys
        .push(forger.verifying_key().to_public_key());
    personal.signed_master_profile = Signed::sign(&master, &alice.fingerprint, &forger);
    personal.updated = at(5);
    let forged_master = Signed::sign(&personal, &alice.fingerprint, &forger);
    // An application profile re-signed by a key outside the master profile.
    let forged_application = alice.version(6, |pp| {
        let entry = &mut pp.applications[0];
        let claimed: profile::ApplicationProfile =
            entry.signed_application_profile.open_unverified().unwrap();
        entry.signed_application_profile = Signed::sign(&claimed, &claimed.identifier, &forger);
    });

    for (what, forged) in [
        (
            "device",
            alice.version(4, |pp| pp.devices.push(forged_device)),
        ),
        ("master", forged_master),
        ("application", forged_application),
    ] {
        let reply = p.call(
            &User::publish(Entry::SignedPersonalProfile(forged)),
            alice.auth(),
        );
        assert_eq!(reply.status(), 400, "forged {what}: {}", reply.json);
        assert!(
            reply.description().contains("does not verify"),
            "forged {what}: {}",
            reply.json
        );
        assert_eq!(p.snapshot(&alice.fingerprint), snapshot, "forged {what}");
    }
    let reply = p.call(
        &User::publish(Entry::SignedPersonalProfile(alice.version(10, |_| {}))),
        alice.auth(),
    );
    assert_eq!(reply.status(), 202, "{}", reply.json);
}

#[test]
fn bad_inputs_are_refused_and_change_nothing() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    bob.create_on(&p);
    let snapshot = p.snapshot(&alice.fingerprint);
    let unchanged = |what: &str| assert_eq!(p.snapshot(&alice.fingerprint), snapshot, "{what}");

    for (body, words) in [
        (&br#"{"PublishRequest": {"Entry": "#[..], "not JSON"),
        (br#"{"FrobnicateRequest": {}}"#, "unknown message"),
        (
            br#"{"ValidateRequest": {"Account": 7}}"#,
            "invalid ValidateRequest",
        ),
        (
            br#"{"PublishRequest": {"Entry": {"Bogus": {}}}}"#,
            "invalid PublishRequest",
        ),
        (
            br#"{"GetRequest": {"SearchConstraints": {"MaxEntries": "ten"}}}"#,
            "invalid GetRequest",
        ),
        (br#"["HelloRequest"]"#, "one member"),
    ] {
        let reply = p.post_raw(body.to_vec(), None);
        assert_eq!(reply.status(), 400, "{}", reply.json);
        assert!(reply.json.get("MeshResponse").is_some());
        assert!(reply.description().contains(words), "{}", reply.json);
        unchanged(words);
    }

    let newer = User::publish(Entry::SignedPersonalProfile(alice.version(5, |_| {})));
    let body = serde_json::to_vec(&newer).unwrap();

    // Forged signature: a valid header with the signature replaced.
    let header = auth::authenticate(&body, &alice.account, &alice.device.authentication);
    let (protected, _) = header.split_once("..").unwrap();
    let forged = format!(
        "{protected}..{}",
        meshman::encoding::b64u_encode(&[7u8; 64])
    );
    let reply = p.post_raw(body.clone(), Some(&forged));
    assert_eq!(reply.status(), 401);
    unchanged("forged signature");
    // A valid header over another body.
    let reply = p.post_raw(br#"{"PublishRequest":{}}"#.to_vec(), Some(&header));
    assert_eq!(reply.status(), 400, "unparseable bodies are refused first");
    let other_body = serde_json::to_vec(&User::publish(Entry::SignedPersonalProfile(
        alice.version(6, |_| {}),
    )))
    .unwrap();
    let reply = p.post_raw(other_body, Some(&header));
    assert_eq!(reply.status(), 401);
    unchanged("header over another body");
    // Stale iat.
    let stale = auth::authenticate_at(
        &body,
        &alice.account,
        &alice.device.authentication,
        meshman::time::unix_now() - 3600,
    );
    assert_eq!(p.post_raw(body.clone(), Some(&stale)).status(), 401);
    // Another account's key, and a header naming another account.
    let bobs = auth::authenticate(&body, &alice.account, &bob.device.authentication);
    assert_eq!(p.post_raw(body.clone(), Some(&bobs)).status(), 401);
    let bob_acct = auth::authenticate(&body, &bob.account, &bob.device.authentication);
    let reply = p.post_raw(body.clone(), Some(&bob_acct));
    assert_eq!(
        reply.status(),
        403,
        "Bob cannot publish Alice's profile to his account"
    );
    assert_eq!(p.post_raw(body.clone(), Some("not-a-jws")).status(), 401);
    unchanged("wrong keys");

    // The genuine request succeeds once; its replay is refused.
    let reply = p.post_raw(body.clone(), Some(&header));
    assert_eq!(reply.status(), 202, "{}", reply.json);
    let after = p.snapshot(&alice.fingerprint);
    assert_ne!(after, snapshot);
    let reply = p.post_raw(body.clone(), Some(&header));
    assert_eq!(reply.status(), 401);
    assert!(reply.description().contains("replay"), "{}", reply.json);
    assert_eq!(
        p.snapshot(&alice.fingerprint),
        after,
        "replay changed nothing"
    );
}

#[test]
fn recovery_records_publish_and_open_get() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    bob.create_on(&p);
    let record = recovery_record();

    // Needs an administration device of an account.
    let publish = User::publish(Entry::OfflineEscrowEntry(record.clone()));
    assert_eq!(p.call(&publish, None).status(), 401);
    let reply = p.call(&publish, alice.auth());
    assert_eq!(reply.status(), 201, "{}", reply.json);
    let reply = p.call(&publish, alice.auth());
    assert_eq!(reply.status(), 202, "republishing replaces");
    // Another account cannot take over the index.
    let before = p.checkpoint();
    assert_eq!(p.call(&publish, bob.auth()).status(), 409);
    assert_eq!(p.checkpoint(), before);
    // Nor can a record take a profile's fingerprint as its Identifier,
    // which would put it beside the profile under a Get by Identifier.
    let mut squatter = recovery_record();
    squatter.identifier = bob.fingerprint.clone();
    let reply = p.call(
        &User::publish(Entry::OfflineEscrowEntry(squatter)),
        bob.auth(),
    );
    assert_eq!(reply.status(), 409, "{}", reply.json);
    assert!(
        reply.json.to_string().contains("SignedPersonalProfile"),
        "{}",
        reply.json
    );
    assert_eq!(p.checkpoint(), before);
    // An Identifier that is not a UDF.
    let mut bad = record.clone();
    bad.identifier = "not a udf!".into();
    assert_eq!(
        p.call(&User::publish(Entry::OfflineEscrowEntry(bad)), alice.auth())
            .status(),
        400
    );

    // Open lookup by index.
    let reply = get_identifier(&p, &record.identifier, false, None);
    assert_eq!(reply.status(), 200, "{}", reply.json);
    let found = items(&reply);
    assert_eq!(found.len(), 1);
    let entry: Entry = serde_json::from_value(found[0]["Entry"].clone()).unwrap();
    assert_eq!(entry, Entry::OfflineEscrowEntry(record.clone()));
    // Lookups by account never reveal recovery records.
    let reply = p.call(
        &Request::GetRequest(GetRequest {
            account: Some(alice.account.clone()),
            multiple: Some(true),
            ..Default::default()
        }),
        None,
    );
    assert!(
        items(&reply)
            .iter()
            .all(|i| i["Type"] != "OfflineEscrowEntry")
    );
    assert_eq!(
        get_identifier(&p, &recovery_record().identifier, false, None).status(),
        404
    );

    // A replaced record is gone from open lookups, Multiple or not: only
    // its current version is served.
    let mut replacement = recovery_record();
    replacement.identifier = record.identifier.clone();
    let reply = p.call(
        &User::publish(Entry::OfflineEscrowEntry(replacement.clone())),
        alice.auth(),
    );
    assert_eq!(reply.status(), 202, "{}", reply.json);
    for multiple in [false, true] {
        let reply = get_identifier(&p, &record.identifier, multiple, None);
        assert_eq!(reply.status(), 200, "{}", reply.json);
        let found = items(&reply);
        assert_eq!(found.len(), 1, "Multiple {multiple}: {found:?}");
        let entry: Entry = serde_json::from_value(found[0]["Entry"].clone()).unwrap();
        assert_eq!(entry, Entry::OfflineEscrowEntry(replacement.clone()));
    }
}

#[test]
fn revocation_refuses_every_later_update() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    let master_key = alice.keys.master_signature.as_ref().unwrap();
    let revocation = meshman::home::sign_revocation(&alice.fingerprint, Some("lost"), master_key);

    // A revocation signed by another key is refused.
    let forged = meshman::home::sign_revocation(
        &alice.fingerprint,
        None,
        bob.keys.master_signature.as_ref().unwrap(),
    );
    let before = p.snapshot(&alice.fingerprint);
    let reply = p.call(&User::publish(Entry::MasterRevocation(forged)), None);
    assert_eq!(reply.status(), 403, "{}", reply.json);
    assert_eq!(p.snapshot(&alice.fingerprint), before);

    // The genuine one needs no device authentication.
    let reply = p.call(
        &User::publish(Entry::MasterRevocation(revocation.clone())),
        None,
    );
    assert_eq!(reply.status(), 201, "{}", reply.json);
    let reply = p.call(
        &User::publish(Entry::MasterRevocation(revocation.clone())),
        None,
    );
    assert_eq!(reply.status(), 200, "a second copy changes nothing");

    let after = p.snapshot(&alice.fingerprint);
    // Get reports it beside the profile.
    let reply = get_identifier(&p, &alice.fingerprint, false, None);
    let kinds: Vec<_> = items(&reply).iter().map(|i| i["Type"].clone()).collect();
    assert_eq!(kinds, ["SignedPersonalProfile", "MasterRevocation"]);

    // Every update is refused.
    let newer = User::publish(Entry::SignedPersonalProfile(alice.version(5, |_| {})));
    assert_eq!(p.call(&newer, alice.auth()).status(), 403);
    let escrow = User::publish(Entry::OfflineEscrowEntry(recovery_record()));
    assert_eq!(p.call(&escrow, alice.auth()).status(), 403);
    let delete = Request::DeleteRequest(DeleteRequest {
        account: alice.account.clone(),
    });
    assert_eq!(p.call(&delete, alice.auth()).status(), 403);
    // And the profile cannot come back under another name.
    let again = Request::CreateRequest(CreateRequest {
        account: format!("alice2@{DOMAIN}"),
        profile: TaggedProfile::SignedPersonalProfile(alice.signed.clone()),
    });
    let body = serde_json::to_vec(&again).unwrap();
    let header = auth::authenticate(
        &body,
        &format!("alice2@{DOMAIN}"),
        &alice.device.authentication,
    );
    assert_eq!(p.post_raw(body, Some(&header)).status(), 403);
    assert_eq!(p.snapshot(&alice.fingerprint), after);
}

#[test]
fn status_moves_with_writes() {
    let p = portal();
    let empty = p.call(&Request::StatusRequest(StatusRequest {}), None);
    assert_eq!(empty.status(), 200);
    assert_eq!(
        empty.json["StatusResponse"]["CheckpointValue"],
        "0".repeat(128)
    );
    assert!(empty.json["StatusResponse"].get("LastWriteTime").is_none());

    let alice = user("alice");
    alice.create_on(&p);
    let one = p.call(&Request::StatusRequest(StatusRequest {}), None);
    let first = one.json["StatusResponse"]["CheckpointValue"].clone();
    assert_ne!(first, empty.json["StatusResponse"]["CheckpointValue"]);
    let written = one.json["StatusResponse"]["LastWriteTime"]
        .as_str()
        .unwrap();
    meshman::time::parse(written).unwrap();

    let reply = p.call(
        &User::publish(Entry::OfflineEscrowEntry(recovery_record())),
        alice.auth(),
    );
    assert_eq!(reply.status(), 201);
    assert_ne!(p.checkpoint(), first.as_str().unwrap());
}

#[test]
fn transfer_pages_through_the_log_once() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    bob.create_on(&p);
    for i in 1..=3 {
        let newer = alice.version(i, |_| {});
        let reply = p.call(
            &User::publish(Entry::SignedPersonalProfile(newer)),
            alice.auth(),
        );
        assert_eq!(reply.status(), 202);
        let reply = p.call(
            &User::publish(Entry::OfflineEscrowEntry(recovery_record())),
            alice.auth(),
        );
        assert_eq!(reply.status(), 201);
    }
    // create (account + profile) = 2 records, then 6 writes.
    let transfer = |page_key: Option<String>, signer: Option<(&str, &SigningKey)>| {
        p.call(
            &Request::TransferRequest(TransferRequest {
                account: Some(alice.account.clone()),
                index_min: None,
                index_max: None,
                search_constraints: Some(SearchConstraints {
                    max_entries: Some(3),
                    page_key,
                    ..Default::default()
                }),
            }),
            signer,
        )
    };
    assert_eq!(transfer(None, None).status(), 401);
    assert_eq!(
        transfer(None, Some((&alice.account, &bob.device.authentication))).status(),
        401
    );
    assert_eq!(
        transfer(None, bob.auth()).status(),
        401,
        "acct is not the account asked for"
    );

    let mut seen = Vec::new();
    let mut page_key = None;
    loop {
        let reply = transfer(page_key.clone(), alice.auth());
        assert_eq!(reply.status(), 200, "{}", reply.json);
        let page = items(&reply);
        assert!(page.len() <= 3);
        for item in &page {
            assert_eq!(item["Account"], alice.account.as_str());
            seen.push(item["Index"].as_u64().unwrap());
        }
        match reply.json["TransferResponse"]["PageKey"].as_str() {
            Some(k) => page_key = Some(k.to_owned()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 8, "{seen:?}");
    let mut unique = seen.clone();
    unique.dedup();
    assert_eq!(unique, seen, "each once, in order");

    // IndexMin/IndexMax bound the range.
    let reply = p.call(
        &Request::TransferRequest(TransferRequest {
            account: None,
            index_min: Some(seen[2]),
            index_max: Some(seen[4]),
            search_constraints: None,
        }),
        alice.auth(),
    );
    let got: Vec<_> = items(&reply)
        .iter()
        .map(|i| i["Index"].as_u64().unwrap())
        .collect();
    assert_eq!(got, seen[2..=4]);
}

#[test]
fn delete_account() {
    let p = portal();
    let alice = user("alice");
    alice.create_on(&p);
    let (phone, phone_keys) = extra_device();
    let with_phone = alice.version(1, |pp| pp.devices.push(phone));
    assert_eq!(
        p.call(
            &User::publish(Entry::SignedPersonalProfile(with_phone)),
            alice.auth()
        )
        .status(),
        202
    );
    let delete = Request::DeleteRequest(DeleteRequest {
        account: alice.account.clone(),
    });
    let before = p.checkpoint();
    assert_eq!(p.call(&delete, None).status(), 401);
    assert_eq!(
        p.call(&delete, Some((&alice.account, &phone_keys.authentication)))
            .status(),
        403
    );
    assert_eq!(p.checkpoint(), before);
    assert_eq!(p.call(&delete, alice.auth()).status(), 200);
    let get = Request::GetRequest(GetRequest {
        account: Some(alice.account.clone()),
        ..Default::default()
    });
    assert_eq!(p.call(&get, None).status(), 404);
    assert_eq!(p.call(&delete, alice.auth()).status(), 404);
    // The profile stays published (reference-10 §12.8).
    assert_eq!(
        get_identifier(&p, &alice.fingerprint, false, None).status(),
        200
    );
    // And the name is free again.
    alice.create_on(&p);
}

#[test]
fn connect_status_needs_the_connecting_devices_own_authentication() {
    let p = portal();
    let alice = user("alice");
    alice.create_on(&p);
    let reply = p.call(
        &Request::ConnectStatusRequest(ConnectStatusRequest {
            account_id: alice.account.clone(),
            device_id: "MDEV".into(),
        }),
        None,
    );
    assert_eq!(reply.status(), 401, "{}", reply.description());
    assert!(reply.json.get("ConnectStatusResponse").is_some());
}

#[test]
fn catalog_append_and_synchronize() {
    let p = portal();
    let alice = user("alice");
    let bob = user("bob");
    alice.create_on(&p);
    bob.create_on(&p);
    let envelope =
        |text: &str, key: &SigningKey| meshman::crypto::jws::Jws::sign(text.as_bytes(), "JWE", key);
    let append = |entries: Vec<CatalogUpdate>| {
        Request::AppendRequest(AppendRequest {
            catalog: "credential".into(),
            entries,
        })
    };
    let new = |id: &str, key: &SigningKey| CatalogUpdate {
        unique_id: id.into(),
        base_index: None,
        envelope: Some(envelope(id, key)),
        deleted: false,
    };
    let sign = &alice.device.signature;

    assert_eq!(p.call(&append(vec![new("U1", sign)]), None).status(), 401);
    // Envelopes must be signed by a device of the account: 403, nothing stored.
    let before = p.checkpoint();
    let reply = p.call(
        &append(vec![new("U1", &bob.device.signature)]),
        alice.auth(),
    );
    assert_eq!(reply.status(), 403, "{}", reply.json);
    let reply = p.call(
        &Request::AppendRequest(AppendRequest {
            catalog: "nonsense".into(),
            entries: vec![new("U1", sign)],
        }),
        alice.auth(),
    );
    assert_eq!(reply.status(), 400);
    assert_eq!(p.checkpoint(), before);

    let reply = p.call(
        &append(vec![new("U1", sign), new("U2", sign), new("U3", sign)]),
        alice.auth(),
    );
    assert_eq!(reply.status(), 200, "{}", reply.json);
    let Response::AppendResponse(done) = reply.response() else {
        panic!()
    };
    assert_eq!((done.index_before, done.index_after), (Some(0), Some(3)));
    assert_eq!(done.accepted.len(), 3);

    // An update against a stale base conflicts; an independent one passes.
    // (The same envelope again would be a resend, answered as accepted.)
    let stale = CatalogUpdate {
        base_index: Some(0),
        envelope: Some(envelope("U1, changed", sign)),
        ..new("U1", sign)
    };
    let update = CatalogUpdate {
        base_index: Some(2),
        ..new("U2", sign)
    };
    let reply = p.call(&append(vec![stale, update]), alice.auth());
    let Response::AppendResponse(done) = reply.response() else {
        panic!()
    };
    assert_eq!(done.accepted.len(), 1);
    assert_eq!(done.conflicts.len(), 1);
    assert_eq!(done.conflicts[0].kind, ConflictType::Exists);
    // A resend of the latest frame is answered with its index; nothing is added.
    let reply = p.call(&append(vec![new("U3", sign)]), alice.auth());
    let Response::AppendResponse(done) = reply.response() else {
        panic!()
    };
    assert_eq!(done.accepted[0].index, 3);
    assert_eq!((done.index_before, done.index_after), (Some(4), Some(4)));

    // Read back two at a time.
    let mut seen = Vec::new();
    let mut index_min = None;
    loop {
        let reply = p.call(
            &Request::SynchronizeRequest(SynchronizeRequest {
                catalog: "credential".into(),
                index_min,
                max_entries: Some(2),
            }),
            alice.auth(),
        );
        assert_eq!(reply.status(), 200, "{}", reply.json);
        let Response::SynchronizeResponse(sync) = reply.response() else {
            panic!()
        };
        assert_eq!(sync.index_last, Some(4));
        seen.extend(sync.entries.iter().map(|f| (f.index, f.unique_id.clone())));
        match sync.page_key {
            Some(k) => index_min = Some(k.parse().unwrap()),
            None => break,
        }
    }
    let ids: Vec<_> = seen.iter().map(|(i, u)| format!("{i}{u}")).collect();
    assert_eq!(ids, ["1U1", "2U2", "3U3", "4U2"]);
    // Bob's catalog is his own.
    let reply = p.call(
        &Request::SynchronizeRequest(SynchronizeRequest {
            catalog: "credential".into(),
            index_min: None,
            max_entries: None,
        }),
        bob.auth(),
    );
    let Response::SynchronizeResponse(sync) = reply.response() else {
        panic!()
    };
    assert!(sync.entries.is_empty());
    assert_eq!(sync.index_last, Some(0));
}

// ---------------------------------------------------------------------------
// Limits

#[test]
fn oversized_bodies_get_413() {
    let p = portal_with(0, 4096);
    let big = json!({"ValidateRequest": {"Account": "a".repeat(5000)}}).to_string();
    let reply = p.post_raw(big.into_bytes(), None);
    assert_eq!(reply.status(), 413);
    // Just under the limit is fine.
    let reply = p.post_raw(br#"{"HelloRequest":{}}"#.to_vec(), None);
    assert_eq!(reply.status(), 200);
}

#[test]
fn open_requests_are_rate_limited() {
    let p = portal_with(20, 1 << 20);
    // Recovery lookups have a tenth of the open rate: 2 a minute.
    let index = recovery_record().identifier;
    assert_eq!(get_identifier(&p, &index, false, None).status(), 404);
    assert_eq!(get_identifier(&p, &index, false, None).status(), 404);
    assert_eq!(get_identifier(&p, &index, false, None).status(), 429);
    // The rest of the open budget: 20 in all, 3 spent.
    let status = Request::StatusRequest(StatusRequest {});
    for _ in 0..17 {
        assert_eq!(p.call(&status, None).status(), 200);
    }
    let reply = p.call(&status, None);
    assert_eq!(reply.status(), 429);
    assert!(reply.json.get("StatusResponse").is_some());
}

// ---------------------------------------------------------------------------
// Durability

struct Server {
    child: Child,
    url: String,
}

fn run_binary(data: &std::path::Path) -> Server {
    let (child, url) = served::serve(data);
    Server { child, url }
}

/// Nice value of each thread of process `pid`, by thread name.
#[cfg(target_os = "linux")]
fn thread_nice(pid: u32) -> Vec<(String, i32)> {
    let mut threads = Vec::new();
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        // A thread may end while it is being looked at.
        let Ok(stat) = std::fs::read_to_string(task.unwrap().path().join("stat")) else {
            continue;
        };
        // "tid (name) state ...": the name may hold spaces; nice is the
        // 19th field, the 17th after the name.
        let (head, rest) = stat.rsplit_once(')').unwrap();
        let name = head.split_once('(').unwrap().1.to_owned();
        let nice = rest.split_whitespace().nth(16).unwrap().parse().unwrap();
        threads.push((name, nice));
    }
    threads
}

/// The store's writer, the stage every write goes through, gets a CPU
/// before the request handlers, and they before the background checkpoint
/// (src/portal/priority.rs); the main thread keeps the process's value.
#[cfg(target_os = "linux")]
#[test]
fn the_writer_outranks_the_request_handlers() {
    let dir = tempfile::tempdir().unwrap();
    let mut server = run_binary(&dir.path().join("portal"));
    // Each thread lowers itself once it runs, which may be after the
    // portal says it is listening: look until they all have, or 10 s.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let (threads, settled) = loop {
        let threads = thread_nice(server.child.id());
        let nice = |name: &str| -> Vec<i32> {
            threads
                .iter()
                .filter(|(n, _)| n == name)
                .map(|(_, v)| *v)
                .collect()
        };
        let base = nice("meshman")[0];
        // Thread names are cut to 15 bytes.
        let workers = nice("tokio-rt-worker");
        let settled = nice("meshman-store-w") == [base]
            && !workers.is_empty()
            && workers.iter().all(|&n| n == (base + 3).min(19))
            && nice("meshman-store-c") == [(base + 10).min(19)];
        if settled || std::time::Instant::now() > deadline {
            break (threads, settled);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = server.child.kill();
    let _ = server.child.wait();
    assert!(settled, "{threads:?}");
}

#[test]
fn acknowledged_writes_survive_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("portal");
    let http = http_client();
    let post = |url: &str, request: &Request, signer: Option<(&str, &SigningKey)>| {
        let body = serde_json::to_vec(request).unwrap();
        let mut r = http.post(url).body(body.clone());
        if let Some((account, key)) = signer {
            r = r.header(auth::HEADER, auth::authenticate(&body, account, key));
        }
        let response = r.send().unwrap();
        let status = response.status().as_u16();
        (status, response.json::<Value>().unwrap())
    };

    let alice = user("alice");
    let record = recovery_record();
    let newer = alice.version(3, |_| {});
    let mut server = run_binary(&data);
    // A second portal on the same data is refused (its replay nonces would
    // be apart from the first's); after the SIGKILL below the lock is gone.
    let second = Command::new(env!("CARGO_BIN_EXE_meshman"))
        .args(["portal", "serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(&data)
        .args(["--domain", DOMAIN])
        .env("MESHMAN_HOME", data.join("no-home"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(second.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(stderr.contains("cannot start the portal"), "{stderr}");
    assert!(stderr.contains("another portal is serving"), "{stderr}");
    assert_eq!(
        post(&server.url, &alice.create_request(), alice.auth()).0,
        201
    );
    let publish = User::publish(Entry::SignedPersonalProfile(newer.clone()));
    assert_eq!(post(&server.url, &publish, alice.auth()).0, 202);
    let escrow =
        serde_json::to_vec(&User::publish(Entry::OfflineEscrowEntry(record.clone()))).unwrap();
    let (account, key) = alice.auth().unwrap();
    let header = auth::authenticate(&escrow, account, key);
    let send_escrow = |url: &str| {
        http.post(url)
            .body(escrow.clone())
            .header(auth::HEADER, &header)
            .send()
            .unwrap()
            .status()
            .as_u16()
    };
    assert_eq!(send_escrow(&server.url), 201);
    // Writes sent together share commits (group commit): each is
    // acknowledged only once its commit is on disk.
    let together: Vec<OfflineEscrowEntry> = (0..16).map(|_| recovery_record()).collect();
    std::thread::scope(|s| {
        for record in &together {
            let url = server.url.clone();
            let post = &post;
            let alice = &alice;
            s.spawn(move || {
                let publish = User::publish(Entry::OfflineEscrowEntry(record.clone()));
                assert_eq!(post(&url, &publish, alice.auth()).0, 201);
            });
        }
    });
    let (_, status) = post(&server.url, &Request::StatusRequest(StatusRequest {}), None);
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    let mut server = run_binary(&data);
    let (_, again) = post(&server.url, &Request::StatusRequest(StatusRequest {}), None);
    assert_eq!(again, status, "same log, same checkpoint");
    // The acknowledged request's nonce survived too: a replay is refused.
    assert_eq!(send_escrow(&server.url), 401);
    let get = Request::GetRequest(GetRequest {
        account: Some(alice.account.clone()),
        ..Default::default()
    });
    let (code, found) = post(&server.url, &get, None);
    assert_eq!(code, 200);
    let entry: Entry =
        serde_json::from_value(found["GetResponse"]["DataItems"][0]["Entry"].clone()).unwrap();
    assert_eq!(entry, Entry::SignedPersonalProfile(newer));
    let get = Request::GetRequest(GetRequest {
        identifier: Some(record.identifier.clone()),
        ..Default::default()
    });
    let (code, found) = post(&server.url, &get, None);
    assert_eq!(code, 200);
    let entry: Entry =
        serde_json::from_value(found["GetResponse"]["DataItems"][0]["Entry"].clone()).unwrap();
    assert_eq!(entry, Entry::OfflineEscrowEntry(record));
    for record in together {
        let get = Request::GetRequest(GetRequest {
            identifier: Some(record.identifier.clone()),
            ..Default::default()
        });
        let (code, found) = post(&server.url, &get, None);
        assert_eq!(code, 200, "{found}");
        let entry: Entry =
            serde_json::from_value(found["GetResponse"]["DataItems"][0]["Entry"].clone()).unwrap();
        assert_eq!(entry, Entry::OfflineEscrowEntry(record));
    }
    // The account still authenticates after the restart.
    let delete = Request::DeleteRequest(DeleteRequest {
        account: alice.account.clone(),
    });
    assert_eq!(post(&server.url, &delete, alice.auth()).0, 200);
    server.child.kill().unwrap();
    server.child.wait().unwrap();
}
