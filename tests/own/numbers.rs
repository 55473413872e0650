//! Every figure the project's own stories give, as their gold writes it down,
//! is read as a number: the stories were written, with their gold, before the
//! number reader, by someone who did not see it.

use claimcheck::normalize::quantity::Quantity;

#[test]
fn every_figure_of_the_gold_is_read() {
    let gold_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut unread = Vec::new();
    let mut read = 0;
    for story in [
        "ferry-capsize",
        "quake",
        "council-election",
        "dock-strike",
        "fraud-sentence",
        "warehouse-fire",
    ] {
        let gold = claimcheck::eval::gold::read(&gold_dir.join(format!("{story}.yaml"))).unwrap();
        for (article, a) in &gold.articles {
            for c in &a.claims {
                if !matches!(c.predicate.as_str(), "count" | "duration" | "measure") {
                    continue;
                }
                // Not figures: compared as text.
                if ["the rest of the week", "for life"].contains(&c.object.as_str()) {
                    continue;
                }
                match Quantity::parse(&c.object, None) {
                    Some(_) => read += 1,
                    None => {
                        unread.push(format!("{story}/{article}: {} {:?}", c.predicate, c.object))
                    }
                }
            }
        }
    }
    assert!(read > 100, "{read}");
    assert!(
        unread.is_empty(),
        "{} of {} not read:\n{}",
        unread.len(),
        read + unread.len(),
        unread.join("\n")
    );
}
