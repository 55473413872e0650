//! `entities.yaml`: who and what the corpus talks about.
//!
//! People, organisations and places, each with a canonical name and the aliases a
//! transliteration matcher could not be expected to find ("Ukrainian president's
//! office"). Places say what they are part of (Hallandale Beach is in Florida);
//! people may carry known tenures (Trump, US President, from 2025-01-20) so that
//! the checker can reason about "former".

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesFile {
    #[serde(default)]
    pub entities: Vec<EntityRecord>,
}

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
