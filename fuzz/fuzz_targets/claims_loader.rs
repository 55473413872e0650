//! A claims file and its article text from arbitrary bytes: parsing, checking
//! quotes against spans, locating claims, and rendering every diagnostic must
//! never panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first NUL byte separates the claims file from the article text.
    let (source, text) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &b""[..]),
    };
    let (Ok(source), Ok(text)) = (std::str::from_utf8(source), std::str::from_utf8(text)) else {
        return;
    };
    let locator = claimcheck::load::locate::Locator::new(source);
    for i in 0..4 {
        let _ = locator.claim(i);
        let _ = locator.field(i, "span");
    }
    let _ = locator.header_field("article", "sha256");
    match claimcheck::load::parse_claims_file(Path::new("fuzz.yaml"), source, text) {
        Ok((_, claims)) => {
            for c in claims {
                assert_eq!(text.get(c.span[0]..c.span[1]), Some(c.quote.as_str()));
            }
        }
        Err(problems) => {
            for d in problems {
                let _ = d.render(false);
                let _ = d.to_string();
            }
        }
    }
});
