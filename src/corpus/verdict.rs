//! What people decided about disputes, as `verdicts.yaml` records it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

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
    /// The values the dispute had when the verdict was given, as the report
    /// showed them: a value not among them is a side that appeared since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sides: Vec<String>,
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
