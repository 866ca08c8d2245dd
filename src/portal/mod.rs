//! The Mesh Portal Service (reference-10 §12, PROTOCOL.md §6–§10): the
//! server side of the protocol in [`crate::protocol`], and the storage
//! behind it ([`store`]), kept behind a trait so another database can be
//! added without touching protocol code.

pub mod store;
