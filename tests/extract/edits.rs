//! A person's edits survive `extract` run again: comments, rejected claims,
//! changed objects, claims added by hand, byte for byte.

use assert_cmd::Command;

use crate::common::seed_dir;
use crate::extract::measured::bare_copy;

fn extract(dir: &std::path::Path, dry_run: bool) -> String {
    let mut cmd = Command::cargo_bin("claimcheck").unwrap();
    cmd.arg("extract").arg(dir);
    if dry_run {
        cmd.arg("--dry-run");
    }
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

fn seed_copy() -> tempfile::TempDir {
    let gold = claimcheck::eval::gold::read(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/seed.yaml"),
    )
    .unwrap();
    bare_copy(&seed_dir(), &gold)
}

const FILE: &str = "003_b467bdeb06d57ac6.yaml";

/// Edits a fresh claims file as a reviewer would, and returns the edited text.
fn review(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    // A comment at the top and one inside a claim.
    lines.insert(
        0,
        "# Reviewed by A. Person, 2026-11-22: two claims fixed.".into(),
    );
    let first_status = lines
        .iter()
        .position(|l| l.trim() == "status: unreviewed")
        .unwrap();
    lines[first_status] =
        lines[first_status].replace("unreviewed", "confirmed  # checked against the text");
    // Reject the second claim.
    let second_status = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.trim() == "status: unreviewed")
        .map(|(i, _)| i)
        .next()
        .unwrap();
    lines[second_status] = lines[second_status].replace("unreviewed", "rejected");
    // Change an object.
    let object = lines
        .iter()
        .position(|l| l.trim_start().starts_with("object: \"informal adviser\""))
        .unwrap();
    lines[object] = lines[object].replace("informal adviser", "adviser (informal)");
    let mut edited = lines.join("\n");
    edited.push('\n');
    // A claim added by hand, its span counted in the text as stored.
    let article = std::fs::read_to_string(
        path.parent()
            .unwrap()
            .join("articles/003_b467bdeb06d57ac6.txt"),
    )
    .unwrap();
    let quote = "Ukrainian delegation head Rustem Umerov";
    let start = article.find(quote).unwrap();
    edited.push_str(&format!(
        "  - id: h1\n    subject: \"Rustem Umerov\"\n    predicate: title\n    object: \"head of Ukraine's delegation\"\n    quote: \"{quote}\"\n    span: [{start}, {}]\n    status: confirmed\n    by: hand\n    note: \"added in review\"\n",
        start + quote.len()
    ));
    std::fs::write(path, &edited).unwrap();
    edited
}

#[test]
fn extract_again_keeps_every_edit_byte_for_byte() {
    let dir = seed_copy();
    extract(dir.path(), false);
    let path = dir.path().join(FILE);
    let edited = review(&path);
    // The edited file is valid, and so is the hand-added span.
    let loaded = claimcheck::load::load(dir.path());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);

    let out = extract(dir.path(), false);
    let after = std::fs::read_to_string(&path).unwrap();
    // The reviewer rejected one claim and changed another's object: neither comes back.
    assert_eq!(after, edited, "extract changed a reviewed file:\n{out}");
    assert!(after.contains("# Reviewed by A. Person"));
    assert!(after.contains("confirmed  # checked against the text"));
    assert!(after.contains("status: rejected"));
    assert!(after.contains("adviser (informal)"));
    assert!(after.contains("note: \"added in review\""));
}

#[test]
fn new_candidates_are_appended_after_what_a_person_wrote() {
    let dir = seed_copy();
    extract(dir.path(), false);
    let path = dir.path().join(FILE);
    let full = std::fs::read_to_string(&path).unwrap();
    // Keep the header and the first three claims, as if the rest were not yet extracted.
    let fourth = full.match_indices("\n  - id: c4\n").next().unwrap().0 + 1;
    let kept = format!("# my notes\n{}", &full[..fourth]);
    std::fs::write(&path, &kept).unwrap();

    let out = extract(dir.path(), false);
    assert!(out.contains(FILE), "{out}");
    let after = std::fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with(&kept),
        "the person's part of the file changed"
    );
    assert!(after.len() > kept.len());
    let loaded = claimcheck::load::load(dir.path());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let article = loaded
        .corpus
        .articles
        .iter()
        .position(|a| a.id == "003_b467bdeb06d57ac6")
        .unwrap();
    let ids: Vec<&str> = loaded
        .corpus
        .claims
        .iter()
        .filter(|c| c.article == article)
        .map(|c| c.record.id.as_str())
        .collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert!(ids.len() > 3);
    assert_eq!(
        unique.len(),
        ids.len(),
        "claim ids repeat within the file: {ids:?}"
    );
}

#[test]
fn extract_twice_adds_nothing_and_dry_run_writes_nothing() {
    let dir = seed_copy();
    let first = extract(dir.path(), true);
    assert!(first.contains("would add"), "{first}");
    assert!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .all(|e| e.file_name() == "articles"),
        "--dry-run wrote files"
    );
    extract(dir.path(), false);
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    let snapshot: Vec<Vec<u8>> = before
        .iter()
        .filter(|p| p.is_file())
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    let again = extract(dir.path(), false);
    assert!(again.contains("nothing new to add"), "{again}");
    let after: Vec<Vec<u8>> = before
        .iter()
        .filter(|p| p.is_file())
        .map(|p| std::fs::read(p).unwrap())
        .collect();
    assert_eq!(snapshot, after);
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| n == "articles" || n.ends_with(".yaml")),
        "{names:?}"
    );
}
