//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

use claimcheck::Checked;
use claimcheck::report::DisputeEntry;
use claimcheck::report::Report;
use claimcheck::rules::Severity;

/// The `claimcheck` binary, run as in a pipe: no terminal width, no colour.
pub fn claimcheck() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("claimcheck").unwrap();
    cmd.env_remove("COLUMNS").env("NO_COLOR", "1");
    cmd
}

/// What `claimcheck check --format json` prints for a corpus folder, read back.
pub fn json_report(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&check_json(dir).stdout).unwrap()
}

/// The JSON report of `dir`, from a run that printed nothing on stderr.
pub fn quiet_json_report(dir: &Path) -> serde_json::Value {
    let out = check_json(dir);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn check_json(dir: &Path) -> std::process::Output {
    claimcheck()
        .args(["check", "--format", "json"])
        .arg(dir)
        .output()
        .unwrap()
}

/// Runs `validate` on `dir` and asserts its exit code.
pub fn validate_exits(dir: &Path, code: i32) {
    claimcheck().arg("validate").arg(dir).assert().code(code);
}

/// The seed corpus shipped in `claims/`.
pub fn seed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("claims")
}

/// A corpus of the tests' own, under `tests/corpora/`.
pub fn corpus_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpora")
        .join(name)
}

pub fn checked(dir: &Path) -> Checked {
    claimcheck::check(dir)
}

pub fn report(dir: &Path) -> Report {
    let checked = claimcheck::check(dir);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    Report::from_checked(&checked)
}

/// The article id of the seed article whose id starts with `prefix` ("001").
pub fn article(report: &Report, prefix: &str) -> String {
    report
        .articles
        .iter()
        .find(|a| a.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no article {prefix}"))
        .id
        .clone()
}

/// Disputes about `subject` of kind `kind`.
pub fn disputes<'r>(report: &'r Report, subject: &str, kind: &str) -> Vec<&'r DisputeEntry> {
    report
        .disputes
        .iter()
        .filter(|d| d.subject == subject && d.kind == kind)
        .collect()
}

/// Every dispute that is more than a spelling variant.
pub fn conflicts(report: &Report) -> impl Iterator<Item = &DisputeEntry> {
    report
        .disputes
        .iter()
        .filter(|d| d.severity != Severity::Variant)
}

/// Every dispute that is a contradiction.
pub fn contradictions(report: &Report) -> Vec<&DisputeEntry> {
    report
        .disputes
        .iter()
        .filter(|d| d.severity == Severity::Contradiction)
        .collect()
}

/// Whether the report says the claims `a` and `b` (article id prefix, claim id)
/// conflict: some dispute has them on two sides that it lists as conflicting.
pub fn opposed(report: &Report, a: (&str, &str), b: (&str, &str)) -> bool {
    let holds = |side: &claimcheck::report::SideEntry, (article, claim): (&str, &str)| {
        side.claims
            .iter()
            .any(|c| c.article.starts_with(article) && c.claim == claim)
    };
    report.disputes.iter().any(|d| {
        d.conflicts.iter().any(|c| {
            let (x, y) = (&d.sides[c.sides[0]], &d.sides[c.sides[1]]);
            (holds(x, a) && holds(y, b)) || (holds(x, b) && holds(y, a))
        })
    })
}

/// The objects of the live claims of the seed corpus with this subject and
/// predicate, sorted and each once: the positive control of a test that
/// asserts no dispute about them, so that it cannot pass because the claims
/// are gone or renamed.
pub fn seed_objects(subject: &str, predicate: &str) -> Vec<String> {
    let checked = claimcheck::check(&seed_dir());
    let mut objects: Vec<String> = checked
        .corpus
        .claims
        .iter()
        .filter(|c| c.is_live() && c.record.subject == subject && c.record.predicate == predicate)
        .map(|c| c.record.object.to_string())
        .collect();
    objects.sort();
    objects.dedup();
    objects
}

/// The objects of every live claim of the seed corpus with this predicate.
pub fn seed_objects_of(predicate: &str) -> Vec<String> {
    let checked = claimcheck::check(&seed_dir());
    let mut objects: Vec<String> = checked
        .corpus
        .claims
        .iter()
        .filter(|c| c.is_live() && c.record.predicate == predicate)
        .map(|c| c.record.object.to_string())
        .collect();
    objects.sort();
    objects.dedup();
    objects
}
