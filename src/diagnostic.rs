//! Problems found in a user's input, pointed at the place that needs fixing.
//!
//! A [`Diagnostic`] names a file, a line and a column, says what is wrong and what
//! was expected. The loader collects every diagnostic it can find in one pass, like
//! a compiler, so that a person fixes all of their mistakes in one go.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

use crate::printable;

/// One problem in one input file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as the user named it (relative to where they ran the tool, if they did).
    pub path: PathBuf,
    /// 1-based line and column, where the problem is known to that precision.
    pub position: Option<Position>,
    /// What is wrong, in one sentence.
    pub message: String,
    /// What the tool expected to find instead, where that helps.
    pub expected: Option<String>,
    /// The file's text, kept so that the offending line can be shown.
    source: Option<std::sync::Arc<str>>,
    /// Whether it is a note: something to know and to fix in time (claims
    /// found again by their quotes after the text changed), which does not
    /// make the input bad.
    pub is_note: bool,
}

/// A place in a text file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    /// The line and column of a byte offset into `text`.
    pub fn of_offset(text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Position { line, column }
    }

    /// The byte offset of this position in `text`, if the position lies inside it.
    pub fn offset_in(&self, text: &str) -> Option<usize> {
        let mut line_start = 0;
        for _ in 1..self.line {
            line_start += text[line_start..].find('\n')? + 1;
        }
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        let line = &text[line_start..line_end];
        let within = line
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i);
        Some(line_start + within)
    }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl Diagnostic {
    /// A problem with a whole file (it cannot be read, it is empty, …).
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            position: None,
            message: message.into(),
            expected: None,
            source: None,
            is_note: false,
        }
    }

    /// A problem at a known line and column of `source`.
    pub fn at(
        path: impl Into<PathBuf>,
        source: &std::sync::Arc<str>,
        position: Position,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            path: path.into(),
            position: Some(position),
            message: message.into(),
            expected: None,
            source: Some(source.clone()),
            is_note: false,
        }
    }

    /// The same, as a note rather than an error.
    pub fn as_note(mut self) -> Self {
        self.is_note = true;
        self
    }

    /// Adds what was expected in place of what was found.
    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    /// `path:line:column`, or just the path when no position is known.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.path.display(), p.line, p.column),
            None => self.path.display().to_string(),
        }
    }

    /// The diagnostic as text for a terminal: the location, the message, and the
    /// offending line with a caret under the column. Whatever came from the
    /// input is shown safe for a terminal ([`crate::printable`]), and cut: a
    /// message to [`MESSAGE_CHARS`], the line to a window around the column.
    pub fn render(&self, color: bool) -> String {
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let title = self.title();
        let expected = self
            .expected
            .as_deref()
            .map(|e| format!("expected {}", printable::line(e)))
            .unwrap_or_default();
        let excerpt = self
            .position
            .zip(self.source.as_deref())
            .and_then(|(position, source)| Excerpt::of(source, position));
        let (level, word) = if self.is_note {
            (Level::NOTE, "note")
        } else {
            (Level::ERROR, "error")
        };
        let Some(excerpt) = excerpt else {
            let mut text = format!("{word}: {title}");
            if !expected.is_empty() {
                text.push_str(&format!("\n  = {expected}"));
            }
            return text;
        };
        let label = if expected.is_empty() {
            "here"
        } else {
            &expected
        };
        let report = [level.primary_title(&title).element(
            Snippet::source(&excerpt.text)
                .line_start(excerpt.line)
                .path(display_path(&self.path))
                .annotation(
                    AnnotationKind::Primary
                        .span(excerpt.mark.clone())
                        .label(label),
                ),
        )];
        renderer.render(&report).to_string()
    }

    /// `path:line:column: message`, safe to print and cut to length.
    fn title(&self) -> String {
        let message = printable::values_shortened(&self.message, VALUE_CHARS);
        let message = printable::shortened(&message, MESSAGE_CHARS);
        format!(
            "{}: {}",
            printable::line(&self.location()),
            printable::line(&message)
        )
    }
}

/// How much of a quoted value a message shows, and of the whole message:
/// enough for any message the tool writes, not all of a value a file gives in
/// the wrong place.
pub const VALUE_CHARS: usize = 60;
pub const MESSAGE_CHARS: usize = 600;

/// How many characters of the offending line are shown on each side of the
/// column.
const EXCERPT_REACH: usize = 60;

/// The part of the offending line a diagnostic shows: at most
/// [`EXCERPT_REACH`] characters on each side of the column, made safe to
/// print, and where the mark goes in it.
struct Excerpt {
    text: String,
    line: usize,
    mark: std::ops::Range<usize>,
}

impl Excerpt {
    fn of(source: &str, position: Position) -> Option<Excerpt> {
        let offset = position.offset_in(source)?;
        let start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
        let end = source[offset..]
            .find('\n')
            .map_or(source.len(), |i| offset + i);
        let before: Vec<char> = source[start..offset].chars().collect();
        let after: Vec<char> = source[offset..end].chars().collect();
        let cut_before = before.len() > EXCERPT_REACH;
        let cut_after = after.len() > EXCERPT_REACH + 1;
        let before: String = before[before.len().saturating_sub(EXCERPT_REACH)..]
            .iter()
            .collect();
        let at: String = after.first().map(|c| c.to_string()).unwrap_or_default();
        let rest: String = after.iter().skip(1).take(EXCERPT_REACH).collect();
        let mut text = String::new();
        if cut_before {
            text.push('…');
        }
        text.push_str(&printable::line(&before));
        let from = text.len();
        text.push_str(&printable::line(&at));
        let to = text.len();
        text.push_str(&printable::line(&rest));
        if cut_after {
            text.push('…');
        }
        Some(Excerpt {
            text,
            line: position.line,
            mark: from..to,
        })
    }
}

fn display_path(path: &Path) -> String {
    path.display().to_string()
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.title())?;
        if let Some(expected) = &self.expected {
            write!(f, " (expected {})", printable::line(expected))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let text = "a: 1\nbé: 2\n";
        assert_eq!(
            Position::of_offset(text, 0),
            Position { line: 1, column: 1 }
        );
        // "bé: " is 5 bytes but 4 characters: the column counts characters.
        let two = text.find('2').unwrap();
        assert_eq!(
            Position::of_offset(text, two),
            Position { line: 2, column: 5 }
        );
        assert_eq!(Position { line: 2, column: 5 }.offset_in(text), Some(two));
    }

    #[test]
    fn rendering_shows_location_and_expectation() {
        let source: std::sync::Arc<str> = "claims:\n  - span: twelve\n".into();
        let d = Diagnostic::at(
            "c.yaml",
            &source,
            Position {
                line: 2,
                column: 11,
            },
            "bad span",
        )
        .expected("two byte offsets, like [12, 40]");
        let text = d.render(false);
        assert!(text.contains("c.yaml:2:11: bad span"), "{text}");
        assert!(text.contains("span: twelve"), "{text}");
        assert!(text.contains("expected two byte offsets"), "{text}");
    }
}
