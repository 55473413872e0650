//! The English of reports: how a verdict, a likely value and a count of
//! sources read in every format.

use super::contents::{LikelyEntry, ProblemEntry, Report, StaleVerdictEntry, VerdictEntry};

/// "verdict: dismissed by A. Editor on 2026-01-20: the outlet corrected itself".
pub fn describe_verdict(v: &VerdictEntry) -> String {
    format!("verdict: {}", verdict_text(v))
}

/// "dismissed by A. Editor on 2026-01-20: the outlet corrected itself".
pub fn verdict_text(v: &VerdictEntry) -> String {
    let mut text = v.verdict.clone();
    if let Some(by) = &v.by {
        text.push_str(&format!(" by {by}"));
    }
    if let Some(date) = &v.date {
        text.push_str(&format!(" on {date}"));
    }
    if let Some(note) = &v.note {
        text.push_str(&format!(": {note}"));
    }
    if !v.new_sides.is_empty() {
        text.push_str(&format!(
            " (a new side appeared since: {})",
            v.new_sides.join(", ")
        ));
    }
    text
}

/// A verdict whose dispute is gone, as one line.
pub fn describe_stale(stale: &StaleVerdictEntry) -> String {
    let meant = stale
        .closest
        .as_deref()
        .map(|id| format!(" (did you mean {id}?)"))
        .unwrap_or_default();
    format!(
        "verdicts.yaml has a verdict ({}) on {}, which this run did not find: the claims changed, or the id is mistyped{meant}",
        stale.verdict.verdict, stale.id
    )
}

/// "likely: US President (2 of 3 independent sources)": the value, and the
/// sources behind it, which a reader weighs more readily than a confidence.
pub fn describe_likely(likely: &LikelyEntry) -> String {
    let (for_it, all) = likely.sources;
    format!(
        "likely: {} ({for_it} of {all} independent sources)",
        likely.value
    )
}

/// "1 source", "3 sources".
pub fn sources(n: usize) -> String {
    format!("{n} source{}", if n == 1 { "" } else { "s" })
}

/// "problem in 002.yaml:12:7: the quote is not in the text (expected …)".
pub fn describe_problem(problem: &ProblemEntry) -> String {
    format!(
        "problem in {}: {}; the report covers what could be read",
        problem.location(),
        problem.message
    )
}

/// What stands for the quote of a claim added by hand with none.
pub const NO_QUOTE: &str = "(no quote: added by hand, implied by the article)";

/// A claim's quote in curly quotes, or [`NO_QUOTE`].
pub fn quoted(quote: Option<&str>) -> String {
    quote.map_or_else(|| NO_QUOTE.to_string(), |q| format!("“{q}”"))
}

/// What a report with no dispute says: that the sources agree only where
/// claims were compared, and otherwise how many stood alone.
pub fn no_disputes(report: &Report) -> String {
    let alone = report.claims.saturating_sub(report.compared);
    match (report.claims, report.compared) {
        (0, _) => "No disputes: there are no claims to compare.".to_string(),
        (_, 0) => format!(
            "No disputes, and nothing compared: no two sources made claims about the same thing ({alone} claim{} stood alone).",
            if alone == 1 { "" } else { "s" }
        ),
        (_, compared) => format!(
            "No disputes: the sources agree where they overlap ({compared} claims compared across sources, {alone} stood alone)."
        ),
    }
}
