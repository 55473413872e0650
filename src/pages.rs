//! Man pages: the main page, or a page per command, each with its exit status.

use std::path::Path;
use std::process::ExitCode;

use crate::cli::Cli;

/// The exit status of a command, as a man page's section says it.
fn exit_status(command: &str) -> &'static str {
    match command {
        "check" => {
            "0: no finding at or above the --fail-on severity (contradiction by default) still counts.\n\
             1: at least one does (a dispute whose verdict is dismissed or explained does not).\n\
             2: the corpus could not be read or is invalid, or the report could not be written."
        }
        "validate" => {
            "0: every file is clean.\n2: a problem, each named with its file, line and column."
        }
        _ => {
            "0: success.\n2: the input could not be read or is invalid, or the output could not be written."
        }
    }
}

/// The page of `command` (the main command when `name` is `claimcheck`),
/// with an EXIT STATUS section.
fn page(command: clap::Command, name: &str) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    clap_mangen::Man::new(command).render(&mut out)?;
    let sub = name.strip_prefix("claimcheck-").unwrap_or("");
    out.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for line in exit_status(sub).lines() {
        out.extend_from_slice(format!("{}\n.br\n", line.trim()).as_bytes());
    }
    Ok(out)
}

/// `claimcheck man`: the main page on standard output, or with `dir`, a page
/// per command written there.
pub fn man(dir: Option<&Path>) -> ExitCode {
    let command = <Cli as clap::CommandFactory>::command();
    let Some(dir) = dir else {
        return match page(command, "claimcheck") {
            Ok(bytes) => crate::print_out(&bytes),
            Err(e) => {
                eprintln!("error: cannot write the man page: {e}");
                ExitCode::from(2)
            }
        };
    };
    let mut pages = vec![("claimcheck".to_string(), command.clone())];
    for sub in command.get_subcommands() {
        let name = format!("claimcheck-{}", sub.get_name());
        let named = sub.clone().display_name(name.clone());
        pages.push((name, named));
    }
    for (name, command) in pages {
        let path = dir.join(format!("{name}.1"));
        if let Err(e) = page(command, &name).and_then(|bytes| std::fs::write(&path, bytes)) {
            eprintln!("error: cannot write {}: {e}", crate::shown(&path));
            return ExitCode::from(2);
        }
        crate::say::detail(&format!("wrote {}", crate::shown(&path)));
    }
    ExitCode::SUCCESS
}
