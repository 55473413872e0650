//! claimcheck's integration tests, one binary grouped by feature.

mod architecture;
mod bad_input;
mod cli;
mod common;
mod editor;
mod extract;
mod own;
mod properties;
mod readme;
mod reports;
mod review;
mod seed;
mod verdicts;
mod weigh;
