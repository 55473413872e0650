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
    serde_yaml::from_str(text).map_err(|error| explain(path, text, &error, what))
}

fn explain(path: &Path, text: &Arc<str>, error: &serde_yaml::Error, what: &str) -> Diagnostic {
    let full = error.to_string();
    // serde_yaml appends " at line L column C"; the diagnostic carries the position itself.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full.clone(),
    };
    let expected = did_you_mean(&message);
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

/// For serde's "unknown field `predicat`, expected one of `id`, `predicate`, …",
/// the field the person most likely meant.
fn did_you_mean(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let (unknown, rest) = rest.split_once('`')?;
    let candidates: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    let best = candidates
        .iter()
        .map(|c| (strsim::normalized_damerau_levenshtein(unknown, c), *c))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    Some(format!("a known field: did you mean `{}`?", best.1))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn an_empty_file_says_so() {
        let text: Arc<str> = "\n".into();
        let d = parse::<Thing>(Path::new("t.yaml"), &text, "a thing").unwrap_err();
        assert_eq!(d.message, "the file is empty");
    }
}
