//! Weigh: how much each side of a dispute is worth.
//!
//! One wire story rewritten by three outlets is one source, not three: articles
//! whose texts are near-copies are grouped first ([`copies`]). Each side of a
//! dispute then counts its independent sources (`support`), and the values of
//! each dispute are weighed against each other by agreement, each source counted
//! by how reliable it has proved across all disputes ([`truth`]).

pub mod copies;
pub mod truth;

pub use copies::Sources;
pub use truth::{Likely, Weight};
