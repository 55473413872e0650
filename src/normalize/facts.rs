//! Facts: claims with their subject resolved, their object turned into a value the
//! rules can compare, and the time at which they hold.

use std::collections::HashSet;

use super::dates::{self, Interval};
use super::entities::{EntityId, EntityTable};
use super::events;
use super::names::fold;
use super::quantity::Quantity;
use super::state::State;
use super::titles::Title;
use crate::corpus::Corpus;
use crate::load::entities::EntityKind;
use crate::load::policy::Policy;

/// What a claim is about: an entity, or a meeting named by its id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Subject {
    Entity(EntityId),
    Event(String),
}

/// A claim's object, as the rules compare it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Title(Title),
    /// A person (who heads something) or a place (where something is).
    Entity(EntityId),
    Date(Interval),
    Quantity(Quantity),
    State(State),
    /// Anything else, folded for comparison.
    Text(String),
}

impl Value {
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
    pub predicate: String,
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
pub fn facts(corpus: &Corpus, table: &mut EntityTable, notes: &mut Vec<Note>) -> Vec<Fact> {
    let event_ids: HashSet<&str> = corpus
        .articles
        .iter()
        .flat_map(|a| a.events.iter().map(|e| e.id.as_str()))
        .collect();
    let mut facts = Vec::with_capacity(corpus.claims.len());
    for (index, claim) in corpus.claims.iter().enumerate() {
        if !claim.is_live() {
            continue;
        }
        let record = &claim.record;
        let article = &corpus.articles[claim.article];
        let policy = corpus.policies.of(&record.predicate);
        let subject = if policy.about_event || event_ids.contains(record.subject.as_str()) {
            Subject::Event(events::scoped_key(corpus, claim.article, &record.subject))
        } else {
            let kind = match policy.policy {
                Policy::OneAtATime => Some(EntityKind::Organisation),
                Policy::Titles | Policy::Place => Some(EntityKind::Person),
                _ => None,
            };
            Subject::Entity(table.resolve_as(&record.subject, kind))
        };
        let note = |message: String| Note {
            article: claim.article,
            claim: Some(record.id.clone()),
            message,
        };
        let event = record
            .event
            .as_deref()
            .map(|id| Subject::Event(events::scoped_key(corpus, claim.article, id)));
        let value = match policy.policy {
            Policy::Titles => Value::Title(expand_bare_title(
                Title::parse(&record.object),
                &subject,
                table,
            )),
            Policy::OneAtATime => {
                Value::Entity(table.resolve_as(&record.object, Some(EntityKind::Person)))
            }
            Policy::Place => {
                Value::Entity(table.resolve_as(&record.object, Some(EntityKind::Place)))
            }
            Policy::Interval => match dates::resolve(&record.object, article.published) {
                Ok(interval) => Value::Date(interval),
                Err(e) => {
                    notes.push(note(format!("{e}; it is compared as text")));
                    Value::Text(fold(&record.object))
                }
            },
            Policy::Quantity => match Quantity::parse(&record.object, record.hedge.as_deref()) {
                Some(q) => Value::Quantity(q),
                None => {
                    notes.push(note(format!(
                        "\"{}\" is not a number claimcheck reads; it is compared as text",
                        record.object
                    )));
                    Value::Text(fold(&record.object))
                }
            },
            Policy::Progression => match State::classify(&record.object) {
                Some(s) => Value::State(s),
                None => Value::Text(fold(&record.object)),
            },
            Policy::Many if policy.about_event => {
                Value::Entity(table.resolve_as(&record.object, Some(EntityKind::Person)))
            }
            Policy::Many | Policy::None => Value::Text(fold(&record.object)),
        };
        let (when, dated) = match (record.valid, article.published) {
            (Some(v), _) => (Interval::between(v.from, v.to), true),
            (None, Some(day)) => (Interval::day(day), true),
            (None, None) => (Interval::between(None, None), false),
        };
        facts.push(Fact {
            claim: index,
            article: claim.article,
            subject,
            event,
            predicate: record.predicate.clone(),
            policy: policy.policy,
            value,
            when,
            dated,
        });
    }
    expand_bare_titles_by_corpus(&mut facts);
    facts
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
    let suffix = format!(" {}", title.key);
    let mut offices = table
        .get(*id)
        .tenures
        .iter()
        .filter(|t| t.title.key.ends_with(&suffix));
    match (offices.next(), offices.next()) {
        (Some(tenure), None) => Title {
            key: tenure.title.key.clone(),
            ..title
        },
        _ => title,
    }
}

/// "President Donald Trump", where every other source calls him US President: a
/// bare office word takes the one full title the corpus gives that subject for it.
fn expand_bare_titles_by_corpus(facts: &mut [Fact]) {
    use std::collections::{BTreeSet, HashMap};
    let mut offices: HashMap<&Subject, BTreeSet<String>> = HashMap::new();
    for f in facts.iter() {
        if let Value::Title(t) = &f.value
            && t.key.contains(' ')
        {
            offices.entry(&f.subject).or_default().insert(t.key.clone());
        }
    }
    let mut expansions: Vec<(usize, String)> = Vec::new();
    for (i, f) in facts.iter().enumerate() {
        let Value::Title(t) = &f.value else { continue };
        if t.key.contains(' ') {
            continue;
        }
        let suffix = format!(" {}", t.key);
        let matching: Vec<&String> = offices
            .get(&f.subject)
            .into_iter()
            .flatten()
            .filter(|k| k.ends_with(&suffix))
            .collect();
        if let [only] = matching.as_slice() {
            expansions.push((i, (*only).clone()));
        }
    }
    for (i, key) in expansions {
        if let Value::Title(t) = &mut facts[i].value {
            t.key = key;
        }
    }
}
