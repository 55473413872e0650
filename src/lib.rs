//! claimcheck: find where news articles on one story contradict each other.
//!
//! The library is the pipeline of `docs/DESIGN.md`, one module per stage, each handing
//! the next a plain value:
//!
//! [`load`] (files → [`corpus::Corpus`] + diagnostics) →
//! [`normalize`] (names, titles, places, dates, numbers → facts) →
//! [`rules`] (facts → edges) → [`graph`] (claims and edges → disputes) →
//! [`weigh`] (copies count once; the likely value) → [`report`] (disputes →
//! table, Markdown, JSON, DOT, HTML).
//!
//! Nothing here prints: renderers return strings, and the binary decides where
//! they go.

pub(crate) mod by_key;
pub mod corpus;
pub mod diagnostic;
pub mod english;
pub mod eval;
pub mod extract;
pub mod graph;
pub mod intern;
pub mod load;
pub mod normalize;
pub mod printable;
pub mod report;
pub mod rules;
pub mod weigh;

use std::path::Path;

use corpus::Corpus;
use corpus::verdict::VerdictRecord;
use diagnostic::Diagnostic;
use graph::{ClaimGraph, Dispute};
use normalize::Normalized;
use rules::{Judgements, Severity};

/// Everything `check` found in a corpus: what was read, what was wrong with the
/// input, and the disputes.
pub struct Checked {
    pub corpus: Corpus,
    pub normalized: Normalized,
    pub judgements: Judgements,
    pub disputes: Vec<Dispute>,
    /// How each dispute's sides weigh, by the dispute's index.
    pub weights: Vec<weigh::Weight>,
    /// What a person decided about each dispute (`verdicts.yaml`), by the
    /// dispute's index.
    pub verdicts: Vec<Option<VerdictRecord>>,
    /// Which articles are copies of one story.
    pub sources: weigh::Sources,
    /// Verdicts in `verdicts.yaml` whose dispute this run did not find.
    pub stale_verdicts: Vec<graph::verdicts::StaleVerdict>,
    /// Problems with the input; the disputes rest on what could be read.
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the folder was a corpus folder at all (see
    /// [`load::Loaded::is_corpus`]): when not, there is no report to give.
    pub is_corpus: bool,
}

/// One dispute with what the later stages say of it: how its sides weigh
/// and what a person decided. What a report shows of a dispute.
#[derive(Debug, Clone, Copy)]
pub struct Finding<'c> {
    pub dispute: &'c Dispute,
    pub weight: &'c weigh::Weight,
    pub verdict: Option<&'c VerdictRecord>,
}

impl Finding<'_> {
    /// Whether it counts against `check`'s exit code: not once a person has
    /// dismissed or explained it.
    pub fn fails(&self) -> bool {
        self.verdict.is_none_or(|v| v.verdict.still_fails())
    }
}

impl Checked {
    /// The dispute at `index` with its weight and verdict.
    pub fn finding(&self, index: usize) -> Finding<'_> {
        Finding {
            dispute: &self.disputes[index],
            weight: &self.weights[index],
            verdict: self.verdicts[index].as_ref(),
        }
    }

    /// Every dispute with its weight and verdict, most severe first.
    pub fn findings(&self) -> impl Iterator<Item = Finding<'_>> {
        (0..self.disputes.len()).map(|i| self.finding(i))
    }

    /// The dispute whose id is `id`.
    pub fn find(&self, id: &str) -> Option<Finding<'_>> {
        let index = self.disputes.iter().position(|d| d.id == id)?;
        Some(self.finding(index))
    }

    /// The most severe finding that still counts against the exit code (a
    /// dismissed or explained dispute does not), if there is any.
    pub fn worst(&self) -> Option<Severity> {
        self.findings()
            .filter(|f| f.fails())
            .map(|f| f.dispute.severity)
            .max()
    }
}

/// Reads and checks every file of the corpus folder `dir`, and no more: what
/// `claimcheck validate` runs. Never writes anything.
pub fn validate(dir: &Path) -> (Corpus, Vec<Diagnostic>) {
    let loaded = load::load(dir);
    if loaded.corpus.verdicts.is_empty() {
        return (loaded.corpus, loaded.diagnostics);
    }
    // A verdict whose dispute has gone is found only by finding the disputes.
    let checked = check(dir);
    let mut diagnostics = checked.diagnostics;
    let path = dir.join(load::VERDICTS_FILE);
    let text: std::sync::Arc<str> = load::read_text(&path).unwrap_or_else(|_| "".into());
    for stale in &checked.stale_verdicts {
        let meant = stale
            .closest
            .as_deref()
            .map(|id| format!("; did you mean {id}?"))
            .unwrap_or_default();
        let message = format!(
            "the verdict on {} names no dispute of this corpus: the claims changed, or the id is mistyped{meant}",
            stale.id
        );
        let at = text
            .match_indices(&format!("{}:", stale.id))
            .map(|(i, _)| i)
            .find(|i| *i == 0 || text[..*i].ends_with([' ', '\n']));
        let diagnostic = match at {
            Some(offset) => Diagnostic::at(
                &path,
                &text,
                diagnostic::Position::of_offset(&text, offset),
                message,
            ),
            None => Diagnostic::file(&path, message),
        };
        diagnostics.push(diagnostic.expected("the id of a dispute the report shows"));
    }
    (checked.corpus, diagnostics)
}

/// The stages of [`check`], each named when it finishes. Finding near-copies
/// needs only the article texts, so it runs beside normalize, rules and graph
/// and may finish anywhere among them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Load,
    Normalize,
    Rules,
    Graph,
    Copies,
    Weigh,
}

impl Stage {
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load",
            Stage::Normalize => "normalize",
            Stage::Rules => "rules",
            Stage::Graph => "graph",
            Stage::Copies => "copies",
            Stage::Weigh => "weigh",
        }
    }
}

/// Runs the whole pipeline on the corpus folder `dir`. Never writes anything.
pub fn check(dir: &Path) -> Checked {
    check_observed(dir, &|_| {})
}

/// [`check`], calling `finished` as each stage ends (from whichever thread ran
/// it): for timing the stages of the real run, as `examples/stages.rs` does.
pub fn check_observed(dir: &Path, finished: &(dyn Fn(Stage) + Sync)) -> Checked {
    let loaded = load::load(dir);
    finished(Stage::Load);
    let corpus = loaded.corpus;
    let diagnostics = loaded.diagnostics;
    let is_corpus = loaded.is_corpus;
    let (sources, (normalized, judgements, disputes)) = rayon::join(
        || {
            let sources = weigh::Sources::of(&corpus.articles);
            finished(Stage::Copies);
            sources
        },
        || {
            let normalized = normalize::normalize(&corpus);
            finished(Stage::Normalize);
            let judgements = rules::judge(&normalized, &corpus);
            finished(Stage::Rules);
            let disputes = {
                // The graph is needed only to find the disputes.
                let graph = ClaimGraph::build(&corpus, &judgements);
                graph::disputes(&corpus, &normalized, &judgements, &graph)
            };
            finished(Stage::Graph);
            (normalized, judgements, disputes)
        },
    );
    let (verdicts, stale_verdicts) = graph::verdicts::find(&disputes, &corpus.verdicts);
    let weights = weigh::truth::weigh(&disputes, &sources);
    finished(Stage::Weigh);
    Checked {
        corpus,
        normalized,
        judgements,
        disputes,
        weights,
        verdicts,
        sources,
        stale_verdicts,
        diagnostics,
        is_corpus,
    }
}
