//! A dock strike in Gdansk told by three outlets that disagree on everything that
//! can be counted, dated or placed, and a fourth piece a month later.

use claimcheck::rules::Severity;

use crate::common::{conflicts, corpus_dir, disputes, opposed, report};

fn strike() -> claimcheck::report::Report {
    report(&corpus_dir("port-strike"))
}

#[test]
fn two_directors_on_one_day_is_a_contradiction() {
    let report = strike();
    let found = disputes(&report, "Port of Gdansk Authority", "head");
    assert_eq!(found.len(), 1, "{:#?}", report.disputes);
    assert_eq!(found[0].rule, "two-heads");
    assert_eq!(found[0].severity, Severity::Contradiction);
    assert!(
        found[0].reason.contains("Tomasz Nowak") && found[0].reason.contains("Piotr Zielinski"),
        "{}",
        found[0].reason
    );
}

#[test]
fn a_new_director_a_month_later_is_a_change_not_a_conflict() {
    let report = strike();
    assert!(
        !opposed(&report, ("baltic-wire-may", "c1"), ("baltic-wire", "c5")),
        "{:#?}",
        report.disputes
    );
    assert!(
        !opposed(&report, ("baltic-wire-may", "c1"), ("coastal-times", "c2")),
        "{:#?}",
        report.disputes
    );
}

#[test]
fn counts_beyond_their_hedges_contradict() {
    let report = strike();
    let found = disputes(&report, "strikers at the Port of Gdansk", "count");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "numbers-differ");
    assert_eq!(found[0].severity, Severity::Contradiction);
    let values: Vec<&str> = found[0].sides.iter().map(|s| s.value.as_str()).collect();
    assert_eq!(values, ["some 1,200", "about 3,000"]);
}

#[test]
fn last_wednesday_against_monday_contradicts_and_next_week_agrees_with_monday() {
    let report = strike();
    let found = disputes(&report, "port-talks", "date");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].rule, "disjoint-dates");
    assert!(opposed(
        &report,
        ("gazeta-morska", "c1"),
        ("baltic-wire", "c4")
    ));
    assert!(!opposed(
        &report,
        ("coastal-times", "c4"),
        ("baltic-wire", "c4")
    ));
}

#[test]
fn warsaw_against_gdansk_contradicts_and_the_port_lies_in_gdansk() {
    let report = strike();
    let found = disputes(&report, "port-talks", "venue");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].severity, Severity::Contradiction);
    assert!(opposed(
        &report,
        ("coastal-times", "c3"),
        ("baltic-wire", "c3")
    ));
    // The Port of Gdansk is in Gdansk: those two agree.
    assert!(!opposed(
        &report,
        ("gazeta-morska", "c2"),
        ("baltic-wire", "c3")
    ));
}

#[test]
fn the_union_leader_in_warsaw_two_days_later_is_no_conflict() {
    let report = strike();
    assert!(
        conflicts(&report).all(|d| d.subject != "Katarzyna Wojcik"),
        "{:#?}",
        report.disputes
    );
}

#[test]
fn two_articles_from_one_outlet_are_told_apart() {
    let report = strike();
    assert_eq!(report.label("baltic-wire"), "Baltic Wire (baltic-wire)");
    assert_eq!(report.label("coastal-times"), "Coastal Times");
}

#[test]
fn front_matter_supplies_the_date_and_outlet() {
    let report = strike();
    let gazeta = report
        .articles
        .iter()
        .find(|a| a.id == "gazeta-morska")
        .unwrap();
    assert_eq!(gazeta.published.as_deref(), Some("2026-04-12"));
    assert_eq!(gazeta.outlet.as_deref(), Some("Gazeta Morska"));
}
