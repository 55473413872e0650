//! The Markdown report: a summary table, then each dispute with its sides and the
//! quotes that back them, for pasting into a newsroom's notes or an issue.

use super::contents::Report;
use super::words;
use crate::printable;

pub fn render(report: &Report) -> String {
    let mut out = String::from("# Contradictions report\n\n");
    out.push_str(&report.summary());
    out.push_str(".\n\n");
    out.push_str("| Article | Outlet | Published | Claims | Copy of |\n|---|---|---|---:|---|\n");
    for a in &report.articles {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            cell(&a.id),
            cell(a.outlet.as_deref().unwrap_or("—")),
            cell(a.published.as_deref().unwrap_or("undated")),
            a.claims,
            a.copy_of.as_deref().map_or("—".to_string(), cell)
        ));
    }
    if report.disputes.is_empty() {
        out.push_str(&format!("\n{}\n", words::no_disputes(report)));
        return out;
    }
    out.push_str("\n| Dispute | Severity | Subject | Values | Rule |\n|---|---|---|---|---|\n");
    for d in &report.disputes {
        let values: Vec<String> = d.sides.iter().map(|s| cell(&s.value)).collect();
        out.push_str(&format!(
            "| [{id}](#{id}) | {}{} | {} | {} | `{}` |\n",
            d.severity,
            d.verdict
                .as_ref()
                .map(|v| format!(" ({})", v.verdict))
                .unwrap_or_default(),
            cell(&d.subject),
            values.join(" / "),
            d.rule,
            id = cell(&d.id)
        ));
    }
    for d in &report.disputes {
        out.push_str(&format!(
            "\n## {}\n\n**{}** · {} · {} · `{}`\n\n{}\n\n",
            cell(&d.id),
            d.severity,
            cell(&d.subject),
            cell(&d.predicate),
            d.rule,
            paragraph(&d.reason)
        ));
        if let Some(likely) = &d.likely {
            out.push_str(&format!("{}\n\n", cell(&words::describe_likely(likely))));
        }
        if let Some(v) = &d.verdict {
            out.push_str(&format!("> {}\n\n", cell(&words::describe_verdict(v))));
        }
        out.push_str("| Value | Support | Article | Claim | Quote |\n|---|---:|---|---|---|\n");
        for side in &d.sides {
            if side.claims.is_empty() {
                let labels: Vec<String> = side.articles.iter().map(|a| report.label(a)).collect();
                out.push_str(&format!(
                    "| {} | {} | {} | — | — |\n",
                    cell(&side.value),
                    side.support,
                    cell(&labels.join(", "))
                ));
            }
            for c in &side.claims {
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} |\n",
                    cell(&side.value),
                    side.support,
                    cell(&report.label(&c.article)),
                    cell(&c.claim),
                    cell(&words::quoted(c.quote.as_deref()))
                ));
            }
        }
    }
    if !report.problems.is_empty() {
        out.push_str("\n## Problems\n\n");
        for problem in &report.problems {
            out.push_str(&format!("- {}\n", cell(&words::describe_problem(problem))));
        }
    }
    if !report.notes.is_empty() || !report.stale_verdicts.is_empty() {
        out.push_str("\n## Notes\n\n");
        for stale in &report.stale_verdicts {
            out.push_str(&format!("- {}\n", cell(&words::describe_stale(stale))));
        }
        for note in report.note_lines() {
            out.push_str(&format!("- {}\n", cell(&note)));
        }
    }
    out
}

/// Text from the corpus, safe anywhere on a line of Markdown: inside a table
/// cell (no pipes), on one line (no line breaks, which could start a heading
/// or a list), as text rather than HTML, and with control characters shown
/// as escapes.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in printable::line(&text.replace(['\r', '\n'], " ")).chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
    }
    out
}

/// A paragraph of text from the corpus: [`cell`], and a first character that
/// would open a heading, a quote or a list is escaped.
fn paragraph(text: &str) -> String {
    let text = cell(text);
    match text.chars().next() {
        Some('#' | '-' | '+' | '*' | '=' | '`' | '~') => format!("\\{text}"),
        _ => text,
    }
}
