//! `meshman device ...`: reference-10 §3.2 (device profiles).

use anyhow::Result;
use serde_json::json;

use super::{Context, UserError};
use crate::cli::device::DeviceCommand;
use crate::keystore::Access;
use crate::profile;

/// Runs a `device` subcommand.
pub fn run(ctx: &Context, cmd: DeviceCommand) -> Result<()> {
    match cmd {
        DeviceCommand::Show => show(ctx),
    }
}

fn show(ctx: &Context) -> Result<()> {
    let home = ctx.open_existing(Access::Read)?;
    let signed = home.device_profile()?.ok_or_else(|| {
        UserError::new("this device has no device profile yet")
            .hint("`meshman profile create` makes one")
    })?;
    let device = profile::verify_device(&signed)?;
    let protection = home_protection(&ctx.home);
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

fn home_protection(root: &std::path::Path) -> &'static str {
    let text = std::fs::read_to_string(root.join("keystore.json")).unwrap_or_default();
    if text.contains("\"none\"") {
        "none"
    } else {
        "passphrase"
    }
}
