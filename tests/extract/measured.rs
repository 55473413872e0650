//! Extraction measured against gold: on copies of the seed articles and of the
//! project's own articles, with `published` (and `outlet`) in front matter and no
//! claims files, `extract` then `eval`.

use std::path::Path;

use claimcheck::eval::gold::{self, GoldFile};
use claimcheck::eval::{Score, Tally, score};

use crate::common::{corpus_dir, seed_dir};

/// Copies the articles a gold file names from `source` into a fresh corpus, with
/// front matter from the gold file in place of any they had.
pub fn bare_copy(source: &Path, gold: &GoldFile) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for (id, article) in &gold.articles {
        let text =
            std::fs::read_to_string(source.join("articles").join(format!("{id}.txt"))).unwrap();
        let body = match claimcheck::load::article::split_front_matter(&text) {
            Some((_, body)) => &text[body..],
            None => &text[..],
        };
        let mut front = String::from("---\n");
        if let Some(p) = article.published {
            front.push_str(&format!("published: {p}\n"));
        }
        if let Some(o) = &article.outlet {
            front.push_str(&format!("outlet: {o}\n"));
        }
        front.push_str("---\n");
        std::fs::write(
            dir.path().join("articles").join(format!("{id}.txt")),
            front + body,
        )
        .unwrap();
    }
    dir
}

pub fn gold(name: &str) -> GoldFile {
    gold::read(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/gold")
            .join(format!("{name}.yaml")),
    )
    .unwrap()
}

/// A bare copy of the articles of `source` that `gold` names, extracted with
/// no review.
pub fn extracted(source: &Path, gold: &GoldFile) -> tempfile::TempDir {
    let dir = bare_copy(source, gold);
    let (plans, problems) = claimcheck::extract::file::plan(dir.path(), |_, _| {});
    assert!(problems.is_empty(), "{problems:#?}");
    for plan in &plans {
        claimcheck::extract::file::write(plan).unwrap();
    }
    dir
}

/// Extracts into a bare copy and scores it against the gold.
fn extract_and_score(source: &Path, name: &str) -> (Score, tempfile::TempDir) {
    let gold = gold(name);
    let dir = extracted(source, &gold);
    let loaded = claimcheck::load::load(dir.path());
    assert!(
        loaded.diagnostics.is_empty(),
        "extract wrote files check cannot read: {:#?}",
        loaded.diagnostics
    );
    (score(&loaded.corpus, &gold), dir)
}

fn show(name: &str, score: &Score) -> String {
    format!("{name}\n{}", score.render(true))
}

#[test]
fn seed_articles_recall_at_least_0_9_and_precision_at_least_0_8() {
    let (score, _dir) = extract_and_score(&seed_dir(), "seed");
    let m = score.measured();
    assert!(m.recall() >= 0.9, "{}", show("seed", &score));
    assert!(m.precision() >= 0.8, "{}", show("seed", &score));
}

#[test]
fn own_articles_recall_and_precision_at_least_0_8() {
    let mut total = Tally::default();
    let mut shown = String::new();
    for name in ["flood", "trade", "port-strike", "variants-only"] {
        let (score, _dir) = extract_and_score(&corpus_dir(name), name);
        let m = score.measured();
        total.gold += m.gold;
        total.found += m.found;
        total.matched += m.matched;
        shown.push_str(&show(name, &score));
    }
    assert!(
        total.gold >= 70,
        "the own gold should be a real test: {total:?}"
    );
    assert!(total.recall() >= 0.8, "{total:?}\n{shown}");
    assert!(total.precision() >= 0.8, "{total:?}\n{shown}");
}

#[test]
fn every_extracted_claim_is_unreviewed_and_names_its_rule() {
    let (_, dir) = extract_and_score(&seed_dir(), "seed");
    let loaded = claimcheck::load::load(dir.path());
    assert!(!loaded.corpus.claims.is_empty());
    for c in &loaded.corpus.claims {
        assert_eq!(
            c.record.status,
            claimcheck::corpus::claim::Status::Unreviewed
        );
        assert!(c.record.by.starts_with("rule:"), "{:?}", c.record);
    }
}

/// `check` on the unreviewed extracted seed claims: the Trump contradiction and
/// the four spelling variants, and no false contradiction.
#[test]
fn check_on_extracted_seed_claims_finds_what_the_hand_claims_find() {
    let (_, dir) = extract_and_score(&seed_dir(), "seed");
    let report = crate::common::report(dir.path());
    let contradictions = crate::common::contradictions(&report);
    assert_eq!(contradictions.len(), 1, "{contradictions:#?}");
    assert_eq!(contradictions[0].subject, "Donald Trump");
    assert_eq!(contradictions[0].rule, "former-vs-current");
    assert!(
        report.unreviewed > 0 && report.summary().contains("not yet reviewed"),
        "{}",
        report.summary()
    );

    let variant_forms = |needle: &str| {
        report
            .disputes
            .iter()
            .filter(|d| d.kind == "variant")
            .find(|d| d.sides.iter().any(|s| s.value.contains(needle)))
            .map(|d| d.sides.iter().map(|s| s.value.clone()).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    for (a, b) in [
        ("Umarov", "Umerov"),
        ("Wittkopf", "Witkoff"),
        ("Zelenskyy", "Zelenskiy"),
        ("Kiev", "Kyiv"),
    ] {
        let forms = variant_forms(a);
        assert!(
            forms.iter().any(|f| f.contains(b)),
            "no variant of {a} / {b}: {forms:?}"
        );
    }
    let variants = report
        .disputes
        .iter()
        .filter(|d| d.kind == "variant")
        .count();
    assert_eq!(variants, 4, "{:#?}", report.disputes);
}
