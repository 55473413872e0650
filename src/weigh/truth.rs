//! Which value of a dispute is likely right, TruthFinder-style.
//!
//! A value is as credible as the sources that state it are reliable, and a
//! source is as reliable as the values it states are credible; the two are
//! worked out in turn until they settle (Yin, Han and Yu, "Truth Discovery with
//! Multiple Conflicting Information Providers on the Web", 2007). Sources here
//! are independent sources: copies of one story count once. A value loses
//! credibility to the values it conflicts with.

use rayon::prelude::*;

use super::Sources;
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

/// Sets each side's `support` (its independent sources) and, for every dispute
/// that is not a spelling variant, `likely`.
pub fn weigh(disputes: &mut [Dispute], sources: &Sources) {
    // Which sources state each side of each dispute; those of variants are only
    // counted.
    let mut weighed: Vec<usize> = Vec::new();
    let mut stated: Vec<Vec<Vec<usize>>> = Vec::new();
    for (d, dispute) in disputes.iter_mut().enumerate() {
        let sides: Vec<Vec<usize>> = dispute
            .sides
            .iter_mut()
            .map(|side| {
                let among = sources.among(&side.articles);
                side.support = among.len();
                among
            })
            .collect();
        if dispute.severity != Severity::Variant && sides.len() > 1 {
            weighed.push(d);
            stated.push(sides);
        }
    }

    // Sources are numbered by their first article.
    let mut trust: Vec<f64> = vec![INITIAL_TRUST; sources.source_of.len()];
    let mut confidence: Vec<Vec<f64>> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        // Each source's weight: -ln(1 - trust), the log of how unlikely it is to
        // be wrong.
        let weight: Vec<f64> = trust.iter().map(|t| -(1.0 - t.min(0.99)).ln()).collect();
        confidence = weighed
            .par_iter()
            .zip(&stated)
            .map(|(&d, sides)| side_confidence(&disputes[d], sides, &weight))
            .collect();
        let mut sums: Vec<(f64, usize)> = vec![(0.0, 0); trust.len()];
        for (sides, confidences) in stated.iter().zip(&confidence) {
            for (side, c) in sides.iter().zip(confidences) {
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

    for (&d, confidences) in weighed.iter().zip(&confidence) {
        let total: f64 = confidences.iter().sum();
        let (side, best) =
            confidences
                .iter()
                .enumerate()
                .fold(
                    (0, f64::MIN),
                    |(bi, bc), (i, c)| {
                        if *c > bc { (i, *c) } else { (bi, bc) }
                    },
                );
        let dispute = &mut disputes[d];
        dispute.likely = Some(Likely {
            side,
            value: dispute.sides[side].value.clone(),
            confidence: ((best / total) * 1000.0).round() / 1000.0,
        });
    }
}

/// The confidence in each side of a dispute, given the sources' weights.
fn side_confidence(dispute: &Dispute, sides: &[Vec<usize>], trust: &[f64]) -> Vec<f64> {
    let score: Vec<f64> = sides
        .iter()
        .map(|side| side.iter().map(|s| -(1.0 - trust[*s].min(0.99)).ln()).sum())
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
