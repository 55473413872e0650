//! The claim graph: every live claim a node, every judgement between two
//! claims an edge.

use std::collections::HashMap;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;

use crate::corpus::Corpus;
use crate::rules::{EdgeKind, Judgements};

/// Every live claim and what the rules said between them. Edges borrow what
/// the rules found rather than copying it.
pub struct ClaimGraph<'j> {
    pub graph: UnGraph<usize, &'j EdgeKind>,
    /// The node of each live claim, by the claim's index.
    node_of: Vec<Option<NodeIndex>>,
}

impl<'j> ClaimGraph<'j> {
    pub fn build(corpus: &Corpus, judgements: &'j Judgements) -> ClaimGraph<'j> {
        let mut graph = UnGraph::with_capacity(corpus.claims.len(), judgements.edges.len());
        let node_of: Vec<Option<NodeIndex>> = corpus
            .claims
            .iter()
            .enumerate()
            .map(|(index, claim)| claim.is_live().then(|| graph.add_node(index)))
            .collect();
        for edge in &judgements.edges {
            let (a, b) = edge.claims();
            if let (Some(a), Some(b)) = (node_of[a], node_of[b]) {
                graph.add_edge(a, b, &edge.kind);
            }
        }
        ClaimGraph { graph, node_of }
    }

    /// The node of a claim (by its index in the corpus), if the claim is live.
    pub fn node(&self, claim: usize) -> Option<NodeIndex> {
        self.node_of.get(claim).copied().flatten()
    }

    /// Claims joined by conflict edges, one group per component, each group and
    /// the list in ascending claim order. Claims with no conflict are left out.
    pub fn conflict_components(&self) -> Vec<Vec<usize>> {
        let mut sets = UnionFind::<usize>::new(self.graph.node_count());
        let mut in_conflict = vec![false; self.graph.node_count()];
        for edge in self.graph.edge_references() {
            if matches!(edge.weight(), EdgeKind::Conflict { .. }) {
                sets.union(edge.source().index(), edge.target().index());
                in_conflict[edge.source().index()] = true;
                in_conflict[edge.target().index()] = true;
            }
        }
        let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
        for node in self.graph.node_indices() {
            if in_conflict[node.index()] {
                groups
                    .entry(sets.find(node.index()))
                    .or_default()
                    .push(self.graph[node]);
            }
        }
        let mut groups: Vec<Vec<usize>> = groups.into_values().collect();
        for g in &mut groups {
            g.sort_unstable();
        }
        groups.sort();
        groups
    }

    /// How many pairs of claims from different sources agree.
    pub fn agreements(&self) -> usize {
        self.graph
            .edge_weights()
            .filter(|w| matches!(w, EdgeKind::Agrees))
            .count()
    }

    /// Whether the claims `a` and `b` are joined by an edge of the given sort.
    pub fn joined(&self, a: usize, b: usize, conflict: bool) -> bool {
        let (Some(na), Some(nb)) = (self.node(a), self.node(b)) else {
            return false;
        };
        self.graph
            .edges_connecting(na, nb)
            .any(|e| matches!(e.weight(), EdgeKind::Conflict { .. }) == conflict)
    }
}
