//! Every way a corpus can be wrong ends in a message that says where and what to
//! fix, exit code 2, and an unchanged corpus: never a panic, a hang, a silent
//! skip, or lost work. Each entry runs both `check` and `validate`.

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

use crate::cli::copy_dir;
use crate::common::seed_dir;

mod pinned;
mod terminal;

const CLAIMS: &str = "002_4ecb6a2e83deaf57.yaml";
const ARTICLE: &str = "articles/002_4ecb6a2e83deaf57.txt";

/// A copy of the seed corpus, broken by `setup`.
fn broken(setup: impl FnOnce(&Path)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    setup(dir.path());
    dir
}

/// Replaces the first `from` in a file of the corpus with `to`.
fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Every entry below the corpus folder, not following links: its kind and bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path.clone());
                out.push((path, "dir".into(), vec![]));
            } else if meta.is_file() {
                out.push((path.clone(), "file".into(), std::fs::read(&path).unwrap()));
            } else {
                out.push((path, format!("{:?}", meta.file_type()), vec![]));
            }
        }
    }
    out.sort();
    out
}

/// Runs `check` and `validate` on the corpus: each must exit 2, within the time a
/// hang would exceed, saying every one of `expected`, and leave the corpus as it was.
fn assert_bad(dir: &Path, expected: &[&str]) {
    let before = snapshot(dir);
    for command in ["check", "validate"] {
        let output = Command::cargo_bin("claimcheck")
            .unwrap()
            .arg(command)
            .arg(dir)
            .env("NO_COLOR", "1")
            .timeout(Duration::from_secs(30))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{command}: {stderr}");
        assert!(!stderr.contains("panicked"), "{command} panicked: {stderr}");
        for needle in expected {
            assert!(
                stderr.contains(needle),
                "{command}: no {needle:?} in:\n{stderr}"
            );
        }
        // The whole message, pinned: a change to it is reviewed.
        let test = std::thread::current()
            .name()
            .and_then(|n| n.rsplit("::").next())
            .unwrap_or("unnamed")
            .to_string();
        let shown = stderr.replace(&dir.display().to_string(), "CORPUS");
        insta::assert_snapshot!(format!("{test}_{command}"), shown);
    }
    assert_eq!(before, snapshot(dir), "the corpus changed");
}

#[test]
fn an_unclosed_quote() {
    let dir = broken(|d| {
        edit(
            d,
            CLAIMS,
            "object: \"US President\"",
            "object: \"US President",
        )
    });
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:54:13"),
            "did not find expected key",
            "look for an unclosed quote",
        ],
    );
}

#[test]
fn a_tab_for_indentation() {
    let dir = broken(|d| edit(d, CLAIMS, "\n    predicate: title", "\n\tpredicate: title"));
    assert_bad(
        dir.path(),
        &[&format!("{CLAIMS}:36:1"), "YAML does not allow tabs"],
    );
}

#[test]
fn bad_indentation() {
    let dir = broken(|d| {
        edit(
            d,
            CLAIMS,
            "\n    predicate: title",
            "\n      predicate: title",
        )
    });
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:36:7"),
            "did not find expected key",
            "wrong indent",
        ],
    );
}

#[test]
fn a_wrong_type() {
    let dir = broken(|d| edit(d, CLAIMS, "span: [31, 115]", "span: \"twelve\""));
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:22:11"),
            "invalid type: string \"twelve\"",
        ],
    );
}

#[test]
fn a_misspelt_field() {
    let dir = broken(|d| edit(d, CLAIMS, "    predicate: date", "    predicat: date"));
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:19:5"),
            "unknown field `predicat`",
            "did you mean `predicate`?",
        ],
    );
}

#[test]
fn an_unknown_status() {
    let dir = broken(|d| edit(d, CLAIMS, "status: confirmed", "status: maybe"));
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:23:13"),
            "unknown variant `maybe`",
            "unreviewed",
            "confirmed",
            "rejected",
        ],
    );
}

#[test]
fn a_duplicate_claim_id() {
    let dir = broken(|d| edit(d, CLAIMS, "  - id: c2\n", "  - id: c1\n"));
    assert_bad(
        dir.path(),
        &[&format!("{CLAIMS}:25:9"), "claim id `c1` is used twice"],
    );
}

#[test]
fn two_claims_files_for_one_article_id() {
    // The copy sorts after the original, whichever of the two is read first.
    let dir = broken(|d| {
        std::fs::copy(d.join(CLAIMS), d.join("zz_copy.yaml"))
            .map(drop)
            .unwrap()
    });
    assert_bad(
        dir.path(),
        &[
            "zz_copy.yaml",
            "article id `002_4ecb6a2e83deaf57` is already used by",
            CLAIMS,
        ],
    );
}

#[test]
fn an_impossible_date() {
    let dir = broken(|d| edit(d, CLAIMS, "published: 2025-12-19", "published: 2025-13-45"));
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:7:14"),
            "article.published",
            "month",
            "1..=12",
        ],
    );
}

#[test]
fn a_missing_article_text() {
    let dir = broken(|d| std::fs::remove_file(d.join(ARTICLE)).unwrap());
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:5:9"),
            "cannot use the article text",
            "No such file",
        ],
    );
}

#[test]
fn invalid_utf8_in_a_claims_file() {
    let dir = broken(|d| {
        let mut bytes = std::fs::read(d.join(CLAIMS)).unwrap();
        bytes.extend_from_slice(b"  # caf\xe9\n");
        std::fs::write(d.join(CLAIMS), bytes).unwrap();
    });
    assert_bad(dir.path(), &[CLAIMS, "invalid UTF-8 at byte"]);
}

#[test]
fn invalid_utf8_in_an_article() {
    let dir = broken(|d| {
        let mut bytes = std::fs::read(d.join(ARTICLE)).unwrap();
        bytes.extend_from_slice(b"\xff\xfe");
        std::fs::write(d.join(ARTICLE), bytes).unwrap();
    });
    assert_bad(dir.path(), &[CLAIMS, ARTICLE, "invalid UTF-8 at byte"]);
}

#[test]
fn binary_garbage() {
    let dir = broken(|d| {
        let garbage: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        std::fs::write(d.join("garbage.yaml"), garbage).unwrap();
    });
    assert_bad(dir.path(), &["garbage.yaml"]);
}

#[test]
fn control_characters() {
    let dir = broken(|d| {
        std::fs::write(
            d.join("control.yaml"),
            "article:\n  text: \u{1}\u{2}\u{7}\n",
        )
        .unwrap()
    });
    assert_bad(dir.path(), &["control.yaml:"]);
}

#[test]
fn an_empty_file() {
    let dir = broken(|d| std::fs::write(d.join("empty.yaml"), "").unwrap());
    assert_bad(
        dir.path(),
        &["empty.yaml", "the file is empty", "expected a claims file"],
    );
}

#[test]
fn a_folder_named_like_a_claims_file() {
    let dir = broken(|d| std::fs::create_dir(d.join("x.yaml")).unwrap());
    assert_bad(dir.path(), &["x.yaml", "this is a folder, not a file"]);
}

#[test]
fn a_file_that_cannot_be_opened() {
    // Permissions do not stop root, so a link to nowhere stands in for an unreadable file.
    let dir = broken(|d| symlink(d.join("nowhere.yaml"), d.join("gone.yaml")).unwrap());
    assert_bad(dir.path(), &["gone.yaml", "cannot read the file"]);
}

#[test]
fn a_pipe_named_like_a_claims_file() {
    let dir = broken(|d| {
        let status = std::process::Command::new("mkfifo")
            .arg(d.join("pipe.yaml"))
            .status()
            .unwrap();
        assert!(status.success());
    });
    assert_bad(dir.path(), &["pipe.yaml", "not a regular file"]);
}

#[test]
fn a_symlink_loop() {
    let dir = broken(|d| {
        symlink(d.join("b.yaml"), d.join("a.yaml")).unwrap();
        symlink(d.join("a.yaml"), d.join("b.yaml")).unwrap();
    });
    assert_bad(dir.path(), &["a.yaml", "b.yaml", "cannot read the file"]);
}

#[test]
fn a_yaml_alias_bomb() {
    // Ten anchors, each ten of the one before: 10^10 nodes once expanded, as a
    // claim's object: refused as soon as the object turns out not to be a scalar,
    // before anything is expanded.
    let dir = broken(|d| {
        let mut parts = vec!["&a [x, x, x, x, x, x, x, x, x, x]".to_string()];
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
        for pair in names.windows(2) {
            let refs = vec![format!("*{}", pair[0]); 10].join(", ");
            parts.push(format!("&{} [{refs}]", pair[1]));
        }
        edit(
            d,
            CLAIMS,
            "object: \"Friday\"",
            &format!("object: [{}]", parts.join(", ")),
        );
    });
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:20:13"),
            "invalid type: sequence, expected the object as text or a number",
        ],
    );
}

#[test]
fn nesting_thousands_deep() {
    let dir = broken(|d| {
        // As a claim's object: refused at the first bracket, not followed down.
        let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        edit(d, CLAIMS, "object: \"Friday\"", &format!("object: {deep}"));
    });
    assert_bad(
        dir.path(),
        &[
            &format!("{CLAIMS}:20:45"),
            "brackets nested more than 32 deep",
        ],
    );
}

#[test]
fn a_file_too_large() {
    let dir = broken(|d| {
        let file = std::fs::File::create(d.join("huge.yaml")).unwrap();
        file.set_len(claimcheck::load::MAX_FILE_BYTES + 1).unwrap();
    });
    assert_bad(dir.path(), &["huge.yaml", "over the limit"]);
}

#[test]
fn a_place_containment_loop() {
    let dir = broken(|d| {
        edit(
            d,
            "entities.yaml",
            "  - name: Florida\n    kind: place\n    part_of: United States",
            "  - name: Florida\n    kind: place\n    part_of: Miami",
        );
    });
    assert_bad(dir.path(), &["entities.yaml:", "loop", "Florida", "Miami"]);
}

#[test]
fn one_bad_file_among_good_ones_still_gets_a_report_for_the_rest() {
    let dir = broken(|d| {
        edit(
            d,
            "000_2149febe09771f4b.yaml",
            "status: confirmed",
            "status: maybe",
        )
    });
    let output = Command::cargo_bin("claimcheck")
        .unwrap()
        .arg("check")
        .arg(dir.path())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&output.stdout);
    // The other three articles: the Trump contradiction rests on 001, 002 and 003.
    assert!(stdout.contains("former-vs-current"), "{stdout}");
    // Only 000's claim with the bad status is left out: its other 12 are used.
    assert!(stdout.contains("4 articles, 53 claims"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("000_2149febe09771f4b.yaml:"), "{stderr}");
}
