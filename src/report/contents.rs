//! What a report holds: [`Report`] is the JSON schema of `docs/DESIGN.md`;
//! every format renders from it, so they never disagree.

use serde::Serialize;

use crate::rules::Severity;
use crate::{Checked, Finding};

/// The contradictions report (the JSON schema, version 1).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub version: u32,
    pub articles: Vec<ArticleEntry>,
    /// Claims checked (rejected claims are not counted).
    pub claims: usize,
    pub disputes: Vec<DisputeEntry>,
    /// Claims not yet reviewed by a person: the report rests on them too.
    pub unreviewed: usize,
    /// Pairs of claims from different sources that agree.
    pub agreements: usize,
    /// Claims compared with a claim of another article.
    #[serde(skip)]
    pub compared: usize,
    /// What could not be used as written (an undated article, an unreadable date).
    pub notes: Vec<NoteEntry>,
    /// Verdicts in `verdicts.yaml` whose dispute is gone: the claims changed, or
    /// the id is mistyped. Kept in the file, reported here.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stale_verdicts: Vec<StaleVerdictEntry>,
    /// Problems with the input: a claims file with one is left out of the
    /// report, and the report says so.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<ProblemEntry>,
    /// Conflict and agreement edges between claims, for the graph formats.
    #[serde(skip)]
    pub edges: Vec<EdgeEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ArticleEntry {
    pub id: String,
    /// The article's short name in reasons and tables.
    #[serde(skip)]
    pub label: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub claims: usize,
    /// The earlier article this one's text is a near-copy of: one source, not two.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_of: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DisputeEntry {
    pub id: String,
    pub kind: String,
    pub severity: Severity,
    pub subject: String,
    pub predicate: String,
    pub rule: String,
    pub reason: String,
    pub sides: Vec<SideEntry>,
    /// The pairs of sides that conflict (indices into `sides`), each with its rule,
    /// severity and reason; empty for spelling variants.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<ConflictEntry>,
    /// What a person decided, from `verdicts.yaml`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<VerdictEntry>,
    /// The value the sources most credibly support, for disputes between values.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub likely: Option<LikelyEntry>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LikelyEntry {
    pub value: String,
    /// The independent sources that give it, and those of every side.
    #[serde(skip)]
    pub sources: (usize, usize),
    /// 0.0–1.0: its share of the credibility of all sides.
    pub confidence: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct VerdictEntry {
    /// `confirmed`, `dismissed` or `explained`.
    pub verdict: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The values of sides that appeared since the verdict was given: the
    /// verdict still applies, but a person may want to look again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub new_sides: Vec<String>,
}

/// A problem with one file of the corpus.
#[derive(Debug, Clone, Serialize)]
pub struct ProblemEntry {
    /// The file, relative to the corpus folder.
    pub file: String,
    /// Where in the file, when known.
    pub position: Option<PositionEntry>,
    pub message: String,
}

#[derive(Debug, Clone, Copy, Serialize)]
pub struct PositionEntry {
    pub line: usize,
    pub column: usize,
}

impl ProblemEntry {
    fn of(diagnostic: &crate::diagnostic::Diagnostic, corpus: &crate::corpus::Corpus) -> Self {
        let file = diagnostic
            .path
            .strip_prefix(&corpus.dir)
            .unwrap_or(&diagnostic.path);
        let mut message =
            crate::printable::values_shortened(&diagnostic.message, crate::diagnostic::VALUE_CHARS)
                .into_owned();
        if let Some(expected) = &diagnostic.expected {
            message.push_str(&format!(" (expected {expected})"));
        }
        ProblemEntry {
            file: file.display().to_string(),
            position: diagnostic.position.map(|p| PositionEntry {
                line: p.line,
                column: p.column,
            }),
            message,
        }
    }

    /// `file:line:column`, or the file.
    pub fn location(&self) -> String {
        match self.position {
            Some(p) => format!("{}:{}:{}", self.file, p.line, p.column),
            None => self.file.clone(),
        }
    }
}

/// A verdict whose dispute this run did not find.
#[derive(Debug, Clone, Serialize)]
pub struct StaleVerdictEntry {
    pub id: String,
    #[serde(flatten)]
    pub verdict: VerdictEntry,
    /// The dispute it was probably meant for.
    #[serde(skip)]
    pub closest: Option<String>,
}

impl VerdictEntry {
    pub(crate) fn of(record: &crate::corpus::verdict::VerdictRecord) -> VerdictEntry {
        VerdictEntry {
            verdict: record.verdict.as_str().to_string(),
            note: record.note.clone(),
            by: record.by.clone(),
            date: record.date.map(|d| d.to_string()),
            new_sides: Vec::new(),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ConflictEntry {
    pub sides: [usize; 2],
    pub rule: String,
    pub severity: Severity,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SideEntry {
    pub value: String,
    pub claims: Vec<ClaimRef>,
    /// The articles on this side (for a variant: every article that uses the form).
    pub articles: Vec<String>,
    /// Independent sources on this side: near-copies of one text count once.
    pub support: usize,
    /// For a variant: every place the form is written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<MentionRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ClaimRef {
    pub article: String,
    pub claim: String,
    /// `null` for a claim added by hand that the article implies.
    pub quote: Option<String>,
    pub span: Option<[usize; 2]>,
    /// "subject · predicate: object", for the graph formats.
    #[serde(skip)]
    pub summary: String,
    /// The text of the quote's sentence before and after it, for the page formats.
    #[serde(skip)]
    pub context: Option<(String, String)>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MentionRef {
    pub article: String,
    pub span: [usize; 2],
}

#[derive(Debug, Clone, Serialize)]
pub struct NoteEntry {
    pub article: String,
    pub claim: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone)]
pub struct EdgeEntry {
    pub a: ClaimRef,
    pub b: ClaimRef,
    /// The rule's code, for a conflict; `None` for an agreement.
    pub rule: Option<String>,
    pub severity: Option<Severity>,
}

impl Report {
    /// The report of what `check` found.
    pub fn from_checked(checked: &Checked) -> Report {
        Report::build(checked, false)
    }

    /// The report with every conflict and agreement edge between claims and
    /// each quote's sentence, which only the graph and page formats show.
    pub fn with_graph(checked: &Checked) -> Report {
        Report::build(checked, true)
    }

    fn build(checked: &Checked, graph: bool) -> Report {
        let mut report = Report::head(checked, graph);
        report.disputes = checked
            .findings()
            .map(|f| DisputeEntry::of(&f, checked, graph))
            .collect();
        report
    }

    /// Everything but the disputes, which [`DisputeEntry::of`] builds one at a time.
    pub(crate) fn head(checked: &Checked, graph: bool) -> Report {
        let corpus = &checked.corpus;
        let notes = checked
            .normalized
            .notes
            .iter()
            .map(|n| NoteEntry {
                article: corpus.articles[n.article].id.clone(),
                claim: n.claim.clone(),
                message: n.message.clone(),
            })
            .collect();
        let agreements = checked
            .judgements
            .edges
            .iter()
            .filter(|e| matches!(e.kind, crate::rules::EdgeKind::Agrees))
            .count();
        Report {
            version: 1,
            articles: article_entries(checked),
            claims: corpus.claims.iter().filter(|c| c.is_live()).count(),
            disputes: Vec::new(),
            unreviewed: corpus
                .claims
                .iter()
                .filter(|c| c.record.status == crate::corpus::claim::Status::Unreviewed)
                .count(),
            agreements,
            compared: checked.judgements.compared,
            notes,
            stale_verdicts: checked
                .stale_verdicts
                .iter()
                .map(|s| StaleVerdictEntry {
                    id: s.id.clone(),
                    verdict: VerdictEntry::of(&s.record),
                    closest: s.closest.clone(),
                })
                .collect(),
            problems: checked
                .diagnostics
                .iter()
                .filter(|d| !d.is_note)
                .map(|d| ProblemEntry::of(d, corpus))
                .collect(),
            edges: if graph {
                edge_entries(checked)
            } else {
                Vec::new()
            },
        }
    }

    /// How many disputes of a severity the report holds.
    pub fn count(&self, severity: Severity) -> usize {
        self.disputes
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    /// "4 articles, 54 claims: 1 contradiction, 0 warnings, 4 spelling variants; 12 agreements".
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut text = format!(
            "{}, {}: {}, {}, {}; {} between sources",
            plural(self.articles.len(), "article", "articles"),
            plural(self.claims, "claim", "claims"),
            plural(
                self.count(Severity::Contradiction),
                "contradiction",
                "contradictions"
            ),
            plural(self.count(Severity::Warning), "warning", "warnings"),
            plural(
                self.count(Severity::Variant),
                "spelling variant",
                "spelling variants"
            ),
            plural(self.agreements, "agreement", "agreements"),
        );
        if self.unreviewed > 0 {
            text.push_str(&format!(
                " ({} not yet reviewed)",
                plural(self.unreviewed, "claim", "claims")
            ));
        }
        text
    }

    /// A note as one line: "003 c4: \"when pigs fly\" is not a date phrase …".
    /// The notes as lines: one note on several articles (no published date)
    /// said once, naming them all.
    pub fn note_lines(&self) -> Vec<String> {
        let mut lines: Vec<(String, Vec<String>)> = Vec::new();
        for note in &self.notes {
            if note.claim.is_some() {
                lines.push((self.describe(note), Vec::new()));
                continue;
            }
            match lines
                .iter_mut()
                .find(|(m, many)| !many.is_empty() && *m == note.message)
            {
                Some((_, many)) => many.push(self.label(&note.article)),
                None => lines.push((note.message.clone(), vec![self.label(&note.article)])),
            }
        }
        lines
            .into_iter()
            .map(|(message, articles)| match articles.len() {
                0 => message,
                1 => format!("{}: {message}", articles[0]),
                n => format!("{n} articles ({}): {message}", articles.join(", ")),
            })
            .collect()
    }

    pub fn describe(&self, note: &NoteEntry) -> String {
        let claim = note
            .claim
            .as_deref()
            .map(|c| format!(" {c}"))
            .unwrap_or_default();
        format!("{}{claim}: {}", self.label(&note.article), note.message)
    }

    /// Short label of an article id, as the reasons use it.
    pub fn label(&self, article: &str) -> String {
        self.articles
            .iter()
            .find(|a| a.id == article)
            .map_or_else(|| article.to_string(), |a| a.label.clone())
    }
}

/// The values of a dispute's sides that appeared after its verdict was
/// given: those not among the values the verdict recorded, or, where it
/// recorded none, those whose articles all appeared after its date.
fn new_sides(
    dispute: &crate::graph::Dispute,
    verdict: &crate::corpus::verdict::VerdictRecord,
    corpus: &crate::corpus::Corpus,
) -> Vec<String> {
    dispute
        .sides
        .iter()
        .filter(|side| {
            if !verdict.sides.is_empty() {
                return !verdict.sides.contains(&side.value);
            }
            let Some(given) = verdict.date else {
                return false;
            };
            side.articles
                .iter()
                .all(|a| corpus.articles[*a].published.is_some_and(|p| p > given))
        })
        .map(|side| side.value.clone())
        .collect()
}

/// Each article with its live claims and the article it is a copy of.
fn article_entries(checked: &Checked) -> Vec<ArticleEntry> {
    let corpus = &checked.corpus;
    let mut live = vec![0usize; corpus.articles.len()];
    for c in corpus.claims.iter().filter(|c| c.is_live()) {
        live[c.article] += 1;
    }
    corpus
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| ArticleEntry {
            id: a.id.clone(),
            label: a.label.clone(),
            outlet: a.outlet.clone(),
            published: a.published.map(|d| d.to_string()),
            claims: live[i],
            copy_of: checked
                .sources
                .copy_of(i)
                .map(|c| corpus.articles[c].id.clone()),
        })
        .collect()
}

/// Every edge the rules found, for the graph formats, each claim in its
/// quote's sentence, in the order of their claims.
fn edge_entries(checked: &Checked) -> Vec<EdgeEntry> {
    let claim_ref = |index: usize| ClaimRef::of(index, checked, true);
    let mut edges: Vec<EdgeEntry> = checked
        .judgements
        .edges
        .iter()
        .map(|e| {
            let (rule, severity) = match &e.kind {
                crate::rules::EdgeKind::Agrees => (None, None),
                crate::rules::EdgeKind::Conflict { code, severity } => {
                    (Some(code.to_string()), Some(*severity))
                }
            };
            EdgeEntry {
                a: claim_ref(e.claims().0.min(e.claims().1)),
                b: claim_ref(e.claims().0.max(e.claims().1)),
                rule,
                severity,
            }
        })
        .collect();
    edges.sort_by(|x, y| {
        (&x.a.article, &x.a.claim, &x.b.article, &x.b.claim).cmp(&(
            &y.a.article,
            &y.a.claim,
            &y.b.article,
            &y.b.claim,
        ))
    });
    edges
}

impl DisputeEntry {
    /// One dispute as the report shows it, with its weight and verdict.
    pub(crate) fn of(finding: &Finding, checked: &Checked, graph: bool) -> DisputeEntry {
        let corpus = &checked.corpus;
        let d = finding.dispute;
        DisputeEntry {
            id: d.id.clone(),
            kind: d.kind.clone(),
            severity: d.severity,
            subject: d.subject.clone(),
            predicate: d.predicate.clone(),
            rule: d.rule.to_string(),
            reason: d.reason.clone(),
            sides: d
                .sides
                .iter()
                .zip(&finding.weight.support)
                .map(|(s, &support)| SideEntry {
                    value: s.value.clone(),
                    claims: s
                        .claims
                        .iter()
                        .map(|c| ClaimRef::of(*c, checked, graph))
                        .collect(),
                    articles: s
                        .articles
                        .iter()
                        .map(|a| corpus.articles[*a].id.clone())
                        .collect(),
                    support,
                    mentions: s
                        .mentions
                        .iter()
                        .map(|(a, (start, end))| MentionRef {
                            article: corpus.articles[*a].id.clone(),
                            span: [*start, *end],
                        })
                        .collect(),
                })
                .collect(),
            conflicts: d
                .conflicts
                .iter()
                .map(|c| ConflictEntry {
                    sides: [c.sides.0, c.sides.1],
                    rule: c.rule.to_string(),
                    severity: c.severity,
                    reason: c.reason(&d.sides),
                })
                .collect(),
            verdict: finding.verdict.map(|v| {
                let mut entry = VerdictEntry::of(v);
                entry.new_sides = new_sides(d, v, corpus);
                entry
            }),
            likely: finding.weight.likely.as_ref().map(|l| LikelyEntry {
                value: l.value.clone(),
                sources: (
                    finding.weight.support[l.side],
                    finding.weight.support.iter().sum(),
                ),
                confidence: l.confidence,
            }),
        }
    }
}

impl ClaimRef {
    /// Claim `index` as the report shows it; with `graph`, also what the graph
    /// and page formats need (a summary, the quote's sentence).
    fn of(index: usize, checked: &Checked, graph: bool) -> ClaimRef {
        let corpus = &checked.corpus;
        let claim = &corpus.claims[index];
        ClaimRef {
            article: corpus.articles[claim.article].id.clone(),
            claim: claim.record.id.to_string(),
            quote: claim.record.quote.clone(),
            span: claim.record.span,
            context: graph.then(|| {
                claim
                    .record
                    .span
                    .and_then(|span| corpus.articles[claim.article].quote_in_sentence(span))
                    .map_or_else(Default::default, |(before, _, after)| {
                        (before.to_string(), after.to_string())
                    })
            }),
            summary: if graph {
                format!(
                    "{} · {}: {}",
                    claim.record.subject, claim.record.predicate, claim.record.object
                )
            } else {
                String::new()
            },
        }
    }
}
