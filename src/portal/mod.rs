//! The Mesh Portal Service (reference-10 §12, PROTOCOL.md §6–§10): the
//! server side of the protocol in [`crate::protocol`], and the storage
//! behind it ([`store`]), kept behind a trait so another database can be
//! added without touching protocol code.
//!
//! [`serve`] runs a portal until SIGINT or SIGTERM (the CLI); [`start`] runs
//! one on a background thread and hands back its address (tests). Both bind
//! before serving, so the address they report is ready to take requests.

pub mod auth;
mod http;
mod priority;
pub mod service;
pub mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;

pub use service::Portal;

/// How a portal runs.
#[derive(Debug, Clone)]
pub struct PortalConfig {
    /// Address to bind (port 0 picks a free one).
    pub listen: SocketAddr,
    /// Folder for the database.
    pub data_dir: PathBuf,
    /// The domain accounts live under (`alice@DOMAIN`).
    pub domain: String,
    /// Largest request body accepted (larger: 413).
    pub max_body_bytes: usize,
    /// Open requests per client address per minute (more: 429).
    pub open_rate_per_minute: u32,
    /// How long a pending device connection lives.
    pub connect_expiry: Duration,
}

/// Runs the portal until SIGINT or SIGTERM. `on_bound` is called once the
/// socket is bound, with the actual address (for `--listen 127.0.0.1:0`).
pub fn serve(config: PortalConfig, on_bound: impl FnOnce(SocketAddr)) -> anyhow::Result<()> {
    let listen = config.listen;
    let portal = Arc::new(Portal::open(config)?);
    let runtime = runtime(None)?;
    runtime.block_on(async move {
        let shutdown = shutdown_signal()?;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .with_context(|| format!("cannot listen on {listen}"))?;
        on_bound(listener.local_addr()?);
        http::serve(listener, portal, shutdown).await
    })
}

/// The runtime the request handlers run on, with `workers` threads (by
/// default one per core), each a little below the store's writer in
/// priority (see [`priority`]).
fn runtime(workers: Option<usize>) -> anyhow::Result<tokio::runtime::Runtime> {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    if let Some(workers) = workers {
        builder.worker_threads(workers);
    }
    builder
        .enable_all()
        .on_thread_start(|| priority::lower_this_thread(priority::HANDLERS))
        .build()
        .context("cannot start the async runtime")
}

/// Watches SIGINT and SIGTERM from now on (so a signal sent as soon as the
/// address is printed is not lost) and resolves when one arrives.
fn shutdown_signal() -> anyhow::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt = signal(SignalKind::interrupt()).context("cannot watch SIGINT")?;
    let mut terminate = signal(SignalKind::terminate()).context("cannot watch SIGTERM")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
        eprintln!("meshman portal: shutting down");
    })
}

/// A portal serving on a background thread, for tests and embedding.
/// Dropping it (or [`RunningPortal::stop`]) shuts it down and waits.
pub struct RunningPortal {
    /// The bound address.
    pub addr: SocketAddr,
    /// `http://ADDR/.well-known/mmm/`.
    pub url: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Binds `config.listen` now and serves on a background thread with its own
/// runtime.
pub fn start(config: PortalConfig) -> anyhow::Result<RunningPortal> {
    let listener = std::net::TcpListener::bind(config.listen)
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let portal = Arc::new(Portal::open(config)?);
    let runtime = runtime(Some(2))?;
    let (shutdown, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("meshman-portal".into())
        .spawn(move || {
            let result = runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                http::serve(listener, portal, async {
                    let _ = stopped.await;
                })
                .await
            });
            if let Err(e) = result {
                eprintln!("meshman portal: {e:#}");
            }
        })
        .context("cannot start the portal thread")?;
    Ok(RunningPortal {
        addr,
        url: format!("http://{addr}/.well-known/mmm/"),
        shutdown: Some(shutdown),
        thread: Some(thread),
    })
}

impl RunningPortal {
    /// Shuts the portal down and waits for it.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for RunningPortal {
    fn drop(&mut self) {
        self.shut_down();
    }
}
