//! Corpora of the project's own, on other stories, under `tests/corpora/`.

mod caught;
mod council_election;
mod numbers;
mod one_article;
mod places;
mod port_strike;
mod posts;
mod quake;
mod sources;
mod tolls;
mod transit_strike;

use claimcheck::report::{DisputeEntry, Report, SideEntry};
use claimcheck::rules::Severity;

use crate::common::{conflicts, corpus_dir};
use crate::extract::measured::gold;

/// One of our stories under `tests/corpora/`, extracted with no review.
fn extracted(story: &str) -> tempfile::TempDir {
    crate::extract::measured::extracted(&corpus_dir(story), &gold(story))
}

/// A conflict as the tests compare it: its rule, its severity, and its two
/// sides as written by the test, in order.
type Found = (String, Severity, Vec<String>);

/// Every conflict in the disputes `which` picks, each side written by
/// `side`, sorted.
fn conflicts_in(
    report: &Report,
    which: impl Fn(&DisputeEntry) -> bool,
    side: impl Fn(&SideEntry) -> String,
) -> Vec<Found> {
    let mut found: Vec<Found> = conflicts(report)
        .filter(|d| which(d))
        .flat_map(|d| {
            d.conflicts.iter().map(|c| {
                let mut sides: Vec<String> = c.sides.iter().map(|&i| side(&d.sides[i])).collect();
                sides.sort();
                (c.rule.clone(), c.severity, sides)
            })
        })
        .collect();
    found.sort();
    found
}

/// A side as its value and the articles that give it: "nine
/// [transpacific-news]".
fn with_articles(side: &SideEntry) -> String {
    format!("{} [{}]", side.value, side.articles.join(", "))
}

/// Every conflict about a subject that starts with `subject`, each side with
/// its articles, sorted.
fn pairs(report: &Report, subject: &str) -> Vec<Found> {
    conflicts_in(report, |d| d.subject.starts_with(subject), with_articles)
}

/// A corpus of two one-sentence articles, each `(file, outlet, published,
/// sentence)`, extracted with no review.
pub(crate) fn two_articles(articles: [(&str, &str, &str, &str); 2]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    std::fs::create_dir(&folder).unwrap();
    for (file, outlet, published, sentence) in articles {
        std::fs::write(
            folder.join(file),
            format!("---\npublished: {published}\noutlet: {outlet}\n---\n\n{sentence}\n"),
        )
        .unwrap();
    }
    let (plans, problems) = claimcheck::extract::file::plan(dir.path(), |_, _| {});
    assert!(problems.is_empty(), "{problems:#?}");
    for plan in &plans {
        claimcheck::extract::file::write(plan).unwrap();
    }
    dir
}
