//! `meshman profile ...`: reference-10 §3 (profiles), §3.1 (revocation).

use std::path::Path;

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::{Context, UserError, read_input, read_passphrase, write_output};
use crate::cli::profile::ProfileCommand;
use crate::home::{Home, LocalProfile, ProfileKeys};
use crate::keystore::{Access, DEFAULT_KDF, PassphraseSealed, Protection};
use crate::profile::{self, ChainCheck, Signed, to_tagged_json};

const PRIVATE_EXPORT_PURPOSE: &str = "meshman-private-export/v1";

/// A private export: the public profile plus its private keys sealed under
/// a passphrase (Argon2id + AES-256-GCM).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct PrivateExport {
    signed_personal_profile: Signed,
    keys: PassphraseSealed,
}

/// Runs a `profile` subcommand.
pub fn run(ctx: &Context, cmd: ProfileCommand) -> Result<()> {
    match cmd {
        ProfileCommand::Create {
            description,
            no_passphrase,
        } => create(ctx, description.as_deref(), no_passphrase),
        ProfileCommand::List => list(ctx),
        ProfileCommand::Show { fingerprint } => show(ctx, fingerprint.as_deref()),
        ProfileCommand::Default { fingerprint } => set_default(ctx, &fingerprint),
        ProfileCommand::Export {
            file,
            profile,
            private,
        } => export(ctx, &file, profile.as_deref(), private),
        ProfileCommand::Import { file } => import(ctx, &file),
        ProfileCommand::Verify { file, revocation } => {
            verify(ctx, file.as_deref(), revocation.as_deref())
        }
        ProfileCommand::Escrow {
            quorum,
            shares,
            bits,
            qr,
            delete_master,
            file,
            account,
            profile,
        } => super::recover::escrow(
            ctx,
            super::recover::EscrowOptions {
                quorum,
                shares,
                bits,
                qr,
                delete_master,
                file: file.as_deref(),
                account: account.as_deref(),
                profile: profile.as_deref(),
            },
        ),
        ProfileCommand::Revoke {
            output,
            reason,
            profile,
        } => revoke(ctx, &output, reason.as_deref(), profile.as_deref()),
    }
}

fn create(ctx: &Context, description: Option<&str>, no_passphrase: bool) -> Result<()> {
    let mut home = ctx.open_home(Access::Write, true)?;
    let wanted = if no_passphrase {
        Protection::None
    } else {
        Protection::Passphrase
    };
    match home.keystore().protection() {
        None => home.keystore().initialize(wanted, &DEFAULT_KDF)?,
        Some(Protection::Passphrase) if no_passphrase => {
            return Err(UserError::new("this keystore is protected by a passphrase")
                .hint("drop --no-passphrase; the keystore's passphrase protects the new keys too")
                .into());
        }
        Some(existing) => {
            if existing == Protection::None && !no_passphrase {
                ctx.out.warn("this keystore stores private keys unencrypted (it was created with --no-passphrase)");
            }
        }
    }
    if home.keystore().protection() == Some(Protection::None) {
        ctx.out.warn(format!(
            "private keys are stored UNENCRYPTED in {} (--no-passphrase)",
            ctx.home.display()
        ));
    }
    let created = home
        .create_profile(description)
        .context("cannot create the profile")?;
    if ctx.out.json {
        return ctx.out.json(&json!({
            "fingerprint": created.fingerprint,
            "device": created.device,
            "new_device": created.new_device,
            "default": created.is_default,
            "protection": protection_name(home.keystore().protection()),
        }));
    }
    if created.new_device {
        ctx.out
            .info(format!("Created this device's profile {}", created.device));
    }
    ctx.out.info(format!(
        "Created profile {}{}",
        created.fingerprint,
        if created.is_default { " (default)" } else { "" }
    ));
    if !created.is_default {
        ctx.out.info(format!(
            "hint: make it the default with `meshman profile default {}`",
            profile::short(&created.fingerprint)
        ));
    }
    ctx.out.data(&created.fingerprint)
}

/// How the keystore protects private keys, as `--json` reports it.
pub(super) fn protection_name(p: Option<Protection>) -> &'static str {
    match p {
        Some(Protection::Passphrase) => "passphrase",
        Some(Protection::None) => "none",
        None => "uninitialized",
    }
}

fn list(ctx: &Context) -> Result<()> {
    // An empty list, not an error, on a device with no keystore yet: scripts
    // can ask "any profiles?" without special-casing a fresh machine.
    let profiles = if ctx.home.exists() {
        ctx.open_home(Access::Read, false)?.profiles()?
    } else {
        Vec::new()
    };
    if ctx.out.json {
        let items: Vec<_> = profiles.iter().map(profile_summary_json).collect();
        return ctx.out.json(&json!(items));
    }
    if profiles.is_empty() {
        ctx.out
            .info("No profiles. Create one with `meshman profile create`.");
    }
    for p in &profiles {
        let mut flags = Vec::new();
        if p.is_default {
            flags.push("default");
        }
        if p.has_master_key {
            flags.push("master key");
        }
        if p.has_online_key {
            flags.push("admin");
        }
        if p.revocation.is_some() {
            flags.push("REVOKED");
        }
        let devices = devices_of(p).len();
        ctx.out.data(format!(
            "{}  {} device{}  {}",
            p.fingerprint,
            devices,
            if devices == 1 { "" } else { "s" },
            flags.join(", ")
        ))?;
    }
    Ok(())
}

fn devices_of(p: &LocalProfile) -> Vec<Signed> {
    p.signed
        .open_unverified::<profile::PersonalProfile>()
        .map(|pp| pp.devices)
        .unwrap_or_default()
}

fn profile_summary_json(p: &LocalProfile) -> serde_json::Value {
    json!({
        "fingerprint": p.fingerprint,
        "default": p.is_default,
        "master_key": p.has_master_key,
        "admin": p.has_online_key,
        "revoked": p.revocation.is_some(),
        "devices": devices_of(p).len(),
    })
}

fn show(ctx: &Context, prefix: Option<&str>) -> Result<()> {
    let home = ctx.open_existing(Access::Read)?;
    let p = home.find_profile(prefix)?;
    let verified = profile::verify_personal(&p.signed)
        .with_context(|| format!("stored profile {} does not verify", p.fingerprint))?;
    let this_device = home.device_profile()?.map(|d| d.identifier);
    let devices: Vec<_> = verified
        .devices
        .iter()
        .map(|d| {
            json!({
                "fingerprint": d.identifier,
                "description": d.description,
                "this_device": Some(&d.identifier) == this_device.as_ref(),
            })
        })
        .collect();
    let catalogs: Vec<_> = verified
        .applications
        .iter()
        .map(|(e, a)| json!({"catalog": e.kind, "identifier": a.identifier, "devices": e.decrypt_device_udf.len()}))
        .collect();
    if ctx.out.json {
        let mut v = profile_summary_json(&p);
        v["updated"] = json!(verified.personal.updated);
        v["devices"] = json!(devices);
        v["catalogs"] = json!(catalogs);
        return ctx.out.json(&v);
    }
    let yes = |b: bool| if b { "yes" } else { "no" };
    ctx.out.data(format!("Profile     {}", p.fingerprint))?;
    ctx.out.data(format!("Default     {}", yes(p.is_default)))?;
    ctx.out
        .data(format!("Updated     {}", verified.personal.updated))?;
    ctx.out.data(format!(
        "Master key  {}",
        if p.has_master_key {
            "held on this device"
        } else {
            "not on this device"
        }
    ))?;
    ctx.out
        .data(format!("Admin       {}", yes(p.has_online_key)))?;
    if p.revocation.is_some() {
        ctx.out.data("Status      REVOKED")?;
    }
    ctx.out.data("Devices")?;
    for d in &verified.devices {
        let me = Some(&d.identifier) == this_device.as_ref();
        ctx.out.data(format!(
            "  {}  {}{}",
            d.identifier,
            d.description.as_deref().unwrap_or("(no description)"),
            if me { "  [this device]" } else { "" }
        ))?;
    }
    ctx.out.data("Catalogs")?;
    for (e, a) in &verified.applications {
        ctx.out
            .data(format!("  {:<10}  {}", e.kind, a.identifier))?;
    }
    Ok(())
}

fn set_default(ctx: &Context, prefix: &str) -> Result<()> {
    let home = ctx.open_existing(Access::Write)?;
    let p = home.find_profile(Some(prefix))?;
    home.set_default(&p.fingerprint)?;
    if ctx.out.json {
        return ctx
            .out
            .json(&json!({"fingerprint": p.fingerprint, "default": true}));
    }
    ctx.out
        .info(format!("{} is now the default profile", p.fingerprint));
    Ok(())
}

fn export(ctx: &Context, file: &Path, prefix: Option<&str>, private: bool) -> Result<()> {
    let mut home = ctx.open_existing(Access::Read)?;
    let p = home.find_profile(prefix)?;
    let mut public = p.signed.clone();
    // Local advice (the default mark) is this device's business.
    public.unauthenticated = None;
    let document = if private {
        let keys = home.profile_keys(&p.fingerprint)?;
        if keys.master_signature.is_none() && keys.online.is_empty() {
            return Err(UserError::new("this device holds no private key of the profile").into());
        }
        let passphrase =
            read_passphrase(ctx.passphrase_file.as_deref(), true, "Export passphrase")?;
        let sealed = PassphraseSealed::seal(
            &passphrase,
            PRIVATE_EXPORT_PURPOSE,
            keys.to_secret().expose(),
        )?;
        to_tagged_json(
            "MeshmanPrivateExport",
            &PrivateExport {
                signed_personal_profile: public,
                keys: sealed,
            },
        )
    } else {
        to_tagged_json("SignedPersonalProfile", &public)
    };
    let mut bytes = serde_json::to_vec_pretty(&document)?;
    bytes.push(b'\n');
    write_output(file, &bytes)?;
    if file != Path::new("-") {
        if ctx.out.json {
            return ctx
                .out
                .json(&json!({"fingerprint": p.fingerprint, "file": file, "private": private}));
        }
        ctx.out.info(format!(
            "Wrote the {} profile {} to {}",
            if private {
                "private (encrypted)"
            } else {
                "public"
            },
            p.fingerprint,
            file.display()
        ));
    }
    Ok(())
}

/// What a profile file holds.
enum Document {
    Public(Signed),
    Private(PrivateExport),
    Revocation(Signed),
}

fn parse_document(bytes: &[u8], origin: &str) -> Result<Document> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| UserError::new(format!("{origin} is not JSON: {e}")))?;
    let (tag, inner) = value
        .as_object()
        .filter(|m| m.len() == 1)
        .and_then(|m| m.iter().next())
        .ok_or_else(|| UserError::new(format!("{origin} is not a tagged Mesh object")))?;
    let bad = |e: serde_json::Error| UserError::new(format!("{origin}: invalid {tag}: {e}"));
    Ok(match tag.as_str() {
        "SignedPersonalProfile" => {
            Document::Public(serde_json::from_value(inner.clone()).map_err(bad)?)
        }
        "MeshmanPrivateExport" => {
            Document::Private(serde_json::from_value(inner.clone()).map_err(bad)?)
        }
        "MasterRevocation" => {
            Document::Revocation(serde_json::from_value(inner.clone()).map_err(bad)?)
        }
        other => {
            return Err(UserError::new(format!(
                "{origin} holds a {other}, not a profile or revocation"
            ))
            .into());
        }
    })
}

fn import(ctx: &Context, file: &Path) -> Result<()> {
    let bytes = read_input(Some(file))?;
    let origin = file.display().to_string();
    let document = parse_document(&bytes, &origin)?;
    let mut home = ctx.open_home(Access::Write, false)?;
    let (fingerprint, what) = match document {
        Document::Public(signed) => {
            let verified = profile::verify_personal(&signed)
                .with_context(|| format!("{origin} does not verify; nothing was imported"))?;
            store_newer(&home, signed, verified.personal.updated.as_str())?;
            (verified.master.identifier, "public profile")
        }
        Document::Private(export) => {
            let verified = profile::verify_personal(&export.signed_personal_profile)
                .with_context(|| format!("{origin} does not verify; nothing was imported"))?;
            let passphrase =
                read_passphrase(ctx.passphrase_file.as_deref(), false, "Export passphrase")?;
            let secret = export.keys.open(&passphrase, PRIVATE_EXPORT_PURPOSE)?;
            let keys = ProfileKeys::from_secret(&secret)?;
            if keys.master_signature.is_some() {
                crate::home::check_master_keys(&verified.master, &keys).map_err(UserError::new)?;
            }
            if home.keystore().protection().is_none() {
                home.keystore()
                    .initialize(Protection::Passphrase, &DEFAULT_KDF)?;
            }
            let fingerprint = verified.master.identifier.clone();
            home.save_profile_keys(&fingerprint, &keys)?;
            store_newer(
                &home,
                export.signed_personal_profile,
                verified.personal.updated.as_str(),
            )?;
            (fingerprint, "private profile")
        }
        Document::Revocation(signed) => {
            let p = home.find_profile(Some(&signed.identifier)).map_err(|_| {
                UserError::new(format!(
                    "{origin} revokes {}, a profile this device does not know",
                    signed.identifier
                ))
                .hint("import the profile first")
            })?;
            let verified = profile::verify_personal(&p.signed)?;
            profile::verify_revocation(&signed, &verified.master).with_context(|| {
                format!("{origin} is not a valid revocation; nothing was imported")
            })?;
            home.save_revocation(&p.fingerprint, &signed)?;
            (p.fingerprint, "master revocation")
        }
    };
    if home.default_fingerprint()?.is_none() {
        home.set_default(&fingerprint)?;
    }
    if ctx.out.json {
        return ctx
            .out
            .json(&json!({"fingerprint": fingerprint, "imported": what}));
    }
    ctx.out
        .info(format!("Imported the {what} of {fingerprint}"));
    Ok(())
}

/// Stores an imported personal profile unless the stored one is newer.
fn store_newer(home: &Home, signed: Signed, updated: &str) -> Result<()> {
    if let Ok(existing) = home.find_profile(Some(&signed.identifier)) {
        let old: profile::PersonalProfile = existing.signed.open_unverified()?;
        let newer = crate::time::parse(updated).map_err(UserError::new)?
            >= crate::time::parse(&old.updated).map_err(UserError::new)?;
        if !newer {
            return Err(UserError::new(format!(
                "the stored profile is newer ({}) than the one imported ({updated}); nothing was imported",
                old.updated
            ))
            .into());
        }
        let mut signed = signed;
        signed.unauthenticated = existing.signed.unauthenticated;
        return Ok(home.save_personal(&signed)?);
    }
    Ok(home.save_personal(&signed)?)
}

fn verify(ctx: &Context, file: Option<&Path>, revocation: Option<&Path>) -> Result<()> {
    let (signed, stored_revocation) = match file {
        Some(file) => {
            let bytes = read_input(Some(file))?;
            match parse_document(&bytes, &file.display().to_string())? {
                Document::Public(s) => (s, None),
                Document::Private(p) => (p.signed_personal_profile, None),
                Document::Revocation(_) => {
                    return Err(UserError::new("that file is a revocation")
                        .hint("check it against a profile with `meshman profile verify PROFILE --revocation FILE`")
                        .into());
                }
            }
        }
        None => {
            let home = ctx.open_existing(Access::Read)?;
            let p = home.find_profile(None)?;
            (p.signed, p.revocation)
        }
    };
    let (mut checks, verified) = profile::check_chain(&signed);
    let revocation = match revocation {
        Some(path) => {
            match parse_document(&read_input(Some(path))?, &path.display().to_string())? {
                Document::Revocation(s) => Some(s),
                _ => {
                    return Err(UserError::new(format!(
                        "{} is not a master revocation",
                        path.display()
                    ))
                    .into());
                }
            }
        }
        None => stored_revocation,
    };
    let mut revoked = None;
    if let (Some(r), Some(v)) = (&revocation, &verified) {
        let result = profile::verify_revocation(r, &v.master);
        checks.push(ChainCheck {
            link: "master revocation signed by the master signature key".into(),
            error: result.as_ref().err().map(ToString::to_string),
        });
        revoked = result.ok();
    }
    let valid = verified.is_some() && checks.iter().all(|c| c.error.is_none());
    if ctx.out.json {
        ctx.out.json(&json!({
            "fingerprint": signed.identifier,
            "valid": valid,
            "revoked": revoked.is_some(),
            "revocation": revoked.as_ref().map(|r| json!({"revoked": r.revoked, "reason": r.reason})),
            "checks": checks.iter().map(|c| json!({"link": c.link, "ok": c.error.is_none(), "error": c.error})).collect::<Vec<_>>(),
        }))?;
    } else {
        ctx.out.data(format!("Profile {}", signed.identifier))?;
        for c in &checks {
            match &c.error {
                None => ctx.out.data(format!("  ok      {}", c.link))?,
                Some(e) => ctx.out.data(format!("  BROKEN  {}: {e}", c.link))?,
            }
        }
        if let Some(r) = &revoked {
            ctx.out.data(format!(
                "  REVOKED on {}{}",
                r.revoked,
                r.reason
                    .as_deref()
                    .map(|x| format!(": {x}"))
                    .unwrap_or_default()
            ))?;
        }
    }
    if let Some(broken) = checks.iter().find(|c| c.error.is_some()) {
        return Err(
            UserError::new(format!("the profile's chain is broken at: {}", broken.link)).into(),
        );
    }
    if let Some(r) = revoked {
        return Err(UserError::new(format!("the profile was revoked on {}", r.revoked)).into());
    }
    ctx.out.info("The profile verifies.");
    Ok(())
}

fn revoke(ctx: &Context, output: &Path, reason: Option<&str>, prefix: Option<&str>) -> Result<()> {
    let mut home = ctx.open_existing(Access::Read)?;
    let p = home.find_profile(prefix)?;
    let keys = home.profile_keys(&p.fingerprint)?;
    let master = keys.master_signature.as_ref().ok_or_else(|| {
        UserError::new("this device does not hold the master key of the profile")
            .hint("recover the master key from its shares first (`meshman recover`)")
    })?;
    let signed = crate::home::sign_revocation(&p.fingerprint, reason, master);
    let mut bytes = serde_json::to_vec_pretty(&to_tagged_json("MasterRevocation", &signed))?;
    bytes.push(b'\n');
    write_output(output, &bytes)?;
    if ctx.out.json {
        return ctx
            .out
            .json(&json!({"fingerprint": p.fingerprint, "file": output}));
    }
    ctx.out.info(format!(
        "Wrote the master revocation of {} to {}.\nAnyone holding it can revoke the profile: keep it safe.",
        p.fingerprint,
        output.display()
    ));
    Ok(())
}
