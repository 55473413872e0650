//! Extraction from arbitrary article text: never a panic, and every claim's span
//! lies on character boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let body = claimcheck::load::article::split_front_matter(text).map_or(0, |(_, b)| b);
    let found = claimcheck::extract::extract_text(text, body, Some(jiff::civil::Date::constant(2026, 1, 17)));
    for c in &found.claims {
        assert!(c.span.0 <= c.span.1 && c.span.1 <= text.len(), "{c:?}");
        assert!(text.get(c.span.0..c.span.1).is_some(), "{c:?}");
    }
});
