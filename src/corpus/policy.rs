//! Predicates and their policies: which predicates the checker understands and
//! how claims of each may conflict. The defaults are the vocabulary of
//! `docs/DESIGN.md`; a corpus's `claimcheck.yaml` changes or extends them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::predicate;

/// How claims of one predicate may conflict with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Policy {
    /// Many values at once; conflict only when titles exclude each other at the same time.
    Titles,
    /// One value at a time; conflict when validity windows overlap (`head`).
    OneAtATime,
    /// One place per subject (and time); places that contain one another agree.
    Place,
    /// One date or interval per subject; conflict when the intervals are disjoint.
    Interval,
    /// One number per subject; conflict beyond a tolerance that understands hedges.
    Quantity,
    /// One clock time per event; conflict when the times their hedges allow do not meet.
    Clock,
    /// One state at a time; states move forward over time.
    Progression,
    /// Many values; used to tell which claims concern the same event.
    Many,
    /// Kept and shown, never conflicting.
    None,
}

impl Policy {
    /// Every policy, in the order `docs/DESIGN.md` lists them.
    pub const ALL: [Policy; 9] = [
        Policy::Titles,
        Policy::OneAtATime,
        Policy::Place,
        Policy::Interval,
        Policy::Quantity,
        Policy::Clock,
        Policy::Progression,
        Policy::Many,
        Policy::None,
    ];

    /// The name `claimcheck.yaml` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Policy::Titles => "titles",
            Policy::OneAtATime => "one-at-a-time",
            Policy::Place => "place",
            Policy::Interval => "interval",
            Policy::Quantity => "quantity",
            Policy::Clock => "clock",
            Policy::Progression => "progression",
            Policy::Many => "many",
            Policy::None => "none",
        }
    }
}

/// The policy of one predicate, as `claimcheck.yaml` writes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PredicatePolicy {
    pub policy: Policy,
    /// Whether the subject of this predicate is a meeting (`venue`, `date`, `participant`).
    #[serde(default)]
    pub about_event: bool,
    /// For `titles`: pairs of titles that cannot both be held at once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excludes: Vec<[String; 2]>,
}

/// Every predicate's policy: the defaults, overridden or extended by the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policies {
    by_predicate: BTreeMap<String, PredicatePolicy>,
}

impl Default for Policies {
    fn default() -> Self {
        let plain = |policy| PredicatePolicy {
            policy,
            about_event: false,
            excludes: Vec::new(),
        };
        let of_event = |policy| PredicatePolicy {
            policy,
            about_event: true,
            excludes: Vec::new(),
        };
        let by_predicate = [
            (predicate::TITLE, plain(Policy::Titles)),
            (predicate::HEAD, plain(Policy::OneAtATime)),
            (predicate::VENUE, of_event(Policy::Place)),
            (predicate::DATE, of_event(Policy::Interval)),
            (predicate::TIME, of_event(Policy::Clock)),
            (predicate::LOCATION, plain(Policy::Place)),
            (predicate::COUNT, plain(Policy::Quantity)),
            (predicate::DURATION, plain(Policy::Quantity)),
            (predicate::MEASURE, plain(Policy::Quantity)),
            (predicate::STATUS, plain(Policy::Progression)),
            (predicate::PARTICIPANT, of_event(Policy::Many)),
            (predicate::RELATIVE, plain(Policy::None)),
            (predicate::AID, plain(Policy::None)),
        ]
        .into_iter()
        .map(|(name, policy)| (name.to_string(), policy))
        .collect();
        Policies { by_predicate }
    }
}

impl Policies {
    /// The defaults with the corpus's own policies (`claimcheck.yaml`) laid over them.
    pub fn with_overrides(predicates: BTreeMap<String, PredicatePolicy>) -> Self {
        let mut policies = Policies::default();
        policies.by_predicate.extend(predicates);
        policies
    }

    /// The policy of `predicate`; a predicate nobody described never conflicts.
    pub fn of(&self, predicate: &str) -> &PredicatePolicy {
        static NONE: PredicatePolicy = PredicatePolicy {
            policy: Policy::None,
            about_event: false,
            excludes: Vec::new(),
        };
        self.by_predicate.get(predicate).unwrap_or(&NONE)
    }
}
