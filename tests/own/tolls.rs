//! The ferry and quake stories, extracted with no review: tolls written in
//! different words meet under one name; a later, higher toll is an update, a
//! later, lower one a warning; a town's toll never meets the province's.

use claimcheck::rules::Severity;

use super::extracted;
use crate::common::{conflicts, report};

/// Each conflict about `subject` as its rule, severity and sorted values.
fn about(
    report: &claimcheck::report::Report,
    subject: &str,
) -> Vec<(String, Severity, Vec<String>)> {
    conflicts(report)
        .filter(|d| d.subject == subject)
        .map(|d| {
            let mut values: Vec<String> = d.sides.iter().map(|s| s.value.clone()).collect();
            values.sort();
            (d.rule.clone(), d.severity, values)
        })
        .collect()
}

#[test]
fn ways_of_writing_a_toll_meet_and_a_falling_toll_is_a_warning() {
    let dir = extracted("ferry-capsize");
    let report = report(dir.path());
    let found = about(&report, "people killed");
    // "Nine people died" and "Eleven people were killed", the same day in the
    // outlets' own voices: one toll, two figures.
    assert!(
        found.contains(&(
            "numbers-differ".into(),
            Severity::Contradiction,
            vec!["Eleven".into(), "Nine".into()]
        )),
        "{found:#?}"
    );
    // "The death toll ... rose to 14" and, two days on, "revised the number of
    // fatalities ... down to 13": a toll that fell.
    assert!(
        found.contains(&(
            "toll-fell".into(),
            Severity::Warning,
            vec!["13".into(), "14".into()]
        )),
        "{found:#?}"
    );
    // The toll rising from the first day's figures to 14 is an update: no
    // other conflict about the toll.
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn a_towns_toll_is_not_the_provinces() {
    let dir = extracted("quake");
    let corpus = claimcheck::load::load(dir.path()).corpus;
    // Positive control: the town's tolls carry their town.
    let tolls: Vec<String> = corpus
        .claims
        .iter()
        .filter(|c| c.record.subject.starts_with("people killed"))
        .map(|c| format!("{} = {}", c.record.subject, c.record.object))
        .collect();
    assert!(
        tolls.contains(&"people killed in Chuyapampa = 34".to_string()),
        "{tolls:#?}"
    );
    assert!(
        tolls.contains(&"people killed = 52".to_string()),
        "{tolls:#?}"
    );
    let report = report(dir.path());
    // The town's 34 never meets the province's figures. The province's 38,
    // which the Interior Minister confirmed, and 43, at which the civil
    // defence institute put it the same day, are two sources' counts.
    let disputed: Vec<_> = conflicts(&report)
        .filter(|d| d.subject.starts_with("people killed"))
        .flat_map(|d| d.conflicts.iter().map(move |c| (d, c)))
        .map(|(d, c)| {
            let mut values: Vec<&str> =
                c.sides.iter().map(|&i| d.sides[i].value.as_str()).collect();
            values.sort();
            (d.subject.as_str(), c.rule.as_str(), values)
        })
        .collect();
    assert_eq!(
        disputed,
        [("people killed", "sources-disagree", vec!["38", "43"])],
        "{disputed:#?}"
    );
}
