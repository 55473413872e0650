//! Times each stage of `check` on a corpus folder, and the peak memory after
//! each, for finding where time and memory go:
//!
//!     cargo run --release --example stages -- CORPUS [--floor | --stages]
//!
//! `--floor` measures only the floor (every file read and parsed, in parallel);
//! `--stages` only the stages, so that the floor's memory does not hide theirs.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

/// mimalloc: the loader allocates millions of small strings from both cores at
/// once, where the system allocator spends a fifth of the run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: stages CORPUS"));
    if !std::env::args().any(|a| a == "--stages") {
        floor(&dir);
    }
    if std::env::args().any(|a| a == "--floor") {
        return;
    }
    stages(&dir);
}

fn floor(dir: &std::path::Path) {
    // The floor: every file read and parsed into the claim types, in parallel,
    // nothing else.
    use rayon::prelude::*;
    let t = Instant::now();
    let paths: Vec<_> = std::fs::read_dir(dir)
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
}

fn stages(dir: &std::path::Path) {
    let t = Instant::now();
    let loaded = claimcheck::load::load(dir);
    let load = t.elapsed();
    eprintln!("peak after load: {:.0} MiB", peak_mib());
    let t = Instant::now();
    let (normalized, _) = claimcheck::normalize::normalize(&loaded.corpus);
    let normalize = t.elapsed();
    eprintln!("peak after normalize: {:.0} MiB", peak_mib());
    let t = Instant::now();
    let judgements = claimcheck::rules::judge(&normalized, &loaded.corpus);
    let rules = t.elapsed();
    eprintln!("peak after rules: {:.0} MiB", peak_mib());
    let t = Instant::now();
    let disputes = {
        let graph = claimcheck::graph::ClaimGraph::build(&loaded.corpus, &judgements);
        claimcheck::graph::disputes(&loaded.corpus, &normalized, &judgements, &graph)
    };
    let graph_time = t.elapsed();
    eprintln!("peak after graph: {:.0} MiB", peak_mib());
    let t = Instant::now();
    let mut disputes = disputes;
    let stale_verdicts =
        claimcheck::graph::verdicts::attach(&mut disputes, &loaded.corpus.verdicts);
    let sources = claimcheck::weigh::Sources::of(&loaded.corpus.articles);
    claimcheck::weigh::truth::weigh(&mut disputes, &sources);
    let weigh = t.elapsed();
    eprintln!("peak after weigh: {:.0} MiB", peak_mib());
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
    // As `check --format json` writes it, into a sink that counts the bytes.
    let mut out = Counted(0);
    claimcheck::report::Format::Json
        .write_checked(&checked, Default::default(), &mut out)
        .unwrap();
    let report_time = t.elapsed();
    eprintln!("peak after report: {:.0} MiB", peak_mib());
    println!(
        "claims {} disputes {} json {} bytes",
        checked.corpus.claims.len(),
        checked.disputes.len(),
        out.0
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

/// The peak resident memory so far, in MiB (Linux), for finding which stage
/// raises it.
fn peak_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// A writer that keeps only the count of what it is given.
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
