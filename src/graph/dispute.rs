//! Disputes: what the report is made of. Each has a stable id (a hash of what it
//! is about, never of file order), a severity, the rule that found it, a reason a
//! person can read alone, and its sides: one per value, with the claims that hold it.

use super::reasons;
use crate::rules::Severity;

#[derive(Debug, Clone, PartialEq)]
pub struct Dispute {
    pub id: String,
    /// The predicate for claim disputes; `variant` for spellings.
    pub kind: String,
    pub severity: Severity,
    pub subject: String,
    pub predicate: String,
    pub rule: &'static str,
    pub reason: String,
    pub sides: Vec<Side>,
    /// Which sides conflict, and why: one entry per pair of sides in conflict,
    /// most severe first. A dispute of three sides may have two sides that agree.
    pub conflicts: Vec<SideConflict>,
    /// The whole sha256 (hex) the id is a prefix of.
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideConflict {
    /// Indices into the dispute's sides, the lower first.
    pub sides: (usize, usize),
    pub rule: &'static str,
    pub severity: Severity,
    /// The rule's part of the reason: "offices seldom change hands within 60 days".
    pub why: String,
}

impl SideConflict {
    /// The reason a person reads: how each side states its value, then why
    /// the two cannot both hold. Written when a report asks for it, from the
    /// sides' statements, rather than kept for every pair: a dispute of many
    /// values has many pairs, each of whose reasons names every article.
    pub fn reason(&self, sides: &[Side]) -> String {
        reasons::conflict(
            &sides[self.sides.0].statement,
            &sides[self.sides.1].statement,
            &self.why,
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub value: String,
    /// Claims holding this value (indices into the corpus's claims), ascending.
    pub claims: Vec<usize>,
    /// For spelling variants: every mention in this form, as (article, byte span).
    pub mentions: Vec<(usize, (usize, usize))>,
    /// Articles on this side, ascending.
    pub articles: Vec<usize>,
    /// How this side's sources state its value, for the reasons: "a0001 and
    /// a0002 call Ana Lind former chief negotiator on 2026-02-22 and
    /// 2026-03-01". Empty for spelling variants.
    pub statement: String,
}

/// A dispute before it has an id: what it is about, for the id's hash, and
/// what tells it from another dispute about the same thing.
pub(super) struct Unnamed {
    /// Predicate, subject, the meeting where there is one, and the values.
    pub about: String,
    /// For disputes about the same thing at different times: the first day
    /// its articles appeared and their ids, which order them whatever the
    /// file order.
    pub when: String,
    pub dispute: Dispute,
}
