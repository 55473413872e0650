//! The JSON report: `DESIGN.md`'s stable schema, pretty-printed, ending in a newline.

use super::Report;

pub fn render(report: &Report) -> String {
    let mut text = serde_json::to_string_pretty(report)
        .expect("the report serializes: it holds only strings and numbers");
    text.push('\n');
    text
}
