//! `meshman portal ...`

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Subcommand};

/// How to reach a portal; shared by every command that talks to one.
#[derive(Debug, Args, Clone, Default)]
pub struct NetworkArgs {
    /// Portal URL, overriding https://DOMAIN/.well-known/mmm/ (saved per account)
    #[arg(long, value_name = "URL")]
    pub portal: Option<String>,
    /// Allow plain http to a portal that is not on loopback
    #[arg(long)]
    pub insecure_http: bool,
}

/// Run or query a Mesh portal.
#[derive(Debug, Subcommand)]
pub enum PortalCommand {
    /// Run a portal service (all reference-10 §12 transactions plus catalog sync)
    ///
    /// Serves POST /.well-known/mmm/ over plain HTTP; put a TLS-terminating
    /// proxy in front of it on a real server. Data is stored in SQLite under
    /// --data. With --listen 127.0.0.1:0 the bound address is printed on
    /// stdout as `listening on http://ADDR/.well-known/mmm/`. Stops cleanly on
    /// SIGINT or SIGTERM.
    Serve {
        /// Address and port to listen on
        #[arg(long, default_value = "127.0.0.1:8443", value_name = "ADDR")]
        listen: SocketAddr,
        /// Folder for the portal's database
        #[arg(long, value_name = "DIR")]
        data: PathBuf,
        /// The DNS name accounts live under (alice@DOMAIN)
        #[arg(long, value_name = "NAME")]
        domain: String,
        /// Largest request body accepted, in bytes (larger: 413)
        #[arg(long, default_value_t = 1 << 20, value_name = "BYTES")]
        max_body: usize,
        /// Open (unauthenticated) requests allowed per client address per minute (more: 429)
        #[arg(long, default_value_t = 600, value_name = "N")]
        rate_limit: u32,
        /// How long a device connection request waits for an answer
        #[arg(long, default_value = "24h", value_name = "DURATION", value_parser = humantime::parse_duration)]
        connect_expiry: std::time::Duration,
    },
    /// Ask a portal which protocol versions and encodings it speaks
    Hello {
        /// Portal URL or domain [default: the default account's portal]
        target: Option<String>,
        /// How to reach the portal
        #[command(flatten)]
        network: NetworkArgs,
    },
}
