//! Verdicts: a person's decision on a dispute changes the exit code, shows in the
//! report, survives extraction run again, and is reported once its dispute is gone.

use std::path::Path;

use predicates::prelude::*;

use crate::cli::copy_dir;
use crate::common::{claimcheck, json_report, seed_dir};
use crate::extract::measured::{bare_copy, gold};

/// The ids of the disputes of a severity.
fn ids(report: &serde_json::Value, severity: &str) -> Vec<String> {
    report["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == severity)
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

fn write_verdict(dir: &Path, id: &str, verdict: &str) {
    std::fs::write(
        dir.join("verdicts.yaml"),
        format!(
            "# decisions of the desk\nverdicts:\n  {id}:\n    verdict: {verdict}\n    note: checked with the outlet\n    by: A. Editor\n    date: 2026-01-20\n"
        ),
    )
    .unwrap();
}

fn extract(dir: &Path) {
    claimcheck().arg("extract").arg(dir).assert().success();
}

#[test]
fn a_dismissed_contradiction_stops_failing_check() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let before = json_report(dir.path());
    let contradictions = ids(&before, "contradiction");
    assert_eq!(contradictions.len(), 1, "{before:#}");
    claimcheck().arg("check").arg(dir.path()).assert().code(1);

    write_verdict(dir.path(), &contradictions[0], "dismissed");
    claimcheck()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains("(dismissed)"));
    claimcheck()
        .args(["check", "--format", "markdown"])
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "> verdict: dismissed by A. Editor on 2026-01-20: checked with the outlet",
        ));
    claimcheck()
        .args(["explain", &contradictions[0]])
        .arg(dir.path())
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Verdict: dismissed by A. Editor on 2026-01-20: checked with the outlet",
        ));
    let after = json_report(dir.path());
    let dispute = after["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == contradictions[0].as_str())
        .expect("the dispute is still reported");
    assert_eq!(dispute["verdict"]["verdict"], "dismissed");
    assert_eq!(dispute["severity"], "contradiction");
}

#[test]
fn a_confirmed_contradiction_still_fails() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let id = ids(&json_report(dir.path()), "contradiction").remove(0);
    write_verdict(dir.path(), &id, "confirmed");
    claimcheck().arg("check").arg(dir.path()).assert().code(1);
}

#[test]
fn a_verdict_survives_extraction_run_again_and_from_scratch() {
    let dir = bare_copy(&seed_dir(), &gold("seed"));
    extract(dir.path());
    let contradictions = ids(&json_report(dir.path()), "contradiction");
    assert!(!contradictions.is_empty());
    let all: String = contradictions
        .iter()
        .map(|id| format!("  {id}:\n    verdict: dismissed\n"))
        .collect();
    std::fs::write(
        dir.path().join("verdicts.yaml"),
        format!("verdicts:\n{all}"),
    )
    .unwrap();
    claimcheck().arg("check").arg(dir.path()).assert().code(0);

    // Extraction again, over the claims files it wrote.
    extract(dir.path());
    claimcheck().arg("check").arg(dir.path()).assert().code(0);

    // Extraction from scratch: every claims file gone and written anew.
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml")
            && path.file_name().is_some_and(|n| n != "verdicts.yaml")
        {
            std::fs::remove_file(path).unwrap();
        }
    }
    extract(dir.path());
    let report = json_report(dir.path());
    claimcheck().arg("check").arg(dir.path()).assert().code(0);
    assert!(report.get("stale_verdicts").is_none(), "{report:#}");
    assert!(
        std::fs::read_to_string(dir.path().join("verdicts.yaml"))
            .unwrap()
            .contains(&contradictions[0]),
        "extract left verdicts.yaml alone"
    );
}

#[test]
fn a_verdict_on_a_vanished_dispute_is_reported_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    write_verdict(dir.path(), "d-000000", "explained");
    let written = std::fs::read_to_string(dir.path().join("verdicts.yaml")).unwrap();
    claimcheck()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "verdicts.yaml has a verdict (explained) on d-000000, which this run did not find",
        ));
    let report = json_report(dir.path());
    assert_eq!(report["stale_verdicts"][0]["id"], "d-000000");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("verdicts.yaml")).unwrap(),
        written,
        "check never writes into a corpus"
    );
}

#[test]
fn a_verdict_that_is_not_one_of_the_three_is_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    write_verdict(dir.path(), "d-000000", "maybe");
    claimcheck()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("verdicts.yaml:4:"))
        .stderr(predicate::str::contains("confirmed"));
}
