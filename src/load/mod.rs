//! Load and validate: a corpus folder in, a [`Corpus`] and every problem found out.
//!
//! Like a compiler, the loader does not stop at the first bad file: it reports
//! each one, keeps what could be read, and lets the caller decide what to do. A
//! claims file with any problem is left out whole, so that the report never rests
//! on half a file.

pub mod article;
pub mod entities;
pub mod files;
pub mod locate;
pub mod policy;
pub mod quote;
pub mod schema;
pub mod verdicts;
pub(crate) mod yaml;

use std::collections::HashSet;
use std::fs;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use rustc_hash::FxHashSet;

use rayon::prelude::*;

use crate::corpus::claim::{ClaimRecord, Status};
use crate::corpus::entity::EntityRecord;
use crate::corpus::policy::Policies;
use crate::corpus::{Article, Claim, Corpus};
use crate::diagnostic::{Diagnostic, Position};
use article::{FrontMatter, sha256_hex, split_front_matter};
use entities::EntitiesFile;
use files::ClaimsFile;
use locate::Locator;
use policy::PoliciesFile;

/// The files of a corpus folder that are not claims files.
pub const POLICIES_FILE: &str = "claimcheck.yaml";
pub const ENTITIES_FILE: &str = "entities.yaml";
pub const VERDICTS_FILE: &str = "verdicts.yaml";
/// Where article texts live inside a corpus folder.
pub const ARTICLES_DIR: &str = "articles";
/// The largest file the loader reads; anything bigger is refused, not half-read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// What loading a corpus gives: what could be read, and what could not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether `dir` is a corpus folder at all: one that can be read and
    /// holds an `articles/` folder with something in it or claims files.
    /// When it is not, there is nothing to report on.
    pub is_corpus: bool,
}

/// Reads every file of the corpus folder `dir`.
pub fn load(dir: &Path) -> Loaded {
    let mut loaded = Loaded::default();
    loaded.corpus.dir = dir.to_path_buf();
    let files = match corpus_folder(dir) {
        Ok(files) => files,
        Err(d) => {
            loaded.diagnostics.push(d);
            return loaded;
        }
    };
    loaded.is_corpus = true;
    let diagnostics = &mut loaded.diagnostics;
    let corpus = &mut loaded.corpus;
    corpus.policies = read_optional::<PoliciesFile>(
        dir,
        &files,
        POLICIES_FILE,
        "a predicates file: `predicates:` mapping names to policies",
        diagnostics,
    )
    .map_or_else(Policies::default, |file| {
        Policies::with_overrides(file.predicates)
    });
    corpus.entities = read_entities(dir, &files, diagnostics);
    corpus.verdicts = read_optional::<verdicts::VerdictsFile>(
        dir,
        &files,
        VERDICTS_FILE,
        "a verdicts file: `verdicts:` mapping dispute ids to `verdict:` (confirmed, dismissed or explained) and a `note:`",
        diagnostics,
    )
    .map(|file| file.verdicts)
    .unwrap_or_default();
    let mut articles = read_claims_files(dir, &files, &mut corpus.claims, diagnostics);
    articles.extend(read_bare_articles(dir, &articles, diagnostics));
    corpus.articles = in_id_order(dir, articles, &mut corpus.claims, diagnostics);
    // A claims file left out for a problem in its article's text leaves that
    // text to be read again on its own: say each problem once.
    let mut seen = HashSet::new();
    diagnostics.retain(|d| seen.insert(d.to_string()));
    crate::corpus::label_articles(&mut corpus.articles);
    loaded
}

/// The YAML file `name` of the corpus folder, if there is one and it reads
/// as `T`; what is wrong with it goes to `diagnostics`.
fn read_optional<T: serde::de::DeserializeOwned>(
    dir: &Path,
    files: &[PathBuf],
    name: &str,
    what: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<T> {
    let path = dir.join(name);
    if !files.contains(&path) {
        return None;
    }
    read_yaml::<T>(dir, &path, what)
        .map_err(|d| diagnostics.push(d))
        .ok()
}

/// The entities of `entities.yaml`, if there is one; what is wrong with it
/// (it does not parse, an entity listed twice, a containment loop) goes to
/// `diagnostics`, each problem at the entity and field at fault.
fn read_entities(
    dir: &Path,
    files: &[PathBuf],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<EntityRecord> {
    let path = dir.join(ENTITIES_FILE);
    if !files.contains(&path) {
        return Vec::new();
    }
    let parsed = read_corpus_file(dir, &path).and_then(|text| {
        let file: EntitiesFile = yaml::parse(
            &path,
            &text,
            "an entities file: `entities:` with name, kind, aliases",
        )?;
        Ok((text, file))
    });
    let (text, file) = match parsed {
        Ok(read) => read,
        Err(d) => {
            diagnostics.push(d);
            return Vec::new();
        }
    };
    let problems = entities::problems(&file.entities);
    if !problems.is_empty() {
        let locator = Locator::of_list(&text, "entities");
        diagnostics.extend(problems.into_iter().map(|p| {
            let at = locator
                .field(p.index, p.field)
                .unwrap_or(Position { line: 1, column: 1 });
            Diagnostic::at(&path, &text, at, p.message)
                .expected("each entity listed once, with aliases of its own, places contained without loops, and tenures that end after they start")
        }));
    }
    file.entities
}

/// Every claims file's article, in path order, its claims moved into
/// `claims` with the article's index in that order.
///
/// Files are read and parsed in parallel, a batch at a time, and each
/// batch's claims are moved straight into the corpus's list: the claims of
/// every file are never held twice (at a million claims, 136 MB more, and
/// on a virtual machine fresh memory costs seconds). Results are taken in
/// path order, so the outcome is the same whatever the scheduling.
fn read_claims_files(
    dir: &Path,
    files: &[PathBuf],
    claims: &mut Vec<Claim>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Article> {
    let claims_files: Vec<&PathBuf> = files.iter().filter(|p| is_claims_file(p)).collect();
    let mut articles: Vec<Article> = Vec::new();
    for (batch, paths) in claims_files.chunks(BATCH).enumerate() {
        let read: Vec<_> = paths
            .par_iter()
            .map(|path| {
                // A canonical order, so that nothing downstream depends on the order
                // in which a person wrote the claims (ids are unique within a file).
                read_claims_file(dir, path).map(|mut read| {
                    read.claims
                        .sort_by(|a, b| natural(&a.id).cmp(&natural(&b.id)));
                    read
                })
            })
            .collect();
        for result in read {
            match result {
                Ok(read) => {
                    let index = articles.len();
                    claims.extend(read.claims.into_iter().map(|record| Claim {
                        article: index,
                        record,
                    }));
                    articles.push(read.article);
                    diagnostics.extend(read.problems);
                }
                Err(mut ds) => diagnostics.append(&mut ds),
            }
        }
        if batch == 0 {
            // Room for the rest at the first batch's rate, and a tenth more:
            // growing by doubling would copy every claim and, at the last
            // step, hold them one and a half times.
            let read = claims_files.len().min(BATCH);
            let expected = claims.len() * claims_files.len() / read.max(1);
            claims.reserve((expected + expected / 10).saturating_sub(claims.len()));
        }
    }
    articles
}

/// The texts in articles/ that no claims file points to, as articles of
/// their own (their front matter says what a claims file would), in name order.
fn read_bare_articles(
    dir: &Path,
    with_claims: &[Article],
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Article> {
    let articles_dir = Path::new(ARTICLES_DIR);
    let with_claims: FxHashSet<&std::ffi::OsStr> = with_claims
        .iter()
        .map(|article| article.text_path.as_path())
        .filter(|path| path.parent() == Some(articles_dir))
        .filter_map(|path| path.file_name())
        .collect();
    let mut bare: Vec<PathBuf> = article_text_names(dir)
        .filter(|name| !with_claims.contains(name.as_os_str()))
        .map(|name| articles_dir.join(name))
        .collect();
    bare.sort_unstable();
    bare.par_iter()
        .map(|relative| read_bare_article(dir, relative))
        .collect::<Vec<_>>()
        .into_iter()
        .filter_map(|result| result.map_err(|d| diagnostics.push(d)).ok())
        .collect()
}

/// Claims files read and parsed in parallel before their claims are moved
/// into the corpus's list: enough to keep both cores busy, few enough that
/// their parsed claims are a small part of the whole.
const BATCH: usize = 1024;

/// The articles sorted by id (stably, so in path order among equals), and
/// each claim pointed at its article's new place. An article that reuses an
/// id is left out, with its claims, and reported.
fn in_id_order(
    dir: &Path,
    articles: Vec<Article>,
    claims: &mut Vec<Claim>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Article> {
    // The new place of each article, by its place in path order.
    let mut place: Vec<Option<usize>> = vec![None; articles.len()];
    let mut by_id: Vec<(usize, Article)> = articles.into_iter().enumerate().collect();
    by_id.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let mut sorted: Vec<Article> = Vec::with_capacity(by_id.len());
    for (old, article) in by_id {
        if let Some(first) = sorted.last()
            && first.id == article.id
        {
            let path = article.claims_path.as_ref().unwrap_or(&article.text_path);
            let first_path = first.claims_path.as_ref().unwrap_or(&first.text_path);
            diagnostics.push(
                Diagnostic::file(
                    dir.join(path),
                    format!(
                        "article id `{}` is already used by {}",
                        article.id,
                        dir.join(first_path).display()
                    ),
                )
                .expected("one claims file per article, each with its own id"),
            );
            continue;
        }
        place[old] = Some(sorted.len());
        sorted.push(article);
    }
    // Usually ids follow file names and nothing moves.
    if place.iter().enumerate().any(|(old, new)| *new != Some(old)) {
        claims.retain(|c| place[c.article].is_some());
        for claim in claims.iter_mut() {
            claim.article = place[claim.article].expect("kept above");
        }
        // Stable: each file's claims keep their order.
        claims.sort_by_key(|c| c.article);
    }
    sorted
}

/// A sort key for ids that orders `c2` before `c10`, borrowed from the id.
fn natural(id: &str) -> (&str, u64, &str) {
    let prefix_len = id.len() - id.trim_start_matches(|c: char| !c.is_ascii_digit()).len();
    let (prefix, rest) = id.split_at(prefix_len);
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, tail) = rest.split_at(digits);
    (prefix, number.parse().unwrap_or(u64::MAX), tail)
}

fn list_files(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = fs::read_dir(dir).map_err(|e| {
        Diagnostic::file(dir, format!("cannot read the corpus folder: {e}"))
            .expected("a folder holding claims files and an articles/ folder")
    })?;
    Ok(by_name(entries))
}

/// The entries of the corpus folder `dir`, or why it is no corpus folder.
pub fn corpus_folder(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let files = list_files(dir)?;
    if let Some(d) = not_a_corpus(dir, &files) {
        return Err(d);
    }
    let articles = dir.join(ARTICLES_DIR);
    if leads_outside(dir, &articles) {
        return Err(Diagnostic::file(
            &articles,
            "this folder is a link that leads outside the corpus folder; nothing in it is read",
        )
        .expected(
            "the article texts inside the corpus folder (copy them in rather than linking to them)",
        ));
    }
    Ok(files)
}

/// Whether `path`, inside the corpus folder `dir` by its name, leads outside
/// it through a symbolic link (of its own, or of a folder on the way).
/// Article texts lie in `dir` or in `dir/articles`, which [`corpus_folder`]
/// checked: only a link of the file's own, or a folder deeper down, costs a
/// look at where it really is.
fn leads_outside(dir: &Path, path: &Path) -> bool {
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    let parent = path.parent().unwrap_or(dir);
    let known_parent = parent == dir || parent == dir.join(ARTICLES_DIR);
    if !is_link && known_parent {
        return false;
    }
    let (Ok(root), Ok(real)) = (fs::canonicalize(dir), fs::canonicalize(path)) else {
        // A link to nothing: reading it fails with its own message.
        return false;
    };
    !real.starts_with(root)
}

/// Reads the corpus file `path` of the corpus folder `dir`, refusing one that
/// a link leads outside the folder: its text is never read, let alone quoted.
pub(crate) fn read_corpus_file(dir: &Path, path: &Path) -> Result<Arc<str>, Diagnostic> {
    if leads_outside(dir, path) {
        return Err(Diagnostic::file(
            path,
            "this file is a link that leads outside the corpus folder; it is not read",
        )
        .expected("files inside the corpus folder (copy the file in rather than linking to it)"));
    }
    read_text(path)
}

/// Why `dir`, whose entries are `files`, is no corpus folder, if it is not:
/// it has no `articles/` folder (perhaps it is the articles folder itself),
/// or neither article texts nor claims files.
fn not_a_corpus(dir: &Path, files: &[PathBuf]) -> Option<Diagnostic> {
    let articles = dir.join(ARTICLES_DIR);
    let has_claims = files.iter().any(|p| is_claims_file(p));
    if !articles.is_dir() {
        let message = if dir.file_name().is_some_and(|n| n == ARTICLES_DIR) {
            format!(
                "this is the {ARTICLES_DIR}/ folder of a corpus, not the corpus folder: give the folder above it"
            )
        } else {
            format!("this folder has no {ARTICLES_DIR}/ folder")
        };
        return Some(Diagnostic::file(dir, message).expected(
            "a corpus folder: claims files (NAME.yaml) beside an articles/ folder of texts (NAME.txt)",
        ));
    }
    if !has_claims && article_text_names(dir).next().is_none() {
        return Some(
            Diagnostic::file(dir, "the corpus is empty: no claims files, and no texts in articles/")
                .expected("article texts in articles/NAME.txt, then `claimcheck extract` to propose their claims"),
        );
    }
    None
}

/// The paths of a folder's entries, in the byte order of their names. (Taking
/// the name apart from each path again in every comparison cost a corpus of
/// 100,000 articles half a second.)
fn by_name(entries: fs::ReadDir) -> Vec<PathBuf> {
    let mut named: Vec<(std::ffi::OsString, PathBuf)> = entries
        .filter_map(|e| e.ok())
        .map(|e| (e.file_name(), e.path()))
        .collect();
    named.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    named.into_iter().map(|(_, path)| path).collect()
}

/// The article texts of a corpus folder, in the byte order of their names.
pub(crate) fn list_article_texts(dir: &Path) -> Vec<PathBuf> {
    let mut names: Vec<std::ffi::OsString> = article_text_names(dir).collect();
    names.sort_unstable();
    let articles = dir.join(ARTICLES_DIR);
    names.into_iter().map(|name| articles.join(name)).collect()
}

/// The names of the `.txt` files in the corpus folder's articles/, in the
/// order the folder lists them; none if it cannot be read.
fn article_text_names(dir: &Path) -> impl Iterator<Item = std::ffi::OsString> {
    fs::read_dir(dir.join(ARTICLES_DIR))
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|name| Path::new(name).extension().is_some_and(|x| x == "txt"))
}

fn is_claims_file(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    (name.ends_with(".yaml") || name.ends_with(".yml") || name.ends_with(".json"))
        && ![POLICIES_FILE, ENTITIES_FILE, VERDICTS_FILE].contains(&name)
        && !name.ends_with(".schema.json")
}

/// Reads a file as UTF-8 text, refusing what is not a readable, reasonably sized file.
pub(crate) fn read_text(path: &Path) -> Result<Arc<str>, Diagnostic> {
    let meta = fs::metadata(path)
        .map_err(|e| Diagnostic::file(path, format!("cannot read the file: {e}")))?;
    if meta.is_dir() {
        return Err(Diagnostic::file(path, "this is a folder, not a file").expected("a file"));
    }
    if !meta.is_file() {
        // A pipe or a device could block forever or never end.
        return Err(Diagnostic::file(
            path,
            "this is not a regular file (a pipe, a socket or a device)",
        )
        .expected("a regular file"));
    }
    let too_big = |len: u64| {
        Diagnostic::file(
            path,
            format!("the file is {len} bytes, over the limit of {MAX_FILE_BYTES}"),
        )
        .expected("a smaller file: split the corpus")
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    // Sized from the metadata above. `File::read_to_end` would ask the file
    // system for the size and position again, two calls per file that a
    // corpus of 100,000 articles makes 400,000 times; through `take` the
    // plain loop reads into the room given.
    let read = || -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        let mut bytes = Vec::with_capacity(meta.len() as usize + 1);
        fs::File::open(path)?
            .take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)?;
        Ok(bytes)
    };
    let bytes = read().map_err(|e| Diagnostic::file(path, format!("cannot read the file: {e}")))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew after it was measured.
        return Err(too_big(bytes.len() as u64));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text.into()),
        Err(e) => {
            let bytes = e.as_bytes();
            let valid = e.utf8_error().valid_up_to();
            let text: Arc<str> = String::from_utf8_lossy(bytes).into();
            let good = std::str::from_utf8(&bytes[..valid]).unwrap_or("");
            let position = Position::of_offset(good, good.len());
            Err(Diagnostic::at(
                path,
                &text,
                position,
                format!("invalid UTF-8 at byte {valid}"),
            )
            .expected("text encoded as UTF-8"))
        }
    }
}

fn read_yaml<T: serde::de::DeserializeOwned>(
    dir: &Path,
    path: &Path,
    what: &str,
) -> Result<T, Diagnostic> {
    let text = read_corpus_file(dir, path)?;
    yaml::parse(path, &text, what)
}

const CLAIMS_FILE: &str = "a claims file: `article:` (text, published, sha256) and `claims:`";

/// A claims file as read: its article, its claims that could be located in
/// the article's text (each with its span), and what was wrong with the
/// others or is worth knowing (notes).
pub struct ReadClaims {
    pub article: Article,
    pub claims: Vec<ClaimRecord>,
    pub problems: Vec<Diagnostic>,
}

fn read_claims_file(dir: &Path, path: &Path) -> Result<ReadClaims, Vec<Diagnostic>> {
    let source = read_corpus_file(dir, path).map_err(|d| vec![d])?;
    let (file, source, unread) = parse_claims_leniently(path, &source)?;
    // Positions are found only for a message: most files have none.
    let header_at = |key: &str| {
        Locator::new(&source)
            .header_field("article", key)
            .unwrap_or(Position { line: 1, column: 1 })
    };
    let relative_text = PathBuf::from(&file.article.text);
    if !is_inside(&relative_text) {
        return Err(vec![
            Diagnostic::at(
                path,
                &source,
                header_at("text"),
                "the article text must be inside the corpus folder",
            )
            .expected("a relative path such as articles/NAME.txt"),
        ]);
    }
    let text_path = dir.join(&relative_text);
    let text = read_corpus_file(dir, &text_path).map_err(|d| {
        vec![
            Diagnostic::at(
                path,
                &source,
                header_at("text"),
                format!(
                    "cannot use the article text {}: {}",
                    text_path.display(),
                    d.message
                ),
            )
            .expected("the path of an existing article text"),
        ]
    })?;
    let mut read =
        check_claims_file(path, &source, file, &text_path, &text).map_err(|mut ds| {
            ds.splice(0..0, unread.iter().cloned());
            ds
        })?;
    read.problems.splice(0..0, unread);
    read.article.claims_path = Some(path.strip_prefix(dir).unwrap_or(path).to_path_buf());
    read.article.text_path = relative_text;
    Ok(read)
}

/// A claims file as YAML, or as JSON when its name ends in `.json` (the same
/// schema, for corpora that programs write: JSON parses several times faster).
pub(crate) fn parse_claims_source(
    path: &Path,
    source: &Arc<str>,
) -> Result<ClaimsFile, Diagnostic> {
    if path.extension().is_some_and(|e| e == "json") {
        return serde_json::from_str(source).map_err(|e| {
            let position = Position {
                line: e.line().max(1),
                column: e.column().max(1),
            };
            Diagnostic::at(
                path,
                source,
                position,
                e.to_string()
                    .split(" at line ")
                    .next()
                    .unwrap_or_default()
                    .to_string(),
            )
            .expected("a claims file in JSON: {\"article\": {...}, \"claims\": [...]}")
        });
    }
    yaml::parse(path, source, CLAIMS_FILE)
}

/// The message without the `claims[N].` or `claims[N]: ` serde puts first.
fn without_claim_number(mut d: Diagnostic) -> Diagnostic {
    if let Some(rest) = d.message.strip_prefix("claims[")
        && let Some((number, rest)) = rest.split_once(']')
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        let rest = rest
            .strip_prefix(": ")
            .or_else(|| rest.strip_prefix('.'))
            .unwrap_or(rest);
        d.message = rest.to_string();
    }
    d
}

/// How many bytes of one claims file may be read again, in all, to find its
/// further problems.
const REREAD_BYTES: usize = 8 * 1024 * 1024;

/// How many problems of one file are reported before the rest is left unread.
const MAX_PROBLEMS_PER_FILE: usize = 50;

/// A claims file read as far as it can be: every claim that parses, and a
/// problem for each that does not, so that one typo costs one claim and a
/// person sees every mistake of the file at once. A claim that does not parse
/// is blanked out (its lines emptied, so that lines keep their numbers) and
/// the file read again; the text returned is the one the claims were read
/// from. A problem outside the claims leaves the file unread.
fn parse_claims_leniently(
    path: &Path,
    source: &Arc<str>,
) -> Result<(ClaimsFile, Arc<str>, Vec<Diagnostic>), Vec<Diagnostic>> {
    let mut text = source.clone();
    let mut problems = Vec::new();
    loop {
        match parse_claims_source(path, &text) {
            Ok(file) => return Ok((file, text, problems)),
            Err(d) => {
                let is_json = path.extension().is_some_and(|e| e == "json");
                let item = d
                    .position
                    .and_then(|p| p.offset_in(&text))
                    .and_then(|offset| {
                        let locator = Locator::new(&text);
                        (0..locator.len())
                            .filter_map(|i| locator.item(i))
                            .find(|(start, end)| (*start..*end).contains(&offset))
                    });
                problems.push(match item {
                    // The position says which claim: its number in the list
                    // would be off once one before it is blanked out.
                    Some(_) => without_claim_number(d),
                    None => d,
                });
                // Each reading costs the file's length: a large file is read
                // again only a few times.
                let budget = problems.len() * text.len() < REREAD_BYTES;
                match item {
                    Some((start, end))
                        if !is_json
                            && budget
                            && problems.len() < MAX_PROBLEMS_PER_FILE
                            && !text[start..end].trim().is_empty() =>
                    {
                        let blanked: String = text[start..end]
                            .chars()
                            .map(|c| if c == '\n' { '\n' } else { ' ' })
                            .collect();
                        let mut next = text.to_string();
                        next.replace_range(start..end, &blanked);
                        text = next.into();
                    }
                    _ => return Err(problems),
                }
            }
        }
    }
}

/// Parses a claims file's `source` and checks it against its article `text`,
/// touching no file: what the loader does once both are read.
pub fn parse_claims_file(
    path: &Path,
    source: &str,
    text: &str,
) -> Result<ReadClaims, Vec<Diagnostic>> {
    let source: Arc<str> = source.into();
    let file: ClaimsFile = parse_claims_source(path, &source).map_err(|d| vec![d])?;
    let text_path = PathBuf::from(&file.article.text);
    check_claims_file(path, &source, file, &text_path, &text.into())
}

/// Everything about a parsed claims file that can be checked against its text:
/// unique ids, no empty fields, front matter that reads (any of these, and the
/// file is left out); then each claim located in the text by its quote (a
/// claim whose quote is gone or ambiguous is left out alone). When the text
/// changed since the claims were written, or spans no longer hold their
/// quotes, a note says how many claims were found again.
fn check_claims_file(
    path: &Path,
    source: &Arc<str>,
    file: ClaimsFile,
    text_path: &Path,
    text: &Arc<str>,
) -> Result<ReadClaims, Vec<Diagnostic>> {
    // Positions are only needed for messages: the file is scanned for them only
    // when there is something to report.
    let locator = std::cell::OnceCell::new();
    let locator = || locator.get_or_init(|| Locator::new(source));
    let at_claim = |index: usize, key: &str| {
        locator()
            .field(index, key)
            .or_else(|| locator().claim(index))
            .unwrap_or(Position { line: 1, column: 1 })
    };
    let mut problems: Vec<Diagnostic> = claim_problems(&file)
        .map(|(index, key, problem)| {
            Diagnostic::at(path, source, at_claim(index, key), problem.message)
                .expected(problem.expected)
        })
        .collect();
    // The text's own front matter must read, whether or not the header
    // says the same things.
    let front = front_matter(text_path, text).unwrap_or_else(|d| {
        problems.push(d);
        FrontMatter::default()
    });
    if !problems.is_empty() {
        return Err(problems);
    }
    let changed = changed_text(&file, text);
    let article = article_of(path, &file, front, text_path, text);
    let total = file.claims.len();
    let mut claims = Vec::with_capacity(total);
    let mut moved = 0;
    for (index, mut claim) in file.claims.into_iter().enumerate() {
        // A claim with an empty field is left out, alone.
        if let Some((field, expected)) = empty_field(&claim) {
            problems.push(
                Diagnostic::at(
                    path,
                    source,
                    at_claim(index, field),
                    format!("claim `{}` has an empty {field}", claim.id),
                )
                .expected(expected),
            );
            continue;
        }
        match locate_claim(text, &claim) {
            Ok(span) => {
                moved += usize::from(claim.span.is_some() && span != claim.span);
                claim.span = span;
                claims.push(claim);
            }
            // A rejected claim is kept, unused, wherever its quote went.
            Err(_) if claim.status == Status::Rejected => {
                claim.span = None;
                claims.push(claim);
            }
            Err(problem) => problems.push(
                Diagnostic::at(path, source, at_claim(index, "quote"), problem.message)
                    .expected(problem.expected),
            ),
        }
    }
    if changed.is_some() || moved > 0 {
        let at = locator()
            .header_field("article", "sha256")
            .unwrap_or(Position { line: 1, column: 1 });
        let what = match &changed {
            Some(_) => format!(
                "{} has changed since its claims were written",
                text_path.display()
            ),
            None if moved == 1 => "a span no longer holds its quote".to_string(),
            None => format!("{moved} spans no longer hold their quotes"),
        };
        problems.push(
            Diagnostic::at(
                path,
                source,
                at,
                format!(
                    "{what}: {} of {total} claims found again by their quotes, {moved} of them moved",
                    claims.len()
                ),
            )
            .expected(format!(
                "spans and a sha256 that match the text: `claimcheck fix {}` writes them",
                path.parent().map_or_else(String::new, |p| p.display().to_string())
            ))
            .as_note(),
        );
    }
    Ok(ReadClaims {
        article,
        claims,
        problems,
    })
}

/// Whether the text is no longer the one the claims were written against.
fn changed_text(file: &ClaimsFile, text: &str) -> Option<String> {
    let recorded = file.article.sha256.as_ref()?;
    let actual = sha256_hex(text);
    (!recorded.eq_ignore_ascii_case(&actual)).then_some(actual)
}

/// The first field of a claim that is empty, and what it should hold.
fn empty_field(claim: &ClaimRecord) -> Option<(&'static str, &'static str)> {
    [
        (
            "subject",
            claim.subject.as_str(),
            "who or what the claim is about",
        ),
        (
            "predicate",
            claim.predicate.as_str(),
            "a predicate such as title, head, venue, date",
        ),
        (
            "object",
            claim.object.as_str(),
            "what the claim says of its subject",
        ),
    ]
    .into_iter()
    // YAML's nulls reach a text field as their spelling.
    .find(|(_, value, _)| matches!(value.trim(), "" | "~" | "null" | "Null" | "NULL"))
    .map(|(field, _, expected)| (field, expected))
}

/// Where a claim's quote is in the text (`None` for a claim by hand with no
/// quote), or what is wrong.
fn locate_claim(text: &str, claim: &ClaimRecord) -> Result<Option<[usize; 2]>, ClaimProblem> {
    let Some(quote) = claim.quote.as_deref() else {
        return if claim.by.as_str() == "hand" {
            Ok(None)
        } else {
            Err(ClaimProblem {
                message: format!("claim `{}` has no quote", claim.id),
                expected: "the words of the article the claim rests on; only a claim added by hand (`by: hand`) may have none".into(),
            })
        };
    };
    let id = &claim.id;
    match quote::locate(text, quote, claim.span, claim.occurrence) {
        quote::Located::At(span) => Ok(Some(span)),
        quote::Located::Absent => Err(ClaimProblem {
            message: format!("claim `{id}`: its quote is not in the article text"),
            expected: "the words as the article writes them (straight and curly quotes, dashes and spaces are read alike)".into(),
        }),
        quote::Located::Ambiguous(spans) => Err(ClaimProblem {
            message: format!(
                "claim `{id}`: its quote occurs {} times: {}",
                spans.len(),
                places(text, &spans)
            ),
            expected: format!(
                "`occurrence: N` (1 to {}) or a `span`, to say which",
                spans.len()
            ),
        }),
        quote::Located::NoSuchOccurrence { asked, found } => Err(ClaimProblem {
            message: format!(
                "claim `{id}` asks for occurrence {asked} of its quote, which occurs {found} time{}",
                if found == 1 { "" } else { "s" }
            ),
            expected: format!("an occurrence from 1 to {found}"),
        }),
    }
}

/// "line 4 («…said the mayor…»), line 9 (…)": where each occurrence is, with
/// a few words around it.
fn places(text: &str, spans: &[[usize; 2]]) -> String {
    spans
        .iter()
        .map(|&[start, end]| {
            let line = text[..start].matches('\n').count() + 1;
            let before: String = text[..start]
                .chars()
                .rev()
                .take(20)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = text[end..].chars().take(20).collect();
            let around = format!("…{before}«{}»{after}…", &text[start..end]);
            format!(
                "line {line} ({})",
                around.split_whitespace().collect::<Vec<_>>().join(" ")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A problem with one claim, and what was expected instead.
struct ClaimProblem {
    message: String,
    expected: String,
}

/// Every problem with the claims of `file`, as (the claim's index, the field
/// at fault, the problem): an id used twice, a quote not at its span, an
/// empty predicate.
fn claim_problems(
    file: &ClaimsFile,
) -> impl Iterator<Item = (usize, &'static str, ClaimProblem)> + '_ {
    let mut ids = HashSet::new();
    file.claims.iter().enumerate().flat_map(move |(index, claim)| {
        let mut found = Vec::new();
        if !ids.insert(claim.id.as_str()) {
            found.push((
                "id",
                ClaimProblem {
                    message: format!("claim id `{}` is used twice in this file", claim.id),
                    expected: "ids unique within the file".into(),
                },
            ));
        }
        if let Some([start, end]) = claim.span
            && (start > end)
        {
            found.push((
                "span",
                ClaimProblem {
                    message: format!("claim `{}`: span [{start}, {end}] ends before it starts", claim.id),
                    expected: "a span [start, end] of UTF-8 byte offsets, or none: the quote locates the claim".into(),
                },
            ));
        }
        found.into_iter().map(move |(key, problem)| (index, key, problem))
    })
}

/// The article a claims file describes: its header, with what the text's
/// front matter says where the header is silent.
fn article_of(
    path: &Path,
    file: &ClaimsFile,
    front: FrontMatter,
    text_path: &Path,
    text: &Arc<str>,
) -> Article {
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    let header = &file.article;
    Article {
        id: header.id.clone().unwrap_or(stem),
        text_path: text_path.to_path_buf(),
        claims_path: Some(path.to_path_buf()),
        outlet: header.outlet.clone().or(front.outlet),
        published: header.published.or(front.published),
        title: header.title.clone().or(front.title),
        url: header.url.clone().or(front.url),
        text: text.clone(),
        events: file.events.clone(),
        label: String::new(),
    }
}

/// An article text with no claims file yet: it still counts for spellings.
fn read_bare_article(dir: &Path, relative: &Path) -> Result<Article, Diagnostic> {
    let path = dir.join(relative);
    let text = read_corpus_file(dir, &path)?;
    let front = front_matter(&path, &text)?;
    Ok(Article {
        id: relative
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string(),
        text_path: relative.to_path_buf(),
        claims_path: None,
        outlet: front.outlet,
        published: front.published,
        title: front.title,
        url: front.url,
        text,
        events: Vec::new(),
        label: String::new(),
    })
}

pub(crate) fn front_matter(path: &Path, text: &Arc<str>) -> Result<FrontMatter, Diagnostic> {
    match split_front_matter(text) {
        Some((yaml, _)) => {
            let block: Arc<str> = yaml.into();
            yaml::parse::<FrontMatter>(
                path,
                &block,
                "front matter with published, outlet, url, title",
            )
            .map_err(|d| {
                // The block starts on the file's second line: point into the
                // file, not the block.
                let mut moved = match d.position {
                    Some(p) => Diagnostic::at(
                        path,
                        text,
                        Position {
                            line: p.line + 1,
                            column: p.column,
                        },
                        d.message,
                    ),
                    None => Diagnostic::file(path, d.message),
                };
                if let Some(expected) = d.expected {
                    moved = moved.expected(expected);
                }
                moved
            })
        }
        None => Ok(FrontMatter::default()),
    }
}

fn is_inside(relative: &Path) -> bool {
    relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::claim::{ClaimRecord, Status};

    fn claim(article: usize, id: &str) -> Claim {
        Claim {
            article,
            record: ClaimRecord {
                id: id.into(),
                subject: "Works 7".into(),
                predicate: "head".into(),
                object: "Ana Lind".into(),
                quote: Some("Ana Lind".into()),
                span: Some([0, 8]),
                occurrence: None,
                event: None,
                valid: None,
                hedge: None,
                according_to: None,
                status: Status::Confirmed,
                by: "hand".into(),
                note: None,
            },
        }
    }

    /// Files whose ids do not follow their names are put in id order with
    /// their claims, and a second file with a taken id is left out whole.
    #[test]
    fn articles_are_put_in_id_order_with_their_claims() {
        // In path order: a.yaml says it is `zeta`, b.yaml `alpha`, c.yaml `zeta` again.
        let articles: Vec<Article> = ["zeta", "alpha", "zeta"]
            .iter()
            .zip(["a", "b", "c"])
            .map(|(id, file)| Article {
                claims_path: Some(format!("{file}.yaml").into()),
                ..Article::from_text(id, "Ana Lind spoke.")
            })
            .collect();
        let mut claims = vec![
            claim(0, "c1"),
            claim(0, "c2"),
            claim(1, "c1"),
            claim(2, "c1"),
        ];
        let mut diagnostics = Vec::new();
        let sorted = in_id_order(Path::new("corpus"), articles, &mut claims, &mut diagnostics);

        let ids: Vec<&str> = sorted.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["alpha", "zeta"]);
        assert_eq!(
            sorted[1].claims_path.as_deref(),
            Some(Path::new("a.yaml")),
            "the first file to use an id keeps it"
        );
        let placed: Vec<(usize, &str)> = claims
            .iter()
            .map(|c| (c.article, c.record.id.as_str()))
            .collect();
        assert_eq!(placed, [(0, "c1"), (1, "c1"), (1, "c2")]);
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0].message.contains("`zeta` is already used by"),
            "{}",
            diagnostics[0].message
        );
    }

    /// The common case: ids follow the file names, and nothing moves.
    #[test]
    fn articles_in_id_order_stay_as_they_are() {
        let articles = vec![Article::from_text("a", ""), Article::from_text("b", "")];
        let mut claims = vec![claim(0, "c1"), claim(1, "c1"), claim(1, "c2")];
        let before = claims.clone();
        let sorted = in_id_order(Path::new("corpus"), articles, &mut claims, &mut Vec::new());
        assert_eq!(sorted.len(), 2);
        assert_eq!(claims, before);
    }
}
