//! `claimcheck.yaml`: which predicates the checker understands and how each one
//! may conflict. A corpus may leave the file out; the defaults
//! ([`crate::corpus::policy::Policies::default`]) are the vocabulary of
//! `docs/DESIGN.md`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::corpus::policy::PredicatePolicy;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PoliciesFile {
    #[serde(default)]
    pub predicates: BTreeMap<String, PredicatePolicy>,
}
