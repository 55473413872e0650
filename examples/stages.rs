//! Times each stage of `check` on a corpus folder, and the peak memory after
//! each, for finding where time and memory go:
//!
//!     cargo run --release --example stages -- CORPUS [--floor | --stages]
//!
//! `--floor` measures only the floor (every file read and parsed, in parallel);
//! `--stages` only the stages of `check` (the real run, timed as each stage
//! ends), so that the floor's memory does not hide theirs.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

#[path = "../src/allocator.rs"]
mod allocator;

fn main() {
    allocator::keep_freed_memory();
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
    // The real run, `check` itself, reporting each stage as it ends. Copies are
    // found beside normalize, rules and graph, so the stages are given by when
    // they end, and the time since the stage before them in the chain.
    let start = Instant::now();
    let chain_end = std::sync::Mutex::new(std::time::Duration::ZERO);
    let checked = claimcheck::check_observed(dir, &|stage| {
        let at = start.elapsed();
        let took = if stage == claimcheck::Stage::Copies {
            None
        } else {
            let mut last = chain_end.lock().unwrap();
            let took = at - *last;
            *last = at;
            Some(took)
        };
        let took = took.map_or("beside the chain".to_string(), |d| {
            format!("{:.3} s", d.as_secs_f64())
        });
        eprintln!(
            "{:<9} ends at {:>7.3} s ({took}), peak {:.0} MiB",
            stage.name(),
            at.as_secs_f64(),
            peak_mib()
        );
    });
    let t = Instant::now();
    // As `check --format json` writes it, into a sink that counts the bytes.
    let mut out = Counted(0);
    claimcheck::report::Format::Json
        .write_checked(&checked, Default::default(), &mut out)
        .unwrap();
    let report_time = t.elapsed();
    eprintln!(
        "{:<9} ends at {:>7.3} s ({:.3} s), peak {:.0} MiB",
        "report",
        start.elapsed().as_secs_f64(),
        report_time.as_secs_f64(),
        peak_mib()
    );
    // The rule stage once more, alone on the machine: what is set beside
    // DuckDB's GROUP BY and self-join.
    let t = Instant::now();
    let judgements = claimcheck::rules::judge(&checked.normalized, &checked.corpus);
    let rules_alone = t.elapsed();
    println!(
        "claims {} disputes {} edges {} json {} bytes",
        checked.corpus.claims.len(),
        checked.disputes.len(),
        judgements.edges.len(),
        out.0
    );
    println!(
        "check {:.3} s",
        (start.elapsed() - rules_alone).as_secs_f64()
    );
    println!("rules {:.3} s (alone)", rules_alone.as_secs_f64());
    std::mem::forget(checked);
    std::mem::forget(judgements);
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
