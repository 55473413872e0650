//! claimcheck: find where news articles on one story contradict each other.
//!
//! The library is the pipeline of `DESIGN.md`, one module per stage, each handing
//! the next a plain value:
//!
//! [`load`] (files → [`corpus::Corpus`] + diagnostics) →
//! [`normalize`] (names, titles, places, dates, numbers → facts) →
//! [`rules`] (facts → verdicts) → [`graph`] (claims and edges → disputes) →
//! [`report`] (disputes → table, Markdown, JSON, DOT).
//!
//! Nothing here prints: renderers return strings, and the binary decides where
//! they go.

pub mod corpus;
pub mod diagnostic;
pub mod load;
pub mod normalize;
pub mod rules;
