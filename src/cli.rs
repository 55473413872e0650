//! The command line as a user types it; clap stays here, at the edge.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use claimcheck::report::Format;
use claimcheck::rules::Severity;

#[derive(Debug, Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Find where news articles on one story contradict each other"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Say nothing but errors on standard error: no notes, no progress.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Say more on standard error: what was read, and how long each step took.
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a corpus folder of claims files and print the contradictions report.
    Check(CheckArgs),
    /// Pull claims from CORPUS/articles/*.txt into CORPUS/NAME.yaml for review,
    /// keeping everything a person already wrote.
    Extract(ExtractArgs),
    /// Write into the claims files what the tool can work out: the spans of
    /// claims that have none, new spans and sha256 after an article changed,
    /// and a note on claims whose quote is gone. Keeps every edit and comment.
    Fix(FixArgs),
    /// Measure the claims of a corpus against a gold file: precision and recall per predicate.
    Eval(EvalArgs),
    /// Check the files of a corpus alone, for editors and CI: no report, nothing written.
    Validate(ValidateArgs),
    /// Tell the whole story of one dispute: its claims in their sentences, the
    /// rule, the dates, the sources' weight, the verdict.
    Explain(ExplainArgs),
    /// Print the JSON Schema of a claims file, for editors.
    Schema,
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the man page (roff), or write one page per command into a folder.
    Man(ManArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The dispute's id, as the report prints it (d-3f9a1c).
    pub id: String,
    /// The corpus folder.
    #[arg(default_value = "claims")]
    pub corpus: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The corpus folder to check.
    pub corpus: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The corpus folder: article texts in articles/, claims files beside them.
    pub corpus: PathBuf,
    /// Show what would be added, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct FixArgs {
    /// The corpus folder.
    pub corpus: PathBuf,
    /// Show the changes as a diff, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The corpus folder whose claims are measured.
    pub corpus: PathBuf,
    /// The gold file: the claims a careful reader pulls from each article.
    #[arg(long)]
    pub gold: PathBuf,
    /// List every gold claim missed and every claim the gold does not have.
    #[arg(long)]
    pub details: bool,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// The corpus folder: claims files, entities.yaml, articles/.
    pub corpus: PathBuf,
    /// How to print the report.
    #[arg(long, short, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// The least severe finding that makes the exit code 1.
    #[arg(long, value_enum, default_value_t = FailOn::Contradiction)]
    pub fail_on: FailOn,
    /// When to colour the table.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    Table,
    Markdown,
    Json,
    Dot,
    /// One self-contained page: quotes in their sentences, the graph drawn, who said what.
    Html,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Table => Format::Table,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Html => Format::Html,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FailOn {
    Contradiction,
    Warning,
    Variant,
}

impl From<FailOn> for Severity {
    fn from(f: FailOn) -> Severity {
        match f {
            FailOn::Contradiction => Severity::Contradiction,
            FailOn::Warning => Severity::Warning,
            FailOn::Variant => Severity::Variant,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Write claimcheck.1 and claimcheck-COMMAND.1 for every command into this
    /// folder, instead of printing the main page.
    #[arg(long)]
    pub dir: Option<PathBuf>,
}
