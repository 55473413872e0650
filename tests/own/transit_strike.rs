//! The transit strike, extracted with no review: those on strike are one
//! count whatever the outlet calls them ("the 12,400 members of the
//! federation", "Roughly 10,000 workers", "About 10,000 union members"), and
//! the members of a union that did not strike are not among them.

use claimcheck::rules::Severity;

use super::{conflicts_in, extracted, with_articles};
use crate::common::report;

#[test]
fn strikers_by_any_name_and_not_the_union_that_worked() {
    let dir = extracted("transit-strike");
    let report = report(dir.path());
    let found = conflicts_in(&report, |d| d.subject == "workers on strike", with_articles);
    // The exact 12,400 against two outlets' own round 10,000, each the same
    // day: "nearly 12,400" two days on agrees with 12,400.
    assert_eq!(
        found,
        [
            (
                "numbers-differ".into(),
                Severity::Contradiction,
                vec![
                    "12,400 [aldmere-evening-post]".into(),
                    "roughly 10,000 [continental-wire]".into()
                ]
            ),
            (
                "numbers-differ".into(),
                Severity::Contradiction,
                vec![
                    "12,400 [daily-meridian]".into(),
                    "about 10,000 [market-courier]".into()
                ]
            ),
        ]
    );
    // The other union's 3,100 members, who accepted the offer, and the
    // authority's 16,000 staff are no count of strikers.
    let corpus = claimcheck::load::load(dir.path()).corpus;
    let strikers: Vec<&str> = corpus
        .claims
        .iter()
        .filter(|c| c.record.subject == "workers on strike")
        .map(|c| c.record.object.as_str())
        .collect();
    assert!(!strikers.contains(&"3,100"), "{strikers:?}");
    assert!(
        !strikers.iter().any(|o| o.contains("16,000")),
        "{strikers:?}"
    );
}
