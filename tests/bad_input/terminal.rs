//! Text from a corpus cannot drive a terminal or break a document: control
//! characters, escape sequences and direction overrides in outlets, names,
//! notes and values are shown as escapes in the table, `explain` and every
//! message, and Markdown keeps them, pipes and line breaks inside their cell.

use assert_cmd::Command;

use super::{broken, edit};

/// An outlet that clears the screen, rings the bell, breaks a table row and
/// starts a Markdown heading; a title with a right-to-left override; a
/// verdict note that starts a heading on a line of its own.
fn hostile() -> tempfile::TempDir {
    broken(|d| {
        edit(
            d,
            "001_94d892753a69eef2.yaml",
            "  outlet: null",
            "  outlet: \"Evil\\e[2J\\a|News\\n# Heading\"",
        );
        edit(
            d,
            "001_94d892753a69eef2.yaml",
            "object: \"former US President\"",
            "object: \"former US\\u202e President\"",
        );
        std::fs::write(
            d.join("verdicts.yaml"),
            "verdicts:\n  d-696863:\n    verdict: explained\n    note: \"texts agreed\\n# Pwned\\r\\n| a | b |\"\n",
        )
        .unwrap();
    })
}

fn stdout(args: &[&str], dir: &std::path::Path) -> String {
    let output = Command::cargo_bin("claimcheck")
        .unwrap()
        .args(args)
        .arg(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap()
}

fn assert_inert(what: &str, text: &str) {
    for c in text.chars() {
        assert!(
            !(('\u{202a}'..='\u{202e}').contains(&c) || c.is_control() && c != '\n'),
            "{what} sends {c:?}:\n{text}"
        );
    }
}

#[test]
fn the_table_and_explain_show_control_characters_as_escapes() {
    let dir = hostile();
    let table = stdout(&["check", "--color", "never"], dir.path());
    assert_inert("the table", &table);
    assert!(table.contains("Evil\\u{1b}[2J\\u{7}|News"), "{table}");
    assert!(table.contains("\\u{202e}"), "{table}");
    let explain = Command::cargo_bin("claimcheck")
        .unwrap()
        .args(["explain", "d-696863"])
        .arg(dir.path())
        .output()
        .unwrap();
    let explain = String::from_utf8(explain.stdout).unwrap();
    assert!(explain.contains("d-696863"), "{explain}");
    assert_inert("explain", &explain);
}

#[test]
fn markdown_keeps_what_a_corpus_says_inside_its_cell() {
    let dir = hostile();
    let markdown = stdout(&["check", "--format", "markdown"], dir.path());
    assert_inert("markdown", &markdown);
    let headings: Vec<&str> = markdown.lines().filter(|l| l.starts_with('#')).collect();
    assert!(
        headings
            .iter()
            .all(|h| *h == "# Contradictions report" || h.starts_with("## ")),
        "{headings:?}"
    );
    assert!(
        !headings
            .iter()
            .any(|h| h.contains("Pwned") || h.contains("Heading"))
    );
    // Every row of the articles table has its five cells.
    for row in markdown.lines().filter(|l| l.starts_with("| 0")) {
        assert_eq!(row.matches(" | ").count() + 2, 6, "{row}");
    }
    assert!(
        markdown.contains("Evil\\u{1b}[2J\\u{7}\\|News # Heading"),
        "{markdown}"
    );
}

#[test]
fn a_message_shows_control_characters_as_escapes() {
    let dir = broken(|d| {
        edit(
            d,
            "002_4ecb6a2e83deaf57.yaml",
            "status: confirmed",
            "status: \"\\e]8;;http://x\\a\\e[31mconfirmed\"",
        )
    });
    let output = Command::cargo_bin("claimcheck")
        .unwrap()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_inert("validate", &stderr);
    assert!(
        stderr.contains("unknown variant `\\u{1b}]8;;http://x\\u{7}\\u{1b}[31mconfirmed`"),
        "{stderr}"
    );
    let shown = stderr.replace(&dir.path().display().to_string(), "CORPUS");
    insta::assert_snapshot!("control_characters_in_a_message", shown);
}

/// A 5,000-character value in the wrong place is not a 5,000-character
/// message: the value is cut, and what the message says after it is kept.
#[test]
fn a_long_value_makes_no_long_message() {
    let long = "x".repeat(5_000);
    let dir = broken(|d| {
        edit(
            d,
            "002_4ecb6a2e83deaf57.yaml",
            "status: confirmed",
            &format!("status: \"{long}\""),
        )
    });
    let output = Command::cargo_bin("claimcheck")
        .unwrap()
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.len() < 1_000, "{} bytes", stderr.len());
    let shown = stderr.replace(&dir.path().display().to_string(), "CORPUS");
    insta::assert_snapshot!("a_long_value", shown);
}
