//! Date phrases, numbers, states and titles from arbitrary text, resolved against
//! a day drawn from the input: never a panic, and every interval in order.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let days = i64::from(u16::from_le_bytes([data[0], data[1]]));
    let Ok(phrase) = std::str::from_utf8(&data[2..]) else {
        return;
    };
    let published = jiff::civil::Date::constant(1990, 1, 1).saturating_add(jiff::Span::new().days(days));
    for anchor in [Some(published), None] {
        if let Ok(interval) = claimcheck::normalize::dates::resolve(phrase, anchor) {
            assert!(interval.start <= interval.end, "{phrase:?} resolved backwards");
            let _ = interval.to_string();
        }
    }
    if let Some(q) = claimcheck::normalize::quantity::Quantity::parse(phrase, None) {
        assert!(q.low <= q.high || q.low.is_nan() || q.high.is_nan(), "{phrase:?}: {q:?}");
    }
    let _ = claimcheck::normalize::state::State::classify(phrase);
    let _ = claimcheck::normalize::titles::Title::parse(phrase);
    let _ = claimcheck::normalize::names::transliteration_key(phrase);
});
