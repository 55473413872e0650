//! Facts: claims with their subject resolved, their object turned into a value the
//! rules can compare, and the time at which they hold.

use rustc_hash::{FxHashMap, FxHashSet};

use super::clock::ClockTime;
use super::dates::{self, Interval};
use super::entities::{EntityId, EntityTable};
use super::names::fold;
use super::quantity::Quantity;
use super::state::State;
use super::titles::{Title, makes_another_post};
use crate::corpus::claim::ClaimRecord;
use crate::corpus::entity::EntityKind;
use crate::corpus::policy::Policy;
use crate::corpus::{Article, Corpus};
use crate::intern::Interned;

/// What a claim is about: an entity, or a meeting named by its id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Entity(EntityId),
    Event(Interned),
}

/// A claim's object, as the rules compare it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Title(Title),
    /// A person (who heads something) or a place (where something is).
    Entity(EntityId),
    Date(Interval),
    Quantity(Quantity),
    Clock(ClockTime),
    State(State),
    /// Anything else, folded for comparison.
    Text(String),
}

/// A value's identity, borrowed: equal for equal values, cheap to hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKey<'v> {
    Title {
        key: &'v str,
        former: bool,
        informal: bool,
    },
    Entity(EntityId),
    Date(jiff::civil::Date, jiff::civil::Date),
    /// Value, low and high as their bits, and the unit.
    Quantity([u64; 3], Option<&'v str>),
    Clock(i32, i32, Option<&'v str>),
    State(State),
    Text(&'v str),
}

impl Value {
    /// What [`key`](Self::key) says, without building a string: for grouping.
    pub fn identity(&self) -> ValueKey<'_> {
        match self {
            Value::Title(t) => ValueKey::Title {
                key: &t.key,
                former: t.former,
                informal: t.informal,
            },
            Value::Entity(id) => ValueKey::Entity(*id),
            Value::Date(i) => ValueKey::Date(i.start, i.end),
            Value::Quantity(q) => ValueKey::Quantity(
                [q.value.to_bits(), q.low.to_bits(), q.high.to_bits()],
                q.unit.as_deref(),
            ),
            Value::Clock(c) => ValueKey::Clock(c.low, c.high, c.zone.as_deref()),
            Value::State(s) => ValueKey::State(*s),
            Value::Text(t) => ValueKey::Text(t),
        }
    }

    /// A key equal for equal values, so that claims saying the same thing group together.
    pub fn key(&self) -> String {
        match self {
            Value::Title(t) => format!(
                "title:{}{}:{}",
                if t.former { "former " } else { "" },
                t.key,
                t.informal
            ),
            Value::Entity(id) => format!("entity:{}", id.0),
            Value::Date(i) => format!("date:{}/{}", i.start, i.end),
            Value::Quantity(q) => format!(
                "quantity:{}:{}:{}:{}",
                q.value,
                q.low,
                q.high,
                q.unit.as_deref().unwrap_or("")
            ),
            Value::Clock(c) => format!(
                "clock:{}:{}:{}",
                c.low,
                c.high,
                c.zone.as_deref().unwrap_or("")
            ),
            Value::State(s) => format!("state:{s}"),
            Value::Text(t) => format!("text:{t}"),
        }
    }
}

/// One claim, ready for the rules.
#[derive(Debug, Clone)]
pub struct Fact {
    /// Index into [`Corpus::claims`].
    pub claim: usize,
    pub article: usize,
    pub subject: Subject,
    /// The meeting the claim concerns, when its subject is not the meeting itself.
    pub event: Option<Subject>,
    pub predicate: Interned,
    pub policy: Policy,
    pub value: Value,
    /// When the claim holds: its explicit validity, else the day its article appeared.
    pub when: Interval,
    /// False when neither the claim nor its article has a date.
    pub dated: bool,
}

/// Something the normalizer could not make sense of; shown in the report, never fatal.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Note {
    pub article: usize,
    pub claim: Option<String>,
    pub message: String,
}

/// Every live claim of the corpus as a fact.
///
/// Names are resolved first, one claim after another in corpus order, because a
/// name met for the first time becomes an entity that later spellings can match.
/// Each distinct name is resolved once. The values (titles, dates, numbers,
/// states) depend only on their own claim and are read in parallel.
pub fn facts(corpus: &Corpus, table: &mut EntityTable, notes: &mut Vec<Note>) -> Vec<Fact> {
    use rayon::prelude::*;

    let event_ids: FxHashSet<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.events.iter().map(|e| e.id.as_str()))
        .collect();
    let mut names = Names::new(table);
    let resolved: Vec<(usize, Subject, Option<EntityId>)> = corpus
        .claims
        .iter()
        .enumerate()
        .filter(|(_, claim)| claim.is_live())
        .map(|(index, claim)| {
            let record = &claim.record;
            let policy = corpus.policies.of(&record.predicate);
            let subject = if policy.about_event || event_ids.contains(record.subject.as_str()) {
                Subject::Event(corpus.articles[claim.article].event_key(&record.subject))
            } else {
                let kind = match policy.policy {
                    Policy::OneAtATime => Some(EntityKind::Organisation),
                    Policy::Titles | Policy::Place => Some(EntityKind::Person),
                    Policy::Interval
                    | Policy::Quantity
                    | Policy::Clock
                    | Policy::Progression
                    | Policy::Many
                    | Policy::None => None,
                };
                Subject::Entity(names.resolve(&record.subject, kind, claim.article))
            };
            // Objects that name an entity; every other object is a value read below.
            let object = match policy.policy {
                Policy::OneAtATime => Some(EntityKind::Person),
                Policy::Place => Some(EntityKind::Place),
                Policy::Many if policy.about_event => Some(EntityKind::Person),
                Policy::Many
                | Policy::Titles
                | Policy::Interval
                | Policy::Quantity
                | Policy::Clock
                | Policy::Progression
                | Policy::None => None,
            }
            .map(|kind| names.resolve(&record.object, Some(kind), claim.article));
            (index, subject, object)
        })
        .collect();
    names.finish();
    let table: &EntityTable = table;

    // Notes are rare: boxed, so that the list beside the facts stays small.
    let (mut facts, read_notes): (Vec<Fact>, Vec<Option<Box<Note>>>) = resolved
        .into_par_iter()
        .map_init(Readings::default, |readings, (index, subject, object)| {
            let (fact, note) = read_value(corpus, table, readings, index, subject, object);
            (fact, note.map(Box::new))
        })
        .unzip();
    notes.extend(read_notes.into_iter().flatten().map(|n| *n));
    expand_bare_titles_by_corpus(&mut facts);
    facts
}

/// Resolves names to entities, each distinct name once, counting how often each
/// spelling is used.
struct Names<'c, 't> {
    table: &'t mut EntityTable,
    seen: FxHashMap<(&'c str, Option<EntityKind>), (EntityId, usize)>,
    /// The full names each article gives each entity, folded.
    written: FxHashMap<(usize, EntityId), FxHashSet<String>>,
}

impl<'c, 't> Names<'c, 't> {
    fn new(table: &'t mut EntityTable) -> Self {
        Names {
            table,
            seen: Default::default(),
            written: Default::default(),
        }
    }

    /// The entity `name` names in `article`. Two full names one article
    /// writes differently are two people, however alike ("Oleg Smirnov met
    /// Oleh Smirnoff"): an article does not spell one person two ways.
    fn resolve(&mut self, name: &'c str, kind: Option<EntityKind>, article: usize) -> EntityId {
        let folded = fold(name);
        let full = folded.contains(' ');
        let id = match self.seen.get_mut(&(name, kind)) {
            Some((id, uses)) => {
                *uses += 1;
                *id
            }
            None => {
                let id = self.table.resolve_as(name, kind);
                self.seen.insert((name, kind), (id, 0));
                id
            }
        };
        if !full {
            return id;
        }
        let written = self.written.entry((article, id)).or_default();
        if written.is_empty() || written.contains(&folded) {
            written.insert(folded);
            return id;
        }
        let other = self.table.new_entity(name, kind);
        self.seen.insert((name, kind), (other, 0));
        self.written
            .entry((article, other))
            .or_default()
            .insert(folded);
        other
    }

    /// Records the repeated uses of each spelling (the first was counted when it
    /// was resolved).
    fn finish(self) {
        for ((name, _), (id, uses)) in self.seen {
            self.table.count_spelling(id, name, uses);
        }
    }
}

/// Objects already read, by their text: a corpus says "Foreign Minister" and
/// "next week" thousands of times. One per worker.
#[derive(Default)]
struct Readings<'c> {
    titles: FxHashMap<&'c str, Title>,
    dates: FxHashMap<(&'c str, Option<jiff::civil::Date>), Result<Interval, String>>,
    quantities: FxHashMap<(&'c str, Option<&'c str>), Option<Quantity>>,
}

impl Readings<'_> {
    /// Forgets everything once a table holds this many objects, to bound memory.
    const LIMIT: usize = 100_000;
}

/// One claim's fact, its object read as the value its predicate compares, and a
/// note when the object could not be read that way.
fn read_value<'c>(
    corpus: &'c Corpus,
    table: &EntityTable,
    readings: &mut Readings<'c>,
    index: usize,
    subject: Subject,
    object: Option<EntityId>,
) -> (Fact, Option<Note>) {
    let claim = &corpus.claims[index];
    let record = &claim.record;
    let article = &corpus.articles[claim.article];
    let policy = corpus.policies.of(&record.predicate);
    let event = record
        .event
        .as_ref()
        .map(|id| Subject::Event(article.event_key(id)));
    let (value, unread) = match object {
        Some(id) => (Value::Entity(id), None),
        None => read_object(policy.policy, record, article, &subject, table, readings),
    };
    let note = unread.map(|message| Note {
        article: claim.article,
        claim: Some(record.id.to_string()),
        message,
    });
    let (when, dated) = match (record.valid, article.published) {
        (Some(v), _) => (Interval::between(v.from, v.to), true),
        (None, Some(day)) => (Interval::day(day), true),
        (None, None) => (Interval::between(None, None), false),
    };
    let fact = Fact {
        claim: index,
        article: claim.article,
        subject,
        event,
        predicate: record.predicate.clone(),
        policy: policy.policy,
        value,
        when,
        dated,
    };
    (fact, note)
}

/// An object that names no entity, read as its policy compares it, and why
/// not when it cannot be (it is then compared as text). Every policy reads
/// its objects its own way: a new policy does not compile until it says how.
fn read_object<'c>(
    policy: Policy,
    record: &'c ClaimRecord,
    article: &Article,
    subject: &Subject,
    table: &EntityTable,
    readings: &mut Readings<'c>,
) -> (Value, Option<String>) {
    let as_text = || Value::Text(fold(&record.object));
    match policy {
        Policy::Titles => {
            let title = remember(&mut readings.titles, record.object.as_str(), || {
                Title::parse_with(&record.object, table.nicknames())
            });
            (Value::Title(expand_bare_title(title, subject, table)), None)
        }
        Policy::Interval => match remember(
            &mut readings.dates,
            (record.object.as_str(), article.published),
            || dates::resolve(&record.object, article.published).map_err(|e| e.to_string()),
        ) {
            Ok(interval) => (Value::Date(interval), None),
            Err(e) => (as_text(), Some(format!("{e}; it is compared as text"))),
        },
        Policy::Quantity => match remember(
            &mut readings.quantities,
            (record.object.as_str(), record.hedge.as_deref()),
            || Quantity::parse(&record.object, record.hedge.as_deref()),
        ) {
            Some(q) => (Value::Quantity(q), None),
            None => (
                as_text(),
                Some(format!(
                    "\"{}\" is not a number claimcheck reads; it is compared as text",
                    record.object
                )),
            ),
        },
        Policy::Clock => match ClockTime::parse(&record.object) {
            Some(c) => (Value::Clock(c), None),
            None => (
                as_text(),
                Some(format!(
                    "\"{}\" is not a clock time claimcheck reads; it is compared as text",
                    record.object
                )),
            ),
        },
        Policy::Progression => match State::classify(&record.object) {
            Some(s) => (Value::State(s), None),
            None => (as_text(), None),
        },
        Policy::OneAtATime | Policy::Place | Policy::Many | Policy::None => (as_text(), None),
    }
}

/// The value `read` gives for `key`, read once per worker.
fn remember<K: std::hash::Hash + Eq, V: Clone>(
    table: &mut FxHashMap<K, V>,
    key: K,
    read: impl FnOnce() -> V,
) -> V {
    if let Some(value) = table.get(&key) {
        return value.clone();
    }
    if table.len() >= Readings::LIMIT {
        table.clear();
    }
    let value = read();
    table.insert(key, value.clone());
    value
}

/// "President", said of someone with a recorded term as US President, is that
/// office: a bare office word takes the full title of the subject's tenure.
fn expand_bare_title(title: Title, subject: &Subject, table: &EntityTable) -> Title {
    let Subject::Entity(id) = subject else {
        return title;
    };
    if title.key.contains(' ') {
        return title;
    }
    let mut offices = table
        .get(*id)
        .tenures
        .iter()
        .filter(|t| widens(&t.title.key, &title.key));
    match (offices.next(), offices.next()) {
        (Some(tenure), None) => Title {
            key: tenure.title.key.clone(),
            ..title
        },
        _ => title,
    }
}

/// Whether the title `full` is the bare office `bare` said in full: "us
/// president" of "president"; "lt gov" is no governor's title in full, since
/// a lieutenant holds another post.
fn widens(full: &str, bare: &str) -> bool {
    full.strip_suffix(bare)
        .is_some_and(|rest| rest.ends_with(' ') && !rest.split_whitespace().any(makes_another_post))
}

/// "President Donald Trump", where every other source calls him US President: a
/// bare office word takes the one full title the corpus gives that subject for it.
fn expand_bare_titles_by_corpus(facts: &mut [Fact]) {
    use std::collections::BTreeSet;
    // The full titles each subject is given, borrowed from the facts.
    let mut offices: FxHashMap<&Subject, BTreeSet<&str>> = FxHashMap::default();
    for f in facts.iter() {
        if let Value::Title(t) = &f.value
            && t.key.contains(' ')
        {
            offices.entry(&f.subject).or_default().insert(&t.key);
        }
    }
    let mut expansions: Vec<(usize, String)> = Vec::new();
    for (i, f) in facts.iter().enumerate() {
        let Value::Title(t) = &f.value else { continue };
        if t.key.contains(' ') {
            continue;
        }
        // "Gov." for someone also called "Lt. Gov.": a lieutenant governor is
        // no governor, and the bare title stays as written.
        let mut matching = offices
            .get(&f.subject)
            .into_iter()
            .flatten()
            .filter(|k| widens(k, &t.key));
        if let (Some(only), None) = (matching.next(), matching.next()) {
            expansions.push((i, only.to_string()));
        }
    }
    drop(offices);
    for (i, key) in expansions {
        if let Value::Title(t) = &mut facts[i].value {
            t.key = key;
        }
    }
}
