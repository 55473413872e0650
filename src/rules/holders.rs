//! `two-holders`: one post that one person holds at a time (a government's
//! portfolio, a country's president, a city's mayor) given to two different
//! people on the same day by different outlets: "Health Minister Jana Orlik"
//! in one, "Tomas Beck, the health minister," in another.
//!
//! Every other title rule compares one person's titles; this one compares
//! people, so it looks at the corpus's titles as a whole rather than at two
//! facts of one subject, as [`super::variant`] looks at names.
//!
//! - A contradiction when both titles say whose post it is ("Calvardy's
//!   health minister", "President of Calvardy"); a warning when one leaves it
//!   to the reader ("Foreign Minister X" and "Foreign Minister Y" may be two
//!   governments' ministers).
//! - Never when more than two people are given a post that does not say
//!   whose on one day (many governments' foreign ministers at a summit).
//! - Never when one article gives the post to both (two governments' posts,
//!   "Foreign Minister X met his counterpart, Foreign Minister Y"), nor to a
//!   stand-in or someone taking over ("acting", "interim", "incoming",
//!   "new"), nor to a former holder: a post changes hands, and a deputy, a
//!   shadow minister or another city's mayor holds another post.

use rustc_hash::{FxHashMap, FxHashSet};

use super::shape::Severity;
use crate::normalize::dates::Interval;
use crate::normalize::facts::{Fact, Subject, Value};
use crate::normalize::holders::ONE_POST;
use crate::normalize::titles::{Post, Title};

pub const TWO_HOLDERS: &str = "two-holders";

/// Offices of which a body has one holder at a time, when the title says
/// of what: "President of Calvardy", "Mayor of Brennholt".
const ONE_HOLDER: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "chancellor",
    "governor",
    "mayor",
];

/// Offices one holder has of each portfolio: "Health Minister", "Foreign
/// Secretary".
const PORTFOLIO_HOLDER: &[&str] = &["minister", "secretary"];

/// Words of a title that give the post to someone besides its holder: a
/// stand-in, or someone taking over on the day it changes hands.
const NOT_THE_HOLDER: &[&str] = &[
    "acting",
    "interim",
    "incoming",
    "new",
    "caretaker",
    "designate",
];

/// One post given to two or more people at the same time.
#[derive(Debug)]
pub struct Rivals<'f> {
    /// Each person's titles naming the post, people in the order of their
    /// first fact; facts in the corpus's order.
    pub holders: Vec<Vec<&'f Fact>>,
    pub severity: Severity,
    /// Why the titles cannot all hold.
    pub why: &'static str,
}

/// What groups titles of one post: the office and its portfolio ("minister",
/// "health") or its body ("mayor", "brennholt").
type PostKey<'f> = (&'f str, String);

/// A title naming a post one person holds, and whose post it says it is
/// (empty when it does not say).
struct Held<'f> {
    fact: &'f Fact,
    whose: String,
}

/// Every post the corpus gives to two people at once, in the order of the
/// first fact of each.
pub fn rivals(facts: &[Fact]) -> Vec<Rivals<'_>> {
    let mut posts: FxHashMap<PostKey, Vec<Held>> = FxHashMap::default();
    for fact in facts {
        let Value::Title(title) = &fact.value else {
            continue;
        };
        if let Some((key, whose)) = held(title) {
            posts.entry(key).or_default().push(Held { fact, whose });
        }
    }
    let mut found: Vec<Rivals> = posts.values().flat_map(|held| rivals_of(held)).collect();
    found.sort_by_key(|r| r.holders[0][0].claim);
    found
}

/// The post `title` gives to one person at a time, and whose it says it is.
fn held(title: &Title) -> Option<(PostKey<'_>, String)> {
    if title.former || title.informal || !title.official {
        return None;
    }
    if title.key.split(' ').any(|w| NOT_THE_HOLDER.contains(&w)) {
        return None;
    }
    let post: &Post = title.post.as_ref()?;
    let office = post.office.as_str();
    if PORTFOLIO_HOLDER.contains(&office) {
        let portfolio = post.portfolio();
        (!portfolio.is_empty()).then(|| ((office, portfolio), post.whose()))
    } else if ONE_HOLDER.contains(&office) && !post.body.is_empty() {
        Some(((office, post.body.clone()), post.body.clone()))
    } else {
        None
    }
}

/// The rivals among the titles of one post: those given it on the same day
/// (the same interval of days) as someone else.
fn rivals_of<'f>(held: &[Held<'f>]) -> Vec<Rivals<'f>> {
    // The articles that give the post to each person: one article that
    // gives it to two people speaks of two posts.
    let mut articles_of: FxHashMap<&Subject, FxHashSet<usize>> = FxHashMap::default();
    for h in held {
        articles_of
            .entry(&h.fact.subject)
            .or_default()
            .insert(h.fact.article);
    }
    let two_posts = |a: &Subject, b: &Subject| {
        let (x, y) = (&articles_of[a], &articles_of[b]);
        let (small, large) = if x.len() <= y.len() { (x, y) } else { (y, x) };
        small.iter().any(|article| large.contains(article))
    };
    // Each day's titles, person by person.
    let mut days: FxHashMap<Interval, Vec<(&Subject, Vec<usize>)>> = FxHashMap::default();
    for (i, h) in held.iter().enumerate() {
        let people = days.entry(h.fact.when).or_default();
        match people.iter_mut().find(|(who, _)| *who == &h.fact.subject) {
            Some((_, titles)) => titles.push(i),
            None => people.push((&h.fact.subject, vec![i])),
        }
    }
    let whose = |titles: &[usize]| -> FxHashSet<&str> {
        titles.iter().map(|i| held[*i].whose.as_str()).collect()
    };
    let mut sets = petgraph::unionfind::UnionFind::<usize>::new(held.len());
    let mut rival = vec![false; held.len()];
    // More people than one post and its successor given a title that does
    // not say whose, on one day: many governments' posts, not one.
    let many_governments = |people: &[(&Subject, Vec<usize>)]| {
        people.len() > ONE_POST
            && people
                .iter()
                .any(|(_, titles)| titles.iter().any(|i| held[*i].whose.is_empty()))
    };
    for people in days
        .values()
        .filter(|people| people.len() > 1 && !many_governments(people))
    {
        for (at, (a, a_titles)) in people.iter().enumerate() {
            for (b, b_titles) in &people[at + 1..] {
                let (wa, wb) = (whose(a_titles), whose(b_titles));
                let one_whose = wa.contains("") || wb.contains("") || !wa.is_disjoint(&wb);
                if !one_whose || two_posts(a, b) {
                    continue;
                }
                for i in a_titles.iter().chain(b_titles) {
                    sets.union(a_titles[0], *i);
                    rival[*i] = true;
                }
            }
        }
    }
    let mut groups: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in (0..held.len()).filter(|i| rival[*i]) {
        groups.entry(sets.find(i)).or_default().push(i);
    }
    groups
        .into_values()
        .map(|mut members| {
            members.sort_by_key(|i| held[*i].fact.claim);
            let mut holders: Vec<Vec<&Fact>> = Vec::new();
            for i in &members {
                let fact = held[*i].fact;
                match holders.iter_mut().find(|h| h[0].subject == fact.subject) {
                    Some(holder) => holder.push(fact),
                    None => holders.push(vec![fact]),
                }
            }
            let whose_said = members.iter().all(|i| !held[*i].whose.is_empty());
            let (severity, why) = if whose_said {
                (Severity::Contradiction, ONE_AT_A_TIME)
            } else {
                (Severity::Warning, ONE_UNLESS_TWO_GOVERNMENTS)
            };
            Rivals {
                holders,
                severity,
                why,
            }
        })
        .collect()
}

const ONE_AT_A_TIME: &str = "one person holds this post at a time";

const ONE_UNLESS_TWO_GOVERNMENTS: &str =
    "one person holds this post at a time, unless the titles are two governments' posts";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::policy::Policy;
    use crate::normalize::entities::EntityId;
    use crate::rules::testing::fact;

    fn title(article: usize, person: u32, text: &str, day: &str) -> Fact {
        let mut f = fact(
            article,
            Subject::Entity(EntityId(person)),
            Policy::Titles,
            Value::Title(Title::parse(text)),
            day,
        );
        f.claim = article * 10 + person as usize;
        f
    }

    /// Each holder's titles, as (person, article).
    type Holder = Vec<(u32, usize)>;

    /// Who is given each post of the rivals found.
    fn found(facts: &[Fact]) -> Vec<(Severity, Vec<Holder>)> {
        rivals(facts)
            .iter()
            .map(|r| {
                let holders = r
                    .holders
                    .iter()
                    .map(|h| {
                        h.iter()
                            .map(|f| match f.subject {
                                Subject::Entity(id) => (id.0, f.article),
                                Subject::Event(_) => unreachable!(),
                            })
                            .collect()
                    })
                    .collect();
                (r.severity, holders)
            })
            .collect()
    }

    #[test]
    fn one_post_two_people_one_day() {
        let facts = [
            title(0, 1, "Health Minister", "2026-05-12"),
            title(1, 2, "health minister", "2026-05-12"),
            title(2, 2, "Minister of Health", "2026-05-12"),
        ];
        assert_eq!(
            found(&facts),
            [(Severity::Warning, vec![vec![(1, 0)], vec![(2, 1), (2, 2)]])]
        );
        let said_whose = [
            title(0, 1, "Calvardy's health minister", "2026-05-12"),
            title(1, 2, "Calvardy's Health Minister", "2026-05-12"),
        ];
        assert_eq!(found(&said_whose)[0].0, Severity::Contradiction);
    }

    #[test]
    fn posts_that_are_not_one_held_by_two() {
        let none = |facts: &[Fact]| assert_eq!(found(facts), [], "{facts:#?}");
        // Another day: the post changed hands.
        none(&[
            title(0, 1, "Health Minister", "2026-05-12"),
            title(1, 2, "Health Minister", "2026-05-14"),
        ]);
        // A stand-in, someone taking over, a former holder, a deputy.
        for other in [
            "acting health minister",
            "incoming health minister",
            "new health minister",
            "former health minister",
            "Deputy Health Minister",
            "shadow health minister",
        ] {
            none(&[
                title(0, 1, "Health Minister", "2026-05-12"),
                title(1, 2, other, "2026-05-12"),
            ]);
        }
        // Two countries' ministers, or two cities' mayors.
        none(&[
            title(0, 1, "Calvardy's foreign minister", "2026-05-12"),
            title(1, 2, "Norvia's foreign minister", "2026-05-12"),
        ]);
        none(&[
            title(0, 1, "Mayor of Brennholt", "2026-05-12"),
            title(1, 2, "Mayor of Ostfeld", "2026-05-12"),
        ]);
        // One article gives the post to both: two governments' ministers.
        none(&[
            title(0, 1, "Foreign Minister", "2026-05-12"),
            title(0, 2, "Foreign Minister", "2026-05-12"),
            title(1, 1, "foreign minister", "2026-05-12"),
            title(2, 2, "foreign minister", "2026-05-12"),
        ]);
        // Three people called by a bare title on one day: three
        // governments' ministers, not one.
        none(&[
            title(0, 1, "Foreign Minister", "2026-05-12"),
            title(1, 2, "Foreign Minister", "2026-05-12"),
            title(2, 3, "Foreign Minister", "2026-05-12"),
        ]);
        // Offices many people hold.
        none(&[
            title(0, 1, "senator", "2026-05-12"),
            title(1, 2, "senator", "2026-05-12"),
        ]);
        none(&[
            title(0, 1, "minister", "2026-05-12"),
            title(1, 2, "minister", "2026-05-12"),
        ]);
    }
}
