//! `meshman portal ...`: the portal service (reference-10 §12).

use anyhow::{Context as _, Result};

use super::Context;
use crate::cli::portal::PortalCommand;
use crate::portal::PortalConfig;

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
            crate::portal::serve(config, move |addr| {
                // Scripts and tests read this line to learn the bound port.
                let _ = out.data(format!("listening on http://{addr}/.well-known/mmm/"));
            })
            .context("the portal stopped with an error")
        }
        PortalCommand::Hello { .. } => anyhow::bail!("portal hello: not implemented yet"),
    }
}
