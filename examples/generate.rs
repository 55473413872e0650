//! Writes a synthetic corpus for benchmarks:
//!
//!     cargo run --release --example generate -- OUT_DIR CLAIMS [--json] [--csv FILE]
//!     cargo run --release --example generate -- OUT_DIR CLAIMS --hot
//!
//! `--hot` writes one long-running story instead: every article reports one
//! death toll, in many versions a day, and one minister's title.

#![allow(clippy::print_stdout, clippy::print_stderr)]

#[path = "../benches/support/corpus.rs"]
#[allow(dead_code)] // the benchmarks use the rest
mod corpus;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(out), Some(claims)) = (
        args.first(),
        args.get(1).and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: generate OUT_DIR CLAIMS [--json] [--csv FILE] | OUT_DIR CLAIMS --hot");
        return std::process::ExitCode::from(2);
    };
    let json = args.iter().any(|a| a == "--json");
    let csv = args
        .iter()
        .position(|a| a == "--csv")
        .and_then(|i| args.get(i + 1))
        .map(std::path::Path::new);
    let dir = std::path::Path::new(out);
    let hot = args.iter().any(|a| a == "--hot");
    if let Err(e) = std::fs::create_dir_all(dir).and_then(|_| {
        if hot {
            corpus::generate_hot(dir, claims, 0x5eed)
        } else {
            corpus::generate_with_csv(dir, claims, 0x5eed, json, csv)
        }
    }) {
        eprintln!("error: {e}");
        return std::process::ExitCode::from(2);
    }
    println!(
        "wrote {claims} claims in {} articles to {}",
        if hot { claims / 2 } else { claims / 10 },
        dir.display()
    );
    std::process::ExitCode::SUCCESS
}
