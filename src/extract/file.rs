//! Writing extracted claims into a corpus without losing anything a person wrote.
//!
//! A new claims file is written whole. An existing one is never re-serialized:
//! new claims are inserted as text at the end of its `claims:` block (and new
//! meetings at the end of its `events:` block), so every comment, every edited
//! field, every claim confirmed, rejected or added by hand stays byte for byte. A
//! candidate is new when no claim in the file has its predicate and its quote or
//! span, whatever its status: a rejected claim is never proposed again. Files are
//! written atomically (a temporary file, then a rename), and the result is parsed
//! before it is written: if the old claims did not survive intact, nothing is.
//! An article's claims file is `NAME.yaml`, `NAME.yml` or `NAME.json`, whichever
//! is there; a JSON one is left as it is, and its plan says what was not added.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::candidate::{Candidate, Extraction};
use super::extract_text;
use crate::corpus::claim::EventRecord;
use crate::diagnostic::Diagnostic;
use crate::load::article::{FrontMatter, sha256_hex, split_front_matter};
use crate::load::files::ClaimsFile;
use crate::load::{front_matter, list_article_texts, parse_claims_source, read_corpus_file, yaml};

/// What `extract` will do to one claims file.
#[derive(Debug, Clone)]
pub struct FilePlan {
    /// The claims file.
    pub claims_path: PathBuf,
    /// Whether the claims file is new.
    pub created: bool,
    /// The claims added, with their new ids.
    pub added: Vec<(String, Candidate)>,
    /// The file's text after the change.
    pub contents: String,
    /// Whether the file is a JSON claims file, which extract leaves as it is
    /// (a program wrote it): `added` is then what extract would add, and
    /// [`write`] writes nothing.
    pub left_as_is: bool,
    /// The sha256 of the claims file as it was when the plan was made (`None`
    /// for a new file): [`write`] replaces only that file, never an edit a
    /// person saved in the meantime.
    pub planned_from: Option<String>,
}

/// What became of a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// The claims file now holds the new claims.
    Written,
    /// A JSON claims file, left as it is.
    LeftAsIs,
    /// The file changed (or appeared) after the plan was made: a person's
    /// edit is never overwritten, so it was left as it is.
    Changed,
    /// The file is read-only, or a link: it was not replaced.
    NotReplaced,
}

/// The prefix of the temporary files `write` makes beside a claims file; one
/// a killed run left behind is removed by the next ([`remove_leftovers`]).
const TEMPORARY_PREFIX: &str = ".claimcheck-";
const TEMPORARY_SUFFIX: &str = ".tmp";

/// Plans extraction for every article of the corpus folder `dir`, calling
/// `progress(done, total)` after each one. Nothing is written.
pub fn plan(
    dir: &Path,
    mut progress: impl FnMut(usize, usize),
) -> (Vec<FilePlan>, Vec<Diagnostic>) {
    let mut plans = Vec::new();
    let mut problems = Vec::new();
    if let Err(d) = crate::load::corpus_folder(dir) {
        problems.push(d);
        return (plans, problems);
    }
    let texts = list_article_texts(dir);
    for (done, text_path) in texts.iter().enumerate() {
        match plan_one(dir, text_path) {
            Ok(Some(p)) => plans.push(p),
            Ok(None) => {}
            Err(d) => problems.push(d),
        }
        progress(done + 1, texts.len());
    }
    (plans, problems)
}

/// Plans extraction for the article `text_path`: a new claims file, or the
/// claims to add to the one it has (`None` when there are none).
fn plan_one(dir: &Path, text_path: &Path) -> Result<Option<FilePlan>, Diagnostic> {
    let text = read_corpus_file(dir, text_path)?;
    let front = front_matter(text_path, &text)?;
    let body = split_front_matter(&text).map_or(0, |(_, b)| b);
    let found = extract_text(&text, body, front.published);
    let stem = text_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    // The article's claims file is NAME.yaml, NAME.yml or NAME.json, whichever
    // is there (load reads all three); a new one is NAME.yaml.
    let existing_path = ["yaml", "yml", "json"]
        .iter()
        .map(|ext| dir.join(format!("{stem}.{ext}")))
        .find(|path| path.exists());
    match existing_path {
        None => Ok(Some(new_file(dir, text_path, &stem, &text, &front, found))),
        Some(claims_path) => add_to_existing(dir, text_path, claims_path, &text, found),
    }
}

/// A new claims file, `NAME.yaml`, for an article that has none: its header,
/// the meetings, and every claim found, numbered from c1.
fn new_file(
    dir: &Path,
    text_path: &Path,
    stem: &str,
    text: &str,
    front: &FrontMatter,
    found: Extraction,
) -> FilePlan {
    let relative_text = text_path
        .strip_prefix(dir)
        .unwrap_or(text_path)
        .to_string_lossy()
        .replace('\\', "/");
    let claims_path = dir.join(format!("{stem}.yaml"));
    let ids: Vec<String> = (1..=found.claims.len()).map(|i| format!("c{i}")).collect();
    let mut contents = String::new();
    if dir.join(crate::load::schema::SCHEMA_FILE).is_file() {
        // Editors that know the schema check the file as a person reviews it.
        contents.push_str(crate::load::schema::MODELINE);
        contents.push('\n');
    }
    contents.push_str(&header(stem, &relative_text, front, &sha256_hex(text)));
    contents.push_str(&events_block(&found.events, 2));
    if found.claims.is_empty() {
        contents.push_str("claims: []\n");
    } else {
        contents.push_str("claims:\n");
        for (id, c) in ids.iter().zip(&found.claims) {
            contents.push_str(&claim_item(id, c, &text[c.span.0..c.span.1], 2));
        }
    }
    FilePlan {
        claims_path,
        created: true,
        added: ids.into_iter().zip(found.claims).collect(),
        contents,
        left_as_is: false,
        planned_from: None,
    }
}

/// The claims found that the article's existing claims file lacks, with ids
/// after its own, inserted into its text; `None` when it lacks none. A JSON file
/// is left as it is.
fn add_to_existing(
    dir: &Path,
    text_path: &Path,
    claims_path: PathBuf,
    text: &str,
    found: Extraction,
) -> Result<Option<FilePlan>, Diagnostic> {
    let source = read_corpus_file(dir, &claims_path)?;
    let existing = parse_claims_source(&claims_path, &source)?;
    let planned_from = Some(sha256_hex(&source));
    check_article_unchanged(text_path, &claims_path, &existing, text)?;
    let fresh = fresh_claims(&existing, found.claims, text);
    if fresh.is_empty() {
        return Ok(None);
    }
    let added = new_ids(&existing, fresh);
    if claims_path.extension().is_some_and(|e| e == "json") {
        return Ok(Some(FilePlan {
            claims_path,
            created: false,
            added,
            contents: source.to_string(),
            left_as_is: true,
            planned_from,
        }));
    }
    let events_added = events_to_add(&existing, &added, found.events);
    let contents = insert(&source, &claims_path, text, &added, &events_added)?;
    check_old_claims_kept(&claims_path, &contents, &existing, added.len())?;
    Ok(Some(FilePlan {
        claims_path,
        created: false,
        added,
        contents,
        left_as_is: false,
        planned_from,
    }))
}

/// Refuses an article whose text is not the one its claims file records (by
/// `sha256`): extracting again could misplace the spans of its claims.
fn check_article_unchanged(
    text_path: &Path,
    claims_path: &Path,
    existing: &ClaimsFile,
    text: &str,
) -> Result<(), Diagnostic> {
    if let Some(recorded) = &existing.article.sha256
        && !recorded.eq_ignore_ascii_case(&sha256_hex(text))
    {
        return Err(Diagnostic::file(claims_path, format!("{} has changed since its claims were written; extracting again could misplace their spans", text_path.display()))
            .expected("the text the claims were made from: review the spans and update sha256 first"));
    }
    Ok(())
}

/// The candidates that no claim of the file covers already, whatever its
/// status (a rejected claim is never proposed again, a reviewed one never
/// twice): one with the same subject, predicate and object, or one of the
/// same predicate whose quote overlaps the candidate's (a quote a reviewer
/// narrowed, or a claim added by hand with no span yet).
fn fresh_claims(existing: &ClaimsFile, found: Vec<Candidate>, text: &str) -> Vec<Candidate> {
    use crate::normalize::names::fold;
    let said: HashSet<(String, String, String)> = existing
        .claims
        .iter()
        .map(|c| (c.predicate.to_string(), fold(&c.subject), fold(&c.object)))
        .collect();
    let quoted: Vec<(String, [usize; 2])> = existing
        .claims
        .iter()
        .flat_map(|c| {
            let spans = match (c.span, c.quote.as_deref()) {
                (Some(span), _) => vec![span],
                (None, Some(quote)) => crate::load::quote::occurrences(text, quote),
                (None, None) => Vec::new(),
            };
            spans
                .into_iter()
                .map(|span| (c.predicate.to_string(), span))
        })
        .collect();
    found
        .into_iter()
        .filter(|c| {
            let key = (c.predicate.to_string(), fold(&c.subject), fold(&c.object));
            let overlaps = quoted.iter().any(|(predicate, [start, end])| {
                predicate == c.predicate && *start < c.span.1 && c.span.0 < *end
            });
            !said.contains(&key) && !overlaps
        })
        .collect()
}

/// Ids for the new claims: `cN` after the highest the file has, skipping any id
/// it uses.
fn new_ids(existing: &ClaimsFile, fresh: Vec<Candidate>) -> Vec<(String, Candidate)> {
    let used: HashSet<&str> = existing.claims.iter().map(|c| c.id.as_str()).collect();
    let mut next = existing
        .claims
        .iter()
        .filter_map(|c| c.id.strip_prefix('c')?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    let mut added = Vec::new();
    for c in fresh {
        let id = loop {
            next += 1;
            let id = format!("c{next}");
            if !used.contains(id.as_str()) {
                break id;
            }
        };
        added.push((id, c));
    }
    added
}

/// The meetings the new claims speak of that the file does not list yet.
fn events_to_add(
    existing: &ClaimsFile,
    added: &[(String, Candidate)],
    found: Vec<EventRecord>,
) -> Vec<EventRecord> {
    let have_events: HashSet<&str> = existing.events.iter().map(|e| e.id.as_str()).collect();
    let needed: HashSet<&str> = added
        .iter()
        .filter_map(|(_, c)| c.event.as_deref().or(Some(c.subject.as_str())))
        .collect();
    found
        .into_iter()
        .filter(|e| needed.contains(e.id.as_str()) && !have_events.contains(e.id.as_str()))
        .collect()
}

/// The old claims must read back exactly as they were from the new `contents`,
/// followed by the `added` new ones; if not, nothing is written.
fn check_old_claims_kept(
    claims_path: &Path,
    contents: &str,
    existing: &ClaimsFile,
    added: usize,
) -> Result<(), Diagnostic> {
    let reread: ClaimsFile = yaml::parse(claims_path, &Arc::from(contents), "a claims file")
        .map_err(|d| {
            Diagnostic::file(
                claims_path,
                format!(
                    "adding claims would leave the file unreadable ({}); nothing was written",
                    d.message
                ),
            )
        })?;
    let unchanged = reread.claims.len() == existing.claims.len() + added
        && reread
            .claims
            .iter()
            .zip(&existing.claims)
            .all(|(a, b)| format!("{a:?}") == format!("{b:?}"));
    if !unchanged {
        return Err(Diagnostic::file(
            claims_path,
            "cannot add claims to this file without changing the ones it has; nothing was written",
        )
        .expected("a block-style `claims:` list"));
    }
    Ok(())
}

/// Writes a plan's file atomically: a temporary file beside it with the
/// claims file's permissions and owner, then a rename, then the folder synced.
/// A file that changed since the plan was made, a read-only file and a link
/// are left as they are, and the outcome says so.
pub fn write(plan: &FilePlan) -> std::io::Result<Written> {
    if plan.left_as_is {
        return Ok(Written::LeftAsIs);
    }
    let dir = plan.claims_path.parent().unwrap_or(Path::new("."));
    let existing = match std::fs::symlink_metadata(&plan.claims_path) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(e),
    };
    let original = match (&existing, &plan.planned_from) {
        // It appeared, or went, since the plan.
        (Some(_), None) | (None, Some(_)) => return Ok(Written::Changed),
        (Some(meta), Some(_)) if !meta.is_file() || meta.permissions().readonly() => {
            return Ok(Written::NotReplaced);
        }
        (Some(meta), Some(_)) => Some(meta),
        (None, None) => None,
    };
    if !unchanged(plan)? {
        return Ok(Written::Changed);
    }
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .suffix(TEMPORARY_SUFFIX)
        .tempfile_in(dir)?;
    tmp.write_all(plan.contents.as_bytes())?;
    if let Some(meta) = original {
        keep_permissions_and_owner(tmp.path(), meta)?;
    }
    tmp.as_file().sync_all()?;
    match original {
        Some(_) => {
            // Once more, as close to the rename as can be.
            if !unchanged(plan)? {
                return Ok(Written::Changed);
            }
            tmp.persist(&plan.claims_path).map_err(|e| e.error)?;
        }
        None => match tmp.persist_noclobber(&plan.claims_path) {
            Ok(_) => {}
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => {
                return Ok(Written::Changed);
            }
            Err(e) => return Err(e.error),
        },
    }
    std::fs::File::open(dir)?.sync_all()?;
    Ok(Written::Written)
}

/// Whether the claims file is still what the plan was made from.
fn unchanged(plan: &FilePlan) -> std::io::Result<bool> {
    match &plan.planned_from {
        None => Ok(!plan.claims_path.exists()),
        Some(sha) => {
            let now = std::fs::read(&plan.claims_path)?;
            Ok(hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&now)) == *sha)
        }
    }
}

/// Gives the new file the permissions of the one it replaces and, where this
/// process may, its owner.
fn keep_permissions_and_owner(path: &Path, original: &std::fs::Metadata) -> std::io::Result<()> {
    std::fs::set_permissions(path, original.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only the superuser may give a file away; anyone else keeps it theirs.
        let _ = std::os::unix::fs::chown(path, Some(original.uid()), Some(original.gid()));
    }
    Ok(())
}

/// Removes the temporary files a killed run left in the corpus folder `dir`,
/// and says which.
pub fn remove_leftovers(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_ours = name.starts_with(TEMPORARY_PREFIX) && name.ends_with(TEMPORARY_SUFFIX);
        if is_ours
            && entry.file_type().is_ok_and(|t| t.is_file())
            && std::fs::remove_file(entry.path()).is_ok()
        {
            removed.push(entry.path());
        }
    }
    removed.sort();
    removed
}

fn header(stem: &str, text: &str, front: &crate::load::article::FrontMatter, sha: &str) -> String {
    let quoted = |v: &Option<String>| v.as_deref().map_or("null".to_string(), yaml_string);
    format!(
        "# Claims extracted from {text} by claimcheck. Review each one: set its status to\n\
         # confirmed or rejected, fix any field, add what is missing (by: hand).\n\
         article:\n  id: {}\n  text: {}\n  outlet: {}\n  published: {}\n  sha256: {sha}\n",
        yaml_string(stem),
        yaml_string(text),
        quoted(&front.outlet),
        front
            .published
            .map_or("null".to_string(), |d| d.to_string()),
    )
}

fn events_block(events: &[EventRecord], indent: usize) -> String {
    if events.is_empty() {
        return String::new();
    }
    let mut out = String::from("events:\n");
    for e in events {
        out.push_str(&event_item(e, indent));
    }
    out
}

fn event_item(e: &EventRecord, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = format!("{pad}- id: {}\n", yaml_string(&e.id));
    if let Some(what) = &e.what {
        out.push_str(&format!("{pad}  what: {}\n", yaml_string(what)));
    }
    if let Some(by) = &e.by {
        out.push_str(&format!("{pad}  by: {by}\n"));
    }
    out
}

fn claim_item(id: &str, c: &Candidate, quote: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = format!("{pad}- id: {id}\n");
    let mut field = |k: &str, v: String| out.push_str(&format!("{pad}  {k}: {v}\n"));
    field("subject", yaml_string(&c.subject));
    field("predicate", c.predicate.to_string());
    field("object", yaml_string(&c.object));
    field("quote", yaml_string(quote));
    field("span", format!("[{}, {}]", c.span.0, c.span.1));
    if let Some(e) = &c.event {
        field("event", yaml_string(e));
    }
    if let Some(h) = &c.hedge {
        field("hedge", yaml_string(h));
    }
    if let Some(a) = &c.according_to {
        field("according_to", yaml_string(a));
    }
    field("status", "unreviewed".to_string());
    field("by", format!("rule:{}", c.rule));
    out
}

/// A YAML double-quoted scalar (JSON's string syntax is one).
fn yaml_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// The file's text with claims and events inserted at the ends of their blocks.
fn insert(
    source: &str,
    path: &Path,
    text: &str,
    added: &[(String, Candidate)],
    events: &[EventRecord],
) -> Result<String, Diagnostic> {
    let mut out = source.to_string();
    if !out.ends_with('\n') {
        out.push('\n');
    }
    let block = Block::find(&out, "claims").ok_or_else(|| {
        Diagnostic::file(
            path,
            "the file has no top-level `claims:`; nothing was written",
        )
        .expected("a `claims:` list")
    })?;
    let items: String = added
        .iter()
        .map(|(id, c)| claim_item(id, c, &text[c.span.0..c.span.1], block.indent))
        .collect();
    out = block.append(&out, &items, path)?;
    if !events.is_empty() {
        out = match Block::find(&out, "events") {
            Some(block) => {
                let items: String = events.iter().map(|e| event_item(e, block.indent)).collect();
                block.append(&out, &items, path)?
            }
            None => {
                let at = Block::find(&out, "claims").map_or(out.len(), |b| b.key_start);
                format!("{}{}{}", &out[..at], events_block(events, 2), &out[at..])
            }
        };
    }
    Ok(out)
}

/// A top-level key of a block-style YAML file and the lines that belong to it.
struct Block {
    key_start: usize,
    /// Where the key's own line ends (after its newline).
    key_end: usize,
    /// Where the block ends: the next top-level key, or the end of the file.
    end: usize,
    /// What follows the colon on the key's line ("", "[]", …).
    inline: String,
    /// How far its list items are indented.
    indent: usize,
}

impl Block {
    fn find(text: &str, key: &str) -> Option<Block> {
        let mut offset = 0;
        let mut found: Option<Block> = None;
        let mut indent: Option<usize> = None;
        for line in text.split_inclusive('\n') {
            let top_level = line
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && c != '#' && c != '-');
            match &mut found {
                None if top_level && line.strip_prefix(key).is_some_and(|r| r.starts_with(':')) => {
                    let after = line[key.len() + 1..].split(" #").next().unwrap_or("");
                    found = Some(Block {
                        key_start: offset,
                        key_end: offset + line.len(),
                        end: text.len(),
                        inline: after.trim().to_string(),
                        indent: 2,
                    });
                }
                Some(block) if top_level => {
                    block.end = offset;
                    break;
                }
                Some(_) if indent.is_none() => {
                    // The first item sets the indent of the ones added after it.
                    let trimmed = line.trim_start();
                    if trimmed.starts_with("- ") {
                        indent = Some(line.len() - trimmed.len());
                    }
                }
                _ => {}
            }
            offset += line.len();
        }
        found.map(|block| Block {
            indent: indent.unwrap_or(2),
            ..block
        })
    }

    /// `text` with `items` added at the end of this block.
    fn append(&self, text: &str, items: &str, path: &Path) -> Result<String, Diagnostic> {
        match self.inline.as_str() {
            "" => {
                // Keep the block's trailing blank lines after the new items.
                let body = &text[..self.end];
                let trimmed = body.trim_end_matches('\n');
                let at = (trimmed.len() + 1).min(self.end);
                Ok(format!("{}{items}{}", &text[..at], &text[at..]))
            }
            "[]" => {
                let key = &text[self.key_start..self.key_end];
                let line = if key.contains(" []") { key.replacen(" []", "", 1) } else { key.replacen("[]", "", 1) };
                Ok(format!("{}{line}{items}{}", &text[..self.key_start], &text[self.key_end..]))
            }
            _ => Err(Diagnostic::file(path, "its list is written inline (flow style), where claims cannot be added without rewriting it; nothing was written")
                .expected("a block-style list, one `- ` item per line")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A corpus of one article with a claims file, planned: the plan to add
    /// what extraction finds, and the folder.
    fn planned() -> (tempfile::TempDir, FilePlan) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("articles")).unwrap();
        let text = "---\npublished: 2026-01-17\n---\nThe talks were held in Oslo on Friday.\n";
        std::fs::write(dir.path().join("articles/a.txt"), text).unwrap();
        std::fs::write(
            dir.path().join("a.yaml"),
            format!(
                "# reviewed\narticle:\n  text: articles/a.txt\n  sha256: {}\nclaims: []\n",
                sha256_hex(text)
            ),
        )
        .unwrap();
        let (mut plans, problems) = plan(dir.path(), |_, _| {});
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(plans.len(), 1);
        (dir, plans.remove(0))
    }

    /// An edit a person saves after the plan was made is never overwritten.
    #[test]
    fn an_edit_saved_while_extract_runs_is_kept() {
        let (dir, plan) = planned();
        let edited =
            "# reviewed, and edited meanwhile\narticle:\n  text: articles/a.txt\nclaims: []\n";
        std::fs::write(dir.path().join("a.yaml"), edited).unwrap();
        assert_eq!(write(&plan).unwrap(), Written::Changed);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(),
            edited
        );
    }

    /// A new file that appears after the plan is not overwritten either.
    #[test]
    fn a_file_that_appears_meanwhile_is_kept() {
        let (dir, mut plan) = planned();
        plan.claims_path = dir.path().join("b.yaml");
        plan.planned_from = None;
        std::fs::write(&plan.claims_path, "mine").unwrap();
        assert_eq!(write(&plan).unwrap(), Written::Changed);
        assert_eq!(std::fs::read_to_string(&plan.claims_path).unwrap(), "mine");
    }

    /// The file written keeps the permissions of the one it replaces, and a
    /// read-only one is not replaced.
    #[cfg(unix)]
    #[test]
    fn permissions_are_kept_and_read_only_files_left() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, plan) = planned();
        let path = dir.path().join("a.yaml");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        assert_eq!(write(&plan).unwrap(), Written::Written);
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert!(std::fs::read_to_string(&path).unwrap().contains("Oslo"));

        let (dir, plan) = planned();
        let path = dir.path().join("a.yaml");
        let before = std::fs::read_to_string(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert_eq!(write(&plan).unwrap(), Written::NotReplaced);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), before);
    }

    /// What a killed run left behind is removed, and nothing else.
    #[test]
    fn leftovers_of_a_killed_run_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let leftover = dir.path().join(".claimcheck-Ab12Cd.tmp");
        std::fs::write(&leftover, "half").unwrap();
        std::fs::write(dir.path().join("notes.tmp"), "mine").unwrap();
        assert_eq!(
            remove_leftovers(dir.path()),
            std::slice::from_ref(&leftover)
        );
        assert!(!leftover.exists() && dir.path().join("notes.tmp").exists());
    }

    proptest! {
        /// Whatever a candidate holds, the item the writer makes reads back as the
        /// same claim: quotes, backslashes, newlines, emoji and all.
        #[test]
        fn written_claims_read_back_unchanged(subject in "\\PC{0,40}", object in "\\PC{0,40}", quote in "\\PC{0,60}", hedge in proptest::option::of("[a-z ]{1,12}")) {
            let c = Candidate { subject: subject.clone(), predicate: "title", object: object.clone(), span: (3, 9), event: None, according_to: None, hedge: hedge.clone(), rule: "title-before-name" };
            let text = format!("article:\n  text: a.txt\nclaims:\n{}", claim_item("c1", &c, &quote, 2));
            let file: ClaimsFile = serde_yaml::from_str(&text).unwrap();
            let r = &file.claims[0];
            prop_assert_eq!(&r.subject, &subject);
            prop_assert_eq!(&r.object, &object);
            prop_assert_eq!(r.quote.as_deref(), Some(quote.as_str()));
            prop_assert_eq!(r.hedge.as_deref(), hedge.as_deref());
            prop_assert_eq!(r.span, Some([3, 9]));
        }
    }

    fn candidate(subject: &str, event: Option<&str>) -> Candidate {
        Candidate {
            subject: subject.into(),
            predicate: "venue",
            object: "Oslo".into(),
            span: (0, 4),
            event: event.map(String::from),
            hedge: None,
            according_to: None,
            rule: "meeting-venue",
        }
    }

    const TEXT: &str = "Oslo hosted the talks.";

    #[test]
    fn an_empty_list_and_a_missing_events_block_are_filled_in_place() {
        let source = "# notes stay\narticle:\n  text: articles/a.txt\nclaims: []  # none yet\n";
        let event = EventRecord {
            id: "meeting-1".into(),
            what: Some("a meeting in Oslo".into()),
            by: Some("rule:meeting".into()),
        };
        let out = insert(
            source,
            Path::new("a.yaml"),
            TEXT,
            &[("c1".into(), candidate("meeting-1", None))],
            &[event],
        )
        .unwrap();
        assert!(
            out.starts_with(
                "# notes stay\narticle:\n  text: articles/a.txt\nevents:\n  - id: \"meeting-1\"\n"
            ),
            "{out}"
        );
        assert!(out.contains("claims:  # none yet\n  - id: c1\n"), "{out}");
        let parsed: ClaimsFile = serde_yaml::from_str(&out).unwrap();
        assert_eq!(parsed.claims.len(), 1);
        assert_eq!(parsed.events.len(), 1);
    }

    #[test]
    fn claims_go_to_the_end_of_their_block_with_its_indent() {
        let source = "article:\n  text: articles/a.txt\nclaims:\n- id: c1\n  subject: x\n  predicate: p\n  object: o\n  quote: Oslo\n  span: [0, 4]\n  status: rejected\n  by: hand\n\nnote_for_later: keep me\n";
        let out = insert(
            source,
            Path::new("a.yaml"),
            TEXT,
            &[("c2".into(), candidate("meeting-1", None))],
            &[],
        )
        .unwrap();
        assert!(
            out.contains("  by: hand\n- id: c2\n  subject: \"meeting-1\"\n"),
            "{out}"
        );
        assert!(out.ends_with("\nnote_for_later: keep me\n"), "{out}");
    }

    #[test]
    fn a_flow_style_list_is_refused_not_rewritten() {
        let source = "article:\n  text: a.txt\nclaims: [{id: c1}]\n";
        let err = insert(
            source,
            Path::new("a.yaml"),
            TEXT,
            &[("c2".into(), candidate("m", None))],
            &[],
        )
        .unwrap_err();
        assert!(err.message.contains("inline"), "{}", err.message);
    }
}
