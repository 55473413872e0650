//! Dispute ids: `d-` and the leading hex digits of the sha256 of what a
//! dispute is about, so that they do not depend on file order and a person's
//! verdict survives re-runs. Unique within a report.

use super::dispute::{Dispute, Unnamed};
use crate::load::article::sha256_hex;

/// Gives each dispute its id. Disputes about the same thing (the same
/// subject, predicate, meeting and values, at different times) are told apart
/// by when they were reported: the first keeps the plain hash, the others a
/// numbered one. Each id is the first six hex digits of its hash; where two
/// share those, both get more digits until they differ.
pub(super) fn assign(mut found: Vec<Unnamed>) -> Vec<Dispute> {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by(|a, b| {
        (&found[*a].about, &found[*a].when).cmp(&(&found[*b].about, &found[*b].when))
    });
    let mut inputs: Vec<String> = vec![String::new(); found.len()];
    for run in order.chunk_by(|a, b| found[*a].about == found[*b].about) {
        for (n, &i) in run.iter().enumerate() {
            inputs[i] = match n {
                0 => found[i].about.clone(),
                n => format!("{}|#{}", found[i].about, n + 1),
            };
        }
    }
    let hashes: Vec<String> = inputs.iter().map(|input| sha256_hex(input)).collect();
    let mut order: Vec<usize> = (0..hashes.len()).collect();
    order.sort_by(|a, b| hashes[*a].cmp(&hashes[*b]));
    let common = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    for (rank, &i) in order.iter().enumerate() {
        let before = rank
            .checked_sub(1)
            .map_or(0, |r| common(&hashes[order[r]], &hashes[i]));
        let after = order
            .get(rank + 1)
            .map_or(0, |&j| common(&hashes[j], &hashes[i]));
        let shared = before.max(after);
        let len = if shared < 6 { 6 } else { (shared + 2) & !1 }.min(64);
        found[i].dispute.id = format!("d-{}", &hashes[i][..len]);
        found[i].dispute.fingerprint = hashes[i].clone();
    }
    found.into_iter().map(|u| u.dispute).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    fn unnamed(about: &str, when: &str) -> Unnamed {
        Unnamed {
            about: about.into(),
            when: when.into(),
            dispute: Dispute {
                id: String::new(),
                kind: "count".into(),
                severity: Severity::Contradiction,
                subject: about.into(),
                predicate: "count".into(),
                rule: "test",
                reason: String::new(),
                sides: Vec::new(),
                conflicts: Vec::new(),
                fingerprint: String::new(),
            },
        }
    }

    /// Two disputes about the same values of one subject, reported at two
    /// times, get two ids, and the same two whatever order they are found in.
    #[test]
    fn disputes_about_the_same_thing_at_two_times_get_two_stable_ids() {
        let ids = |found: Vec<Unnamed>| -> Vec<(String, String)> {
            let mut ids: Vec<(String, String)> = assign(found)
                .into_iter()
                .map(|d| (d.id, d.subject))
                .collect();
            ids.sort();
            ids
        };
        let forward = ids(vec![
            unnamed("count|toll|12|15", "2026-01-01 a b"),
            unnamed("count|toll|12|15", "2026-02-01 c d"),
            unnamed("count|other|1|2", "2026-01-01 a b"),
        ]);
        let backward = ids(vec![
            unnamed("count|other|1|2", "2026-01-01 a b"),
            unnamed("count|toll|12|15", "2026-02-01 c d"),
            unnamed("count|toll|12|15", "2026-01-01 a b"),
        ]);
        assert_eq!(forward, backward);
        let unique: std::collections::BTreeSet<&String> =
            forward.iter().map(|(id, _)| id).collect();
        assert_eq!(unique.len(), 3, "{forward:?}");
        // The first keeps the id a dispute of its own would have.
        assert!(
            forward
                .iter()
                .any(|(id, _)| *id == format!("d-{}", &sha256_hex("count|toll|12|15")[..6]))
        );
    }

    /// Every id is `d-` and a prefix of the dispute's fingerprint.
    #[test]
    fn every_id_is_a_prefix_of_its_fingerprint() {
        let found = vec![unnamed("x", "1"), unnamed("x", "2"), unnamed("y", "1")];
        let disputes = assign(found);
        let ids: std::collections::BTreeSet<&str> =
            disputes.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
        assert!(
            disputes
                .iter()
                .all(|d| d.id.len() == 8 && d.fingerprint.starts_with(&d.id[2..]))
        );
    }
}
