//! The JSON report: the stable schema of `docs/DESIGN.md`, pretty-printed, ending in a newline.

use super::contents::{DisputeEntry, Report};

use serde::Serialize;

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

/// Writes the JSON report of `checked` as it is serialized: the same bytes
/// as [`write`] of [`Report::from_checked`], without holding every entry at
/// once. Disputes are built and serialized a batch at a time, in parallel,
/// each into its own text, and written in order: at a million claims the
/// report is 233 MB, and one thread writing it was the longest stage left
/// with the other core idle.
pub fn write_checked(checked: &Checked, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    use rayon::prelude::*;
    /// Disputes built and serialized together before they are written.
    const BATCH: usize = 1024;
    let head = Report::head(checked, false);
    // The fields of [`Report`], in its order, laid out as serde_json's pretty
    // printer lays them out: each on its own line, two spaces in.
    let mut object = Object::new(out)?;
    object.field("version", &head.version)?;
    object.field("articles", &head.articles)?;
    object.field("claims", &head.claims)?;
    let out = object.key("disputes")?;
    if checked.disputes.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[")?;
        let indices: Vec<usize> = (0..checked.disputes.len()).collect();
        for (batch, indices) in indices.chunks(BATCH).enumerate() {
            let texts: Vec<Vec<u8>> = indices
                .par_iter()
                .map(|i| {
                    pretty(
                        &DisputeEntry::of(&checked.finding(*i), checked, false),
                        b"    ",
                    )
                })
                .collect();
            for (i, text) in texts.iter().enumerate() {
                out.write_all(if batch == 0 && i == 0 {
                    b"\n    "
                } else {
                    b",\n    "
                })?;
                out.write_all(text)?;
            }
        }
        out.write_all(b"\n  ]")?;
    }
    object.field("unreviewed", &head.unreviewed)?;
    object.field("agreements", &head.agreements)?;
    object.field("notes", &head.notes)?;
    if !head.stale_verdicts.is_empty() {
        object.field("stale_verdicts", &head.stale_verdicts)?;
    }
    if !head.problems.is_empty() {
        object.field("problems", &head.problems)?;
    }
    object.end()?;
    object.out.write_all(b"\n")
}

/// A JSON object written field by field at the top level of a document.
struct Object<'w> {
    out: &'w mut dyn std::io::Write,
    fields: usize,
}

impl<'w> Object<'w> {
    fn new(out: &'w mut dyn std::io::Write) -> std::io::Result<Self> {
        out.write_all(b"{")?;
        Ok(Object { out, fields: 0 })
    }

    /// Starts the field `name`, and gives where its value goes.
    fn key(&mut self, name: &str) -> std::io::Result<&mut dyn std::io::Write> {
        let separator: &[u8] = if self.fields == 0 { b"\n  " } else { b",\n  " };
        self.fields += 1;
        self.out.write_all(separator)?;
        serde_json::to_writer(&mut *self.out, name)?;
        self.out.write_all(b": ")?;
        Ok(&mut *self.out)
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) -> std::io::Result<()> {
        let text = pretty(value, b"  ");
        self.key(name)?.write_all(&text)
    }

    fn end(&mut self) -> std::io::Result<()> {
        self.out
            .write_all(if self.fields == 0 { b"}" } else { b"\n}" })
    }
}

/// `value` as serde_json's pretty printer writes it, each line after the first
/// indented by `indent` more, as it stands inside the report. Strings in JSON
/// hold no raw line breaks, so every one is the printer's.
fn pretty<T: Serialize + ?Sized>(value: &T, indent: &[u8]) -> Vec<u8> {
    let text = serde_json::to_vec_pretty(value)
        .expect("the report serializes: it holds only strings and numbers");
    let lines = text.iter().filter(|b| **b == b'\n').count();
    let mut out = Vec::with_capacity(text.len() + lines * indent.len());
    for (i, line) in text.split(|b| *b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent);
        }
        out.extend_from_slice(line);
    }
    out
}
