//! The JSON report: `DESIGN.md`'s stable schema, pretty-printed, ending in a newline.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{DisputeEntry, Report};
use crate::Checked;

pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report)
        .expect("the report serializes: it holds only strings and numbers");
    text.push('\n');
    text
}

/// The same text as [`render`], written to `out` as it is serialized.
pub fn write(report: &Report, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    out.write_all(b"\n")
}

/// Writes the JSON report of `checked` as it is serialized, building each
/// dispute's entry only when its turn comes: the same bytes as
/// [`write`] of [`Report::from_checked`], without holding every entry at once.
pub fn write_checked(checked: &Checked, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let head = Report::head(checked, false);
    serde_json::to_writer_pretty(
        &mut *out,
        &Streamed {
            head: &head,
            checked,
        },
    )?;
    out.write_all(b"\n")
}

/// A report whose disputes are built as they are written.
struct Streamed<'a> {
    /// The report without its disputes.
    head: &'a Report,
    checked: &'a Checked,
}

impl Serialize for Streamed<'_> {
    /// The fields of [`Report`], in its order.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let r = self.head;
        let mut report = serializer.serialize_struct("Report", 8)?;
        report.serialize_field("version", &r.version)?;
        report.serialize_field("articles", &r.articles)?;
        report.serialize_field("claims", &r.claims)?;
        report.serialize_field("disputes", &Disputes(self.checked))?;
        report.serialize_field("unreviewed", &r.unreviewed)?;
        report.serialize_field("agreements", &r.agreements)?;
        report.serialize_field("notes", &r.notes)?;
        if r.stale_verdicts.is_empty() {
            report.skip_field("stale_verdicts")?;
        } else {
            report.serialize_field("stale_verdicts", &r.stale_verdicts)?;
        }
        report.end()
    }
}

struct Disputes<'a>(&'a Checked);

impl Serialize for Disputes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let checked = self.0;
        serializer.collect_seq(
            checked
                .disputes
                .iter()
                .map(|d| DisputeEntry::of(d, checked, false)),
        )
    }
}
