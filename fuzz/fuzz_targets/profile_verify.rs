//! Signed profiles as imported from a file or fetched from a portal: chain
//! verification never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meshman::profile::{self, Signed};

fuzz_target!(|data: &[u8]| {
    if let Ok(signed) = serde_json::from_slice::<Signed>(data) {
        let _ = profile::check_chain(&signed);
        let _ = profile::verify_device(&signed);
        let _ = profile::verify_master(&signed);
    }
});
