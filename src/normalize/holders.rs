//! Who the corpus calls by each title: an index the title rule asks when it
//! needs to know whether someone else held a post ("Gov. Rosa Delgado" between
//! "Gov. Russell Pike" and "Former Gov. Russell Pike"), built once rather
//! than searched for every pair of titles.

use std::collections::HashMap;

use jiff::civil::Date;

use super::dates::Interval;
use super::facts::{Fact, Subject, Value};
use super::titles::Title;

/// Every current title of the corpus, by its words and by its post: who is
/// called by it, and when, in order of the day it begins.
#[derive(Debug, Clone, Default)]
pub struct Holders(HashMap<String, Held>);

/// The people called by one title, and when.
#[derive(Debug, Clone, Default)]
struct Held {
    /// By the day each claim begins.
    held: Vec<(Interval, Subject)>,
    /// How many different people.
    people: usize,
}

/// How many people at most a bare office may be given to in one corpus and
/// still be taken for one post: a governor and the one who succeeded.
pub const ONE_POST: usize = 2;

impl Holders {
    /// The index of every current, official title among `facts`.
    pub fn new(facts: &[Fact]) -> Holders {
        let mut index: HashMap<String, Held> = HashMap::new();
        for f in facts {
            let Value::Title(t) = &f.value else { continue };
            if t.former || t.informal {
                continue;
            }
            for key in keys(t) {
                index
                    .entry(key)
                    .or_default()
                    .held
                    .push((f.when, f.subject.clone()));
            }
        }
        for post in index.values_mut() {
            post.held.sort_by_key(|(when, _)| when.start);
            let people: std::collections::HashSet<&Subject> =
                post.held.iter().map(|(_, who)| who).collect();
            post.people = people.len();
        }
        Holders(index)
    }

    /// Who the corpus calls by `title`, or by another wording of its post,
    /// on a day from `from` to `to`, and when (a holder may be listed
    /// twice). `None` when the title is in no one's name, or names no one
    /// post: a bare office ("minister", "Gov.", "Foreign Minister", whose
    /// not said) that more than [`ONE_POST`] people are called by.
    pub fn between<'h>(
        &'h self,
        title: &Title,
        from: Date,
        to: Date,
    ) -> Option<impl Iterator<Item = &'h (Interval, Subject)>> {
        // "Foreign Minister" says not whose: each country has one.
        let bare = title
            .post
            .as_ref()
            .is_none_or(|p| p.body.is_empty() || p.whose().is_empty());
        if bare && self.0.get(&words_key(title))?.people > ONE_POST {
            return None;
        }
        Some(keys(title).into_iter().flat_map(move |key| {
            let held: &[(Interval, Subject)] = self.0.get(&key).map_or(&[], |p| &p.held);
            let first = held.partition_point(|(when, _)| when.start < from);
            let last = held.partition_point(|(when, _)| when.start <= to);
            held[first..last.max(first)].iter()
        }))
    }
}

/// The keys a title is found under: its words, and its post when it names
/// one of a body.
fn keys(title: &Title) -> Vec<String> {
    let mut keys = vec![words_key(title)];
    if let Some(post) = title.post.as_ref().filter(|p| !p.body.is_empty()) {
        keys.push(format!("post:{}|{}", post.office, post.body));
    }
    keys
}

fn words_key(title: &Title) -> String {
    format!("words:{}", title.key)
}
