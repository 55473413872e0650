//! The `claimcheck` binary: parse the command line, run, print, exit.
//!
//! Exit codes (docs/DESIGN.md): 0 no contradiction; 1 at least one contradiction (or
//! whatever `--fail-on` names); 2 the input could not be read or is invalid.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod allocator;
mod cli;
mod say;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use claimcheck::printable;
use claimcheck::report::{Format, RenderOptions};
use claimcheck::rules::Severity;
use cli::{
    CheckArgs, Cli, ColorArg, Command, EvalArgs, ExplainArgs, ExtractArgs, FixArgs, ValidateArgs,
};

mod pages;

fn main() -> ExitCode {
    allocator::keep_freed_memory();
    let cli = Cli::parse();
    say::set(cli.quiet, cli.verbose);
    match cli.command {
        Command::Check(args) => check(&args),
        Command::Extract(args) => extract(&args),
        Command::Fix(args) => fix(&args),
        Command::Eval(args) => eval(&args),
        Command::Validate(args) => validate(&args),
        Command::Explain(args) => explain(&args),
        Command::Schema => print_out(claimcheck::load::schema::claims_schema_text().as_bytes()),
        Command::Completions(args) => {
            let mut command = <Cli as clap::CommandFactory>::command();
            let mut script = Vec::new();
            clap_complete::generate(args.shell, &mut command, "claimcheck", &mut script);
            print_out(&script)
        }
        Command::Man(args) => pages::man(args.dir.as_deref()),
    }
}

/// Writes `bytes` to standard output.
fn print_out(bytes: &[u8]) -> ExitCode {
    match to_stdout("standard output", |out| out.write_all(bytes)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(code) => code,
    }
}

/// Writes `what` to standard output, buffered, through `write`. A reader that
/// stops early (`| head`) is not an error; any other failure is, with exit code 2.
fn to_stdout(
    what: &str,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), ExitCode> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write {what}: {e}");
            Err(ExitCode::from(2))
        }
        _ => Ok(()),
    }
}

fn explain(args: &ExplainArgs) -> ExitCode {
    let checked = claimcheck::check(&args.corpus);
    report_problems(&checked.diagnostics);
    if checked.diagnostics.iter().any(|d| !d.is_note) {
        eprintln!("error: the corpus has problems; fix them first");
        return ExitCode::from(2);
    }
    match claimcheck::report::explain::render(&checked, &args.id) {
        Some(text) => print_out(text.as_bytes()),
        None => {
            let known: Vec<&str> = checked.disputes.iter().map(|d| d.id.as_str()).collect();
            let meant = claimcheck::graph::verdicts::closest_id(&args.id, known.iter().copied())
                .map(|id| format!(" (did you mean {id}?)"))
                .unwrap_or_default();
            eprintln!(
                "error: no dispute {} in {}{meant}; its disputes are: {}",
                printable::line(&args.id),
                shown(&args.corpus),
                if known.is_empty() {
                    "none".to_string()
                } else {
                    known.join(", ")
                }
            );
            ExitCode::from(2)
        }
    }
}

fn validate(args: &ValidateArgs) -> ExitCode {
    let (corpus, problems) = claimcheck::validate(&args.corpus);
    report_problems(&problems);
    if !problems.is_empty() {
        let n = problems.len();
        eprintln!(
            "error: {n} problem{} in {}",
            if n == 1 { "" } else { "s" },
            shown(&args.corpus)
        );
        return ExitCode::from(2);
    }
    let files = corpus
        .articles
        .iter()
        .filter(|a| a.claims_path.is_some())
        .count();
    let summary = format!(
        "ok: {files} claims files, {} articles, {} claims, {} entities\n",
        corpus.articles.len(),
        corpus.claims.len(),
        corpus.entities.len()
    );
    print_out(summary.as_bytes())
}

fn report_problems(problems: &[claimcheck::diagnostic::Diagnostic]) {
    let color = std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    for d in problems.iter().filter(|d| !d.is_note || say::notes()) {
        eprintln!("{}\n", d.render(color));
    }
}

fn extract(args: &ExtractArgs) -> ExitCode {
    use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    if std::io::stderr().is_terminal() && say::notes() {
        bar.set_style(
            ProgressStyle::with_template("{bar:40} {pos}/{len} articles {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    let (plans, problems) = claimcheck::extract::file::plan(&args.corpus, |done, total| {
        bar.set_length(total as u64);
        bar.set_position(done as u64);
    });
    say::detail(&format!(
        "planned {} claims files with {} new claims",
        plans.len(),
        plans.iter().map(|p| p.added.len()).sum::<usize>()
    ));
    // The bar goes on over the writing of the files.
    if !args.dry_run {
        bar.set_message("written");
        bar.set_length(plans.len() as u64);
        bar.set_position(0);
    }
    let mut out = String::new();
    let mut failed = !problems.is_empty();
    if !args.dry_run {
        for leftover in claimcheck::extract::file::remove_leftovers(&args.corpus) {
            say::note(&format!(
                "removed {}, left by an extract that did not finish",
                shown(&leftover)
            ));
        }
    }
    let (mut added, mut files) = (0, 0);
    for plan in &plans {
        let name = plan
            .claims_path
            .file_name()
            .map(|n| printable::line(&n.to_string_lossy()).into_owned())
            .unwrap_or_default();
        let created = if plan.created { " (new file)" } else { "" };
        if args.dry_run {
            let n = plan.added.len();
            out.push_str(&format!("{name}{created}: would add {}\n", claims(n)));
            for (id, c) in &plan.added {
                let line = format!("{id} {} · {} → {}", c.predicate, c.subject, c.object);
                out.push_str(&format!("  + {}\n", printable::line(&line)));
            }
            continue;
        }
        use claimcheck::extract::file::Written;
        let written = claimcheck::extract::file::write(plan);
        bar.inc(1);
        match written {
            Ok(Written::Written) => {
                added += plan.added.len();
                files += 1;
                out.push_str(&format!(
                    "{name}{created}: added {}\n",
                    claims(plan.added.len())
                ));
            }
            Ok(Written::LeftAsIs) => say::note(&format!(
                "{name} is a JSON claims file, which extract leaves as it is: {} not added",
                claims(plan.added.len())
            )),
            Ok(Written::Changed) => {
                say::note(&format!(
                    "{name} changed while extract ran, and was left as it is: run extract again to add {}",
                    claims(plan.added.len())
                ));
                failed = true;
            }
            Ok(Written::NotReplaced) => say::note(&format!(
                "{name} is read-only or a link, and was left as it is: {} not added",
                claims(plan.added.len())
            )),
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", shown(&plan.claims_path));
                failed = true;
            }
        }
    }
    bar.finish_and_clear();
    report_problems(&problems);
    if plans.is_empty() && problems.is_empty() {
        out.push_str("nothing new to add\n");
    } else if files > 1 {
        out.push_str(&format!(
            "added {} to {files} claims files\n",
            claims(added)
        ));
    }
    let printed = print_out(out.as_bytes());
    if failed { ExitCode::from(2) } else { printed }
}

fn fix(args: &FixArgs) -> ExitCode {
    use claimcheck::extract::file::Written;
    use claimcheck::extract::fix::{self, Change};
    let (plans, problems) = fix::plan(&args.corpus);
    report_problems(&problems);
    let mut out = String::new();
    let mut failed = !problems.is_empty();
    for plan in &plans {
        let name = plan
            .claims_path
            .file_name()
            .map(|n| printable::line(&n.to_string_lossy()).into_owned())
            .unwrap_or_default();
        if args.dry_run {
            out.push_str(&printable::lines(&fix::diff(plan, &name)));
            continue;
        }
        match fix::write_plan(plan) {
            Ok(Written::Written) => {
                let said: Vec<String> = plan
                    .changes
                    .iter()
                    .map(|c| match c {
                        Change::Span { claim, span } => {
                            format!("{claim}: span [{}, {}]", span[0], span[1])
                        }
                        Change::Sha256(_) => "the article's new sha256".to_string(),
                        Change::QuoteGone { claim } => {
                            format!("{claim}: a note that its quote is gone")
                        }
                    })
                    .collect();
                out.push_str(&format!("{name}: {}\n", printable::line(&said.join("; "))));
            }
            Ok(_) => {
                say::note(&format!(
                    "{name} changed while fix ran, or is read-only, and was left as it is"
                ));
                failed = true;
            }
            Err(e) => {
                eprintln!("error: cannot write {}: {e}", shown(&plan.claims_path));
                failed = true;
            }
        }
    }
    if plans.is_empty() && problems.is_empty() {
        out.push_str("nothing to fix\n");
    }
    let printed = print_out(out.as_bytes());
    if failed { ExitCode::from(2) } else { printed }
}

fn eval(args: &EvalArgs) -> ExitCode {
    let loaded = claimcheck::load::load(&args.corpus);
    let gold = claimcheck::eval::gold::read(&args.gold);
    let mut problems = loaded.diagnostics;
    let gold = match gold {
        Ok(g) => Some(g),
        Err(d) => {
            problems.push(d);
            None
        }
    };
    report_problems(&problems);
    let Some(gold) = gold.filter(|_| problems.iter().all(|d| d.is_note)) else {
        return ExitCode::from(2);
    };
    let score = claimcheck::eval::score(&loaded.corpus, &gold);
    print_out(score.render(args.details).as_bytes())
}

fn check(args: &CheckArgs) -> ExitCode {
    let started = std::time::Instant::now();
    let checked = claimcheck::check_observed(&args.corpus, &|stage| {
        say::detail(&format!(
            "{} done at {} ms",
            stage.name(),
            started.elapsed().as_millis()
        ));
    });
    say::detail(&format!(
        "read {} articles and {} claims; {} disputes",
        checked.corpus.articles.len(),
        checked.corpus.claims.len(),
        checked.disputes.len()
    ));
    let stderr_color = use_color(args.color, std::io::stderr().is_terminal());
    for diagnostic in checked
        .diagnostics
        .iter()
        .filter(|d| !d.is_note || say::notes())
    {
        eprintln!("{}\n", diagnostic.render(stderr_color));
    }
    if !checked.is_corpus {
        eprintln!(
            "error: no report: {} is not a corpus folder",
            shown(&args.corpus)
        );
        return ExitCode::from(2);
    }
    let format = Format::from(args.format);
    let on_terminal = std::io::stdout().is_terminal();
    let options = RenderOptions {
        color: use_color(args.color, on_terminal),
        width: terminal_width(on_terminal),
    };
    if let Err(code) = to_stdout("the report", |out| {
        format.write_checked(&checked, options, out)
    }) {
        return code;
    }
    let errors = checked.diagnostics.iter().filter(|d| !d.is_note).count();
    if errors > 0 {
        let n = errors;
        eprintln!(
            "error: {n} problem{} in the input; the report covers what could be read",
            if n == 1 { "" } else { "s" }
        );
        return ExitCode::from(2);
    }
    let threshold = Severity::from(args.fail_on);
    let code = match checked.worst() {
        Some(worst) if worst >= threshold => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    };
    // The process ends here: handing millions of small allocations back one by
    // one would only delay the exit.
    std::mem::forget(checked);
    code
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

/// A path as the user gave it, safe to print.
fn shown(path: &std::path::Path) -> String {
    printable::line(&path.display().to_string()).into_owned()
}

/// "1 new claim", "3 new claims".
fn claims(n: usize) -> String {
    format!("{n} new claim{}", if n == 1 { "" } else { "s" })
}
