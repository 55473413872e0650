//! claimcheck's integration tests, one binary grouped by feature.

mod cli;
mod common;
mod extract;
mod own;
mod reports;
mod seed;
