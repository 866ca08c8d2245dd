//! `meshman shares ...`: Shamir shares in the UDF format
//! (draft-hallambaker-mesh-udf-13 §4.5, PROTOCOL.md §3).

use anyhow::Result;
use serde_json::json;

use super::{Context, UserError, read_input};
use crate::cli::shares::SharesCommand;
use crate::secret::SecretBytes;
use crate::shamir::{self, Share};

/// Runs a `shares` subcommand.
pub fn run(ctx: &Context, cmd: SharesCommand) -> Result<()> {
    match cmd {
        SharesCommand::Split {
            secret,
            quorum,
            shares,
            bits,
        } => split(ctx, secret, quorum, shares, bits),
        SharesCommand::Combine { shares, hex } => combine(ctx, shares, hex),
    }
}

fn split(ctx: &Context, secret: Option<String>, quorum: u8, count: u8, bits: u16) -> Result<()> {
    let (secret, generated) = match secret.as_deref() {
        None => (SecretBytes::random(usize::from(bits / 8)), true),
        Some("-") => {
            let input = SecretBytes::new(read_input(None)?);
            let text = std::str::from_utf8(input.expose())
                .map_err(|_| UserError::new("the secret on stdin is not text (hex or base32)"))?;
            (
                shamir::parse_secret(text.trim()).map_err(|e| UserError::new(e.to_string()))?,
                false,
            )
        }
        Some(text) => (
            shamir::parse_secret(text).map_err(|e| UserError::new(e.to_string()))?,
            false,
        ),
    };
    let shares =
        shamir::split(secret.expose(), quorum, count).map_err(|e| UserError::new(e.to_string()))?;
    let texts: Vec<String> = shares.iter().map(Share::to_udf).collect();
    if ctx.out.json {
        let mut doc = json!({"quorum": quorum, "shares": texts});
        if generated {
            doc["secret"] = json!(shamir::format_secret(secret.expose()));
        }
        return ctx.out.json(&doc);
    }
    if generated {
        ctx.out.data(format!(
            "secret: {}",
            shamir::format_secret(secret.expose())
        ))?;
    }
    ctx.out
        .info(format!("{count} shares; any {quorum} rebuild the secret:"));
    for t in &texts {
        ctx.out.data(t)?;
    }
    Ok(())
}

fn combine(ctx: &Context, texts: Vec<String>, hex: bool) -> Result<()> {
    let texts: Vec<String> = if texts == ["-"] {
        let input = String::from_utf8(read_input(None)?)
            .map_err(|_| UserError::new("stdin is not text"))?;
        input
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    } else {
        texts
    };
    let shares = shamir::parse_shares(&texts).map_err(|e| UserError::new(e.to_string()))?;
    let secret = shamir::combine(&shares).map_err(|e| UserError::new(e.to_string()))?;
    let text = if hex {
        secret.expose().iter().map(|b| format!("{b:02X}")).collect()
    } else {
        shamir::format_secret(secret.expose())
    };
    if ctx.out.json {
        return ctx
            .out
            .json(&json!({"secret": text, "format": if hex { "hex" } else { "base32" }}));
    }
    ctx.out.data(text)
}
