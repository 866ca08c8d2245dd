//! Catalog sync figures (not a timed test): with N credential entries on a
//! loopback portal, the wall time and peak memory of `meshman sync` for
//! the first upload from one device, the full download onto a second
//! device, and a sync when nothing changed. Each sync runs as a child
//! process of the benchmark build of the binary (spawned from a small
//! helper copy of this benchmark); peak memory is the
//! child's `ru_maxrss` from `wait4`.
//!
//!     cargo bench --bench catalog 2>/dev/null   # 1,000, 10,000 and 100,000 entries
//!     MESHMAN_BENCH_SIZES=10000 cargo bench --bench catalog
//!
//! The portal runs in this process and logs each request on stderr; the
//! table is on stdout.

#[path = "../tests/common/two_devices.rs"]
mod two_devices;

use std::path::Path;
use std::time::{Duration, Instant};

use meshman::catalog::entry::{Credential, Password};
use meshman::catalog::store::LocalStore;
use meshman::catalog::{CatalogKeys, Entry, Sealer};
use meshman::profile;
use two_devices::{join, open_home, start_portal};

const ACCOUNT: &str = "alice@example.com";
const BIN: &str = env!("CARGO_BIN_EXE_meshman");

fn meshman(home: &Path, args: &[&str]) -> String {
    let out = std::process::Command::new(BIN)
        .env("MESHMAN_HOME", home)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "meshman {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `meshman sync credential` and returns its wall time and peak RSS.
///
/// The sync is started through a fresh copy of this benchmark (helper
/// mode): Linux carries the spawning process's peak RSS into `ru_maxrss`
/// across exec, so a child spawned straight from this process (which holds
/// the portal and the sealed entries) would report this process's memory,
/// not its own.
fn timed_sync(home: &Path) -> (Duration, u64) {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .env(HELPER, home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "sync failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut parts = text.split_whitespace().map(|p| p.parse::<u64>().unwrap());
    let nanos = parts.next().unwrap();
    let rss = parts.next().unwrap();
    (Duration::from_nanos(nanos), rss)
}

/// Set to a home folder: run one sync there and print `nanoseconds peak-bytes`.
const HELPER: &str = "MESHMAN_BENCH_SYNC_HOME";

fn helper(home: &Path) {
    let start = Instant::now();
    let child = std::process::Command::new(BIN)
        .env("MESHMAN_HOME", home)
        .env("NO_COLOR", "1")
        .args(["-q", "sync", "credential"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: rusage is plain data; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(r, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "sync failed"
    );
    std::mem::forget(child); // already reaped
    println!("{} {}", elapsed.as_nanos(), usage.ru_maxrss as u64 * 1024);
}

struct Figures {
    n: usize,
    upload: (Duration, u64),
    download: (Duration, u64),
    idle: (Duration, u64),
}

fn run(n: usize) -> Figures {
    let data = tempfile::tempdir().unwrap();
    let portal = start_portal(data.path());
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    meshman(a.path(), &["profile", "create", "--no-passphrase"]);
    let fp = meshman(a.path(), &["--json", "profile", "list"]);
    let fp: serde_json::Value = serde_json::from_str(&fp).unwrap();
    let fp = fp[0]["fingerprint"].as_str().unwrap().to_string();
    meshman(
        a.path(),
        &["account", "create", ACCOUNT, "--portal", &portal.url],
    );
    meshman(b.path(), &["profile", "create", "--no-passphrase"]);

    // Device B joins the profile (library, as an administration device would).
    let signed = join(a.path(), b.path(), &fp, ACCOUNT, &portal.url);
    let a_keys = open_home(a.path()).device_keys().unwrap();

    // N credentials queued on A, as `password import` would queue them.
    let verified = profile::verify_personal(&signed).unwrap();
    let keys = CatalogKeys::open(&verified, "credential", &a_keys.encryption, vec![]).unwrap();
    let sealer = Sealer::new(&keys, &a_keys.signature);
    let changes: Vec<_> = (0..n)
        .map(|i| {
            let e = Entry::CatalogedCredential(Credential {
                service: format!("site{i}.example"),
                username: format!("user{i}@example.com"),
                password: Password::new(format!("{:032x}", i * 7919)),
                url: Some(format!("https://site{i}.example/login")),
                note: None,
            });
            (
                keys.unique_id(&e.natural_key()),
                sealer.seal(&e),
                false,
                None,
            )
        })
        .collect();
    let mut store = LocalStore::open(a.path()).unwrap();
    store
        .enqueue_many(&fp, "credential", &changes, false)
        .unwrap();
    drop(store);

    let upload = timed_sync(a.path());
    let download = timed_sync(b.path());
    let idle = timed_sync(b.path());
    let count = meshman(b.path(), &["--json", "password", "list"]);
    let count = serde_json::from_str::<serde_json::Value>(&count).unwrap();
    assert_eq!(
        count.as_array().unwrap().len(),
        n,
        "B did not get every entry"
    );
    drop(portal);
    Figures {
        n,
        upload,
        download,
        idle,
    }
}

fn main() {
    if let Some(home) = std::env::var_os(HELPER) {
        helper(Path::new(&home));
        return;
    }
    let sizes: Vec<usize> = std::env::var("MESHMAN_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    println!(
        "catalog sync on loopback (credential entries; wall time, peak RSS of the meshman process)"
    );
    println!(
        "{:>8} | {:>20} | {:>20} | {:>20}",
        "entries", "first upload", "full download", "nothing changed"
    );
    let cell = |(t, m): (Duration, u64)| {
        format!(
            "{:>8.3} s {:>6.1} MiB",
            t.as_secs_f64(),
            m as f64 / 1048576.0
        )
    };
    for n in sizes {
        let f = run(n);
        println!(
            "{:>8} | {} | {} | {}",
            f.n,
            cell(f.upload),
            cell(f.download),
            cell(f.idle)
        );
    }
    println!(
        "targets at 10,000: upload < 0.4 s, download < 0.5 s, nothing changed < 30 ms, each < 64 MiB"
    );
}
