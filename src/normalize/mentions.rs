//! Mentions: every place an article names a known person or place, spelled as it
//! spells it. Spellings are counted over the whole text, not only inside claims:
//! "Kiev" may stand in a sentence that holds no claim and still be worth reporting.

use rustc_hash::FxHashMap;

use super::entities::{EntityId, EntityTable};
use super::names::{NameMatch, PersonName, Spelling, fold, strip_possessive};
use super::titles::is_office_word;
use crate::corpus::Article;
use crate::corpus::entity::EntityKind;
use crate::intern::Interned;

/// One naming of an entity in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub article: usize,
    pub entity: EntityId,
    /// The name as written, without a possessive `'s`; held once for all the
    /// articles that write it so (at a million claims, half a million mentions).
    pub surface: Interned,
    /// Byte offsets into the article text.
    pub span: (usize, usize),
    /// Given name and surname, rather than a surname alone.
    pub full: bool,
    /// Whether the spelling is the entity's own (or an alias) or a transliteration of it.
    pub matched: NameMatch,
}

/// What the words of a corpus matched, remembered between articles: the same
/// names recur in article after article, and matching one word against every
/// known name of its skeleton is the costly part of a scan. One per thread.
#[derive(Default)]
pub struct Recall {
    /// Each word met, and the known names (person surnames, one-word places) it
    /// is a spelling of.
    words: FxHashMap<String, Vec<(EntityId, NameMatch, EntityKind)>>,
    /// Each pair of words met as a given name and a surname, and what it names,
    /// by given name, then surname: looked up without building a key.
    full_names: FxHashMap<String, FxHashMap<String, FullName>>,
    /// How many pairs `full_names` holds.
    full_name_count: usize,
}

/// What a given name and a surname, written together, name.
#[derive(Debug, Clone, Copy)]
enum FullName {
    Known(EntityId, NameMatch),
    /// A known surname after another given name: someone else of that name.
    SomeoneElse,
    Unknown,
}

impl Recall {
    /// Forgets everything once it holds this many words, to bound its memory.
    const LIMIT: usize = 200_000;
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

pub(super) struct Word<'t> {
    pub(super) text: &'t str,
    pub(super) start: usize,
    pub(super) end: usize,
}

/// An index of the names to look for, built once per corpus.
pub struct Gazetteer<'a> {
    table: &'a EntityTable,
    /// Folded multi-word names and aliases of places and people.
    phrases: FxHashMap<String, EntityId>,
    longest_phrase: usize,
    /// Surnames of people and one-word place names, by consonant skeleton.
    by_skeleton: FxHashMap<String, Vec<(EntityId, Spelling, EntityKind)>>,
    /// Given names of the people in `by_skeleton` who have one.
    given_names: FxHashMap<EntityId, Spelling>,
}

impl<'a> Gazetteer<'a> {
    pub fn new(table: &'a EntityTable) -> Self {
        let mut phrases = FxHashMap::default();
        let mut by_skeleton: FxHashMap<String, Vec<_>> = FxHashMap::default();
        let mut given_names = FxHashMap::default();
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
                EntityKind::Person => PersonName::parse(&entity.name).map(|p| {
                    if let Some(given) = p.given {
                        given_names.insert(id, Spelling::of(&given));
                    }
                    p.surname
                }),
                _ if !entity.name.contains(' ') => Some(entity.name.clone()),
                _ => None,
            };
            if let Some(word) = word.filter(|w| fold(w).len() >= 3) {
                let spelling = Spelling::of(&word);
                by_skeleton
                    .entry(spelling.skeleton().to_string())
                    .or_default()
                    .push((id, spelling, kind));
            }
        }
        Gazetteer {
            table,
            phrases,
            longest_phrase,
            by_skeleton,
            given_names,
        }
    }

    /// Every mention of a known entity in one article, in text order.
    pub fn scan(&self, article_index: usize, article: &Article) -> Vec<Mention> {
        self.scan_with(&mut Recall::default(), article_index, article)
    }

    /// Like [`scan`](Self::scan), reusing what earlier articles' words matched.
    pub fn scan_with(
        &self,
        recall: &mut Recall,
        article_index: usize,
        article: &Article,
    ) -> Vec<Mention> {
        let mut mentions: Vec<Mention> = Vec::new();
        for run in capitalised_runs(&article.text) {
            let mut i = 0;
            while i < run.len() {
                let (found, used) = self.match_at(recall, &run[i..], article_index, &mentions);
                mentions.extend(found);
                i += used;
            }
        }
        mentions
    }

    /// The mention that starts at `words[0]`, if any, and how many words to move on.
    fn match_at(
        &self,
        recall: &mut Recall,
        words: &[Word],
        article: usize,
        earlier: &[Mention],
    ) -> (Option<Mention>, usize) {
        let mention = |entity, n: usize, full, matched| {
            let span = (words[0].start, words[n - 1].end);
            let surface = match &words[..n] {
                [word] => Interned::new(strip_possessive(word.text)),
                words => Interned::new(
                    &words
                        .iter()
                        .map(|w| strip_possessive(w.text))
                        .collect::<Vec<_>>()
                        .join(" "),
                ),
            };
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
        if words.len() >= 2 {
            match self.full_name(recall, words[0].text, words[1].text) {
                FullName::Known(id, m) => return mention(id, 2, true, m),
                // "Hunter Biden" is not Joe Biden.
                FullName::SomeoneElse => return (None, 2),
                FullName::Unknown => {}
            }
        }
        // A surname alone, or a one-word place.
        let chosen = match self.spellings_of(recall, words[0].text) {
            [] => None,
            [(id, m, _)] => Some((*id, *m)),
            // Two known people share this surname: the one this article named in full.
            many => many
                .iter()
                .find(|(id, _, _)| earlier.iter().any(|m| m.entity == *id && m.full))
                .map(|(id, m, _)| (*id, *m)),
        };
        match chosen {
            Some((id, m)) => mention(id, 1, self.table.get(id).kind == Some(EntityKind::Place), m),
            None => (None, 1),
        }
    }

    /// What `given` followed by `surname` names; remembered in `recall`.
    fn full_name(&self, recall: &mut Recall, given: &str, surname: &str) -> FullName {
        if let Some(known) = recall
            .full_names
            .get(given)
            .and_then(|surnames| surnames.get(surname))
        {
            return *known;
        }
        let written = Spelling::of(strip_possessive(given));
        let mut found = None;
        let mut someone_else = false;
        for &(id, surname_match, _) in self
            .spellings_of(recall, surname)
            .iter()
            .filter(|c| c.2 == EntityKind::Person)
        {
            let known = self.given_names.get(&id);
            let matched = known.map_or(surname_match, |k| {
                surname_match.min(written.same_given_name(k))
            });
            match matched {
                NameMatch::No => {
                    someone_else |= known.is_some() && !stands_before_names(&fold(given));
                }
                m => found = Some((id, m)),
            }
        }
        let answer = match (found, someone_else) {
            (Some((id, m)), _) => FullName::Known(id, m),
            (None, true) => FullName::SomeoneElse,
            (None, false) => FullName::Unknown,
        };
        if recall.full_name_count >= Recall::LIMIT {
            recall.full_names.clear();
            recall.full_name_count = 0;
        }
        recall
            .full_names
            .entry(given.to_string())
            .or_default()
            .insert(surname.to_string(), answer);
        recall.full_name_count += 1;
        answer
    }

    /// The known surnames and one-word places that `word` is a spelling of, and how
    /// closely; remembered in `recall`.
    fn spellings_of<'r>(
        &self,
        recall: &'r mut Recall,
        word: &str,
    ) -> &'r [(EntityId, NameMatch, EntityKind)] {
        if !recall.words.contains_key(word) {
            if recall.words.len() >= Recall::LIMIT {
                recall.words.clear();
            }
            let spelling = Spelling::of(strip_possessive(word));
            let found = self
                .by_skeleton
                .get(spelling.skeleton())
                .into_iter()
                .flatten()
                .filter_map(|(id, known, kind)| match spelling.matches(known) {
                    NameMatch::No => None,
                    m => Some((*id, m, *kind)),
                })
                .collect();
            recall.words.insert(word.to_string(), found);
        }
        &recall.words[word]
    }
}

/// Runs of capitalised words that follow each other with a single space between:
/// where names stand.
pub(super) fn capitalised_runs(text: &str) -> Vec<Vec<Word<'_>>> {
    let mut runs = Vec::new();
    let mut run: Vec<Word> = Vec::new();
    let mut last_end = 0;
    for (start, end) in words(text) {
        // Not an opening quotation mark: "'Lyon'" is Lyon.
        let w = text[start..end].trim_start_matches(['\'', '’']);
        let start = end - w.len();
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

/// The words of `text`, runs of letters, apostrophes and hyphens, as byte
/// ranges, found as they are asked for. ASCII, most of any text, is read a
/// byte at a time, and only other characters are decoded: the same words as
/// reading `char_indices` (a proptest checks it), with a fifth fewer
/// instructions in the scan for names (callgrind).
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    // Whether a word character starts at byte `i`, and its length.
    let word_char_at = move |i: usize| match bytes[i] {
        b if b.is_ascii() => (is_word_char(char::from(b)), 1),
        _ => {
            let c = text[i..].chars().next().expect("a character starts here");
            (is_word_char(c), c.len_utf8())
        }
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let (word, len) = word_char_at(i);
            if word {
                break;
            }
            i += len;
        }
        if i == bytes.len() {
            return None;
        }
        let start = i;
        while i < bytes.len() {
            let (word, len) = word_char_at(i);
            if !word {
                break;
            }
            i += len;
        }
        Some((start, i))
    })
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’' || c == '-'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::entity::EntityRecord;

    /// The words of `text` as `char_indices` reads them, one character at a
    /// time: what the byte-wise reading must find.
    fn words_char_by_char(text: &str) -> Vec<(usize, usize)> {
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
        words
    }

    proptest::proptest! {
        /// Read byte by byte, a text has the same words as read character by
        /// character: ASCII, Cyrillic, accents, curly apostrophes, hyphens,
        /// digits and odd spacing.
        #[test]
        fn words_read_byte_by_byte_as_char_by_char(
            text in "([A-Za-z0-9 ,.'\\-]|’|É|é|Ł|ł|Зе|ле|ß|—|\\n| ){0,80}"
        ) {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_char_by_char(&text));
        }
    }

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
    }

    fn surfaces(text: &str) -> Vec<(String, String)> {
        let t = table();
        let g = Gazetteer::new(&t);
        g.scan(0, &Article::from_text("a", text))
            .into_iter()
            .map(|m| (m.surface.to_string(), t.get(m.entity).name.clone()))
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
        let found = Gazetteer::new(&t).scan(0, &Article::from_text("a", text));
        assert_eq!(&text[found[1].span.0..found[1].span.1], "Zelenskyy");
        assert_eq!(found[1].matched, NameMatch::Transliteration);
    }
}

/// Drops from `mentions` each spelling of a name that is not its own, used
/// once in the whole corpus, inside quotation marks: a pun on a name in a
/// slogan ("“Make Kyivstar Great”") or a quoted misspelling is no way an
/// outlet writes the name.
pub fn drop_quoted_one_offs(mentions: &mut Vec<Mention>, articles: &[Article]) {
    let mut uses: FxHashMap<(EntityId, String), usize> = FxHashMap::default();
    for m in mentions.iter() {
        *uses
            .entry((m.entity, m.surface.to_lowercase()))
            .or_default() += 1;
    }
    mentions.retain(|m| {
        let once = uses[&(m.entity, m.surface.to_lowercase())] == 1;
        !(once
            && m.matched != NameMatch::Exact
            && inside_quotes(&articles[m.article].text, m.span.0))
    });
}

/// Whether byte `at` of `text` lies inside quotation marks opened on its line.
fn inside_quotes(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let straight = before.matches('"').count();
    let opened = before.matches('\u{201c}').count();
    let closed = before.matches('\u{201d}').count();
    straight % 2 == 1 || opened > closed
}

#[cfg(test)]
mod quoted {
    use super::*;

    #[test]
    fn quotation_marks_opened_on_the_line() {
        let text = "Crowds chanted \u{201c}Down with Smirnof\u{201d} as Smirnov spoke.\nHe said \"go\" and left.";
        let at = |word: &str| text.find(word).unwrap();
        assert!(inside_quotes(text, at("Smirnof\u{201d}")));
        assert!(!inside_quotes(text, at("Smirnov spoke")));
        assert!(!inside_quotes(text, at("left")));
        assert!(inside_quotes(text, at("go\"")));
    }
}
