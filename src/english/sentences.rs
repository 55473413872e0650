//! Where sentences end: at a full stop, question or exclamation mark, unless
//! the full stop closes an abbreviation ("Gen.", "Nov.") or an initial
//! ("J. Smith"), or the next word starts in lower case. Extraction cuts
//! sentences by this rule, and reports show a quote in the sentence this rule
//! finds around it.

use super::calendar::is_month_abbreviation;

/// Abbreviations, other than months', after which a full stop does not end a
/// sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "gov", "sen", "rep", "lt", "col", "no", "vs", "prof",
    "jr", "sr",
];

/// Whether `word`, in any case, is an abbreviation after which a full stop
/// does not end a sentence: asked at every full stop, without lowercasing a
/// copy of the word before it.
pub fn is_abbreviation(word: &str) -> bool {
    if word.is_ascii() {
        ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
            || (word.len() <= 4 && is_month_abbreviation(&word.to_ascii_lowercase()))
    } else {
        let lower = word.to_lowercase();
        ABBREVIATIONS.contains(&lower.as_str()) || is_month_abbreviation(&lower)
    }
}

/// Whether the mark that closes sentences at byte `at` of `text` ends one.
pub fn ends_sentence(text: &str, at: usize) -> bool {
    let Some(stop) = text[at..].chars().next() else {
        return false;
    };
    if !matches!(stop, '.' | '!' | '?') {
        return false;
    }
    if stop == '.' {
        // The word the full stop touches: an abbreviation or an initial.
        let word = text[..at]
            .rsplit(|c: char| c.is_whitespace() || c == '.' || is_opening(c))
            .next()
            .unwrap_or("");
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        if !word.is_empty() && (initial || is_abbreviation(word)) {
            return false;
        }
    }
    // Closing quotes belong to the sentence they close; the next word, if it
    // starts in lower case, continues it.
    // A stop inside a word or a number ("3.5", "a.m") ends nothing.
    let after = text[at + stop.len_utf8()..].trim_start_matches(is_closing);
    if after.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return false;
    }
    let next = after.trim_start_matches([' ', '\t']).chars().next();
    if is_meridiem(&text[..at]) {
        // "at 10:15 a.m. (0815 GMT)", "6:15 a.m. CDT Friday": after a clock
        // time, an aside or a time zone goes on with the sentence.
        let word = after
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if next == Some('(') || super::calendar::is_time_zone(word) {
            return false;
        }
    }
    next.is_none_or(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Whether `before` ends in "a.m" or "p.m", the stop about to close it.
fn is_meridiem(before: &str) -> bool {
    let tail = before.as_bytes();
    tail.len() >= 3
        && matches!(tail[tail.len() - 3].to_ascii_lowercase(), b'a' | b'p')
        && tail[tail.len() - 2] == b'.'
        && tail[tail.len() - 1].eq_ignore_ascii_case(&b'm')
}

/// Marks that close a quotation or an aside after a stop.
pub fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(')
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Comparing without case finds the abbreviations lowercasing finds.
        #[test]
        fn abbreviations_are_found_in_any_case(word in "(?i)(mr|dr|sept|prof|no|st|x|ab|é|ǅ)[.sé]?") {
            let lower = word.to_lowercase();
            proptest::prop_assert_eq!(
                is_abbreviation(&word),
                ABBREVIATIONS.contains(&lower.as_str()) || is_month_abbreviation(&lower)
            );
        }
    }

    #[test]
    fn stops_end_sentences_but_not_abbreviations_or_initials() {
        let ends = |text: &str| {
            text.char_indices()
                .filter(|(i, _)| ends_sentence(text, *i))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        assert_eq!(ends("He left. She stayed."), vec![7, 19]);
        assert_eq!(ends("Gen. Smith spoke on Nov. 27. Then"), vec![27]);
        assert_eq!(ends("J. Smith and the U.S. team"), Vec::<usize>::new());
        assert_eq!(ends("\"We won.\" He smiled!"), vec![7, 19]);
        assert_eq!(ends("about 3.5 percent. and so on"), Vec::<usize>::new());
        assert_eq!(ends("Why? Because."), vec![3, 12]);
        assert_eq!(ends("at 10:15 a.m. (0815 GMT) and"), Vec::<usize>::new());
        assert_eq!(ends("at 7 p.m. The next"), vec![8]);
        assert_eq!(ends("at 6:15 a.m. CDT Friday"), Vec::<usize>::new());
        assert_eq!(ends("at 9 p.m. \"It sank\""), vec![8]);
    }
}
