//! Editor support and the commands around `check`: the claims-file schema, the
//! HTML page, `explain`, shell completions and the man page.

use predicates::prelude::*;

use crate::common::{claimcheck, corpus_dir, json_report, seed_dir};

fn schema() -> serde_json::Value {
    let out = claimcheck().arg("schema").output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Every claims file of a corpus folder, as editors see it: YAML read as JSON.
fn claims_files(dir: &std::path::Path) -> Vec<(std::path::PathBuf, String)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            !["entities.yaml", "claimcheck.yaml", "verdicts.yaml"].contains(&name)
        })
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn shipped_claims_files_validate_against_the_schema_and_point_editors_at_it() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let files = claims_files(&seed_dir());
    assert_eq!(files.len(), 4);
    for (path, text) in files {
        assert!(
            text.starts_with("# yaml-language-server: $schema=claims.schema.json\n"),
            "{} does not name its schema on its first line",
            path.display()
        );
        let value: serde_json::Value = serde_yaml::from_str(&text).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn the_schema_shipped_beside_the_claims_is_the_one_the_tool_prints() {
    let shipped: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(seed_dir().join("claims.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(
        shipped,
        schema(),
        "regenerate it: claimcheck schema > claims/claims.schema.json"
    );
}

#[test]
fn the_schema_refuses_what_the_loader_refuses() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let (_, text) = claims_files(&seed_dir()).remove(0);
    let good: serde_json::Value = serde_yaml::from_str(&text).unwrap();
    assert!(validator.is_valid(&good));
    let mut misspelt = good.clone();
    misspelt["claims"][0]["subjcet"] = "x".into();
    assert!(!validator.is_valid(&misspelt), "an unknown key");
    let mut bad_status = good.clone();
    bad_status["claims"][0]["status"] = "maybe".into();
    assert!(
        !validator.is_valid(&bad_status),
        "a status outside the three"
    );
    let mut no_quote = good;
    no_quote["claims"][0]
        .as_object_mut()
        .unwrap()
        .remove("quote");
    assert!(!validator.is_valid(&no_quote), "a claim without its quote");
}

#[test]
fn extract_names_the_schema_when_the_corpus_ships_it() {
    let dir = tempfile::tempdir().unwrap();
    crate::cli::copy_dir(&corpus_dir("flood"), dir.path());
    std::fs::write(
        dir.path().join("claims.schema.json"),
        claimcheck().arg("schema").output().unwrap().stdout,
    )
    .unwrap();
    claimcheck()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .success();
    let written = claims_files(dir.path());
    assert!(!written.is_empty());
    for (path, text) in written {
        assert!(
            text.starts_with("# yaml-language-server: $schema=claims.schema.json\n"),
            "{}",
            path.display()
        );
    }
    // and the schema file is not taken for a claims file
    claimcheck()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .success();
}

#[test]
fn the_html_page_is_whole_and_loads_nothing() {
    let out = claimcheck()
        .args(["check", "--format", "html"])
        .arg(seed_dir())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"));
    for outside in [
        "http://", "https://", "<script", "<link", "src=", "url(", "@import",
    ] {
        assert!(!page.contains(outside), "the page refers to {outside}");
    }
    assert!(
        page.contains("default-src 'none'"),
        "a policy that forbids loading"
    );
    // the contradiction, its quotes marked in their sentences, and its graph
    assert!(page.contains("<mark") && page.contains("former US President Donald Trump"));
    assert!(page.contains("son-in-law of <mark"));
    assert!(page.contains("<svg class=\"graph\"") && page.contains("stroke=\"#dc2626\""));
    assert!(page.contains("Who said what"));
}

#[test]
fn explain_tells_the_story_of_one_dispute() {
    let report = json_report(&seed_dir());
    let id = report["disputes"][0]["id"].as_str().unwrap().to_string();
    claimcheck()
        .args(["explain", &id])
        .arg(seed_dir())
        .assert()
        .success()
        .stdout(predicate::str::contains("former-vs-current"))
        .stdout(predicate::str::contains(
            "son-in-law of «former US President Donald Trump»",
        ))
        .stdout(predicate::str::contains("published 2026-01-17"))
        .stdout(predicate::str::contains("Likely: \"US President\""))
        .stdout(predicate::str::contains("Verdict: none yet"));
    claimcheck()
        .args(["explain", "d-000000"])
        .arg(seed_dir())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(id.as_str()));
}

#[test]
fn completions_and_the_man_page_cover_every_command() {
    claimcheck()
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("explain").and(predicate::str::contains("--fail-on")));
    claimcheck().arg("man").assert().success().stdout(
        predicate::str::contains(".TH claimcheck").and(predicate::str::contains("validate")),
    );
}
