//! The output formats of `check`, and how each is written.

use super::contents::Report;
use super::options::RenderOptions;
use super::{dot, html, json, markdown, table};
use crate::Checked;

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Markdown,
    Json,
    Dot,
    Html,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 5] = [
        Format::Table,
        Format::Markdown,
        Format::Json,
        Format::Dot,
        Format::Html,
    ];

    /// The name `check --format` gives it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Markdown => "markdown",
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Html => "html",
        }
    }

    /// Writes the report to `out` as it renders: JSON is streamed, the others
    /// are small enough to build first.
    pub fn write(
        self,
        report: &Report,
        options: RenderOptions,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        match self {
            Format::Json => json::write(report, out),
            _ => out.write_all(self.render(report, options).as_bytes()),
        }
    }

    /// Whether the format shows what only [`Report::with_graph`] builds: the
    /// edges between claims and each quote's sentence.
    pub fn needs_graph(self) -> bool {
        matches!(self, Format::Dot | Format::Html)
    }

    /// Writes the report of what `check` found, building what this format needs:
    /// the JSON report is written dispute by dispute, never held whole.
    pub fn write_checked(
        self,
        checked: &Checked,
        options: RenderOptions,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        match self {
            Format::Json => json::write_checked(checked, out),
            _ if self.needs_graph() => self.write(&Report::with_graph(checked), options, out),
            _ => self.write(&Report::from_checked(checked), options, out),
        }
    }

    pub fn render(self, report: &Report, options: RenderOptions) -> String {
        match self {
            Format::Table => table::render(report, options),
            Format::Markdown => markdown::render(report),
            Format::Json => json::render(report),
            Format::Dot => dot::render(report),
            Format::Html => html::render(report),
        }
    }
}
