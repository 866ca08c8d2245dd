//! `meshman device ...`: reference-10 §3.2 (device profiles) and §4.3,
//! §11, §12.12–§12.15 (connecting a device; PROTOCOL.md §10).
//!
//! The new device runs `connect` (and `status`); an administration device
//! runs `pending`, `accept`, `reject`, `pin` and `revoke`. The new device
//! remembers its request in `connect/request.json` so `status` works in a
//! later process; one-time PINs stay on the administration device that made
//! them (`profiles/<FP>/connect-pins.json`, encrypted).

use std::time::Duration;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Context, EXIT_USAGE, UserError, client_error, connect, unexpected};
use crate::cli::device::{AdminArgs, DeviceCommand};
use crate::cli::portal::NetworkArgs;
use crate::client::{ClientError, PortalClient};
use crate::connect::{self as conn, ConnectionRequest, ConnectionResult};
use crate::crypto::jwe::Jwe;
use crate::crypto::{EncryptionPublicKey, SigningKey};
use crate::encoding::b64u_decode;
use crate::home::{self, AccountBinding, Home, ProfileKeys};
use crate::keystore::{Access, DEFAULT_KDF, Protection};
use crate::profile::{self, ApplicationProfilePrivate, Signed, VerifiedProfile};
use crate::protocol::{
    ConnectCompleteRequest, ConnectPendingRequest, ConnectStartRequest, ConnectStatusRequest,
    Entry, GetRequest, PendingConnection, PublishRequest, Request, Response, SearchConstraints,
};

/// Exit status: the connection request is still pending.
pub const EXIT_PENDING: u8 = 10;
/// Exit status: the connection request was refused.
pub const EXIT_REFUSED: u8 = 11;
/// Exit status: the connection request expired unanswered.
pub const EXIT_EXPIRED: u8 = 12;

const REQUEST_FILE: &str = "connect/request.json";

/// Runs a `device` subcommand.
pub fn run(ctx: &Context, cmd: DeviceCommand) -> Result<()> {
    match cmd {
        DeviceCommand::Show => show(ctx),
        DeviceCommand::List { profile } => list(ctx, profile.as_deref()),
        DeviceCommand::Connect {
            address,
            description,
            pin,
            uri,
            wait,
            no_wait,
            no_passphrase,
            network,
        } => connect_device(
            ctx,
            ConnectOptions {
                address,
                description,
                pin,
                uri,
                wait: (!no_wait).then(|| Duration::from_secs(wait)),
                no_passphrase,
                network,
            },
        ),
        DeviceCommand::Status { network } => status(ctx, &network),
        DeviceCommand::Pending { accept_pins, admin } => pending(ctx, accept_pins, &admin),
        DeviceCommand::Accept {
            code,
            admin,
            pins,
            target,
        } => accept(ctx, code.as_deref(), admin, pins, &target),
        DeviceCommand::Reject { code, target } => reject(ctx, &code, &target),
        DeviceCommand::Pin {
            expire,
            qr,
            account,
        } => pin(ctx, expire, qr, account.as_deref()),
        DeviceCommand::Revoke {
            fingerprint,
            target,
        } => revoke(ctx, &fingerprint, &target),
    }
}

fn show(ctx: &Context) -> Result<()> {
    let mut home = ctx.open_existing(Access::Read)?;
    let signed = home.device_profile()?.ok_or_else(|| {
        UserError::new("this device has no device profile yet")
            .hint("`meshman profile create` makes one")
    })?;
    let device = profile::verify_device(&signed)?;
    let protection = super::profile::protection_name(home.keystore().protection());
    if ctx.out.json {
        return ctx.out.json(&json!({
            "fingerprint": device.identifier,
            "description": device.description,
            "updated": device.updated,
            "signature_key": device.device_signature_key.udf,
            "authentication_key": device.device_authentication_key.udf,
            "encryption_key": device.device_encryption_key.udf,
            "protection": protection,
        }));
    }
    ctx.out
        .data(format!("Device          {}", device.identifier))?;
    ctx.out.data(format!(
        "Description     {}",
        device.description.as_deref().unwrap_or("(none)")
    ))?;
    ctx.out
        .data(format!("Created         {}", device.updated))?;
    ctx.out.data(format!(
        "Signature       {}",
        device.device_signature_key.udf
    ))?;
    ctx.out.data(format!(
        "Authentication  {}",
        device.device_authentication_key.udf
    ))?;
    ctx.out.data(format!(
        "Encryption      {}",
        device.device_encryption_key.udf
    ))?;
    ctx.out.data(format!(
        "Private keys    {}",
        if protection == "none" {
            "UNENCRYPTED (--no-passphrase)"
        } else {
            "encrypted under the passphrase"
        }
    ))
}

// -- the new device -------------------------------------------------------

/// What the new device remembers about its connection request, so that
/// `device status` works in a later process.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SavedRequest {
    account: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    portal: Option<String>,
    #[serde(default)]
    insecure_http: bool,
    profile: String,
    device: String,
    client_nonce: String,
    service_nonce: String,
    code: String,
    started: String,
    /// `Accepted`, `Refused` or `Expired` once known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    result: Option<String>,
}

impl SavedRequest {
    fn binding(&self) -> AccountBinding {
        AccountBinding {
            account: self.account.clone(),
            profile: self.profile.clone(),
            portal: self.portal.clone(),
            insecure_http: self.insecure_http,
        }
    }

    fn json(&self, status: &str) -> serde_json::Value {
        json!({
            "account": self.account,
            "profile": self.profile,
            "device": self.device,
            "code": self.code,
            "status": status,
        })
    }
}

fn load_request(home: &mut Home) -> Result<Option<SavedRequest>> {
    match home.keystore().read_public(REQUEST_FILE)? {
        Some(bytes) => Ok(Some(
            serde_json::from_slice(&bytes).with_context(|| format!("{REQUEST_FILE} is damaged"))?,
        )),
        None => Ok(None),
    }
}

fn save_request(home: &mut Home, saved: &SavedRequest) -> Result<()> {
    let mut bytes = serde_json::to_vec_pretty(saved)?;
    bytes.push(b'\n');
    Ok(home.keystore().write_public(REQUEST_FILE, &bytes)?)
}

struct ConnectOptions {
    address: Option<String>,
    description: Option<String>,
    pin: Option<String>,
    uri: Option<String>,
    wait: Option<Duration>,
    no_passphrase: bool,
    network: NetworkArgs,
}

/// The portal's answer to ConnectStatus.
enum Answer {
    Pending,
    Expired,
    Result(Signed),
}

fn usage(message: impl Into<String>) -> anyhow::Error {
    UserError::new(message).code(EXIT_USAGE).into()
}

fn connect_device(ctx: &Context, opts: ConnectOptions) -> Result<()> {
    let (address, pin) = match &opts.uri {
        Some(uri) => {
            let (account, pin) = conn::parse_uri(uri).map_err(usage)?;
            if let Some(given) = &opts.address
                && !given.eq_ignore_ascii_case(&account)
            {
                return Err(usage(format!("the URI is for {account}, not {given}")));
            }
            (account, Some(pin))
        }
        None => (
            opts.address
                .clone()
                .expect("clap requires ADDR without --uri"),
            opts.pin
                .as_deref()
                .map(conn::normalize_pin)
                .transpose()
                .map_err(usage)?,
        ),
    };
    let fresh = !ctx.home.join("keystore.json").exists();
    let mut home = ctx.open_home(Access::Write, fresh)?;
    if home.keystore().protection().is_none() {
        let protection = if opts.no_passphrase {
            Protection::None
        } else {
            Protection::Passphrase
        };
        home.keystore().initialize(protection, &DEFAULT_KDF)?;
    }
    let (device_signed, new_device) = home.ensure_device(opts.description.as_deref())?;
    let device_udf = device_signed.identifier.clone();
    if new_device {
        ctx.out
            .info(format!("Created this device's profile {device_udf}"));
    }
    if let Ok(binding) = home.account(Some(&address))
        && let Ok(local) = home.find_profile(Some(&binding.profile))
        && profile::verify_personal(&local.signed).is_ok_and(|v| v.device(&device_udf).is_some())
    {
        return Err(UserError::new(format!(
            "this device is already connected to {address} (profile {})",
            binding.profile
        ))
        .into());
    }
    let keys = home.device_keys()?;
    let client = connect(Some(&address), &opts.network, None)?;

    // The account's profile names the request's ParentUDF.
    let current = fetch_personal(
        &client,
        GetRequest {
            account: Some(address.clone()),
            ..GetRequest::default()
        },
    )?;
    let verified = profile::verify_personal(&current)
        .context("the account's personal profile does not verify")?;
    let fingerprint = verified.fingerprint().to_string();

    let client_nonce = conn::new_nonce();
    let client_nonce_bytes = b64u_decode(&client_nonce)?;
    let request = ConnectionRequest {
        parent_udf: fingerprint.clone(),
        device: device_signed.clone(),
        client_nonce: client_nonce.clone(),
        pin_witness: pin
            .as_deref()
            .map(|p| conn::pin_witness(p, &address, &device_udf, &client_nonce_bytes)),
    };
    let start = Request::ConnectStartRequest(ConnectStartRequest {
        account_id: address.clone(),
        signed_request: Signed::sign(&request, &device_udf, &keys.signature),
    });
    let Response::ConnectStartResponse(started) = client
        .call(&start, None)
        .map_err(client_error)
        .context("cannot post the connection request")?
    else {
        return Err(unexpected("ConnectStartResponse"));
    };
    if started
        .signed_personal_profile
        .as_ref()
        .is_some_and(|p| p.identifier != fingerprint)
    {
        return Err(
            UserError::new("the portal answered with another profile than the account's").into(),
        );
    }
    let service_nonce = started
        .service_nonce
        .ok_or_else(|| UserError::new("the portal gave no ServiceNonce"))?;
    let service_nonce_bytes =
        conn::decode_nonce(&service_nonce, "the portal's ServiceNonce").map_err(UserError::new)?;
    let code = conn::verification_code(
        &fingerprint,
        &service_nonce_bytes,
        &device_udf,
        &client_nonce_bytes,
    );
    let saved = SavedRequest {
        account: address.clone(),
        portal: opts
            .network
            .portal
            .as_ref()
            .map(|_| client.url().to_string()),
        insecure_http: opts.network.insecure_http,
        profile: fingerprint.clone(),
        device: device_udf.clone(),
        client_nonce,
        service_nonce,
        code: code.clone(),
        started: crate::time::now(),
        result: None,
    };
    save_request(&mut home, &saved)?;
    drop(home); // release the keystore lock while waiting

    if !ctx.out.json {
        ctx.out.data(&code)?;
    }
    if !ctx.out.quiet {
        eprintln!();
        eprintln!("  Verification code for {address}:");
        eprintln!();
        eprintln!("      {code}");
        eprintln!();
        eprintln!("  Check that an administration device of {address} shows the same code");
        eprintln!(
            "  (`meshman device pending`), then accept it there (`meshman device accept CODE`)."
        );
        if pin.is_some() {
            eprintln!(
                "  This request carries a one-time PIN: the administration device may accept it directly."
            );
        }
        eprintln!();
    }
    let Some(wait) = opts.wait else {
        if ctx.out.json {
            ctx.out.json(&saved.json("pending"))?;
        } else {
            ctx.out
                .info("Run `meshman device status` to learn the answer.");
        }
        return Ok(());
    };
    let answer = wait_for_answer(ctx, &saved, &client, &keys.authentication, wait)?;
    conclude(ctx, saved, answer, &client)
}

fn ask(client: &PortalClient, saved: &SavedRequest, key: &SigningKey) -> Result<Answer> {
    let request = Request::ConnectStatusRequest(ConnectStatusRequest {
        account_id: saved.account.clone(),
        device_id: saved.device.clone(),
    });
    match client.call(&request, Some((&saved.account, key))) {
        Ok(Response::ConnectStatusResponse(r)) => Ok(match r.result {
            Some(result) => Answer::Result(result),
            None => Answer::Pending,
        }),
        Ok(_) => Err(unexpected("ConnectStatusResponse")),
        Err(ClientError::Status { code, .. }) if code == conn::STATUS_EXPIRED => Ok(Answer::Expired),
        Err(e @ ClientError::Status { code: 404, .. }) => Err(UserError::new(e.to_string())
            .hint("the portal has no request from this device; run `meshman device connect ADDR` again")
            .into()),
        Err(e) => Err(client_error(e)),
    }
}

fn wait_for_answer(
    ctx: &Context,
    saved: &SavedRequest,
    client: &PortalClient,
    key: &SigningKey,
    wait: Duration,
) -> Result<Answer> {
    let deadline = std::time::Instant::now() + wait;
    let spinner = ctx.out.fancy().then(|| {
        let s = indicatif::ProgressBar::new_spinner();
        s.set_message(format!(
            "waiting for an administration device of {} to accept {}",
            saved.account, saved.code
        ));
        s.enable_steady_tick(Duration::from_millis(120));
        s
    });
    let answer = loop {
        let answer = ask(client, saved, key);
        match answer {
            Ok(Answer::Pending) if std::time::Instant::now() < deadline => {
                let left = deadline.saturating_duration_since(std::time::Instant::now());
                std::thread::sleep(left.min(Duration::from_secs(1)));
            }
            other => break other,
        }
    };
    if let Some(s) = spinner {
        s.finish_and_clear();
    }
    answer
}

/// Reports an answer (and, for an acceptance, joins the profile), with
/// the documented exit status.
fn conclude(
    ctx: &Context,
    mut saved: SavedRequest,
    answer: Answer,
    client: &PortalClient,
) -> Result<()> {
    let outcome = match answer {
        Answer::Pending => None,
        Answer::Expired => Some(conn_outcome::EXPIRED),
        Answer::Result(result) => Some(join(ctx, &saved, &result, client)?),
    };
    if let Some(outcome) = outcome {
        saved.result = Some(outcome.to_string());
        let mut home = ctx.open_home(Access::Write, false)?;
        save_request(&mut home, &saved)?;
    }
    report_outcome(ctx, &saved, outcome)
}

mod conn_outcome {
    pub const ACCEPTED: &str = "Accepted";
    pub const REFUSED: &str = "Refused";
    pub const EXPIRED: &str = "Expired";
}

fn report_outcome(ctx: &Context, saved: &SavedRequest, outcome: Option<&str>) -> Result<()> {
    let word = match outcome {
        None => "pending",
        Some(conn_outcome::ACCEPTED) => "accepted",
        Some(conn_outcome::REFUSED) => "refused",
        Some(_) => "expired",
    };
    if ctx.out.json {
        ctx.out.json(&saved.json(word))?;
    }
    match outcome {
        Some(conn_outcome::ACCEPTED) => {
            ctx.out.info(format!(
                "Accepted: this device is now part of profile {} ({}).",
                saved.profile, saved.account
            ));
            Ok(())
        }
        None => Err(UserError::new(format!(
            "the connection request to {} is still pending (code {})",
            saved.account, saved.code
        ))
        .hint("accept it on an administration device, then run `meshman device status` again")
        .code(EXIT_PENDING)
        .into()),
        Some(conn_outcome::REFUSED) => Err(UserError::new(format!(
            "an administration device of {} refused this device's connection request",
            saved.account
        ))
        .code(EXIT_REFUSED)
        .into()),
        Some(_) => Err(UserError::new(format!(
            "the connection request to {} expired unanswered",
            saved.account
        ))
        .hint("run `meshman device connect` again")
        .code(EXIT_EXPIRED)
        .into()),
    }
}

/// Checks a result and, when it accepts this device, fetches and verifies
/// the profile, checks every catalog key opens with this device's key, and
/// stores the profile and the account binding. Returns the outcome.
fn join(
    ctx: &Context,
    saved: &SavedRequest,
    signed_result: &Signed,
    client: &PortalClient,
) -> Result<&'static str> {
    let current = fetch_personal(
        client,
        GetRequest {
            identifier: Some(saved.profile.clone()),
            ..GetRequest::default()
        },
    )?;
    let verified =
        profile::verify_personal(&current).context("the profile at the portal does not verify")?;
    if verified.fingerprint() != saved.profile {
        return Err(UserError::new("the portal returned another profile").into());
    }
    let result: ConnectionResult = profile::open_by_online_key(
        signed_result,
        &verified.master,
        "connection result signed by an online key",
    )
    .context("the connection result does not verify")?;
    if result.parent_udf != saved.profile
        || result.device.identifier != saved.device
        || result.client_nonce.as_deref() != Some(saved.client_nonce.as_str())
    {
        return Err(UserError::new("the connection result answers another request").into());
    }
    match result.result.as_str() {
        conn::ACCEPTED => {}
        conn::REFUSED => return Ok(conn_outcome::REFUSED),
        other => {
            return Err(UserError::new(format!("unknown connection result {other:?}")).into());
        }
    }
    if verified.device(&saved.device).is_none() {
        return Err(UserError::new(format!(
            "the request was accepted, but profile {} does not list this device (was it revoked since?)",
            saved.profile
        ))
        .into());
    }
    let mut home = ctx.open_home(Access::Write, false)?;
    let keys = home.device_keys()?;
    let mut catalogs = 0;
    for (entry, application) in &verified.applications {
        if !entry.decrypt_device_udf.contains(&saved.device) {
            continue;
        }
        let plaintext = application
            .key_envelope
            .decrypt(&keys.encryption)
            .with_context(|| {
                format!(
                    "cannot open the {} catalog key with this device's key",
                    entry.kind
                )
            })?;
        open_application_private(plaintext.expose())
            .with_context(|| format!("the {} catalog key is damaged", entry.kind))?;
        catalogs += 1;
    }
    ctx.out.detail(format!(
        "{catalogs} catalog keys open with this device's key"
    ));
    if let Some(jwe) = &result.online_keys {
        let secret = jwe
            .decrypt(&keys.encryption)
            .context("cannot open the online key sent to this device")?;
        let online = ProfileKeys::from_secret(&secret)?;
        if online.online_key(&verified.master).is_none() {
            return Err(UserError::new(
                "the online key sent to this device is not in the master profile",
            )
            .into());
        }
        home.save_profile_keys(&saved.profile, &online)?;
        ctx.out
            .info("This device is an administration device of the profile.");
    }
    let mut public = current.clone();
    public.unauthenticated = None;
    if let Ok(existing) = home.find_profile(Some(&saved.profile)) {
        public.unauthenticated = existing.signed.unauthenticated;
    }
    home.save_personal(&public)?;
    if home.default_fingerprint()?.is_none() {
        home.set_default(&saved.profile)?;
    }
    home.bind_account(saved.binding())?;
    Ok(conn_outcome::ACCEPTED)
}

fn open_application_private(plaintext: &[u8]) -> Result<ApplicationProfilePrivate> {
    let private: ApplicationProfilePrivate = profile::untag(plaintext)?;
    crate::crypto::EncryptionKey::from_private_jwk(&private.encryption_key)?;
    Ok(private)
}

fn status(ctx: &Context, network: &NetworkArgs) -> Result<()> {
    let mut home = ctx.open_existing(Access::Write)?;
    let mut saved = load_request(&mut home)?.ok_or_else(|| {
        UserError::new("this device has made no connection request")
            .hint("`meshman device connect ADDR` makes one")
    })?;
    if let Some(result) = saved.result.clone() {
        drop(home);
        let outcome = match result.as_str() {
            conn_outcome::ACCEPTED => conn_outcome::ACCEPTED,
            conn_outcome::REFUSED => conn_outcome::REFUSED,
            _ => conn_outcome::EXPIRED,
        };
        return report_outcome(ctx, &saved, Some(outcome));
    }
    let client = connect(Some(&saved.account), network, Some(&saved.binding()))?;
    if network.portal.is_some() {
        saved.portal = Some(client.url().to_string());
        saved.insecure_http |= network.insecure_http;
        save_request(&mut home, &saved)?;
    }
    let keys = home.device_keys()?;
    drop(home);
    let answer = ask(&client, &saved, &keys.authentication)?;
    conclude(ctx, saved, answer, &client)
}

/// The personal profile a Get returns.
fn fetch_personal(client: &PortalClient, get: GetRequest) -> Result<Signed> {
    let Response::GetResponse(r) = client
        .call(&Request::GetRequest(get), None)
        .map_err(client_error)
        .context("cannot fetch the personal profile")?
    else {
        return Err(unexpected("GetResponse"));
    };
    r.data_items
        .into_iter()
        .find_map(|item| match item.entry {
            Some(Entry::SignedPersonalProfile(s)) => Some(s),
            _ => None,
        })
        .ok_or_else(|| UserError::new("the portal has no personal profile for the account").into())
}

// -- the administration device ----------------------------------------------

/// An administration device's session with its account's portal.
struct Admin {
    home: Home,
    binding: AccountBinding,
    client: PortalClient,
    device: String,
    keys: home::DeviceKeys,
}

fn open_admin(ctx: &Context, args: &AdminArgs) -> Result<Admin> {
    let mut home = ctx.open_existing(Access::Write)?;
    let binding = home.account(args.account.as_deref())?;
    let device = super::account::this_device(&home)?;
    let keys = home.device_keys()?;
    let client = connect(Some(&binding.account), &args.network, Some(&binding))?;
    Ok(Admin {
        home,
        binding,
        client,
        device,
        keys,
    })
}

impl Admin {
    /// Posts an authenticated request; a 401 is explained when this device
    /// was revoked.
    fn call(&self, request: &Request) -> Result<Response> {
        self.client
            .call(
                request,
                Some((&self.binding.account, &self.keys.authentication)),
            )
            .map_err(|e| explain_unauthorized(&self.client, &self.binding, &self.device, e))
    }

    /// The account's current profile at the portal, verified.
    fn current(&self) -> Result<(Signed, VerifiedProfile)> {
        let signed = fetch_personal(
            &self.client,
            GetRequest {
                account: Some(self.binding.account.clone()),
                ..GetRequest::default()
            },
        )?;
        let verified = profile::verify_personal(&signed)
            .context("the account's personal profile at the portal does not verify")?;
        if verified.fingerprint() != self.binding.profile {
            return Err(UserError::new(format!(
                "{} is now bound to another profile than {}",
                self.binding.account, self.binding.profile
            ))
            .into());
        }
        Ok((signed, verified))
    }

    /// Publishes a new profile version, then stores it here.
    fn publish(&mut self, signed: &Signed) -> Result<()> {
        self.call(&Request::PublishRequest(PublishRequest {
            entry: Entry::SignedPersonalProfile(signed.clone()),
        }))
        .context("cannot publish the new profile version")?;
        let mut local = signed.clone();
        local.unauthenticated = self
            .home
            .find_profile(Some(&self.binding.profile))
            .ok()
            .and_then(|p| p.signed.unauthenticated);
        self.home.save_personal(&local)?;
        Ok(())
    }
}

/// A 401 for a device the profile no longer lists says so.
fn explain_unauthorized(
    client: &PortalClient,
    binding: &AccountBinding,
    device: &str,
    error: ClientError,
) -> anyhow::Error {
    if let ClientError::Status { code: 401, .. } = &error {
        let get = GetRequest {
            identifier: Some(binding.profile.clone()),
            ..GetRequest::default()
        };
        if let Ok(current) = fetch_personal(client, get)
            && let Ok(verified) = profile::verify_personal(&current)
            && verified.device(device).is_none()
        {
            return UserError::new(format!(
                "this device was revoked from profile {} ({})",
                binding.profile, binding.account
            ))
            .hint(
                "an administration device can connect it again: `meshman device connect ADDR` here",
            )
            .into();
        }
    }
    client_error(error)
}

/// A pending request whose signatures this device checked itself.
struct Listed {
    request: ConnectionRequest,
    device: profile::DeviceProfile,
    code: String,
    received: String,
    age: u64,
}

fn list_pending(admin: &Admin) -> Result<Vec<Listed>> {
    let mut out = Vec::new();
    let mut page_key = None;
    let now = crate::time::unix_now();
    loop {
        let request = Request::ConnectPendingRequest(ConnectPendingRequest {
            account_id: admin.binding.account.clone(),
            search_constraints: Some(SearchConstraints {
                page_key: page_key.clone(),
                ..SearchConstraints::default()
            }),
        });
        let Response::ConnectPendingResponse(r) = admin
            .call(&request)
            .context("cannot list the pending connection requests")?
        else {
            return Err(unexpected("ConnectPendingResponse"));
        };
        for pending in &r.pending {
            match check_pending(pending, &admin.binding.profile, now) {
                Ok(listed) => out.push(listed),
                Err(e) => {
                    eprintln!("warning: skipping a connection request that does not verify: {e}")
                }
            }
        }
        match r.page_key {
            Some(key) if !r.pending.is_empty() => page_key = Some(key),
            _ => break,
        }
    }
    Ok(out)
}

/// Verifies a pending request as the portal should have (the device
/// profile self-signed, the request signed by the same key, for this
/// profile) and computes its verification code.
fn check_pending(pending: &PendingConnection, profile_udf: &str, now: u64) -> Result<Listed> {
    let claimed: ConnectionRequest = pending.signed_request.open_unverified()?;
    let device = profile::verify_device(&claimed.device)?;
    let key = crate::crypto::VerifyingKey::from_public_key(&device.device_signature_key)?;
    let request: ConnectionRequest = pending.signed_request.open(&key)?;
    if request.parent_udf != profile_udf {
        anyhow::bail!("it asks to join profile {}", request.parent_udf);
    }
    let service_nonce =
        conn::decode_nonce(&pending.service_nonce, "ServiceNonce").map_err(anyhow::Error::msg)?;
    let client_nonce =
        conn::decode_nonce(&request.client_nonce, "ClientNonce").map_err(anyhow::Error::msg)?;
    let code = conn::verification_code(
        profile_udf,
        &service_nonce,
        &device.identifier,
        &client_nonce,
    );
    let received = crate::time::parse(&pending.received)
        .map_err(anyhow::Error::msg)?
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Ok(Listed {
        request,
        device,
        code,
        received: pending.received.clone(),
        age: now.saturating_sub(received),
    })
}

/// A one-time PIN kept on the administration device that made it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct StoredPin {
    pin: String,
    account: String,
    expires: u64,
    /// The device it connected, once used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    used_by: Option<String>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PinFile {
    #[serde(default)]
    pins: Vec<StoredPin>,
}

fn pins_path(fingerprint: &str) -> String {
    format!("profiles/{fingerprint}/connect-pins.json")
}

fn load_pins(home: &mut Home, fingerprint: &str) -> Result<PinFile> {
    let rel = pins_path(fingerprint);
    if !home.keystore().exists(&rel) {
        return Ok(PinFile::default());
    }
    let secret = home.keystore().read_secret(&rel)?;
    serde_json::from_slice(secret.expose()).with_context(|| format!("{rel} is damaged"))
}

fn save_pins(home: &mut Home, fingerprint: &str, pins: &PinFile) -> Result<()> {
    let secret = crate::secret::SecretBytes::new(serde_json::to_vec(pins)?);
    Ok(home
        .keystore()
        .write_secret(&pins_path(fingerprint), &secret)?)
}

/// What a request's PIN witness proves against this device's PINs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PinCheck {
    /// No witness.
    None,
    /// A valid, unused, unexpired PIN (its index).
    Valid(usize),
    /// A PIN that was already used.
    Used,
    /// A PIN that has expired.
    Expired,
    /// No PIN of this device matches.
    Unknown,
}

impl PinCheck {
    fn name(self) -> Option<&'static str> {
        match self {
            PinCheck::None => None,
            PinCheck::Valid(_) => Some("valid"),
            PinCheck::Used => Some("used"),
            PinCheck::Expired => Some("expired"),
            PinCheck::Unknown => Some("unknown"),
        }
    }
}

fn check_pin(listed: &Listed, pins: &PinFile, account: &str, now: u64) -> PinCheck {
    let Some(witness) = &listed.request.pin_witness else {
        return PinCheck::None;
    };
    let Ok(nonce) = b64u_decode(&listed.request.client_nonce) else {
        return PinCheck::Unknown;
    };
    let mut found = PinCheck::Unknown;
    for (i, p) in pins.pins.iter().enumerate() {
        if !p.account.eq_ignore_ascii_case(account)
            || !conn::check_pin_witness(witness, &p.pin, account, &listed.device.identifier, &nonce)
        {
            continue;
        }
        if p.used_by.is_some() {
            found = PinCheck::Used;
        } else if p.expires <= now {
            found = PinCheck::Expired;
        } else {
            return PinCheck::Valid(i);
        }
    }
    found
}

/// Accepts one request: publishes the profile with the device added, then
/// posts the signed result.
fn accept_one(admin: &mut Admin, listed: &Listed, make_admin: bool) -> Result<()> {
    let (_, verified) = admin.current()?;
    let fingerprint = admin.binding.profile.clone();
    let profile_keys = admin.home.profile_keys(&fingerprint)?;
    let online = profile_keys.online_key(&verified.master).ok_or_else(|| {
        UserError::new(
            "this device holds no online key of the profile: it is not an administration device",
        )
    })?;
    let mut base = verified.clone();
    let mut online_keys = None;
    if make_admin {
        let master_key = profile_keys.master_signature.as_ref().ok_or_else(|| {
            UserError::new("--admin needs the master key, which is not on this device")
                .hint("accept without --admin, or run this on the device that holds the master key")
        })?;
        // The new administration device gets its own online key, listed in
        // a new master profile version, so it can later be revoked alone.
        let new_online = SigningKey::generate();
        let mut master = base.master.clone();
        master
            .online_signature_keys
            .push(new_online.verifying_key().to_public_key());
        master.updated = home::next_updated(&master.updated);
        base.personal.signed_master_profile = Signed::sign(&master, &master.identifier, master_key);
        base.master = master;
        let target = EncryptionPublicKey::from_public_key(&listed.device.device_encryption_key)?;
        let sealed = ProfileKeys {
            online: vec![new_online],
            ..ProfileKeys::default()
        }
        .to_secret();
        online_keys = Some(Jwe::encrypt(sealed.expose(), &[&target]));
    }
    let signed = match home::add_device(
        &base,
        &listed.request.device,
        make_admin,
        online,
        &admin.keys.encryption,
    ) {
        Ok(s) => s,
        Err(e) => match profile_keys.master_escrow.first() {
            Some(escrow) => {
                home::add_device(&base, &listed.request.device, make_admin, online, escrow)?
            }
            None => return Err(e.into()),
        },
    };
    admin.publish(&signed)?;
    let result = ConnectionResult {
        parent_udf: fingerprint,
        device: listed.request.device.clone(),
        client_nonce: Some(listed.request.client_nonce.clone()),
        result: conn::ACCEPTED.to_string(),
        online_keys,
    };
    complete(admin, &result, online)
}

fn complete(admin: &Admin, result: &ConnectionResult, online: &SigningKey) -> Result<()> {
    let signed = Signed::sign(result, &result.device.identifier, online);
    admin
        .call(&Request::ConnectCompleteRequest(ConnectCompleteRequest {
            account_id: admin.binding.account.clone(),
            result: signed,
        }))
        .context("cannot post the connection result")?;
    Ok(())
}

/// The one request whose code starts with `typed`.
fn match_code<'a>(listed: &'a [Listed], typed: &str) -> Result<&'a Listed> {
    if conn::normalize_code(typed).len() < conn::MIN_CODE_CHARS {
        return Err(UserError::new(format!(
            "type at least {} characters of the verification code",
            conn::MIN_CODE_CHARS
        ))
        .code(EXIT_USAGE)
        .into());
    }
    let matching: Vec<&Listed> = listed
        .iter()
        .filter(|l| conn::code_matches(typed, &l.code))
        .collect();
    match matching.len() {
        0 => Err(UserError::new(format!(
            "no pending connection request has a verification code starting with {typed}"
        ))
        .hint("`meshman device pending` lists them; compare with the code the new device shows")
        .into()),
        1 => Ok(matching[0]),
        n => Err(UserError::new(format!(
            "{typed} matches {n} pending connection requests; nothing was accepted"
        ))
        .hint("type more of the verification code")
        .into()),
    }
}

fn listed_json(l: &Listed, pin: PinCheck, accepted: bool) -> serde_json::Value {
    json!({
        "code": l.code,
        "description": l.device.description,
        "device": l.device.identifier,
        "received": l.received,
        "age_seconds": l.age,
        "pin": pin.name(),
        "accepted": accepted,
    })
}

/// Accepts every request with a valid PIN of this device; marks the PINs
/// used. Returns which were accepted, and the PIN check of each request.
fn accept_pins(admin: &mut Admin, listed: &[Listed]) -> Result<(Vec<bool>, Vec<PinCheck>)> {
    let fingerprint = admin.binding.profile.clone();
    let account = admin.binding.account.clone();
    let mut pins = load_pins(&mut admin.home, &fingerprint)?;
    let now = crate::time::unix_now();
    let mut accepted = vec![false; listed.len()];
    let mut checks = Vec::new();
    for (i, l) in listed.iter().enumerate() {
        let check = check_pin(l, &pins, &account, now);
        checks.push(check);
        match check {
            PinCheck::Valid(index) => {
                // Used before the acceptance is published: a crash cannot
                // leave a PIN usable twice.
                pins.pins[index].used_by = Some(l.device.identifier.clone());
                save_pins(&mut admin.home, &fingerprint, &pins)?;
                accept_one(admin, l, false)?;
                accepted[i] = true;
            }
            PinCheck::Used | PinCheck::Expired | PinCheck::Unknown => {
                eprintln!(
                    "warning: the request of {} carries a PIN that is {}; it was not accepted",
                    l.device.identifier,
                    check.name().unwrap_or("unknown")
                );
            }
            PinCheck::None => {}
        }
    }
    Ok((accepted, checks))
}

fn pending(ctx: &Context, with_pins: bool, args: &AdminArgs) -> Result<()> {
    let mut admin = open_admin(ctx, args)?;
    let listed = list_pending(&admin)?;
    let (accepted, checks) = if with_pins {
        accept_pins(&mut admin, &listed)?
    } else {
        let marks = listed
            .iter()
            .map(|l| {
                if l.request.pin_witness.is_some() {
                    PinCheck::Unknown
                } else {
                    PinCheck::None
                }
            })
            .collect();
        (vec![false; listed.len()], marks)
    };
    if ctx.out.json {
        return ctx.out.json(&json!(
            listed
                .iter()
                .zip(&checks)
                .zip(&accepted)
                .map(|((l, pin), ok)| {
                    let mut v = listed_json(l, *pin, *ok);
                    if !with_pins && pin.name().is_some() {
                        v["pin"] = json!("unchecked");
                    }
                    v
                })
                .collect::<Vec<_>>()
        ));
    }
    if listed.is_empty() {
        ctx.out.info(format!(
            "No connection requests are waiting at {}.",
            admin.binding.account
        ));
    }
    for ((l, pin), ok) in listed.iter().zip(&checks).zip(&accepted) {
        let mark = match (ok, pin) {
            (true, _) => "  [accepted: PIN]".to_string(),
            (false, PinCheck::None) => String::new(),
            (false, p) if !with_pins => {
                let _ = p;
                "  [PIN]".to_string()
            }
            (false, p) => format!("  [PIN {}]", p.name().unwrap_or("")),
        };
        ctx.out.data(format!(
            "{}  {:>6}  {}  {}{}",
            l.code,
            age_text(l.age),
            l.device.identifier,
            l.device
                .description
                .as_deref()
                .unwrap_or("(no description)"),
            mark
        ))?;
    }
    Ok(())
}

fn age_text(secs: u64) -> String {
    match secs {
        s if s < 60 => format!("{s}s"),
        s if s < 3600 => format!("{}m", s / 60),
        s if s < 86400 => format!("{}h", s / 3600),
        s => format!("{}d", s / 86400),
    }
}

fn accept(
    ctx: &Context,
    code: Option<&str>,
    make_admin: bool,
    pins: bool,
    target: &AdminArgs,
) -> Result<()> {
    if let Some(code) = code
        && conn::normalize_code(code).len() < conn::MIN_CODE_CHARS
    {
        return Err(usage(format!(
            "type at least {} characters of the verification code",
            conn::MIN_CODE_CHARS
        )));
    }
    let mut admin = open_admin(ctx, target)?;
    let listed = list_pending(&admin)?;
    let mut done: Vec<&Listed> = Vec::new();
    if let Some(code) = code {
        let chosen = match_code(&listed, code)?;
        accept_one(&mut admin, chosen, make_admin)?;
        done.push(chosen);
    }
    if pins {
        let rest: Vec<Listed> = listed
            .iter()
            .filter(|l| {
                !done
                    .iter()
                    .any(|d| d.device.identifier == l.device.identifier)
            })
            .map(|l| Listed {
                request: l.request.clone(),
                device: l.device.clone(),
                code: l.code.clone(),
                received: l.received.clone(),
                age: l.age,
            })
            .collect();
        let (accepted, _) = accept_pins(&mut admin, &rest)?;
        for (l, ok) in rest.iter().zip(accepted) {
            if ok
                && let Some(orig) = listed
                    .iter()
                    .find(|o| o.device.identifier == l.device.identifier)
            {
                done.push(orig);
            }
        }
        if done.is_empty() {
            return Err(UserError::new(
                "no pending connection request carries a valid one-time PIN of this device",
            )
            .into());
        }
    }
    if ctx.out.json {
        return ctx.out.json(&json!(
            done.iter()
                .map(|l| json!({
                    "code": l.code,
                    "device": l.device.identifier,
                    "description": l.device.description,
                    "admin": make_admin && code.is_some_and(|c| conn::code_matches(c, &l.code)),
                }))
                .collect::<Vec<_>>()
        ));
    }
    for l in &done {
        ctx.out.info(format!(
            "Accepted {} ({}) into {}.",
            l.device.identifier,
            l.device.description.as_deref().unwrap_or("no description"),
            admin.binding.account
        ));
        ctx.out.data(&l.device.identifier)?;
    }
    Ok(())
}

fn reject(ctx: &Context, code: &str, target: &AdminArgs) -> Result<()> {
    if conn::normalize_code(code).len() < conn::MIN_CODE_CHARS {
        return Err(usage(format!(
            "type at least {} characters of the verification code",
            conn::MIN_CODE_CHARS
        )));
    }
    let mut admin = open_admin(ctx, target)?;
    let listed = list_pending(&admin)?;
    let chosen = match_code(&listed, code)?;
    let (_, verified) = admin.current()?;
    let profile_keys = admin.home.profile_keys(&admin.binding.profile)?;
    let online = profile_keys.online_key(&verified.master).ok_or_else(|| {
        UserError::new(
            "this device holds no online key of the profile: it is not an administration device",
        )
    })?;
    let result = ConnectionResult {
        parent_udf: admin.binding.profile.clone(),
        device: chosen.request.device.clone(),
        client_nonce: Some(chosen.request.client_nonce.clone()),
        result: conn::REFUSED.to_string(),
        online_keys: None,
    };
    complete(&admin, &result, online)?;
    if ctx.out.json {
        return ctx.out.json(&json!({
            "code": chosen.code,
            "device": chosen.device.identifier,
            "refused": true,
        }));
    }
    ctx.out.info(format!(
        "Refused {} ({}).",
        chosen.device.identifier,
        chosen
            .device
            .description
            .as_deref()
            .unwrap_or("no description")
    ));
    ctx.out.data(&chosen.device.identifier)
}

fn pin(ctx: &Context, expire: Duration, qr: bool, account: Option<&str>) -> Result<()> {
    let mut home = ctx.open_existing(Access::Write)?;
    let binding = home.account(account)?;
    let local = home.find_profile(Some(&binding.profile))?;
    let verified = profile::verify_personal(&local.signed)
        .with_context(|| format!("stored profile {} does not verify", local.fingerprint))?;
    if home
        .profile_keys(&binding.profile)?
        .online_key(&verified.master)
        .is_none()
    {
        return Err(UserError::new(
            "only an administration device can make connection PINs (it accepts the requests)",
        )
        .into());
    }
    let now = crate::time::unix_now();
    let expires = now.saturating_add(expire.as_secs().max(1));
    let pin = conn::new_pin();
    let mut pins = load_pins(&mut home, &binding.profile)?;
    // Forget PINs that expired more than a day ago.
    pins.pins.retain(|p| p.expires + 86400 > now);
    pins.pins.push(StoredPin {
        pin: conn::normalize_pin(&pin).map_err(anyhow::Error::msg)?,
        account: binding.account.clone(),
        expires,
        used_by: None,
    });
    save_pins(&mut home, &binding.profile, &pins)?;
    let uri = conn::format_uri(&binding.account, &pin);
    let expires_text = crate::time::format(std::time::UNIX_EPOCH + Duration::from_secs(expires));
    if ctx.out.json {
        return ctx.out.json(&json!({
            "pin": pin,
            "uri": uri,
            "account": binding.account,
            "expires": expires_text,
        }));
    }
    ctx.out.data(&pin)?;
    ctx.out.data(&uri)?;
    if qr {
        ctx.out.data(super::qr_text(&uri)?)?;
    }
    ctx.out.info(format!(
        "One-time PIN for {}, valid once until {expires_text}. On the new device:\n  meshman device connect {} --pin {pin}\nthen here: meshman device pending --accept-pins",
        binding.account, binding.account
    ));
    Ok(())
}

fn revoke(ctx: &Context, typed: &str, target: &AdminArgs) -> Result<()> {
    let mut admin = open_admin(ctx, target)?;
    let (_, verified) = admin.current()?;
    let wanted = conn::normalize_code(typed);
    let matching: Vec<&profile::DeviceProfile> = verified
        .devices
        .iter()
        .filter(|d| !wanted.is_empty() && conn::normalize_code(&d.identifier).starts_with(&wanted))
        .collect();
    let device = match matching.as_slice() {
        [one] => (*one).clone(),
        [] => {
            return Err(UserError::new(format!(
                "no device of profile {} matches {typed}",
                admin.binding.profile
            ))
            .hint("`meshman device list` shows the devices")
            .into());
        }
        many => {
            return Err(UserError::new(format!(
                "{typed} matches {} devices; type more of the fingerprint",
                many.len()
            ))
            .into());
        }
    };
    if device.identifier == admin.device {
        return Err(UserError::new("a device cannot revoke itself")
            .hint("revoke it from another administration device of the profile")
            .into());
    }
    let profile_keys = admin.home.profile_keys(&admin.binding.profile)?;
    let online = profile_keys.online_key(&verified.master).ok_or_else(|| {
        UserError::new(
            "this device holds no online key of the profile: it is not an administration device",
        )
    })?;
    let signed = match home::remove_device(
        &verified,
        &device.identifier,
        online,
        &admin.keys.encryption,
    ) {
        Ok(s) => s,
        Err(e) => match profile_keys.master_escrow.first() {
            Some(escrow) => home::remove_device(&verified, &device.identifier, online, escrow)?,
            None => return Err(e.into()),
        },
    };
    admin.publish(&signed)?;
    if ctx.out.json {
        return ctx.out.json(&json!({
            "profile": admin.binding.profile,
            "revoked": device.identifier,
            "devices": verified.devices.len() - 1,
        }));
    }
    ctx.out.info(format!(
        "Revoked {} ({}) from profile {}; every catalog has a new key.",
        device.identifier,
        device.description.as_deref().unwrap_or("no description"),
        admin.binding.profile
    ));
    ctx.out.data(&device.identifier)
}

fn list(ctx: &Context, prefix: Option<&str>) -> Result<()> {
    let home = ctx.open_existing(Access::Read)?;
    let local = home.find_profile(prefix)?;
    let verified = profile::verify_personal(&local.signed)
        .with_context(|| format!("stored profile {} does not verify", local.fingerprint))?;
    let this = home.device_profile()?.map(|d| d.identifier);
    let rows: Vec<_> = verified
        .devices
        .iter()
        .map(|d| {
            (
                d,
                verified.is_admin(&d.identifier),
                this.as_deref() == Some(d.identifier.as_str()),
            )
        })
        .collect();
    if ctx.out.json {
        return ctx.out.json(&json!(
            rows.iter()
                .map(|(d, admin, this)| json!({
                    "fingerprint": d.identifier,
                    "description": d.description,
                    "admin": admin,
                    "this_device": this,
                }))
                .collect::<Vec<_>>()
        ));
    }
    for (d, admin, this) in rows {
        ctx.out.data(format!(
            "{}  {:5}  {:4}  {}",
            d.identifier,
            if admin { "admin" } else { "-" },
            if this { "this" } else { "" },
            d.description.as_deref().unwrap_or("(no description)")
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(code: &str) -> Listed {
        let signature = SigningKey::generate();
        let device = profile::sign_device_profile(
            None,
            &signature,
            &SigningKey::generate(),
            &crate::crypto::EncryptionKey::generate().public_key(),
        );
        Listed {
            request: ConnectionRequest {
                parent_udf: "MPROFILE".into(),
                device: device.clone(),
                client_nonce: conn::new_nonce(),
                pin_witness: None,
            },
            device: profile::verify_device(&device).unwrap(),
            code: code.into(),
            received: crate::time::now(),
            age: 0,
        }
    }

    #[test]
    fn a_code_prefix_must_name_exactly_one_request() {
        let requests = [
            listed("ABCD-EFGH-2222-2222-2222-2222-2222"),
            listed("ABCD-EFGH-3333-3333-3333-3333-3333"),
        ];
        // Both share 8 characters: refused, whichever is meant.
        let err = match_code(&requests, "abcd-efgh").err().unwrap();
        assert!(err.to_string().contains("matches 2"), "{err}");
        let one = match_code(&requests, "ABCDEFGH3").unwrap();
        assert_eq!(one.code, requests[1].code);
        assert!(match_code(&requests, "ZZZZ-ZZZZ").is_err());
        let short = match_code(&requests, "ABCD-EFG").err().unwrap();
        assert_eq!(super::super::exit_code(&short), EXIT_USAGE);
    }
}
