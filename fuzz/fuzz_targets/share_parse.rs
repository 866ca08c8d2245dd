//! Shares as a user types them, one per line: parsing and combining never
//! panic, and a parsed share round-trips through its text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meshman::shamir::{self, Share};

fuzz_target!(|text: &str| {
    let shares: Vec<Share> = text.lines().filter_map(|l| Share::parse(l).ok()).collect();
    for share in &shares {
        assert_eq!(&Share::parse(&share.to_udf()).expect("round trip"), share);
    }
    if shares.len() <= 8 {
        let _ = shamir::combine(&shares);
    }
    let _ = shamir::parse_secret(text);
});
