//! `meshman udf ...`: draft-hallambaker-mesh-udf-13 (PROTOCOL.md §2).

use anyhow::Result;
use serde_json::json;

use super::{Context, UserError, read_input};
use crate::cli::udf::{Alg, UdfCommand};
use crate::udf::{self, HashAlg};

/// Runs a `udf` subcommand.
pub fn run(ctx: &Context, cmd: UdfCommand) -> Result<()> {
    match cmd {
        UdfCommand::Digest {
            file,
            content_type,
            alg,
            bits,
        } => {
            let data = read_input(file.as_deref())?;
            let hash = match alg {
                Alg::Sha2 => HashAlg::Sha2_512,
                Alg::Sha3 => HashAlg::Sha3_512,
            };
            let value = udf::digest(&data, &content_type, hash, bits)
                .map_err(|e| UserError::new(e.to_string()))?;
            emit(
                ctx,
                &value,
                json!({"udf": value, "content_type": content_type, "alg": format!("{alg:?}").to_lowercase(), "bits": bits}),
            )
        }
        UdfCommand::Nonce { bits } => {
            let value = udf::nonce(bits).map_err(|e| UserError::new(e.to_string()))?;
            emit(ctx, &value, json!({"udf": value}))
        }
        UdfCommand::Authenticator {
            key,
            file,
            content_type,
            bits,
        } => {
            // A mistyped key must not quietly give a different authenticator:
            // check it, and use its canonical form (upper case, 4-groups).
            let key = udf::normalize(&key)
                .map(|k| udf::group4(&k))
                .map_err(|e| UserError::new(format!("--key: {e}")))?;
            let data = read_input(file.as_deref())?;
            let value = udf::authenticator(&key, &data, &content_type, bits)
                .map_err(|e| UserError::new(format!("--key: {e}")))?;
            emit(
                ctx,
                &value,
                json!({"udf": value, "content_type": content_type, "bits": bits}),
            )
        }
    }
}

fn emit(ctx: &Context, value: &str, document: serde_json::Value) -> Result<()> {
    if ctx.out.json {
        ctx.out.json(&document)
    } else {
        ctx.out.data(value)
    }
}
