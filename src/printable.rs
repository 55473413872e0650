//! Text from a corpus made safe to show on a terminal. Article texts, names,
//! outlets, notes and file names may hold control characters: an escape
//! sequence can recolour a terminal, move its cursor, retitle its window or
//! hide a link (OSC 8), a bell rings, and a bidirectional override reorders
//! what a reader sees. Everything the tool prints for a person goes through
//! here, and such characters are shown as escapes (`\u{1b}`) instead.

use std::borrow::Cow;

/// Whether `c` must not reach a terminal as it is: a control character (C0,
/// DEL, C1) or a mark that changes the direction of text. With `lines`, line
/// feeds and tabs are kept.
fn is_unsafe(c: char, lines: bool) -> bool {
    if lines && matches!(c, '\n' | '\t') {
        return false;
    }
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn escaped(text: &str, lines: bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c, lines)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c, lines) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` on one line, every control character shown as an escape.
pub fn line(text: &str) -> Cow<'_, str> {
    escaped(text, false)
}

/// `text` with its line feeds and tabs, every other control character shown
/// as an escape.
pub fn lines(text: &str) -> Cow<'_, str> {
    escaped(text, true)
}

/// `text` cut to about `max` characters, with an ellipsis where it was cut
/// and how much was left out: a 1 MB value does not make a 1 MB message.
pub fn shortened(text: &str, max: usize) -> Cow<'_, str> {
    let total = text.chars().count();
    if total <= max {
        return Cow::Borrowed(text);
    }
    let kept: String = text.chars().take(max).collect();
    Cow::Owned(format!("{kept}… ({} more characters)", total - max))
}

/// A message about a value, with every quoted value (between backticks or
/// double quotes) cut to `max` characters: "unknown variant `xxx…`,
/// expected one of …" keeps what it says after the value.
pub fn values_shortened(message: &str, max: usize) -> Cow<'_, str> {
    let mut out = String::new();
    let mut rest = message;
    let mut changed = false;
    while let Some(open) = rest.find(['`', '"']) {
        let mark = rest[open..].chars().next().unwrap_or('"');
        let inner_start = open + mark.len_utf8();
        let Some(close) = rest[inner_start..].find(mark) else {
            break;
        };
        let value = &rest[inner_start..inner_start + close];
        out.push_str(&rest[..inner_start]);
        let cut = shortened(value, max);
        changed |= matches!(cut, Cow::Owned(_));
        out.push_str(&cut);
        out.push(mark);
        rest = &rest[inner_start + close + mark.len_utf8()..];
    }
    if !changed {
        return Cow::Borrowed(message);
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_overrides_are_shown_not_sent() {
        assert_eq!(line("plain – text é"), "plain – text é");
        assert_eq!(line("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(line("bell\u{7}"), "bell\\u{7}");
        assert_eq!(line("a\nb"), "a\\u{a}b");
        assert_eq!(lines("a\nb\tc\r"), "a\nb\tc\\u{d}");
        assert_eq!(line("\u{202e}txt.exe"), "\\u{202e}txt.exe");
        assert_eq!(line("\u{9b}2J"), "\\u{9b}2J");
        assert_eq!(
            line("\u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7}"),
            "\\u{1b}]8;;http://x\\u{7}link\\u{1b}]8;;\\u{7}"
        );
    }

    #[test]
    fn long_values_in_a_message_are_cut_and_the_rest_kept() {
        let long = "x".repeat(500);
        let message = format!("unknown variant `{long}`, expected one of `a`, `b`");
        assert_eq!(
            values_shortened(&message, 5),
            "unknown variant `xxxxx… (495 more characters)`, expected one of `a`, `b`"
        );
        assert_eq!(values_shortened("plain `a` \"b\"", 5), "plain `a` \"b\"");
    }

    #[test]
    fn long_text_is_cut() {
        assert_eq!(shortened("short", 10), "short");
        assert_eq!(shortened("abcdefghij", 4), "abcd… (6 more characters)");
    }
}
