//! Date phrases in a sentence, written so the checker resolves them to the right
//! day: a bare weekday in a sentence about the past is "this past Friday", in one
//! about the future "this coming Friday".

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{FUTURE_MARKERS, PAST_MARKERS};
use super::text::{Sentence, lowercase, spans_within};

/// A date phrase: its byte range in the text and the object to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatePhrase {
    pub start: usize,
    pub end: usize,
    pub object: String,
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let months =
        "january|february|march|april|may|june|july|august|september|october|november|december";
    let short = "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";
    let days = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    Regex::new(&format!(
        r"(?ix)
        (?-u:\b)(?:(?:this|next|last|past|coming)\s+)?(?:{days})(?-u:\b)
        | (?-u:\b)(?:this|next|last)\s+(?:week|weekend|month|year)(?-u:\b)
        | (?-u:\b)(?:today|tomorrow|yesterday|tonight)(?-u:\b)
        | (?-u:\b)(?:{months}|(?:{short})\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?-u:\b)
        | (?-u:\b)\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months}|(?:{short})(?-u:\b)\.?)(?:\s+\d{{4}})?"
    ))
    .expect("the date pattern is valid")
});

/// A month or a year after "in": "in August", "in 2016", "in the 1960s". Too
/// coarse to place a meeting, enough to date what happened. ("Since 2008"
/// dates an earlier event of the kind: "the deadliest quake since 1999".)
static COARSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?-u:\b)in\s+
        (?:
            (?-i:(?:January|February|March|April|May|June|July|August|September|October|November|December))(?:\s+\d{4})?
          | (?:the\s+)?(?:1[89]|20)\d{2}s?
        )(?-u:\b)",
    )
    .expect("the coarse date pattern is valid")
});

/// Where the date phrases of an article are: found in one pass over the text.
pub struct DateIndex {
    found: Vec<(usize, usize)>,
    coarse: Vec<(usize, usize)>,
}

impl DateIndex {
    pub fn new(text: &str, body: usize) -> DateIndex {
        let spans = |pattern: &Regex| {
            pattern
                .find_iter(&text[body..])
                .map(|m| (body + m.start(), body + m.end()))
                .collect()
        };
        DateIndex {
            found: spans(&DATE),
            coarse: spans(&COARSE),
        }
    }

    /// The months and years of one sentence said with "in" ("in August", "in
    /// the 1960s"), written without it.
    pub fn coarse_in_sentence(&self, text: &str, sentence: &Sentence) -> Vec<DatePhrase> {
        spans_within(&self.coarse, sentence)
            .iter()
            .map(|&(start, end)| {
                let phrase = &text[start..end];
                let object = phrase
                    .split_once(char::is_whitespace)
                    .map_or(phrase, |(_, rest)| rest.trim_start());
                let object = object.strip_prefix("the ").unwrap_or(object);
                DatePhrase {
                    start,
                    end,
                    object: object.to_string(),
                }
            })
            .collect()
    }

    /// The date phrases of one sentence.
    pub fn in_sentence(&self, text: &str, sentence: &Sentence) -> Vec<DatePhrase> {
        spans_within(&self.found, sentence)
            .iter()
            .map(|(start, end)| phrase(text, sentence, *start, *end))
            .collect()
    }
}

/// Every date phrase in the sentence.
#[cfg(test)]
pub fn date_phrases(text: &str, sentence: &Sentence) -> Vec<DatePhrase> {
    DateIndex::new(text, 0).in_sentence(text, sentence)
}

/// The phrase at `start..end`, written as the object of a date claim.
fn phrase(text: &str, sentence: &Sentence, start: usize, end: usize) -> DatePhrase {
    let phrase = text[start..end].trim_end_matches('.').to_string();
    let bare_weekday =
        !phrase.contains(' ') && crate::english::calendar::is_weekday(&phrase.to_lowercase());
    let object = match (bare_weekday, tense_before(sentence, start)) {
        (true, Some(Tense::Past)) => format!("this past {phrase}"),
        (true, Some(Tense::Future)) => format!("this coming {phrase}"),
        _ => phrase,
    };
    DatePhrase { start, end, object }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
}

/// The tense of the nearest verb before `offset` that tells it.
fn tense_before(sentence: &Sentence, offset: usize) -> Option<Tense> {
    let before: Vec<_> = sentence.tokens.iter().filter(|t| t.end <= offset).collect();
    (0..before.len()).rev().find_map(|i| {
        let lower = lowercase(before[i].text);
        // "would be held": a participle after "be" says nothing; the modal does.
        let after_be = i > 0 && before[i - 1].text.eq_ignore_ascii_case("be");
        if FUTURE_MARKERS.contains(&lower.as_ref()) {
            Some(Tense::Future)
        } else if PAST_MARKERS.contains(&lower.as_ref()) && !after_be {
            Some(Tense::Past)
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    fn objects(text: &str) -> Vec<String> {
        let s = sentences(text, 0);
        date_phrases(text, &s[0])
            .into_iter()
            .map(|d| d.object)
            .collect()
    }

    #[test]
    fn weekdays_take_the_tense_of_their_sentence() {
        assert_eq!(
            objects("The committee met in the capital on Saturday."),
            ["this past Saturday"]
        );
        assert_eq!(
            objects("The committee will meet on Saturday."),
            ["this coming Saturday"]
        );
        assert_eq!(
            objects("Talks would be held in the capital on Monday."),
            ["this coming Monday"]
        );
        assert_eq!(
            objects("The deal had been signed on Monday."),
            ["this past Monday"]
        );
        assert_eq!(objects("On Saturday, it rained."), ["Saturday"]);
        assert_eq!(
            objects("Talks between the union and the city collapsed on Wednesday."),
            ["this past Wednesday"]
        );
    }

    #[test]
    fn other_phrases_are_kept_as_written() {
        assert_eq!(
            objects("Talks resume next week and end on Nov. 27."),
            ["next week", "Nov. 27"]
        );
        assert_eq!(
            objects("It will be signed on 27 November 2026."),
            ["27 November 2026"]
        );
        assert_eq!(objects("They meet this weekend."), ["this weekend"]);
        assert!(objects("Rubio may join.").is_empty());
    }
}
