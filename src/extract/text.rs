//! Article text cut into what the patterns read: sentences and their tokens, each
//! with byte offsets into the text as stored.

use crate::english::sentences::{ends_sentence, is_closing};

/// One token of a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    pub text: &'t str,
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

/// `word` in lowercase, borrowed when it already is (as nearly every word is).
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

impl<'t> Token<'t> {
    /// The word in lowercase, without a possessive `'s` (borrowed when it
    /// already is).
    pub fn lower(&self) -> std::borrow::Cow<'t, str> {
        lowercase(crate::normalize::names::strip_possessive(self.text))
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    /// Starts with a capital letter.
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// `Peru's`, `Kyiv’s`.
    pub fn is_possessive(&self) -> bool {
        self.kind == Kind::Word
            && crate::normalize::names::strip_possessive(self.text).len() < self.text.len()
    }

    pub fn is(&self, punct: &str) -> bool {
        self.kind == Kind::Punct && self.text == punct
    }
}

/// A sentence: its byte range and tokens.
#[derive(Debug, Clone)]
pub struct Sentence<'t> {
    pub start: usize,
    pub end: usize,
    pub tokens: Vec<Token<'t>>,
    /// A line with no closing punctuation: a headline or a subheading.
    pub heading: bool,
}

/// The spans of `found` (sorted by start, found over the whole text) that lie
/// inside sentence `s`.
pub fn spans_within<'f>(found: &'f [(usize, usize)], s: &Sentence) -> &'f [(usize, usize)] {
    let first = found.partition_point(|(start, _)| *start < s.start);
    let count = found[first..]
        .iter()
        .take_while(|(_, end)| *end <= s.end)
        .count();
    &found[first..first + count]
}

impl<'t> Sentence<'t> {
    /// The text from token `from` to token `to` (inclusive).
    pub fn slice(&self, text: &'t str, from: usize, to: usize) -> &'t str {
        &text[self.tokens[from].start..self.tokens[to].end]
    }
}

/// Cuts `text[from..to]` into tokens: abbreviations ("U.S."), numbers
/// ("58,000", "1.5"), words with inner apostrophes and hyphens ("Kyiv's",
/// "four-year-long", a trailing "dockers'"), and single other characters.
#[cfg(test)]
fn tokens(text: &str, from: usize, to: usize) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    each_token(text, from, to, |t| out.push(t));
    out
}

/// Hands each token of `text[from..to]` to `take`, in order, holding none:
/// a line of ten million commas is never ten million tokens at once.
fn each_token<'t>(text: &'t str, from: usize, to: usize, mut take: impl FnMut(Token<'t>)) {
    let s = &text[from..to];
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        // Most characters are ASCII: spaces are skipped without decoding.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        let Some(c) = char_at(s, i) else { break };
        let start = i;
        let kind;
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        } else if c.is_ascii_digit() {
            kind = Kind::Number;
            i = number_end(bytes, i);
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            i = match abbreviation_end(s, i) {
                Some(end) => end,
                None => word_end(s, i + c.len_utf8()),
            };
        } else {
            kind = Kind::Punct;
            i += c.len_utf8();
        }
        take(Token {
            text: &s[start..i],
            start: from + start,
            end: from + i,
            kind,
        });
    }
}

/// The character at byte `i` of `s`.
fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// Letters, digits and combining marks: what a word is made of.
fn in_word(c: char) -> bool {
    c.is_alphanumeric()
        || (!c.is_ascii() && !c.is_whitespace() && !c.is_ascii_punctuation() && is_mark(c))
}

/// "58,000", "1.5": the end of the number whose first digit is at byte `i`, its
/// digits with a comma or point between digits.
fn number_end(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() {
        let b = bytes[i];
        let inner = (b == b',' || b == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || inner) {
            break;
        }
        i += 1;
    }
    i
}

/// "U.S.": the end of an abbreviation starting at byte `i`, a capital and a
/// full stop at least twice; `None` when there is none.
fn abbreviation_end(s: &str, i: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut k = i;
    let mut pairs = 0;
    while let Some(u) = char_at(s, k).filter(|u| u.is_uppercase()) {
        if bytes.get(k + u.len_utf8()) != Some(&b'.') {
            break;
        }
        k += u.len_utf8() + 1;
        pairs += 1;
    }
    (pairs >= 2).then_some(k)
}

/// "Kyiv's", "four-year-long", "dockers'": the end of a word whose first letter
/// ends at byte `i`, with an apostrophe or hyphen between its letters and a
/// trailing apostrophe.
fn word_end(s: &str, mut i: usize) -> usize {
    let bytes = s.as_bytes();
    loop {
        // An ASCII letter or digit goes on the word without decoding.
        if bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
            continue;
        }
        match char_at(s, i) {
            Some(n) if in_word(n) => i += n.len_utf8(),
            Some(n @ ('\'' | '’' | '-')) if char_at(s, i + n.len_utf8()).is_some_and(in_word) => {
                i += n.len_utf8()
            }
            Some(n @ ('\'' | '’')) => {
                i += n.len_utf8();
                break;
            }
            _ => break,
        }
    }
    i
}

/// Combining marks, which belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// The longest run of tokens read as one sentence: no sentence of news is
/// longer, and a longer run (a table, a list, a file of punctuation) is read
/// in pieces of this length.
const MAX_SENTENCE_TOKENS: usize = 1000;

/// The sentences of `text` from byte `body` on (after any front matter).
/// Sentences of punctuation alone are left out: nothing can be read in them.
pub fn sentences(text: &str, body: usize) -> Vec<Sentence<'_>> {
    let mut out = Vec::new();
    let mut line_start = body;
    for line in text[body..].split_inclusive('\n') {
        let line_end = line_start + line.len();
        let trimmed = line.trim_end();
        let heading = !trimmed.is_empty()
            && !trimmed.ends_with(['.', '!', '?', '"', '”', '’', ':'])
            && trimmed.split_whitespace().count() < 16;
        let mut current: Vec<Token> = Vec::new();
        // Whether `current` has ended, and takes only the quotes that close it.
        let mut ended = false;
        each_token(text, line_start, line_start + trimmed.len(), |t| {
            let closing = t.kind == Kind::Punct && t.text.chars().all(is_closing);
            if ended && !closing || current.len() == MAX_SENTENCE_TOKENS {
                push(&mut out, std::mem::take(&mut current), heading);
                ended = false;
            }
            let stop = t.kind == Kind::Punct && ends_sentence(text, t.start);
            current.push(t);
            ended |= stop;
        });
        push(&mut out, current, heading);
        line_start = line_end;
    }
    out
}

fn push<'t>(out: &mut Vec<Sentence<'t>>, tokens: Vec<Token<'t>>, heading: bool) {
    if !tokens.iter().any(|t| t.kind != Kind::Punct) {
        return;
    }
    if let (Some(first), Some(last)) = (tokens.first(), tokens.last()) {
        out.push(Sentence {
            start: first.start,
            end: last.end,
            tokens,
            heading,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Punctuation alone is no sentence, and a run of words longer than any
    /// sentence is read in pieces: a line of a million commas holds nothing.
    #[test]
    fn punctuation_alone_is_no_sentence_and_long_runs_are_cut() {
        let commas = ",".repeat(5_000);
        assert!(sentences(&commas, 0).is_empty());
        let words = "word ".repeat(2_500);
        let cut = sentences(&words, 0);
        let lengths: Vec<usize> = cut.iter().map(|s| s.tokens.len()).collect();
        assert_eq!(lengths, [MAX_SENTENCE_TOKENS, MAX_SENTENCE_TOKENS, 500]);
        let text = "Rain fell. ... . He left.";
        let found: Vec<&str> = sentences(text, 0)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(found, ["Rain fell.", "He left."]);
    }

    #[test]
    fn sentences_end_at_stops_but_not_after_abbreviations() {
        let text = "Headline here\nU.S. President Donald Trump spoke on Nov. 27 in Washington. Rubio said “yes.” Then it rained.\n";
        let s = sentences(text, 0);
        let texts: Vec<&str> = s.iter().map(|s| &text[s.start..s.end]).collect();
        assert_eq!(
            texts,
            vec![
                "Headline here",
                "U.S. President Donald Trump spoke on Nov. 27 in Washington.",
                "Rubio said “yes.”",
                "Then it rained."
            ]
        );
        assert!(s[0].heading && !s[1].heading);
    }

    #[test]
    fn tokens_keep_numbers_hyphens_and_possessives_whole() {
        let text = "Some 58,000 four-year-long Kyiv's U.S. 1.5";
        let t = tokens(text, 0, text.len());
        let words: Vec<(&str, Kind)> = t.iter().map(|t| (t.text, t.kind)).collect();
        assert_eq!(
            words,
            vec![
                ("Some", Kind::Word),
                ("58,000", Kind::Number),
                ("four-year-long", Kind::Word),
                ("Kyiv's", Kind::Word),
                ("U.S.", Kind::Word),
                ("1.5", Kind::Number)
            ]
        );
        assert!(t[3].is_possessive());
    }
}
