//! The ferry story, extracted with no review: a figure keeps who gives it,
//! and two named sources that differ are a warning, not a contradiction.

use claimcheck::rules::Severity;

use super::extracted;
use crate::common::{conflicts, report};

#[test]
fn two_named_sources_disagree_and_outlets_contradict() {
    let dir = extracted("ferry-capsize");
    let corpus = claimcheck::load::load(dir.path()).corpus;
    // Positive control: "put the number of missing at about 30" keeps its source.
    let ministry = corpus.claims.iter().find(|c| {
        c.record.subject.as_str() == "people missing" && c.record.object.as_str() == "30"
    });
    assert_eq!(
        ministry.and_then(|c| c.record.according_to.as_deref().map(String::from)),
        Some("The Shipping Ministry".to_string())
    );
    let report = report(dir.path());
    let missing: Vec<_> = conflicts(&report)
        .filter(|d| d.subject == "people missing")
        .map(|d| (d.rule.as_str(), d.severity))
        .collect();
    assert_eq!(missing, [("sources-disagree", Severity::Warning)]);
    // The tolls the outlets give in their own voice still contradict.
    assert!(
        conflicts(&report).any(|d| d.subject == "people killed"
            && d.rule == "numbers-differ"
            && d.severity == Severity::Contradiction),
        "{:#?}",
        report.disputes
    );
}
