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
        Ok(read) => {
            // Every claim kept was located: its span lies on the text's
            // characters, and only a claim with no quote has none.
            for c in read.claims {
                match c.span {
                    Some([start, end]) => assert!(text.get(start..end).is_some(), "{c:?}"),
                    None => assert!(c.quote.is_none(), "{c:?}"),
                }
            }
            for d in read.problems {
                let _ = d.render(false);
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
