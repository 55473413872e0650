//! Runs extraction over article texts many times, for profiling:
//!
//!     cargo run --release --example extract_loop -- ROUNDS FILE...

#![allow(clippy::print_stdout, clippy::print_stderr)]

/// The allocator `claimcheck extract` runs with, set as it sets it, so that
/// the rate is its rate.
#[path = "../src/allocator.rs"]
mod allocator;

fn main() {
    allocator::keep_freed_memory();
    let mut args = std::env::args().skip(1);
    let rounds: usize = args
        .next()
        .and_then(|r| r.parse().ok())
        .expect("usage: extract_loop ROUNDS FILE...");
    let texts: Vec<String> = args
        .map(|p| std::fs::read_to_string(p).expect("a readable file"))
        .collect();
    let day = jiff::civil::Date::constant(2026, 1, 17);
    let start = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        for t in &texts {
            claims += claimcheck::extract::extract_text(t, 0, Some(day))
                .claims
                .len();
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum::<usize>() * rounds;
    let secs = start.elapsed().as_secs_f64();
    println!("{claims} claims, {:.1} MB/s", bytes as f64 / secs / 1e6);
}
