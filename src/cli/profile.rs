//! `meshman profile ...`

use std::path::PathBuf;

use clap::Subcommand;

/// Create, inspect, export, verify and revoke personal profiles.
#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// Create a master profile, this device's profile and a personal profile
    ///
    /// Prints the new profile's fingerprint (its UDF). The first profile on a
    /// device becomes the default. The keystore passphrase is asked for (or
    /// read from --passphrase-file / MESHMAN_PASSPHRASE); it protects every
    /// private key of this keystore.
    Create {
        /// Description of this device, shown to the user's other devices
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// Store private keys unencrypted (files are still mode 0600)
        #[arg(long)]
        no_passphrase: bool,
    },
    /// List the profiles on this device
    List,
    /// Show a profile: its devices, catalogs and which keys this device holds
    Show {
        /// The profile's fingerprint or a unique prefix of it [default: the default profile]
        fingerprint: Option<String>,
    },
    /// Make a profile the default
    Default {
        /// The profile's fingerprint or a unique prefix of it
        fingerprint: String,
    },
    /// Write a profile to FILE (public by default)
    ///
    /// The public export carries no private key. --private also includes the
    /// master and online private keys, encrypted under the passphrase.
    Export {
        /// Where to write ("-" for stdout)
        file: PathBuf,
        /// The profile [default: the default profile]
        #[arg(long, value_name = "FINGERPRINT")]
        profile: Option<String>,
        /// Include the private keys, encrypted under the passphrase
        #[arg(long)]
        private: bool,
    },
    /// Import a profile (public or private export) or a master revocation
    Import {
        /// The file to read ("-" for stdin)
        file: PathBuf,
    },
    /// Check a profile's whole signature chain and say which link is broken
    ///
    /// Checks master key -> master profile -> online key -> personal profile
    /// -> each device and application profile. Exits 1 if any link fails or
    /// the profile is revoked.
    Verify {
        /// Exported profile to check [default: the default profile]
        file: Option<PathBuf>,
        /// A master revocation to check against the profile
        #[arg(long, value_name = "FILE")]
        revocation: Option<PathBuf>,
    },
    /// Make a recovery record and split its secret into shares (reference-10 §4.2)
    ///
    /// The master (and online) keys are encrypted under a fresh recovery
    /// secret and published to the account's portal (or written to --file);
    /// the secret is split into N shares, any K of which recover the profile
    /// with `meshman recover`. Shares are printed one per line. Keep them
    /// apart: each is useless alone, K together are the master key.
    Escrow {
        /// How many shares recover the profile (K, 2 to 15)
        #[arg(long, short = 'k', value_name = "K")]
        quorum: u8,
        /// How many shares to make (N, K to 15)
        #[arg(long, short = 'n', value_name = "N")]
        shares: u8,
        /// Size of the recovery secret in bits (128 or 256)
        #[arg(long, default_value_t = 128, value_name = "BITS", value_parser = super::secret_bits())]
        bits: u16,
        /// Also draw each share as a QR code, for printing
        #[arg(long)]
        qr: bool,
        /// Remove the master keys from this device once the record is confirmed stored
        #[arg(long)]
        delete_master: bool,
        /// Write the record to FILE instead of publishing it
        #[arg(long, value_name = "FILE")]
        file: Option<PathBuf>,
        /// The account to publish to [default: the profile's account]
        #[arg(long, value_name = "ADDR", conflicts_with = "file")]
        account: Option<String>,
        /// The profile [default: the default profile]
        #[arg(long, value_name = "FINGERPRINT")]
        profile: Option<String>,
    },
    /// Write the signed master revocation ("suicide note") for your executors
    ///
    /// Needs the master key. Nothing is revoked until the note is published or
    /// imported; keep it somewhere safe.
    Revoke {
        /// Where to write the revocation
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// Why the profile is revoked
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        /// The profile [default: the default profile]
        #[arg(long, value_name = "FINGERPRINT")]
        profile: Option<String>,
    },
}
