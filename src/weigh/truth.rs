//! Which value of a dispute is likely right, TruthFinder-style.
//!
//! A value is as credible as the sources that state it are reliable, and a
//! source is as reliable as the values it states are credible; the two are
//! worked out in turn until they settle (Yin, Han and Yu, "Truth Discovery with
//! Multiple Conflicting Information Providers on the Web", 2007). Sources here
//! are independent sources: copies of one story count once. A value loses
//! credibility to the values it conflicts with.

use rayon::prelude::*;

use super::copies::Sources;
use crate::graph::Dispute;
use crate::rules::Severity;

/// The value a dispute's sources most credibly support.
#[derive(Debug, Clone, PartialEq)]
pub struct Likely {
    /// Index into the dispute's sides.
    pub side: usize,
    pub value: String,
    /// Its share of the credibility of all sides: 0.5 between two sides is a
    /// coin toss; near 1, the sources weigh heavily one way.
    pub confidence: f64,
}

/// The reliability every source starts from.
const INITIAL_TRUST: f64 = 0.8;
/// How sharply credibility turns into confidence.
const GAMMA: f64 = 0.8;
/// How much a conflicting value takes from a value's credibility.
const RHO: f64 = 0.5;
/// TruthFinder settles in a few rounds; this bounds the cost where it drifts.
const MAX_ROUNDS: usize = 20;

/// How one dispute's sides weigh: what the report joins to the dispute.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Weight {
    /// Each side's independent sources (copies of one story count once), by
    /// the side's index.
    pub support: Vec<usize>,
    /// For a dispute between values (not a spelling variant), the value its
    /// sources most credibly support.
    pub likely: Option<Likely>,
}

/// Weighs every dispute: each side's `support`, and for every dispute that is
/// not a spelling variant, its `likely` value. One weight per dispute, in
/// their order.
pub fn weigh(disputes: &[Dispute], sources: &Sources) -> Vec<Weight> {
    let support: Vec<Vec<Vec<usize>>> = disputes
        .iter()
        .map(|d| d.sides.iter().map(|s| sources.among(&s.articles)).collect())
        .collect();
    // Only disputes between values are weighed; the sources of variants are
    // only counted.
    let weighed: Vec<usize> = (0..disputes.len())
        .filter(|&d| disputes[d].severity != Severity::Variant && disputes[d].sides.len() > 1)
        .collect();
    let confidence = settle(disputes, &weighed, &support, sources.source_of.len());
    let mut weights: Vec<Weight> = support
        .iter()
        .map(|sides| Weight {
            support: sides.iter().map(Vec::len).collect(),
            likely: None,
        })
        .collect();
    for (&d, confidences) in weighed.iter().zip(&confidence) {
        weights[d].likely = most_credible(&disputes[d], confidences);
    }
    weights
}

/// The confidence in each side of each weighed dispute once the sources'
/// trust has settled: each round, every value is as credible as its sources
/// are trusted, and every source as trusted as its values are credible.
fn settle(
    disputes: &[Dispute],
    weighed: &[usize],
    stated: &[Vec<Vec<usize>>],
    sources: usize,
) -> Vec<Vec<f64>> {
    // Sources are numbered by their first article.
    let mut trust: Vec<f64> = vec![INITIAL_TRUST; sources];
    let mut confidence: Vec<Vec<f64>> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let weight: Vec<f64> = trust.iter().map(|t| weight_of(*t)).collect();
        confidence = weighed
            .par_iter()
            .map(|&d| side_confidence(&disputes[d], &stated[d], &weight))
            .collect();
        let mut sums: Vec<(f64, usize)> = vec![(0.0, 0); trust.len()];
        for (&d, confidences) in weighed.iter().zip(&confidence) {
            for (side, c) in stated[d].iter().zip(confidences) {
                for s in side {
                    sums[*s].0 += c;
                    sums[*s].1 += 1;
                }
            }
        }
        let mut change: f64 = 0.0;
        for (t, (sum, n)) in trust.iter_mut().zip(sums) {
            if n > 0 {
                let next = sum / n as f64;
                change = change.max((*t - next).abs());
                *t = next;
            }
        }
        if change < 1e-6 {
            break;
        }
    }
    confidence
}

/// A source's weight: -ln(1 - trust), the log of how unlikely it is to be
/// wrong (trust is capped just short of certainty).
fn weight_of(trust: f64) -> f64 {
    -(1.0 - trust.min(0.99)).ln()
}

/// The side with the highest confidence, and its share of all the sides'
/// confidence; `None` when two sides tie for it: the sources do not lean
/// either way, and naming one would be a guess.
fn most_credible(dispute: &Dispute, confidences: &[f64]) -> Option<Likely> {
    let total: f64 = confidences.iter().sum();
    let (side, best) = confidences
        .iter()
        .enumerate()
        .fold(
            (0, f64::MIN),
            |(bi, bc), (i, c)| if *c > bc { (i, *c) } else { (bi, bc) },
        );
    let tied = confidences
        .iter()
        .enumerate()
        .any(|(i, c)| i != side && (best - c).abs() <= 1e-9 * best.abs().max(1.0));
    (!tied).then(|| Likely {
        side,
        value: dispute.sides[side].value.clone(),
        confidence: ((best / total) * 1000.0).round() / 1000.0,
    })
}

/// The confidence in each side of a dispute, given the sources' weights
/// (already [`weight_of`] their trust).
fn side_confidence(dispute: &Dispute, sides: &[Vec<usize>], weight: &[f64]) -> Vec<f64> {
    let score: Vec<f64> = sides
        .iter()
        .map(|side| side.iter().map(|s| weight[*s]).sum())
        .collect();
    (0..sides.len())
        .map(|k| {
            let against: f64 = dispute
                .conflicts
                .iter()
                .filter_map(|c| match c.sides {
                    (a, b) if a == k => Some(score[b]),
                    (a, b) if b == k => Some(score[a]),
                    _ => None,
                })
                .sum();
            let adjusted = score[k] - RHO * against;
            1.0 / (1.0 + (-GAMMA * adjusted).exp())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::{Side, SideConflict};

    /// A contradiction between sides stated by the given articles, every pair
    /// of sides in conflict.
    fn dispute(sides: &[&[usize]]) -> Dispute {
        let mut conflicts = Vec::new();
        for a in 0..sides.len() {
            for b in a + 1..sides.len() {
                conflicts.push(SideConflict {
                    sides: (a, b),
                    rule: "test",
                    severity: Severity::Contradiction,
                    why: String::new(),
                });
            }
        }
        Dispute {
            id: String::new(),
            kind: "count".into(),
            severity: Severity::Contradiction,
            subject: String::new(),
            predicate: "count".into(),
            rule: "test",
            reason: String::new(),
            sides: sides
                .iter()
                .enumerate()
                .map(|(i, articles)| Side {
                    value: format!("value {i}"),
                    claims: Vec::new(),
                    mentions: Vec::new(),
                    articles: articles.to_vec(),
                    statement: String::new(),
                })
                .collect(),
            conflicts,
            fingerprint: String::new(),
        }
    }

    /// Article 0 stands alone against articles 1 and 2 in three disputes, and
    /// article 3 agrees with the majority twice. When 0 and 3 then disagree one
    /// against one, 3, the source that has proved reliable, is likely right.
    #[test]
    fn a_source_proven_wrong_elsewhere_counts_less() {
        let mut disputes: Vec<Dispute> = (0..3).map(|_| dispute(&[&[0], &[1, 2]])).collect();
        disputes.push(dispute(&[&[3, 1], &[2, 0]]));
        disputes.push(dispute(&[&[0], &[3]]));
        let weights = weigh(&disputes, &Sources::independent(4));
        let last = weights[4].likely.as_ref().unwrap();
        assert_eq!(last.value, "value 1", "{weights:?}");
        assert!(last.confidence > 0.55, "{last:?}");
        // Two sources against one: the two are likely right.
        assert_eq!(weights[0].likely.as_ref().unwrap().value, "value 1");
        assert_eq!(weights[0].support, vec![1, 2]);
    }

    /// Sources trusted alike weigh alike: one against one is a coin toss, and
    /// no value is named likely.
    #[test]
    fn one_source_against_one_names_no_likely_value() {
        let weights = weigh(&[dispute(&[&[0], &[1]])], &Sources::independent(2));
        assert_eq!(weights[0].likely, None);
        assert_eq!(weights[0].support, vec![1, 1]);
    }

    /// A source's weight grows with its trust all the way up, not only below
    /// some threshold.
    #[test]
    fn weight_grows_with_trust() {
        let trusts = [0.3, 0.5, 0.63, 0.7, 0.8, 0.9, 0.95];
        for pair in trusts.windows(2) {
            assert!(weight_of(pair[0]) < weight_of(pair[1]), "{pair:?}");
        }
    }
}
