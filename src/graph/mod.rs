//! The graph: claims are nodes; `conflict` and `agrees` edges join them. A dispute
//! is a connected component of conflict edges, with the claims that say the same
//! as its members at the same time, grouped into sides by value.

mod claim_graph;
mod dispute;
mod ids;
mod reasons;
mod value_dispute;
mod variant_dispute;
pub mod verdicts;

pub use claim_graph::ClaimGraph;
pub use dispute::{Dispute, Side, SideConflict};

use crate::by_key::ByKey;
use crate::corpus::Corpus;
use crate::normalize::Normalized;
use crate::rules::variant::variants;
use crate::rules::{Context, Judgements};
use dispute::Unnamed;
use value_dispute::FactOf;

/// Every dispute in the graph, and every spelling variant, most severe first.
pub fn disputes(
    corpus: &Corpus,
    normalized: &Normalized,
    judgements: &Judgements,
    graph: &ClaimGraph,
) -> Vec<Dispute> {
    let cx = Context::new(corpus, normalized);
    let fact_of = FactOf::new(corpus, &normalized.facts);
    let mut found: Vec<Unnamed> = {
        use rayon::prelude::*;
        graph
            .conflict_components()
            .par_iter()
            .filter_map(|component| value_dispute::of(component, &cx, &fact_of, judgements, graph))
            .collect()
    };
    // Each article's live claims, for the claims that write a spelling.
    let claims_of = ByKey::new(
        corpus
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.is_live())
            .map(|(i, c)| (c.article, i as u32)),
        corpus.articles.len(),
    );
    for variant in variants(&normalized.mentions) {
        found.push(variant_dispute::of(
            &variant, corpus, normalized, &claims_of,
        ));
    }
    let mut disputes = ids::assign(found);
    disputes.sort_by(|a, b| {
        (b.severity, &a.subject, &a.predicate, &a.id).cmp(&(
            a.severity,
            &b.subject,
            &b.predicate,
            &b.id,
        ))
    });
    disputes
}
