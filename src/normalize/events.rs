//! Events: which meeting ids name the same meeting.
//!
//! An id a person wrote names the same meeting wherever it is written. An id that
//! extraction made up is local to its article; two such ids from different
//! articles name one meeting when their dates overlap, something positive ties
//! them (a shared participant, or venues that contain one another), and their
//! participants do not contradict (two known lists with nobody in common). Four
//! meetings in four cities stay four meetings.
//!
//! Other events that extraction names by their kind ("collapse", "strike")
//! are one event across articles when their kinds agree (an "incident" agrees
//! with any kind) and their dates meet, on one exact day at most: the times
//! two outlets give one crash are then compared. Kind and day are all that
//! tie them, so two events of a kind dated differently stay apart, unless
//! the kind happens once in a story (a collapse, an earthquake) and the dates
//! are a day apart: that is one event misdated.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use petgraph::unionfind::UnionFind;

use jiff::civil::Date;

use super::dates::Interval;
use super::entities::{EntityId, EntityTable};
use super::facts::{Fact, Subject, Value};
use crate::corpus::Corpus;
use crate::corpus::claim::KIND_RULE;
use crate::corpus::event_kind::{ANY_KIND, happens_once};
use crate::corpus::policy::Policy;
use crate::intern::Interned;

/// What is known of one made-up meeting from its own article.
#[derive(Default)]
struct Known {
    dates: Vec<Interval>,
    venues: Vec<EntityId>,
    participants: BTreeSet<EntityId>,
}

/// What can tie two meetings together: a participant, or a place one of them is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Tie {
    Participant(EntityId),
    /// The venue itself or a place containing it.
    Within(EntityId),
}

/// The pairs `(i, j)`, `i < j`, of meetings that share a participant or whose
/// venues contain one another: the only pairs that can merge. Found through an
/// index of ties rather than by comparing every meeting with every other.
fn candidate_pairs(known: &[Known], entities: &EntityTable) -> Vec<(usize, usize)> {
    let mut by_tie: HashMap<Tie, Vec<usize>> = HashMap::new();
    for (i, k) in known.iter().enumerate() {
        let ties = k.participants.iter().map(|p| Tie::Participant(*p)).chain(
            k.venues
                .iter()
                .flat_map(|v| entities.places_around(*v))
                .map(Tie::Within),
        );
        for tie in ties.collect::<BTreeSet<_>>() {
            by_tie.entry(tie).or_default().push(i);
        }
    }
    let mut pairs = Vec::new();
    for (i, k) in known.iter().enumerate() {
        let ties = k
            .participants
            .iter()
            .map(|p| Tie::Participant(*p))
            .chain(k.venues.iter().map(|v| Tie::Within(*v)));
        for tie in ties {
            let others = by_tie.get(&tie).into_iter().flatten();
            pairs.extend(others.filter(|&&j| j != i).map(|&j| (i.min(j), i.max(j))));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Merges made-up meetings across articles, rewriting the facts to one key per
/// meeting, and returns a display name for every meeting key.
pub fn merge(
    corpus: &Corpus,
    entities: &EntityTable,
    facts: &mut [Fact],
) -> HashMap<String, String> {
    let made_up = made_up_meetings(corpus);
    let kinds: Vec<Option<&str>> = made_up.values().map(|m| m.2.as_deref()).collect();
    let mut names: HashMap<String, String> = HashMap::new();
    for a in &corpus.articles {
        for e in a.events.iter().filter(|e| !e.is_made_up()) {
            names.entry(e.id.clone()).or_insert_with(|| e.id.clone());
        }
    }
    if made_up.is_empty() {
        return names;
    }
    let keys: Vec<&String> = made_up.keys().collect();
    let known = what_is_known(&keys, facts);
    let mut sets = UnionFind::<usize>::new(keys.len());
    // The exact days each merged meeting is given, by its root: a meeting
    // given a vague date ("this week") joins at most one of two meetings
    // whose exact days differ, never both into one.
    let mut days: Vec<BTreeSet<jiff::civil::Date>> =
        known.iter().map(|k| exact_days(&k.dates)).collect();
    for (i, j) in candidate_pairs(&known, entities) {
        if made_up[keys[i]].0 == made_up[keys[j]].0
            || kinds[i].is_some()
            || kinds[j].is_some()
            || !same_meeting(&known[i], &known[j], entities)
        {
            continue;
        }
        let (a, b) = (sets.find(i), sets.find(j));
        if a == b {
            continue;
        }
        let joined: BTreeSet<_> = days[a].union(&days[b]).copied().collect();
        if joined.len() > 1 {
            continue;
        }
        sets.union(a, b);
        days[sets.find(a)] = joined;
    }
    // Every date of each merged event, by its root: one misdated by a day
    // joins, a chain of such days does not.
    let mut dated: Vec<Vec<Interval>> = known.iter().map(|k| k.dates.clone()).collect();
    for (i, j) in same_kind_pairs(&kinds) {
        if made_up[keys[i]].0 == made_up[keys[j]].0 {
            continue;
        }
        // One collapse dated Monday night by one outlet and Tuesday night by
        // another: one collapse, misdated, which the date rule reports.
        let once = kinds[i] == kinds[j] && kinds[i].is_some_and(happens_once);
        let (a, b) = (sets.find(i), sets.find(j));
        if once && a != b && dates_near(&dated[a], &dated[b]) {
            sets.union(a, b);
            let joined = [dated[a].clone(), dated[b].clone()].concat();
            dated[sets.find(a)] = joined;
            continue;
        }
        if !dates_meet(&known[i], &known[j]) {
            continue;
        }
        let joined: BTreeSet<_> = days[a].union(&days[b]).copied().collect();
        if a != b && joined.len() <= 1 {
            sets.union(a, b);
            days[sets.find(a)] = joined;
            dated[sets.find(a)] = [dated[a].clone(), dated[b].clone()].concat();
        }
    }
    let published: Vec<Option<Date>> = keys
        .iter()
        .map(|key| corpus.articles[made_up[*key].0].published)
        .collect();
    join_the_undated(&kinds, &known, &published, &mut sets);
    let rename = one_key_per_meeting(&keys, &mut sets);
    for fact in facts.iter_mut() {
        for subject in [Some(&mut fact.subject), fact.event.as_mut()]
            .into_iter()
            .flatten()
        {
            if let Subject::Event(key) = subject
                && let Some(to) = rename.get(key.as_str())
            {
                *key = Interned::new(to);
            }
        }
    }
    for (key, (article, what, _)) in &made_up {
        if rename[key.as_str()] == key {
            names.insert(
                key.clone(),
                format!("{what} ({})", corpus.articles[*article].label),
            );
        }
    }
    names
}

/// Every meeting id extraction made up, by its key ([`crate::corpus::Article::event_key`]):
/// the article it comes from, what the meeting is, and for an event named by
/// its kind (`by: rule:event`), the kind.
type MadeUp = BTreeMap<String, (usize, String, Option<String>)>;

fn made_up_meetings(corpus: &Corpus) -> MadeUp {
    corpus
        .articles
        .iter()
        .enumerate()
        .flat_map(|(i, a)| {
            a.events.iter().filter(|e| e.is_made_up()).map(move |e| {
                let what = e.what.clone().unwrap_or_else(|| e.id.clone());
                let kind = (e.by.as_deref() == Some(KIND_RULE)).then(|| what.clone());
                (a.made_up_event_key(&e.id), (i, what, kind))
            })
        })
        .collect()
}

/// The dates, venues and participants each made-up meeting's own article gives it.
fn what_is_known(keys: &[&String], facts: &[Fact]) -> Vec<Known> {
    let index: HashMap<&str, usize> = keys
        .iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), i))
        .collect();
    let mut known: Vec<Known> = keys.iter().map(|_| Known::default()).collect();
    for fact in facts.iter() {
        let Subject::Event(key) = &fact.subject else {
            continue;
        };
        let Some(&i) = index.get(key.as_str()) else {
            continue;
        };
        match (&fact.value, fact.policy) {
            (Value::Date(d), Policy::Interval) => known[i].dates.push(*d),
            (Value::Entity(id), Policy::Place) => known[i].venues.push(*id),
            (Value::Entity(id), Policy::Many) => {
                known[i].participants.insert(*id);
            }
            _ => {}
        }
    }
    known
}

/// The pairs `(i, j)`, `i < j`, of events named by kinds that agree.
fn same_kind_pairs(kinds: &[Option<&str>]) -> Vec<(usize, usize)> {
    let mut by_kind: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, kind) in kinds.iter().enumerate() {
        if let Some(kind) = kind {
            by_kind.entry(kind).or_default().push(i);
        }
    }
    let any = by_kind.get(ANY_KIND).cloned().unwrap_or_default();
    let mut pairs = Vec::new();
    for (kind, members) in &by_kind {
        for (n, &i) in members.iter().enumerate() {
            pairs.extend(members[n + 1..].iter().map(|&j| (i, j)));
            if *kind != ANY_KIND {
                pairs.extend(any.iter().map(|&j| (i.min(j), i.max(j))));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// An event told of with no date ("the mishap occurred at 7.41 pm") is the
/// story's one event of a kind that happens once, when all the articles'
/// events of such kinds that happened in the days before its article
/// (`published`, by event) have joined into one and the kinds agree: a
/// corpus of one crash has one crash, whatever crash of years ago an article
/// recalls. With two recent crashes, or none, it stays apart.
fn join_the_undated(
    kinds: &[Option<&str>],
    known: &[Known],
    published: &[Option<Date>],
    sets: &mut UnionFind<usize>,
) {
    let once: Vec<usize> = (0..kinds.len())
        .filter(|&i| kinds[i].is_some_and(happens_once) && !known[i].dates.is_empty())
        .collect();
    for (i, k) in kinds.iter().enumerate() {
        if k.is_none() || !known[i].dates.is_empty() {
            continue;
        }
        let recent = |j: &&usize| match published[i] {
            Some(day) => known[**j].dates.iter().any(|d| recent_to(d, day)),
            None => true,
        };
        let roots: BTreeSet<usize> = once.iter().filter(recent).map(|&j| sets.find(j)).collect();
        let Some(&root) = roots.first().filter(|_| roots.len() == 1) else {
            continue;
        };
        let agrees =
            *k == Some(ANY_KIND) || once.iter().any(|&j| sets.find(j) == root && kinds[j] == *k);
        if agrees {
            sets.union(root, i);
        }
    }
}

/// Days before an article within which the event it tells of, undated, may
/// have happened.
const RECENT_DAYS: i32 = 7;

/// Whether `date` ends within [`RECENT_DAYS`] before `published` (or on it).
fn recent_to(date: &Interval, published: Date) -> bool {
    let days = (published - date.end).get_days();
    (0..=RECENT_DAYS).contains(&days)
}

/// Days apart within which two dates of an event that happens once are taken
/// for one event misdated.
const NEAR_DAYS: i32 = 1;

/// Whether both are dated and every date of one lies within [`NEAR_DAYS`] of
/// every date of the other.
fn dates_near(a: &[Interval], b: &[Interval]) -> bool {
    let near = |x: &Interval, y: &Interval| {
        let days = |from: jiff::civil::Date, to: jiff::civil::Date| (to - from).get_days().abs();
        x.overlaps(y) || days(x.end, y.start).min(days(y.end, x.start)) <= NEAR_DAYS
    };
    !a.is_empty() && !b.is_empty() && a.iter().all(|x| b.iter().all(|y| near(x, y)))
}

/// Whether both are dated and every date of one meets every date of the other.
fn dates_meet(a: &Known, b: &Known) -> bool {
    !a.dates.is_empty()
        && !b.dates.is_empty()
        && a.dates
            .iter()
            .all(|x| b.dates.iter().all(|y| x.overlaps(y)))
}

/// The single days among `dates` (not a week, a month or a span).
fn exact_days(dates: &[Interval]) -> BTreeSet<jiff::civil::Date> {
    dates
        .iter()
        .filter(|d| d.start == d.end)
        .map(|d| d.start)
        .collect()
}

/// Whether two made-up meetings of different articles are one: their dates
/// meet, a participant or a venue ties them, and their participants do not clash.
fn same_meeting(a: &Known, b: &Known, entities: &EntityTable) -> bool {
    let dates_meet = dates_meet(a, b);
    let shared_participant = a
        .participants
        .intersection(&b.participants)
        .next()
        .is_some();
    let venues_agree = a.venues.iter().any(|x| {
        b.venues
            .iter()
            .any(|y| entities.one_within_the_other(*x, *y))
    });
    let participants_clash =
        !a.participants.is_empty() && !b.participants.is_empty() && !shared_participant;
    dates_meet && (shared_participant || venues_agree) && !participants_clash
}

/// Each key's new key: the first key of its group, in order, so that the
/// names are stable whatever the file order.
fn one_key_per_meeting<'k>(
    keys: &[&'k String],
    sets: &mut UnionFind<usize>,
) -> HashMap<&'k str, &'k str> {
    let mut representative: HashMap<usize, usize> = HashMap::new();
    for i in 0..keys.len() {
        representative.entry(sets.find(i)).or_insert(i);
    }
    keys.iter()
        .enumerate()
        .map(|(i, k)| (k.as_str(), keys[representative[&sets.find(i)]].as_str()))
        .collect()
}

/// Titles given for a meeting's participants hold on the meeting's day, not
/// on the day each report appeared: "Foreign Minister Ilse Kaunitz met ...
/// on Monday" in Tuesday's paper and in Wednesday's speak of Monday. A title
/// with its own validity keeps it; a meeting whose reports give no one day
/// ("this week"), or days that do not meet, or a day after the report
/// appeared, anchors nothing.
pub fn anchor_titles(corpus: &Corpus, facts: &mut [Fact]) {
    let mut days: HashMap<&Subject, Option<Interval>> = HashMap::new();
    for f in facts.iter() {
        let (Policy::Interval, Value::Date(day)) = (f.policy, &f.value) else {
            continue;
        };
        if !matches!(f.subject, Subject::Event(_)) || f.event.is_some() {
            continue;
        }
        let shared = days.entry(&f.subject).or_insert(Some(*day));
        *shared = shared.and_then(|d| {
            let start = d.start.max(day.start);
            let end = d.end.min(day.end);
            (start <= end).then_some(Interval { start, end })
        });
    }
    let days: HashMap<Subject, Interval> = days
        .into_iter()
        .filter_map(|(event, day)| Some((event.clone(), day?)))
        // A meeting "this week" says no one day the titles hold on.
        .filter(|(_, day)| day.start == day.end)
        .collect();
    for f in facts.iter_mut().filter(|f| f.policy == Policy::Titles) {
        // A title is a person's whatever the meeting: compared with all her
        // titles, not only those given at one meeting.
        let Some(event) = f.event.take() else {
            continue;
        };
        if corpus.claims[f.claim].record.valid.is_some() {
            continue;
        }
        // A meeting still to come says nothing of a title but that it is
        // held when the report appeared.
        let reported = |day: &Interval| {
            corpus.articles[f.article]
                .published
                .is_some_and(|published| day.end <= published)
        };
        if let Some(day) = days.get(&event).filter(|day| reported(day)) {
            f.when = *day;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::corpus::claim::EventRecord;
    use crate::corpus::entity::{EntityKind, EntityRecord};
    use crate::corpus::policy::Policy;

    /// What one article says of its one made-up meeting: its day, venue and
    /// participants.
    struct Said {
        day: &'static str,
        venue: Option<&'static str>,
        participants: &'static [&'static str],
    }

    /// The meeting key each article's made-up `meeting-1` goes by once merged.
    fn merged(said: &[Said]) -> Vec<String> {
        let place = |name: &str, part_of: Option<&str>| EntityRecord {
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            part_of: part_of.map(String::from),
            tenures: vec![],
            note: None,
        };
        let mut entities = EntityTable::from_records(&[
            place("Norland", None),
            place("Ostby", Some("Norland")),
            place("Vesterhavn", Some("Norland")),
        ]);
        let mut corpus = Corpus::default();
        let mut facts = Vec::new();
        for (index, s) in said.iter().enumerate() {
            let mut article = Article::from_text(&format!("a{index}"), "");
            article.events.push(EventRecord {
                id: "meeting-1".into(),
                what: None,
                by: Some("rule:meeting".into()),
            });
            let key = article.event_key(&Interned::new("meeting-1"));
            corpus.articles.push(article);
            let fact = |policy: Policy, value: Value| Fact {
                claim: facts.len(),
                article: index,
                subject: Subject::Event(key.clone()),
                event: None,
                predicate: "p".into(),
                policy,
                value,
                when: Interval::day(s.day.parse().unwrap()),
                dated: true,
            };
            let day = Interval::day(s.day.parse().unwrap());
            let mut said_here = vec![fact(Policy::Interval, Value::Date(day))];
            if let Some(venue) = s.venue {
                said_here.push(fact(Policy::Place, Value::Entity(entities.resolve(venue))));
            }
            for p in s.participants {
                said_here.push(fact(Policy::Many, Value::Entity(entities.resolve(p))));
            }
            facts.extend(said_here);
        }
        merge(&corpus, &entities, &mut facts);
        event_key_of_each_article(&facts)
    }

    /// The meeting key of each article (by index), from its first event fact.
    fn event_key_of_each_article(facts: &[Fact]) -> Vec<String> {
        let mut keys: Vec<String> = Vec::new();
        for fact in facts {
            if let Subject::Event(key) = &fact.subject
                && keys.len() == fact.article
            {
                keys.push(key.to_string());
            }
        }
        keys
    }

    /// Merged keys of meetings given the spans `dates` (first and last day),
    /// all with one participant and no venue.
    fn merged_with_dates(dates: &[(&str, &str)]) -> Vec<String> {
        let mut table = EntityTable::from_records(&[]);
        let mut corpus = Corpus::default();
        let mut facts = Vec::new();
        let person = table.resolve("Ana Lind");
        for (index, (from, to)) in dates.iter().enumerate() {
            let mut article = Article::from_text(&format!("a{index}"), "");
            article.events.push(EventRecord {
                id: "meeting-1".into(),
                what: None,
                by: Some("rule:meeting".into()),
            });
            let key = article.event_key(&Interned::new("meeting-1"));
            corpus.articles.push(article);
            let when = Interval {
                start: from.parse().unwrap(),
                end: to.parse().unwrap(),
            };
            for (policy, value) in [
                (Policy::Interval, Value::Date(when)),
                (Policy::Many, Value::Entity(person)),
            ] {
                facts.push(Fact {
                    claim: facts.len(),
                    article: index,
                    subject: Subject::Event(key.clone()),
                    event: None,
                    predicate: "p".into(),
                    policy,
                    value,
                    when,
                    dated: true,
                });
            }
        }
        merge(&corpus, &table, &mut facts);
        event_key_of_each_article(&facts)
    }

    #[test]
    fn one_meeting_told_by_two_articles_is_one() {
        let keys = merged(&[
            Said {
                day: "2026-05-04",
                venue: Some("Ostby"),
                participants: &["Ana Lind"],
            },
            Said {
                day: "2026-05-04",
                venue: None,
                participants: &["Ana Lind", "Per Holm"],
            },
        ]);
        assert_eq!(keys, ["a0#meeting-1", "a0#meeting-1"]);
    }

    #[test]
    fn a_venue_inside_the_others_ties_two_meetings_of_one_day() {
        let keys = merged(&[
            Said {
                day: "2026-05-04",
                venue: Some("Ostby"),
                participants: &[],
            },
            Said {
                day: "2026-05-04",
                venue: Some("Norland"),
                participants: &[],
            },
        ]);
        assert_eq!(keys, ["a0#meeting-1", "a0#meeting-1"]);
    }

    /// A meeting "this week" ties to a Monday meeting and to a Wednesday one
    /// with the same people, but never makes the two one meeting: their dates
    /// differ (a false date contradiction before).
    #[test]
    fn a_vague_date_never_joins_meetings_whose_days_differ() {
        let keys = merged_with_dates(&[
            ("2026-05-04", "2026-05-04"),
            ("2026-05-06", "2026-05-06"),
            ("2026-05-04", "2026-05-10"),
        ]);
        assert_ne!(keys[0], keys[1], "{keys:?}");
        assert!(keys[2] == keys[0] || keys[2] == keys[1], "{keys:?}");
    }

    #[test]
    fn meetings_on_different_days_or_with_other_people_stay_apart() {
        let keys = merged(&[
            Said {
                day: "2026-05-04",
                venue: Some("Ostby"),
                participants: &["Ana Lind"],
            },
            Said {
                day: "2026-05-06",
                venue: Some("Ostby"),
                participants: &["Ana Lind"],
            },
            Said {
                day: "2026-05-04",
                venue: Some("Ostby"),
                participants: &["Per Holm"],
            },
            Said {
                day: "2026-05-04",
                venue: Some("Vesterhavn"),
                participants: &[],
            },
        ]);
        assert_eq!(
            keys,
            [
                "a0#meeting-1",
                "a1#meeting-1",
                "a2#meeting-1",
                "a3#meeting-1"
            ]
        );
    }
}
