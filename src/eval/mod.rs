//! Eval: how well the claims in a corpus match a gold file, per predicate.
//!
//! A claim matches a gold claim of the same article and predicate when their
//! quotes overlap in the text, their subjects name the same thing (meetings and
//! descriptive subjects such as "flood deaths" are matched by quote alone), and
//! their objects agree as the checker would compare them: titles by their words,
//! places by name, dates by the days they resolve to, numbers by value, states by
//! state. Each gold claim matches at most one claim, and each claim one gold claim.

pub mod gold;

use std::collections::BTreeMap;
use std::fmt::Write;

use jiff::civil::Date;

use crate::corpus::Corpus;
use crate::corpus::policy::{Policies, Policy};
use crate::corpus::predicate;
use crate::normalize::clock::ClockTime;
use crate::normalize::dates;
use crate::normalize::names::{NameMatch, PersonName, fold, same_person};
use crate::normalize::quantity::Quantity;
use crate::normalize::state::State;
use crate::normalize::titles::Title;
use gold::{GoldClaim, GoldFile};

/// The predicates whose extraction the project holds to its targets.
pub const MEASURED: &[&str] = &[
    predicate::TITLE,
    predicate::VENUE,
    predicate::DATE,
    predicate::COUNT,
    predicate::DURATION,
    predicate::LOCATION,
    predicate::STATUS,
];

/// Counts for one predicate.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub gold: usize,
    pub found: usize,
    pub matched: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.matched as f64 / self.found as f64
        }
    }

    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.matched as f64 / self.gold as f64
        }
    }

    fn add(&mut self, other: Tally) {
        self.gold += other.gold;
        self.found += other.found;
        self.matched += other.matched;
    }
}

/// A gold claim nothing matched, or a claim no gold claim matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unmatched {
    pub article: String,
    pub predicate: String,
    pub subject: String,
    pub object: String,
    pub quote: String,
}

#[derive(Debug, Clone, Default)]
pub struct Score {
    pub by_predicate: BTreeMap<String, Tally>,
    pub missed: Vec<Unmatched>,
    pub extra: Vec<Unmatched>,
    /// Gold articles the corpus does not have.
    pub absent: Vec<String>,
}

impl Score {
    /// The counts over [`MEASURED`] predicates together.
    pub fn measured(&self) -> Tally {
        let mut total = Tally::default();
        for (predicate, tally) in &self.by_predicate {
            if MEASURED.contains(&predicate.as_str()) {
                total.add(*tally);
            }
        }
        total
    }

    /// The table `claimcheck eval` prints, and, when asked, every miss and extra.
    pub fn render(&self, details: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<12} {:>5} {:>6} {:>8} {:>10} {:>7}",
            "predicate", "gold", "found", "matched", "precision", "recall"
        );
        let row = |out: &mut String, name: &str, t: &Tally| {
            let _ = writeln!(
                out,
                "{:<12} {:>5} {:>6} {:>8} {:>10.2} {:>7.2}",
                name,
                t.gold,
                t.found,
                t.matched,
                t.precision(),
                t.recall()
            );
        };
        for (predicate, tally) in &self.by_predicate {
            row(&mut out, predicate, tally);
        }
        row(&mut out, "measured", &self.measured());
        let _ = writeln!(out, "(measured: {})", MEASURED.join(", "));
        for article in &self.absent {
            let _ = writeln!(out, "note: the corpus has no article {article}");
        }
        if details {
            for (label, list) in [("missed", &self.missed), ("extra", &self.extra)] {
                for u in list {
                    let _ = writeln!(
                        out,
                        "{label}: {} {} · {} · {} — \"{}\"",
                        u.article, u.predicate, u.subject, u.object, u.quote
                    );
                }
            }
        }
        out
    }
}

/// Scores the live claims of `corpus` against `gold`.
pub fn score(corpus: &Corpus, gold: &GoldFile) -> Score {
    let mut score = Score::default();
    for (article_id, gold_article) in &gold.articles {
        // An article the corpus lacks has no claims: every gold claim is missed.
        let index = corpus.articles.iter().position(|a| &a.id == article_id);
        if index.is_none() {
            score.absent.push(article_id.clone());
        }
        let text = index.map_or("", |i| &*corpus.articles[i].text);
        let published = index
            .and_then(|i| corpus.articles[i].published)
            .or(gold_article.published);
        let claims: Vec<_> = corpus
            .claims
            .iter()
            .filter(|c| Some(c.article) == index && c.is_live())
            .collect();
        let mut taken = vec![false; claims.len()];
        for g in &gold_article.claims {
            score
                .by_predicate
                .entry(g.predicate.clone())
                .or_default()
                .gold += 1;
            let found = claims.iter().enumerate().position(|(i, c)| {
                !taken[i]
                    && c.record.predicate == g.predicate
                    && matches(g, &c.record, text, published, gold, &corpus.policies)
            });
            match found {
                Some(i) => {
                    taken[i] = true;
                    score
                        .by_predicate
                        .entry(g.predicate.clone())
                        .or_default()
                        .matched += 1;
                }
                None => score.missed.push(unmatched(
                    article_id,
                    &g.predicate,
                    &g.subject,
                    &g.object,
                    &g.quote,
                )),
            }
        }
        for (i, c) in claims.iter().enumerate() {
            score
                .by_predicate
                .entry(c.record.predicate.to_string())
                .or_default()
                .found += 1;
            if !taken[i] {
                let r = &c.record;
                score.extra.push(unmatched(
                    article_id,
                    &r.predicate,
                    &r.subject,
                    &r.object,
                    r.quote.as_deref().unwrap_or_default(),
                ));
            }
        }
    }
    score
}

fn unmatched(
    article: &str,
    predicate: &str,
    subject: &str,
    object: &str,
    quote: &str,
) -> Unmatched {
    Unmatched {
        article: article.to_string(),
        predicate: predicate.to_string(),
        subject: subject.to_string(),
        object: object.to_string(),
        quote: quote.to_string(),
    }
}

fn matches(
    g: &GoldClaim,
    c: &crate::corpus::claim::ClaimRecord,
    text: &str,
    published: Option<Date>,
    gold: &GoldFile,
    policies: &Policies,
) -> bool {
    let Some([from, to]) = c.span else {
        return false;
    };
    let overlaps = text
        .match_indices(&g.quote)
        .any(|(start, q)| start < to && from < start + q.len());
    if !overlaps {
        return false;
    }
    let policy = policies.of(&g.predicate);
    let about_event = policy.about_event || gold.events.contains(&g.subject);
    let descriptive = matches!(policy.policy, Policy::Quantity | Policy::Progression);
    if !about_event && !descriptive && !same_name(&g.subject, &c.subject) {
        return false;
    }
    let object = c
        .hedge
        .as_deref()
        .map_or_else(|| c.object.to_string(), |h| format!("{h} {}", c.object));
    same_object(policy.policy, &g.object, &object, published)
}

/// Whether two names name the same person, place or body.
fn same_name(a: &str, b: &str) -> bool {
    if fold(a) == fold(b) {
        return true;
    }
    if let (Some(x), Some(y)) = (PersonName::parse(a), PersonName::parse(b))
        && x.given.is_some()
        && y.given.is_some()
        && same_person(&x, &y) != NameMatch::No
    {
        return true;
    }
    word_overlap(a, b) >= 0.5
}

/// Whether two objects agree as the checker compares objects of their policy.
fn same_object(policy: Policy, gold: &str, found: &str, published: Option<Date>) -> bool {
    match policy {
        Policy::Titles => {
            let (g, f) = (Title::parse(gold), Title::parse(found));
            g.former == f.former
                && (g.key == f.key
                    || subset(&g.key, &f.key)
                    || subset(&f.key, &g.key)
                    || word_overlap(&g.key, &f.key) >= 0.5)
        }
        Policy::Place | Policy::OneAtATime | Policy::Many => {
            same_name(gold, found)
                || subset(&fold(gold), &fold(found))
                || subset(&fold(found), &fold(gold))
        }
        Policy::Interval => match (
            dates::resolve(gold, published),
            dates::resolve(found, published),
        ) {
            (Ok(g), Ok(f)) => g == f,
            _ => fold(gold) == fold(found),
        },
        Policy::Clock => match (ClockTime::parse(gold), ClockTime::parse(found)) {
            (Some(g), Some(f)) => g.minutes == f.minutes && g.comparable(&f),
            _ => fold(gold) == fold(found),
        },
        Policy::Quantity => match (Quantity::parse(gold, None), Quantity::parse(found, None)) {
            (Some(g), Some(f)) => {
                g.unit == f.unit
                    && (g.value - f.value).abs() <= f64::EPSILON * g.value.abs().max(1.0)
            }
            _ => fold(gold) == fold(found),
        },
        Policy::Progression => {
            State::classify(gold).is_some() && State::classify(gold) == State::classify(found)
        }
        Policy::None => word_overlap(gold, found) >= 0.5,
    }
}

fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty() && !matches!(*w, "the" | "a" | "an" | "of"))
        .map(String::from)
        .collect()
}

/// Whether every word of `small` is in `large`.
fn subset(small: &str, large: &str) -> bool {
    let large = words(large);
    let small = words(small);
    !small.is_empty() && small.iter().all(|w| large.contains(w))
}

/// Shared words over all words (the Jaccard index of the two word sets).
fn word_overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (words(a), words(b));
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let all = a.len() + b.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_compare_as_the_checker_compares_them() {
        let day: Date = "2026-01-17".parse().unwrap();
        assert!(same_object(
            Policy::Titles,
            "President of Ukraine",
            "Ukrainian President",
            None
        ));
        assert!(same_object(Policy::Titles, "US envoy", "US envoy", None));
        assert!(same_object(
            Policy::Titles,
            "US President",
            "President",
            None
        ));
        assert!(!same_object(
            Policy::Titles,
            "former US President",
            "US President",
            None
        ));
        assert!(same_object(
            Policy::Interval,
            "next week",
            "2026-01-19 to 2026-01-25",
            Some(day)
        ));
        assert!(same_object(
            Policy::Interval,
            "next week",
            "next week",
            Some(day)
        ));
        assert!(!same_object(
            Policy::Interval,
            "next week",
            "Friday",
            Some(day)
        ));
        assert!(same_object(Policy::Quantity, "58000", "some 58,000", None));
        assert!(!same_object(Policy::Quantity, "58000", "5,800", None));
        assert!(same_object(
            Policy::Progression,
            "not yet agreed",
            "unresolved",
            None
        ));
        assert!(!same_object(
            Policy::Progression,
            "agreed",
            "unresolved",
            None
        ));
        assert!(same_object(
            Policy::Place,
            "United States",
            "the United States",
            None
        ));
    }

    #[test]
    fn an_article_the_corpus_lacks_misses_all_its_gold() {
        let gold: GoldFile = serde_yaml::from_str(
            "articles:\n  gone:\n    claims:\n      - {subject: A B, predicate: title, object: envoy, quote: x}\n      - {subject: m, predicate: venue, object: Oslo, quote: y}\n",
        )
        .unwrap();
        let score = score(&Corpus::default(), &gold);
        assert_eq!(score.absent, vec!["gone".to_string()]);
        assert_eq!(score.missed.len(), 2);
        assert_eq!(
            score.measured(),
            Tally {
                gold: 2,
                found: 0,
                matched: 0
            }
        );
    }

    #[test]
    fn names_match_through_transliteration_but_not_across_people() {
        assert!(same_name("Rustem Umerov", "Rustam Umarov"));
        assert!(!same_name("Vladimir Putin", "Vladimir Zelensky"));
        assert!(same_name("port authority", "the port authority"));
    }
}
