//! One post given to two people at once, as a dispute: a side per person,
//! with the claims that give each of them the post.

use super::dispute::{Dispute, Side, SideConflict, Unnamed};
use super::reasons;
use super::value_dispute::when;
use crate::corpus::Corpus;
use crate::normalize::Normalized;
use crate::normalize::facts::Subject;
use crate::normalize::names::fold;
use crate::rules::holders::{Rivals, TWO_HOLDERS};

/// The dispute of one post's rivals.
pub(super) fn of(rivals: &Rivals, corpus: &Corpus, normalized: &Normalized) -> Unnamed {
    let record = |claim: usize| &corpus.claims[claim].record;
    // The post as the first claim writes it.
    let post = record(rivals.holders[0][0].claim).object.to_string();
    let sides: Vec<Side> = rivals
        .holders
        .iter()
        .map(|facts| {
            let person = match &facts[0].subject {
                Subject::Entity(id) => normalized.entities.get(*id).name.clone(),
                Subject::Event(name) => name.to_string(),
            };
            let mut claims: Vec<usize> = facts.iter().map(|f| f.claim).collect();
            claims.sort_unstable();
            let mut articles: Vec<usize> = facts.iter().map(|f| f.article).collect();
            articles.sort_unstable();
            articles.dedup();
            let title = record(claims[0]).object.to_string();
            Side {
                statement: reasons::statement(
                    corpus,
                    &articles,
                    ("calls", "call"),
                    &format!("{person} {title}"),
                ),
                value: person,
                claims,
                mentions: Vec::new(),
                articles,
            }
        })
        .collect();
    let mut conflicts = Vec::new();
    for a in 0..sides.len() {
        for b in a + 1..sides.len() {
            conflicts.push(SideConflict {
                sides: (a, b),
                rule: TWO_HOLDERS,
                severity: rivals.severity,
                why: rivals.why.to_string(),
            });
        }
    }
    let reason = reasons::of_dispute(sides.len(), conflicts.len(), |i| {
        conflicts[i].reason(&sides)
    });
    let members: Vec<usize> = sides.iter().flat_map(|s| s.claims.clone()).collect();
    Unnamed {
        // The post, not its holders: a third name joining keeps the verdict.
        about: format!("title|holders|{}", fold(&post)),
        when: when(&members, corpus),
        dispute: Dispute {
            id: String::new(),
            kind: "title".into(),
            severity: rivals.severity,
            subject: post,
            predicate: "title".into(),
            rule: TWO_HOLDERS,
            reason,
            sides,
            conflicts,
            fingerprint: String::new(),
        },
    }
}
