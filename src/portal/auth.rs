//! Request authentication (PROTOCOL.md §7). Placeholder until the portal
//! server lands.

use crate::crypto::SigningKey;

/// The header carrying the detached JWS.
pub const HEADER: &str = "Mesh-Authentication";

/// The header value authenticating `body` for `account`.
pub fn authenticate(body: &[u8], account: &str, key: &SigningKey) -> String {
    let _ = (body, account, key);
    todo!()
}
