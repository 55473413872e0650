//! Corpora of the project's own, on other stories, under `tests/corpora/`.

mod numbers;
mod port_strike;
