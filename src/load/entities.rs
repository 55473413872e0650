//! `entities.yaml`: who and what the corpus talks about.
//!
//! People, organisations and places, each with a canonical name and the aliases a
//! transliteration matcher could not be expected to find ("Ukrainian president's
//! office"). Places say what they are part of (Hallandale Beach is in Florida);
//! people may carry known tenures (Trump, US President, from 2025-01-20) so that
//! the checker can reason about "former".

use serde::{Deserialize, Serialize};

use crate::corpus::entity::EntityRecord;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesFile {
    #[serde(default)]
    pub entities: Vec<EntityRecord>,
}
