//! Places named anywhere in the articles, found by the atlas: a town one
//! outlet writes "Kiev" and another "Kyiv" in passing, in sentences that hold
//! no claim, is one place written two ways, a spelling variant.
//!
//! Only places written in more than one way across the corpus become
//! entities and mentions here: a place every article spells alike is left
//! to the claims that name it.

use rustc_hash::{FxHashMap, FxHashSet};

use super::atlas::{self, Known};
use super::entities::{EntityId, EntityTable};
use super::mentions::{Mention, capitalised_runs};
use super::names::{NameMatch, fold, strip_possessive};
use crate::corpus::Article;
use crate::corpus::entity::EntityKind;
use crate::intern::Interned;

/// Words at most in a place's name as the scan tries it ("Port Aveline",
/// "Rio de Janeiro" is three words the scan does not join).
const LONGEST: usize = 3;

/// A place the atlas knows, named in an article.
struct Named<'t> {
    article: usize,
    span: (usize, usize),
    surface: &'t str,
    place: Known,
}

/// Adds to `mentions` the places written more than one way across
/// `articles`, as mentions of entities of `entities` (made for them where
/// none is): the form the atlas calls the place is its own spelling, any
/// other a transliteration of it. Spans already mentioned are left alone.
pub fn add(articles: &[Article], entities: &mut EntityTable, mentions: &mut Vec<Mention>) {
    let taken: FxHashSet<(usize, usize)> = mentions.iter().map(|m| (m.article, m.span.0)).collect();
    let scanned: Vec<Vec<Named>> = {
        use rayon::prelude::*;
        articles
            .par_iter()
            .enumerate()
            .map(|(index, article)| scan(index, article))
            .collect()
    };
    let mut by_place: FxHashMap<(&'static str, &'static str), Vec<Named>> = FxHashMap::default();
    for found in scanned {
        for named in found {
            // A country's other names are short forms ("UK", "Britain"),
            // not spellings of it.
            if taken.contains(&(named.article, named.span.0))
                || named.place.kind == atlas::Kind::Country
            {
                continue;
            }
            by_place
                .entry((named.place.country, named.place.name))
                .or_default()
                .push(named);
        }
    }
    let mut places: Vec<_> = by_place.into_iter().collect();
    places.sort_by_key(|((country, name), _)| (*country, *name));
    for ((_, name), named) in places {
        let spellings: FxHashSet<String> = named.iter().map(|n| fold(n.surface)).collect();
        if spellings.len() < 2 {
            continue;
        }
        let entity = place_entity(entities, name);
        let own = fold(&entities.get(entity).name);
        for n in named {
            mentions.push(Mention {
                article: n.article,
                entity,
                surface: Interned::new(n.surface),
                span: n.span,
                full: true,
                matched: if fold(n.surface) == own {
                    NameMatch::Exact
                } else {
                    NameMatch::Transliteration
                },
            });
        }
    }
}

/// The place entity called `name`, made when there is none.
fn place_entity(entities: &mut EntityTable, name: &str) -> EntityId {
    match entities.find_as(name, Some(EntityKind::Place)) {
        Some((id, NameMatch::Exact)) if entities.get(id).kind != Some(EntityKind::Person) => id,
        _ => entities.new_place(name),
    }
}

/// Every place of the atlas one article's body names, in text order: the
/// longest run of capitalised words (up to [`LONGEST`]) the atlas knows as one
/// place, at each word.
fn scan(index: usize, article: &Article) -> Vec<Named<'_>> {
    let text: &str = &article.text;
    let body = crate::load::article::split_front_matter(text).map_or(0, |(_, at)| at);
    let atlas = atlas::atlas();
    let mut found = Vec::new();
    for run in capitalised_runs(text) {
        // Each word without its possessive: "Genoa's" is Genoa, and ends a
        // place's name ("Miami's Beach" is no Miami Beach).
        let words: Vec<(usize, usize, bool)> = run
            .iter()
            .filter(|w| w.start >= body)
            .map(|w| {
                let bare = strip_possessive(w.text).len();
                (w.start, w.start + bare, bare < w.text.len())
            })
            .collect();
        let mut at = 0;
        while at < words.len() {
            let longest = (at..words.len())
                .position(|k| words[k].2)
                .map_or(words.len() - at, |k| k + 1);
            let matched = (1..=LONGEST.min(longest)).rev().find_map(|len| {
                let surface = &text[words[at].0..words[at + len - 1].1];
                atlas.place(surface).map(|place| (len, surface, place))
            });
            match matched {
                Some((len, surface, place)) => {
                    found.push(Named {
                        article: index,
                        span: (words[at].0, words[at + len - 1].1),
                        surface,
                        place,
                    });
                    at += len;
                }
                None => at += 1,
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(id: &str, text: &str) -> Article {
        Article::from_text(id, text)
    }

    #[test]
    fn a_town_written_two_ways_in_passing() {
        let articles = [
            article("a", "The minister flies to Kyiv on Friday for talks."),
            article(
                "b",
                "The minister will travel to Kiev on Friday, aides said.",
            ),
            article(
                "c",
                "Talks went on in Lyon, and in Lyon again the next day.",
            ),
        ];
        let mut entities = EntityTable::default();
        let mut mentions = Vec::new();
        add(&articles, &mut entities, &mut mentions);
        let found: Vec<(usize, &str, NameMatch)> = mentions
            .iter()
            .map(|m| (m.article, m.surface.as_str(), m.matched))
            .collect();
        assert_eq!(
            found,
            [
                (0, "Kyiv", NameMatch::Exact),
                (1, "Kiev", NameMatch::Transliteration)
            ]
        );
        assert_eq!(entities.get(mentions[0].entity).name, "Kyiv");
    }

    #[test]
    fn runs_of_capitals_are_tried_longest_first() {
        let a = article(
            "a",
            "Aid reached Hallandale Beach and Miami's port. Paris said little of 'Lyon'.",
        );
        let names: Vec<&str> = scan(0, &a).iter().map(|n| n.surface).collect();
        assert_eq!(names, ["Hallandale Beach", "Miami", "Paris", "Lyon"]);
    }
}
