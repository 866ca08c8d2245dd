//! The work behind each command of `src/cli/`, file for file. Commands use
//! `anyhow` with context; errors a user can cause carry a [`UserError`] with
//! a hint and an exit status.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use crate::cli::{Cli, Command, GlobalArgs};
use crate::home::Home;
use crate::keystore::{Access, Keystore, KeystoreError, PassphraseSource};
use crate::secret::SecretBytes;

pub mod account;
pub mod catalog;
pub mod device;
pub mod portal;
pub mod profile;
pub mod recover;
pub mod shares;
pub mod sync;
pub mod udf;

/// Exit status: success.
pub const EXIT_OK: u8 = 0;
/// Exit status: the operation failed.
pub const EXIT_FAILURE: u8 = 1;
/// Exit status: usage error.
pub const EXIT_USAGE: u8 = 2;

/// An error the user can act on: the message, an optional hint, and the
/// exit status it maps to.
#[derive(Debug)]
pub struct UserError {
    /// What went wrong.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// The exit status.
    pub code: u8,
}

impl UserError {
    /// A failure (exit 1) with a message.
    pub fn new(message: impl Into<String>) -> Self {
        UserError {
            message: message.into(),
            hint: None,
            code: EXIT_FAILURE,
        }
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the exit status.
    pub fn code(mut self, code: u8) -> Self {
        self.code = code;
        self
    }
}

impl std::fmt::Display for UserError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// Where output goes: data on stdout, everything else on stderr.
#[derive(Debug, Clone)]
pub struct Output {
    /// `--json`.
    pub json: bool,
    /// `--quiet`.
    pub quiet: bool,
    /// `--verbose`.
    pub verbose: bool,
}

impl Output {
    /// A line of data on stdout.
    pub fn data(&self, line: impl std::fmt::Display) -> Result<()> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{line}")?;
        Ok(())
    }

    /// A JSON document on stdout (pretty, one document per command).
    pub fn json(&self, value: &serde_json::Value) -> Result<()> {
        self.data(serde_json::to_string_pretty(value)?)
    }

    /// A message for people on stderr, unless `--quiet`.
    pub fn info(&self, message: impl std::fmt::Display) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }

    /// A warning on stderr (shown even under `--quiet`).
    pub fn warn(&self, message: impl std::fmt::Display) {
        eprintln!("warning: {message}");
    }

    /// Detail on stderr under `--verbose`.
    pub fn detail(&self, message: impl std::fmt::Display) {
        if self.verbose {
            eprintln!("{message}");
        }
    }

    /// True when progress bars and spinners may be drawn.
    pub fn fancy(&self) -> bool {
        !self.quiet
            && !self.json
            && std::io::stderr().is_terminal()
            && std::env::var_os("NO_COLOR").is_none()
    }
}

/// What every command gets: the global options and the output.
pub struct Context {
    /// The keystore folder.
    pub home: PathBuf,
    /// `--passphrase-file`.
    pub passphrase_file: Option<PathBuf>,
    /// Where output goes.
    pub out: Output,
}

impl Context {
    fn new(global: &GlobalArgs) -> Result<Context> {
        let home = match &global.home {
            Some(h) => h.clone(),
            None => Keystore::default_home().ok_or_else(|| {
                UserError::new("cannot find a data folder for the keystore (no home directory)")
                    .hint("pass --home DIR or set MESHMAN_HOME")
            })?,
        };
        Ok(Context {
            home,
            passphrase_file: global.passphrase_file.clone(),
            out: Output {
                json: global.json,
                quiet: global.quiet,
                verbose: global.verbose,
            },
        })
    }

    /// Opens the device's holdings; `confirm` asks twice for a new passphrase.
    pub fn open_home(&self, access: Access, confirm: bool) -> Result<Home> {
        Home::open(&self.home, access, self.passphrase_source(confirm))
            .with_context(|| format!("cannot open the keystore at {}", self.home.display()))
    }

    /// Opens an existing keystore; a missing one is a clear error.
    pub fn open_existing(&self, access: Access) -> Result<Home> {
        let exists = ["keystore.json", "profiles", "device"]
            .iter()
            .any(|f| self.home.join(f).exists());
        if !exists {
            return Err(UserError::new(format!(
                "no keystore at {} (no profile has been created)",
                self.home.display()
            ))
            .hint("create one with `meshman profile create`, or pass --home DIR")
            .into());
        }
        self.open_home(access, false)
    }

    /// The passphrase, from --passphrase-file, MESHMAN_PASSPHRASE, or a prompt.
    pub fn passphrase_source(&self, confirm: bool) -> PassphraseSource {
        let file = self.passphrase_file.clone();
        Box::new(move || read_passphrase(file.as_deref(), confirm, "Keystore passphrase"))
    }
}

/// Reads a passphrase from `file`, `MESHMAN_PASSPHRASE`, or the terminal
/// (asking twice when `confirm`). Never from a command-line argument.
pub fn read_passphrase(
    file: Option<&Path>,
    confirm: bool,
    prompt: &str,
) -> std::result::Result<SecretBytes, KeystoreError> {
    let passphrase = if let Some(file) = file {
        let text = std::fs::read_to_string(file).map_err(|e| {
            KeystoreError::NoPassphrase(format!("cannot read {}: {e}", file.display()))
        })?;
        let line = SecretBytes::from_slice(text.lines().next().unwrap_or("").as_bytes());
        zeroize::Zeroize::zeroize(&mut text.into_bytes());
        line
    } else if let Some(value) = std::env::var_os("MESHMAN_PASSPHRASE") {
        SecretBytes::from_slice(value.as_encoded_bytes())
    } else {
        let first = rpassword::prompt_password(format!("{prompt}: ")).map_err(|_| {
            KeystoreError::NoPassphrase(
                "no terminal to ask on; use --passphrase-file FILE or MESHMAN_PASSPHRASE".into(),
            )
        })?;
        if confirm {
            let again = rpassword::prompt_password(format!("{prompt} (again): "))
                .map_err(|e| KeystoreError::NoPassphrase(e.to_string()))?;
            if again != first {
                return Err(KeystoreError::NoPassphrase(
                    "the two passphrases differ".into(),
                ));
            }
        }
        SecretBytes::new(first.into_bytes())
    };
    if passphrase.is_empty() {
        return Err(KeystoreError::NoPassphrase(
            "the passphrase is empty (use --no-passphrase to store keys unencrypted)".into(),
        ));
    }
    Ok(passphrase)
}

/// Reads a whole file, or stdin for `-` or `None`.
pub fn read_input(file: Option<&Path>) -> Result<Vec<u8>> {
    match file {
        None => read_stdin(),
        Some(p) if p == Path::new("-") => read_stdin(),
        Some(p) => std::fs::read(p).with_context(|| format!("cannot read {}", p.display())),
    }
}

fn read_stdin() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin().lock(), &mut buf)
        .context("cannot read stdin")?;
    Ok(buf)
}

/// Writes `bytes` to a file given by the user (atomically), or stdout for `-`.
pub fn write_output(file: &Path, bytes: &[u8]) -> Result<()> {
    if file == Path::new("-") {
        std::io::stdout().lock().write_all(bytes)?;
        return Ok(());
    }
    crate::keystore::atomic_write(file, bytes)
        .with_context(|| format!("cannot write {}", file.display()))
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<()> {
    let ctx = Context::new(&cli.global)?;
    match cli.command {
        Command::Profile(cmd) => profile::run(&ctx, cmd),
        Command::Device(cmd) => device::run(&ctx, cmd),
        Command::Account(cmd) => account::run(&ctx, cmd),
        Command::Recover(args) => recover::run(&ctx, args),
        Command::Udf(cmd) => udf::run(&ctx, cmd),
        Command::Shares(cmd) => shares::run(&ctx, cmd),
        Command::Portal(cmd) => portal::run(&ctx, cmd),
        Command::Password(args) => catalog::password(&ctx, args.profile.as_deref(), args.command),
        Command::Contact(args) => catalog::contact(&ctx, args.profile.as_deref(), args.command),
        Command::Task(args) => catalog::task(&ctx, args.profile.as_deref(), args.command),
        Command::Bookmark(args) => catalog::bookmark(&ctx, args.profile.as_deref(), args.command),
        Command::Ssh(args) => catalog::ssh(&ctx, args.profile.as_deref(), args.command),
        Command::Mail(args) => catalog::mail(&ctx, args.profile.as_deref(), args.command),
        Command::Sync(args) => sync::run(&ctx, args),
        Command::Conflicts(args) => sync::conflicts(&ctx, args),
    }
}

/// The exit status for an error, and whether it is a quiet broken pipe.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return EXIT_OK;
    }
    err.chain()
        .find_map(|e| e.downcast_ref::<UserError>())
        .map_or(EXIT_FAILURE, |u| u.code)
}

/// True when the error is stdout closing under us (`meshman ... | head`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Prints `error: ...`, its causes, and a hint, on stderr.
pub fn report(err: &anyhow::Error) {
    let mut stderr = std::io::stderr().lock();
    let _ = writeln!(stderr, "error: {err}");
    for cause in err.chain().skip(1) {
        let _ = writeln!(stderr, "  caused by: {cause}");
    }
    let hint = err
        .chain()
        .find_map(|e| e.downcast_ref::<UserError>())
        .and_then(|u| u.hint.clone());
    let hint = hint.or_else(|| default_hint(err));
    if let Some(hint) = hint {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}

fn default_hint(err: &anyhow::Error) -> Option<String> {
    err.chain().find_map(|e| match e.downcast_ref::<KeystoreError>()? {
        KeystoreError::WrongPassphrase => {
            Some("check --passphrase-file or MESHMAN_PASSPHRASE; the passphrase is the one given at `profile create`".into())
        }
        KeystoreError::NoPassphrase(_) => {
            Some("pass --passphrase-file FILE or set MESHMAN_PASSPHRASE".into())
        }
        _ => None,
    })
}

/// A client for the portal of `address`: `--portal` wins, then the URL saved
/// with the account, then `https://<domain>/.well-known/mmm/`.
pub fn connect(
    address: Option<&str>,
    network: &crate::cli::portal::NetworkArgs,
    saved: Option<&crate::home::AccountBinding>,
) -> Result<crate::client::PortalClient> {
    let portal = network
        .portal
        .as_deref()
        .or(saved.and_then(|s| s.portal.as_deref()));
    let insecure = network.insecure_http || saved.is_some_and(|s| s.insecure_http);
    let url = crate::client::portal_url(address, portal).map_err(client_error)?;
    crate::client::PortalClient::new(&url, insecure).map_err(client_error)
}

/// A portal error as a [`UserError`] with a hint that says what to try.
pub fn client_error(e: crate::client::ClientError) -> anyhow::Error {
    use crate::client::ClientError;
    let hint = match &e {
        ClientError::Network { .. } => {
            Some("check the address and that the portal runs, or pass --portal URL")
        }
        ClientError::InsecureHttp(_) => {
            Some("use https, or pass --insecure-http if you accept the risk")
        }
        ClientError::Address(_) => {
            Some("accounts look like alice@example.com; --portal takes a URL")
        }
        ClientError::Status { code: 401, .. } => Some("is this device still part of the profile?"),
        ClientError::Status { code: 429, .. } => {
            Some("the portal limits request rates; wait a minute and retry")
        }
        _ => None,
    };
    let mut user = UserError::new(e.to_string());
    if let Some(h) = hint {
        user = user.hint(h);
    }
    user.into()
}

/// The error for a response of the wrong type.
pub fn unexpected(wanted: &str) -> anyhow::Error {
    UserError::new(format!(
        "the portal answered with something other than a {wanted}"
    ))
    .into()
}

/// `text` drawn as a QR code with Unicode half blocks, for a terminal or a
/// printout (recovery shares, `mmm:connect:` URIs).
pub fn qr_text(text: &str) -> Result<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(text.as_bytes()).context("cannot draw a QR code")?;
    Ok(code
        .render::<Dense1x2>()
        .dark_color(Dense1x2::Light)
        .light_color(Dense1x2::Dark)
        .quiet_zone(true)
        .build())
}
