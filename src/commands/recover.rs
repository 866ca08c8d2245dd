//! `meshman recover` and `meshman profile escrow`: reference-10 §4.2,
//! PROTOCOL.md §8.

use std::path::Path;

use anyhow::{Context as _, Result};
use serde_json::json;

use super::{Context, UserError, client_error, connect, read_input, unexpected, write_output};
use crate::cli::portal::NetworkArgs;
use crate::cli::recover::RecoverArgs;
use crate::client::{ClientError, PortalClient};
use crate::home::{self, AccountBinding, Home, ProfileKeys};
use crate::keystore::{Access, DEFAULT_KDF, Protection};
use crate::profile::{self, Signed, VerifiedProfile, to_tagged_json};
use crate::protocol::{Entry, GetRequest, OfflineEscrowEntry, PublishRequest, Request, Response};
use crate::recovery;
use crate::secret::SecretBytes;
use crate::shamir;

/// Options of `profile escrow`.
pub struct EscrowOptions<'a> {
    /// K.
    pub quorum: u8,
    /// N.
    pub shares: u8,
    /// Secret size.
    pub bits: u16,
    /// Draw QR codes.
    pub qr: bool,
    /// Remove the master keys afterwards.
    pub delete_master: bool,
    /// Write the record here instead of publishing.
    pub file: Option<&'a Path>,
    /// The account to publish to.
    pub account: Option<&'a str>,
    /// The profile.
    pub profile: Option<&'a str>,
}

/// `meshman profile escrow`.
pub fn escrow(ctx: &Context, opts: EscrowOptions<'_>) -> Result<()> {
    // Check the share parameters before any key is touched.
    if !(2..=15).contains(&opts.quorum) || opts.quorum > opts.shares || opts.shares > 15 {
        return Err(UserError::new(format!(
            "cannot make {} shares with a quorum of {}: need 2 <= K <= N <= 15",
            opts.shares, opts.quorum
        ))
        .into());
    }
    let mut home = ctx.open_existing(Access::Write)?;
    let local = home.find_profile(opts.profile)?;
    let verified = profile::verify_personal(&local.signed)?;
    let keys = home.profile_keys(&local.fingerprint)?;
    if keys.master_signature.is_none() {
        return Err(
            UserError::new("this device does not hold the master key of the profile")
                .hint("escrow from the device that created the profile, or recover the keys first")
                .into(),
        );
    }
    let secret = SecretBytes::random(usize::from(opts.bits / 8));
    let shares = shamir::split(secret.expose(), opts.quorum, opts.shares)?;
    let record = recovery::seal(&secret, &verified.personal.signed_master_profile, &keys)?;
    let index = record.identifier.clone();

    let stored_at = match opts.file {
        Some(file) => {
            let mut bytes =
                serde_json::to_vec_pretty(&to_tagged_json("OfflineEscrowEntry", &record))?;
            bytes.push(b'\n');
            write_output(file, &bytes)?;
            // Confirm what is on disk opens, before anything is deleted.
            if opts.delete_master {
                let back = read_record_file(file)?;
                recovery::open(&secret, &back)
                    .context("the record written to the file does not open")?;
            }
            file.display().to_string()
        }
        None => {
            let binding = account_for(&home, opts.account, &local.fingerprint)?;
            let device = home.device_keys()?;
            let client = connect(
                Some(&binding.account),
                &NetworkArgs::default(),
                Some(&binding),
            )?;
            let publish = Request::PublishRequest(PublishRequest {
                entry: Entry::OfflineEscrowEntry(record),
            });
            client
                .call(&publish, Some((&binding.account, &device.authentication)))
                .map_err(client_error)
                .context("cannot publish the recovery record")?;
            // Confirm the portal really has it, and that it opens, before
            // anything is deleted.
            let back = fetch_record(&client, &index)?;
            recovery::open(&secret, &back)
                .context("the record the portal returned does not open")?;
            format!("{} ({})", binding.account, client.url())
        }
    };
    if opts.delete_master {
        let remaining = ProfileKeys {
            online: keys.online,
            ..ProfileKeys::default()
        };
        home.save_profile_keys(&local.fingerprint, &remaining)?;
    }
    let texts: Vec<String> = shares.iter().map(shamir::Share::to_udf).collect();
    if ctx.out.json {
        return ctx.out.json(&json!({
            "profile": local.fingerprint,
            "recovery_index": index,
            "stored_at": stored_at,
            "quorum": opts.quorum,
            "shares": texts,
            "master_deleted": opts.delete_master,
        }));
    }
    ctx.out
        .info(format!("Recovery record {index} stored at {stored_at}."));
    ctx.out.info(format!(
        "{} shares; any {} recover the profile. Keep them apart:",
        opts.shares, opts.quorum
    ));
    for text in &texts {
        ctx.out.data(text)?;
        if opts.qr {
            ctx.out.data(super::qr_text(text)?)?;
        }
    }
    if opts.delete_master {
        ctx.out
            .info("The master keys were removed from this device.");
    }
    Ok(())
}

/// The account to publish to: the one named, else the one bound to the profile.
fn account_for(home: &Home, named: Option<&str>, fingerprint: &str) -> Result<AccountBinding> {
    if let Some(named) = named {
        return Ok(home.account(Some(named))?);
    }
    home.config()?
        .accounts
        .into_iter()
        .find(|a| a.profile == fingerprint)
        .ok_or_else(|| {
            UserError::new("the profile has no portal account to keep the recovery record")
                .hint("create one with `meshman account create ADDR`, or write the record with --file")
                .into()
        })
}

fn fetch_record(client: &PortalClient, index: &str) -> Result<OfflineEscrowEntry> {
    let get = Request::GetRequest(GetRequest {
        identifier: Some(index.to_string()),
        ..GetRequest::default()
    });
    let response =
        match client.call(&get, None) {
            Ok(r) => r,
            Err(ClientError::Status { code: 404, .. }) => {
                return Err(UserError::new(format!("the portal has no recovery record {index}"))
                .hint("check the shares, and that this is the portal the record was published to")
                .into());
            }
            Err(e) => return Err(client_error(e)),
        };
    let Response::GetResponse(r) = response else {
        return Err(unexpected("GetResponse"));
    };
    r.data_items
        .into_iter()
        .find_map(|item| match item.entry {
            Some(Entry::OfflineEscrowEntry(e)) if e.identifier == index => Some(e),
            _ => None,
        })
        .ok_or_else(|| UserError::new(format!("the portal has no recovery record {index}")).into())
}

fn fetch_profile(client: &PortalClient, fingerprint: &str) -> Result<Option<Signed>> {
    let get = Request::GetRequest(GetRequest {
        identifier: Some(fingerprint.to_string()),
        ..GetRequest::default()
    });
    let response = match client.call(&get, None) {
        Ok(r) => r,
        Err(ClientError::Status { code: 404, .. }) => return Ok(None),
        Err(e) => return Err(client_error(e)),
    };
    let Response::GetResponse(r) = response else {
        return Err(unexpected("GetResponse"));
    };
    Ok(r.data_items.into_iter().find_map(|item| match item.entry {
        Some(Entry::SignedPersonalProfile(s)) if s.identifier == fingerprint => Some(s),
        _ => None,
    }))
}

fn read_record_file(file: &Path) -> Result<OfflineEscrowEntry> {
    let bytes = read_input(Some(file))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes)
        .map_err(|e| UserError::new(format!("{} is not JSON: {e}", file.display())))?;
    let inner = value
        .get("OfflineEscrowEntry")
        .ok_or_else(|| UserError::new(format!("{} is not a recovery record", file.display())))?;
    Ok(serde_json::from_value(inner.clone())
        .map_err(|e| UserError::new(format!("{}: invalid recovery record: {e}", file.display())))?)
}

/// `meshman recover`.
pub fn run(ctx: &Context, args: RecoverArgs) -> Result<()> {
    // 1. The shares: every problem is reported before anything is fetched or written.
    let texts: Vec<String> = if args.shares == ["-"] {
        let input = String::from_utf8(read_input(None)?)
            .map_err(|_| UserError::new("stdin is not text"))?;
        input.split_whitespace().map(str::to_string).collect()
    } else {
        args.shares.clone()
    };
    let shares = shamir::parse_shares(&texts).map_err(|e| UserError::new(e.to_string()))?;
    let secret = shamir::combine(&shares).map_err(|e| UserError::new(e.to_string()))?;
    let index = recovery::recovery_index(&secret);
    ctx.out.detail(format!("recovery index {index}"));

    // 2. The record, from the file or the portal.
    let client = match (&args.file, &args.account, &args.network.portal) {
        (Some(_), _, None) => None,
        (_, Some(account), _) => Some(connect(Some(account), &args.network, None)?),
        (_, None, Some(_)) => Some(connect(None, &args.network, None)?),
        (None, None, None) => {
            return Err(UserError::new("where is the recovery record?")
                .hint("pass --account ADDR (or --portal URL) for a published record, or --file RECORD")
                .code(super::EXIT_USAGE)
                .into());
        }
    };
    let record = match (&args.file, &client) {
        (Some(file), _) => read_record_file(file)?,
        (None, Some(client)) => fetch_record(client, &index)?,
        (None, None) => unreachable!("checked above"),
    };
    let (signed_master, master, keys) = recovery::open(&secret, &record)?;
    let fingerprint = master.identifier.clone();
    let online = keys
        .online_key(&master)
        .ok_or_else(|| UserError::new("the record holds no online key of the master profile"))?;

    // 3. The current personal profile, when the portal has it.
    let published = match &client {
        Some(c) => fetch_profile(c, &fingerprint)?,
        None => None,
    };
    let verified: Option<VerifiedProfile> = match &published {
        Some(signed) => {
            let v = profile::verify_personal(signed)
                .context("the portal's personal profile does not verify")?;
            if v.master.identifier != fingerprint {
                return Err(
                    UserError::new("the portal's profile belongs to another master key").into(),
                );
            }
            Some(v)
        }
        None => None,
    };

    // 4. This device joins the profile (as an administration device).
    let fresh = !ctx.home.join("keystore.json").exists();
    let mut home = ctx.open_home(Access::Write, fresh)?;
    if home.keystore().protection().is_none() {
        let protection = if args.no_passphrase {
            Protection::None
        } else {
            Protection::Passphrase
        };
        home.keystore().initialize(protection, &DEFAULT_KDF)?;
    }
    let (device, _) = home.ensure_device(args.description.as_deref())?;
    let escrow_key = keys
        .master_escrow
        .first()
        .ok_or_else(|| UserError::new("the record holds no master escrow key"))?;
    let personal = match &verified {
        Some(v) if v.device(&device.identifier).is_some() => {
            published.clone().expect("verified implies published")
        }
        Some(v) => home::add_device(v, &device, true, online, escrow_key)?,
        None => {
            ctx.out.warn(
                "no personal profile was found at a portal: starting a new one with fresh catalogs",
            );
            home::new_personal_profile(&signed_master, &master, &device, online)?
        }
    };

    // 5. Publish the new version first: if the portal refuses, nothing is written here.
    let mut published_now = false;
    if let (Some(client), Some(account)) = (&client, &args.account)
        && Some(&personal) != published.as_ref()
    {
        let device_keys = home.device_keys()?;
        let publish = Request::PublishRequest(PublishRequest {
            entry: Entry::SignedPersonalProfile(personal.clone()),
        });
        client
            .call(&publish, Some((account, &device_keys.authentication)))
            .map_err(client_error)
            .context("cannot publish the profile with this device added")?;
        published_now = true;
    }
    home.save_profile_keys(&fingerprint, &keys)?;
    let mut personal = personal;
    if let Ok(existing) = home.find_profile(Some(&fingerprint)) {
        personal.unauthenticated = existing.signed.unauthenticated;
    }
    home.save_personal(&personal)?;
    if home.default_fingerprint()?.is_none() {
        home.set_default(&fingerprint)?;
    }
    if let Some(account) = &args.account {
        home.bind_account(AccountBinding {
            account: account.clone(),
            profile: fingerprint.clone(),
            portal: args
                .network
                .portal
                .as_ref()
                .and(client.as_ref())
                .map(|c| c.url().to_string()),
            insecure_http: args.network.insecure_http,
        })?;
    }
    if ctx.out.json {
        return ctx.out.json(&json!({
            "profile": fingerprint,
            "device": device.identifier,
            "account": args.account,
            "published": published_now,
        }));
    }
    ctx.out.info(format!(
        "Recovered profile {fingerprint}; this device is an administration device."
    ));
    ctx.out.data(&fingerprint)
}
