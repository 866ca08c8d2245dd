//! Time stamps on the wire: RFC 3339 UTC with seconds precision
//! (PROTOCOL.md §1), e.g. `2026-11-25T07:35:03Z`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Formats a time as RFC 3339 UTC, seconds precision.
pub fn format(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

/// The current time, formatted.
pub fn now() -> String {
    format(SystemTime::now())
}

/// Parses an RFC 3339 time stamp.
pub fn parse(text: &str) -> Result<SystemTime, String> {
    humantime::parse_rfc3339_weak(text).map_err(|e| format!("invalid time stamp {text:?}: {e}"))
}

/// Seconds since the Unix epoch.
pub fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs()
}
