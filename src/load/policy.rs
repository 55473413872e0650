//! `claimcheck.yaml`: which predicates the checker understands and how each one
//! may conflict. A corpus may leave the file out; [`Policies::default`] is the
//! vocabulary of `DESIGN.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

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
    /// One state at a time; states move forward over time.
    Progression,
    /// Many values; used to tell which claims concern the same event.
    Many,
    /// Kept and shown, never conflicting.
    None,
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

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PoliciesFile {
    #[serde(default)]
    pub predicates: BTreeMap<String, PredicatePolicy>,
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
            ("title", plain(Policy::Titles)),
            ("head", plain(Policy::OneAtATime)),
            ("venue", of_event(Policy::Place)),
            ("date", of_event(Policy::Interval)),
            ("location", plain(Policy::Place)),
            ("count", plain(Policy::Quantity)),
            ("duration", plain(Policy::Quantity)),
            ("status", plain(Policy::Progression)),
            ("participant", of_event(Policy::Many)),
            ("relative", plain(Policy::None)),
            ("aid", plain(Policy::None)),
        ]
        .into_iter()
        .map(|(name, policy)| (name.to_string(), policy))
        .collect();
        Policies { by_predicate }
    }
}

impl Policies {
    /// The defaults with the corpus's own file laid over them.
    pub fn with_overrides(file: PoliciesFile) -> Self {
        let mut policies = Policies::default();
        policies.by_predicate.extend(file.predicates);
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
