//! `meshman device ...`

use clap::{Args, Subcommand};

use super::portal::NetworkArgs;

/// Exit statuses of `device status` and `device connect` (also listed in
/// `meshman --help` and the README).
pub const CONNECT_EXIT_STATUS: &str = "\
Exit status of `device connect` and `device status`:
  0   accepted: this device is now part of the profile
  10  still pending (no answer yet, or --wait ran out)
  11  refused by an administration device
  12  expired unanswered at the portal
  1   failed (the error says why)    2  usage error";

/// Which account and portal an administration command talks to.
#[derive(Debug, Args, Clone, Default)]
pub struct AdminArgs {
    /// The account [default: the default account of this device]
    #[arg(long, value_name = "ADDR")]
    pub account: Option<String>,
    /// How to reach the portal
    #[command(flatten)]
    pub network: NetworkArgs,
}

/// This device's profile, and connecting devices to a profile.
#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Show this device's profile: fingerprint, description and public keys
    Show,
    /// List the devices of a profile (fingerprint, description, administration device or not)
    List {
        /// The profile's fingerprint or a unique prefix of it [default: the default profile]
        #[arg(long, value_name = "FP")]
        profile: Option<String>,
    },
    /// Ask to join the profile of account ADDR from this (new) device
    ///
    /// Makes this device's profile if it has none, posts a connection request
    /// and shows the verification code. Compare it with the code that
    /// `meshman device pending` shows on an administration device, which then
    /// accepts with `meshman device accept CODE`. With a one-time PIN from
    /// `meshman device pin` (--pin, or the --uri a QR code carries) the
    /// administration device accepts without comparing codes. meshman then
    /// waits for the answer (--wait); with --no-wait, ask later with
    /// `meshman device status`.
    #[command(after_help = CONNECT_EXIT_STATUS)]
    Connect {
        /// The account to join, e.g. alice@example.com
        #[arg(value_name = "ADDR", required_unless_present = "uri")]
        address: Option<String>,
        /// Description of this device, shown on the administration device
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// One-time PIN from `meshman device pin`
        #[arg(long, value_name = "PIN", conflicts_with = "uri")]
        pin: Option<String>,
        /// The mmm:connect:ACCOUNT:PIN URI from `meshman device pin`
        #[arg(long, value_name = "URI")]
        uri: Option<String>,
        /// Seconds to wait for the answer
        #[arg(
            long,
            value_name = "SECONDS",
            default_value_t = 600,
            conflicts_with = "no_wait"
        )]
        wait: u64,
        /// Post the request and return at once (then use `meshman device status`)
        #[arg(long)]
        no_wait: bool,
        /// Store private keys unencrypted on a fresh machine (files are still 0600)
        #[arg(long)]
        no_passphrase: bool,
        /// How to reach the portal
        #[command(flatten)]
        network: NetworkArgs,
    },
    /// Ask the portal once for the answer to this device's connection request
    ///
    /// For scripts and after `device connect --no-wait`. On acceptance this
    /// device fetches and verifies the profile and stores it.
    #[command(after_help = CONNECT_EXIT_STATUS)]
    Status {
        /// How to reach the portal (a new --portal URL is remembered)
        #[command(flatten)]
        network: NetworkArgs,
    },
    /// List connection requests waiting for an administration device
    ///
    /// Shows each request's verification code, device description,
    /// fingerprint and age. Requests carrying a valid one-time PIN are
    /// marked; --accept-pins accepts them.
    Pending {
        /// Accept the requests that carry a valid, unused one-time PIN of this device
        #[arg(long)]
        accept_pins: bool,
        /// Account and portal
        #[command(flatten)]
        admin: AdminArgs,
    },
    /// Accept the connection request whose verification code starts with CODE
    ///
    /// Type at least 8 characters of the code the new device shows (dashes
    /// and case do not matter). Publishes the profile with the device added
    /// (every catalog key wrapped to it), then tells the portal.
    Accept {
        /// The verification code, or at least its first 8 characters
        #[arg(value_name = "CODE", required_unless_present = "pins")]
        code: Option<String>,
        /// Also make the new device an administration device (needs the master key here)
        #[arg(long)]
        admin: bool,
        /// Accept the requests that carry a valid one-time PIN instead of a code
        #[arg(long)]
        pins: bool,
        /// Account and portal
        #[command(flatten)]
        target: AdminArgs,
    },
    /// Refuse the connection request whose verification code starts with CODE
    Reject {
        /// The verification code, or at least its first 8 characters
        #[arg(value_name = "CODE")]
        code: String,
        /// Account and portal
        #[command(flatten)]
        target: AdminArgs,
    },
    /// Make a one-time PIN that lets a new device connect without comparing codes
    ///
    /// The PIN stays on this device (it never goes to the portal); the new
    /// device proves it knows the PIN, and `device pending --accept-pins`
    /// here accepts it. A PIN works once and expires.
    Pin {
        /// How long the PIN stays valid
        #[arg(long, value_name = "DURATION", default_value = "1h", value_parser = humantime::parse_duration)]
        expire: std::time::Duration,
        /// Also draw the mmm:connect: URI as a QR code on the terminal
        #[arg(long)]
        qr: bool,
        /// The account [default: the default account of this device]
        #[arg(long, value_name = "ADDR")]
        account: Option<String>,
    },
    /// Remove a device from the profile and give every catalog a fresh key
    ///
    /// Publishes a profile version without the device; the portal then
    /// refuses its requests. Each catalog's new key is wrapped to the
    /// remaining devices only.
    Revoke {
        /// The device's fingerprint or a unique prefix of it
        #[arg(value_name = "FINGERPRINT")]
        fingerprint: String,
        /// Account and portal
        #[command(flatten)]
        target: AdminArgs,
    },
}
