//! The corpus once it has been read and checked: the value the load stage hands on.

use std::path::PathBuf;

use jiff::civil::Date;

use crate::load::entities::EntityRecord;
use crate::load::files::{ClaimRecord, EventRecord, Status};
use crate::load::policy::Policies;

/// Everything in one corpus folder that could be read.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Articles in id order.
    pub articles: Vec<Article>,
    /// Claims in article order, then in the order of their file.
    pub claims: Vec<Claim>,
    pub entities: Vec<EntityRecord>,
    pub policies: Policies,
}

/// One article: its text and what its claims file (or front matter) says about it.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    /// The text file, relative to the corpus folder.
    pub text_path: PathBuf,
    /// The claims file, relative to the corpus folder, when there is one.
    pub claims_path: Option<PathBuf>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: String,
    pub events: Vec<EventRecord>,
}

impl Article {
    /// A short name for sentences and tables: the outlet when known, otherwise the
    /// id's leading number (`001` of `001_94d8…`), otherwise the id.
    pub fn label(&self) -> String {
        label(&self.id, self.outlet.as_deref())
    }
}

/// An article's short name, from its id and outlet (see [`Article::label`]).
pub fn label(id: &str, outlet: Option<&str>) -> String {
    if let Some(outlet) = outlet {
        return outlet.to_string();
    }
    match id.split_once('_') {
        Some((head, _)) if !head.is_empty() && head.chars().all(|c| c.is_ascii_digit()) => head.to_string(),
        _ => id.to_string(),
    }
}

/// One claim, with the index of the article it was read from.
#[derive(Debug, Clone)]
pub struct Claim {
    pub article: usize,
    pub record: ClaimRecord,
}

impl Claim {
    /// Whether the checker should consider this claim (rejected claims are kept, not used).
    pub fn is_live(&self) -> bool {
        self.record.status != Status::Rejected
    }
}
