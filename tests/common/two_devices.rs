//! The catalog tests' and benchmark's setting: a portal, and a second
//! device joined to device A's profile through the library, as an
//! administration device would join it (the connection flow has its own
//! tests).

#![allow(dead_code)]

use std::path::Path;
use std::time::Duration;

use meshman::client::PortalClient;
use meshman::home::{self, AccountBinding, Home};
use meshman::keystore::{Access, KeystoreError};
use meshman::portal::{PortalConfig, RunningPortal};
use meshman::profile::{self, Signed};
use meshman::protocol::{Entry, PublishRequest, Request};

/// Opens a home whose keystore has no passphrase.
pub fn open_home(dir: &Path) -> Home {
    Home::open(
        dir,
        Access::Write,
        Box::new(|| Err(KeystoreError::NoPassphrase("none".into()))),
    )
    .unwrap()
}

/// A portal on 127.0.0.1 with its data in `data`, and limits no test meets.
pub fn start_portal(data: &Path) -> RunningPortal {
    meshman::portal::start(PortalConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: data.to_path_buf(),
        domain: "example.com".into(),
        max_body_bytes: 1 << 20,
        open_rate_per_minute: 100_000,
        connect_expiry: Duration::from_secs(3600),
    })
    .unwrap()
}

/// Adds device B (which has a device profile) to A's profile `fingerprint`:
/// A publishes the new version to `account` at `portal_url`, and both homes
/// keep it, B with `account` bound. Returns the new version.
pub fn join(a: &Path, b: &Path, fingerprint: &str, account: &str, portal_url: &str) -> Signed {
    let b_device = open_home(b).device_profile().unwrap().unwrap();
    let mut home_a = open_home(a);
    let local = home_a.find_profile(Some(fingerprint)).unwrap();
    let verified = profile::verify_personal(&local.signed).unwrap();
    let keys = home_a.profile_keys(fingerprint).unwrap();
    let online = keys.online_key(&verified.master).unwrap();
    let a_keys = home_a.device_keys().unwrap();
    let mut signed =
        home::add_device(&verified, &b_device, false, online, &a_keys.encryption).unwrap();
    PortalClient::new(portal_url, false)
        .unwrap()
        .call(
            &Request::PublishRequest(PublishRequest {
                entry: Entry::SignedPersonalProfile(signed.clone()),
            }),
            Some((account, &a_keys.authentication)),
        )
        .unwrap();
    signed.unauthenticated = local.signed.unauthenticated.clone();
    home_a.save_personal(&signed).unwrap();
    drop(home_a);
    let home_b = open_home(b);
    home_b.save_personal(&signed).unwrap();
    home_b.set_default(fingerprint).unwrap();
    home_b
        .bind_account(AccountBinding {
            account: account.into(),
            profile: fingerprint.into(),
            portal: Some(portal_url.into()),
            insecure_http: false,
        })
        .unwrap();
    signed
}
