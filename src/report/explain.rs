//! `claimcheck explain ID`: the whole story of one dispute, for a person deciding
//! on it: each side's claims in their sentences, when each source said it, the
//! rule and its reason, how the sources weigh, and the verdict so far.

use super::contents::VerdictEntry;
use super::words;
use crate::printable;

use std::fmt::Write as _;

use crate::corpus::Article;
use crate::{Checked, Finding};

/// The story of the dispute `id`, or `None` if the corpus has no such dispute.
pub fn render(checked: &Checked, id: &str) -> Option<String> {
    let finding = checked.find(id)?;
    let dispute = finding.dispute;
    let corpus = &checked.corpus;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} · {} · {} ({}) · rule {}\n",
        dispute.id, dispute.severity, dispute.subject, dispute.predicate, dispute.rule
    );
    let _ = writeln!(out, "{}\n", dispute.reason);

    for (n, (side, &support)) in dispute
        .sides
        .iter()
        .zip(&finding.weight.support)
        .enumerate()
    {
        let _ = writeln!(
            out,
            "Side {}: \"{}\" ({} source{}, {} article{})",
            n + 1,
            side.value,
            support,
            if support == 1 { "" } else { "s" },
            side.articles.len(),
            if side.articles.len() == 1 { "" } else { "s" },
        );
        let places: Vec<(usize, Option<[usize; 2]>, String)> = if side.claims.is_empty() {
            side.mentions
                .iter()
                .map(|(a, (s, e))| (*a, Some([*s, *e]), String::new()))
                .collect()
        } else {
            side.claims
                .iter()
                .map(|c| {
                    let claim = &corpus.claims[*c];
                    let r = &claim.record;
                    let status = format!("{:?}", r.status).to_lowercase();
                    (
                        claim.article,
                        r.span,
                        format!(", claim {} ({status}, by {})", r.id, r.by),
                    )
                })
                .collect()
        };
        for (article, span, about) in places {
            let a = &corpus.articles[article];
            let when = a
                .published
                .map_or("undated".to_string(), |d| format!("published {d}"));
            let outlet = a.outlet.as_deref().unwrap_or("outlet unknown");
            let copy = checked
                .sources
                .copy_of(article)
                .map(|c| format!(", a copy of {}", corpus.articles[c].label))
                .unwrap_or_default();
            let _ = writeln!(out, "  {} ({outlet}, {when}{copy}){about}:", a.label);
            let shown = match span {
                Some(span) => in_sentence(a, span),
                None => "(no quote: added by hand, implied by the article)".to_string(),
            };
            let _ = writeln!(out, "    {shown}");
        }
        out.push('\n');
    }

    if dispute.conflicts.len() > 1 {
        let _ = writeln!(out, "Conflicts between sides:");
        for c in &dispute.conflicts {
            let _ = writeln!(
                out,
                "  {} and {}: {} ({}): {}",
                c.sides.0 + 1,
                c.sides.1 + 1,
                c.rule,
                c.severity,
                c.reason(&dispute.sides)
            );
        }
        out.push('\n');
    }
    if let Some(likely) = &finding.weight.likely {
        let _ = writeln!(
            out,
            "Likely: \"{}\", confidence {:.2} (agreement among independent sources, each weighted by how reliable it has proved across all disputes)\n",
            likely.value, likely.confidence
        );
    }
    out.push_str(&verdict(&finding));
    Some(printable::lines(&out).into_owned())
}

/// The sentence of `article` that holds `span`, on one line, the quote marked
/// «like this».
fn in_sentence(article: &Article, span: [usize; 2]) -> String {
    match article.quote_in_sentence(span) {
        Some((before, quote, after)) => format!("{before}«{quote}»{after}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        None => {
            let (start, end) = article.sentence_around(span);
            article.text[start..end].to_string()
        }
    }
}

fn verdict(finding: &Finding) -> String {
    match finding.verdict {
        Some(v) => format!("Verdict: {}\n", words::verdict_text(&VerdictEntry::of(v))),
        None => {
            let sides: Vec<String> = finding
                .dispute
                .sides
                .iter()
                .map(|s| format!("{:?}", s.value))
                .collect();
            format!(
                "Verdict: none yet. To record one, add to verdicts.yaml in the corpus folder:\n\n  verdicts:\n    {}:\n      verdict: confirmed   # or dismissed, explained\n      note: what you found\n      sides: [{}]   # the values you judged; a new one is reported\n",
                finding.dispute.id,
                sides.join(", ")
            )
        }
    }
}
