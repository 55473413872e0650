//! Corpora of the project's own, on other stories, under `tests/corpora/`.

mod caught;
mod council_election;
mod numbers;
mod one_article;
mod port_strike;
mod posts;
mod quake;
mod sources;
mod tolls;
mod transit_strike;

use crate::common::corpus_dir;
use crate::extract::measured::gold;

/// One of our stories under `tests/corpora/`, extracted with no review.
fn extracted(story: &str) -> tempfile::TempDir {
    crate::extract::measured::extracted(&corpus_dir(story), &gold(story))
}
