//! `meshman device ...`

use clap::Subcommand;

/// This device's profile.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Show this device's profile: fingerprint, description and public keys
    Show,
}
