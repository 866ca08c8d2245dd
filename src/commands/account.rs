//! `meshman account ...`: reference-10 §4.1 and §12.6–§12.11.

use std::io::IsTerminal;

use anyhow::{Context as _, Result};
use serde_json::json;

use super::{Context, UserError, connect, unexpected};
use crate::cli::account::AccountCommand;
use crate::cli::portal::NetworkArgs;
use crate::home::{AccountBinding, Home};
use crate::keystore::Access;
use crate::profile::{self, PersonalProfile};
use crate::protocol::{
    CreateRequest, DeleteRequest, GetRequest, Request, Response, StatusRequest, TaggedProfile,
    ValidateRequest,
};

/// Runs an `account` subcommand.
pub fn run(ctx: &Context, cmd: AccountCommand) -> Result<()> {
    match cmd {
        AccountCommand::Validate {
            address,
            reserve,
            network,
        } => validate(ctx, &address, reserve, &network),
        AccountCommand::Create {
            address,
            profile,
            network,
        } => create(ctx, &address, profile.as_deref(), &network),
        AccountCommand::Delete { address, yes } => delete(ctx, address.as_deref(), yes),
        AccountCommand::Status { address } => status(ctx, address.as_deref()),
        AccountCommand::List => list(ctx),
    }
}

fn validate(ctx: &Context, address: &str, reserve: bool, network: &NetworkArgs) -> Result<()> {
    let client = connect(Some(address), network, None)?;
    let request = Request::ValidateRequest(ValidateRequest {
        account: address.to_string(),
        reserve: reserve.then_some(true),
        ..ValidateRequest::default()
    });
    let Response::ValidateResponse(r) = client.call(&request, None).map_err(super::client_error)?
    else {
        return Err(unexpected("ValidateResponse"));
    };
    let valid = r.valid.unwrap_or(false);
    if ctx.out.json {
        ctx.out.json(&json!({
            "account": address,
            "valid": valid,
            "reason": r.reason,
            "minimum": r.minimum,
            "maximum": r.maximum,
            "invalid_characters": r.invalid_characters,
            "reserved": reserve && valid,
        }))?;
    } else if valid {
        ctx.out.data(format!(
            "{address} is available{}",
            if reserve { " (reserved for you)" } else { "" }
        ))?;
    }
    if !valid {
        let reason = r
            .reason
            .unwrap_or_else(|| "the portal gave no reason".into());
        return Err(UserError::new(format!("{address} is not available: {reason}")).into());
    }
    Ok(())
}

fn create(ctx: &Context, address: &str, prefix: Option<&str>, network: &NetworkArgs) -> Result<()> {
    let mut home = ctx.open_existing(Access::Write)?;
    if let Ok(existing) = home.account(Some(address)) {
        return Err(UserError::new(format!(
            "this device already has the account {address} (profile {})",
            existing.profile
        ))
        .into());
    }
    let local = home.find_profile(prefix)?;
    let verified = profile::verify_personal(&local.signed)
        .with_context(|| format!("stored profile {} does not verify", local.fingerprint))?;
    let device_udf = this_device(&home)?;
    if verified.device(&device_udf).is_none() {
        return Err(UserError::new("this device is not a device of the profile").into());
    }
    let keys = home.device_keys()?;
    let client = connect(Some(address), network, None)?;
    let mut public = local.signed.clone();
    public.unauthenticated = None;
    let request = Request::CreateRequest(CreateRequest {
        account: address.to_string(),
        profile: TaggedProfile::SignedPersonalProfile(public),
    });
    client
        .call(&request, Some((address, &keys.authentication)))
        .map_err(super::client_error)
        .with_context(|| format!("cannot create {address}"))?;
    let binding = AccountBinding {
        account: address.to_string(),
        profile: local.fingerprint.clone(),
        portal: network.portal.as_ref().map(|_| client.url().to_string()),
        insecure_http: network.insecure_http,
    };
    home.bind_account(binding)?;
    if ctx.out.json {
        return ctx.out.json(
            &json!({"account": address, "profile": local.fingerprint, "portal": client.url()}),
        );
    }
    ctx.out.info(format!(
        "Created {address} at {} for profile {}",
        client.url(),
        local.fingerprint
    ));
    ctx.out.data(address)
}

/// This device's fingerprint.
pub fn this_device(home: &Home) -> Result<String> {
    Ok(home
        .device_profile()?
        .ok_or_else(|| {
            UserError::new("this device has no device profile")
                .hint("`meshman profile create` makes one")
        })?
        .identifier)
}

fn delete(ctx: &Context, address: Option<&str>, yes: bool) -> Result<()> {
    let mut home = ctx.open_existing(Access::Write)?;
    let binding = home.account(address)?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(UserError::new(format!(
                "refusing to delete {} without confirmation",
                binding.account
            ))
            .hint("pass --yes to delete without asking")
            .into());
        }
        eprint!(
            "Delete the account {} at its portal? Type the address to confirm: ",
            binding.account
        );
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if !answer.trim().eq_ignore_ascii_case(&binding.account) {
            return Err(UserError::new("not confirmed; nothing was deleted").into());
        }
    }
    let keys = home.device_keys()?;
    let client = connect(
        Some(&binding.account),
        &NetworkArgs::default(),
        Some(&binding),
    )?;
    let request = Request::DeleteRequest(DeleteRequest {
        account: binding.account.clone(),
    });
    client
        .call(&request, Some((&binding.account, &keys.authentication)))
        .map_err(super::client_error)
        .with_context(|| format!("cannot delete {}", binding.account))?;
    home.unbind_account(&binding.account)?;
    if ctx.out.json {
        return ctx
            .out
            .json(&json!({"account": binding.account, "deleted": true}));
    }
    ctx.out.info(format!(
        "Deleted {} (the profile is kept on this device)",
        binding.account
    ));
    Ok(())
}

fn status(ctx: &Context, address: Option<&str>) -> Result<()> {
    let home = ctx.open_existing(Access::Read)?;
    let binding = home.account(address)?;
    let client = connect(
        Some(&binding.account),
        &NetworkArgs::default(),
        Some(&binding),
    )?;
    let Response::StatusResponse(portal) = client
        .call(&Request::StatusRequest(StatusRequest {}), None)
        .map_err(super::client_error)?
    else {
        return Err(unexpected("StatusResponse"));
    };
    let get = Request::GetRequest(GetRequest {
        account: Some(binding.account.clone()),
        ..GetRequest::default()
    });
    let published = match client.call(&get, None) {
        Ok(Response::GetResponse(r)) => {
            r.data_items.into_iter().find_map(|item| match item.entry {
                Some(crate::protocol::Entry::SignedPersonalProfile(s)) => Some(s),
                _ => None,
            })
        }
        Ok(_) => return Err(unexpected("GetResponse")),
        Err(crate::client::ClientError::Status { code: 404, .. }) => None,
        Err(e) => return Err(super::client_error(e)),
    };
    let local = home.find_profile(Some(&binding.profile))?;
    let local_updated = local.signed.open_unverified::<PersonalProfile>()?.updated;
    let portal_updated = published
        .as_ref()
        .and_then(|s| s.open_unverified::<PersonalProfile>().ok())
        .map(|p| p.updated);
    let in_sync = portal_updated.as_deref() == Some(local_updated.as_str());
    if ctx.out.json {
        return ctx.out.json(&json!({
            "account": binding.account,
            "profile": binding.profile,
            "portal": client.url(),
            "last_write_time": portal.last_write_time,
            "checkpoint": portal.checkpoint_value,
            "profile_updated_local": local_updated,
            "profile_updated_portal": portal_updated,
            "profile_current": in_sync,
        }));
    }
    ctx.out.data(format!("Account     {}", binding.account))?;
    ctx.out.data(format!("Profile     {}", binding.profile))?;
    ctx.out.data(format!("Portal      {}", client.url()))?;
    ctx.out.data(format!(
        "Last write  {}",
        portal.last_write_time.as_deref().unwrap_or("-")
    ))?;
    ctx.out.data(format!(
        "Checkpoint  {}",
        portal.checkpoint_value.as_deref().unwrap_or("-")
    ))?;
    ctx.out.data(format!(
        "Published   {}",
        match (&portal_updated, in_sync) {
            (_, true) => format!("current (updated {local_updated})"),
            (Some(p), false) => format!("portal has {p}, this device has {local_updated}"),
            (None, _) => "not found at the portal".to_string(),
        }
    ))
}

fn list(ctx: &Context) -> Result<()> {
    let accounts = if ctx.home.exists() {
        ctx.open_home(Access::Read, false)?.config()?.accounts
    } else {
        Vec::new()
    };
    if ctx.out.json {
        return ctx.out.json(&json!(
            accounts
                .iter()
                .map(|a| json!({"account": a.account, "profile": a.profile, "portal": a.portal}))
                .collect::<Vec<_>>()
        ));
    }
    for a in &accounts {
        ctx.out.data(format!(
            "{}  {}{}",
            a.account,
            a.profile,
            a.portal
                .as_deref()
                .map(|p| format!("  {p}"))
                .unwrap_or_default()
        ))?;
    }
    Ok(())
}
