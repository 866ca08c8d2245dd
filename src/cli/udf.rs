//! `meshman udf ...`

use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};

/// The digest algorithm of a content fingerprint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Alg {
    /// SHA-2-512 (fingerprints start with M)
    Sha2,
    /// SHA-3-512 (fingerprints start with K)
    Sha3,
}

/// Uniform Data Fingerprints.
#[derive(Debug, Subcommand)]
pub enum UdfCommand {
    /// Print the content fingerprint of a file or of stdin
    Digest {
        /// The file ("-" or nothing for stdin)
        file: Option<PathBuf>,
        /// The content type bound into the fingerprint
        #[arg(long, default_value = "application/octet-stream", value_name = "TYPE")]
        content_type: String,
        /// The digest algorithm
        #[arg(long, value_enum, default_value_t = Alg::Sha2)]
        alg: Alg,
        /// Precision in bits, counting the type byte (20 to 440)
        #[arg(long, default_value_t = 140, value_name = "N")]
        bits: usize,
    },
    /// Print a random nonce
    Nonce {
        /// Size in bits, counting the type byte (rounded up to whole bytes)
        #[arg(long, default_value_t = 140, value_name = "N")]
        bits: usize,
    },
    /// Print the keyed authenticator of a file or of stdin under a key
    Authenticator {
        /// The key, as a UDF (for example from `meshman udf nonce`)
        #[arg(long, value_name = "UDF")]
        key: String,
        /// The file ("-" or nothing for stdin)
        file: Option<PathBuf>,
        /// The content type bound into the authenticator
        #[arg(long, default_value = "application/octet-stream", value_name = "TYPE")]
        content_type: String,
        /// Precision in bits, counting the type byte
        #[arg(long, default_value_t = 140, value_name = "N")]
        bits: usize,
    },
}
