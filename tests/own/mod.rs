//! Corpora of the project's own, on other stories, under `tests/corpora/`.

mod council_election;
mod numbers;
mod port_strike;
mod quake;
