//! The DOT report: the claim graph for Graphviz. Claims that take part in a
//! conflict or an agreement are nodes, grouped by dispute; conflict edges are red
//! (contradiction) or orange (warning) and labelled with their rule; agreements
//! are grey dashes.

use super::contents::{ClaimRef, DisputeEntry, Report};
use super::words;

use std::collections::BTreeMap;

use crate::rules::Severity;

pub fn render(report: &Report) -> String {
    let mut out = String::from(
        "graph claims {\n  graph [rankdir=LR, fontname=\"Helvetica\"];\n  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n",
    );
    // What the graph leaves out, as comments a reader of the file sees.
    for problem in &report.problems {
        let line: String = words::describe_problem(problem)
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        out.push_str(&format!("  // {line}\n"));
    }
    let mut nodes: BTreeMap<String, &ClaimRef> = BTreeMap::new();
    for e in &report.edges {
        nodes.insert(node_id(&e.a), &e.a);
        nodes.insert(node_id(&e.b), &e.b);
    }
    let mut placed = std::collections::BTreeSet::new();
    for d in report.disputes.iter().filter(|d| d.kind != "variant") {
        out.push_str(&format!(
            "  subgraph \"cluster_{}\" {{\n    label={};\n",
            d.id,
            quote(&cluster_label(d))
        ));
        for side in &d.sides {
            for c in &side.claims {
                let id = node_id(c);
                if placed.insert(id.clone()) {
                    out.push_str(&format!(
                        "    {} [label={}];\n",
                        quote(&id),
                        quote(&label(report, c))
                    ));
                }
            }
        }
        out.push_str("  }\n");
    }
    for (id, c) in &nodes {
        if !placed.contains(id) {
            out.push_str(&format!(
                "  {} [label={}];\n",
                quote(id),
                quote(&label(report, c))
            ));
        }
    }
    for e in &report.edges {
        let attributes = match (&e.rule, e.severity) {
            (Some(rule), Some(Severity::Contradiction)) => {
                format!("color=red, penwidth=2, label={}", quote(rule))
            }
            (Some(rule), _) => format!("color=orange, label={}", quote(rule)),
            (None, _) => "color=gray60, style=dashed".to_string(),
        };
        out.push_str(&format!(
            "  {} -- {} [{attributes}];\n",
            quote(&node_id(&e.a)),
            quote(&node_id(&e.b))
        ));
    }
    out.push_str("}\n");
    out
}

fn node_id(c: &ClaimRef) -> String {
    format!("{}/{}", c.article, c.claim)
}

fn label(report: &Report, c: &ClaimRef) -> String {
    format!("{} {}\n{}", report.label(&c.article), c.claim, c.summary)
}

/// A DOT string literal.
fn quote(text: &str) -> String {
    format!(
        "\"{}\"",
        text.replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace('\n', "\\n")
    )
}

/// "d-5b9eca · Donald Trump · contradiction", each side's value and support,
/// then the likely value and the verdict when there are.
fn cluster_label(d: &DisputeEntry) -> String {
    let mut label = format!("{} · {} · {}", d.id, d.subject, d.severity);
    let sides: Vec<String> = d
        .sides
        .iter()
        .map(|s| format!("{} ({})", s.value, words::sources(s.support)))
        .collect();
    label.push_str(&format!("\n{}", sides.join(" / ")));
    if let Some(likely) = &d.likely {
        label.push_str(&format!("\n{}", words::describe_likely(likely)));
    }
    if let Some(v) = &d.verdict {
        label.push_str(&format!("\nverdict: {}", v.verdict));
    }
    label
}
