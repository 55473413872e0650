//! The claims file as it is written on disk, field for field.
//!
//! These types mirror `DESIGN.md`'s claims-file format. They are what serde reads;
//! the loader then checks them against the article text and turns them into
//! [`crate::corpus`] values. Unknown fields are refused so that a misspelt key is
//! reported instead of silently ignored.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::intern::Interned;

/// One `NAME.yaml` file: an article header and the claims read from it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimsFile {
    pub article: ArticleHeader,
    /// Meetings this article mentions, so a reader of the file knows what the ids mean.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<EventRecord>,
    #[serde(default)]
    pub claims: Vec<ClaimRecord>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ArticleHeader {
    /// Defaults to the file stem.
    #[serde(default)]
    pub id: Option<String>,
    /// Path of the article text, relative to the corpus folder.
    pub text: String,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    /// sha256 of the text the spans point into.
    #[serde(default)]
    pub sha256: Option<String>,
}

/// A meeting the article reports: its id and, for a reader, what it is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: String,
    #[serde(default)]
    pub what: Option<String>,
    /// `hand` (the default) when a person named the meeting; `rule:NAME` when
    /// extraction made the id up. Made-up ids are matched across articles by time
    /// and participants; a person's ids are matched as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

impl EventRecord {
    /// Whether extraction made this id up (rather than a person naming the meeting).
    pub fn is_made_up(&self) -> bool {
        self.by.as_deref().is_some_and(|b| b.starts_with("rule:"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: Interned,
    pub subject: Interned,
    pub predicate: Interned,
    #[serde(deserialize_with = "scalar_text")]
    #[schemars(with = "ScalarText")]
    pub object: Interned,
    pub quote: String,
    pub span: [usize; 2],
    #[serde(default)]
    pub event: Option<Interned>,
    #[serde(default)]
    pub valid: Option<Validity>,
    #[serde(default)]
    pub hedge: Option<Interned>,
    pub status: Status,
    pub by: Interned,
    #[serde(default)]
    pub note: Option<String>,
}

/// An explicit time during which a claim holds; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
}

/// Where a claim stands in a person's review.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unreviewed,
    Confirmed,
    Rejected,
}

/// What the schema allows for an object: text, or a number, date or yes/no
/// written bare, which is read as the text it is written as.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ScalarText {
    Text(String),
    Number(f64),
    Bool(bool),
}

/// Objects are text, but a person writing `object: 58000` or `object: 2025-12-19`
/// means the text of that scalar, not a number or a date to be re-formatted.
fn scalar_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Interned, D::Error> {
    use serde::de::Error;
    match serde_yaml::Value::deserialize(deserializer)? {
        serde_yaml::Value::String(s) => Ok(Interned::new(&s)),
        serde_yaml::Value::Number(n) => Ok(Interned::new(&n.to_string())),
        serde_yaml::Value::Bool(b) => Ok(Interned::new(&b.to_string())),
        _ => Err(D::Error::custom(
            "invalid type: expected the object as text or a number",
        )),
    }
}
