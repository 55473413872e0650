//! Date phrases in a sentence, written so the checker resolves them to the right
//! day: a bare weekday in a sentence about the past is "this past Friday", in one
//! about the future "this coming Friday".

use std::sync::LazyLock;

use regex::Regex;

use super::lexicon::{FUTURE_MARKERS, PAST_MARKERS};
use super::text::Sentence;

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
        \b(?:(?:this|next|last|past|coming)\s+)?(?:{days})\b
        | \b(?:this|next|last)\s+(?:week|weekend|month|year)\b
        | \b(?:today|tomorrow|yesterday|tonight)\b
        | \b(?:{months}|(?:{short})\.?)\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b
        | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months}|(?:{short})\b\.?)(?:\s+\d{{4}})?"
    ))
    .expect("the date pattern is valid")
});

/// Every date phrase in the sentence.
pub fn date_phrases(text: &str, sentence: &Sentence) -> Vec<DatePhrase> {
    let within = &text[sentence.start..sentence.end];
    DATE.find_iter(within)
        .map(|m| {
            let start = sentence.start + m.start();
            let phrase = m.as_str().trim_end_matches('.').to_string();
            let bare_weekday = !phrase.contains(' ')
                && super::lexicon::WEEKDAYS.contains(&phrase.to_lowercase().as_str());
            let object = match (bare_weekday, tense_before(sentence, start)) {
                (true, Some(Tense::Past)) => format!("this past {phrase}"),
                (true, Some(Tense::Future)) => format!("this coming {phrase}"),
                _ => phrase.clone(),
            };
            DatePhrase {
                start,
                end: start + m.as_str().len(),
                object,
            }
        })
        .collect()
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
        let lower = before[i].text.to_lowercase();
        // "would be held": a participle after "be" says nothing; the modal does.
        let after_be = i > 0 && before[i - 1].text.eq_ignore_ascii_case("be");
        if FUTURE_MARKERS.contains(&lower.as_str()) {
            Some(Tense::Future)
        } else if PAST_MARKERS.contains(&lower.as_str()) && !after_be {
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
