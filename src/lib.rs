//! meshman: a client and portal for the Mathematical Mesh
//! (draft-hallambaker-mesh-reference-10), with the encodings fixed in
//! `PROTOCOL.md`.
//!
//! The binary is a thin shell over [`run`]; everything else is a library so
//! tests and benchmarks use the same code paths as the command line.

pub mod encoding;
pub mod secret;
pub mod udf;
pub mod shamir;
pub mod crypto;
pub mod time;
pub mod protocol;
pub mod portal;
