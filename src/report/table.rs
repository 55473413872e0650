//! The terminal table: one row per dispute, most severe first.

use super::contents::Report;
use super::options::RenderOptions;
use super::words;
use crate::printable;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width};

use crate::rules::Severity;

pub fn render(report: &Report, options: RenderOptions) -> String {
    let mut out = String::new();
    if report.disputes.is_empty() {
        out.push_str(&words::no_disputes(report));
        out.push('\n');
    } else {
        let mut table = Table::new();
        table.load_style(UTF8_FULL_CONDENSED);
        if options.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        match options.width {
            Some(width) => {
                table.set_content_arrangement(ContentArrangement::DynamicFullWidth);
                table.set_width(width);
            }
            None => {
                table.set_content_arrangement(ContentArrangement::Dynamic);
            }
        }
        let header = ["Dispute", "Severity", "Subject", "Sides", "Why"];
        table.set_header(
            header
                .iter()
                .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
        );
        // The reason is the longest cell and the one a person reads: give it room.
        table.set_constraints(vec![
            ColumnConstraint::ContentWidth,
            ColumnConstraint::ContentWidth,
            ColumnConstraint::UpperBoundary(Width::Percentage(18)),
            ColumnConstraint::UpperBoundary(Width::Percentage(25)),
            ColumnConstraint::LowerBoundary(Width::Percentage(40)),
        ]);
        for d in &report.disputes {
            let sides = d
                .sides
                .iter()
                .map(|s| {
                    let labels: Vec<String> = s.articles.iter().map(|a| report.label(a)).collect();
                    format!(
                        "{} — {} ({})",
                        s.value,
                        labels.join(", "),
                        words::sources(s.support)
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            let severity = safe_cell(match &d.verdict {
                Some(v) => format!("{}\n({})", d.severity, v.verdict),
                None => d.severity.to_string(),
            });
            let severity = if options.color {
                match d.severity {
                    Severity::Contradiction => {
                        severity.fg(Color::Red).add_attribute(Attribute::Bold)
                    }
                    Severity::Warning => severity.fg(Color::Yellow),
                    Severity::Variant => severity.fg(Color::Cyan),
                }
            } else {
                severity
            };
            let mut why = format!("{}\n[{}]", d.reason, d.rule);
            if let Some(likely) = &d.likely {
                why.push_str(&format!("\n{}", words::describe_likely(likely)));
            }
            if let Some(v) = &d.verdict {
                why.push_str(&format!("\n{}", words::describe_verdict(v)));
            }
            table.add_row(vec![
                safe_cell(&d.id),
                severity,
                safe_cell(format!("{}\n({})", d.subject, d.predicate)),
                safe_cell(sides),
                safe_cell(why),
            ]);
        }
        out.push_str(&table.to_string());
        out.push('\n');
    }
    let mut lines: Vec<String> = Vec::new();
    for problem in &report.problems {
        lines.push(format!("error: {}", words::describe_problem(problem)));
    }
    for stale in &report.stale_verdicts {
        lines.push(format!("note: {}", words::describe_stale(stale)));
    }
    for note in report.note_lines() {
        lines.push(format!("note: {note}"));
    }
    lines.push(report.summary());
    for line in lines {
        out.push_str(&printable::line(&line));
        out.push('\n');
    }
    out
}

/// A cell of what the corpus says, shown safe for a terminal: its own line
/// breaks kept, every other control character an escape.
fn safe_cell(text: impl AsRef<str>) -> Cell {
    Cell::new(printable::lines(text.as_ref()))
}
