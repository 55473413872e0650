//! The README's examples are the binary's output.
//!
//! Every fenced ```` ```text ```` block of README.md whose first line is a
//! command, `$ claimcheck ARGS`, is run from the repository root with those
//! arguments, and the rest of the block must be exactly what it prints on
//! standard output, to the last line. It is run as in a pipe, without colour
//! (`NO_COLOR`, and `--color never` for `check`), with the table fitted to
//! [`COLUMNS`] columns, so that the output is the same on every machine.
//!
//! After an intended change to the output, `UPDATE_README=1 cargo test --test
//! tests readme` writes the binary's output into the README's blocks instead
//! of failing; read the diff before committing it.

use std::path::{Path, PathBuf};

use crate::common::claimcheck;

/// The width the README's table is rendered at.
const COLUMNS: &str = "110";

/// One example: a command and the output the README shows for it.
#[derive(Debug)]
struct Example {
    /// The README line (1-based) of the command.
    line: usize,
    /// The command as written, without `$ `.
    command: String,
    /// The indentation of the block (inside a list item, say).
    indent: String,
    /// The README's lines of output: `lines[output]` (0-based, whole lines).
    output: std::ops::Range<usize>,
}

fn readme_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")
}

/// Every `text` block that starts with `$ claimcheck`.
fn examples(lines: &[&str]) -> Vec<Example> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if trimmed != "```text" {
            i += 1;
            continue;
        }
        let indent = lines[i][..lines[i].len() - trimmed.len()].to_string();
        let start = i + 1;
        let mut end = start;
        while end < lines.len() && lines[end].trim() != "```" {
            end += 1;
        }
        assert!(
            end < lines.len(),
            "README.md:{}: unclosed ```text block",
            i + 1
        );
        let first = lines.get(start).map(|l| l.trim_start()).unwrap_or_default();
        if let Some(command) = first.strip_prefix("$ ")
            && (command == "claimcheck" || command.starts_with("claimcheck "))
        {
            found.push(Example {
                line: start + 1,
                command: command.to_string(),
                indent: indent.clone(),
                output: start + 1..end,
            });
        }
        i = end + 1;
    }
    found
}

/// The arguments of `claimcheck ARGS`, split at spaces. Anything a shell
/// would read otherwise (quotes, pipes, redirections, variables, globs) is
/// refused: the test could not run it as a reader would.
fn arguments(example: &Example) -> Vec<String> {
    if let Some(c) = example
        .command
        .chars()
        .find(|c| "'\"`|&;<>()$*?[]{}\\~#".contains(*c))
    {
        panic!(
            "README.md:{}: `{}` holds {c:?}, which this test does not run as a shell would; \
             write the command as plain arguments",
            example.line, example.command
        );
    }
    let mut args: Vec<String> = example
        .command
        .split_whitespace()
        .skip(1)
        .map(String::from)
        .collect();
    if args.first().is_some_and(|a| a == "check") && !args.iter().any(|a| a.starts_with("--color"))
    {
        args.extend(["--color".into(), "never".into()]);
    }
    args
}

/// What the binary prints on standard output for an example.
fn run(example: &Example) -> String {
    let output = claimcheck()
        .env("COLUMNS", COLUMNS)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(arguments(example))
        .output()
        .unwrap();
    String::from_utf8(output.stdout).unwrap_or_else(|e| {
        panic!(
            "README.md:{}: `{}` printed invalid UTF-8: {e}",
            example.line, example.command
        )
    })
}

/// The README's text of an example's output, without the block's indentation,
/// ending in a newline as the binary's does.
fn shown(example: &Example, lines: &[&str]) -> String {
    let mut text = String::new();
    for line in &lines[example.output.clone()] {
        text.push_str(line.strip_prefix(example.indent.as_str()).unwrap_or(line));
        text.push('\n');
    }
    text
}

/// Where two texts first differ, line by line.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let n = e.iter().zip(&a).take_while(|(x, y)| x == y).count();
    format!(
        "first difference at output line {}:\n  README: {:?}\n  binary: {:?}\n\
         (README {} lines, binary {} lines)",
        n + 1,
        e.get(n).copied().unwrap_or("<end>"),
        a.get(n).copied().unwrap_or("<end>"),
        e.len(),
        a.len()
    )
}

#[test]
fn readme_examples_are_the_binarys_output() {
    let path = readme_path();
    let text = std::fs::read_to_string(&path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let examples = examples(&lines);
    assert!(
        examples
            .iter()
            .any(|e| e.command.starts_with("claimcheck check")),
        "README.md shows no `$ claimcheck check` example: {examples:?}"
    );
    let outputs: Vec<String> = examples.iter().map(run).collect();

    if std::env::var_os("UPDATE_README").is_some_and(|v| !v.is_empty()) {
        let mut updated: Vec<String> = Vec::new();
        let mut next = 0;
        for (example, output) in examples.iter().zip(&outputs) {
            updated.extend(
                lines[next..example.output.start]
                    .iter()
                    .map(|l| l.to_string()),
            );
            updated.extend(output.lines().map(|l| {
                if l.is_empty() {
                    String::new()
                } else {
                    format!("{}{l}", example.indent)
                }
            }));
            next = example.output.end;
        }
        updated.extend(lines[next..].iter().map(|l| l.to_string()));
        let mut new_text = updated.join("\n");
        if text.ends_with('\n') {
            new_text.push('\n');
        }
        if new_text != text {
            std::fs::write(&path, new_text).unwrap();
        }
        return;
    }

    let mut failures = Vec::new();
    for (example, output) in examples.iter().zip(&outputs) {
        let expected = shown(example, &lines);
        if &expected != output {
            failures.push(format!(
                "README.md:{}: `$ {}` shows other output than the binary prints\n{}\n\
                 the binary prints (COLUMNS={COLUMNS}):\n{output}",
                example.line,
                example.command,
                first_difference(&expected, output)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nUPDATE_README=1 cargo test --test tests readme writes the binary's output into README.md",
        failures.join("\n")
    );
}

/// A command the README's test runs is read as plain arguments, and one it
/// cannot run as a shell would is refused rather than run wrongly.
#[test]
fn readme_commands_are_plain_arguments() {
    let lines = [
        "```text",
        "$ claimcheck check claims",
        "out",
        "```",
        "  ```text",
        "  $ claimcheck check claims --format json | jq .",
        "  ```",
        "```text",
        "not a command",
        "```",
    ];
    let found = examples(&lines);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        arguments(&found[0]),
        ["check", "claims", "--color", "never"]
    );
    assert_eq!(found[0].output, 2..3);
    assert_eq!(found[1].indent, "  ");
    let refused = std::panic::catch_unwind(|| arguments(&found[1]));
    assert!(refused.is_err());
}

/// The names a help text lists under `heading` (`Commands:`), or as
/// `Possible values:` items (`- html: …`).
fn listed(help: &str, heading: &str) -> Vec<String> {
    help.lines()
        .skip_while(|l| l.trim() != heading)
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .filter_map(|l| {
            // An item opens its line: `  check  Check a …` or `- html: …`; a
            // description that wraps goes on further in.
            let item = l
                .trim_start()
                .strip_prefix("- ")
                .or_else(|| l.strip_prefix("  ").filter(|r| !r.starts_with(' ')))?;
            item.split([' ', ':']).next().map(String::from)
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn help(args: &[&str]) -> String {
    let out = claimcheck().args(args).output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// The README's table of commands names every subcommand, and its `check` row
/// every format `--format` takes.
#[test]
fn readme_commands_table_names_every_subcommand_and_format() {
    let text = std::fs::read_to_string(readme_path()).unwrap();
    let commands = listed(&help(&["--help"]), "Commands:");
    assert!(commands.len() >= 8, "{commands:?}");
    for command in commands.iter().filter(|c| *c != "help") {
        assert!(
            text.contains(&format!("| `claimcheck {command}")),
            "README.md's Commands table has no row for `claimcheck {command}`"
        );
    }
    let formats = listed(&help(&["check", "--help"]), "Possible values:");
    assert!(formats.contains(&"html".to_string()), "{formats:?}");
    let check_row = text
        .lines()
        .find(|l| l.starts_with("| `claimcheck check "))
        .expect("README.md's Commands table has a `claimcheck check` row");
    for format in &formats {
        assert!(
            check_row.contains(format.as_str()),
            "README.md's `claimcheck check` row does not name the format {format}: {check_row}"
        );
    }
}
