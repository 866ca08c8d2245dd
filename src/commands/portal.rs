//! `meshman portal ...`: the portal service (reference-10 §12).

use anyhow::{Context as _, Result};

use serde_json::json;

use super::Context;
use crate::cli::portal::{NetworkArgs, PortalCommand};
use crate::keystore::Access;
use crate::portal::PortalConfig;
use crate::protocol::{HelloRequest, Request, Response};

/// Runs a `portal` subcommand.
pub fn run(ctx: &Context, cmd: PortalCommand) -> Result<()> {
    match cmd {
        PortalCommand::Serve {
            listen,
            data,
            domain,
            max_body,
            rate_limit,
            connect_expiry,
        } => {
            let config = PortalConfig {
                listen,
                data_dir: data,
                domain,
                max_body_bytes: max_body,
                open_rate_per_minute: rate_limit,
                connect_expiry,
            };
            let out = ctx.out.clone();
            let bound = std::cell::Cell::new(false);
            crate::portal::serve(config, |addr| {
                bound.set(true);
                // Scripts and tests read this line to learn the bound port.
                let _ = out.data(format!("listening on http://{addr}/.well-known/mmm/"));
            })
            .context(if bound.get() {
                "the portal stopped with an error"
            } else {
                "cannot start the portal"
            })
        }
        PortalCommand::Hello { target, network } => hello(ctx, target.as_deref(), &network),
    }
}

fn hello(ctx: &Context, target: Option<&str>, network: &NetworkArgs) -> Result<()> {
    let client = match (target, &network.portal) {
        (Some(t), None) if t.contains('@') => super::connect(Some(t), network, None)?,
        (Some(t), None) => {
            let url = crate::client::portal_url(None, Some(t)).map_err(super::client_error)?;
            crate::client::PortalClient::new(&url, network.insecure_http)
                .map_err(super::client_error)?
        }
        (_, Some(_)) => super::connect(target, network, None)?,
        (None, None) => {
            let home = ctx.open_existing(Access::Read)?;
            let binding = home.account(None)?;
            super::connect(Some(&binding.account), network, Some(&binding))?
        }
    };
    let Response::HelloResponse(r) = client
        .call(&Request::HelloRequest(HelloRequest::default()), None)
        .map_err(super::client_error)?
    else {
        return Err(super::unexpected("HelloResponse"));
    };
    let versions: Vec<_> = r.version.iter().chain(&r.alternates).collect();
    if ctx.out.json {
        return ctx.out.json(&json!({
            "portal": client.url(),
            "versions": versions.iter().map(|v| json!({"major": v.major, "minor": v.minor, "encodings": v.encodings})).collect::<Vec<_>>(),
        }));
    }
    ctx.out.data(format!("Portal   {}", client.url()))?;
    for v in versions {
        ctx.out.data(format!(
            "Version  {}.{}  {}",
            v.major,
            v.minor,
            v.encodings.join(", ")
        ))?;
    }
    Ok(())
}
