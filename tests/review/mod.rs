//! Reviewing by hand without counting bytes: a claim added with a quote and
//! no span is located by its quote, typography aside; a claim the article
//! implies may have no quote at all.

use crate::cli::copy_dir;
use crate::common::{claimcheck, quiet_json_report, seed_dir, validate_exits};

const FILE: &str = "003_b467bdeb06d57ac6.yaml";

/// The seed corpus with `claims` added at the end of 003's claims.
fn with_claims(claims: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let path = dir.path().join(FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}{claims}")).unwrap();
    dir
}

/// A claim typed with straight quotes and a straight apostrophe where the
/// article has curly ones, and no span: `check` finds it and uses it.
#[test]
fn a_claim_added_with_only_a_quote_is_located_and_used() {
    let dir = with_claims(
        "  - id: h1\n    subject: \"Donald Trump\"\n    predicate: title\n    object: \"former US President\"\n    quote: \"President Donald Trump - who has previously criticized Kiev. The appreciation comes despite Trump's apparent skepticism\"\n    status: confirmed\n    by: hand\n",
    );
    let report = quiet_json_report(dir.path());
    assert_eq!(report["claims"], 55);
    let trump = report["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["subject"] == "Donald Trump")
        .unwrap();
    let former = trump["sides"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["value"] == "former US President")
        .unwrap();
    let h1 = former["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["claim"] == "h1")
        .unwrap_or_else(|| panic!("{former:#}"));
    // Located where the article has an en dash and a curly apostrophe.
    let text =
        std::fs::read_to_string(dir.path().join("articles/003_b467bdeb06d57ac6.txt")).unwrap();
    let span: Vec<usize> = serde_json::from_value(h1["span"].clone()).unwrap();
    assert_eq!(
        &text[span[0]..span[1]],
        "President Donald Trump – who has previously criticized Kiev. The appreciation comes despite Trump’s apparent skepticism"
    );
    validate_exits(dir.path(), 0);
}

/// A claim the article implies, added by hand with `quote: null`, is
/// accepted by `validate`, `check` and `extract`, and shown as such.
#[test]
fn a_claim_by_hand_may_have_no_quote() {
    let dir = with_claims(
        "  - id: h2\n    subject: \"Steve Witkoff\"\n    predicate: location\n    object: \"Florida\"\n    quote: null\n    status: confirmed\n    by: hand\n    note: the meeting he attended was in Hallandale Beach\n",
    );
    validate_exits(dir.path(), 0);
    let report = quiet_json_report(dir.path());
    assert_eq!(report["claims"], 55);
    let hand = "  - id: h2\n    subject: \"Steve Witkoff\"\n    predicate: location\n    object: \"Florida\"\n    quote: null\n";
    claimcheck().arg("extract").arg(dir.path()).assert().code(0);
    let after = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert!(after.contains(hand), "{after}");
    validate_exits(dir.path(), 0);
    // A claim by a rule must quote the article.
    let dir = with_claims(
        "  - id: h3\n    subject: \"Steve Witkoff\"\n    predicate: location\n    object: \"Florida\"\n    quote: null\n    status: unreviewed\n    by: rule:located\n",
    );
    let out = claimcheck()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("claim `h3` has no quote"), "{stderr}");
}

/// A quote that occurs twice says where, and how to choose.
#[test]
fn a_quote_that_occurs_twice_asks_which() {
    let dir = with_claims(
        "  - id: h4\n    subject: \"Rustem Umerov\"\n    predicate: location\n    object: \"United States\"\n    quote: \"Umerov\"\n    status: confirmed\n    by: hand\n",
    );
    let out = claimcheck()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr =
        String::from_utf8_lossy(&out.stderr).replace(&dir.path().display().to_string(), "CORPUS");
    insta::assert_snapshot!("a_quote_that_occurs_twice", stderr);
    let dir = with_claims(
        "  - id: h4\n    subject: \"Rustem Umerov\"\n    predicate: location\n    object: \"United States\"\n    quote: \"Umerov\"\n    occurrence: 2\n    status: confirmed\n    by: hand\n",
    );
    validate_exits(dir.path(), 0);
}

/// A line inserted at the top of an article (a correction): `check` still
/// reports its disputes, and `claimcheck fix` brings `validate` back to
/// clean, with every comment and edit of the claims file kept.
#[test]
fn a_corrected_article_keeps_its_disputes_and_fix_mends_the_file() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let text = dir.path().join("articles/001_94d892753a69eef2.txt");
    let original = std::fs::read_to_string(&text).unwrap();
    std::fs::write(
        &text,
        format!("Correction: an earlier version misspelt a name.\n{original}"),
    )
    .unwrap();
    let claims = dir.path().join("001_94d892753a69eef2.yaml");
    let with_comment = std::fs::read_to_string(&claims)
        .unwrap()
        .replace("claims:\n", "claims:  # reviewed by the desk\n");
    std::fs::write(&claims, &with_comment).unwrap();

    let out = claimcheck().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("d-5b9eca") && stdout.contains("[former-vs-current]"),
        "{stdout}"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("has changed since its claims were written: 15 of 15 claims found again"),
        "{stderr}"
    );
    validate_exits(dir.path(), 2);

    let dry = claimcheck()
        .args(["fix", "--dry-run"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(dry.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&claims).unwrap(),
        with_comment,
        "--dry-run wrote"
    );
    let diff = String::from_utf8_lossy(&dry.stdout);
    assert!(
        diff.starts_with("--- 001_94d892753a69eef2.yaml\n+++ 001_94d892753a69eef2.yaml\n@@ "),
        "{diff}"
    );

    claimcheck().arg("fix").arg(dir.path()).assert().code(0);
    validate_exits(dir.path(), 0);
    let fixed = std::fs::read_to_string(&claims).unwrap();
    // Only spans and the sha256 changed: every other line is as it was.
    let kept = |t: &str| -> Vec<String> {
        t.lines()
            .filter(|l| {
                !l.trim_start().starts_with("span:") && !l.trim_start().starts_with("sha256:")
            })
            .map(String::from)
            .collect()
    };
    assert_eq!(kept(&fixed), kept(&with_comment));
    assert!(fixed.contains("claims:  # reviewed by the desk\n"));
    claimcheck()
        .arg("fix")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("nothing to fix\n");
}

/// `claimcheck fix` writes the span of a claim added with only its quote,
/// keeping every comment of the file.
#[test]
fn fix_writes_the_span_of_a_claim_added_by_hand() {
    let dir = with_claims(
        "  # added after a call to the outlet\n  - id: h1\n    subject: \"Donald Trump\"\n    predicate: title\n    object: \"former US President\"\n    quote: \"Trump's apparent skepticism\"  # their words\n    status: confirmed\n    by: hand\n",
    );
    let before = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    claimcheck()
        .arg("fix")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(format!("{FILE}: h1: span [1202, 1231]\n"));
    let after = std::fs::read_to_string(dir.path().join(FILE)).unwrap();
    assert_eq!(
        after,
        before.replace(
            "  # their words\n",
            "  # their words\n    span: [1202, 1231]\n"
        )
    );
    validate_exits(dir.path(), 0);
}

/// A report says the sources agree only where claims were compared: claims
/// that no other source speaks of stood alone, and are counted as such.
#[test]
fn no_dispute_is_not_agreement_when_nothing_was_compared() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for (name, text) in [
        (
            "a",
            "---\npublished: 2026-03-02\n---\nInterior Minister Ana Reyes visited the town.\n",
        ),
        (
            "b",
            "---\npublished: 2026-03-02\n---\nFinance Minister Tom Berg spoke in the capital.\n",
        ),
    ] {
        std::fs::write(dir.path().join(format!("articles/{name}.txt")), text).unwrap();
    }
    let out = claimcheck().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!stdout.contains("sources agree"), "{stdout}");
    assert!(
        stdout.starts_with("No disputes: there are no claims to compare.\n"),
        "{stdout}"
    );
    claimcheck().arg("extract").arg(dir.path()).assert().code(0);
    let out = claimcheck().arg("check").arg(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with(
            "No disputes, and nothing compared: no two sources made claims about the same thing ("
        ),
        "{stdout}"
    );
}

/// A mistyped dispute id gets the id it was probably meant to be, in
/// `explain` and in `verdicts.yaml`; `validate` reports a verdict whose
/// dispute has gone.
#[test]
fn a_mistyped_dispute_id_gets_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let out = claimcheck()
        .args(["explain", "d-5b9ec"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let shown = |bytes: &[u8]| {
        String::from_utf8_lossy(bytes).replace(&dir.path().display().to_string(), "CORPUS")
    };
    insta::assert_snapshot!("explain_mistyped_id", shown(&out.stderr));
    std::fs::write(
        dir.path().join("verdicts.yaml"),
        "verdicts:\n  d-5b9ec:\n    verdict: dismissed\n",
    )
    .unwrap();
    let out = claimcheck()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    insta::assert_snapshot!("validate_stale_verdict", shown(&out.stderr));
    let out = claimcheck().arg("check").arg(dir.path()).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout)
            .contains("the id is mistyped (did you mean d-5b9eca?)"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

/// A verdict survives a new source: the dispute keeps its id when a new value
/// joins it, the verdict still applies, and the report says a side appeared
/// since the verdict was given.
#[test]
fn a_verdict_survives_a_new_source_and_the_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&crate::common::corpus_dir("wire"), dir.path());
    let before = quiet_json_report(dir.path());
    let id = before["disputes"][0]["id"].as_str().unwrap().to_string();
    std::fs::write(
        dir.path().join("verdicts.yaml"),
        format!("verdicts:\n  {id}:\n    verdict: explained\n    note: the wire counted crew\n    sides: [\"212\", \"187\"]\n"),
    )
    .unwrap();
    claimcheck().arg("check").arg(dir.path()).assert().code(0);
    std::fs::write(
        dir.path().join("articles/005-late.txt"),
        "---\npublished: 2026-03-11\noutlet: Harbour Gazette\n---\nThe ferry Aurora carried 250 passengers, the port said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("005-late.yaml"),
        "article:\n  text: articles/005-late.txt\n  published: 2026-03-11\nclaims:\n  - id: c1\n    subject: \"passengers on the ferry Aurora\"\n    predicate: count\n    object: \"250\"\n    quote: \"250 passengers\"\n    status: confirmed\n    by: hand\n",
    )
    .unwrap();
    let after = quiet_json_report(dir.path());
    let dispute = &after["disputes"][0];
    assert_eq!(dispute["id"], id.as_str(), "{after:#}");
    assert_eq!(dispute["sides"].as_array().unwrap().len(), 3);
    assert_eq!(dispute["verdict"]["verdict"], "explained");
    assert_eq!(dispute["verdict"]["new_sides"], serde_json::json!(["250"]));
    let table = claimcheck().arg("check").arg(dir.path()).output().unwrap();
    assert_eq!(
        table.status.code(),
        Some(0),
        "an explained dispute does not fail check"
    );
    let table = String::from_utf8_lossy(&table.stdout);
    assert!(table.contains("a new side appeared"), "{table}");
}

/// Extraction respects review: a claim whose quote a reviewer narrowed, and
/// whose object they corrected, is not proposed again, whatever its status.
#[test]
fn extract_never_proposes_what_a_reviewed_claim_covers() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    std::fs::write(
        dir.path().join("articles/a.txt"),
        "---\npublished: 2026-03-02\n---\nInterior Minister Ana Reyes said the talks were held in Lyon on Friday.\n",
    )
    .unwrap();
    claimcheck().arg("extract").arg(dir.path()).assert().code(0);
    let path = dir.path().join("a.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("quote: \"Interior Minister Ana Reyes\""),
        "{text}"
    );
    // The reviewer narrows the title's quote, drops its span, corrects the
    // object and rejects it.
    let span_line = text[text.find("quote: \"Interior Minister Ana Reyes\"").unwrap()..]
        .lines()
        .nth(1)
        .unwrap()
        .to_string();
    assert!(span_line.trim_start().starts_with("span:"), "{span_line}");
    let reviewed = text
        .replacen(
            "quote: \"Interior Minister Ana Reyes\"",
            "quote: \"Minister Ana Reyes\"",
            1,
        )
        .replacen(&format!("{span_line}\n"), "", 1)
        .replacen(
            "object: \"Interior Minister\"",
            "object: \"Minister of the Interior\"",
            1,
        )
        .replacen("status: unreviewed", "status: rejected", 1);
    std::fs::write(&path, &reviewed).unwrap();
    claimcheck()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("nothing new to add\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), reviewed);
}
