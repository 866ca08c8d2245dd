//! `meshman recover`

use std::path::PathBuf;

use clap::Args;

use super::portal::NetworkArgs;

/// Rebuild a profile from a quorum of recovery shares (reference-10 §4.2.2)
///
/// Combines the shares, fetches the recovery record from the portal (or
/// reads --file), decrypts and verifies it, and restores the master and
/// online keys into this keystore. When the portal has the personal profile,
/// this device is added to it as an administration device and the new
/// version is published. Nothing is written if a share is wrong.
#[derive(Debug, Args)]
pub struct RecoverArgs {
    /// The recovery shares (at least the quorum; "-" reads them from stdin)
    #[arg(long, required = true, num_args = 1.., value_name = "SHARE")]
    pub shares: Vec<String>,
    /// The account whose portal holds the record (and to rebind)
    #[arg(long, value_name = "ADDR", conflicts_with = "file")]
    pub account: Option<String>,
    /// Read the record from FILE (written by `profile escrow --file`) instead of a portal
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Description of this device, if it has no device profile yet
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Store private keys unencrypted on a fresh machine (files are still 0600)
    #[arg(long)]
    pub no_passphrase: bool,
    /// How to reach the portal
    #[command(flatten)]
    pub network: NetworkArgs,
}
