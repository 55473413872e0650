//! Finding where a claim, or one of its fields, stands in a claims file (or an
//! entity in `entities.yaml`: any top-level list of mappings).
//!
//! serde tells us where a file fails to parse, but not where a value that parsed
//! well sits. Checks that run after parsing (a quote that is not at its span, a
//! duplicate id) still owe the person a line and column, so this module reads the
//! block-style layout the tool writes and people keep: `claims:` at the top level,
//! one `- ` item per claim, `key: value` lines inside. For a file written in
//! another style it finds nothing, and the message names the claim id instead.

use crate::diagnostic::Position;

/// Line positions of the claims in one claims file, or of the items of another
/// top-level list.
pub struct Locator<'a> {
    text: &'a str,
    /// For each item: the byte range of its lines.
    items: Vec<(usize, usize)>,
}

impl<'a> Locator<'a> {
    /// The claims (`claims:`) of a claims file.
    pub fn new(text: &'a str) -> Self {
        Locator::of_list(text, "claims")
    }

    /// The items of the top-level list `section` (`entities`).
    pub fn of_list(text: &'a str, section: &str) -> Self {
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut in_claims = false;
        let mut item_indent: Option<usize> = None;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let start = offset;
            offset += line.len();
            let content = line.trim_end();
            let trimmed = content.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = content.len() - trimmed.len();
            if indent == 0 && !trimmed.starts_with('-') {
                if let Some(last) = items.last_mut().filter(|_| in_claims) {
                    last.1 = start;
                }
                in_claims = trimmed
                    .strip_prefix(section)
                    .is_some_and(|rest| rest.starts_with(':'));
                continue;
            }
            if !in_claims {
                continue;
            }
            let is_item = trimmed.starts_with("- ") || trimmed == "-";
            if is_item && item_indent.is_none_or(|i| i == indent) {
                item_indent = Some(indent);
                if let Some(last) = items.last_mut() {
                    last.1 = start;
                }
                items.push((start, text.len()));
            }
        }
        Locator { text, items }
    }

    /// Where claim number `index` (0-based, in file order) begins.
    pub fn claim(&self, index: usize) -> Option<Position> {
        let (start, _) = *self.items.get(index)?;
        let first = &self.text[start..];
        let dash = first.find('-').unwrap_or(0);
        Some(Position::of_offset(self.text, start + dash))
    }

    /// The byte offset where the value of `key` in claim number `index`
    /// begins, and where the key itself does, if the key is written on a
    /// line of its own.
    pub fn field_offsets(&self, index: usize, key: &str) -> Option<(usize, usize)> {
        let (start, end) = *self.items.get(index)?;
        let mut offset = start;
        for line in self.text[start..end].split_inclusive('\n') {
            let body = line.trim_start().trim_start_matches("- ").trim_start();
            if let Some(rest) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
                let value = rest.trim_start();
                let key_at = offset + line.len() - body.len();
                let value_at = key_at + (body.len() - value.len());
                return Some((key_at, value_at));
            }
            offset += line.len();
        }
        None
    }

    /// The byte range of claim number `index`'s lines.
    pub fn item(&self, index: usize) -> Option<(usize, usize)> {
        self.items.get(index).copied()
    }

    /// How many claims (list items) there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Where the value of `key` in claim number `index` begins; the claim itself
    /// when the key is not written on a line of its own.
    pub fn field(&self, index: usize, key: &str) -> Option<Position> {
        let (start, end) = *self.items.get(index)?;
        let mut offset = start;
        for line in self.text[start..end].split_inclusive('\n') {
            let body = line.trim_start().trim_start_matches("- ").trim_start();
            if let Some(rest) = body.strip_prefix(key).and_then(|r| r.strip_prefix(':')) {
                let value = rest.trim_start();
                let at = offset + line.len() - body.len() + (body.len() - value.len());
                return Some(Position::of_offset(self.text, at));
            }
            offset += line.len();
        }
        self.claim(index)
    }

    /// Where the value of a top-level section's `key` begins (`article:` → `sha256:`).
    pub fn header_field(&self, section: &str, key: &str) -> Option<Position> {
        let mut in_section = false;
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let content = line.trim_end();
            let trimmed = content.trim_start();
            if !trimmed.is_empty() && content.len() == trimmed.len() && !trimmed.starts_with('#') {
                in_section = trimmed
                    .strip_prefix(section)
                    .is_some_and(|r| r.starts_with(':'));
            } else if in_section
                && let Some(rest) = trimmed.strip_prefix(key).and_then(|r| r.strip_prefix(':'))
            {
                let value = rest.trim_start();
                let at = offset + (content.len() - value.len());
                return Some(Position::of_offset(self.text, at));
            }
            offset += line.len();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "\
article:
  text: articles/a.txt
  sha256: abc
claims:
  # first
  - id: c1
    quote: \"x\"
    span: [0, 1]
  - id: c2
    span: [4, 9]
";

    #[test]
    fn finds_claims_and_their_fields() {
        let loc = Locator::new(FILE);
        assert_eq!(loc.claim(0), Some(Position { line: 6, column: 3 }));
        assert_eq!(
            loc.field(1, "span"),
            Some(Position {
                line: 10,
                column: 11
            })
        );
        assert_eq!(loc.field(0, "id"), Some(Position { line: 6, column: 9 }));
        assert_eq!(loc.claim(2), None);
    }

    #[test]
    fn finds_header_fields() {
        let loc = Locator::new(FILE);
        assert_eq!(
            loc.header_field("article", "sha256"),
            Some(Position {
                line: 3,
                column: 11
            })
        );
        assert_eq!(loc.header_field("article", "outlet"), None);
    }
}
