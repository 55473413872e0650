//! Times each stage of `check` on a corpus folder, for finding where time goes:
//!
//!     cargo run --release --example stages -- CORPUS

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: stages CORPUS"));
    // The floor: every file read and parsed into the claim types, in parallel,
    // nothing else.
    use rayon::prelude::*;
    let t = Instant::now();
    let paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let parsed: usize = paths
        .par_iter()
        .map(|path| {
            let Some(ext) = path.extension().and_then(|e| e.to_str()) else {
                return 0;
            };
            if !matches!(ext, "yaml" | "json")
                || path.file_name().is_some_and(|n| n == "entities.yaml")
            {
                return 0;
            }
            let text = std::fs::read_to_string(path).unwrap();
            let file: claimcheck::load::files::ClaimsFile = if ext == "json" {
                serde_json::from_str(&text).unwrap()
            } else {
                serde_yaml::from_str(&text).unwrap()
            };
            let article = std::fs::read_to_string(dir.join(&file.article.text)).unwrap();
            file.claims.len() + usize::from(article.is_empty())
        })
        .sum();
    println!(
        "floor {:.3} s for {parsed} claims",
        t.elapsed().as_secs_f64()
    );
    if std::env::args().any(|a| a == "--floor") {
        return;
    }
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
    let t = Instant::now();
    let mut disputes = disputes;
    let stale_verdicts =
        claimcheck::graph::verdicts::attach(&mut disputes, &loaded.corpus.verdicts);
    let sources = claimcheck::weigh::Sources::of(&loaded.corpus.articles);
    claimcheck::weigh::truth::weigh(&mut disputes, &sources);
    let weigh = t.elapsed();
    let checked = claimcheck::Checked {
        corpus: loaded.corpus,
        normalized,
        judgements,
        disputes,
        stale_verdicts,
        sources,
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
    let secs = |d: std::time::Duration| d.as_secs_f64();
    println!(
        "load {:.3} s\nnormalize {:.3} s\nrules {:.3} s\ngraph {:.3} s\nweigh {:.3} s\nreport {:.3} s",
        secs(load),
        secs(normalize),
        secs(rules),
        secs(graph_time),
        secs(weigh),
        secs(report_time)
    );
}
