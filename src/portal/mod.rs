//! The Mesh Portal Service (reference-10 §12, PROTOCOL.md §6–§10): the
//! server side of the protocol in [`crate::protocol`], and the storage
//! behind it ([`store`]), kept behind a trait so another database can be
//! added without touching protocol code.

pub mod auth;
pub mod store;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

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
    let _ = (config, on_bound);
    todo!("portal server")
}
