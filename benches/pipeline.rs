//! The stages of `check` on a generated corpus of 20,000 claims, the rules and
//! the whole check on a long-running story of as many claims, and extraction
//! over the seed and test articles.
//!
//!     cargo bench --bench pipeline

use std::hint::black_box;

use claimcheck::report::{Format, RenderOptions, Report};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod support {
    pub mod corpus;
}

const CLAIMS: usize = 20_000;

fn pipeline(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    support::corpus::generate(dir.path(), CLAIMS, 0x5eed, false).unwrap();
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    group.throughput(Throughput::Elements(CLAIMS as u64));

    group.bench_function("load", |b| {
        b.iter(|| black_box(claimcheck::load::load(dir.path())))
    });
    let loaded = claimcheck::load::load(dir.path());
    group.bench_function("normalize", |b| {
        b.iter(|| black_box(claimcheck::normalize::normalize(&loaded.corpus)))
    });
    let normalized = claimcheck::normalize::normalize(&loaded.corpus);
    group.bench_function("rules", |b| {
        b.iter(|| black_box(claimcheck::rules::judge(&normalized, &loaded.corpus)))
    });
    let judgements = claimcheck::rules::judge(&normalized, &loaded.corpus);
    group.bench_function("graph", |b| {
        b.iter(|| {
            let graph = claimcheck::graph::ClaimGraph::build(&loaded.corpus, &judgements);
            black_box(claimcheck::graph::disputes(
                &loaded.corpus,
                &normalized,
                &judgements,
                &graph,
            ))
        })
    });
    let checked = claimcheck::check(dir.path());
    group.bench_function("report", |b| {
        b.iter(|| {
            let report = Report::from_checked(&checked);
            black_box(Format::Json.render(&report, RenderOptions::default()))
        })
    });
    group.finish();
}

fn extraction(c: &mut Criterion) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in [
        "claims/articles",
        "tests/corpora/flood/articles",
        "tests/corpora/trade/articles",
        "tests/corpora/port-strike/articles",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap().flatten() {
            texts.push(std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    let day = jiff::civil::Date::constant(2026, 1, 17);
    group.bench_function("articles", |b| {
        b.iter(|| {
            for t in &texts {
                black_box(claimcheck::extract::extract_text(t, 0, Some(day)));
            }
        })
    });
    group.finish();
}

/// One long-running story (`generate --hot`): the rule stage where a single
/// subject's group is as large as the corpus, and the whole check.
fn hot_story(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    support::corpus::generate_hot(dir.path(), CLAIMS, 0x5eed).unwrap();
    let mut group = c.benchmark_group("hot");
    group.sample_size(10);
    group.throughput(Throughput::Elements(CLAIMS as u64));
    let loaded = claimcheck::load::load(dir.path());
    let normalized = claimcheck::normalize::normalize(&loaded.corpus);
    group.bench_function("rules", |b| {
        b.iter(|| black_box(claimcheck::rules::judge(&normalized, &loaded.corpus)))
    });
    group.bench_function("check", |b| {
        b.iter(|| black_box(claimcheck::check(dir.path())))
    });
    group.finish();
}

criterion_group!(benches, pipeline, extraction, hot_story);
criterion_main!(benches);
