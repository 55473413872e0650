//! What the checker must report on the seed corpus.

use claimcheck::rules::Severity;

use crate::common::{article, disputes, report, seed_dir};

/// 001 calls Trump a former president; 002 and 003 call him the sitting one, and
/// his term (from 2025-01-20) covers all three dates.
#[test]
fn trump_former_against_sitting_president_is_a_contradiction() {
    let report = report(&seed_dir());
    let found = disputes(&report, "Donald Trump", "title");
    assert_eq!(found.len(), 1, "{found:#?}");
    let dispute = found[0];
    assert_eq!(dispute.severity, Severity::Contradiction);
    assert_eq!(dispute.rule, "former-vs-current");

    let side = |value: &str| {
        dispute
            .sides
            .iter()
            .find(|s| s.value == value)
            .unwrap_or_else(|| panic!("no side {value}: {dispute:#?}"))
    };
    assert_eq!(
        side("former US President").articles,
        vec![article(&report, "001")]
    );
    assert_eq!(
        side("US President").articles,
        vec![article(&report, "002"), article(&report, "003")]
    );

    // The reason names both values, the sources, the dates, and why.
    for needed in [
        "former US President",
        "US President",
        "001",
        "002",
        "003",
        "2026-01-17",
        "2025-12-19",
        "2025-12-01",
        "2025-01-20",
    ] {
        assert!(
            dispute.reason.contains(needed),
            "reason lacks {needed:?}: {}",
            dispute.reason
        );
    }
}

#[test]
fn the_seed_corpus_has_exactly_one_contradiction() {
    let report = report(&seed_dir());
    let contradictions = crate::common::contradictions(&report);
    assert_eq!(contradictions.len(), 1, "{contradictions:#?}");
}
