//! The code reads like the design: each stage imports only the stages before
//! it (load → normalize → rules → graph → weigh → report, with the corpus
//! types and the English vocabulary beneath them all), and no two files import
//! each other. Read from the source itself, so a new import that breaks either
//! rule fails here.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path below the crate: `["graph", "dispute"]` for
/// `src/graph/dispute.rs`, `["graph"]` for `src/graph/mod.rs`.
type Module = Vec<String>;

/// Where each top-level module stands in the flow. The pipeline's own files
/// (lib.rs, main.rs, cli.rs) join the stages and are not ranked. Extraction
/// and eval stand beside the flow, after normalize, whose readings they share.
fn rank(module: &Module) -> Option<u8> {
    Some(match module.first()?.as_str() {
        "corpus" | "english" | "intern" | "by_key" | "diagnostic" | "printable" | "allocator" => 0,
        "load" => 1,
        "normalize" => 2,
        "extract" | "eval" => 3,
        "rules" => 4,
        "graph" => 5,
        "weigh" => 6,
        "report" => 7,
        _ => return None,
    })
}

/// `extract` and `eval` stand beside each other, not one after the other.
fn side_by_side(a: &Module, b: &Module) -> bool {
    rank(a) == Some(3) && rank(b) == Some(3) && a[0] != b[0]
}

#[test]
fn no_stage_imports_a_later_stage() {
    let imports = imports();
    let mut wrong = Vec::new();
    for (from, targets) in &imports {
        for to in targets {
            let later = matches!((rank(from), rank(to)), (Some(a), Some(b)) if b > a);
            if later || side_by_side(from, to) {
                wrong.push(format!("{} imports {}", name(from), name(to)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_two_files_import_each_other() {
    let imports = imports();
    let mut wrong = Vec::new();
    for (from, targets) in &imports {
        for to in targets {
            if from < to && imports.get(to).is_some_and(|back| back.contains(from)) {
                wrong.push(format!("{} and {} import each other", name(from), name(to)));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The checker itself: it sees imports through `use` trees, inline paths and a
/// parent's child modules, and not inside comments or strings.
#[test]
fn imports_are_read_from_code_only() {
    let source = r##"
        //! See [`crate::report`].
        use crate::corpus::{claim::ClaimRecord, policy::{Policy, Policies}};
        use super::dates::Interval;
        mod child;
        fn f() { let s = "crate::graph"; /* crate::weigh */ child::g(); crate::rules::judge(); }
    "##;
    let files: BTreeSet<Module> = [
        vec![],
        vec!["corpus".into()],
        vec!["corpus".into(), "claim".into()],
        vec!["corpus".into(), "policy".into()],
        vec!["normalize".into()],
        vec!["normalize".into(), "dates".into()],
        vec!["normalize".into(), "facts".into()],
        vec!["normalize".into(), "facts".into(), "child".into()],
        vec!["rules".into()],
        vec!["graph".into()],
    ]
    .into_iter()
    .collect();
    let module: Module = vec!["normalize".into(), "facts".into()];
    let found: Vec<String> = imports_of(&module, source, &files)
        .iter()
        .map(name)
        .collect();
    assert_eq!(
        found,
        [
            "corpus/claim",
            "corpus/policy",
            "normalize/dates",
            "normalize/facts/child",
            "rules"
        ]
    );
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "lib".into()
    } else {
        module.join("/")
    }
}

/// Every file of `src/` and the files it imports.
fn imports() -> BTreeMap<Module, BTreeSet<Module>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut sources: BTreeMap<Module, String> = BTreeMap::new();
    for path in rust_files(&src) {
        let relative = path.strip_prefix(&src).unwrap().with_extension("");
        let mut module: Module = relative
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        match module.last().map(String::as_str) {
            Some("mod") | Some("lib") => {
                module.pop();
            }
            // The binary's own files join the stages.
            Some("main") | Some("cli") if module.len() == 1 => continue,
            _ => {}
        }
        sources.insert(module, std::fs::read_to_string(&path).unwrap());
    }
    let files: BTreeSet<Module> = sources.keys().cloned().collect();
    // What each module re-exports (`pub use child::Name`), by name: an import
    // of the name through the module is an import of the file it comes from.
    let mut reexports: BTreeMap<(Module, String), Module> = BTreeMap::new();
    for (module, source) in &sources {
        for path in use_paths(&code_only(source), true) {
            let Some((name, from)) = path.split_last() else {
                continue;
            };
            if let Some(target) = resolve(module, from, &files, &BTreeMap::new()) {
                reexports.insert((module.clone(), name.clone()), target);
            }
        }
    }
    sources
        .iter()
        .filter(|(module, _)| !module.is_empty())
        .map(|(module, source)| {
            let code = code_only(source);
            let code = code.split("#[cfg(test)]").next().unwrap_or_default();
            (module.clone(), imports_in(module, code, &files, &reexports))
        })
        .collect()
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The files that `module`'s source imports, itself not among them, with no
/// re-exports known: for the checker's own test.
fn imports_of(module: &Module, source: &str, files: &BTreeSet<Module>) -> BTreeSet<Module> {
    imports_in(module, &code_only(source), files, &BTreeMap::new())
}

/// The files that `code` (comments and strings blanked) of `module` imports.
fn imports_in(
    module: &Module,
    code: &str,
    files: &BTreeSet<Module>,
    reexports: &BTreeMap<(Module, String), Module>,
) -> BTreeSet<Module> {
    let mut paths = use_paths(code, false);
    // Paths written inline: `crate::a::b`, `super::c`, a child's `d::e`.
    let words = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        // A path cut short by a `use` tree's brace was read with the tree.
        .filter(|w| w.contains("::") && !w.ends_with("::"));
    paths.extend(words.map(|w| w.split("::").map(String::from).collect()));
    paths
        .iter()
        .filter_map(|path| resolve(module, path, files, reexports))
        .filter(|target| target != module && !target.is_empty())
        .collect()
}

/// The paths of the `use` statements of `code` (only `pub use` ones, with `public`).
fn use_paths(code: &str, public: bool) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("use") {
        let word_start =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let word_end = bytes.get(at + 3).is_some_and(u8::is_ascii_whitespace);
        if !(word_start && word_end) {
            continue;
        }
        let before = code[..at].trim_end();
        let exported = before.ends_with("pub") && !before.ends_with("(pub");
        if public && !exported {
            continue;
        }
        let tree = &code[at + 4..];
        let tree = &tree[..tree.find(';').unwrap_or(tree.len())];
        expand(tree.trim(), &mut Vec::new(), &mut paths);
    }
    paths
}

/// The file a path written in `module` leads to: the longest run of its
/// segments that names a file, or the file a name it goes on to was
/// re-exported from.
fn resolve(
    module: &Module,
    path: &[String],
    files: &BTreeSet<Module>,
    reexports: &BTreeMap<(Module, String), Module>,
) -> Option<Module> {
    let parent: Module = module[..module.len().saturating_sub(1)].to_vec();
    let is_child = |first: &str| {
        let mut child = module.clone();
        child.push(first.to_string());
        files.contains(&child)
    };
    let (mut base, rest) = match path.first().map(String::as_str) {
        Some("crate") => (Vec::new(), &path[1..]),
        Some("super") => (parent, &path[1..]),
        Some("self") => (module.clone(), &path[1..]),
        Some(first) if is_child(first) => (module.clone(), path),
        _ => return None,
    };
    let mut target = files.contains(&base).then(|| base.clone());
    for segment in rest {
        base.push(segment.clone());
        if files.contains(&base) {
            target = Some(base.clone());
            continue;
        }
        base.pop();
        if let Some(from) = reexports.get(&(base.clone(), segment.clone())) {
            target = Some(from.clone());
        }
        break;
    }
    target
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` is `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim();
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap_or_default();
            let mut full = prefix.clone();
            full.extend(
                path.split("::")
                    .map(str::trim)
                    .filter(|s| !s.is_empty() && *s != "*" && *s != "self")
                    .map(String::from),
            );
            out.push(full);
        }
        Some(open) => {
            let head: Vec<String> = tree[..open]
                .split("::")
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let close = tree.rfind('}').unwrap_or(tree.len());
            let inner = &tree[open + 1..close];
            let depth = prefix.len();
            prefix.extend(head);
            for item in split_top_level(inner) {
                expand(item, prefix, out);
            }
            prefix.truncate(depth);
        }
    }
}

/// `b, c::{d, e}` split at the commas outside braces.
fn split_top_level(inner: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items.into_iter().filter(|s| !s.trim().is_empty()).collect()
}

/// The source with comments and the contents of string and character
/// literals blanked out, so that only code is read.
fn code_only(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::with_capacity(source.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && matches!(next, Some('#') | Some('"')) && !word_before(&chars, i) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= chars.len() {
                    break;
                }
                if chars[j] == '"' && (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            if chars.get(i) == Some(&'\\') {
                i += 1;
            }
            while i < chars.len() && chars[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn word_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Whether the quote at `i` opens a character literal rather than a lifetime:
/// `'a'`, `'\n'`, `'\''`, but not `'a` in `&'a str`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}
