//! UDF text as a user types it: parsing never panics, and whatever parses
//! presents back to text that parses to the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use meshman::udf;

fuzz_target!(|text: &str| {
    if let Ok(bytes) = udf::parse(text) {
        let again = udf::parse(&udf::present_all(&bytes)).expect("presented text parses");
        assert_eq!(bytes, again);
    }
    let _ = udf::parse_all(text);
    if let Ok(n) = udf::normalize(text) {
        let _ = udf::matches(&n, text);
    }
});
