//! Places and names with no `entities.yaml`: the built-in atlas places real
//! towns and countries, and a name written with and without its accents is
//! a spelling variant.

use claimcheck::rules::Severity;

use super::{conflicts_in, two_articles};
use crate::common::report;

/// Each conflict over a meeting's venue: its rule, severity and the sides'
/// values.
fn venue_conflicts(dir: &std::path::Path) -> Vec<super::Found> {
    conflicts_in(
        &report(dir),
        |d| d.predicate == "venue",
        |side| side.value.clone(),
    )
}

fn meeting_in(place: &str) -> String {
    format!("Trade Minister Ada Voss met Finance Minister Piet Kors in {place} on Tuesday.")
}

#[test]
fn one_meeting_in_two_towns_of_one_country_is_a_contradiction() {
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-10-07",
            &meeting_in("Lyon"),
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-10-07",
            &meeting_in("Lille"),
        ),
    ]);
    assert_eq!(
        venue_conflicts(dir.path()),
        [(
            "different-places".into(),
            Severity::Contradiction,
            vec!["Lille".into(), "Lyon".into()]
        )]
    );
}

#[test]
fn a_town_and_its_country_agree() {
    for (one, other) in [
        ("Lyon", "France"),
        ("Lille, France", "France"),
        ("Geneva", "Switzerland"),
    ] {
        let dir = two_articles([
            ("ledger.txt", "Coast Ledger", "2026-10-07", &meeting_in(one)),
            (
                "times.txt",
                "Harbour Times",
                "2026-10-07",
                &meeting_in(other),
            ),
        ]);
        assert_eq!(venue_conflicts(dir.path()), [], "{one} and {other}");
    }
}

#[test]
fn a_name_the_atlas_cannot_tell_is_a_warning() {
    // Several towns are called Springfield, none far larger than the rest.
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-10-07",
            &meeting_in("Springfield"),
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-10-07",
            &meeting_in("Lyon"),
        ),
    ]);
    assert_eq!(
        venue_conflicts(dir.path()),
        [(
            "different-places".into(),
            Severity::Warning,
            vec!["Lyon".into(), "Springfield".into()]
        )]
    );
}

#[test]
fn a_name_without_its_accents_is_a_variant() {
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-10-07",
            "Carmen Ramírez, the mayor, said the road would reopen on Friday.",
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-10-07",
            "Carmen Ramirez, the mayor, said the road would reopen on Friday.",
        ),
    ]);
    let found = report(dir.path());
    let variants: Vec<(&str, &str)> = found
        .disputes
        .iter()
        .filter(|d| d.severity == Severity::Variant)
        .map(|d| (d.subject.as_str(), d.reason.as_str()))
        .collect();
    assert_eq!(
        variants,
        [(
            "Carmen Ramírez",
            "Carmen Ramírez is spelled \"Carmen Ramírez\" by Coast Ledger and \"Carmen Ramirez\" by Harbour Times: one person written 2 ways: the accents were dropped."
        )]
    );
}

/// The trade summit, written by a helper with real towns and no
/// `entities.yaml`. (Missed: the opening session placed in Lyon by two
/// outlets and in Lille by a third, since no one is named to tie the reports
/// into one meeting; two towns on one day may be two meetings.) Its traps
/// stay quiet: "Lyon, France" and "in France", the session in Marseille on
/// another day, the signing to come in Brussels, a minister who flew in from
/// Vienna. Kyiv, written "Kiev" by one outlet in passing, outside any claim,
/// is a spelling variant. (Still missed: the second session in Geneva and in
/// Vienna, two countries, which the rules take for two meetings when no one
/// is named.)
#[test]
fn the_trade_summit_in_two_towns() {
    let dir = super::extracted("trade-summit");
    let found = report(dir.path());
    let conflicts: Vec<super::Found> = conflicts_in(&found, |_| true, |side| side.value.clone());
    // No one is named at the sessions, so nothing ties two outlets' reports
    // of one into one meeting: two towns on one day may be two meetings.
    assert_eq!(conflicts, []);
    let variants: Vec<(&str, Vec<&str>)> = found
        .disputes
        .iter()
        .filter(|d| d.severity == Severity::Variant)
        .map(|d| {
            let forms = d.sides.iter().map(|s| s.value.as_str()).collect();
            (d.subject.as_str(), forms)
        })
        .collect();
    assert_eq!(variants, [("Kyiv", vec!["Kyiv", "Kiev"])]);
}

/// Two full names one article writes, however alike, are two people: no
/// variant, though another article names one of them too.
#[test]
fn two_alike_names_in_one_article_are_two_people() {
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-04-02",
            "Oleg Smirnov, the mayor, met Oleh Smirnoff, a farmer, on Monday.",
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-04-02",
            "Oleg Smirnov, the mayor, said the road would reopen.",
        ),
    ]);
    let found = report(dir.path());
    assert!(found.disputes.is_empty(), "{:#?}", found.disputes);
}

/// A county keeps its word for a region: "Kent County" is not the town of
/// Kent, and a country before a name is no part of the name.
#[test]
fn a_county_is_not_the_town_of_its_name() {
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-04-02",
            "President of Estonia Kaja Tamm met the commissioners in Kent County on Monday.",
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-04-02",
            "President of Estonia Kaja Tamm met the commissioners in Kent on Monday.",
        ),
    ]);
    assert_eq!(
        venue_conflicts(dir.path()),
        [(
            "different-places".into(),
            Severity::Warning,
            vec!["Kent".into(), "Kent County".into()]
        )]
    );
    let claims = std::fs::read_to_string(dir.path().join("ledger.yaml")).unwrap();
    assert!(claims.contains("subject: \"Kaja Tamm\""), "{claims}");
    assert!(!claims.contains("\"Estonia Kaja Tamm\""), "{claims}");
}

/// A pun on a name in a slogan, quoted once, is no spelling of the name;
/// the same misspelling in an outlet's own words is.
#[test]
fn a_name_quoted_once_in_a_slogan_is_no_spelling_of_it() {
    let said = "Oleg Smirnov, the mayor, said the road would reopen.";
    let slogan =
        "Crowds chanted \u{201c}Down with Smirnof\u{201d} as Oleg Smirnov, the mayor, spoke.";
    let dir = two_articles([
        ("ledger.txt", "Coast Ledger", "2026-04-02", said),
        ("times.txt", "Harbour Times", "2026-04-02", slogan),
    ]);
    let found = report(dir.path());
    assert!(found.disputes.is_empty(), "{:#?}", found.disputes);
    let own_words = "Crowds jeered as Oleg Smirnov, the mayor, spoke; Smirnof left early.";
    let dir = two_articles([
        ("ledger.txt", "Coast Ledger", "2026-04-02", said),
        ("times.txt", "Harbour Times", "2026-04-02", own_words),
    ]);
    let found = report(dir.path());
    let variants: Vec<&str> = found
        .disputes
        .iter()
        .filter(|d| d.severity == Severity::Variant)
        .map(|d| d.subject.as_str())
        .collect();
    assert_eq!(variants, ["Oleg Smirnov"]);
}
