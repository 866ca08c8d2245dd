//! `meshman password|contact|task|bookmark|ssh|mail|sync|conflicts ...`:
//! the catalogs (reference-10 §5–§6) and their synchronization.

use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::portal::NetworkArgs;

/// Site passwords (the credential catalog).
#[derive(Debug, Subcommand)]
pub enum PasswordCommand {
    /// Store a site's password (read from --password-file, generated, or asked for)
    Add {
        /// The site: a host name or URL (its host is used), or any name
        site: String,
        /// The user name at the site
        #[arg(long, short, default_value = "")]
        username: String,
        /// Read the password from the first line of FILE (`-` for stdin)
        #[arg(long, value_name = "FILE", conflicts_with = "generate")]
        password_file: Option<PathBuf>,
        /// Generate a strong password and print it
        #[arg(long)]
        generate: bool,
        /// Strength of a generated password, in bits
        #[arg(long, default_value_t = 128, value_name = "N", requires = "generate")]
        bits: u32,
        /// A note kept with the password
        #[arg(long)]
        note: Option<String>,
    },
    /// Print a site's password (only the password, for scripts)
    Get {
        /// The site
        site: String,
        /// The user name, when the site has several
        #[arg(long, short)]
        username: Option<String>,
    },
    /// List the stored sites and user names (not the passwords)
    List,
    /// Delete a site's password
    Delete {
        /// The site
        site: String,
        /// The user name, when the site has several
        #[arg(long, short)]
        username: Option<String>,
    },
    /// Print a strong random password (base32 in groups of four)
    Generate {
        /// Strength in bits (the draft's §3.4 work factor is 2^128)
        #[arg(long, default_value_t = 128, value_name = "N")]
        bits: u32,
    },
    /// Merge a Chrome, Firefox or Bitwarden CSV export into the catalog
    Import {
        /// The CSV file
        file: PathBuf,
    },
}

/// People (the contact catalog).
#[derive(Debug, Subcommand)]
pub enum ContactCommand {
    /// Add a contact, or replace the one of the same name
    Add {
        /// The name
        name: String,
        /// A mail address (repeatable)
        #[arg(long)]
        email: Vec<String>,
        /// A telephone number (repeatable)
        #[arg(long)]
        phone: Vec<String>,
        /// A postal address (repeatable)
        #[arg(long)]
        address: Vec<String>,
        /// Their Mesh account, e.g. bob@example.com
        #[arg(long, value_name = "ADDR")]
        mesh: Option<String>,
    },
    /// List contacts
    List,
    /// Show one contact
    Show {
        /// The name
        name: String,
    },
    /// Delete a contact
    Delete {
        /// The name
        name: String,
    },
}

/// To-do items (the task catalog).
#[derive(Debug, Subcommand)]
pub enum TaskCommand {
    /// Add a task
    Add {
        /// What to do
        title: String,
        /// When it is due, e.g. 2026-12-01
        #[arg(long, value_name = "DATE")]
        due: Option<String>,
    },
    /// List open tasks
    List {
        /// Include done tasks
        #[arg(long)]
        all: bool,
    },
    /// Mark a task done
    Done {
        /// The task's title
        title: String,
    },
    /// Delete a task
    Delete {
        /// The task's title
        title: String,
    },
}

/// Web bookmarks (the bookmark catalog).
#[derive(Debug, Subcommand)]
pub enum BookmarkCommand {
    /// Add a bookmark, or replace the one with the same URL
    Add {
        /// The URL
        url: String,
        /// A title
        #[arg(long)]
        title: Option<String>,
        /// A tag (repeatable)
        #[arg(long)]
        tag: Vec<String>,
    },
    /// List bookmarks
    List {
        /// Only those with this tag
        #[arg(long)]
        tag: Option<String>,
    },
    /// Delete a bookmark
    Delete {
        /// The URL
        url: String,
    },
}

/// SSH keys of your devices and known host keys (the ssh catalog).
#[derive(Debug, Subcommand)]
pub enum SshCommand {
    /// Record a device's SSH public key (an OpenSSH .pub file)
    AddKey {
        /// The .pub file (`-` for stdin)
        file: PathBuf,
        /// The Mesh device that holds the private key [default: this device]
        #[arg(long, value_name = "FP")]
        device: Option<String>,
    },
    /// List the recorded SSH public keys
    Keys,
    /// Forget an SSH public key
    RemoveKey {
        /// The key's base64 body, or a unique prefix of it, or its comment
        key: String,
    },
    /// Print an authorized_keys block with the keys of every device of the profile
    AuthorizedKeys,
    /// Known host keys, shared by all your devices
    #[command(subcommand)]
    KnownHosts(KnownHostsCommand),
}

/// Known host keys.
#[derive(Debug, Subcommand)]
pub enum KnownHostsCommand {
    /// Add host keys from a known_hosts file (`-` for stdin), or one HOST TYPE KEY
    Add {
        /// A known_hosts file, or the host name when TYPE and KEY follow
        source: String,
        /// The key type, e.g. ssh-ed25519
        key_type: Option<String>,
        /// The key, base64
        key: Option<String>,
    },
    /// List known host keys
    List,
    /// Print the known host keys in known_hosts format
    Export,
    /// Forget a host's keys
    Delete {
        /// The host
        host: String,
    },
}

/// How a mail connection is secured (reference-10 §9.2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Security {
    /// TLS from the start
    Direct,
    /// STARTTLS
    Upgrade,
    /// No TLS
    None,
}

/// Mail account settings (the mail catalog).
#[derive(Debug, Subcommand)]
pub enum MailCommand {
    /// Add a mail account's settings, or replace those of the same address
    Add {
        /// The mail address
        address: String,
        /// The incoming (IMAP) server
        #[arg(long, value_name = "HOST")]
        server: String,
        /// Its port
        #[arg(long, default_value_t = 993)]
        port: u16,
        /// Its security
        #[arg(long, value_enum, default_value = "direct")]
        security: Security,
        /// The user name [default: the address]
        #[arg(long)]
        username: Option<String>,
        /// The outgoing (submission) server
        #[arg(long, value_name = "HOST")]
        smtp_server: Option<String>,
        /// Its port
        #[arg(long, default_value_t = 465)]
        smtp_port: u16,
        /// Its security
        #[arg(long, value_enum, default_value = "direct")]
        smtp_security: Security,
    },
    /// List mail accounts
    List,
    /// Delete a mail account's settings
    Delete {
        /// The mail address
        address: String,
    },
}

/// `meshman sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Catalogs to synchronize [default: all]
    #[arg(value_name = "CATALOG")]
    pub catalogs: Vec<String>,
    /// The account [default: the default account]
    #[arg(long, value_name = "ADDR")]
    pub account: Option<String>,
    /// How to reach the portal
    #[command(flatten)]
    pub network: NetworkArgs,
}

/// Which side of a conflict to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Keep {
    /// This device's change (it is queued again and sent by the next sync)
    Mine,
    /// The portal's version (this device's change is dropped)
    Theirs,
}

/// A catalog command group (`password`, `contact`, ...) and the profile
/// whose catalogs it works on.
#[derive(Debug, Args)]
pub struct CatalogArgs<C: Subcommand> {
    /// The profile whose catalogs to use [default: the default profile]
    #[arg(long, global = true, value_name = "FINGERPRINT")]
    pub profile: Option<String>,
    #[command(subcommand)]
    pub command: C,
}

/// `meshman conflicts`.
#[derive(Debug, Args)]
pub struct ConflictsArgs {
    /// The profile whose conflicts to show or settle [default: the default
    /// profile]
    #[arg(long, global = true, value_name = "FINGERPRINT")]
    pub profile: Option<String>,
    /// Settle a conflict
    #[command(subcommand)]
    pub command: Option<ConflictsCommand>,
}

/// `meshman conflicts resolve`.
#[derive(Debug, Subcommand)]
pub enum ConflictsCommand {
    /// Settle one conflict, keeping one side
    Resolve {
        /// The conflict's number, as `meshman conflicts` shows it
        id: i64,
        /// Which side to keep
        #[arg(long, value_enum)]
        keep: Keep,
    },
}
