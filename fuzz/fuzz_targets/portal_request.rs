//! Request bodies as the portal receives them: any bytes, with or without
//! an authentication header, get a response and never a panic.
#![no_main]

use std::net::{IpAddr, Ipv4Addr};
use std::sync::OnceLock;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use meshman::portal::{Portal, PortalConfig};

fn portal() -> &'static Portal {
    static PORTAL: OnceLock<(Portal, tempfile::TempDir)> = OnceLock::new();
    &PORTAL
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let config = PortalConfig {
                listen: "127.0.0.1:0".parse().unwrap(),
                data_dir: dir.path().to_path_buf(),
                domain: "example.com".into(),
                max_body_bytes: 1 << 20,
                open_rate_per_minute: 0,
                connect_expiry: Duration::from_secs(60),
            };
            (Portal::open(config).unwrap(), dir)
        })
        .0
}

fuzz_target!(|input: (Option<&str>, &[u8])| {
    let (authentication, body) = input;
    let answer = portal().handle(IpAddr::V4(Ipv4Addr::LOCALHOST), authentication, body);
    let _ = answer.response.status();
});
