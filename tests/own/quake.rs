//! The quake story, extracted with no review: what happened to the people
//! counted is part of what is counted, and a range is one figure.

use super::extracted;
use crate::common::{conflicts, report};

#[test]
fn a_figure_inside_anothers_range_agrees() {
    let dir = extracted("quake");
    let corpus = claimcheck::load::load(dir.path()).corpus;
    // Positive control: both homeless figures are read, under one subject,
    // one of them as the range it is ("some" is the other's hedge).
    let homeless: Vec<String> = corpus
        .claims
        .iter()
        .filter(|c| c.record.subject.as_str() == "people left")
        .map(|c| c.record.object.to_string())
        .collect();
    assert!(
        homeless.contains(&"12,000".to_string())
            && homeless.contains(&"Between 10,000 and 15,000".to_string()),
        "{homeless:#?}"
    );
    let report = report(dir.path());
    let about_them: Vec<_> = conflicts(&report)
        .filter(|d| d.subject == "people left")
        .collect();
    assert!(about_them.is_empty(), "{about_them:#?}");
}

#[test]
fn depths_given_in_words_of_their_own_meet() {
    // "at a depth of 10 km" and "centred 35 km beneath the surface": one
    // depth, two figures, the same day.
    let dir = extracted("quake");
    let report = report(dir.path());
    let depth: Vec<Vec<&str>> = conflicts(&report)
        .filter(|d| d.subject == "depth")
        .map(|d| d.sides.iter().map(|s| s.value.as_str()).collect())
        .collect();
    assert_eq!(depth, [["10 km", "35 km"]], "{depth:#?}");
}
