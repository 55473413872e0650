//! Gold files: the claims a careful reader pulls from each article, in the
//! project's own format, for measuring extraction.
//!
//! ```yaml
//! events: [port-talks]            # subjects that are meetings (matched by quote, not by id)
//! articles:
//!   baltic-wire:
//!     published: 2026-04-10       # also what `extract` is measured with
//!     outlet: Baltic Wire
//!     claims:
//!       - {subject: port-talks, predicate: venue, object: Gdansk, quote: "held in Gdansk on Monday"}
//! ```

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldFile {
    /// Subjects that name meetings: their ids are the reader's own.
    #[serde(default)]
    pub events: Vec<String>,
    pub articles: BTreeMap<String, GoldArticle>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldArticle {
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub outlet: Option<String>,
    pub claims: Vec<GoldClaim>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldClaim {
    pub subject: String,
    pub predicate: String,
    #[serde(deserialize_with = "text")]
    pub object: String,
    pub quote: String,
}

fn text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    use serde::de::Error;
    match serde_yaml::Value::deserialize(deserializer)? {
        serde_yaml::Value::String(s) => Ok(s),
        serde_yaml::Value::Number(n) => Ok(n.to_string()),
        _ => Err(D::Error::custom("expected the object as text or a number")),
    }
}

/// Reads and checks a gold file: every problem names its line and column.
pub fn read(path: &std::path::Path) -> Result<GoldFile, crate::diagnostic::Diagnostic> {
    let text = crate::load::read_text(path)?;
    crate::load::yaml::parse(
        path,
        &text,
        "a gold file: `articles:` with each article's claims",
    )
}
