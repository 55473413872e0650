//! The shape every rule has, and what a rule may say: the [`Rule`] trait, the
//! [`Context`] it consults, the [`Judgement`] it gives two facts and the
//! [`Severity`] of a conflict.

use std::collections::HashMap;
use std::fmt;

use serde::Serialize;

use crate::corpus::Corpus;
use crate::corpus::policy::Policy;
use crate::normalize::Normalized;
use crate::normalize::entities::EntityTable;
use crate::normalize::facts::{Fact, Subject};
use crate::normalize::holders::Holders;
use crate::normalize::names::fold;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The same entity spelled differently.
    Variant,
    /// Likely a conflict, but explainable (rounding, an unofficial title, a step back).
    Warning,
    /// Both cannot be true.
    Contradiction,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Variant => "variant",
            Severity::Warning => "warning",
            Severity::Contradiction => "contradiction",
        })
    }
}

/// A conflict between two facts: which rule found it, how serious it is, and the
/// rule-specific part of the explanation ("his term covers both dates"), which
/// is written only when the [`Context`] asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub code: &'static str,
    pub severity: Severity,
    pub why: String,
}

/// What a rule says of two facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    /// They say the same thing, or compatible things (Florida and Hallandale Beach).
    Agree,
    Conflict(Conflict),
    /// Neither: different times, or values the rule cannot weigh.
    Unrelated,
}

/// What rules may consult besides the two facts.
pub struct Context<'a> {
    pub corpus: &'a Corpus,
    pub entities: &'a EntityTable,
    /// Display names of meetings, by key.
    pub event_names: &'a HashMap<String, String>,
    /// Who the corpus calls by each title, for rules that ask whether
    /// someone else held a post.
    pub holders: &'a Holders,
    /// Whether a conflict's `why` is written. The rule stage judges half a
    /// million pairs at a million claims and keeps only their codes; a
    /// dispute judges again the few pairs it shows, and reads why.
    pub explain: bool,
}

impl<'a> Context<'a> {
    pub fn new(corpus: &'a Corpus, normalized: &'a Normalized) -> Self {
        Context {
            corpus,
            entities: &normalized.entities,
            event_names: &normalized.event_names,
            holders: &normalized.holders,
            explain: true,
        }
    }

    /// The same context, for judging without writing reasons.
    pub fn without_reasons(self) -> Self {
        Context {
            explain: false,
            ..self
        }
    }

    /// A conflict's reason, written by `write` if this context explains.
    pub fn why(&self, write: impl FnOnce() -> String) -> String {
        if self.explain { write() } else { String::new() }
    }

    /// The name of a subject that is a person or a thing, without copying it.
    pub fn entity_name(&self, subject: &Subject) -> Option<&str> {
        match subject {
            Subject::Entity(id) => Some(self.entities.get(*id).name.as_str()),
            Subject::Event(_) => None,
        }
    }

    /// Who gives each of two facts, when they come from two sources: both
    /// named by their articles and not the same ("police", "organisers"), or
    /// two an article names (under [`OneArticle::NamedSources`]), or, under
    /// [`OneArticle::OwnVoice`], one article's own account and a source it
    /// quotes. Outlets stating figures in their own voice are not two sources
    /// here: each answers for its figure.
    pub fn two_sources(
        &self,
        a: &Fact,
        b: &Fact,
        one_article: OneArticle,
    ) -> Option<(&'a str, &'a str)> {
        let named = |f: &Fact| -> Option<&'a str> {
            let claim = self.corpus.claims.get(f.claim)?;
            claim.record.according_to.as_deref()
        };
        let own = |f: &Fact| -> &'a str {
            let article = &self.corpus.articles[f.article];
            article.outlet.as_deref().unwrap_or(&article.label)
        };
        let inside = a.article == b.article;
        let (x, y) = match one_article {
            OneArticle::BothStand if inside => return None,
            OneArticle::OwnVoice if inside => (named(a), named(b)),
            _ => (Some(named(a)?), Some(named(b)?)),
        };
        if x.is_none() && y.is_none() {
            return None;
        }
        let (x, y) = (x.unwrap_or_else(|| own(a)), y.unwrap_or_else(|| own(b)));
        // "police" and "the police" are one source.
        let name = |s: &str| {
            let folded = fold(s);
            folded.strip_prefix("the ").unwrap_or(&folded).to_string()
        };
        (name(x) != name(y)).then_some((x, y))
    }

    pub fn subject_name(&self, subject: &Subject) -> String {
        match subject {
            Subject::Entity(id) => self.entities.get(*id).name.clone(),
            Subject::Event(id) => self
                .event_names
                .get(id.as_str())
                .cloned()
                .unwrap_or_else(|| id.to_string()),
        }
    }
}

/// How one side of a dispute states its value, for the reason sentence:
/// `Statement { verb: ("calls", "call"), rest: "Donald Trump former US President" }`.
pub struct Statement {
    pub verb: (&'static str, &'static str),
    pub rest: String,
}

/// The shape every rule has.
pub trait Rule: Sync {
    /// The policy whose predicates this rule judges.
    fn policy(&self) -> Policy;
    /// Every code this rule can give a conflict.
    fn codes(&self) -> &'static [&'static str];
    /// Whether `a` and `b` (same subject, same predicate, different articles,
    /// or one article's two sources: see [`Context::two_sources`]) conflict.
    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement;
    /// What this rule can make of two facts about `subject`, a person or a
    /// thing (not a meeting, which is timeless), whose times do not overlap.
    fn across_time(&self, subject: &str) -> AcrossTime;
    /// What this rule makes of one article that states two values it finds
    /// in conflict, of one subject at one time.
    fn one_article(&self) -> OneArticle;
    /// How a source that claims `value` of `subject` says so.
    fn statement(&self, subject: &str, value: &str, fact: &Fact) -> Statement;
}

/// What a rule makes of one article that states two values in conflict, of
/// one subject at one time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneArticle {
    /// Both stand, each compared with other articles only: a person holds
    /// many titles at once, and "in Geneva" and "in Switzerland" both hold.
    BothStand,
    /// The article names more than one thing by one name (a count of
    /// "seats" for each party) rather than contradicting itself: until a
    /// reviewer says which, its values are set aside, not compared with
    /// others'. Unless two sources it names give them ("the ministry said
    /// 190", "local authorities said 184"): then they are set against each
    /// other, and the article is not set aside.
    NamedSources,
    /// As [`OneArticle::NamedSources`], and the article's own voice is a
    /// source too: its own time of an event against the time it quotes from
    /// the police. For values that have no parts; an article's own count is
    /// often a part of the whole it quotes ("three of the bodies").
    OwnVoice,
}

/// What a rule can say of two facts whose times do not overlap. A rule that
/// compares only what holds at one time lets the stage skip the pairs that are
/// apart in time: a death toll reported on 365 days in 120 versions need not be
/// compared 43,000 × 43,000 times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcrossTime {
    /// Nothing: they are unrelated, whatever they say (where someone is, a count).
    Nothing,
    /// Only that they agree, when they say the same value (who heads something).
    SameValueOnly,
    /// Anything: an order of states, or values that do not depend on time.
    Anything,
}

/// Whether two facts speak of the same time. Facts about a meeting are timeless
/// (a meeting's venue does not change); facts about people and things hold when
/// they hold.
pub fn concurrent(a: &Fact, b: &Fact) -> bool {
    matches!(a.subject, Subject::Event(_)) || a.when.overlaps(&b.when)
}
