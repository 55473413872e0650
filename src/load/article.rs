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
/// byte offset at which the article body begins.
pub fn split_front_matter(text: &str) -> Option<(&str, usize)> {
    let rest = text.strip_prefix("---\n")?;
    let end = if rest.starts_with("---\n") {
        0
    } else {
        rest.find("\n---\n")? + 1
    };
    Some((&rest[..end], 4 + end + 4))
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
    }

    #[test]
    fn checksum_is_lowercase_hex() {
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
