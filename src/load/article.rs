//! Article texts: reading them, their optional front matter, and their checksum.

use jiff::civil::Date;
use serde::Deserialize;
use sha2::{Digest, Sha256};

/// What an article's YAML front matter may say about it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
}

/// The front matter block at the top of `text`, if there is one: its YAML and the
/// byte offset at which the article body begins. The block is fenced by lines
/// of `---`; a byte-order mark before it and Windows line endings are read too.
pub fn split_front_matter(text: &str) -> Option<(&str, usize)> {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let opening = text[bom..].split_inclusive('\n').next()?;
    if !is_fence(opening) || !opening.ends_with('\n') {
        return None;
    }
    let start = bom + opening.len();
    let mut offset = start;
    for line in text[start..].split_inclusive('\n') {
        if is_fence(line) {
            return Some((&text[start..offset], offset + line.len()));
        }
        offset += line.len();
    }
    None
}

/// Whether a line (with its line ending) is `---`.
fn is_fence(line: &str) -> bool {
    line.trim_end_matches(['\n', '\r']) == "---"
}

/// The hex sha256 of a text, as claims files record it.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_split_from_the_body() {
        let text = "---\npublished: 2025-12-19\n---\nBody.\n";
        let (yaml, body) = split_front_matter(text).unwrap();
        assert_eq!(yaml, "published: 2025-12-19\n");
        assert_eq!(&text[body..], "Body.\n");
        assert!(split_front_matter("Body only.\n").is_none());
        assert_eq!(split_front_matter("---\n---\nBody"), Some(("", 8)));
        assert!(split_front_matter("---\npublished: 2025-12-19\n").is_none());
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_endings_are_read() {
        let text =
            "\u{feff}---\r\noutlet: Harbour Gazette\r\npublished: 2026-03-10\r\n---\r\nBody.\r\n";
        let (yaml, body) = split_front_matter(text).unwrap();
        assert_eq!(yaml, "outlet: Harbour Gazette\r\npublished: 2026-03-10\r\n");
        assert_eq!(&text[body..], "Body.\r\n");
        let front: FrontMatter = serde_yaml::from_str(yaml).unwrap();
        assert_eq!(front.outlet.as_deref(), Some("Harbour Gazette"));
        assert_eq!(front.published, Some(Date::constant(2026, 3, 10)));
    }

    #[test]
    fn checksum_is_lowercase_hex() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
