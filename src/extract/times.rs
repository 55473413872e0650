//! Clock times in a sentence, as written, with their hedge and time zone:
//! "at about 10:15 a.m. (0815 GMT)", "8.27 pm", "6:15 a.m. CDT", "at midnight
//! Eastern time". A time is never a count.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{Sentence, spans_within};

/// A clock time: its byte range in the text and the object to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimePhrase {
    pub start: usize,
    pub end: usize,
    pub object: String,
}

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    let hedge = r"(?:about|around|approximately|roughly|some|shortly\s+(?:after|before)|just\s+(?:after|before))";
    let zones = crate::english::calendar::TIME_ZONES.join("|");
    let meridiem = r"(?:a\.\s?m\.|p\.\s?m\.|(?:am|pm)(?-u:\b))";
    Regex::new(&format!(
        r"(?xi)
        (?:
            (?:(?-u:\b){hedge}\s+)?
            (?:
                (?-u:\b)\d{{1,2}}:\d{{2}}(?:\s*{meridiem}|(?-u:\b))
              | (?-u:\b)\d{{1,2}}\.\d{{2}}\s*{meridiem}
              | (?-u:\b)\d{{1,2}}\s*{meridiem}
            )
          | (?-u:\b)at\s+(?:{hedge}\s+)?(?:midnight|noon|midday)(?-u:\b)
          | (?-u:\b){hedge}\s+(?:midnight|noon|midday)(?-u:\b)
          | (?-u:\b)12\s+noon(?-u:\b)
          | (?-u:\b)[0-2]\d[0-5]\d\s+(?-i:GMT|UTC)(?-u:\b)
          | (?-u:\b)as\s+of\s+\d{{1,2}}[.:]\d{{2}}(?-u:\b)
        )
        (?:\s+(?-i:{zones})(?-u:\b)
          | \s+local\s+time
          | \s+(?:Pacific|Eastern|Central|Mountain|Greenwich|British|Indian|Japan|Moscow)(?:\s+\w+)?\s+time
        )?
        (?:\s*\(\s*\d{{3,4}}\s*(?-i:GMT|UTC)\s*\))?"
    ))
    .expect("the time pattern is valid")
});

/// Where the clock times of an article are: found in one pass over the text.
pub struct TimeIndex {
    found: Vec<(usize, usize)>,
}

impl TimeIndex {
    pub fn new(text: &str, body: usize) -> TimeIndex {
        TimeIndex {
            found: TIME
                .find_iter(&text[body..])
                .map(|m| {
                    // "at midnight": the time is "midnight".
                    let at = m.as_str().len() - strip_at(m.as_str()).len();
                    (body + m.start() + at, body + m.end())
                })
                .collect(),
        }
    }

    /// The clock times of one sentence.
    pub fn in_sentence(&self, text: &str, sentence: &Sentence) -> Vec<TimePhrase> {
        spans_within(&self.found, sentence)
            .iter()
            .map(|&(start, end)| TimePhrase {
                start,
                end,
                object: text[start..end].to_string(),
            })
            .collect()
    }
}

fn strip_at(found: &str) -> &str {
    for lead in ["at ", "as of "] {
        if found.len() > lead.len() && found[..lead.len()].eq_ignore_ascii_case(lead) {
            return found[lead.len()..].trim_start();
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    fn times(text: &str) -> Vec<String> {
        let s = sentences(text, 0);
        TimeIndex::new(text, 0)
            .in_sentence(text, &s[0])
            .into_iter()
            .map(|t| t.object)
            .collect()
    }

    #[test]
    fn clock_times_as_newsrooms_write_them() {
        let table: &[(&str, &[&str])] = &[
            (
                "It sank at about 11:40 p.m. local time on Sunday.",
                &["about 11:40 p.m. local time"],
            ),
            ("The walkout began at 06:00 CEST.", &["06:00 CEST"]),
            ("The jet landed at 8.27 pm in heavy rain.", &["8.27 pm"]),
            ("The blaze started at 8pm.", &["8pm"]),
            (
                "It fell at around 10:15 a.m. (0815 GMT), witnesses said.",
                &["around 10:15 a.m. (0815 GMT)"],
            ),
            (
                "The stoppage begins at midnight Eastern time.",
                &["midnight Eastern time"],
            ),
            (
                "The talks ended shortly after 4:30am.",
                &["shortly after 4:30am"],
            ),
            (
                "It overturned shortly before midnight on Sunday.",
                &["shortly before midnight"],
            ),
            ("Doors open at 10 p.m. on Friday.", &["10 p.m."]),
            ("The result came at 0230 GMT.", &["0230 GMT"]),
            ("As of 6.45, most wards had declared.", &["6.45"]),
            ("Talks resume at 12 noon.", &["12 noon"]),
        ];
        for (sentence, expected) in table {
            assert_eq!(times(sentence), *expected, "{sentence}");
        }
    }

    #[test]
    fn numbers_that_are_not_times() {
        for sentence in [
            "The quake measured 6.5 on Sunday.",
            "Prices rose 2.50 percent at midnight.",
            "A midnight deadline passed.",
            "He won 52 to 31 in the count.",
        ] {
            assert!(
                times(sentence)
                    .iter()
                    .all(|t| !t.contains("6.5") && !t.contains("2.50") && !t.contains("52")),
                "{sentence}: {:?}",
                times(sentence)
            );
        }
        assert!(times("A midnight deadline passed.").is_empty());
    }
}
