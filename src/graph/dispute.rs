//! Disputes: what the report is made of. Each has a stable id (a hash of what it
//! is about, never of file order), a severity, the rule that found it, a reason a
//! person can read alone, and its sides: one per value, with the claims that hold it.

use std::collections::BTreeMap;

use super::ClaimGraph;
use crate::by_key::ByKey;
use crate::corpus::Corpus;
use crate::load::article::sha256_hex;
use crate::normalize::Normalized;
use crate::normalize::facts::{Fact, Subject, Value, ValueKey};
use crate::normalize::names::fold;
use crate::rules::variant::{SPELLING_VARIANT, Variant, variants};
use crate::rules::{Context, EdgeKind, Judgement, Judgements, Severity, rule_for};

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
        format!(
            "{}; {}; {}.",
            sides[self.sides.0].statement, sides[self.sides.1].statement, self.why
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

/// Every dispute in the graph, and every spelling variant, most severe first.
pub fn disputes(
    corpus: &Corpus,
    normalized: &Normalized,
    judgements: &Judgements,
    graph: &ClaimGraph,
) -> Vec<Dispute> {
    let cx = Context::new(corpus, normalized);
    let fact_of = FactOf::new(corpus, &normalized.facts);
    let mut found: Vec<(String, Dispute)> = {
        use rayon::prelude::*;
        graph
            .conflict_components()
            .par_iter()
            .filter_map(|component| claim_dispute(component, &cx, &fact_of, judgements, graph))
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
        found.push(variant_dispute(&variant, corpus, normalized, &claims_of));
    }
    assign_ids(&mut found);
    let mut disputes: Vec<Dispute> = found.into_iter().map(|(_, d)| d).collect();
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

/// The fact of each claim, by the claim's index; rejected claims have none.
struct FactOf<'f>(Vec<Option<&'f Fact>>);

impl<'f> FactOf<'f> {
    fn new(corpus: &Corpus, facts: &'f [Fact]) -> Self {
        let mut of = vec![None; corpus.claims.len()];
        for fact in facts {
            of[fact.claim] = Some(fact);
        }
        FactOf(of)
    }

    fn get(&self, claim: &usize) -> Option<&'f Fact> {
        self.0.get(*claim).copied().flatten()
    }
}

impl<'f> std::ops::Index<&usize> for FactOf<'f> {
    type Output = Fact;

    fn index(&self, claim: &usize) -> &Fact {
        self.get(claim).expect("a judged claim has a fact")
    }
}

/// A conflict edge as a dispute keeps it: what the rule found, and the claims
/// it joins in the order they were judged.
struct Judged {
    severity: Severity,
    code: &'static str,
    a: usize,
    b: usize,
}

fn claim_dispute(
    component: &[usize],
    cx: &Context,
    fact_of: &FactOf,
    judgements: &Judgements,
    graph: &ClaimGraph,
) -> Option<(String, Dispute)> {
    // Claims that say the same as a member, at the same time, belong to the dispute too.
    let mut members: Vec<usize> = component
        .iter()
        .flat_map(|c| {
            judgements
                .same_as(*c)
                .map_or_else(|| vec![*c], Iterator::collect)
        })
        .collect();
    members.sort_unstable();
    members.dedup();
    let first = fact_of.get(members.first()?)?;
    let rule = rule_for(first.policy)?;
    let subject = cx.subject_name(&first.subject);

    // One side per value.
    let mut side_of_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut sides: Vec<(String, Vec<usize>)> = Vec::new();
    // The side of each member, in the members' (ascending) order.
    let mut side_of_member: Vec<usize> = Vec::with_capacity(members.len());
    // A dispute holds a few values said by many claims: each value's key is
    // written out once, not once per claim.
    let mut side_of_value: Vec<(ValueKey, usize)> = Vec::new();
    for claim in &members {
        let value = &fact_of[claim].value;
        let identity = value.identity();
        let slot = match side_of_value.iter().find(|(known, _)| *known == identity) {
            Some((_, slot)) => *slot,
            None => {
                let key = stable_key(value, cx);
                let slot = *side_of_key.entry(key.clone()).or_insert_with(|| {
                    sides.push((key, Vec::new()));
                    sides.len() - 1
                });
                side_of_value.push((identity, slot));
                slot
            }
        };
        sides[slot].1.push(*claim);
        side_of_member.push(slot);
    }
    let side_index = |claim: usize| {
        members
            .binary_search(&claim)
            .map(|i| side_of_member[i])
            .expect("a claim of the component is a member")
    };

    // The most severe conflict between each pair of sides, found first: its
    // severity, its code and the claims it joins, as they were judged.
    let mut between: BTreeMap<(usize, usize), Judged> = BTreeMap::new();
    for &claim in component {
        let Some(node) = graph.node(claim) else {
            continue;
        };
        for edge in graph.graph.edges(node) {
            let EdgeKind::Conflict { code, severity } = **edge.weight() else {
                continue;
            };
            let (a, b) = graph
                .graph
                .edge_endpoints(petgraph::visit::EdgeRef::id(&edge))
                .expect("an edge of the graph");
            let (a, b) = (graph.graph[a], graph.graph[b]);
            let (x, y) = (side_index(a), side_index(b));
            let pair = (x.min(y), x.max(y));
            match between.get(&pair) {
                Some(known) if known.severity >= severity => {}
                _ => {
                    between.insert(
                        pair,
                        Judged {
                            severity,
                            code,
                            a,
                            b,
                        },
                    );
                }
            }
        }
    }
    let mut pairs: Vec<(&(usize, usize), &Judged)> = between.iter().collect();
    pairs.sort_by(|a, b| b.1.severity.cmp(&a.1.severity).then(a.0.cmp(b.0)));
    let (_, worst) = pairs.first()?;

    let side_values: Vec<Side> = sides
        .iter()
        .map(|(_, claims)| {
            let mut articles: Vec<usize> = claims
                .iter()
                .map(|c| cx.corpus.claims[*c].article)
                .collect();
            articles.sort_unstable();
            articles.dedup();
            let value = display_value(claims[0], &fact_of[&claims[0]], cx);
            // How the side says its value, written once for all the pairs it is in.
            let statement = rule.statement(&subject, &value, &fact_of[&claims[0]]);
            let verb = if articles.len() == 1 {
                statement.verb.0
            } else {
                statement.verb.1
            };
            Side {
                statement: format!(
                    "{} {verb} {} {}",
                    labels(&articles, cx),
                    statement.rest,
                    dates(&articles, cx)
                ),
                value,
                claims: claims.clone(),
                mentions: Vec::new(),
                articles,
            }
        })
        .collect();
    // Order sides by the first article that holds each, and renumber the pairs.
    let mut order: Vec<usize> = (0..side_values.len()).collect();
    order.sort_by(|a, b| {
        (side_values[*a].articles.first(), &side_values[*a].value)
            .cmp(&(side_values[*b].articles.first(), &side_values[*b].value))
    });
    let position = |old: usize| order.iter().position(|o| *o == old).unwrap_or(old);
    let conflicts: Vec<SideConflict> = pairs
        .iter()
        .map(|((x, y), conflict)| {
            let (x, y) = if position(*x) < position(*y) {
                (*x, *y)
            } else {
                (*y, *x)
            };
            // The rule stage kept no reasons: the pair is judged again, now
            // writing why.
            let why = match rule.judge(&fact_of[&conflict.a], &fact_of[&conflict.b], cx) {
                Judgement::Conflict(again) if again.code == conflict.code => again.why,
                _ => unreachable!("{}: a rule judges a pair the same way twice", conflict.code),
            };
            SideConflict {
                sides: (position(x), position(y)),
                rule: conflict.code,
                severity: conflict.severity,
                why,
            }
        })
        .collect();
    // What a person reads first: every conflict spelt out while there are a
    // few; past that (a toll reported in eighty versions on one day), how many
    // there are, and the most severe, which comes first.
    const SPELT_OUT: usize = 3;
    let mut side_values: Vec<Option<Side>> = side_values.into_iter().map(Some).collect();
    let ordered: Vec<Side> = order
        .iter()
        .filter_map(|i| side_values[*i].take())
        .collect();
    let reason = if conflicts.len() <= SPELT_OUT {
        conflicts
            .iter()
            .map(|c| c.reason(&ordered))
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        format!(
            "The sources give {} values, and {} pairs of them conflict. The first of the most severe: {}",
            ordered.len(),
            conflicts.len(),
            conflicts[0].reason(&ordered)
        )
    };
    let hash_input = format!(
        "{}|{}|{}",
        first.predicate,
        fold(&subject),
        // Sorted, so that the id does not depend on which claim came first.
        side_of_key.keys().cloned().collect::<Vec<_>>().join("|")
    );
    Some((
        hash_input,
        Dispute {
            id: String::new(),
            kind: first.predicate.to_string(),
            severity: worst.severity,
            subject,
            predicate: first.predicate.to_string(),
            rule: worst.code,
            reason,
            sides: ordered,
            conflicts,
            fingerprint: String::new(),
        },
    ))
}

/// `claims_of` gives each article's live claims.
fn variant_dispute(
    variant: &Variant,
    corpus: &Corpus,
    normalized: &Normalized,
    claims_of: &ByKey<u32>,
) -> (String, Dispute) {
    let name = normalized.entities.get(variant.entity).name.clone();
    let sides: Vec<Side> = variant
        .forms
        .iter()
        .map(|form| {
            let articles = form.articles();
            let claims = articles
                .iter()
                .flat_map(|a| claims_of.of(*a).iter().map(|c| *c as usize))
                .filter(|i| contains_word(&corpus.claims[*i].record.quote, &form.surface))
                .collect();
            Side {
                value: form.surface.clone(),
                claims,
                mentions: form.mentions.clone(),
                articles,
                statement: String::new(),
            }
        })
        .collect();
    let cx = Context::new(corpus, normalized);
    let spelled: Vec<String> = sides
        .iter()
        .map(|s| format!("\"{}\" by {}", s.value, labels(&s.articles, &cx)))
        .collect();
    let reason = format!(
        "{name} is spelled {}: one {} written {} ways.",
        join(&spelled),
        kind_word(variant, normalized),
        sides.len()
    );
    let mut forms: Vec<&str> = sides.iter().map(|s| s.value.as_str()).collect();
    forms.sort_unstable();
    let hash_input = format!("variant|{}|{}", fold(&name), forms.join("|"));
    (
        hash_input,
        Dispute {
            id: String::new(),
            kind: "variant".into(),
            severity: Severity::Variant,
            subject: name,
            predicate: "name".into(),
            rule: SPELLING_VARIANT,
            reason,
            sides,
            conflicts: Vec::new(),
            fingerprint: String::new(),
        },
    )
}

fn kind_word(variant: &Variant, normalized: &Normalized) -> &'static str {
    use crate::corpus::entity::EntityKind;
    match normalized.entities.get(variant.entity).kind {
        Some(EntityKind::Place) => "place",
        Some(EntityKind::Person) => "person",
        _ => "name",
    }
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A value's key for grouping sides and hashing ids: independent of file order.
fn stable_key(value: &Value, cx: &Context) -> String {
    match value {
        Value::Entity(id) => format!("entity:{}", fold(&cx.entities.get(*id).name)),
        other => other.key(),
    }
}

/// A side's value as a person reads it: what the claim says, with the hedge it
/// carries and, for dates, the days it resolves to.
fn display_value(claim: usize, fact: &Fact, cx: &Context) -> String {
    let record = &cx.corpus.claims[claim].record;
    let mut value = match &fact.value {
        Value::Entity(id) if matches!(fact.subject, Subject::Entity(_) | Subject::Event(_)) => {
            let name = &cx.entities.get(*id).name;
            if fold(name) == fold(&record.object) {
                record.object.to_string()
            } else {
                format!("{} ({name})", record.object)
            }
        }
        _ => record.object.to_string(),
    };
    if let Some(hedge) = &record.hedge
        && !value.to_lowercase().starts_with(&hedge.to_lowercase())
    {
        value = format!("{hedge} {value}");
    }
    if let Value::Date(interval) = fact.value {
        let days = interval.to_string();
        if record.object != days {
            value = format!("{value} ({days})");
        }
    }
    value
}

/// "001", "002 and 003", "000, 001 and 003".
fn labels(articles: &[usize], cx: &Context) -> String {
    join(
        &articles
            .iter()
            .map(|a| cx.corpus.articles[*a].label())
            .collect::<Vec<_>>(),
    )
}

/// "on 2026-01-17", "on 2025-12-19 and 2025-12-01", or "(undated)".
fn dates(articles: &[usize], cx: &Context) -> String {
    let mut days: Vec<String> = Vec::new();
    for a in articles {
        let day = cx.corpus.articles[*a]
            .published
            .map_or_else(|| "an unknown date".to_string(), |d| d.to_string());
        if !days.contains(&day) {
            days.push(day);
        }
    }
    format!("on {}", join(&days))
}

fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Gives each dispute `d-` and the first six hex digits of the sha256 of what it is
/// about; where two share those, both get more digits until they differ.
fn assign_ids(found: &mut [(String, Dispute)]) {
    let hashes: Vec<String> = found.iter().map(|(input, _)| sha256_hex(input)).collect();
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
        found[i].1.id = format!("d-{}", &hashes[i][..len]);
        found[i].1.fingerprint = hashes[i].clone();
    }
}
