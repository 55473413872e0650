//! The English every stage reads the same way: the names of months and days,
//! the abbreviations after which a full stop does not end a sentence, and
//! where sentences end. One place for each, beneath every stage, so that
//! extraction, normalize and the report never disagree about them.

pub mod calendar;
pub mod sentences;
pub mod words;

/// Personal pronouns that stand for someone named elsewhere.
pub const PRONOUNS: &[&str] = &["they", "it", "he", "she", "we"];
