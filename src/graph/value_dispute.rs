//! A dispute between values: a component of conflict edges with the claims
//! that say the same as its members, grouped into sides by value, the worst
//! conflict between each pair of sides, and the reasons.

use std::collections::BTreeMap;

use super::claim_graph::ClaimGraph;
use super::dispute::{Dispute, Side, SideConflict, Unnamed};
use super::reasons;
use crate::corpus::Corpus;
use crate::normalize::facts::{Fact, Subject, Value, ValueKey};
use crate::normalize::names::fold;
use crate::rules::{Context, EdgeKind, Judgement, Judgements, Rule, Severity, rule_for};

/// The dispute of one component of conflict edges, or `None` when its claims
/// have no rule or no conflict between two of its sides.
pub(super) fn of(
    component: &[usize],
    cx: &Context,
    fact_of: &FactOf,
    judgements: &Judgements,
    graph: &ClaimGraph,
) -> Option<Unnamed> {
    let members = members(component, judgements);
    let first = fact_of.get(members.first()?)?;
    let rule = rule_for(first.policy)?;
    let subject = cx.subject_name(&first.subject);
    let grouped = Grouped::by_value(&members, fact_of, cx);
    let pairs = worst_between_sides(component, graph, &grouped);
    let (_, worst) = pairs.first()?;
    let (sides, position) = sides(&grouped, rule, &subject, fact_of, cx);
    let conflicts = side_conflicts(&pairs, position, rule, fact_of, cx);
    let reason = reasons::of_dispute(sides.len(), conflicts.len(), |i| {
        conflicts[i].reason(&sides)
    });
    let when = when(&members, cx.corpus);
    Some(Unnamed {
        about: about(first, &subject, cx),
        when,
        dispute: Dispute {
            id: String::new(),
            kind: first.predicate.to_string(),
            severity: worst.severity,
            subject,
            predicate: first.predicate.to_string(),
            rule: worst.code,
            reason,
            sides,
            conflicts,
            fingerprint: String::new(),
        },
    })
}

/// The component's claims and the claims that say the same as one of them,
/// at the same time: they belong to the dispute too. Ascending.
fn members(component: &[usize], judgements: &Judgements) -> Vec<usize> {
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
    members
}

/// The members grouped by value, in the order each value is first met.
struct Grouped<'m> {
    members: &'m [usize],
    /// Each value's key and its claims.
    values: Vec<(String, Vec<usize>)>,
    /// The group of each member, in the members' (ascending) order.
    group_of_member: Vec<usize>,
}

impl<'m> Grouped<'m> {
    fn by_value(members: &'m [usize], fact_of: &FactOf, cx: &Context) -> Grouped<'m> {
        let mut group_of_key: BTreeMap<String, usize> = BTreeMap::new();
        let mut values: Vec<(String, Vec<usize>)> = Vec::new();
        let mut group_of_member: Vec<usize> = Vec::with_capacity(members.len());
        // A dispute holds a few values said by many claims: each value's key is
        // written out once, not once per claim.
        let mut group_of_value: Vec<(ValueKey, usize)> = Vec::new();
        for claim in members {
            let value = &fact_of[claim].value;
            let identity = value.identity();
            let group = match group_of_value.iter().find(|(known, _)| *known == identity) {
                Some((_, group)) => *group,
                None => {
                    let key = stable_key(value, cx);
                    let group = *group_of_key.entry(key.clone()).or_insert_with(|| {
                        values.push((key, Vec::new()));
                        values.len() - 1
                    });
                    group_of_value.push((identity, group));
                    group
                }
            };
            values[group].1.push(*claim);
            group_of_member.push(group);
        }
        Grouped {
            members,
            values,
            group_of_member,
        }
    }

    /// The group of a member claim.
    fn of(&self, claim: usize) -> usize {
        self.members
            .binary_search(&claim)
            .map(|i| self.group_of_member[i])
            .expect("a claim of the component is a member")
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

/// The most severe conflict between each pair of groups, found first: its
/// severity, its code and the claims it joins, as they were judged. Most
/// severe first, then by pair.
fn worst_between_sides(
    component: &[usize],
    graph: &ClaimGraph,
    grouped: &Grouped,
) -> Vec<((usize, usize), Judged)> {
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
            let (x, y) = (grouped.of(a), grouped.of(b));
            let pair = (x.min(y), x.max(y));
            if between
                .get(&pair)
                .is_none_or(|known| known.severity < severity)
            {
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
    let mut pairs: Vec<((usize, usize), Judged)> = between.into_iter().collect();
    pairs.sort_by(|a, b| b.1.severity.cmp(&a.1.severity).then(a.0.cmp(&b.0)));
    pairs
}

/// One side per group, each with how its sources state its value, ordered
/// by the first article that holds each; and each group's place in that order.
fn sides(
    grouped: &Grouped,
    rule: &dyn Rule,
    subject: &str,
    fact_of: &FactOf,
    cx: &Context,
) -> (Vec<Side>, Vec<usize>) {
    let mut sides: Vec<Option<Side>> = grouped
        .values
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
            let said = rule.statement(subject, &value, &fact_of[&claims[0]]);
            Some(Side {
                statement: reasons::statement(cx.corpus, &articles, said.verb, &said.rest),
                value,
                claims: claims.clone(),
                mentions: Vec::new(),
                articles,
            })
        })
        .collect();
    let mut order: Vec<usize> = (0..sides.len()).collect();
    order.sort_by_key(|i| {
        let side = sides[*i].as_ref().expect("every side is there");
        (side.articles.first().copied(), side.value.clone())
    });
    let mut position = vec![0; order.len()];
    for (place, group) in order.iter().enumerate() {
        position[*group] = place;
    }
    let ordered = order.iter().filter_map(|i| sides[*i].take()).collect();
    (ordered, position)
}

/// The conflicts between sides, renumbered to the sides' order, each judged
/// again to write why: the rule stage kept no reasons.
fn side_conflicts(
    pairs: &[((usize, usize), Judged)],
    position: Vec<usize>,
    rule: &dyn Rule,
    fact_of: &FactOf,
    cx: &Context,
) -> Vec<SideConflict> {
    pairs
        .iter()
        .map(|((x, y), conflict)| {
            let (x, y) = (position[*x], position[*y]);
            let why = match rule.judge(&fact_of[&conflict.a], &fact_of[&conflict.b], cx) {
                Judgement::Conflict(again) if again.code == conflict.code => again.why,
                _ => unreachable!("{}: a rule judges a pair the same way twice", conflict.code),
            };
            SideConflict {
                sides: (x.min(y), x.max(y)),
                rule: conflict.code,
                severity: conflict.severity,
                why,
            }
        })
        .collect()
}

/// What a dispute is about, for its id: the predicate, the subject, and the
/// meeting where the claims concern one; never its values, so that a new
/// value or spelling joining it keeps its id and the verdict given on it.
fn about(first: &Fact, subject: &str, cx: &Context) -> String {
    let mut about = format!("{}|{}", first.predicate, fold(subject));
    if let Some(event) = &first.event {
        about.push_str(&format!("|@{}", fold(&cx.subject_name(event))));
    }
    about
}

/// When a dispute was reported: its first day and its articles' ids, which
/// tell apart two disputes about the same thing whatever the file order.
pub(super) fn when(members: &[usize], corpus: &Corpus) -> String {
    let mut articles: Vec<usize> = members.iter().map(|c| corpus.claims[*c].article).collect();
    articles.sort_unstable();
    articles.dedup();
    let first = articles
        .iter()
        .filter_map(|a| corpus.articles[*a].published)
        .min()
        .map_or_else(String::new, |d| d.to_string());
    let mut ids: Vec<&str> = articles
        .iter()
        .map(|a| corpus.articles[*a].id.as_str())
        .collect();
    ids.sort_unstable();
    format!("{first} {}", ids.join(" "))
}

/// The fact of each claim, by the claim's index; rejected claims have none.
pub(super) struct FactOf<'f>(Vec<Option<&'f Fact>>);

impl<'f> FactOf<'f> {
    pub(super) fn new(corpus: &Corpus, facts: &'f [Fact]) -> Self {
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
