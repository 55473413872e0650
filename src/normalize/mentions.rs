//! Mentions: every place an article names a known person or place, spelled as it
//! spells it. Spellings are counted over the whole text, not only inside claims:
//! "Kiev" may stand in a sentence that holds no claim and still be worth reporting.

use std::collections::HashMap;

use super::entities::{EntityId, EntityTable};
use super::names::{
    NameMatch, PersonName, fold, same_person, same_word, skeleton, strip_possessive,
    transliteration_key,
};
use super::titles::is_office_word;
use crate::corpus::Article;
use crate::load::entities::EntityKind;

/// One naming of an entity in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub article: usize,
    pub entity: EntityId,
    /// The name as written, without a possessive `'s`.
    pub surface: String,
    /// Byte offsets into the article text.
    pub span: (usize, usize),
    /// Given name and surname, rather than a surname alone.
    pub full: bool,
    /// Whether the spelling is the entity's own (or an alias) or a transliteration of it.
    pub matched: NameMatch,
}

thread_local! {
    /// Skeletons of words already seen: the same words recur across articles.
    static SKELETONS: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::new(HashMap::new());
}

/// Words that stand before a name without being part of it, besides the names of
/// offices ("President", "Envoy"): honorifics and the words of compound titles.
const BEFORE_NAMES: &[&str] = &[
    "special", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "former", "foreign", "defence",
    "defense", "state", "army", "navy", "house",
];

fn stands_before_names(word: &str) -> bool {
    is_office_word(word) || BEFORE_NAMES.contains(&word)
}

struct Word<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

/// An index of the names to look for, built once per corpus.
pub struct Gazetteer<'a> {
    table: &'a EntityTable,
    /// Folded multi-word names and aliases of places and people.
    phrases: HashMap<String, EntityId>,
    longest_phrase: usize,
    /// Surnames of people and one-word place names, by consonant skeleton.
    by_skeleton: HashMap<String, Vec<(EntityId, String, EntityKind)>>,
}

impl<'a> Gazetteer<'a> {
    pub fn new(table: &'a EntityTable) -> Self {
        let mut phrases = HashMap::new();
        let mut by_skeleton: HashMap<String, Vec<_>> = HashMap::new();
        let mut longest_phrase = 1;
        for (id, entity) in table.iter() {
            let kind = match entity.kind {
                Some(k @ (EntityKind::Person | EntityKind::Place)) => k,
                _ => continue,
            };
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                let folded = fold(name);
                let words = folded.split(' ').count();
                if words > 1 {
                    longest_phrase = longest_phrase.max(words);
                    phrases.entry(folded).or_insert(id);
                }
            }
            let word = match kind {
                EntityKind::Person => PersonName::parse(&entity.name).map(|p| p.surname),
                _ if !entity.name.contains(' ') => Some(entity.name.clone()),
                _ => None,
            };
            if let Some(word) = word.filter(|w| fold(w).len() >= 3) {
                by_skeleton
                    .entry(skeleton(&transliteration_key(&word)))
                    .or_default()
                    .push((id, word, kind));
            }
        }
        Gazetteer {
            table,
            phrases,
            longest_phrase,
            by_skeleton,
        }
    }

    /// Every mention of a known entity in one article, in text order.
    pub fn scan(&self, article_index: usize, article: &Article) -> Vec<Mention> {
        let mut mentions: Vec<Mention> = Vec::new();
        for run in capitalised_runs(&article.text) {
            let mut i = 0;
            while i < run.len() {
                let (found, used) = self.match_at(&run[i..], article_index, &mentions);
                mentions.extend(found);
                i += used;
            }
        }
        mentions
    }

    /// The mention that starts at `words[0]`, if any, and how many words to move on.
    fn match_at(
        &self,
        words: &[Word],
        article: usize,
        earlier: &[Mention],
    ) -> (Option<Mention>, usize) {
        let mention = |entity, n: usize, full, matched| {
            let span = (words[0].start, words[n - 1].end);
            let surface = words[..n]
                .iter()
                .map(|w| strip_possessive(w.text))
                .collect::<Vec<_>>()
                .join(" ");
            (
                Some(Mention {
                    article,
                    entity,
                    surface,
                    span,
                    full,
                    matched,
                }),
                n,
            )
        };
        // Names of several words, exactly as listed: "Hallandale Beach", "Shell Bay Club".
        for n in (2..=self.longest_phrase.min(words.len())).rev() {
            let folded = fold(
                &words[..n]
                    .iter()
                    .map(|w| w.text)
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            if let Some(&id) = self.phrases.get(&folded) {
                return mention(id, n, true, NameMatch::Exact);
            }
        }
        // A given name and a surname.
        let mut other_person = false;
        if words.len() >= 2 {
            let candidate = PersonName {
                given: Some(strip_possessive(words[0].text).to_string()),
                surname: strip_possessive(words[1].text).to_string(),
            };
            let mut found = None;
            for (id, _, _) in self
                .candidates(words[1].text)
                .filter(|c| c.2 == EntityKind::Person)
            {
                let Some(known) = PersonName::parse(&self.table.get(*id).name) else {
                    continue;
                };
                match same_person(&candidate, &known) {
                    NameMatch::No => {
                        let first = fold(words[0].text);
                        other_person |= !stands_before_names(&first) && known.given.is_some();
                    }
                    m => found = Some((*id, m)),
                }
            }
            if let Some((id, m)) = found {
                return mention(id, 2, true, m);
            }
        }
        if other_person {
            // "Hunter Biden" is not Joe Biden: a surname after another given name is
            // someone else of that name.
            return (None, 2);
        }
        // A surname alone, or a one-word place.
        let matches: Vec<(EntityId, NameMatch)> = self
            .candidates(words[0].text)
            .filter_map(|(id, word, _)| match same_word(words[0].text, word) {
                NameMatch::No => None,
                m => Some((*id, m)),
            })
            .collect();
        let chosen = match matches.as_slice() {
            [] => None,
            [one] => Some(*one),
            // Two known people share this surname: the one this article named in full.
            many => many
                .iter()
                .find(|(id, _)| earlier.iter().any(|m| m.entity == *id && m.full))
                .copied(),
        };
        match chosen {
            Some((id, m)) => mention(id, 1, self.table.get(id).kind == Some(EntityKind::Place), m),
            None => (None, 1),
        }
    }

    fn candidates(&self, word: &str) -> impl Iterator<Item = &(EntityId, String, EntityKind)> {
        SKELETONS
            .with_borrow_mut(|cache| {
                if !cache.contains_key(word) {
                    if cache.len() > 100_000 {
                        cache.clear();
                    }
                    cache.insert(
                        word.to_string(),
                        skeleton(&transliteration_key(strip_possessive(word))),
                    );
                }
                self.by_skeleton.get(cache.get(word)?)
            })
            .into_iter()
            .flatten()
    }
}

/// Runs of capitalised words that follow each other with a single space between:
/// where names stand.
fn capitalised_runs(text: &str) -> Vec<Vec<Word<'_>>> {
    let is_word_char = |c: char| c.is_alphabetic() || c == '\'' || c == '’' || c == '-';
    let mut words = Vec::new();
    let mut word_start: Option<usize> = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (is_word_char(c), word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(start)) => {
                words.push((start, i));
                word_start = None;
            }
            _ => {}
        }
    }
    let mut runs = Vec::new();
    let mut run: Vec<Word> = Vec::new();
    let mut last_end = 0;
    for (start, end) in words {
        let w = &text[start..end];
        let joined = run.is_empty() || &text[last_end..start] == " ";
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        if (!joined || !capitalised) && !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
        if capitalised {
            let trimmed = w.trim_end_matches(['\'', '’', '-']);
            run.push(Word {
                text: trimmed,
                start,
                end: start + trimmed.len(),
            });
        }
        last_end = end;
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::entities::EntityRecord;

    fn table() -> EntityTable {
        let person = |n: &str| EntityRecord {
            name: n.into(),
            kind: EntityKind::Person,
            aliases: vec![],
            part_of: None,
            tenures: vec![],
            note: None,
        };
        let place = |n: &str| EntityRecord {
            kind: EntityKind::Place,
            ..person(n)
        };
        EntityTable::from_records(&[
            person("Volodymyr Zelensky"),
            person("Vladimir Putin"),
            person("Joe Biden"),
            place("Kyiv"),
            place("Hallandale Beach"),
        ])
        .0
    }

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            text_path: "a.txt".into(),
            claims_path: None,
            outlet: None,
            published: None,
            title: None,
            url: None,
            text: text.into(),
            events: vec![],
            label: "a".into(),
        }
    }

    fn surfaces(text: &str) -> Vec<(String, String)> {
        let t = table();
        let g = Gazetteer::new(&t);
        g.scan(0, &article(text))
            .into_iter()
            .map(|m| (m.surface, t.get(m.entity).name.clone()))
            .collect()
    }

    #[test]
    fn finds_names_after_titles_and_in_possessives() {
        let found = surfaces(
            "Ukrainian President Vladimir Zelensky met Vladimir Putin. Zelensky’s team flew to Kiev's airport, then Hallandale Beach.",
        );
        assert_eq!(
            found,
            vec![
                ("Vladimir Zelensky".into(), "Volodymyr Zelensky".into()),
                ("Vladimir Putin".into(), "Vladimir Putin".into()),
                ("Zelensky".into(), "Volodymyr Zelensky".into()),
                ("Kiev".into(), "Kyiv".into()),
                ("Hallandale Beach".into(), "Hallandale Beach".into()),
            ]
        );
    }

    #[test]
    fn a_namesake_is_not_the_known_person() {
        assert!(surfaces("Hunter Biden spoke.").is_empty());
        assert_eq!(surfaces("President Biden spoke.").len(), 1);
    }

    #[test]
    fn spans_point_at_the_name() {
        let t = table();
        let text = "In Kyiv, Zelenskyy said.";
        let found = Gazetteer::new(&t).scan(0, &article(text));
        assert_eq!(&text[found[1].span.0..found[1].span.1], "Zelenskyy");
        assert_eq!(found[1].matched, NameMatch::Transliteration);
    }
}
