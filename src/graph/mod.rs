//! The graph: claims are nodes; `conflict` and `agrees` edges join them. A dispute
//! is a connected component of conflict edges, with the claims that say the same
//! as its members at the same time, grouped into sides by value.

mod claim_graph;
mod dispute;
mod holder_dispute;
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
    for rivals in crate::rules::holders::rivals(&normalized.facts) {
        found.push(holder_dispute::of(&rivals, corpus, normalized));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::claim::{ClaimRecord, Status};
    use crate::corpus::{Article, Claim};
    use crate::intern::Interned;

    /// A claim as `(subject, predicate, object)`.
    type Said<'a> = (&'a str, &'a str, &'a str);

    /// A corpus of one-sentence articles, each `(id, published, claims)`,
    /// every claim quoting its whole article.
    fn corpus(articles: &[(&str, &str, &[Said])]) -> Corpus {
        let mut corpus = Corpus::default();
        for (index, (id, day, claims)) in articles.iter().enumerate() {
            let text = format!("{id} reports.");
            let mut article = Article::from_text(id, &text);
            article.published = Some(day.parse().unwrap());
            corpus.articles.push(article);
            for (n, (subject, predicate, object)) in claims.iter().enumerate() {
                corpus.claims.push(Claim {
                    article: index,
                    record: ClaimRecord {
                        id: Interned::new(&format!("c{}", n + 1)),
                        subject: Interned::new(subject),
                        predicate: Interned::new(predicate),
                        object: Interned::new(object),
                        quote: Some(text.clone()),
                        span: Some([0, text.len()]),
                        occurrence: None,
                        event: None,
                        valid: None,
                        hedge: None,
                        according_to: None,
                        status: Status::Confirmed,
                        by: Interned::new("hand"),
                        note: None,
                    },
                });
            }
        }
        crate::corpus::label_articles(&mut corpus.articles);
        corpus
    }

    fn disputes_of(corpus: &Corpus) -> Vec<Dispute> {
        let normalized = crate::normalize::normalize(corpus);
        let judgements = crate::rules::judge(&normalized, corpus);
        let graph = ClaimGraph::build(corpus, &judgements);
        disputes(corpus, &normalized, &judgements, &graph)
    }

    /// Two outlets agree on a toll and a third differs: one dispute, a side
    /// per value holding every claim that states it, the sides in the order
    /// of their first article, one conflict between them.
    #[test]
    fn a_dispute_has_a_side_per_value_with_every_claim_that_states_it() {
        let corpus = corpus(&[
            ("a", "2026-03-02", &[("deaths in the flood", "count", "12")]),
            ("b", "2026-03-02", &[("deaths in the flood", "count", "12")]),
            ("c", "2026-03-02", &[("deaths in the flood", "count", "20")]),
        ]);
        let found = disputes_of(&corpus);
        assert_eq!(found.len(), 1, "{found:#?}");
        let d = &found[0];
        assert_eq!(
            (d.kind.as_str(), d.subject.as_str()),
            ("count", "deaths in the flood")
        );
        let sides: Vec<(&str, &[usize], &[usize])> = d
            .sides
            .iter()
            .map(|s| (s.value.as_str(), s.claims.as_slice(), s.articles.as_slice()))
            .collect();
        assert_eq!(
            sides,
            [("12", &[0, 1][..], &[0, 1][..]), ("20", &[2][..], &[2][..])]
        );
        assert_eq!(d.conflicts.len(), 1);
        assert_eq!(d.conflicts[0].sides, (0, 1));
        assert_eq!(d.reason, d.conflicts[0].reason(&d.sides));
        assert_eq!(
            d.reason,
            "a and b put deaths in the flood at 12 on 2026-03-02; c puts deaths in the flood at 20 on 2026-03-02; even allowing for their hedges the figures are 40% apart."
        );
    }

    /// Of three values, two that agree (a hedged figure and one inside it)
    /// do not conflict: the dispute has three sides and two conflicts.
    #[test]
    fn sides_that_agree_have_no_conflict_between_them() {
        let corpus = corpus(&[
            (
                "a",
                "2026-03-02",
                &[("workers on strike", "count", "some 58,000")],
            ),
            (
                "b",
                "2026-03-02",
                &[("workers on strike", "count", "57,600")],
            ),
            (
                "c",
                "2026-03-02",
                &[("workers on strike", "count", "20,000")],
            ),
        ]);
        let found = disputes_of(&corpus);
        assert_eq!(found.len(), 1, "{found:#?}");
        let pairs: Vec<(usize, usize)> = found[0].conflicts.iter().map(|c| c.sides).collect();
        assert_eq!(pairs, [(0, 2), (1, 2)]);
    }

    /// The same two figures disputed again a month later are a second
    /// dispute, with an id of its own.
    #[test]
    fn the_same_dispute_at_two_times_is_two_disputes_with_two_ids() {
        let corpus = corpus(&[
            ("a", "2026-03-02", &[("union members", "count", "400")]),
            ("b", "2026-03-02", &[("union members", "count", "900")]),
            ("c", "2026-04-02", &[("union members", "count", "400")]),
            ("d", "2026-04-02", &[("union members", "count", "900")]),
        ]);
        let found = disputes_of(&corpus);
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_ne!(found[0].id, found[1].id);
        let mut articles: Vec<Vec<usize>> = found
            .iter()
            .map(|d| d.sides.iter().flat_map(|s| s.articles.clone()).collect())
            .collect();
        articles.sort();
        assert_eq!(articles, [vec![0, 1], vec![2, 3]]);
    }
}
