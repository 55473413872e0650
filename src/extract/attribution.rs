//! Who gives a figure, as the sentence says: "according to the health
//! ministry", "police said", "said the coast guard". A figure with none is
//! the outlet's own.

use super::lexicon::{ASIDES, ATTRIBUTION_VERBS, PRONOUNS, SOURCES};
use super::text::Sentence;

/// Words at most in the name of who gives a figure.
const LONGEST: usize = 6;

/// The attributions of one sentence: each source named, with the token of
/// its verb ("said") or of "according".
pub struct Attributions(Vec<(usize, String)>);

impl Attributions {
    /// Who the sentence at hand says gives the figure at byte `at`, as
    /// written ("police", "the coast guard"), if it says: the attribution
    /// nearest the figure in its own clause ("5,000 walked out, organisers
    /// said, while police estimated 1,500" gives each figure its own source).
    pub fn source(&self, s: &Sentence, at: usize) -> Option<String> {
        let t = &s.tokens;
        let figure = t.iter().position(|w| w.start >= at).unwrap_or(t.len());
        self.0
            .iter()
            .filter(|(i, _)| same_clause(s, figure, *i))
            .min_by_key(|(i, _)| i.abs_diff(figure))
            .map(|(_, name)| name.clone())
    }
}

/// Every attribution in sentence `s`, found once for all its figures.
pub fn attributions(text: &str, s: &Sentence) -> Attributions {
    let t = &s.tokens;
    let mut found: Vec<(usize, String)> = Vec::new();
    for i in 0..t.len() {
        let word = t[i].lower();
        let named = if word == "according" && t.get(i + 1).is_some_and(|w| w.lower() == "to") {
            phrase_after(text, s, i + 2)
        } else if ATTRIBUTION_VERBS.contains(&word.as_ref()) {
            // "said the coast guard"; but "told reporters" names the listeners.
            let inverted = matches!(word.as_ref(), "said" | "says")
                .then(|| phrase_after(text, s, i + 1))
                .flatten();
            phrase_before(text, s, i).or(inverted)
        } else {
            None
        };
        if let Some(name) = named {
            found.push((i, name));
        }
    }
    Attributions(found)
}

/// Whether nothing that starts a new clause stands between tokens `a` and
/// `b`: "12 were killed, and the mayor said the city would rebuild" gives the
/// mayor no figure.
fn same_clause(s: &Sentence, a: usize, b: usize) -> bool {
    let (from, to) = (a.min(b), a.max(b));
    !s.tokens[from..to.min(s.tokens.len())].iter().any(|w| {
        matches!(
            w.lower().as_ref(),
            ";" | "while" | "whereas" | "but" | "and" | "although" | "though"
        )
    })
}

/// "the coast guard said": the words before the verb at `verb`, back to a
/// comma, a number, "that" or the sentence's start.
fn phrase_before(text: &str, s: &Sentence, verb: usize) -> Option<String> {
    let t = &s.tokens;
    // "Local authorities, however, said": the aside is not the source.
    let verb = match verb.checked_sub(3).map(|k| &t[k..verb]) {
        Some([open, aside, close])
            if open.text == ","
                && close.text == ","
                && ASIDES.contains(&aside.lower().as_ref()) =>
        {
            verb - 3
        }
        _ => verb,
    };
    let mut first = verb;
    while first > 0
        && verb - first < LONGEST
        && t[first - 1].is_word()
        && !matches!(
            t[first - 1].lower().as_ref(),
            "that"
                | "and"
                | "but"
                | "which"
                | "who"
                | "as"
                | "have"
                | "has"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "after"
                | "before"
                | "when"
                | "while"
                | "since"
                | "because"
                | "if"
                | "where"
        )
    {
        first -= 1;
    }
    named(text, s, first, verb)
}

/// "said the coast guard", "according to local officials": the words after
/// token `from`, up to a comma, a full stop or a word that starts what they
/// said ("that", "on Monday").
fn phrase_after(text: &str, s: &Sentence, from: usize) -> Option<String> {
    let t = &s.tokens;
    let mut end = from;
    while end < t.len()
        && end - from < LONGEST
        && t[end].is_word()
        && !matches!(
            t[end].lower().as_ref(),
            "that" | "on" | "in" | "at" | "it" | "this" | "was" | "were" | "is" | "had"
        )
    {
        end += 1;
    }
    named(text, s, from, end)
}

/// The words of tokens `first..end`, if they name someone who could give a
/// figure: a name ("Maria Costa", "the Shipping Ministry"), a body that
/// counts ("police", "the coast guard"), or a pronoun standing for one ("he
/// said"), never the thing counted ("winds reported").
fn named(text: &str, s: &Sentence, first: usize, end: usize) -> Option<String> {
    let t = &s.tokens;
    if first >= end {
        return None;
    }
    let words = &t[first..end];
    let someone = words.iter().any(|w| {
        let lower = w.lower();
        (w.is_capitalised() && !(first == 0 && w.start == words[0].start && lower == "the"))
            || SOURCES.contains(&lower.as_ref())
            || PRONOUNS.contains(&lower.as_ref())
    });
    // A capitalised first word of the sentence alone says nothing.
    let only_opening = words.len() == 1
        && first == 0
        && !SOURCES.contains(&words[0].lower().as_ref())
        && !PRONOUNS.contains(&words[0].lower().as_ref());
    (someone && !only_opening).then(|| text[t[first].start..t[end - 1].end].trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    /// Who gives the sentence's first figure.
    fn who(text: &str) -> Option<String> {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let s = &sentences(text, 0)[0];
        attributions(text, s).source(s, at)
    }

    #[test]
    fn who_gives_the_figure() {
        assert_eq!(
            who("At least 23 people are missing, the coast guard said."),
            Some("the coast guard".into())
        );
        assert_eq!(
            who("Police said 40 people were arrested."),
            Some("Police".into())
        );
        assert_eq!(
            who("About 30 are missing, according to the shipping ministry."),
            Some("the shipping ministry".into())
        );
        assert_eq!(
            who("Twelve were hurt, said Maria Costa, a hospital spokeswoman."),
            Some("Maria Costa".into())
        );
        assert_eq!(who("Nine people died when the ferry sank."), None);
        // Each figure its own source; none across a new clause.
        let text = "Around 5,000 walked out, organisers said, while police estimated 1,500.";
        let s = &sentences(text, 0)[0];
        assert_eq!(
            attributions(text, s).source(s, text.find("1,500").unwrap()),
            Some("police".into())
        );
        assert_eq!(
            attributions(text, s).source(s, text.find("5,000").unwrap()),
            Some("organisers".into())
        );
        assert_eq!(
            who("12 people were killed, and the mayor said the city would rebuild."),
            None
        );
        assert_eq!(
            who("12 people were reported missing after the ferry sank."),
            None
        );
        assert_eq!(who("Twelve died, he said."), Some("he".into()));
        assert_eq!(
            who("Local authorities, however, said 97 were on board."),
            Some("Local authorities".into())
        );
        assert_eq!(who("Winds of 70 km/h were reported."), None);
        assert_eq!(
            who("The ministry put the number of missing at about 30."),
            Some("The ministry".into())
        );
        assert_eq!(
            who("Officials said on Monday that 12 died."),
            Some("Officials".into())
        );
    }
}
