//! Times each stage of `check` on a corpus folder, for finding where time goes:
//!
//!     cargo run --release --example stages -- CORPUS

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: stages CORPUS"));
    let t = Instant::now();
    let loaded = claimcheck::load::load(&dir);
    let load = t.elapsed();
    let t = Instant::now();
    let (normalized, _) = claimcheck::normalize::normalize(&loaded.corpus);
    let normalize = t.elapsed();
    let t = Instant::now();
    let judgements = claimcheck::rules::judge(&normalized, &loaded.corpus);
    let rules = t.elapsed();
    let t = Instant::now();
    let graph = claimcheck::graph::ClaimGraph::build(&loaded.corpus, &judgements);
    let disputes = claimcheck::graph::disputes(&loaded.corpus, &normalized, &judgements, &graph);
    let graph_time = t.elapsed();
    let checked = claimcheck::Checked {
        corpus: loaded.corpus,
        normalized,
        judgements,
        disputes,
        diagnostics: loaded.diagnostics,
    };
    let t = Instant::now();
    let report = claimcheck::report::Report::from_checked(&checked);
    let text = claimcheck::report::Format::Json.render(&report, Default::default());
    let report_time = t.elapsed();
    println!(
        "claims {} disputes {} json {} bytes",
        checked.corpus.claims.len(),
        checked.disputes.len(),
        text.len()
    );
    println!(
        "load {load:?}\nnormalize {normalize:?}\nrules {rules:?}\ngraph+disputes {graph_time:?}\nreport {report_time:?}"
    );
}
