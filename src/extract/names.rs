//! People and places in an article, found without a list of names: a person is
//! two or three capitalised words that are not title words, not the name of a
//! body or a place, and never written in lowercase elsewhere in the article; a
//! surname alone is the person the article named in full before.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use super::lexicon::{NOT_NAMES, NOT_PERSON_ENDINGS, TITLE_MODIFIERS, is_calendar_word};
use super::text::{Sentence, Token};
use crate::normalize::names::{fold, strip_possessive};
use crate::normalize::titles::is_office_word;

/// What the article has said so far about who is who.
#[derive(Debug, Default)]
pub struct Names<'t> {
    /// Full names in the order the article first gives them.
    pub people: Vec<String>,
    /// Words the article writes in lowercase somewhere: not names. Borrowed
    /// from the text when it is lowercase already, as nearly all are.
    lowercase: FxHashSet<Cow<'t, str>>,
    /// Names the article puts after "in", "at", "near": places, not people.
    places: FxHashSet<String>,
    /// Every full name, folded.
    folded_people: FxHashSet<String>,
    /// The full name last given for each (folded) surname.
    surnames: FxHashMap<String, String>,
}

/// A person named in a sentence: the full name, and the tokens that name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonMention {
    pub name: String,
    pub first: usize,
    pub last: usize,
}

/// A place after a preposition: "at the Shell Bay Club in Hallandale Beach, Florida"
/// gives the club, with the beach and the state as what contains it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceMention {
    pub name: String,
    /// The tokens of the whole phrase, preposition included.
    pub first: usize,
    pub last: usize,
    /// Larger places named right after it, innermost first.
    pub within: Vec<String>,
}

/// Prepositions after which a capitalised name is a place.
pub const LOCATIVES: &[&str] = &[
    "in", "at", "near", "from", "outside", "inside", "across", "into",
];

impl<'t> Names<'t> {
    /// Reads the whole article once for lowercase words and place names.
    pub fn new(sentences: &[Sentence<'t>]) -> Names<'t> {
        let mut names = Names::default();
        for s in sentences {
            for (i, t) in s.tokens.iter().enumerate() {
                if t.is_word() && !t.is_capitalised() {
                    names.lowercase.insert(t.lower());
                }
                if t.is_word() && LOCATIVES.contains(&t.text) {
                    let run = capitalised_run(&s.tokens, skip_the(&s.tokens, i + 1));
                    if !run.is_empty() {
                        names.places.insert(fold(&join(&run)));
                    }
                }
            }
        }
        names
    }

    /// Whether a capitalised word could be part of a person's name.
    fn name_like(&self, t: &Token) -> bool {
        let lower = t.lower();
        t.is_capitalised()
            && t.text.chars().filter(|c| c.is_alphabetic()).count() > 1
            && !t
                .text
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
            && !t.text.contains('.')
            && !NOT_NAMES.contains(lower.as_ref())
            && !is_calendar_word(&lower)
            && !NOT_PERSON_ENDINGS.contains(lower.as_ref())
            && !TITLE_MODIFIERS.contains(lower.as_ref())
            && !is_office_word(&lower)
            // "Ministers Ana Veld and Piet Kors": a plural office.
            && !lower.strip_suffix('s').is_some_and(is_office_word)
            && !self.lowercase.contains(lower.as_ref())
    }

    /// The people a sentence names, in order, learning full names as it goes.
    pub fn people(&mut self, sentence: &Sentence) -> Vec<PersonMention> {
        let tokens = &sentence.tokens;
        let mut found = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !tokens[i].is_capitalised() {
                i += 1;
                continue;
            }
            let mut end = i;
            loop {
                // "Nora E. Fisk": an initial and its full stop go on the run.
                let step = if initial_at(tokens, end) { 2 } else { 1 };
                let next = end + step;
                if next < tokens.len()
                    && tokens[next].is_capitalised()
                    && tokens[next - 1].end + 1 == tokens[next].start
                    && !tokens[end].is_possessive()
                {
                    end = next;
                } else {
                    // "Sakeen K., the district medical officer": a name that
                    // ends in an initial keeps its stop.
                    if step == 2 && end > i && tokens.get(end + 2).is_some_and(|c| c.is(",")) {
                        end += 1;
                    }
                    break;
                }
            }
            // The name is the run's tail of name-like words: "Ukrainian President
            // Volodymyr Zelenskyy" → "Volodymyr Zelenskyy".
            let mut first = end + 1;
            let mut words = 0;
            while first > i && words < 3 {
                if first >= i + 2 && tokens[first - 1].text == "." && initial_at(tokens, first - 2)
                {
                    first -= 2;
                } else if self.name_like(&tokens[first - 1]) {
                    first -= 1;
                    words += 1;
                } else if first >= i + 2
                    && first == end
                    && initials_in_capitals(tokens[first - 1].text)
                    && !is_office_word(&tokens[first - 1].lower())
                    && self.name_like(&tokens[first - 2])
                {
                    // "Alan JR Moore": initials between two names.
                    first -= 1;
                } else {
                    break;
                }
            }
            // "in Banja Luka", and "Mayor Goran Ilic of Banja Luka": places.
            let after_locative = i > 0
                && first == i
                && (LOCATIVES.contains(&tokens[i - 1].text)
                    || (tokens[i - 1].text == "of"
                        && found
                            .last()
                            .is_some_and(|p: &PersonMention| p.last + 2 == i)));
            // "Mayor of Leeds Ann Hale", "President of Estonia Kaja Tamm",
            // "secretary to the Treasury Owen Pryce": the office's place or
            // body opens the run, and is no part of the name.
            // "leader of the House of Commons Mary Stone": back through the
            // body's name to the office. An office in capitals ("Mayor of
            // Leeds Ann Hale"), or one whose body is named in capitals on the
            // way, names a place or a body; a lower-case one right before the
            // run may name a person ("The lawyer of Mary Ann Hale").
            let of_a_place = first == i
                && end >= first + 2
                && i >= 2
                && matches!(tokens[i - 1].text, "of" | "the")
                && {
                    let (mut office, mut body) = (false, false);
                    for k in (i.saturating_sub(7)..i).rev() {
                        let w = &tokens[k];
                        let is_office = is_office_word(&w.lower());
                        if !(w.is_capitalised()
                            || is_office
                            || matches!(w.text, "of" | "the" | "to"))
                        {
                            break;
                        }
                        office |= is_office;
                        body |= w.is_capitalised() && !w.text.eq_ignore_ascii_case("the");
                    }
                    // "to the Treasury Owen Pryce": "the" makes it a body's.
                    office && (body || tokens[i - 1].text == "the")
                };
            if of_a_place {
                first += 1;
            }
            // "the Civil Defence service": the name of a body, not a person.
            let of_a_body = tokens.get(end + 1).is_some_and(|w| {
                w.is_word()
                    && !w.is_capitalised()
                    && NOT_PERSON_ENDINGS.contains(w.lower().as_ref())
            });
            if first <= end && !of_a_body {
                let name = join(&tokens[first..=end]);
                let words = end - first + 1;
                if words >= 2 && !after_locative && !self.places.contains(&fold(&name)) {
                    if self.folded_people.insert(fold(&name)) {
                        self.people.push(name.clone());
                    }
                    if let Some(surname) = name.split_whitespace().last() {
                        self.surnames.insert(fold(surname), name.clone());
                    }
                    found.push(PersonMention {
                        name,
                        first,
                        last: end,
                    });
                } else if words == 1
                    && let Some(full) = self.full_name_of(tokens[end].text)
                {
                    found.push(PersonMention {
                        name: full,
                        first: end,
                        last: end,
                    });
                } else if words == 1
                    && tokens.get(end + 1).is_some_and(|c| c.is(","))
                    && tokens.get(end + 2).is_some_and(|w| w.text == "who")
                {
                    // "Petrovic, who chairs the committee": a person, named by surname alone.
                    found.push(PersonMention {
                        name: name.clone(),
                        first: end,
                        last: end,
                    });
                }
            }
            i = end + 1;
        }
        found
    }

    /// The full name, given earlier, whose surname this word is.
    pub fn full_name_of(&self, word: &str) -> Option<String> {
        self.surnames.get(&fold(strip_possessive(word))).cloned()
    }

    /// The place after the preposition at `i`, if one follows.
    pub fn place_at(&self, sentence: &Sentence, i: usize) -> Option<PlaceMention> {
        let tokens = &sentence.tokens;
        if !tokens.get(i).is_some_and(|t| LOCATIVES.contains(&t.text)) {
            return None;
        }
        let start = skip_the(tokens, i + 1);
        let run = capitalised_run(tokens, start);
        let name = join(&run);
        if run.is_empty() || !self.is_place_name(&name, &run) {
            return None;
        }
        let mut last = start + run.len() - 1;
        let mut within = Vec::new();
        // ", Florida" or " in Hallandale Beach": larger places.
        loop {
            let next = match tokens.get(last + 1) {
                Some(t) if t.is(",") => last + 2,
                Some(t) if t.text == "in" => skip_the(tokens, last + 2),
                _ => break,
            };
            let more = capitalised_run(tokens, next);
            let outer = join(&more);
            if more.is_empty() || !self.is_place_name(&outer, &more) {
                break;
            }
            within.push(outer);
            last = next + more.len() - 1;
        }
        Some(PlaceMention {
            name,
            first: i,
            last,
            within,
        })
    }

    fn is_place_name(&self, name: &str, run: &[Token]) -> bool {
        let lower = fold(name);
        !run.iter().any(|t| t.is_possessive())
            && !is_calendar_word(&lower)
            && !NOT_NAMES.contains(lower.as_str())
            && !self.folded_people.contains(&lower)
            && self.full_name_of(name).is_none()
    }
}

/// Whether `word` is two or three initials written together ("TC").
fn initials_in_capitals(word: &str) -> bool {
    (2..=3).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether token `k` is an initial: one capital with its full stop right
/// after it ("Nora E. Fisk", "E. Marr").
fn initial_at(tokens: &[Token], k: usize) -> bool {
    let letter = &tokens[k];
    letter.text.chars().count() == 1
        && letter.text.chars().all(char::is_uppercase)
        && tokens
            .get(k + 1)
            .is_some_and(|dot| dot.text == "." && dot.start == letter.end)
}

fn skip_the(tokens: &[Token], i: usize) -> usize {
    if tokens
        .get(i)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("the"))
    {
        i + 1
    } else {
        i
    }
}

/// Capitalised words from `start`, allowing "of" between two of them ("Port of
/// Gdansk") and stopping after a possessive.
fn capitalised_run<'t>(tokens: &[Token<'t>], start: usize) -> Vec<Token<'t>> {
    let mut run = Vec::new();
    let mut i = start;
    while let Some(t) = tokens.get(i) {
        if t.is_capitalised() && (run.is_empty() || tokens[i - 1].end + 1 == t.start) {
            run.push(*t);
            if t.is_possessive() {
                break;
            }
            i += 1;
        } else if t.text == "of"
            && !run.is_empty()
            && tokens.get(i + 1).is_some_and(|n| n.is_capitalised())
        {
            run.push(*t);
            i += 1;
        } else {
            break;
        }
    }
    while run.last().is_some_and(|t| t.text == "of") {
        run.pop();
    }
    run
}

/// The words of `tokens` as a name, spaced as written: "Nora E. Fisk".
fn join(tokens: &[Token]) -> String {
    let mut name = String::new();
    for (k, t) in tokens.iter().enumerate() {
        if k > 0 && tokens[k - 1].end < t.start {
            name.push(' ');
        }
        name.push_str(strip_possessive(t.text));
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::text::sentences;

    fn people_of(text: &str) -> Vec<Vec<String>> {
        let s = sentences(text, 0);
        let mut names = Names::new(&s);
        s.iter()
            .map(|s| names.people(s).into_iter().map(|p| p.name).collect())
            .collect()
    }

    #[test]
    fn finds_people_after_titles_and_resolves_surnames() {
        let found = people_of(
            "Norwegian chief negotiator Ingrid Halvorsen spoke. Halvorsen said the Nordic Council agreed. \
             Trade Minister Luis Kispe of Peru left for Oslo.",
        );
        assert_eq!(
            found,
            vec![
                vec!["Ingrid Halvorsen"],
                vec!["Ingrid Halvorsen"],
                vec!["Luis Kispe"]
            ]
        );
    }

    #[test]
    fn a_surname_before_who_is_a_person() {
        assert_eq!(
            people_of("Petrovic, who chairs the committee, spoke."),
            vec![vec!["Petrovic"]]
        );
    }

    #[test]
    fn places_and_bodies_are_not_people() {
        let found = people_of(
            "Water rose near Banja Luka. The Red Cross and the World Economic Forum met at the Shell Bay Club in Banja Luka.",
        );
        assert_eq!(found, vec![Vec::<String>::new(), vec![]]);
    }

    #[test]
    fn words_written_in_lowercase_elsewhere_are_not_names() {
        let found =
            people_of("Security Guarantees Unresolved\nThe security guarantees remain unresolved.");
        assert!(found.iter().all(|f| f.is_empty()), "{found:?}");
    }

    #[test]
    fn places_carry_what_contains_them() {
        let text = "They met at the Shell Bay Club in Hallandale Beach, Florida on Sunday.";
        let s = sentences(text, 0);
        let names = Names::new(&s);
        let at = s[0].tokens.iter().position(|t| t.text == "at").unwrap();
        let place = names.place_at(&s[0], at).unwrap();
        assert_eq!(place.name, "Shell Bay Club");
        assert_eq!(place.within, vec!["Hallandale Beach", "Florida"]);
    }
}
