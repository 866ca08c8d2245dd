//! `meshman account ...`

use clap::Subcommand;

use super::portal::NetworkArgs;

/// Portal accounts (reference-10 §4.1).
#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Ask the portal whether an account name is acceptable and free
    ///
    /// Exits 0 when the name is valid and free, 1 when it is not (the reason
    /// is printed).
    Validate {
        /// The account address, user@domain
        address: String,
        /// Ask the portal to hold the name for a few minutes
        #[arg(long)]
        reserve: bool,
        /// How to reach the portal
        #[command(flatten)]
        network: NetworkArgs,
    },
    /// Create an account at its portal and bind a profile to it
    Create {
        /// The account address, user@domain
        address: String,
        /// The profile to bind [default: the default profile]
        #[arg(long, value_name = "FINGERPRINT")]
        profile: Option<String>,
        /// How to reach the portal
        #[command(flatten)]
        network: NetworkArgs,
    },
    /// Delete an account at its portal (the profile itself is kept)
    Delete {
        /// The account [default: the default account]
        address: Option<String>,
        /// Do not ask for confirmation (needed without a terminal)
        #[arg(long)]
        yes: bool,
    },
    /// Show an account: its portal, the portal's status, and whether the
    /// portal has the current profile
    Status {
        /// The account [default: the default account]
        address: Option<String>,
    },
    /// List the accounts this device knows
    List,
}
