//! Catalogs end to end: two devices of one profile editing offline and
//! syncing through a real portal (reference-10 §5.1 Figures 35/36), conflicts
//! and their resolution, forged entries, a sync killed at random points,
//! the portal never seeing plaintext, and re-encryption after a key change.

mod common;
#[path = "common/two_devices.rs"]
mod two_devices;

use std::path::Path;
use std::time::Duration;

use common::Device;
use meshman::catalog::entry::{Credential, Password};
use meshman::catalog::store::{CheckedFrame, LocalStore};
use meshman::catalog::{CatalogKeys, Entry, Sealer, sync};
use meshman::client::PortalClient;
use meshman::crypto::jwe::Jwe;
use meshman::crypto::{EncryptionKey, SigningKey};
use meshman::portal::store::{SqliteStore, Store, UpdateRecord};
use meshman::profile::{self, ApplicationProfile, ApplicationProfilePrivate, Tagged};
use meshman::protocol::{Request, Response};
use two_devices::{join, open_home, start_portal};

const ACCOUNT: &str = "alice@example.com";

struct World {
    portal: meshman::portal::RunningPortal,
    data: tempfile::TempDir,
    a: Device,
    b: Device,
    fingerprint: String,
}

/// A portal, device A with a profile and account, and device B added to
/// the profile through the library (as an administration device would).
fn world() -> World {
    let data = tempfile::tempdir().unwrap();
    let portal = start_portal(data.path());
    let a = Device::new();
    let b = Device::new();
    let fingerprint = a.create_profile();
    a.ok(&["account", "create", ACCOUNT, "--portal", &portal.url]);
    // B gets a device profile (and an unrelated profile of its own).
    b.create_profile();
    join(a.home(), b.home(), &fingerprint, ACCOUNT, &portal.url);
    World {
        portal,
        data,
        a,
        b,
        fingerprint,
    }
}

fn add_password(d: &Device, site: &str, user: &str, password: &str) {
    let file = d.path("pw.txt");
    std::fs::write(&file, format!("{password}\n")).unwrap();
    d.ok(&[
        "password",
        "add",
        site,
        "--username",
        user,
        "--password-file",
        file.to_str().unwrap(),
    ]);
    std::fs::remove_file(file).unwrap();
}

fn sync(d: &Device) -> (i32, serde_json::Value, String) {
    let out = d.cmd(&["--json", "sync"]).output().unwrap();
    let json = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (
        out.status.code().unwrap_or(-1),
        json,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn portal_bytes(dir: &Path) -> Vec<u8> {
    let mut all = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            all.extend(std::fs::read(p).unwrap());
        }
    }
    all
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn two_devices_sync_report_the_conflict_and_resolve_it() {
    let w = world();
    // Figure 32–34: the first device creates two entries and syncs.
    add_password(&w.a, "bank.example", "alice", "first-bank-secret");
    add_password(&w.a, "mail.example", "alice", "mail-secret-one");
    w.a.ok(&[
        "contact",
        "add",
        "Bob Builder",
        "--email",
        "bob@builder.example",
    ]);
    let (code, report, err) = sync(&w.a);
    assert_eq!(code, 0, "{err}");
    assert_eq!(report["sent"], 3);
    // Figure 35: the second device, offline, has one entry matching the first
    // device's (same site and user, another password) and one new entry.
    add_password(&w.b, "bank.example", "alice", "second-bank-secret");
    add_password(&w.b, "shop.example", "alice", "shop-secret-two");
    // Figure 36: one accepted, the other refused as a conflict and reported.
    let (code, report, err) = sync(&w.b);
    assert_eq!(code, 3, "{err}");
    assert_eq!(report["sent"], 1, "{report}");
    assert_eq!(report["conflicts"], 1, "{report}");
    assert_eq!(report["received"], 3, "{report}");
    assert!(err.contains("conflict"), "{err}");
    // B reads A's entries.
    assert_eq!(
        w.b.ok(&["password", "get", "mail.example"]).trim(),
        "mail-secret-one"
    );
    assert_eq!(w.b.json(&["contact", "list"])[0]["name"], "Bob Builder");
    // Both sides are shown.
    let conflicts = w.b.json(&["conflicts"]);
    assert_eq!(conflicts.as_array().unwrap().len(), 1);
    let c = &conflicts[0];
    assert_eq!(
        c["mine"]["CatalogedCredential"]["Password"],
        "second-bank-secret"
    );
    assert_eq!(
        c["theirs"]["CatalogedCredential"]["Password"],
        "first-bank-secret"
    );
    // Settle it for mine; the next sync sends it and A receives it.
    let id = c["id"].to_string();
    w.b.ok(&["conflicts", "resolve", &id, "--keep", "mine"]);
    let (code, report, err) = sync(&w.b);
    assert_eq!((code, report["sent"].as_u64()), (0, Some(1)), "{err}");
    let (code, _, err) = sync(&w.a);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        w.a.ok(&["password", "get", "bank.example"]).trim(),
        "second-bank-secret"
    );
    assert_eq!(
        w.a.ok(&["password", "get", "shop.example"]).trim(),
        "shop-secret-two"
    );
    // Deletes travel too; a second sync with nothing new moves nothing.
    w.a.ok(&["password", "delete", "mail.example"]);
    assert_eq!(sync(&w.a).0, 0);
    let (code, report, _) = sync(&w.b);
    assert_eq!((code, report["received"].as_u64()), (0, Some(1)));
    let (_, report, _) = sync(&w.b);
    assert_eq!(
        (report["sent"].as_u64(), report["received"].as_u64()),
        (Some(0), Some(0))
    );
    assert!(
        w.b.cmd(&["password", "get", "mail.example"])
            .output()
            .unwrap()
            .status
            .code()
            == Some(1)
    );

    // The portal stored no plaintext: not a site, user, password or name.
    let bytes = portal_bytes(w.data.path());
    for plain in [
        "bank.example",
        "mail.example",
        "shop.example",
        "first-bank-secret",
        "second-bank-secret",
        "mail-secret-one",
        "shop-secret-two",
        "Bob Builder",
        "bob@builder.example",
        "CatalogedCredential",
    ] {
        assert!(!contains(&bytes, plain), "the portal stored {plain:?}");
    }
    drop(w.portal);
}

#[test]
fn every_catalog_works_offline_and_lists_as_json() {
    let d = Device::new();
    d.create_profile();
    d.ok(&["task", "add", "Water plants", "--due", "2026-12-01"]);
    d.ok(&["task", "done", "water plants"]);
    assert_eq!(d.json(&["task", "list", "--all"])[0]["done"], true);
    assert_eq!(d.json(&["task", "list"]).as_array().unwrap().len(), 0);
    d.ok(&[
        "bookmark",
        "add",
        "https://example.org/",
        "--title",
        "Example",
        "--tag",
        "ref",
    ]);
    assert_eq!(
        d.json(&["bookmark", "list", "--tag", "ref"])[0]["title"],
        "Example"
    );
    d.ok(&[
        "mail",
        "add",
        "alice@example.com",
        "--server",
        "imap.example.com",
    ]);
    assert_eq!(
        d.json(&["mail", "list"])[0]["inbound"]["server"],
        "imap.example.com"
    );
    std::fs::write(d.path("id.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJ0aGVrZXlib2R5aXNoZXJlMTIzNDU2Nzg5MDEy alice@laptop\n").unwrap();
    d.ok(&["ssh", "add-key", d.path("id.pub").to_str().unwrap()]);
    let block = d.ok(&["ssh", "authorized-keys"]);
    assert!(block.contains("ssh-ed25519 AAAAC3Nza"), "{block}");
    d.ok(&[
        "ssh",
        "known-hosts",
        "add",
        "git.example",
        "ssh-ed25519",
        "AAAAC3NzaC1lZDI1NTE5AAAAIGJ0aGVrZXlib2R5aXNoZXJlMTIzNDU2Nzg5MDEy",
    ]);
    assert!(
        d.ok(&["ssh", "known-hosts", "export"])
            .starts_with("git.example ssh-ed25519")
    );
    let generated = d.ok(&["password", "generate"]);
    assert_eq!(generated.trim().len(), 26 + 6, "{generated}");
    let csv = "name,url,username,password,note\nx,https://x.example/,u1,p1,\ny,https://y.example/,\"u,2\",\"p\"\"2\",\"multi\nline\"\n";
    std::fs::write(d.path("c.csv"), csv).unwrap();
    let first = d.json(&["password", "import", d.path("c.csv").to_str().unwrap()]);
    assert_eq!(
        (first["format"].as_str(), first["new"].as_u64()),
        (Some("chrome"), Some(2))
    );
    let again = d.json(&["password", "import", d.path("c.csv").to_str().unwrap()]);
    assert_eq!(
        (again["new"].as_u64(), again["same"].as_u64()),
        (Some(0), Some(2))
    );
    assert_eq!(d.ok(&["password", "get", "y.example"]).trim(), "p\"2");
    // A password on stdin: its first line. A password file that is not
    // UTF-8 is refused, and nothing is stored.
    d.cmd(&["password", "add", "z.example", "-u", "u3"])
        .write_stdin("from stdin\nsecond line\n")
        .assert()
        .success();
    assert_eq!(d.ok(&["password", "get", "z.example"]), "from stdin\n");
    std::fs::write(d.path("bad.txt"), b"\xff\xfe\n").unwrap();
    let listed = d.ok(&["password", "list"]);
    let bad = d.path("bad.txt");
    d.cmd(&["password", "add", "w.example", "--password-file"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("the password file is not UTF-8"));
    assert_eq!(d.ok(&["password", "list"]), listed);
    // Nothing in the local store is plaintext either.
    let mut bytes = Vec::new();
    for name in ["catalogs.db", "catalogs.db-wal"] {
        bytes.extend(std::fs::read(d.path(name)).unwrap_or_default());
    }
    assert!(!bytes.is_empty());
    assert!(!contains(&bytes, "x.example") && !contains(&bytes, "Water plants"));
}

/// Two profiles on one device keep separate catalogs: `--profile` picks
/// one (by a prefix of its fingerprint, after the subcommand or before it),
/// the default profile is used without it, and an unknown one changes
/// nothing.
#[test]
fn profile_picks_whose_catalogs_a_command_uses() {
    let d = Device::new();
    let first = d.create_profile();
    let second = d.create_profile();
    let prefix = &second[..9];
    d.ok(&[
        "password",
        "add",
        "home.example",
        "-u",
        "alice",
        "--generate",
    ]);
    d.ok(&[
        "password",
        "--profile",
        prefix,
        "add",
        "work.example",
        "-u",
        "bob",
        "--generate",
    ]);
    d.ok(&["task", "add", "File report", "--profile", &second]);
    let sites = |args: &[&str]| -> Vec<String> {
        d.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["service"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(sites(&["password", "list"]), ["home.example"]);
    assert_eq!(
        sites(&["password", "list", "--profile", &first]),
        ["home.example"]
    );
    assert_eq!(
        sites(&["password", "list", "--profile", prefix]),
        ["work.example"]
    );
    assert_eq!(d.json(&["task", "list"]).as_array().unwrap().len(), 0);
    assert_eq!(
        d.json(&["task", "list", "--profile", prefix])[0]["title"],
        "File report"
    );
    // The default profile's catalog does not have the other's entry.
    let missing = d
        .cmd(&["password", "get", "work.example"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    // An unknown profile is an error, and nothing is added.
    let before = common::snapshot(d.home());
    let unknown = d
        .cmd(&[
            "password",
            "add",
            "x.example",
            "--generate",
            "--profile",
            "MAAA-AAAA",
        ])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("no profile matches MAAA-AAAA"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );
    assert_eq!(common::snapshot(d.home()), before);
    assert_eq!(
        d.json(&["conflicts", "--profile", prefix])
            .as_array()
            .map(Vec::len),
        Some(0)
    );
}

#[test]
fn forged_and_tampered_entries_are_refused() {
    let w = world();
    add_password(&w.a, "real.example", "alice", "real-secret");
    assert_eq!(sync(&w.a).0, 0);
    // A key outside the profile signs a well-formed entry.
    let mut home_a = open_home(w.a.home());
    let local = home_a.find_profile(Some(&w.fingerprint)).unwrap();
    let verified = profile::verify_personal(&local.signed).unwrap();
    let a_keys = home_a.device_keys().unwrap();
    let keys = CatalogKeys::open(&verified, "credential", &a_keys.encryption, vec![]).unwrap();
    let intruder = SigningKey::generate();
    let forged = Entry::CatalogedCredential(Credential {
        service: "evil.example".into(),
        username: "alice".into(),
        password: Password::new("stolen".into()),
        url: None,
        note: None,
    });
    let uid = keys.unique_id(&forged.natural_key());
    let envelope = Sealer::new(&keys, &intruder).seal(&forged);
    // Through the portal's front door it is refused (403)...
    let client = PortalClient::new(&w.portal.url, false).unwrap();
    let refused = client.call(
        &Request::AppendRequest(meshman::protocol::AppendRequest {
            catalog: "credential".into(),
            entries: vec![meshman::protocol::CatalogUpdate {
                unique_id: uid.clone(),
                base_index: None,
                envelope: Some(envelope.clone()),
                deleted: false,
            }],
        }),
        Some((ACCOUNT, &a_keys.authentication)),
    );
    assert!(matches!(
        refused,
        Err(meshman::client::ClientError::Status { code: 403, .. })
    ));
    // ...so a malicious portal writes it into its own store, beside an
    // entry of a real device altered after signing.
    let mut tampered =
        Sealer::new(&keys, &a_keys.signature).seal(&Entry::CatalogedCredential(Credential {
            service: "tampered.example".into(),
            username: "alice".into(),
            password: Password::new("original".into()),
            url: None,
            note: None,
        }));
    let other = Sealer::new(&keys, &a_keys.signature).seal(&forged);
    tampered.payload = other.payload;
    let store = SqliteStore::open(&w.data.path().join("portal.db")).unwrap();
    let tampered_uid = keys.unique_id(&meshman::catalog::entry::credential_key(
        "tampered.example",
        "alice",
    ));
    store
        .append(
            ACCOUNT,
            "credential",
            &[
                UpdateRecord {
                    unique_id: uid,
                    base_index: None,
                    envelope_json: Some(serde_json::to_string(&envelope).unwrap()),
                    deleted: false,
                },
                UpdateRecord {
                    unique_id: tampered_uid,
                    base_index: None,
                    envelope_json: Some(serde_json::to_string(&tampered).unwrap()),
                    deleted: false,
                },
            ],
        )
        .unwrap();
    drop(home_a);
    let (code, report, err) = sync(&w.b);
    assert_eq!(code, 3, "{err}");
    assert_eq!(report["received"], 1, "{report}");
    let refused = report["refused"].as_array().unwrap();
    assert_eq!(refused.len(), 2, "{report}");
    assert!(
        refused[0]["reason"]
            .as_str()
            .unwrap()
            .contains("not a device of the profile"),
        "{report}"
    );
    assert!(
        refused[1]["reason"]
            .as_str()
            .unwrap()
            .contains("does not verify"),
        "{report}"
    );
    let list = w.b.json(&["password", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["service"], "real.example");
}

#[test]
fn a_killed_sync_loses_and_duplicates_nothing() {
    let w = world();
    let mut csv = String::from("name,url,username,password,note\n");
    const N: usize = 3000;
    for i in 0..N {
        csv.push_str(&format!("s{i},https://site{i}.example/,user{i},pw{i},\n"));
    }
    std::fs::write(w.a.path("big.csv"), csv).unwrap();
    w.a.ok(&["password", "import", w.a.path("big.csv").to_str().unwrap()]);
    for (device, delays) in [
        (&w.a, [15u64, 40, 80, 150, 250]),
        (&w.b, [10, 30, 60, 120, 200]),
    ] {
        for ms in delays {
            let mut child = device.std_cmd(&["sync"]).spawn().unwrap();
            std::thread::sleep(Duration::from_millis(ms));
            let _ = child.kill(); // SIGKILL
            let _ = child.wait();
        }
        let (code, _, err) = sync(device);
        assert_eq!(code, 0, "{err}");
    }
    let (code, _, err) = sync(&w.b);
    assert_eq!(code, 0, "{err}");
    let list = w.b.json(&["password", "list"]);
    assert_eq!(list.as_array().unwrap().len(), N);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|e| e["pending"] == false)
    );
    // The portal's log holds each entry exactly once.
    let store = SqliteStore::open(&w.data.path().join("portal.db")).unwrap();
    let (frames, last) = store.sync(ACCOUNT, "credential", 1, 100_000).unwrap();
    assert_eq!((frames.len(), last), (N, N as u64));
    let ids: std::collections::HashSet<_> = frames.iter().map(|f| &f.unique_id).collect();
    assert_eq!(ids.len(), N);
}

type Answer = Result<Response, meshman::client::ClientError>;

/// An AppendRequest that reaches the portal, but its answer is lost.
fn lose(_: Answer) -> Answer {
    Err(meshman::client::ClientError::Network {
        url: "x".into(),
        reason: "connection reset".into(),
    })
}

/// Runs `steps` with a [`sync::Syncer`] for device A of `w`. The answer to
/// each AppendRequest passes through `on_append` (after the portal acted).
fn with_syncer_a(
    w: &World,
    mut on_append: impl FnMut(Answer) -> Answer + Send,
    steps: impl FnOnce(&mut sync::Syncer<'_>),
) {
    let mut home_a = open_home(w.a.home());
    let local = home_a.find_profile(Some(&w.fingerprint)).unwrap();
    let verified = profile::verify_personal(&local.signed).unwrap();
    let a_keys = home_a.device_keys().unwrap();
    let signers = meshman::catalog::device_signers(&verified);
    let client = PortalClient::new(&w.portal.url, false).unwrap();
    let mut store = LocalStore::open(w.a.home()).unwrap();
    let mut call = |r: &Request| {
        let answer = client.call(r, Some((ACCOUNT, &a_keys.authentication)));
        match r {
            Request::AppendRequest(_) => on_append(answer),
            _ => answer,
        }
    };
    let mut quiet = |_: sync::Phase, _: u64, _: u64| {};
    let device = a_keys.signature.udf();
    let mut syncer = sync::Syncer {
        store: &mut store,
        profile: &w.fingerprint,
        signers: &signers,
        device: &device,
        call: &mut call,
        progress: &mut quiet,
        max_request_bytes: sync::MAX_REQUEST_BYTES,
    };
    steps(&mut syncer);
}

fn portal_frames(w: &World) -> usize {
    let store = SqliteStore::open(&w.data.path().join("portal.db")).unwrap();
    store.sync(ACCOUNT, "credential", 1, 100).unwrap().0.len()
}

#[test]
fn a_lost_append_answer_is_not_sent_again() {
    let w = world();
    add_password(&w.a, "once.example", "alice", "only-once");
    // The append reaches the portal, but its answer is lost.
    with_syncer_a(&w, lose, |syncer| {
        assert!(syncer.sync("credential").is_err());
        assert_eq!(
            syncer
                .store
                .queue_len(&w.fingerprint, "credential")
                .unwrap(),
            1
        );
    });
    // The next sync finds its own envelope in the log and sends nothing.
    let (code, report, err) = sync(&w.a);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (report["sent"].as_u64(), report["conflicts"].as_u64()),
        (Some(0), Some(0)),
        "{report}"
    );
    assert_eq!(portal_frames(&w), 1);

    // Lost again, then the entry changes before the next sync: the frame
    // signed by A is A's own earlier change, so the new one is based on it.
    add_password(&w.a, "once.example", "alice", "second");
    with_syncer_a(&w, lose, |syncer| {
        assert!(syncer.sync("credential").is_err());
    });
    add_password(&w.a, "once.example", "alice", "third");
    let (code, report, err) = sync(&w.a);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        (report["sent"].as_u64(), report["conflicts"].as_u64()),
        (Some(1), Some(0)),
        "{report}"
    );
    assert_eq!(sync(&w.b).0, 0);
    assert_eq!(w.b.ok(&["password", "get", "once.example"]).trim(), "third");
}

/// Entries changed while their uploads are out (another connection to the
/// store writes while the first AppendRequest is at the portal): one whose
/// batch is answered next, one in the batch after, already sent. Each newer
/// change waits for its predecessor's answer and is based on its frame, so
/// neither is taken for a conflict.
#[test]
fn changes_made_during_an_upload_are_based_on_it() {
    let w = world();
    let sites: Vec<String> = (0..5).map(|i| format!("s{i}.example")).collect();
    for site in &sites {
        add_password(&w.a, site, "alice", "first");
    }
    let mut home_a = open_home(w.a.home());
    let local = home_a.find_profile(Some(&w.fingerprint)).unwrap();
    let verified = profile::verify_personal(&local.signed).unwrap();
    let a_keys = home_a.device_keys().unwrap();
    drop(home_a);
    let keys = CatalogKeys::open(&verified, "credential", &a_keys.encryption, vec![]).unwrap();
    // s3 first: the next batch read is then s4 and s3', while s3 is out.
    let newer: Vec<_> = [&sites[3], &sites[0]]
        .into_iter()
        .map(|site| {
            let entry = Entry::CatalogedCredential(Credential {
                service: site.clone(),
                username: "alice".into(),
                password: Password::new("second".into()),
                url: None,
                note: None,
            });
            let envelope = Sealer::new(&keys, &a_keys.signature).seal(&entry);
            (keys.unique_id(&entry.natural_key()), envelope)
        })
        .collect();
    let mut first = true;
    with_syncer_a(
        &w,
        |answer| {
            if std::mem::take(&mut first) {
                let mut other = LocalStore::open(w.a.home()).unwrap();
                for (unique_id, envelope) in &newer {
                    other
                        .enqueue(&w.fingerprint, "credential", unique_id, envelope, false)
                        .unwrap();
                }
            }
            answer
        },
        |syncer| {
            // Two changes a batch: s0 s1 | s2 s3 | s4 ...
            let queued = syncer.store.queued(&w.fingerprint, "credential").unwrap();
            syncer.max_request_bytes = queued[0].envelope_json.len() * 5 / 2;
            let mut report = sync::SyncReport::default();
            syncer.upload("credential", &mut report).unwrap();
            assert_eq!((report.sent, report.conflicts), (7, 0));
            assert!(
                syncer
                    .store
                    .queued(&w.fingerprint, "credential")
                    .unwrap()
                    .is_empty()
            );
        },
    );
    assert_eq!(portal_frames(&w), 7);
    let (code, report, err) = sync(&w.a);
    assert_eq!((code, report["conflicts"].as_u64()), (0, Some(0)), "{err}");
    assert_eq!(sync(&w.b).0, 0);
    for (i, site) in sites.iter().enumerate() {
        let want = if i == 0 || i == 3 { "second" } else { "first" };
        assert_eq!(w.b.ok(&["password", "get", site]).trim(), want, "{site}");
    }
}

/// A killed sync's append can land after its successor downloaded: the
/// successor then sends the same change again. That is neither a second
/// frame nor a conflict, also when another device changed the entry since.
#[test]
fn a_resent_append_is_neither_duplicated_nor_a_conflict() {
    let w = world();
    add_password(&w.a, "once.example", "alice", "first");
    with_syncer_a(&w, lose, |syncer| {
        assert!(syncer.sync("credential").is_err());
    });
    // The successor uploads before it has seen the frame: the portal
    // knows the envelope as its latest frame and answers with its index.
    with_syncer_a(
        &w,
        |a| a,
        |syncer| {
            let mut report = sync::SyncReport::default();
            syncer.upload("credential", &mut report).unwrap();
            assert_eq!((report.sent, report.conflicts), (1, 0));
            assert!(syncer.store.conflicts(&w.fingerprint).unwrap().is_empty());
        },
    );
    assert_eq!(portal_frames(&w), 1);

    // Again, but device B changes the entry before the resend arrives.
    add_password(&w.a, "twice.example", "alice", "mine");
    with_syncer_a(&w, lose, |syncer| {
        assert!(syncer.sync("credential").is_err());
    });
    assert_eq!(sync(&w.b).0, 0);
    add_password(&w.b, "twice.example", "alice", "theirs");
    assert_eq!(sync(&w.b).0, 0);
    with_syncer_a(
        &w,
        |a| a,
        |syncer| {
            let mut report = sync::SyncReport::default();
            assert!(syncer.upload("credential", &mut report).unwrap());
            assert_eq!(report.conflicts, 1, "the portal sees a stale change");
            // The download shows the change was A's own, then B's on top.
            syncer.download("credential", &mut report).unwrap();
            assert_eq!(report.conflicts, 0);
            assert!(syncer.store.conflicts(&w.fingerprint).unwrap().is_empty());
        },
    );
    assert_eq!(portal_frames(&w), 3);
    let (code, report, err) = sync(&w.a);
    assert_eq!((code, report["conflicts"].as_u64()), (0, Some(0)), "{err}");
    let got = w.a.ok(&["password", "get", "twice.example"]);
    assert_eq!(got.trim(), "theirs");
}

#[test]
fn a_new_catalog_key_reencrypts_every_entry() {
    let d = Device::new();
    let fp = d.create_profile();
    let mut home = open_home(d.home());
    let local = home.find_profile(Some(&fp)).unwrap();
    let mut verified = profile::verify_personal(&local.signed).unwrap();
    let device = home.device_keys().unwrap();
    let old = CatalogKeys::open(&verified, "credential", &device.encryption, vec![]).unwrap();
    let mut store = LocalStore::open_file(&d.path("test-catalogs.db")).unwrap();
    // Three entries accepted by the portal under the old key.
    let sealer = Sealer::new(&old, &device.signature);
    let mut frames = Vec::new();
    for i in 0..3u64 {
        let e = Entry::CatalogedCredential(Credential {
            service: format!("site{i}.example"),
            username: "u".into(),
            password: Password::new(format!("p{i}")),
            url: None,
            note: None,
        });
        let envelope = sealer.seal(&e);
        frames.push(CheckedFrame {
            index: i + 1,
            unique_id: old.unique_id(&e.natural_key()),
            key_id: meshman::catalog::envelope_key_id(&envelope),
            envelope: Some(envelope),
            deleted: false,
        });
    }
    store
        .apply_frames(&fp, "credential", &device.signature.udf(), &frames, &[], 3)
        .unwrap();
    // The catalog is re-keyed: a new encryption key, the same index key.
    let (_, application) = verified
        .applications
        .iter_mut()
        .find(|(e, _)| e.kind == "credential")
        .unwrap();
    let private_plain = application
        .key_envelope
        .decrypt(&device.encryption)
        .unwrap();
    let mut private: serde_json::Value = serde_json::from_slice(private_plain.expose()).unwrap();
    let new_key = EncryptionKey::generate();
    private[ApplicationProfilePrivate::TAG]["EncryptionKey"] =
        serde_json::to_value(new_key.to_private_jwk()).unwrap();
    *application = ApplicationProfile {
        identifier: new_key.udf(),
        encryption_key: new_key.public_key().to_public_key(),
        key_envelope: Jwe::encrypt(
            private.to_string().as_bytes(),
            &[&device.encryption.public_key()],
        ),
        ..application.clone()
    };
    let old_private = old.current.to_private_jwk();
    let new = CatalogKeys::open(
        &verified,
        "credential",
        &device.encryption,
        vec![EncryptionKey::from_private_jwk(&old_private).unwrap()],
    )
    .unwrap();
    let (n, unreadable) = sync::reencrypt(&mut store, &fp, &new, &device.signature).unwrap();
    assert_eq!((n, unreadable), (3, 0));
    // The queued versions open with the new key alone, not with the old.
    let only_new = CatalogKeys::open(&verified, "credential", &device.encryption, vec![]).unwrap();
    let queued = store.queued(&fp, "credential").unwrap();
    assert_eq!(queued.len(), 3);
    for q in &queued {
        assert_eq!(
            q.base_index,
            frames
                .iter()
                .find(|f| f.unique_id == q.unique_id)
                .unwrap()
                .index
        );
        let mut opener = meshman::catalog::Opener::new(&only_new);
        assert!(matches!(
            opener.open(&q.unique_id, &q.envelope),
            Ok(Entry::CatalogedCredential(_))
        ));
        let mut old_opener = meshman::catalog::Opener::new(&old);
        assert!(old_opener.open(&q.unique_id, &q.envelope).is_err());
    }
    // Running it again finds nothing more to do.
    assert_eq!(
        sync::reencrypt(&mut store, &fp, &new, &device.signature).unwrap(),
        (0, 0)
    );
}
