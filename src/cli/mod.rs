//! The command-line definition: clap derive types and help text only. No
//! crypto or network code is reachable from here, so completions and man
//! pages are generated from it cheaply (see `tests/generated.rs`).
//! `src/commands/` mirrors this folder file for file and does the work.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub mod account;
pub mod catalog;
pub mod device;
pub mod portal;
pub mod profile;
pub mod recover;
pub mod shares;
pub mod udf;

/// Exit status and environment, shown at the end of `meshman --help` and in
/// the man page.
pub const AFTER_HELP: &str = "\
Exit status:
  0  success
  1  the operation failed (the error says why; nothing was changed)
  2  usage error (unknown command, bad option or argument)
  3  sync finished but left conflicts to settle or refused forged entries
  10 device connect/status: the connection request is still pending
  11 device connect/status: the connection request was refused
  12 device connect/status: the connection request expired unanswered

Environment:
  MESHMAN_HOME        keystore folder (same as --home)
  MESHMAN_PASSPHRASE  keystore passphrase, for scripts (prefer --passphrase-file)
  NO_COLOR            disables progress bars and spinners";

/// Secret sizes meshman makes: 128 or 256 bits (PROTOCOL.md §3, §8).
fn secret_bits() -> impl clap::builder::TypedValueParser<Value = u16> {
    clap::builder::TypedValueParser::map(
        clap::builder::PossibleValuesParser::new(["128", "256"]),
        |s| s.parse::<u16>().expect("a listed value"),
    )
}

/// meshman: your devices under one cryptographic identity (the Mathematical Mesh).
#[derive(Debug, Parser)]
#[command(name = "meshman", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Options that apply to every command.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Keystore folder [default: the platform data folder, e.g. ~/.local/share/meshman]
    #[arg(long, global = true, env = "MESHMAN_HOME", value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// Print machine-readable JSON on stdout (documented in the README)
    #[arg(long, global = true)]
    pub json: bool,
    /// Print nothing on stderr but errors
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Explain more on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Read the keystore passphrase from the first line of FILE
    #[arg(long, global = true, value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create, inspect, export, verify and revoke personal profiles
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// This device's profile; connect, list and revoke devices
    #[command(subcommand)]
    Device(device::DeviceCommand),
    /// Portal accounts: validate, create, delete, status
    #[command(subcommand)]
    Account(account::AccountCommand),
    /// Rebuild a profile from a quorum of recovery shares
    Recover(recover::RecoverArgs),
    /// Uniform Data Fingerprints: digests, nonces, keyed authenticators
    #[command(subcommand)]
    Udf(udf::UdfCommand),
    /// Split a secret into Shamir shares and combine them again
    #[command(subcommand)]
    Shares(shares::SharesCommand),
    /// Run a portal, or ask one what it speaks
    #[command(subcommand)]
    Portal(portal::PortalCommand),
    /// Site passwords: add, get, list, delete, generate, import browser exports
    Password(catalog::CatalogArgs<catalog::PasswordCommand>),
    /// Contacts: names, addresses, phones, Mesh addresses
    Contact(catalog::CatalogArgs<catalog::ContactCommand>),
    /// Tasks: to-do items with due dates
    Task(catalog::CatalogArgs<catalog::TaskCommand>),
    /// Bookmarks: URLs with titles and tags
    Bookmark(catalog::CatalogArgs<catalog::BookmarkCommand>),
    /// SSH public keys of your devices and known host keys
    Ssh(catalog::CatalogArgs<catalog::SshCommand>),
    /// Mail account settings
    Mail(catalog::CatalogArgs<catalog::MailCommand>),
    /// Synchronize catalogs with the portal both ways (exit 3: conflicts)
    Sync(catalog::SyncArgs),
    /// Show sync conflicts with both sides, or settle one
    Conflicts(catalog::ConflictsArgs),
}
