//! The claims file as it is written on disk, field for field.
//!
//! These types mirror the claims-file format of `docs/DESIGN.md`. They are what serde reads;
//! the loader then checks them against the article text and turns them into
//! [`crate::corpus`] values. The claims and events themselves are corpus types
//! ([`crate::corpus::claim`]). Unknown fields are refused so that a misspelt key is
//! reported instead of silently ignored.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::corpus::claim::{ClaimRecord, EventRecord};

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
