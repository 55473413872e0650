//! Report: disputes rendered for people (a terminal table, Markdown, a page)
//! and for other tools (JSON, DOT). What a report holds is [`Report`], the
//! JSON schema of `docs/DESIGN.md`; every format renders from it, so they
//! never disagree.

mod contents;
mod dot;
pub mod explain;
mod format;
mod html;
mod json;
mod markdown;
mod options;
mod table;
mod words;

pub use contents::{
    ArticleEntry, ClaimRef, ConflictEntry, DisputeEntry, EdgeEntry, LikelyEntry, MentionRef,
    NoteEntry, PositionEntry, ProblemEntry, Report, SideEntry, StaleVerdictEntry, VerdictEntry,
};
pub use format::Format;
pub use options::RenderOptions;
