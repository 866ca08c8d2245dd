//! The portal load benchmark: authenticated requests per second and their
//! latency over loopback HTTP, beside the Ed25519 verification rate of the
//! same machine measured in the same run.
//!
//! Target (from the issue): authenticated requests at no less than 25% of
//! the machine's Ed25519 verification rate. The verdict is printed; nothing
//! here asserts on time, since figures swing with the machine and its load.
//!
//! The portal is the release binary (`meshman portal serve`) in its own
//! process, on 127.0.0.1 with a fresh data folder; the load generator is
//! this process: 1 or 16 client threads, each with its own keep-alive
//! HTTP/1.1 connection (a minimal client, so the generator leaves the cores
//! to the portal), sending bodies and `Mesh-Authentication` headers
//! made before the clock starts (every header has a fresh nonce, since the
//! portal refuses replays). Both share the machine's cores.
//!
//! Beside the rates it prints the CPU time each request cost the portal, by
//! thread, and the load generator, how long each thread waited for a CPU
//! (Linux: each thread's `schedstat`), and how idle the machine was. The
//! CPU times say where the work goes, and their sum, in verifications,
//! bounds the rate the cores could reach if never idle; the waits and the
//! idle share say why a rate falls short of it. On a shared machine all of
//! these swing between runs (CPU times less than rates): compare two builds
//! only by runs that alternate.
//!
//! A single run of a row says little on a busy machine, where rates swing
//! 15–30% from one run to the next. So every row is measured in several
//! rounds (each round runs every workload once, so a slow spell of the
//! machine hits all of them), and the verdict is on the median rate, shown
//! beside the lowest and highest and how many of the runs reached the
//! target. The other figures of a row are those of its median run.
//!
//! Run with `cargo bench --bench portal`; `MESHMAN_BENCH_ONLY=Synchronize`
//! (part of a workload's name) measures just the workloads named so,
//! `MESHMAN_BENCH_SECONDS=10` makes each measurement last about that long
//! (3 by default; longer runs leave time to attach a profiler), and
//! `MESHMAN_BENCH_ROUNDS=5` sets the number of rounds (3 by default).

mod common;
#[path = "../tests/common/identity.rs"]
mod identity;
#[path = "../tests/common/served.rs"]
mod served;

use std::hint::black_box;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{IpAddr, TcpStream};
use std::path::Path;
use std::process::Child;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant, SystemTime};

use ring::signature::{ED25519, Ed25519KeyPair, KeyPair as _, UnparsedPublicKey};

use meshman::crypto::EncryptionKey;
use meshman::crypto::jwe::Jwe;
use meshman::encoding::{b64u_decode, b64u_encode};
use meshman::home::{DeviceKeys, ProfileKeys};
use meshman::portal::auth::{self, AccountKeys};
use meshman::portal::store::{SqliteStore, Store as _};
use meshman::portal::{Portal, PortalConfig};
use meshman::profile::{self, MasterProfile, PersonalProfile, Signed};
use meshman::protocol::*;

const DOMAIN: &str = "example.com";
/// About how long each load measurement runs, in seconds, unless
/// `MESHMAN_BENCH_SECONDS` says otherwise (longer runs are for profiling).
const RUN_SECONDS: u64 = 3;
/// Rounds of measurements, unless `MESHMAN_BENCH_ROUNDS` says otherwise:
/// enough for a median.
const ROUNDS: u64 = 3;
/// The client counts the issue asks for.
const CLIENTS: [usize; 2] = [1, 16];
/// Requests of the single-client calibration run that sizes each workload.
const CALIBRATION: usize = 40;
/// Most requests prepared per second of a measurement (bounds the set-up
/// time and memory).
const MAX_RATE: usize = 15_000;
/// How long the raw verification rate is measured, per thread count.
const VERIFY_TIME: Duration = Duration::from_millis(1500);
/// In-process measurements: time per item.
const BUDGET: Duration = Duration::from_millis(600);
/// The target: authenticated requests/s over verifications/s.
const TARGET_SHARE: f64 = 0.25;

// ---------------------------------------------------------------------------
// Accounts

/// A device with a profile, holding the keys that sign its requests and new
/// versions of its profile.
struct User {
    _dir: tempfile::TempDir,
    fingerprint: String,
    signed: Signed,
    personal: PersonalProfile,
    master: MasterProfile,
    device: DeviceKeys,
    keys: ProfileKeys,
    account: String,
    /// Seconds after `base` of the next profile version's `Updated`.
    next_version: u64,
    base: SystemTime,
}

fn user(name: &str) -> User {
    let id = identity::identity("bench");
    let personal: PersonalProfile = id.signed.open_unverified().unwrap();
    let master = profile::verify_master(&personal.signed_master_profile).unwrap();
    User {
        _dir: id.dir,
        fingerprint: id.fingerprint,
        signed: id.signed,
        personal,
        master,
        device: id.device,
        keys: id.keys,
        account: format!("{name}@{DOMAIN}"),
        next_version: 1,
        base: SystemTime::now(),
    }
}

impl User {
    /// A request body and its `Mesh-Authentication` header (fresh nonce).
    fn signed_request(&self, request: &Request) -> Prepared {
        let body = serde_json::to_vec(request).unwrap();
        let header = auth::authenticate(&body, &self.account, &self.device.authentication);
        Prepared {
            body,
            header: Some(header),
        }
    }

    fn create(&self) -> Prepared {
        self.signed_request(&Request::CreateRequest(CreateRequest {
            account: self.account.clone(),
            profile: TaggedProfile::SignedPersonalProfile(self.signed.clone()),
        }))
    }

    /// The next version of the profile, unchanged but for a strictly later
    /// `Updated`, re-signed by the online key, as a Publish.
    fn next_profile(&mut self) -> Prepared {
        let mut personal = self.personal.clone();
        personal.updated =
            meshman::time::format(self.base + Duration::from_secs(self.next_version));
        self.next_version += 1;
        let online = self.keys.online_key(&self.master).unwrap();
        let signed = Signed::sign(&personal, &self.fingerprint, online);
        self.signed_request(&Request::PublishRequest(PublishRequest {
            entry: Entry::SignedPersonalProfile(signed),
        }))
    }
}

/// A fresh recovery record (random index, a small JWE), as a Publish.
fn escrow_entry() -> Request {
    let key = EncryptionKey::generate();
    Request::PublishRequest(PublishRequest {
        entry: Entry::OfflineEscrowEntry(OfflineEscrowEntry {
            identifier: meshman::udf::nonce(140).unwrap(),
            encrypted_data: Jwe::encrypt(&[7u8; 200], &[&key.public_key()]),
        }),
    })
}

fn sync_request() -> Request {
    Request::SynchronizeRequest(SynchronizeRequest {
        catalog: "credential".into(),
        index_min: None,
        max_entries: None,
    })
}

fn get_request(account: &str) -> Request {
    Request::GetRequest(GetRequest {
        account: Some(account.into()),
        ..Default::default()
    })
}

// ---------------------------------------------------------------------------
// The portal process and its clients

/// The portal binary serving on loopback; killed when dropped.
struct Server {
    child: Child,
    url: String,
    _dir: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `meshman portal serve` in its own process with its data in a
/// temporary folder (see `served::serve`). Its per-request log lines go to
/// /dev/null; a real deployment pays for writing them.
fn spawn_portal() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let (child, url) = served::serve(&dir.path().join("data"));
    Server {
        child,
        url,
        _dir: dir,
    }
}

/// A minimal HTTP/1.1 keep-alive connection: requests are written whole and
/// responses read by Content-Length. A full client (reqwest's blocking one
/// runs a runtime thread per client) would spend the 2 cores the portal
/// needs; this one costs little more than the socket calls.
struct Connection {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
    host: String,
    path: String,
}

impl Connection {
    fn open(url: &str) -> Connection {
        let rest = url.strip_prefix("http://").expect("a plain http URL");
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let stream = TcpStream::connect(host).unwrap();
        stream.set_nodelay(true).unwrap();
        Connection {
            reader: BufReader::new(stream.try_clone().unwrap()),
            writer: stream,
            host: host.to_owned(),
            path: if path.is_empty() {
                "/".into()
            } else {
                path.to_owned()
            },
        }
    }

    /// The request's bytes on the wire, formatted before the clock starts.
    fn wire(&self, request: &Prepared) -> Vec<u8> {
        let mut head = format!(
            "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            self.path,
            self.host,
            request.body.len()
        );
        if let Some(h) = &request.header {
            head.push_str(&format!("{}: {h}\r\n", auth::HEADER));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(&request.body);
        bytes
    }

    /// Sends one request and reads the whole response; gives the HTTP
    /// status and the body.
    fn send(&mut self, wire: &[u8]) -> (u16, Vec<u8>) {
        self.writer.write_all(wire).unwrap();
        let mut line = String::new();
        self.reader.read_line(&mut line).unwrap();
        let status: u16 = line
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("a status line");
        let mut length = 0usize;
        loop {
            line.clear();
            self.reader.read_line(&mut line).unwrap();
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':')
                && name.eq_ignore_ascii_case("content-length")
            {
                length = value.trim().parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.reader.read_exact(&mut body).unwrap();
        (status, body)
    }

    fn post(&mut self, request: &Prepared) -> (u16, Vec<u8>) {
        let wire = self.wire(request);
        self.send(&wire)
    }
}

/// One request ready to send.
#[derive(Clone)]
struct Prepared {
    body: Vec<u8>,
    header: Option<String>,
}

/// What one load measurement saw.
struct Load {
    requests: usize,
    wall: Duration,
    /// Every request's latency, sorted.
    latencies: Vec<Duration>,
    failures: usize,
    first_failure: Option<String>,
    /// What the portal's threads did during the load, by thread name.
    portal_cpu: Vec<(String, Sched)>,
    /// CPU time of the load generator's client threads.
    client_cpu: Duration,
    /// The share of the machine's CPU time that was idle during the load.
    idle: f64,
}

/// Every run of one workload at one client count, one per round.
struct Row {
    workload: Workload,
    clients: usize,
    runs: Vec<Load>,
}

impl Row {
    /// The run with the median rate (the upper one of an even count).
    fn median(&self) -> &Load {
        let mut runs: Vec<&Load> = self.runs.iter().collect();
        runs.sort_by(|a, b| a.rate().total_cmp(&b.rate()));
        runs[runs.len() / 2]
    }

    /// The lowest and highest rates of the runs.
    fn range(&self) -> (f64, f64) {
        let rates = self.runs.iter().map(Load::rate);
        (
            rates.clone().fold(f64::INFINITY, f64::min),
            rates.fold(0.0, f64::max),
        )
    }
}

impl Load {
    fn rate(&self) -> f64 {
        self.requests as f64 / self.wall.as_secs_f64()
    }

    /// Microseconds of CPU per request: the portal's (all its threads) and
    /// the load generator's.
    fn cpu_per_request_us(&self) -> (f64, f64) {
        let portal: Duration = self.portal_cpu.iter().map(|(_, t)| t.run).sum();
        let per = |t: Duration| t.as_secs_f64() * 1e6 / self.requests as f64;
        (per(portal), per(self.client_cpu))
    }

    fn percentile_ms(&self, p: usize) -> f64 {
        let n = self.latencies.len();
        let index = (n * p).div_ceil(100).clamp(1, n) - 1;
        self.latencies[index].as_secs_f64() * 1e3
    }
}

/// Sends each batch from its own thread and client, all starting together;
/// the wall time runs from the start to the last response.
fn run_load(server: &Server, batches: Vec<Vec<Prepared>>) -> Load {
    let url = &server.url;
    let clients = batches.len();
    let start = Arc::new(Barrier::new(clients + 1));
    let threads: Vec<_> = batches
        .into_iter()
        .map(|batch| {
            let start = start.clone();
            let url = url.to_owned();
            std::thread::spawn(move || {
                let mut connection = Connection::open(&url);
                // Opens the keep-alive connection before the clock starts.
                let hello = Prepared {
                    body: serde_json::to_vec(&Request::HelloRequest(HelloRequest {})).unwrap(),
                    header: None,
                };
                assert_eq!(connection.post(&hello).0, 200);
                let wires: Vec<Vec<u8>> = batch.iter().map(|r| connection.wire(r)).collect();
                let mut latencies = Vec::with_capacity(wires.len());
                let mut failures = Vec::new();
                start.wait();
                let cpu = Sched::read("/proc/thread-self/schedstat").run;
                for wire in &wires {
                    let t = Instant::now();
                    let (status, body) = connection.send(wire);
                    latencies.push(t.elapsed());
                    if !(200..300).contains(&status) {
                        failures.push(format!("{status} {}", String::from_utf8_lossy(&body)));
                    }
                }
                let cpu = Sched::read("/proc/thread-self/schedstat")
                    .run
                    .saturating_sub(cpu);
                (latencies, failures, cpu)
            })
        })
        .collect();
    let portal_before = process_cpu(server.child.id());
    let machine_before = machine_cpu();
    start.wait();
    let t = Instant::now();
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    let mut client_cpu = Duration::ZERO;
    for thread in threads {
        let (l, f, cpu) = thread.join().unwrap();
        latencies.extend(l);
        failures.extend(f);
        client_cpu += cpu;
    }
    let wall = t.elapsed();
    let machine = machine_cpu();
    let (idle, total) = (
        machine.0.saturating_sub(machine_before.0),
        machine.1.saturating_sub(machine_before.1),
    );
    let portal_cpu = process_cpu(server.child.id())
        .into_iter()
        .map(|(name, after)| {
            let before = portal_before
                .iter()
                .find(|(n, _)| *n == name)
                .map_or(Sched::default(), |(_, t)| *t);
            (name, after.since(before))
        })
        .collect();
    latencies.sort();
    Load {
        requests: latencies.len(),
        wall,
        latencies,
        failures: failures.len(),
        first_failure: failures.into_iter().next(),
        portal_cpu,
        client_cpu,
        idle: idle as f64 / total.max(1) as f64,
    }
}

/// The machine's idle (with I/O wait) and total CPU time so far, in clock
/// ticks, from the first line of `/proc/stat`; zeros where there is none.
fn machine_cpu() -> (u64, u64) {
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let ticks: Vec<u64> = stat
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|t| t.parse().ok())
        .collect();
    // user nice system idle iowait irq softirq steal (guest time is
    // already in user).
    let idle = ticks.get(3).copied().unwrap_or(0) + ticks.get(4).copied().unwrap_or(0);
    (idle, ticks.iter().take(8).sum())
}

/// A thread's time on a CPU and waiting for one (runnable, not running),
/// from its `schedstat` file (Linux; nanoseconds, unlike the clock ticks of
/// `stat`). Zeros where there is none.
#[derive(Clone, Copy, Default)]
struct Sched {
    run: Duration,
    wait: Duration,
}

impl Sched {
    fn read(schedstat: &str) -> Sched {
        let text = std::fs::read_to_string(schedstat).unwrap_or_default();
        let mut fields = text
            .split(' ')
            .map(|f| Duration::from_nanos(f.trim().parse().unwrap_or(0)));
        Sched {
            run: fields.next().unwrap_or_default(),
            wait: fields.next().unwrap_or_default(),
        }
    }

    fn since(self, before: Sched) -> Sched {
        Sched {
            run: self.run.saturating_sub(before.run),
            wait: self.wait.saturating_sub(before.wait),
        }
    }
}

/// [`Sched`] so far of each thread of process `pid`, summed by thread name
/// (the async workers share one name). Threads that have ended are not
/// counted; the portal's all live as long as it does.
fn process_cpu(pid: u32) -> Vec<(String, Sched)> {
    let mut by_name: Vec<(String, Sched)> = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return by_name;
    };
    for task in tasks.flatten() {
        let path = task.path();
        let name = std::fs::read_to_string(path.join("comm")).unwrap_or_default();
        let name = name.trim().to_owned();
        let sched = Sched::read(&path.join("schedstat").to_string_lossy());
        match by_name.iter_mut().find(|(n, _)| *n == name) {
            Some((_, total)) => {
                total.run += sched.run;
                total.wait += sched.wait;
            }
            None => by_name.push((name, sched)),
        }
    }
    by_name.sort_by(|a, b| a.0.cmp(&b.0));
    by_name
}

/// The request kinds measured.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Workload {
    /// HelloRequest: open, no database, no signature: the HTTP + JSON floor.
    Hello,
    /// GetRequest of an account's profile: open (the portal ignores a
    /// Mesh-Authentication header on Get), one SQLite read.
    Get,
    /// SynchronizeRequest of an empty catalog: the authenticated read.
    Sync,
    /// Publish of a new OfflineEscrowEntry by the admin device.
    PublishEscrow,
    /// Publish of a new personal-profile version by the admin device.
    PublishProfile,
}

impl Workload {
    fn name(self) -> &'static str {
        match self {
            Workload::Hello => "Hello (open; HTTP+JSON floor)",
            Workload::Get => "Get profile by Account (open)",
            Workload::Sync => "Synchronize, authenticated read",
            Workload::PublishEscrow => "Publish OfflineEscrowEntry, auth",
            Workload::PublishProfile => "Publish profile version, auth",
        }
    }

    fn authenticated(self) -> bool {
        !matches!(self, Workload::Hello | Workload::Get)
    }
}

/// `count` requests of `workload` for client `client`. Profile versions
/// go to the client's own account, so each account's versions arrive in
/// order; the other workloads all use the first account.
fn prepare(workload: Workload, users: &mut [User], client: usize, count: usize) -> Vec<Prepared> {
    let plain = |request: &Request| Prepared {
        body: serde_json::to_vec(request).unwrap(),
        header: None,
    };
    match workload {
        Workload::Hello => vec![plain(&Request::HelloRequest(HelloRequest {})); count],
        Workload::Get => vec![plain(&get_request(&users[0].account)); count],
        Workload::Sync => (0..count)
            .map(|_| users[0].signed_request(&sync_request()))
            .collect(),
        Workload::PublishEscrow => (0..count)
            .map(|_| users[0].signed_request(&escrow_entry()))
            .collect(),
        Workload::PublishProfile => (0..count).map(|_| users[client].next_profile()).collect(),
    }
}

/// Measures `workload` once at each client count. A short single-client
/// run first sizes the work so each measurement lasts about `run` (16
/// clients are given twice the single client's rate, as the machine has 2
/// cores).
fn measure(
    server: &Server,
    workload: Workload,
    users: &mut [User],
    run: Duration,
) -> Vec<(usize, Load)> {
    let calibration = run_load(server, vec![prepare(workload, users, 0, CALIBRATION)]);
    assert_eq!(
        calibration.failures,
        0,
        "{}: {:?}",
        workload.name(),
        calibration.first_failure
    );
    let rate = calibration.rate();
    CLIENTS
        .iter()
        .map(|&clients| {
            let speedup = if clients == 1 { 1.0 } else { 2.0 };
            let total = (rate * speedup * run.as_secs_f64()) as usize;
            let most = MAX_RATE * run.as_secs() as usize;
            let per_client = (total.min(most) / clients).max(20);
            let batches = (0..clients)
                .map(|c| prepare(workload, users, c, per_client))
                .collect();
            (clients, run_load(server, batches))
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The raw verification rate

/// A signing input and signature exactly as the portal verifies them for
/// a Synchronize request, and the raw public key.
struct VerifySample {
    public: Vec<u8>,
    input: Vec<u8>,
    signature: Vec<u8>,
}

fn verify_sample(user: &User) -> VerifySample {
    let request = user.signed_request(&sync_request());
    let header = request.header.unwrap();
    let (protected, signature) = header.split_once("..").unwrap();
    let input = format!("{protected}.{}", b64u_encode(&request.body)).into_bytes();
    let pair =
        Ed25519KeyPair::from_seed_unchecked(user.device.authentication.seed().expose()).unwrap();
    let sample = VerifySample {
        public: pair.public_key().as_ref().to_vec(),
        input,
        signature: b64u_decode(signature).unwrap(),
    };
    UnparsedPublicKey::new(&ED25519, &sample.public)
        .verify(&sample.input, &sample.signature)
        .expect("the sample verifies");
    sample
}

/// Ed25519 verifications per second (ring) with `threads` threads verifying
/// at once for [`VERIFY_TIME`].
fn verify_rate(sample: &Arc<VerifySample>, threads: usize) -> f64 {
    let start = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let sample = sample.clone();
            let start = start.clone();
            std::thread::spawn(move || {
                let key = UnparsedPublicKey::new(&ED25519, &sample.public);
                start.wait();
                let t = Instant::now();
                let mut count = 0u64;
                while t.elapsed() < VERIFY_TIME {
                    for _ in 0..32 {
                        key.verify(black_box(&sample.input), black_box(&sample.signature))
                            .unwrap();
                    }
                    count += 32;
                }
                count as f64 / t.elapsed().as_secs_f64()
            })
        })
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

// ---------------------------------------------------------------------------
// In-process breakdown of one authenticated read

/// Median time of `op` on inputs made by `setup` outside the clock, over
/// about [`BUDGET`].
fn median_call<S>(mut setup: impl FnMut() -> S, mut op: impl FnMut(S)) -> Duration {
    for _ in 0..20 {
        op(setup());
    }
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < BUDGET || samples.len() < 20 {
        let input = setup();
        let t = Instant::now();
        op(input);
        samples.push(t.elapsed());
    }
    samples.sort();
    samples[samples.len() / 2]
}

fn config(dir: &Path) -> PortalConfig {
    PortalConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        data_dir: dir.join("data"),
        domain: DOMAIN.into(),
        max_body_bytes: 1 << 20,
        open_rate_per_minute: 0,
        connect_expiry: Duration::from_secs(3600),
    }
}

/// What one authenticated read costs in its parts, single-threaded, without
/// HTTP: `(label, median)`; and the rate of `Portal::handle(Synchronize)`
/// without HTTP on 1 and 2 threads at once.
fn breakdown(user: &User, sample: &VerifySample) -> (Vec<(&'static str, Duration)>, [f64; 2]) {
    let key = UnparsedPublicKey::new(&ED25519, &sample.public);
    let verify = median_call(
        || (),
        |()| {
            key.verify(black_box(&sample.input), black_box(&sample.signature))
                .unwrap();
        },
    );

    let verified = profile::verify_personal(&user.signed).unwrap();
    let keys = AccountKeys::new(&verified);
    let request = user.signed_request(&sync_request());
    let header = request.header.clone().unwrap();
    let check = median_call(
        || (),
        |()| {
            black_box(
                auth::check(
                    black_box(&header),
                    &request.body,
                    &user.account,
                    &keys,
                    meshman::time::unix_now(),
                )
                .unwrap(),
            );
        },
    );

    let dir = tempfile::tempdir().unwrap();
    let store = SqliteStore::open(&dir.path().join("nonces.db")).unwrap();
    let kid = user.device.authentication.udf();
    let nonce = median_call(
        || {
            let mut bytes = [0u8; 16];
            meshman::crypto::fill_random(&mut bytes);
            b64u_encode(&bytes)
        },
        |nonce| {
            let now = meshman::time::unix_now();
            assert!(store.check_and_store_nonce(&kid, &nonce, now, now).unwrap());
        },
    );

    let portal = Portal::open(config(dir.path())).unwrap();
    let ip = IpAddr::from([127, 0, 0, 1]);
    // `handle` is async; the calling thread drives it, as a portal worker
    // would.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let handle = |request: Prepared| {
        runtime
            .block_on(portal.handle(ip, request.header.as_deref(), &request.body))
            .response
            .status()
            .status
    };
    assert_eq!(handle(user.create()), 201);
    let sync = median_call(
        || user.signed_request(&sync_request()),
        |request| assert_eq!(handle(request), 200),
    );
    let hello_body = serde_json::to_vec(&Request::HelloRequest(HelloRequest {})).unwrap();
    let hello = median_call(
        || (),
        |()| {
            black_box(runtime.block_on(portal.handle(ip, None, &hello_body)));
        },
    );
    let get_body = serde_json::to_vec(&get_request(&user.account)).unwrap();
    let get = median_call(
        || (),
        |()| {
            black_box(runtime.block_on(portal.handle(ip, None, &get_body)));
        },
    );
    let per_thread = (BUDGET.as_secs_f64() / sync.as_secs_f64()) as usize;
    let rates = [1, 2].map(|threads| {
        let batches: Vec<Vec<Prepared>> = (0..threads)
            .map(|_| {
                (0..per_thread)
                    .map(|_| user.signed_request(&sync_request()))
                    .collect()
            })
            .collect();
        let t = Instant::now();
        std::thread::scope(|scope| {
            for batch in batches {
                scope.spawn(|| {
                    for request in batch {
                        assert_eq!(handle(request), 200);
                    }
                });
            }
        });
        (threads * per_thread) as f64 / t.elapsed().as_secs_f64()
    });
    let parts = vec![
        ("ring Ed25519 verify of the signing input", verify),
        ("auth::check (header parse, kid, verify)", check),
        ("SqliteStore::check_and_store_nonce", nonce),
        ("Portal::handle(Synchronize), whole", sync),
        ("Portal::handle(Get profile)", get),
        ("Portal::handle(Hello)", hello),
    ];
    (parts, rates)
}

// ---------------------------------------------------------------------------
// Report

fn header() {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = common::cpu_model();
    let temp = std::env::temp_dir();
    println!("meshman portal load benchmark");
    println!(
        "machine: {cores} cores, {model}; portal data in {} ({})",
        temp.display(),
        common::file_system(&temp)
    );
    println!("portal: release binary `meshman portal serve` in its own process, 127.0.0.1:0,");
    println!("        --rate-limit 0, log lines to /dev/null; clients: this process, one");
    println!(
        "        keep-alive HTTP/1.1 connection per thread (minimal client), requests prepared before"
    );
    println!("        the clock starts, each header with a fresh nonce.");
    println!(
        "load average at start: {} (other work on the machine skews every figure)",
        common::load_average()
    );
    println!();
}

/// A whole number from the environment variable `name`, or `default`.
fn setting(name: &str, default: u64) -> u64 {
    match std::env::var(name) {
        Ok(s) => s
            .parse()
            .unwrap_or_else(|_| panic!("{name}: a whole number, not {s:?}")),
        Err(_) => default,
    }
}

fn main() {
    header();
    let mut users: Vec<User> = (0..CLIENTS[1]).map(|i| user(&format!("u{i}"))).collect();
    let sample = Arc::new(verify_sample(&users[0]));
    let verify_before = [verify_rate(&sample, 1), verify_rate(&sample, 2)];

    let server = spawn_portal();
    let mut connection = Connection::open(&server.url);
    for user in &users {
        let (status, body) = connection.post(&user.create());
        assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
    }
    let workloads = [
        Workload::Hello,
        Workload::Get,
        Workload::Sync,
        Workload::PublishEscrow,
        Workload::PublishProfile,
    ];
    // MESHMAN_BENCH_ONLY=Sync (a part of a workload's name) runs just those.
    let only = std::env::var("MESHMAN_BENCH_ONLY").unwrap_or_default();
    let run = Duration::from_secs(setting("MESHMAN_BENCH_SECONDS", RUN_SECONDS));
    let rounds = setting("MESHMAN_BENCH_ROUNDS", ROUNDS).max(1);
    let mut rows: Vec<Row> = Vec::new();
    for _ in 0..rounds {
        for &workload in workloads.iter().filter(|w| w.name().contains(&only)) {
            for (clients, load) in measure(&server, workload, &mut users, run) {
                match rows
                    .iter_mut()
                    .find(|r| r.workload == workload && r.clients == clients)
                {
                    Some(row) => row.runs.push(load),
                    None => rows.push(Row {
                        workload,
                        clients,
                        runs: vec![load],
                    }),
                }
            }
        }
    }
    drop(server);

    let verify_after = [verify_rate(&sample, 1), verify_rate(&sample, 2)];
    let verify_1 = verify_before[0].max(verify_after[0]);
    let verify_2 = verify_before[1].max(verify_after[1]);

    println!(
        "Load over loopback HTTP (~{} s per run; each row its median of {rounds} runs,\n  failures counted over all of them)",
        run.as_secs()
    );
    println!(
        "  {:<34} {:>7} {:>9} {:>10} {:>8} {:>8} {:>7} {:>8}  req/s of each run, in order",
        "request", "clients", "requests", "req/s", "p50 ms", "p99 ms", "failed", "/verify"
    );
    for row in &rows {
        let load = row.median();
        let share = if row.workload.authenticated() {
            format!("{:.1}%", 100.0 * load.rate() / verify_2)
        } else {
            "-".into()
        };
        println!(
            "  {:<34} {:>7} {:>9} {:>10.0} {:>8.2} {:>8.2} {:>7} {:>8}  {}",
            row.workload.name(),
            row.clients,
            load.requests,
            load.rate(),
            load.percentile_ms(50),
            load.percentile_ms(99),
            row.runs.iter().map(|l| l.failures).sum::<usize>(),
            share,
            row.runs
                .iter()
                .map(|l| format!("{:.0}", l.rate()))
                .collect::<Vec<_>>()
                .join(" ")
        );
        if let Some(failure) = row.runs.iter().find_map(|l| l.first_failure.as_ref()) {
            let cut: String = failure.chars().take(200).collect();
            println!("      first failure: {cut}");
        }
    }
    println!();

    println!("Ed25519 verification rate, ring, same run (signing input of a Synchronize)");
    println!(
        "  {:<34} {:>10} {:>10} {:>10}",
        "threads", "before", "after", "used"
    );
    for (threads, before, after, used) in [
        (1, verify_before[0], verify_after[0], verify_1),
        (2, verify_before[1], verify_after[1], verify_2),
    ] {
        println!(
            "  {:<34} {:>8.0}/s {:>8.0}/s {:>8.0}/s",
            threads, before, after, used
        );
    }
    println!("  (\"used\" is the higher of before and after: the stricter baseline)");
    println!();

    println!(
        "Target: authenticated requests/s >= {:.0}% of verifications/s",
        TARGET_SHARE * 100.0
    );
    println!("  compared with the 2-thread rate (both cores: the portal may use both),");
    println!("  on the median run; the 1-thread column is for reading, not for the verdict.");
    println!(
        "  {:<34} {:>7} {:>10} {:>10} {:>14} {:>10} {:>8}  verdict",
        "request", "clients", "req/s", "/2 thr", "lowest-highest", "/1 thr", "runs ok"
    );
    for row in rows.iter().filter(|r| r.workload.authenticated()) {
        let rate = row.median().rate();
        let (lowest, highest) = row.range();
        let share = rate / verify_2;
        let reached = row
            .runs
            .iter()
            .filter(|l| l.rate() / verify_2 >= TARGET_SHARE)
            .count();
        let verdict = if share >= TARGET_SHARE { "ok" } else { "UNDER" };
        println!(
            "  {:<34} {:>7} {:>10.0} {:>9.1}% {:>14} {:>9.1}% {:>8}  {verdict}",
            row.workload.name(),
            row.clients,
            rate,
            100.0 * share,
            format!(
                "{:.1}-{:.1}%",
                100.0 * lowest / verify_2,
                100.0 * highest / verify_2
            ),
            100.0 * rate / verify_1,
            format!("{reached} of {}", row.runs.len())
        );
    }
    println!();

    // Work per request, which swings less with the machine's load than
    // rates do. With both cores busy, req/s over the 2-thread verification
    // rate is at most (one verification's time) / (CPU per request), so 25%
    // needs portal and client together at no more than 4 verifications.
    let verify_us = 1e6 / verify_1;
    println!("CPU per request, in microseconds (each thread's schedstat, in the median run)");
    println!("  one Ed25519 verification here: {verify_us:.1} us (1-thread rate)");
    println!(
        "  {:<34} {:>7} {:>8} {:>8} {:>10} {:>6}  portal by thread: running/runnable",
        "request", "clients", "portal", "client", "in verifs", "idle"
    );
    for row in &rows {
        let load = row.median();
        let (portal, client) = load.cpu_per_request_us();
        let threads: Vec<String> = load
            .portal_cpu
            .iter()
            .map(|(name, t)| {
                let us = |d: Duration| d.as_secs_f64() * 1e6 / load.requests as f64;
                (name, us(t.run), us(t.wait))
            })
            // The main thread only accepts connections.
            .filter(|(_, run, _)| *run >= 0.05)
            .map(|(name, run, wait)| format!("{name} {run:.1}/{wait:.1}"))
            .collect();
        println!(
            "  {:<34} {:>7} {:>8.1} {:>8.1} {:>10.2} {:>5.0}%  {}",
            row.workload.name(),
            row.clients,
            portal,
            client,
            (portal + client) / verify_us,
            100.0 * load.idle,
            threads.join(", ")
        );
    }
    println!();

    let (parts, handler_rates) = breakdown(&users[0], &sample);
    println!("One request in parts, in-process, single thread, no HTTP (median per call)");
    for (label, time) in &parts {
        println!("  {:<44} {:>9.1} us", label, time.as_secs_f64() * 1e6);
    }
    for (threads, rate, verify) in [
        (1, handler_rates[0], verify_1),
        (2, handler_rates[1], verify_2),
    ] {
        println!(
            "  {:<44} {:>9.0}/s  ({:.1}% of {threads}-thread verify)",
            format!("Portal::handle(Synchronize), {threads} thread(s)"),
            rate,
            100.0 * rate / verify
        );
    }
    println!();

    let links = profile::check_chain(&users[0].signed).0.len();
    let profile_bytes = serde_json::to_vec(&users[0].signed).unwrap().len();
    println!("Notes");
    println!("  - Get is open in this protocol: the portal ignores a Mesh-Authentication");
    println!("    header on it, so the authenticated read measured is a SynchronizeRequest");
    println!("    of the (empty) credential catalog by the account's device: parse, header");
    println!("    check, one Ed25519 verification, nonce check, one SQLite read.");
    println!("  - Synchronize and Publish OfflineEscrowEntry go to one account from every");
    println!("    client; profile versions go to one account per client (u0..u15), each");
    println!("    client's Updated strictly increasing, so none is refused as stale.");
    println!("  - A profile Publish checks the new version against the stored, verified");
    println!("    one ({links} signatures in its chain here): links equal byte for byte are");
    println!("    not verified again, so a new Updated costs 2 verifications (the new");
    println!("    personal signature and the request); then one SQLite write. Its cost");
    println!("    grows with the profile's size: {profile_bytes} bytes of JSON here, hashed for");
    println!("    the request's signature, parsed, stored three times (account, entry");
    println!("    and log) and hashed into the log's chain.");
    println!("  - An escrow Publish: 1 verification and one SQLite write, which checks");
    println!("    the Identifier in its own transaction.");
    println!("  - Nonces are checked in memory and appended to a log file (no fsync);");
    println!("    requests arriving together share one write.");
    println!("  - Writes run on the store's writer thread; those queued while it commits");
    println!("    share the next fsync'd commit (group commit). One fsync is the floor");
    println!("    of a Publish's latency.");
    println!("  - The write-ahead log is checkpointed by a thread of its own every 250");
    println!("    pages; the writer does it only every 4000 (its stalls are the p99).");
    println!("  - On Linux the async workers run 3 nice levels below the writer and the");
    println!("    checkpoint thread 10 below, so the writer, the one serial stage, gets");
    println!("    a CPU first (\"runnable\" above: time a thread waited for one).");
    println!("  - The load generator (one thread and connection per client) shares");
    println!("    the cores with the portal; the portal's own rate alone would be higher.");
    println!("  - /verify = req/s over the 2-thread verification rate.");
    println!("load average at end: {}", common::load_average());
}
