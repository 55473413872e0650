//! `claimcheck fix`: writes into the claims files what the tool can work out
//! by itself, and nothing else. A claim with no span gets the span of its
//! quote; after an article text changed, each claim found again by its quote
//! gets its new span and the file the text's new sha256; a claim whose quote
//! is gone gets a `note:` saying so, and is kept. The file is edited as text,
//! as extraction edits it: every comment, order and formatting stays, and the
//! result must read back as the same claims but for those fields.

use std::path::{Path, PathBuf};

use super::file::{FilePlan, Written, write};
use crate::diagnostic::Diagnostic;
use crate::load::article::sha256_hex;
use crate::load::files::ClaimsFile;
use crate::load::locate::Locator;
use crate::load::quote::{Located, locate};
use crate::load::{corpus_folder, parse_claims_source, read_corpus_file};

/// One change `fix` makes to a claims file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// The claim's span, written where there was none or replacing one that
    /// no longer holds its quote.
    Span { claim: String, span: [usize; 2] },
    /// The text's sha256, after the text changed.
    Sha256(String),
    /// The claim's quote is no longer in the text: a note says so.
    QuoteGone { claim: String },
}

/// What `fix` will do to one claims file: its new text and the changes.
#[derive(Debug, Clone)]
pub struct FixPlan {
    pub claims_path: PathBuf,
    pub before: String,
    pub after: String,
    pub changes: Vec<Change>,
}

/// The note written on a claim whose quote is gone.
const GONE: &str = "claimcheck fix: the quote is no longer in the article text";

/// Plans the fixes for every YAML claims file of the corpus folder `dir`.
/// Nothing is written.
pub fn plan(dir: &Path) -> (Vec<FixPlan>, Vec<Diagnostic>) {
    let files = match corpus_folder(dir) {
        Ok(files) => files,
        Err(d) => return (Vec::new(), vec![d]),
    };
    let mut plans = Vec::new();
    let mut problems = Vec::new();
    let yaml = files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            !matches!(
                name,
                crate::load::POLICIES_FILE
                    | crate::load::ENTITIES_FILE
                    | crate::load::VERDICTS_FILE
            )
        });
    for path in yaml {
        match plan_one(dir, path) {
            Ok(Some(plan)) => plans.push(plan),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
    }
    (plans, problems)
}

fn plan_one(dir: &Path, path: &Path) -> Result<Option<FixPlan>, Diagnostic> {
    let source = read_corpus_file(dir, path)?;
    let file: ClaimsFile = parse_claims_source(path, &source)?;
    let text = read_corpus_file(dir, &dir.join(&file.article.text))?;
    let locator = Locator::new(&source);
    if locator.len() != file.claims.len() {
        return Err(Diagnostic::file(
            path,
            "its claims are not written one `- ` item per claim, so fix cannot edit them in place",
        )
        .expected("claims in block style, as extract writes them; fix the spans by hand"));
    }
    let mut edits: Vec<Edit> = Vec::new();
    let mut changes = Vec::new();
    let sha = sha256_hex(&text);
    if let Some(recorded) = &file.article.sha256
        && !recorded.eq_ignore_ascii_case(&sha)
        && let Some(at) = locator.header_field("article", "sha256")
        && let Some(start) = at.offset_in(&source)
    {
        let end = start
            + source[start..]
                .find(['\n', ' ', '#'])
                .unwrap_or(source.len() - start);
        edits.push(Edit::replace(start, end, sha.clone()));
        changes.push(Change::Sha256(sha));
    }
    for (index, claim) in file.claims.iter().enumerate() {
        let Some(quote) = claim.quote.as_deref() else {
            continue;
        };
        match locate(&text, quote, claim.span, claim.occurrence) {
            Located::At(span) if Some(span) == claim.span => {}
            Located::At(span) => {
                edits.push(span_edit(path, &source, &locator, index, span)?);
                changes.push(Change::Span {
                    claim: claim.id.to_string(),
                    span,
                });
            }
            Located::Absent if claim.note.as_deref() != Some(GONE) => {
                edits.push(note_edit(
                    path,
                    &source,
                    &locator,
                    index,
                    claim.note.is_some(),
                )?);
                changes.push(Change::QuoteGone {
                    claim: claim.id.to_string(),
                });
            }
            // Ambiguous quotes are for a person to choose: validate says how.
            _ => {}
        }
    }
    if edits.is_empty() {
        return Ok(None);
    }
    let after = apply(&source, edits);
    check_same_claims(path, &file, &after)?;
    Ok(Some(FixPlan {
        claims_path: path.to_path_buf(),
        before: source.to_string(),
        after,
        changes,
    }))
}

/// A piece of the file's text replaced.
struct Edit {
    start: usize,
    end: usize,
    text: String,
}

impl Edit {
    fn replace(start: usize, end: usize, text: String) -> Edit {
        Edit { start, end, text }
    }

    fn insert(at: usize, text: String) -> Edit {
        Edit {
            start: at,
            end: at,
            text,
        }
    }
}

fn apply(source: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| std::cmp::Reverse((e.start, e.end)));
    let mut out = source.to_string();
    for e in edits {
        out.replace_range(e.start..e.end, &e.text);
    }
    out
}

/// The span written into claim `index`: the value of its `span:` replaced,
/// or a `span:` line put after its quote.
fn span_edit(
    path: &Path,
    source: &str,
    locator: &Locator,
    index: usize,
    [start, end]: [usize; 2],
) -> Result<Edit, Diagnostic> {
    let value = format!("[{start}, {end}]");
    if let Some((_, at)) = locator.field_offsets(index, "span") {
        let close = source[at..]
            .find(']')
            .filter(|c| !source[at..at + c].contains('\n'))
            .map(|c| at + c + 1)
            .unwrap_or_else(|| at + source[at..].find('\n').unwrap_or(source.len() - at));
        return Ok(Edit::replace(at, close, value));
    }
    after_quote(path, source, locator, index, &format!("span: {value}"))
}

/// The note on claim `index` that its quote is gone: its note replaced, or a
/// `note:` line put after its quote.
fn note_edit(
    path: &Path,
    source: &str,
    locator: &Locator,
    index: usize,
    has_note: bool,
) -> Result<Edit, Diagnostic> {
    let note = format!("\"{GONE}\"");
    if has_note && let Some((key_at, at)) = locator.field_offsets(index, "note") {
        let (_, end) = after_field(source, locator, index, key_at);
        return Ok(Edit::replace(at, end, format!("{note}\n")));
    }
    after_quote(path, source, locator, index, &format!("note: {note}"))
}

/// `line` (a `key: value`) put after the quote of claim `index`, at its indent.
fn after_quote(
    path: &Path,
    source: &str,
    locator: &Locator,
    index: usize,
    line: &str,
) -> Result<Edit, Diagnostic> {
    let (key_at, _) = locator.field_offsets(index, "quote").ok_or_else(|| {
        Diagnostic::file(path, "a claim's quote is not on a line of its own")
            .expected("claims in block style, as extract writes them")
    })?;
    let (indent, after) = after_field(source, locator, index, key_at);
    Ok(Edit::insert(
        after,
        format!("{}{line}\n", " ".repeat(indent)),
    ))
}

/// The indent of the field whose key is at `key_at`, and where the line after
/// its value ends (lines indented deeper continue the value).
fn after_field(source: &str, locator: &Locator, index: usize, key_at: usize) -> (usize, usize) {
    let line_start = source[..key_at].rfind('\n').map_or(0, |i| i + 1);
    let indent = source[line_start..key_at].chars().count();
    let item_end = locator.item(index).map_or(source.len(), |(_, end)| end);
    let mut at = source[key_at..]
        .find('\n')
        .map_or(source.len(), |i| key_at + i + 1);
    while at < item_end {
        let line = &source[at..source[at..].find('\n').map_or(source.len(), |i| at + i + 1)];
        let deeper = line.len() - line.trim_start().len() > indent;
        if line.trim().is_empty() || !deeper {
            break;
        }
        at += line.len();
    }
    (indent, at)
}

/// Refuses a result that does not read back as the same claims but for the
/// fields fix writes.
fn check_same_claims(path: &Path, before: &ClaimsFile, after: &str) -> Result<(), Diagnostic> {
    let reread: ClaimsFile = serde_yaml::from_str(after).map_err(|e| {
        Diagnostic::file(
            path,
            format!("fix would have broken the file ({e}); nothing was written"),
        )
    })?;
    let same = reread.claims.len() == before.claims.len()
        && reread.claims.iter().zip(&before.claims).all(|(a, b)| {
            a.id == b.id
                && a.subject == b.subject
                && a.predicate == b.predicate
                && a.object == b.object
                && a.quote == b.quote
                && a.status == b.status
                && a.by == b.by
        });
    if same {
        Ok(())
    } else {
        Err(Diagnostic::file(
            path,
            "fix would have changed its claims; nothing was written",
        ))
    }
}

/// Writes a plan, as extraction writes: never over an edit saved meanwhile.
pub fn write_plan(plan: &FixPlan) -> std::io::Result<Written> {
    write(&FilePlan {
        claims_path: plan.claims_path.clone(),
        created: false,
        added: Vec::new(),
        contents: plan.after.clone(),
        left_as_is: false,
        planned_from: Some(sha256_hex(&plan.before)),
    })
}

/// The plan as a unified diff of the lines it changes.
pub fn diff(plan: &FixPlan, name: &str) -> String {
    let before: Vec<&str> = plan.before.lines().collect();
    let after: Vec<&str> = plan.after.lines().collect();
    let mut out = format!("--- {name}\n+++ {name}\n");
    let (mut i, mut j) = (0, 0);
    while i < before.len() || j < after.len() {
        if i < before.len() && j < after.len() && before[i] == after[j] {
            i += 1;
            j += 1;
            continue;
        }
        // A run of changed lines: up to where both sides meet again.
        let (si, sj) = (i, j);
        let meet = (0..=after.len() - j)
            .flat_map(|dj| (0..=before.len() - i).map(move |di| (di + dj, di, dj)))
            .filter(|&(_, di, dj)| {
                let (a, b) = (i + di, j + dj);
                (a == before.len() && b == after.len())
                    || (a < before.len() && b < after.len() && before[a] == after[b])
            })
            .min();
        let (_, di, dj) = meet.unwrap_or((0, before.len() - i, after.len() - j));
        out.push_str(&format!("@@ -{},{} +{},{} @@\n", si + 1, di, sj + 1, dj));
        for line in &before[si..si + di] {
            out.push_str(&format!("-{line}\n"));
        }
        for line in &after[sj..sj + dj] {
            out.push_str(&format!("+{line}\n"));
        }
        i = si + di;
        j = sj + dj;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Rain fell on Monday. The mayor’s office said 12 people died.\n";

    fn corpus(claims: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("articles")).unwrap();
        std::fs::write(dir.path().join("articles/a.txt"), TEXT).unwrap();
        std::fs::write(
            dir.path().join("a.yaml"),
            format!(
                "# kept\narticle:\n  text: articles/a.txt\n  sha256: {}\nclaims:\n{claims}",
                sha256_hex(TEXT)
            ),
        )
        .unwrap();
        dir
    }

    #[test]
    fn a_span_is_written_after_the_quote_and_comments_stay() {
        let dir = corpus(
            "  # the toll\n  - id: c1\n    subject: deaths\n    predicate: count\n    object: \"12\"\n    quote: \"The mayor's office said 12 people died\"  # typed by hand\n    status: confirmed  # checked\n    by: hand\n",
        );
        let (plans, problems) = plan(dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        let span = [21, 61];
        assert_eq!(
            plans[0].changes,
            [Change::Span {
                claim: "c1".into(),
                span
            }]
        );
        assert_eq!(
            plans[0].after,
            plans[0].before.replace(
                "  # typed by hand\n",
                "  # typed by hand\n    span: [21, 61]\n"
            )
        );
        assert_eq!(
            &TEXT[span[0]..span[1]],
            "The mayor’s office said 12 people died"
        );
        assert_eq!(write_plan(&plans[0]).unwrap(), Written::Written);
        // Nothing is left to fix.
        assert!(plan(dir.path()).0.is_empty());
    }

    #[test]
    fn a_changed_text_gets_new_spans_and_sha256_and_a_gone_quote_a_note() {
        let was = TEXT.find("12 people died").unwrap();
        let dir = corpus(&format!(
            "  - id: c1\n    subject: deaths\n    predicate: count\n    object: \"12\"\n    quote: \"12 people died\"\n    span: [{was}, {}]\n    status: confirmed\n    by: hand\n  - id: c2\n    subject: rain\n    predicate: date\n    object: Monday\n    quote: \"Rain fell on Monday\"\n    span: [0, 19]\n    status: confirmed\n    by: hand\n",
            was + 14
        ));
        let corrected = format!(
            "Correction appended.\n{}",
            TEXT.replace("Rain fell on Monday", "It rained")
        );
        std::fs::write(dir.path().join("articles/a.txt"), &corrected).unwrap();
        let (plans, problems) = plan(dir.path());
        assert!(problems.is_empty(), "{problems:?}");
        let moved = corrected.find("12 people died").unwrap();
        assert_eq!(
            plans[0].changes,
            [
                Change::Sha256(sha256_hex(&corrected)),
                Change::Span {
                    claim: "c1".into(),
                    span: [moved, moved + 14]
                },
                Change::QuoteGone { claim: "c2".into() },
            ]
        );
        let diff = diff(&plans[0], "a.yaml");
        assert!(
            diff.contains(&format!(
                "-    span: [{was}, {}]\n+    span: [{moved}, {}]\n",
                was + 14,
                moved + 14
            )),
            "{diff}"
        );
        assert!(diff.contains(&format!("+    note: \"{GONE}\"\n")), "{diff}");
        write_plan(&plans[0]).unwrap();
        let loaded = crate::load::load(dir.path());
        let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| !d.is_note).collect();
        // The gone quote is still an error for a person to settle; nothing else is.
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].message.contains("claim `c2`"), "{errors:?}");
        assert!(plan(dir.path()).0.is_empty());
    }
}
