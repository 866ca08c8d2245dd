//! meshman: a client and portal for the Mathematical Mesh
//! (draft-hallambaker-mesh-reference-10), with the encodings fixed in
//! `PROTOCOL.md`.
//!
//! The binary is a thin shell over [`run()`]; everything else is a library
//! so tests and benchmarks use the same code paths as the command line.

pub mod catalog;
pub mod cli;
pub mod client;
pub mod commands;
pub mod connect;
pub mod crypto;
pub mod encoding;
pub mod home;
pub mod keystore;
pub mod portal;
pub mod profile;
pub mod protocol;
pub mod recovery;
pub mod secret;
pub mod shamir;
pub mod time;
pub mod udf;

/// Runs a parsed command line; the binary maps the result to an exit status.
pub fn run(cli: cli::Cli) -> anyhow::Result<()> {
    commands::run(cli)
}
