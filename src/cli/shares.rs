//! `meshman shares ...`

use clap::Subcommand;

/// Shamir secret sharing.
#[derive(Debug, Subcommand)]
pub enum SharesCommand {
    /// Split a secret into N shares, any K of which rebuild it
    ///
    /// Prints one share per line. Without SECRET a random secret of --bits
    /// is made and printed first (on its own line, prefixed "secret: " in
    /// human output). SECRET is hex or base32; "-" reads it from stdin,
    /// which keeps it out of the process list.
    Split {
        /// The secret (hex or base32), or "-" for stdin [default: random]
        secret: Option<String>,
        /// How many shares rebuild the secret (K, 2 to 15)
        #[arg(long, short = 'k', value_name = "K")]
        quorum: u8,
        /// How many shares to make (N, K to 15)
        #[arg(long, short = 'n', value_name = "N")]
        shares: u8,
        /// Size of a random secret in bits (128 or 256)
        #[arg(long, default_value_t = 128, value_name = "BITS", value_parser = super::secret_bits())]
        bits: u16,
    },
    /// Rebuild a secret from shares; with more than K, a bad share is named
    Combine {
        /// The shares ("-" reads them from stdin, one per line)
        #[arg(required = true, value_name = "SHARE")]
        shares: Vec<String>,
        /// Print the secret as hex instead of base32
        #[arg(long)]
        hex: bool,
    },
}
