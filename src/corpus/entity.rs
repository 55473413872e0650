//! The people, organisations and places a corpus talks about, as
//! `entities.yaml` describes them: a canonical name, aliases, what a place lies
//! in, and the offices a person held.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntityRecord {
    pub name: String,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// For places: the larger place this one lies in.
    #[serde(default)]
    pub part_of: Option<String>,
    /// For people: offices held, with their dates.
    #[serde(default)]
    pub tenures: Vec<TenureRecord>,
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    Thing,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TenureRecord {
    pub title: String,
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
}
