//! Rules: when two claims about the same subject and predicate conflict.
//!
//! Every rule has the same shape: the [`Policy`] it judges, the stable kebab-case
//! codes of the conflicts it can find, a judgement of two facts, and the words a
//! reason sentence uses to say what one side claims. The runner here groups facts
//! by subject and predicate, so only claims that could conflict are compared, and
//! collapses claims that say the same thing at the same time into one bucket
//! before comparing, so that a hundred copies of one value cost one comparison.

mod clock;
mod date;
mod head;
pub mod holders;
mod place;
mod quantity;
mod shape;
mod status;
mod title;
pub mod variant;

pub use shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement, concurrent,
};

use rustc_hash::FxHashMap;

use crate::corpus::Corpus;
use crate::corpus::policy::Policy;
use crate::normalize::Normalized;
use crate::normalize::facts::{Fact, Subject, ValueKey};

/// The rule that judges a policy, if claims of that policy can conflict at all.
/// Every policy is named here: a new one does not compile until it says
/// which rule judges it, or that none does.
pub fn rule_for(policy: Policy) -> Option<&'static dyn Rule> {
    match policy {
        Policy::Titles => Some(&title::TitleRule),
        Policy::OneAtATime => Some(&head::HeadRule),
        Policy::Place => Some(&place::PlaceRule),
        Policy::Interval => Some(&date::DateRule),
        Policy::Quantity => Some(&quantity::QuantityRule),
        Policy::Clock => Some(&clock::ClockRule),
        Policy::Progression => Some(&status::StatusRule),
        // Participants only tell which claims concern one meeting.
        Policy::Many => None,
        Policy::None => None,
    }
}

/// Every rule, in the order of [`Policy::ALL`], for listing and documentation.
pub fn all() -> impl Iterator<Item = &'static dyn Rule> {
    Policy::ALL.into_iter().filter_map(rule_for)
}

/// An edge between two claims (indices into the corpus's claims), as they were
/// judged: `a` was the first fact. Small, since a large corpus has millions: a
/// conflict keeps its code and severity, and its reason is written again when
/// a dispute shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    pub a: u32,
    pub b: u32,
    pub kind: EdgeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeKind {
    Agrees,
    Conflict {
        code: &'static str,
        severity: Severity,
    },
}

impl Edge {
    fn new(a: &Fact, b: &Fact, kind: EdgeKind) -> Edge {
        Edge {
            a: a.claim as u32,
            b: b.claim as u32,
            kind,
        }
    }

    /// The claims it joins, as indices into the corpus's claims.
    pub fn claims(&self) -> (usize, usize) {
        (self.a as usize, self.b as usize)
    }
}

/// What the rules found: edges between claims, and the buckets of claims that say
/// the same thing at the same time (a conflict edge joins one claim of each).
#[derive(Debug, Default)]
pub struct Judgements {
    pub edges: Vec<Edge>,
    /// The claims of every bucket, bucket after bucket.
    bucket_claims: Vec<u32>,
    /// Where each bucket starts in `bucket_claims`, and where the last ends.
    bucket_starts: Vec<u32>,
    /// For each claim (by index), its bucket, if it was judged.
    bucket_of: Vec<Option<u32>>,
    /// How many claims were compared with a claim of another article: the
    /// rest stood alone, and agreeing with nothing is not agreeing.
    pub compared: usize,
}

impl Judgements {
    /// The claims that say what `claim` says at the same time (itself among
    /// them), if it was judged.
    pub fn same_as(&self, claim: usize) -> Option<impl Iterator<Item = usize> + '_> {
        let bucket = (*self.bucket_of.get(claim)?)? as usize;
        let (start, end) = (
            self.bucket_starts[bucket] as usize,
            self.bucket_starts[bucket + 1] as usize,
        );
        Some(self.bucket_claims[start..end].iter().map(|c| *c as usize))
    }
}

/// Runs every rule over the facts: each group of one subject and predicate on
/// its own (in parallel), then the groups' findings joined in a stable order.
pub fn judge(normalized: &Normalized, corpus: &Corpus) -> Judgements {
    use rayon::prelude::*;
    let cx = Context::new(corpus, normalized).without_reasons();
    // FxHash: several times faster than the standard SipHash, whose guard
    // against crafted collisions buys a local tool nothing but time.
    let grouped = Grouped::new(&normalized.facts, |key| {
        std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, key)
    });
    let groups: Vec<&[&Fact]> = grouped.groups().collect();
    let judged: Vec<Group> = groups
        .par_iter()
        .filter_map(|facts| {
            let rule = rule_for(facts[0].policy)?;
            Some(judge_group(rule, facts, &cx, false))
        })
        .collect();
    let mut judgements = Judgements {
        edges: Vec::with_capacity(judged.iter().map(|g| g.edges.len()).sum()),
        bucket_claims: Vec::with_capacity(judged.iter().map(|g| g.claims.len()).sum()),
        bucket_starts: Vec::with_capacity(
            judged.iter().map(|g| g.bucket_sizes.len()).sum::<usize>() + 1,
        ),
        bucket_of: vec![None; corpus.claims.len()],
        // Claims that a rule compared with a claim of another article.
        compared: judged.iter().map(|g| g.compared).sum(),
    };
    judgements.bucket_starts.push(0);
    for group in judged {
        judgements.edges.extend(group.edges);
        let mut claims = group.claims.into_iter();
        for size in group.bucket_sizes {
            let bucket = (judgements.bucket_starts.len() - 1) as u32;
            for claim in claims.by_ref().take(size as usize) {
                judgements.bucket_of[claim as usize] = Some(bucket);
                judgements.bucket_claims.push(claim);
            }
            judgements
                .bucket_starts
                .push(judgements.bucket_claims.len() as u32);
        }
    }
    judgements
}

/// What makes facts comparable: the same subject, predicate and meeting.
type GroupKey<'f> = (&'f Subject, &'f str, Option<&'f Subject>);

fn group_key(fact: &Fact) -> GroupKey<'_> {
    (&fact.subject, fact.predicate.as_str(), fact.event.as_ref())
}

/// The facts of each group side by side, each group in the facts' own order,
/// and the groups in the order of their keys.
///
/// Found by sorting the facts by a hash of their key, in parallel, rather than
/// by asking a map for each fact's group on one thread: at a million facts
/// those lookups, each a cache miss into an earlier fact, were a third of the
/// stage.
struct Grouped<'f> {
    facts: Vec<&'f Fact>,
    /// Where each group starts in `facts` and where it ends.
    bounds: Vec<(u32, u32)>,
}

impl<'f> Grouped<'f> {
    fn new(facts: &'f [Fact], hash: impl Fn(&GroupKey) -> u64 + Sync) -> Grouped<'f> {
        use rayon::prelude::*;
        let mut hashed: Vec<(u64, u32)> = facts
            .par_iter()
            .enumerate()
            .map(|(i, fact)| (hash(&group_key(fact)), i as u32))
            .collect();
        // By hash, then by place: each run of one hash keeps its facts' order.
        hashed.par_sort_unstable();
        let mut sorted: Vec<&Fact> = hashed
            .par_iter()
            .map(|(_, i)| &facts[*i as usize])
            .collect();
        // Where each run of one hash starts and ends in `sorted`.
        let mut runs: Vec<(u32, u32)> = Vec::new();
        let mut start = 0;
        for run in hashed.chunk_by(|x, y| x.0 == y.0) {
            runs.push((start, start + run.len() as u32));
            start += run.len() as u32;
        }
        drop(hashed);
        // A run holds one key unless two keys share a hash (looked for in
        // parallel: each look is a cache miss). Such a run is sorted by key,
        // stably so that each key keeps its facts' order, and split.
        let mixed: Vec<bool> = runs
            .par_iter()
            .map(|&(start, end)| {
                let run = &sorted[start as usize..end as usize];
                run[1..].iter().any(|f| group_key(f) != group_key(run[0]))
            })
            .collect();
        let mut bounds: Vec<(u32, u32)> = Vec::with_capacity(runs.len());
        for ((start, end), mixed) in runs.into_iter().zip(mixed) {
            if !mixed {
                bounds.push((start, end));
                continue;
            }
            let run = &mut sorted[start as usize..end as usize];
            run.sort_by(|a, b| group_key(a).cmp(&group_key(b)));
            let mut from = start;
            for group in run.chunk_by(|a, b| group_key(a) == group_key(b)) {
                bounds.push((from, from + group.len() as u32));
                from += group.len() as u32;
            }
        }
        // Keys are unique to a group, so the order is the same whatever the sort.
        bounds.par_sort_unstable_by(|a, b| {
            group_key(sorted[a.0 as usize]).cmp(&group_key(sorted[b.0 as usize]))
        });
        Grouped {
            facts: sorted,
            bounds,
        }
    }

    fn groups(&self) -> impl Iterator<Item = &[&'f Fact]> {
        self.bounds
            .iter()
            .map(|(start, end)| &self.facts[*start as usize..*end as usize])
    }
}

/// The findings of one group of facts.
struct Group {
    edges: Vec<Edge>,
    /// How many of its claims were compared with another article's: none if
    /// one article is left, after any set aside.
    compared: usize,
    /// The claims of its buckets, bucket after bucket, and each bucket's size.
    claims: Vec<u32>,
    bucket_sizes: Vec<u32>,
}

/// A bucket's value and time: claims with the same value at the same time.
type BucketKey<'f> = (ValueKey<'f>, crate::normalize::dates::Interval);

/// The findings of one group. `all_pairs` makes the rule see every pair of
/// buckets, for the tests that check the sweep leaves out nothing.
fn judge_group(rule: &dyn Rule, facts: &[&Fact], cx: &Context, all_pairs: bool) -> Group {
    let clear;
    let facts = if rule.one_article() != OneArticle::BothStand {
        clear = without_unclear_sources(rule, facts, cx);
        &clear[..]
    } else {
        facts
    };
    let Some(first) = facts.first() else {
        return Group {
            edges: Vec::new(),
            compared: 0,
            claims: Vec::new(),
            bucket_sizes: Vec::new(),
        };
    };
    let (keys, buckets) = buckets(facts);
    let mut out = Group {
        edges: Vec::new(),
        compared: if facts.iter().any(|f| f.article != first.article) {
            facts.len()
        } else {
            0
        },
        claims: buckets.iter().flatten().map(|f| f.claim as u32).collect(),
        bucket_sizes: buckets.iter().map(|b| b.len() as u32).collect(),
    };
    // Claims of one bucket agree, across sources.
    for bucket in &buckets {
        for pair in bucket.windows(2) {
            if pair[0].article != pair[1].article {
                out.edges
                    .push(Edge::new(pair[0], pair[1], EdgeKind::Agrees));
            }
        }
    }
    let pairs = if all_pairs {
        (0..keys.len())
            .flat_map(|i| (i + 1..keys.len()).map(move |j| (i, j)))
            .collect()
    } else {
        pairs_to_judge(rule, first, &keys, &buckets, cx)
    };
    out.edges.extend(
        pairs
            .into_iter()
            .filter_map(|(i, j)| judge_buckets(rule, &buckets[i], &buckets[j], cx)),
    );
    out
}

/// The facts of a group but those of any article that states two values of
/// it the rule finds in conflict from one source (see [`Rule::one_article`]).
fn without_unclear_sources<'f>(rule: &dyn Rule, facts: &[&'f Fact], cx: &Context) -> Vec<&'f Fact> {
    // An article's distinct values are compared each with each, up to this
    // many: past it, a source is unclear whatever they say.
    const MOST: usize = 32;
    let mut by_article: FxHashMap<usize, Vec<&Fact>> = FxHashMap::default();
    for fact in facts {
        let values = by_article.entry(fact.article).or_default();
        let key = (fact.value.identity(), fact.when);
        if values.len() <= MOST && !values.iter().any(|v| (v.value.identity(), v.when) == key) {
            values.push(fact);
        }
    }
    let unclear: Vec<usize> = by_article
        .into_iter()
        .filter(|(_, values)| {
            values.len() > MOST
                || values.iter().enumerate().any(|(i, a)| {
                    values[i + 1..].iter().any(|b| {
                        matches!(rule.judge(a, b, cx), Judgement::Conflict(_))
                            && cx.two_sources(a, b, rule.one_article()).is_none()
                    })
                })
        })
        .map(|(article, _)| article)
        .collect();
    facts
        .iter()
        .copied()
        .filter(|f| !unclear.contains(&f.article))
        .collect()
}

/// Claims with the same value at the same time form one bucket: each
/// bucket's key and facts, in the order the keys are first met.
fn buckets<'f>(facts: &[&'f Fact]) -> (Vec<BucketKey<'f>>, Vec<Vec<&'f Fact>>) {
    // Most groups hold a few values: a short list is searched faster than a map
    // is built (about a tenth of the stage on a million claims). A group past
    // `SHORT` values gets a map.
    const SHORT: usize = 16;
    let mut buckets: Vec<Vec<&Fact>> = Vec::new();
    let mut keys: Vec<BucketKey> = Vec::new();
    let mut index: Option<FxHashMap<BucketKey, usize>> = None;
    for fact in facts {
        let key = (fact.value.identity(), fact.when);
        let found = match &index {
            Some(index) => index.get(&key).copied(),
            None => keys.iter().position(|k| *k == key),
        };
        let slot = match found {
            Some(slot) => slot,
            None => {
                keys.push(key);
                buckets.push(Vec::new());
                match &mut index {
                    Some(index) => {
                        index.insert(key, keys.len() - 1);
                    }
                    None if keys.len() > SHORT => {
                        index = Some(keys.iter().enumerate().map(|(i, k)| (*k, i)).collect());
                    }
                    None => {}
                }
                keys.len() - 1
            }
        };
        buckets[slot].push(fact);
    }
    (keys, buckets)
}

/// The pairs of buckets the rule is asked about, in order: only those whose
/// times it can compare (`first` is any fact of the group).
fn pairs_to_judge(
    rule: &dyn Rule,
    first: &Fact,
    keys: &[BucketKey],
    buckets: &[Vec<&Fact>],
    cx: &Context,
) -> Vec<(usize, usize)> {
    // A meeting's facts are timeless: for them, every rule may say anything.
    let across_time = match first.subject {
        Subject::Event(_) => AcrossTime::Anything,
        Subject::Entity(_) => rule.across_time(cx.entity_name(&first.subject).unwrap_or_default()),
    };
    let mut pairs = match across_time {
        AcrossTime::Anything => every_other_value(keys),
        AcrossTime::SameValueOnly => in_time(keys, false),
        AcrossTime::Nothing => in_time(keys, true),
    };
    if across_time != AcrossTime::Nothing {
        pairs.extend(same_value_links(keys, buckets));
    }
    pairs.sort_unstable();
    pairs
}

/// The edge between two buckets, if the rule finds one: one claim of each,
/// from different articles, or from one article that gives them from two
/// sources (its own and a quoted one's). The same source is not compared
/// with itself.
fn judge_buckets(rule: &dyn Rule, left: &[&Fact], right: &[&Fact], cx: &Context) -> Option<Edge> {
    let pairs = || {
        left.iter()
            .flat_map(|a| right.iter().map(move |b| (*a, *b)))
    };
    let (a, b) = pairs()
        .find(|(a, b)| a.article != b.article)
        .or_else(|| pairs().find(|(a, b)| cx.two_sources(a, b, rule.one_article()).is_some()))?;
    match rule.judge(a, b, cx) {
        Judgement::Agree => Some(Edge::new(a, b, EdgeKind::Agrees)),
        Judgement::Conflict(c) => {
            debug_assert!(
                rule.codes().contains(&c.code),
                "{} is not among its rule's codes",
                c.code
            );
            let kind = EdgeKind::Conflict {
                code: c.code,
                severity: c.severity,
            };
            Some(Edge::new(a, b, kind))
        }
        Judgement::Unrelated => None,
    }
}

/// Every pair of buckets, in order, whose values differ.
fn every_other_value(keys: &[BucketKey]) -> Vec<(usize, usize)> {
    (0..keys.len())
        .flat_map(|i| {
            (i + 1..keys.len())
                .filter(move |&j| keys[i].0 != keys[j].0)
                .map(move |j| (i, j))
        })
        .collect()
}

/// The pairs of buckets whose times overlap, found by a sweep over their
/// starts: those with different values, and with `same_values` those with
/// equal ones too. A rule that compares only what holds at one time would call
/// the others unrelated.
fn in_time(keys: &[BucketKey], same_values: bool) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut by_start: Vec<usize> = (0..keys.len()).collect();
    by_start.sort_by_key(|&b| keys[b].1.start);
    let mut open: Vec<usize> = Vec::new();
    for &b in &by_start {
        let start = keys[b].1.start;
        open.retain(|&a| keys[a].1.end >= start);
        pairs.extend(
            open.iter()
                .filter(|&&a| same_values || keys[a].0 != keys[b].0)
                .map(|&a| (a.min(b), a.max(b))),
        );
        open.push(b);
    }
    pairs
}

/// For a rule under which the same value agrees whatever the times, the
/// buckets of each value joined to one of them, not each to each: a title
/// repeated on 300 days is 299 comparisons, not 44,850, and its claims are
/// joined all the same. Agreement is only drawn across sources, so a bucket
/// whose claims all come from the first one's article is joined to a bucket
/// from another.
fn same_value_links(keys: &[BucketKey], buckets: &[Vec<&Fact>]) -> Vec<(usize, usize)> {
    // The one article all of a bucket's claims come from, if there is one.
    let only_article = |b: usize| {
        let first = buckets[b][0].article;
        buckets[b]
            .iter()
            .all(|f| f.article == first)
            .then_some(first)
    };
    let apart = |x: Option<usize>, y: Option<usize>| x.is_none() || y.is_none() || x != y;
    let mut by_value: FxHashMap<ValueKey, Vec<usize>> = FxHashMap::default();
    for (b, key) in keys.iter().enumerate() {
        by_value.entry(key.0).or_default().push(b);
    }
    let mut links = Vec::new();
    for same in by_value.into_values() {
        let sources: Vec<Option<usize>> = same.iter().map(|&b| only_article(b)).collect();
        // The hub: a bucket of several sources if there is one, which can
        // agree with any other; else the first.
        let hub = sources.iter().position(|s| s.is_none()).unwrap_or(0);
        // For the buckets of the hub's one source: a bucket of another.
        let other = sources.iter().position(|s| apart(*s, sources[hub]));
        for (n, &b) in same.iter().enumerate() {
            if n == hub {
                continue;
            }
            let to = if apart(sources[n], sources[hub]) {
                Some(hub)
            } else {
                other
            };
            if let Some(to) = to {
                links.push((same[to].min(b), same[to].max(b)));
            }
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_kebab_case_and_names_one_rule() {
        let mut seen = std::collections::HashSet::new();
        for rule in all() {
            for code in rule.codes() {
                assert!(
                    !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{code}"
                );
                assert!(
                    !code.starts_with('-') && !code.ends_with('-') && !code.contains("--"),
                    "{code}"
                );
                assert!(seen.insert(*code), "{code} names two rules");
            }
        }
        assert!(
            seen.insert(variant::SPELLING_VARIANT),
            "the variant code is taken"
        );
        assert!(
            seen.insert(holders::TWO_HOLDERS),
            "the two-holders code is taken"
        );
    }

    /// The buckets joined by agreement, as the smallest bucket of each one's
    /// component: what the pairs a group compares must not change.
    fn agreeing(group: &Group) -> Vec<u32> {
        let mut bucket_of: FxHashMap<u32, u32> = FxHashMap::default();
        let mut claims = group.claims.iter();
        for (bucket, size) in group.bucket_sizes.iter().enumerate() {
            for claim in claims.by_ref().take(*size as usize) {
                bucket_of.insert(*claim, bucket as u32);
            }
        }
        let mut sets = petgraph::unionfind::UnionFind::<u32>::new(group.bucket_sizes.len());
        for edge in group.edges.iter().filter(|e| e.kind == EdgeKind::Agrees) {
            sets.union(bucket_of[&edge.a], bucket_of[&edge.b]);
        }
        let mut smallest: FxHashMap<u32, u32> = FxHashMap::default();
        (0..group.bucket_sizes.len() as u32)
            .map(|b| *smallest.entry(sets.find(b)).or_insert(b))
            .collect()
    }

    /// Comparing only some pairs of buckets loses nothing: on made-up groups of
    /// counts, heads, places, states and titles, reported on scattered days and
    /// over spans, the pairs a group compares find every conflict that
    /// comparing all pairs finds, in the same order, and join the same buckets
    /// by agreement, with edges that comparing all pairs also draws.
    #[test]
    fn comparing_only_some_pairs_loses_no_edge() {
        use crate::corpus::Corpus;
        use crate::normalize::dates::Interval;
        use crate::normalize::entities::EntityTable;
        use crate::normalize::facts::Value;
        use crate::normalize::quantity::Quantity;
        use crate::normalize::state::State;
        use crate::normalize::titles::Title;
        use testing::{context, fact};

        let mut table = EntityTable::default();
        let subject = Subject::Entity(table.resolve("Orlen District"));
        let people: Vec<Value> = ["Ana Brel", "Ivo Dask", "Lena Oru"]
            .iter()
            .map(|n| Value::Entity(table.resolve(n)))
            .collect();
        let places: Vec<Value> = ["Tarvik", "Moll", "Essen Harbour"]
            .iter()
            .map(|n| Value::Entity(table.resolve(n)))
            .collect();
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        // A small deterministic generator: the same groups on every run.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n) as usize
        };
        for round in 0..100 {
            let (policy, values): (Policy, Vec<Value>) = match round % 5 {
                0 => (
                    Policy::Quantity,
                    ["40", "41", "55", "about 60", "70", "a hundred"]
                        .iter()
                        .map(|t| Value::Quantity(Quantity::parse(t, None).unwrap()))
                        .collect(),
                ),
                1 => (Policy::OneAtATime, people.clone()),
                2 => (Policy::Place, places.clone()),
                3 => (
                    Policy::Progression,
                    [State::Open, State::Agreed, State::Signed, State::Rejected]
                        .into_iter()
                        .map(Value::State)
                        .collect(),
                ),
                _ => (
                    Policy::Titles,
                    ["Foreign Minister", "former Foreign Minister", "envoy"]
                        .iter()
                        .map(|t| Value::Title(Title::parse(t)))
                        .collect(),
                ),
            };
            let rule = rule_for(policy).unwrap();
            let facts: Vec<Fact> = (0..40)
                .map(|i| {
                    let day = format!("2026-03-{:02}", 1 + next(20));
                    // Counts come one to an article in half the rounds (an
                    // article giving two conflicting ones is set aside before
                    // any pair is compared), and from three articles in the
                    // rest, which sets some or all of them aside.
                    let article = match policy {
                        Policy::Quantity if round % 2 == 0 => i,
                        Policy::Quantity => next(3),
                        _ => next(12),
                    };
                    let mut f = fact(
                        article,
                        subject.clone(),
                        policy,
                        values[next(values.len() as u64)].clone(),
                        &day,
                    );
                    f.claim = i;
                    if next(5) == 0 {
                        // A span of days, or a claim with no end.
                        let end = f
                            .when
                            .start
                            .checked_add(jiff::Span::new().days(next(9) as i64))
                            .unwrap();
                        f.when = if next(3) == 0 {
                            Interval::between(Some(f.when.start), None)
                        } else {
                            Interval::between(Some(f.when.start), Some(end))
                        };
                    }
                    f
                })
                .collect();
            let refs: Vec<&Fact> = facts.iter().collect();
            let swept = judge_group(rule, &refs, &cx, false);
            let every = judge_group(rule, &refs, &cx, true);
            let conflicts = |g: &Group| -> Vec<Edge> {
                g.edges
                    .iter()
                    .filter(|e| e.kind != EdgeKind::Agrees)
                    .cloned()
                    .collect()
            };
            assert_eq!(conflicts(&swept), conflicts(&every), "round {round}");
            assert_eq!(agreeing(&swept), agreeing(&every), "round {round}");
            assert!(
                swept.edges.iter().all(|e| every.edges.contains(e)),
                "round {round}"
            );
            assert!(swept.edges.len() <= every.edges.len(), "round {round}");
            // Not a test of nothing: a round has conflicts to find, unless
            // its counts came from three articles, each likely set aside.
            let set_aside = policy == Policy::Quantity && round % 2 == 1;
            assert!(
                set_aside
                    || every
                        .edges
                        .iter()
                        .any(|e| matches!(e.kind, EdgeKind::Conflict { .. })),
                "round {round} has no conflict to find"
            );
        }
    }

    /// Each group holds exactly the facts of one subject, predicate and
    /// meeting, in their own order, and the groups come in the order of their
    /// keys: with the real hash, with one under which every key collides, and
    /// with one under which keys collide in pairs.
    #[test]
    fn facts_are_grouped_by_key_whatever_their_hashes() {
        use crate::normalize::facts::Value;
        use testing::fact;

        let subjects = [
            Subject::Entity(crate::normalize::entities::EntityId(3)),
            Subject::Entity(crate::normalize::entities::EntityId(1)),
            Subject::Event("talks-in-moll".into()),
        ];
        let mut facts: Vec<Fact> = (0..60)
            .map(|i| {
                let mut f = fact(
                    i % 7,
                    subjects[i % 3].clone(),
                    Policy::Many,
                    Value::Text(i.to_string()),
                    "2026-03-01",
                );
                f.claim = i;
                f.predicate = ["venue", "date", "head"][i / 3 % 3].into();
                f.event = (i % 4 == 0).then(|| Subject::Event("talks-in-moll".into()));
                f
            })
            .collect();
        facts.reverse();
        // What the groups must be: every key's facts, in their order.
        let mut expected: std::collections::BTreeMap<GroupKey, Vec<usize>> = Default::default();
        for f in &facts {
            expected.entry(group_key(f)).or_default().push(f.claim);
        }
        let expected: Vec<Vec<usize>> = expected.into_values().collect();
        assert!(expected.len() > 10, "too few groups to test");
        let real =
            |key: &GroupKey| std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, key);
        let hashes: [&(dyn Fn(&GroupKey) -> u64 + Sync); 3] = [&real, &|_| 7, &|key| real(key) % 2];
        for (h, hash) in hashes.into_iter().enumerate() {
            let grouped = Grouped::new(&facts, hash);
            let got: Vec<Vec<usize>> = grouped
                .groups()
                .map(|g| g.iter().map(|f| f.claim).collect())
                .collect();
            assert_eq!(got, expected, "hash {h}");
        }
    }

    /// An article that puts one count at two figures that conflict counts two
    /// things under one name (each party's seats): its figures are not set
    /// against another article's, which would be a contradiction of nothing.
    /// Its figures at other times, or that agree, still count.
    #[test]
    fn a_source_that_gives_one_count_two_figures_is_set_aside() {
        use crate::corpus::Corpus;
        use crate::normalize::entities::EntityTable;
        use crate::normalize::facts::Value;
        use crate::normalize::quantity::Quantity;
        use testing::{context, fact};

        let mut table = EntityTable::default();
        let seats = Subject::Entity(table.resolve("seats"));
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let rule = rule_for(Policy::Quantity).unwrap();
        let count = |claim: usize, article: usize, text: &str, day: &str| {
            let value = Value::Quantity(Quantity::parse(text, None).unwrap());
            let mut f = fact(article, seats.clone(), Policy::Quantity, value, day);
            f.claim = claim;
            f
        };
        let conflicts = |facts: &[Fact]| -> Vec<(u32, u32)> {
            let refs: Vec<&Fact> = facts.iter().collect();
            judge_group(rule, &refs, &cx, false)
                .edges
                .into_iter()
                .filter(|e| matches!(e.kind, EdgeKind::Conflict { .. }))
                .map(|e| (e.a.min(e.b), e.a.max(e.b)))
                .collect()
        };
        let day = "2026-05-08";
        // One figure each: the two articles disagree.
        assert_eq!(
            conflicts(&[count(0, 0, "412", day), count(1, 1, "121", day)]),
            vec![(0, 1)]
        );
        // The first article also puts seats at 121 the same day: it is unclear
        // which seats it counts, and nothing conflicts.
        assert_eq!(
            conflicts(&[
                count(0, 0, "412", day),
                count(1, 0, "121", day),
                count(2, 1, "119", day)
            ]),
            vec![]
        );
        // Nor are they counted as compared, which would let a summary say
        // the sources agree.
        let unclear = [
            count(0, 0, "412", day),
            count(1, 0, "121", day),
            count(2, 1, "119", day),
        ];
        let refs: Vec<&Fact> = unclear.iter().collect();
        assert_eq!(judge_group(rule, &refs, &cx, false).compared, 0);
        let clear = [count(0, 0, "412", day), count(2, 1, "119", day)];
        let refs: Vec<&Fact> = clear.iter().collect();
        assert_eq!(judge_group(rule, &refs, &cx, false).compared, 2);
        // A group whose only article is unclear is left with nothing to judge.
        assert_eq!(
            conflicts(&[count(0, 0, "412", day), count(1, 0, "121", day)]),
            vec![]
        );
        // Two figures that agree ("about 410" and 412), or one of them a week
        // later, leave the article's figures in the comparison.
        assert_eq!(
            conflicts(&[
                count(0, 0, "412", day),
                count(1, 0, "about 410", day),
                count(2, 1, "121", day)
            ])
            .len(),
            2
        );
        assert_eq!(
            conflicts(&[
                count(0, 0, "412", day),
                count(1, 0, "121", "2026-05-15"),
                count(2, 1, "119", day)
            ]),
            vec![(0, 2)]
        );
    }

    #[test]
    fn every_policy_is_judged_by_the_rule_of_its_own_policy() {
        for policy in Policy::ALL {
            if let Some(rule) = rule_for(policy) {
                assert_eq!(rule.policy(), policy);
            }
        }
        assert_eq!(all().count(), 7);
        assert!(rule_for(Policy::Many).is_none() && rule_for(Policy::None).is_none());
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Small facts for the rules' unit tests.
    use std::collections::HashMap;

    use super::*;
    use crate::normalize::dates::Interval;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Value;

    pub fn fact(article: usize, subject: Subject, policy: Policy, value: Value, day: &str) -> Fact {
        let day: jiff::civil::Date = day.parse().unwrap();
        Fact {
            claim: article,
            article,
            subject,
            event: None,
            predicate: "p".into(),
            policy,
            value,
            when: Interval::day(day),
            dated: true,
        }
    }

    pub fn context<'a>(corpus: &'a Corpus, entities: &'a EntityTable) -> Context<'a> {
        static NO_EVENTS: std::sync::LazyLock<HashMap<String, String>> =
            std::sync::LazyLock::new(HashMap::new);
        static NO_HOLDERS: std::sync::LazyLock<crate::normalize::holders::Holders> =
            std::sync::LazyLock::new(Default::default);
        Context {
            corpus,
            entities,
            event_names: &NO_EVENTS,
            holders: &NO_HOLDERS,
            explain: true,
        }
    }
}
