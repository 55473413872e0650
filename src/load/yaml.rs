//! Reading YAML into typed values, with errors a person can act on.

use std::path::Path;
use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diagnostic::{Diagnostic, Position};

/// Parses `text` (the contents of `path`) as a `T`, or says where and why it is not one.
pub fn parse<T: DeserializeOwned>(
    path: &Path,
    text: &Arc<str>,
    what: &str,
) -> Result<T, Diagnostic> {
    if text.trim().is_empty() {
        return Err(Diagnostic::file(path, "the file is empty").expected(what.to_string()));
    }
    if let Some(offset) = too_deep(text) {
        return Err(Diagnostic::at(
            path,
            text,
            Position::of_offset(text, offset),
            format!("brackets nested more than {MAX_DEPTH} deep"),
        )
        .expected(what.to_string()));
    }
    serde_yaml::from_str(text).map_err(|error| explain(path, text, &error, what))
}

/// How deep `[` and `{` may nest. No file claimcheck reads needs more than a
/// few levels, and the parser's time grows with the square of the depth (a
/// 200 KB file of brackets took over a minute).
pub const MAX_DEPTH: usize = 32;

/// The byte offset of the bracket that nests deeper than [`MAX_DEPTH`], if
/// one does: brackets inside quoted strings and comments do not count.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut comment = false;
    let mut previous = '\n';
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            _ if comment => comment = c != '\n',
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '#') if previous.is_whitespace() => comment = true,
            (None, '"' | '\'') if !previous.is_alphanumeric() => quote = Some(c),
            (None, '[' | '{') => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            (None, ']' | '}') => depth = depth.saturating_sub(1),
            _ => {}
        }
        previous = c;
    }
    None
}

fn explain(path: &Path, text: &Arc<str>, error: &serde_yaml::Error, what: &str) -> Diagnostic {
    let full = error.to_string();
    // The YAML parser writes " at line L column C" into its messages; the
    // diagnostic carries the position itself.
    let message = without_positions(&full);
    let at = error.location().map(|l| (l.line(), l.column()));
    let found = at
        .and_then(|(line, column)| Position { line, column }.offset_in(text))
        .and_then(|o| text[o..].chars().next());
    let expected = did_you_mean(&message).or_else(|| syntax_hint(&message, found));
    let mut diagnostic = match error.location() {
        Some(location) => {
            let position = Position {
                line: location.line(),
                column: location.column(),
            };
            Diagnostic::at(path, text, position, message)
        }
        None => Diagnostic::file(path, message),
    };
    diagnostic = match expected {
        Some(suggestion) => diagnostic.expected(suggestion),
        None if diagnostic.message.contains("invalid type") => diagnostic,
        None => diagnostic.expected(what.to_string()),
    };
    diagnostic
}

fn without_positions(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let skip = after
            .find(" column ")
            .map(|c| c + " column ".len())
            .map(|c| {
                c + after[c..]
                    .find(|ch: char| !ch.is_ascii_digit())
                    .unwrap_or(after.len() - c)
            })
            .unwrap_or(0);
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

/// What to look for when the YAML itself does not parse.
fn syntax_hint(message: &str, found: Option<char>) -> Option<String> {
    if found == Some('\t') || message.contains("tab") {
        return Some("spaces for indentation: YAML does not allow tabs".into());
    }
    if message.contains("did not find expected key")
        || message.contains("could not find expected ':'")
    {
        return Some("`key: value` lines; look for an unclosed quote or a wrong indent here or on the line before".into());
    }
    if message.contains("unexpected end of stream") {
        return Some("the file to go on: a quote or a bracket is not closed".into());
    }
    if message.contains("recursion limit exceeded") {
        return Some("a value nested less deeply".into());
    }
    if message.contains("repetition limit exceeded") || message.contains("aliases") {
        return Some(
            "no more than a few aliases (`*name`): this file would expand without bound".into(),
        );
    }
    if message.contains("mapping values are not allowed") {
        return Some("one `key: value` per line, indented like its neighbours; quote a value that holds `: `".into());
    }
    None
}

/// For serde's "unknown field `predicat`, expected one of `id`, `predicate`, …",
/// the field the person most likely meant.
/// For an unknown field or value: the ones allowed, and the closest.
fn did_you_mean(message: &str) -> Option<String> {
    let (what, rest) = ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|m| message.split(m).nth(1).map(|rest| (*m, rest)))?;
    let (unknown, rest) = rest.split_once('`')?;
    let candidates: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let closest = candidates
        .iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(unknown, c), *c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let allowed = candidates
        .iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    Some(match (what.contains("field"), closest) {
        (true, Some((_, best))) => format!("a known field: did you mean `{best}`?"),
        (true, None) => format!("one of the fields {allowed}"),
        (false, Some((_, best))) => format!("one of {allowed}: did you mean `{best}`?"),
        (false, None) => format!("one of {allowed}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_is_measured_outside_strings_and_comments() {
        let deep = |n: usize| format!("x: {}{}", "[".repeat(n), "]".repeat(n));
        assert_eq!(too_deep(&deep(MAX_DEPTH)), None);
        assert_eq!(too_deep(&deep(MAX_DEPTH + 1)), Some(3 + MAX_DEPTH));
        let quoted = format!(
            "q: \"{}\"\n# {}\nr: '{}'",
            "[".repeat(99),
            "{".repeat(99),
            "[".repeat(99)
        );
        assert_eq!(too_deep(&quoted), None);
        assert_eq!(too_deep("a: \"\\\"[[\"\nb: [1, {c: 2}]"), None);
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Thing {
        predicate: String,
        subject: String,
    }

    #[test]
    fn a_misspelt_field_gets_a_suggestion() {
        let text: Arc<str> = "subject: x\npredicat: y\n".into();
        let d = parse::<Thing>(Path::new("t.yaml"), &text, "a thing").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
        assert!(
            d.message.contains("unknown field `predicat`"),
            "{}",
            d.message
        );
        assert_eq!(
            d.expected.as_deref(),
            Some("a known field: did you mean `predicate`?")
        );
    }

    #[test]
    fn positions_are_taken_out_of_parser_messages() {
        assert_eq!(
            without_positions(
                "did not find expected key at line 53 column 13, while parsing a block mapping"
            ),
            "did not find expected key, while parsing a block mapping"
        );
    }

    #[test]
    fn a_tab_is_named() {
        let text: Arc<str> = "subject: x\n\tpredicate: y\n".into();
        let d = parse::<Thing>(Path::new("t.yaml"), &text, "a thing").unwrap_err();
        assert_eq!(d.position.map(|p| p.line), Some(2));
        assert!(
            d.expected.as_deref().unwrap_or("").contains("tabs"),
            "{d:?}"
        );
    }

    #[test]
    fn an_empty_file_says_so() {
        let text: Arc<str> = "\n".into();
        let d = parse::<Thing>(Path::new("t.yaml"), &text, "a thing").unwrap_err();
        assert_eq!(d.message, "the file is empty");
    }
}
