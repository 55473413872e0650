//! The council-election story, extracted with no review: a party's seats are
//! that party's, and never meet another party's or the council's total.

use super::extracted;
use crate::common::{conflicts, report};

#[test]
fn one_partys_seats_are_never_set_against_anothers() {
    let dir = extracted("council-election");
    let corpus = claimcheck::load::load(dir.path()).corpus;
    // Positive control: the winning party's seats are read, from two articles,
    // under its name; the council's total under the council's.
    let seats: Vec<(String, String)> = corpus
        .claims
        .iter()
        .filter(|c| c.record.subject.ends_with("seats"))
        .map(|c| (c.record.subject.to_string(), c.record.object.to_string()))
        .collect();
    let labour = seats
        .iter()
        .filter(|s| *s == &("labour seats".into(), "24".into()));
    assert_eq!(labour.count(), 2, "{seats:#?}");
    assert!(
        seats.contains(&("council seats".into(), "60".into())),
        "{seats:#?}"
    );
    let report = report(dir.path());
    let about_seats: Vec<_> = conflicts(&report)
        .filter(|d| d.subject.contains("seats"))
        .collect();
    assert!(about_seats.is_empty(), "{about_seats:#?}");
}
