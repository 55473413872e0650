//! Whole messages, pinned with insta: a changed message is reviewed. The
//! corpus folder's path is written `CORPUS` in the snapshots.

use std::path::Path;

use assert_cmd::Command;
use claimcheck::report::Format;

use super::{broken, edit};

/// Exit code and standard error of `claimcheck ARGS DIR`, `DIR` written `CORPUS`.
fn run(args: &[&str], dir: &Path) -> (Option<i32>, String, String) {
    let output = Command::cargo_bin("claimcheck")
        .unwrap()
        .args(args)
        .arg(dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let shown = dir.display().to_string();
    let clean = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&shown, "CORPUS");
    (
        output.status.code(),
        clean(&output.stdout),
        clean(&output.stderr),
    )
}

#[test]
fn a_missing_folder_is_no_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-folder");
    for command in ["check", "validate"] {
        let (code, stdout, stderr) = run(&[command], &missing);
        assert_eq!((code, stdout.as_str()), (Some(2), ""), "{command}");
        insta::assert_snapshot!(format!("missing_folder_{command}"), stderr);
    }
}

#[test]
fn an_empty_folder_is_no_corpus_and_no_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for command in ["check", "validate", "extract"] {
        let (code, stdout, stderr) = run(&[command], dir.path());
        assert_eq!((code, stdout.as_str()), (Some(2), ""), "{command}");
        assert!(!stderr.contains("agree"), "{stderr}");
        insta::assert_snapshot!(format!("empty_folder_{command}"), stderr);
    }
}

#[test]
fn the_articles_folder_itself_is_no_corpus() {
    let dir = broken(|_| {});
    let articles = dir.path().join("articles");
    for command in ["check", "validate", "extract"] {
        let (code, stdout, stderr) = run(&[command], &articles);
        assert_eq!((code, stdout.as_str()), (Some(2), ""), "{command}");
        insta::assert_snapshot!(format!("articles_folder_{command}"), stderr);
    }
}

/// A claims file left out for a typo is named in every format of the
/// report, not only on standard error: the report's contradiction count can
/// never fall silently.
#[test]
fn every_format_names_the_file_it_left_out() {
    let dir = broken(|d| {
        edit(
            d,
            "000_2149febe09771f4b.yaml",
            "status: confirmed",
            "status: confimred",
        )
    });
    for format in Format::ALL {
        let (code, stdout, _) = run(&["check", "--format", format.name()], dir.path());
        assert_eq!(code, Some(2), "{format:?}");
        let (file, word) = ("000_2149febe09771f4b.yaml", "`confimred`");
        assert!(
            stdout.contains(file) && stdout.contains(word),
            "{format:?}: {stdout}"
        );
    }
    let (_, json, stderr) = run(&["check", "--format", "json"], dir.path());
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    insta::assert_json_snapshot!("problems_in_json", report["problems"]);
    insta::assert_snapshot!("problems_on_stderr", stderr);
}

/// Brackets nested forty thousand deep are refused before the parser sees
/// them: its time grows with the square of the depth.
#[test]
fn deep_nesting_is_refused_at_once() {
    let dir = broken(|d| {
        let n = 40_000;
        let deep = format!("entities: {}{}\n", "[".repeat(n), "]".repeat(n));
        std::fs::write(d.join("entities.yaml"), deep).unwrap();
    });
    let started = std::time::Instant::now();
    let (code, _, stderr) = run(&["validate"], dir.path());
    assert_eq!(code, Some(2));
    assert!(started.elapsed() < std::time::Duration::from_secs(2));
    insta::assert_snapshot!("deep_nesting", stderr);
}

/// What a file says is never dropped silently: each of these is refused with
/// its position, and the whole message pinned.
#[test]
fn what_a_file_says_is_refused_with_its_position_not_dropped() {
    const CLAIMS: &str = "002_4ecb6a2e83deaf57.yaml";
    let cases: [(&str, &str, &str, &str); 7] = [
        (
            "empty_subject",
            CLAIMS,
            "subject: \"talks-2025-12-19\"",
            "subject: \"\"",
        ),
        (
            "null_subject",
            CLAIMS,
            "subject: \"talks-2025-12-19\"",
            "subject: ~",
        ),
        ("null_object", CLAIMS, "object: \"Friday\"", "object: null"),
        (
            "unknown_front_matter_key",
            "articles/new.txt",
            "",
            "---\npublised: 2025-12-19\n---\nA new article.\n",
        ),
        (
            "inverted_tenure",
            "entities.yaml",
            "from: 2025-01-20",
            "from: 2025-01-20, to: 2024-01-20",
        ),
        (
            "one_name_two_kinds",
            "entities.yaml",
            "  - name: Florida\n    kind: place",
            "  - name: Florida\n    kind: person\n  - name: Florida\n    kind: place",
        ),
        (
            "shared_alias",
            "entities.yaml",
            "  - name: Florida\n    kind: place",
            "  - name: Florida\n    kind: place\n    aliases: [Miami]",
        ),
    ];
    for (name, file, from, to) in cases {
        let dir = broken(|d| {
            if from.is_empty() {
                std::fs::write(d.join(file), to).unwrap();
            } else {
                edit(d, file, from, to);
            }
        });
        let (code, _, stderr) = run(&["validate"], dir.path());
        assert_eq!(code, Some(2), "{name}: {stderr}");
        insta::assert_snapshot!(name, stderr);
    }
}

/// Front matter after a byte-order mark, with Windows line endings, is read:
/// the outlet and the date were silently dropped.
#[test]
fn front_matter_with_a_byte_order_mark_and_crlf_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    std::fs::write(
        dir.path().join("articles/one.txt"),
        "\u{feff}---\r\noutlet: Harbour Gazette\r\npublished: 2026-03-10\r\n---\r\nThe ferry sank.\r\n",
    )
    .unwrap();
    let (code, json, stderr) = run(&["check", "--format", "json"], dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let article = &report["articles"][0];
    assert_eq!(article["outlet"], "Harbour Gazette");
    assert_eq!(article["published"], "2026-03-10");
}

/// Links that lead outside the corpus folder are refused, and nothing of
/// what they lead to is read or quoted.
#[test]
fn nothing_outside_the_corpus_is_read() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.yaml");
    std::fs::write(
        &secret,
        "entities:\n  - name: SECRET-LINE\n    kind: person\n",
    )
    .unwrap();
    std::fs::create_dir(outside.path().join("texts")).unwrap();
    std::fs::write(outside.path().join("texts/a.txt"), "SECRET-TEXT\n").unwrap();
    type Setup<'a> = &'a dyn Fn(&Path);
    let cases: [(&str, Setup); 4] = [
        ("link_entities", &|d: &Path| {
            std::fs::remove_file(d.join("entities.yaml")).unwrap();
            symlink(&secret, d.join("entities.yaml")).unwrap();
        }),
        ("link_article_text", &|d: &Path| {
            let text = d.join("articles/002_4ecb6a2e83deaf57.txt");
            std::fs::remove_file(&text).unwrap();
            symlink(outside.path().join("texts/a.txt"), &text).unwrap();
        }),
        ("link_claims_file", &|d: &Path| {
            symlink(&secret, d.join("linked.yaml")).unwrap();
        }),
        ("link_text_folder", &|d: &Path| {
            symlink(outside.path().join("texts"), d.join("texts")).unwrap();
            edit(
                d,
                "002_4ecb6a2e83deaf57.yaml",
                "text: articles/002_4ecb6a2e83deaf57.txt",
                "text: texts/a.txt",
            );
        }),
    ];
    for (name, setup) in cases {
        let dir = broken(|d| setup(d));
        let (code, stdout, stderr) = run(&["check"], dir.path());
        assert_eq!(code, Some(2), "{name}: {stderr}");
        assert!(
            !stdout.contains("SECRET") && !stderr.contains("SECRET"),
            "{name}: {stderr}"
        );
        let stderr = stderr.replace(&outside.path().display().to_string(), "OUTSIDE");
        insta::assert_snapshot!(name, stderr);
    }
    // The articles folder itself, a link out: no corpus to report on.
    let dir = broken(|d| {
        std::fs::rename(d.join("articles"), outside.path().join("articles")).unwrap();
        symlink(outside.path().join("articles"), d.join("articles")).unwrap();
    });
    let (code, stdout, stderr) = run(&["check"], dir.path());
    assert_eq!((code, stdout.as_str()), (Some(2), ""));
    insta::assert_snapshot!("link_articles_folder", stderr);
}

/// `extract` says what it did to each file, and only what it did: a
/// read-only claims file is left as it is and not counted as added to; what
/// a killed run left behind is removed.
#[test]
fn extract_says_what_it_did_and_only_that() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for name in ["a", "b"] {
        std::fs::write(
            dir.path().join(format!("articles/{name}.txt")),
            "---\npublished: 2026-01-17\n---\nThe talks were held in Oslo on Friday.\n",
        )
        .unwrap();
    }
    let (code, stdout, stderr) = run(&["extract"], dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    insta::assert_snapshot!("extract_first_run", stdout);
    // Each file loses its claims; b.yaml is made read-only; a killed run left
    // a temporary file.
    for name in ["a", "b"] {
        let path = dir.path().join(format!("{name}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let head = &text[..text.find("claims:").unwrap()];
        std::fs::write(&path, format!("{head}claims: []\n")).unwrap();
    }
    let b = dir.path().join("b.yaml");
    std::fs::set_permissions(&b, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::write(dir.path().join(".claimcheck-x1Y2z3.tmp"), "half").unwrap();
    let before = std::fs::read(&b).unwrap();
    let (code, stdout, stderr) = run(&["extract"], dir.path());
    assert_eq!(code, Some(0), "{stderr}");
    insta::assert_snapshot!("extract_second_run_stdout", stdout);
    insta::assert_snapshot!("extract_second_run_stderr", stderr);
    assert_eq!(std::fs::read(&b).unwrap(), before);
    assert!(!dir.path().join(".claimcheck-x1Y2z3.tmp").exists());
}

/// A span that no longer holds its quote (outside the text, or a little off),
/// and an article corrected since its claims were written: each claim is
/// found again by its quote and the report stands; `validate` says that
/// `claimcheck fix` will write the new spans.
#[test]
fn claims_are_found_again_by_their_quotes() {
    const CLAIMS: &str = "002_4ecb6a2e83deaf57.yaml";
    let cases: [(&str, &str, &str, &str); 3] = [
        (
            "span_outside_the_text",
            CLAIMS,
            "span: [31, 115]",
            "span: [99990, 99999]",
        ),
        (
            "span_a_little_off",
            CLAIMS,
            "span: [31, 115]",
            "span: [32, 116]",
        ),
        (
            "article_corrected",
            "articles/002_4ecb6a2e83deaf57.txt",
            "Ukrainian officials",
            "Ukrainian diplomats",
        ),
    ];
    let (_, seed_report, _) = run(&["check", "--format", "json"], &crate::common::seed_dir());
    let seed_report: serde_json::Value = serde_json::from_str(&seed_report).unwrap();
    for (name, file, from, to) in cases {
        let dir = broken(|d| edit(d, file, from, to));
        let (code, json, stderr) = run(&["check", "--format", "json"], dir.path());
        assert_eq!(code, Some(1), "{name}: {stderr}");
        let report: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            report["disputes"].as_array().unwrap().len(),
            seed_report["disputes"].as_array().unwrap().len(),
            "{name}"
        );
        assert_eq!(report["claims"], seed_report["claims"], "{name}");
        insta::assert_snapshot!(format!("{name}_check"), stderr);
        let (code, _, stderr) = run(&["validate"], dir.path());
        assert_eq!(code, Some(2), "{name}: {stderr}");
        insta::assert_snapshot!(format!("{name}_validate"), stderr);
    }
}

/// Every problem of a file is reported in one run, each with what was
/// expected there; a claim that does not read costs only itself.
#[test]
fn every_problem_of_a_file_at_once_and_how_to_fix_it() {
    let dir = broken(|d| {
        let path = d.join("002_4ecb6a2e83deaf57.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            .replacen("status: confirmed", "status: confimred", 1)
            .replacen(
                "    by: hand\n  - id: c3",
                "    by: hand\n  - id: c3\n    sujbect: x",
                1,
            )
            .replacen("span: [956, 983]", "span: twelve", 1);
        std::fs::write(&path, text).unwrap();
    });
    let (code, _, stderr) = run(&["validate"], dir.path());
    assert_eq!(code, Some(2));
    insta::assert_snapshot!("every_problem_at_once", stderr);
    let (_, json, _) = run(&["check", "--format", "json"], dir.path());
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["claims"], 51, "three claims of 54 left out");
    assert_eq!(report["problems"].as_array().unwrap().len(), 3);
}

/// A large claims file with a mistake in every claim is read again only a
/// bounded number of times to find further problems: each reading costs the
/// whole file (before the bound, 50 readings of a 12 MB file took 19 s).
#[test]
fn a_large_file_full_of_mistakes_is_read_a_bounded_number_of_times() {
    let dir = broken(|d| {
        let path = d.join("002_4ecb6a2e83deaf57.yaml");
        let text = std::fs::read_to_string(&path).unwrap();
        let head = &text[..text.find("claims:").unwrap()];
        let item = "  - id: x\n    subject: a\n    predicate: title\n    object: b\n    quote: Ukrainian\n    status: wrong\n    by: hand\n";
        std::fs::write(&path, format!("{head}claims:\n{}", item.repeat(20_000))).unwrap();
    });
    let (code, _, stderr) = run(&["validate"], dir.path());
    assert_eq!(code, Some(2));
    let problems = stderr.matches("unknown variant `wrong`").count();
    assert!((1..=6).contains(&problems), "{problems} problems");
}
