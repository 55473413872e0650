//! The `claimcheck` binary as a user runs it: exit codes, formats, what it writes.

use predicates::prelude::*;

use claimcheck::report::Format;

use crate::common::{claimcheck, seed_dir};

#[test]
fn check_on_the_seed_corpus_reports_the_contradiction_and_exits_1() {
    claimcheck()
        .args(["check"])
        .arg(seed_dir())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("former-vs-current"))
        .stdout(predicate::str::contains("Rustam Umarov"))
        .stdout(predicate::str::contains(
            "1 contradiction, 1 warning, 4 spelling variants",
        ));
}

#[test]
fn every_format_renders() {
    for format in Format::ALL {
        let marker = match format {
            Format::Table => "Dispute",
            Format::Markdown => "# Contradictions report",
            Format::Json => "\"version\": 1",
            Format::Dot => "graph claims {",
            Format::Html => "<!DOCTYPE html>",
        };
        claimcheck()
            .args(["check", "--format", format.name()])
            .arg(seed_dir())
            .assert()
            .code(1)
            .stdout(predicate::str::contains(marker));
    }
}

#[test]
fn fail_on_warning_and_variant_lower_the_bar() {
    // A corpus with only variants exits 0 unless asked otherwise: the seed corpus
    // has a contradiction, so use the exit-code corpus of the tests' own.
    let dir = crate::common::corpus_dir("variants-only");
    claimcheck().arg("check").arg(&dir).assert().code(0);
    claimcheck()
        .args(["check", "--fail-on", "variant"])
        .arg(&dir)
        .assert()
        .code(1);
}

#[test]
fn validate_passes_a_good_corpus_and_writes_nothing() {
    claimcheck()
        .arg("validate")
        .arg(seed_dir())
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "ok: 4 claims files, 4 articles, 54 claims",
        ));
}

#[test]
fn a_missing_corpus_is_bad_input() {
    claimcheck()
        .args(["check", "no/such/folder"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/folder"))
        .stderr(predicate::str::contains("cannot read the corpus folder"));
}

#[test]
fn check_writes_nothing_into_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let before = snapshot(dir.path());
    for format in Format::ALL {
        claimcheck()
            .args(["check", "--format", format.name()])
            .arg(dir.path())
            .assert()
            .code(1);
    }
    assert_eq!(before, snapshot(dir.path()));
}

pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file below `dir` with its bytes, in path order.
fn snapshot(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), std::fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn json_claims_files_give_the_same_report_as_yaml() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("00") && name.ends_with(".yaml") {
            let file: claimcheck::load::files::ClaimsFile =
                serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            std::fs::write(
                path.with_extension("json"),
                serde_json::to_string(&file).unwrap(),
            )
            .unwrap();
            std::fs::remove_file(&path).unwrap();
        }
    }
    let json = |dir: &std::path::Path| {
        claimcheck()
            .args(["check", "--format", "json"])
            .arg(dir)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(json(&seed_dir()), json(dir.path()));
}

#[test]
fn a_broken_json_claims_file_is_named_with_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    std::fs::write(
        dir.path().join("broken.json"),
        "{\"article\": {\"text\": \"articles/x.txt\"},\n \"claims\": [}\n",
    )
    .unwrap();
    claimcheck()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("broken.json:2:"))
        .stderr(predicate::str::contains("expected a claims file in JSON"));
}

/// `claimcheck ARGS` with its standard output on /dev/full, where every write
/// fails with "No space left on device".
#[cfg(target_os = "linux")]
fn with_stdout_full(args: &[&std::ffi::OsStr]) -> assert_cmd::assert::Assert {
    use assert_cmd::assert::OutputAssertExt;
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .env_remove("COLUMNS")
        .env("NO_COLOR", "1")
        .stdout(full)
        .output()
        .unwrap()
        .assert()
}

#[cfg(target_os = "linux")]
const STDOUT_FULL: &str =
    "error: cannot write standard output: No space left on device (os error 28)\n";

#[test]
#[cfg(target_os = "linux")]
fn extract_with_stdout_full_says_so_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    with_stdout_full(&["extract".as_ref(), dir.path().as_os_str()])
        .code(2)
        .stderr(STDOUT_FULL);
}

#[test]
#[cfg(target_os = "linux")]
fn validate_with_stdout_full_says_so_and_exits_2() {
    with_stdout_full(&["validate".as_ref(), seed_dir().as_os_str()])
        .code(2)
        .stderr(STDOUT_FULL);
}

#[test]
#[cfg(target_os = "linux")]
fn eval_with_stdout_full_says_so_and_exits_2() {
    let gold = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold/seed.yaml");
    with_stdout_full(&[
        "eval".as_ref(),
        seed_dir().as_os_str(),
        "--gold".as_ref(),
        gold.as_os_str(),
    ])
    .code(2)
    .stderr(STDOUT_FULL);
}

/// `-q` keeps standard error to errors, `-v` adds what was read and when each
/// step ended; both work before or after the command.
#[test]
fn quiet_and_verbose_work_on_every_command() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let text = dir.path().join("articles/001_94d892753a69eef2.txt");
    let original = std::fs::read_to_string(&text).unwrap();
    std::fs::write(&text, format!("Correction.\n{original}")).unwrap();
    let stderr = |args: &[&str]| {
        let out = claimcheck().args(args).arg(dir.path()).output().unwrap();
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(stderr(&["check"]).contains("note: "));
    assert_eq!(stderr(&["-q", "check"]), "");
    assert_eq!(stderr(&["check", "--quiet"]), "");
    let verbose = stderr(&["check", "-v"]);
    assert!(
        verbose.contains("load done at") && verbose.contains("read 4 articles and 54 claims"),
        "{verbose}"
    );
    for command in ["validate", "extract", "fix", "explain"] {
        let out = claimcheck()
            .args([command, "-q"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert_ne!(out.status.code(), None, "{command}");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("note:"),
            "{command}"
        );
    }
}

/// `claimcheck man --dir DIR` writes a page per command, each with its exit
/// status.
#[test]
fn man_writes_a_page_per_command_with_its_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    claimcheck()
        .args(["man", "--dir"])
        .arg(dir.path())
        .assert()
        .success();
    for name in [
        "claimcheck",
        "claimcheck-check",
        "claimcheck-extract",
        "claimcheck-fix",
        "claimcheck-validate",
    ] {
        let page = std::fs::read_to_string(dir.path().join(format!("{name}.1"))).unwrap();
        assert!(page.contains(&format!(".TH {name} ")), "{name}");
        assert!(page.contains(".SH \"EXIT STATUS\""), "{name}");
    }
    let check = std::fs::read_to_string(dir.path().join("claimcheck-check.1")).unwrap();
    assert!(check.contains("1: at least one does"), "{check}");
}
