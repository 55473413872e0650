//! The cabinet reshuffle and the senate race, extracted with no review: a
//! post in other words is one post; a party's nickname is the party; two
//! posts of one government the same day are a warning; a post the corpus shows
//! someone else took is an outdated title, a succession or a promotion not.

use claimcheck::report::Report;
use claimcheck::rules::Severity;

use super::{Found, conflicts_in, extracted, two_articles};
use crate::common::{conflicts, report};

/// Every conflict over the titles of `person`: the rule, its severity, and
/// the two sides' values, sorted.
fn title_conflicts(report: &Report, person: &str) -> Vec<Found> {
    conflicts_in(
        report,
        |d| d.subject == person && d.predicate == "title",
        |side| side.value.clone(),
    )
}

#[test]
fn a_former_gop_senator_against_a_republican_senator_the_same_day() {
    let dir = extracted("senate-race");
    let report = report(dir.path());
    assert_eq!(
        title_conflicts(&report, "Walter Graves"),
        [(
            "former-vs-current".into(),
            Severity::Contradiction,
            vec!["Republican senator".into(), "former GOP senator".into()]
        )]
    );
}

#[test]
fn two_portfolios_the_same_day_and_no_rewording_disputed() {
    let dir = extracted("cabinet-reshuffle");
    let report = report(dir.path());
    // One outlet's "Trade Minister Nadia Kress" against another's "finance
    // minister Nadia Kress" the same day: an outdated title or a dual role.
    assert_eq!(
        title_conflicts(&report, "Nadia Kress"),
        [(
            "two-posts".into(),
            Severity::Warning,
            vec!["Trade Minister".into(), "finance minister".into()]
        )]
    );
    // "Foreign Minister Ilse Kaunitz" on the Friday after she became Defence
    // Minister and "foreign minister Oskar Vell" took her post: outdated.
    assert_eq!(
        title_conflicts(&report, "Ilse Kaunitz"),
        [(
            "outdated-title".into(),
            Severity::Contradiction,
            vec!["Defence Minister".into(), "Foreign Minister".into()]
        )]
    );
    // The Prime Minister's Office head and the Foreign Minister, each called
    // four ways, and the ranks and roles beside posts, give no other title
    // dispute.
    let others: Vec<_> = conflicts(&report)
        .filter(|d| {
            d.predicate == "title" && !["Nadia Kress", "Ilse Kaunitz"].contains(&d.subject.as_str())
        })
        .map(|d| (&d.subject, &d.reason))
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}

#[test]
fn a_promotion_is_no_outdated_title() {
    // "Deputy Shipping Minister Stelios Kanellos would take over the
    // ministry" and, a day later, "Shipping Minister Stelios Kanellos": he
    // never held the post before, so the minister who resigned is no
    // successor of his.
    let dir = extracted("ferry-capsize");
    let report = report(dir.path());
    assert_eq!(title_conflicts(&report, "Stelios Kanellos"), []);
}

#[test]
fn a_governor_succeeded_is_a_former_governor() {
    let dir = extracted("senate-race");
    let report = report(dir.path());
    // "Gov. Russell Pike" in October, "Gov. Rosa Delgado" once she was
    // sworn in, then "Former Gov. Russell Pike": the corpus shows who took
    // the post, so "former" is no contradiction. "Lt. Gov. Rosa Delgado" is
    // another post, not her governorship.
    assert_eq!(title_conflicts(&report, "Russell Pike"), []);
    assert_eq!(title_conflicts(&report, "Rosa Delgado"), []);
}

#[test]
fn one_post_given_to_two_people_the_same_day() {
    let dir = extracted("health-ministry");
    let report = report(dir.path());
    let holders = |post: &str| {
        conflicts_in(
            &report,
            |d| d.subject == post && d.rule == "two-holders",
            |side| side.value.clone(),
        )
    };
    // "Health Minister Aurel Hessing" in one outlet, "Maren Tolvey, the
    // health minister," in another, the same day; neither says whose post.
    assert_eq!(
        holders("Health Minister"),
        [(
            "two-holders".into(),
            Severity::Warning,
            vec!["Aurel Hessing".into(), "Maren Tolvey".into()]
        )]
    );
    assert_eq!(
        holders("Finance Minister"),
        [(
            "two-holders".into(),
            Severity::Warning,
            vec!["Dorian Felsch".into(), "Ilka Renvall".into()]
        )]
    );
    // The acting minister, the deputy, the shadow and the former minister,
    // the two countries' foreign ministers, the chief medical officer taking
    // over, the two cities' mayors and the two hospitals' chief executives
    // hold no post of another's: the only other title dispute is Hessing's
    // two posts that day.
    let others: Vec<_> = conflicts(&report)
        .filter(|d| d.predicate == "title" && d.rule != "two-holders")
        .map(|d| (d.subject.as_str(), d.rule.as_str()))
        .collect();
    assert_eq!(others, [("Aurel Hessing", "two-posts")]);
}

/// Titles given for a meeting's participants hold on the meeting's day:
/// two reports a day apart of one Monday meeting call one man by two posts.
#[test]
fn a_participants_title_holds_on_the_meetings_day() {
    let meeting = |post: &str| {
        format!(
            "{post} Emil Varga met Norvia's trade minister, Lise Aaberg, in Harlan on Monday to discuss fishing quotas."
        )
    };
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-03-10",
            &meeting("Trade Minister"),
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-03-11",
            &meeting("Finance Minister"),
        ),
    ]);
    let found = report(dir.path());
    assert_eq!(
        title_conflicts(&found, "Emil Varga"),
        [(
            "two-posts".into(),
            Severity::Warning,
            vec!["Finance Minister".into(), "Trade Minister".into()]
        )]
    );
    let dispute = conflicts(&found)
        .find(|d| d.subject == "Emil Varga")
        .unwrap();
    assert!(
        dispute.reason.ends_with(
            "both speak of 2026-03-09, two posts of one government at once: an outdated title, or a dual role."
        ),
        "{}",
        dispute.reason
    );
    // Said of no meeting, the titles hold on the days the reports appeared.
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-03-10",
            "Trade Minister Emil Varga said fishing quotas would rise.",
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-03-11",
            "Finance Minister Emil Varga said fishing quotas would rise.",
        ),
    ]);
    assert_eq!(title_conflicts(&report(dir.path()), "Emil Varga"), []);
}

/// A party's nickname that only the corpus's `entities.yaml` gives is the
/// party: "former HP senator" and "Harvest senator" the same day conflict.
#[test]
fn a_party_nickname_from_entities_yaml() {
    let dir = two_articles([
        (
            "ledger.txt",
            "Coast Ledger",
            "2026-04-02",
            "Former HP senator Ada Voss said on Tuesday that she would run again.",
        ),
        (
            "times.txt",
            "Harbour Times",
            "2026-04-02",
            "On Tuesday, Harvest senator Ada Voss said that she would run again.",
        ),
    ]);
    // Without the nickname, "HP" names no party anyone knows.
    assert_eq!(title_conflicts(&report(dir.path()), "Ada Voss"), []);
    std::fs::write(
        dir.path().join("entities.yaml"),
        "entities:\n  - name: Harvest Party\n    kind: organisation\n    aliases: [HP]\n",
    )
    .unwrap();
    assert_eq!(
        title_conflicts(&report(dir.path()), "Ada Voss"),
        [(
            "former-vs-current".into(),
            Severity::Contradiction,
            vec!["Former HP senator".into(), "Harvest senator".into()]
        )]
    );
}
