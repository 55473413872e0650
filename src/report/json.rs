//! The JSON report: `DESIGN.md`'s stable schema, pretty-printed, ending in a newline.

use super::Report;

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
