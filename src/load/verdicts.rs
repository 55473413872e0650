//! `verdicts.yaml`: what people decided about disputes.
//!
//! A fact-checker who has looked into a dispute records a verdict on it, keyed by
//! the dispute's stable id, so that the decision outlives re-runs and
//! re-extraction:
//!
//! ```yaml
//! verdicts:
//!   d-3f9a1c:
//!     verdict: dismissed
//!     note: Both are right; the second outlet quotes an older statement.
//!     by: A. Editor
//!     date: 2026-01-20
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::corpus::verdict::VerdictRecord;

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictsFile {
    /// Verdicts by dispute id (`d-` and hex digits, as the report prints it).
    #[serde(default)]
    pub verdicts: BTreeMap<String, VerdictRecord>,
}
