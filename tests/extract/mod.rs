//! Extraction as a user runs it: from bare article texts to claims files, measured
//! against the gold files, checked, and re-run over a person's edits.

mod edits;
pub(crate) mod measured;
mod runs;
