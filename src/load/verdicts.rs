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

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictsFile {
    /// Verdicts by dispute id (`d-` and hex digits, as the report prints it).
    #[serde(default)]
    pub verdicts: BTreeMap<String, VerdictRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct VerdictRecord {
    pub verdict: VerdictKind,
    /// Why: what the person found.
    #[serde(default)]
    pub note: Option<String>,
    /// Who decided.
    #[serde(default)]
    pub by: Option<String>,
    /// When.
    #[serde(default)]
    pub date: Option<Date>,
}

/// What a person decided about a dispute.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum VerdictKind {
    /// The sources really disagree; the dispute stands.
    Confirmed,
    /// Not a real conflict (a misreading, a claim out of context).
    Dismissed,
    /// A real difference with an explanation (a change over time, a correction).
    Explained,
}

impl VerdictKind {
    /// Whether a dispute with this verdict still counts against `check`'s exit code.
    pub fn still_fails(self) -> bool {
        self == VerdictKind::Confirmed
    }

    pub fn as_str(self) -> &'static str {
        match self {
            VerdictKind::Confirmed => "confirmed",
            VerdictKind::Dismissed => "dismissed",
            VerdictKind::Explained => "explained",
        }
    }
}
