//! The `claimcheck` binary: parse the command line, run, print, exit.
//!
//! Exit codes (DESIGN.md): 0 no contradiction; 1 at least one contradiction (or
//! whatever `--fail-on` names); 2 the input could not be read or is invalid.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimcheck::report::{Format, RenderOptions, Report};
use claimcheck::rules::Severity;
use cli::{CheckArgs, Cli, ColorArg, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(&args),
    }
}

fn check(args: &CheckArgs) -> ExitCode {
    let checked = claimcheck::check(&args.corpus);
    let stderr_color = use_color(args.color, std::io::stderr().is_terminal());
    for diagnostic in &checked.diagnostics {
        eprintln!("{}\n", diagnostic.render(stderr_color));
    }
    let report = Report::from_checked(&checked);
    let stdout = std::io::stdout();
    let on_terminal = stdout.is_terminal();
    let options = RenderOptions {
        color: use_color(args.color, on_terminal),
        width: terminal_width(on_terminal),
    };
    let text = Format::from(args.format).render(&report, options);
    if let Err(e) = stdout.lock().write_all(text.as_bytes())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("error: cannot write the report: {e}");
        return ExitCode::from(2);
    }
    if !checked.diagnostics.is_empty() {
        let n = checked.diagnostics.len();
        eprintln!(
            "error: {n} problem{} in the input; the report covers what could be read",
            if n == 1 { "" } else { "s" }
        );
        return ExitCode::from(2);
    }
    let threshold = Severity::from(args.fail_on);
    match checked.worst() {
        Some(worst) if worst >= threshold => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    }
}

/// Colour only on a terminal, never with `NO_COLOR` set, unless asked outright.
fn use_color(choice: ColorArg, terminal: bool) -> bool {
    match choice {
        ColorArg::Always => true,
        ColorArg::Never => false,
        ColorArg::Auto => terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    }
}

/// `COLUMNS` when set; on a terminal, its own width (the table measures it);
/// otherwise 120 columns, so that output to a pipe or a file is the same everywhere.
fn terminal_width(on_terminal: bool) -> Option<u16> {
    match std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        Some(columns) => Some(columns),
        None if on_terminal => None,
        None => Some(120),
    }
}
