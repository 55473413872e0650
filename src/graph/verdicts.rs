//! Verdicts meet disputes: each verdict of `verdicts.yaml` is matched to the
//! dispute it names, and a verdict whose dispute is gone is handed back to be
//! reported rather than silently kept.

use std::collections::BTreeMap;

use super::Dispute;
use crate::corpus::verdict::VerdictRecord;

/// A verdict that names no dispute of this run: the claims changed, or the id
/// was mistyped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleVerdict {
    pub id: String,
    pub record: VerdictRecord,
    /// The id of this run's dispute closest to it, if one is close: the id
    /// it was probably meant to be.
    pub closest: Option<String>,
}

/// The id among `ids` closest to `id`, if one is close enough to be the one
/// meant (a typo, or digits dropped).
pub fn closest_id<'i>(id: &str, ids: impl Iterator<Item = &'i str>) -> Option<&'i str> {
    ids.map(|known| (strsim::normalized_damerau_levenshtein(id, known), known))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, known)| known)
}

/// Finds each verdict's dispute: the verdict of each dispute (by its index),
/// and the verdicts that name none. A verdict's id matches a dispute's id, or,
/// if that id has since grown longer to stay unique, its leading digits.
pub fn find(
    disputes: &[Dispute],
    verdicts: &BTreeMap<String, VerdictRecord>,
) -> (Vec<Option<VerdictRecord>>, Vec<StaleVerdict>) {
    let mut of: Vec<Option<VerdictRecord>> = vec![None; disputes.len()];
    let mut stale = Vec::new();
    for (id, record) in verdicts {
        let exact = disputes.iter().position(|d| d.id == *id);
        let found = exact.or_else(|| {
            let digits = id.strip_prefix("d-")?;
            let mut by_prefix = disputes
                .iter()
                .enumerate()
                .filter(|(_, d)| digits.len() >= 6 && d.fingerprint.starts_with(digits));
            match (by_prefix.next(), by_prefix.next()) {
                (Some((i, _)), None) => Some(i),
                _ => None,
            }
        });
        match found {
            Some(i) => of[i] = Some(record.clone()),
            None => stale.push(StaleVerdict {
                id: id.clone(),
                record: record.clone(),
                closest: closest_id(id, disputes.iter().map(|d| d.id.as_str())).map(String::from),
            }),
        }
    }
    (of, stale)
}
