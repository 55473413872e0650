//! Titles: "U.S. President", "President of the United States" and "US President"
//! are one title; "former US President" is its negation in time; "informal
//! adviser" is no post at all.

use deunicode::deunicode;

/// A title reduced to what the rules compare.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Title {
    /// The title without "former", in a canonical word order: `us president`.
    pub key: String,
    /// "former X", "ex-X": the person held X before, and no longer.
    pub former: bool,
    /// "informal adviser", "unofficial envoy": no official post.
    pub informal: bool,
    /// Names an office (president, minister, envoy, head …).
    pub official: bool,
}

/// Adjectives of nationality and the country they name, for "Ukrainian President" ↔
/// "President of Ukraine".
const DEMONYMS: &[(&str, &str)] = &[
    ("american", "us"),
    ("british", "uk"),
    ("chinese", "china"),
    ("french", "france"),
    ("german", "germany"),
    ("indian", "india"),
    ("iranian", "iran"),
    ("israeli", "israel"),
    ("italian", "italy"),
    ("japanese", "japan"),
    ("polish", "poland"),
    ("russian", "russia"),
    ("spanish", "spain"),
    ("turkish", "turkey"),
    ("ukrainian", "ukraine"),
];

const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("united states of america", "us"),
    ("united states", "us"),
    ("usa", "us"),
    ("u s a", "us"),
    ("u s", "us"),
    ("united kingdom", "uk"),
    ("u k", "uk"),
];

const OFFICES: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "envoy",
    "ambassador",
    "chancellor",
    "governor",
    "senator",
    "director",
    "chief",
    "head",
    "chair",
    "chairman",
    "chairwoman",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "commander",
    "general",
    "mayor",
    "king",
    "queen",
    "prime",
    "premier",
    "official",
    "representative",
    "negotiator",
    "deputy",
    "advisor",
    "adviser",
    "attorney",
    "judge",
    "speaker",
    "leader",
    "ceo",
    "founder",
];

impl Title {
    pub fn parse(raw: &str) -> Title {
        let mut text = deunicode(raw).to_lowercase().replace(['.', ','], " ");
        text = text.replace("'s ", " ").replace("’s ", " ");
        let mut words: Vec<String> = text.split_whitespace().map(String::from).collect();
        let mut former = false;
        while let Some(first) = words.first() {
            match first.as_str() {
                "former" | "ex" | "the" | "a" | "an" => {
                    former |= first != "the" && first != "a" && first != "an";
                    words.remove(0);
                }
                w if w.starts_with("ex-") => {
                    former = true;
                    words[0] = w["ex-".len()..].to_string();
                }
                _ => break,
            }
        }
        let mut joined = format!(" {} ", words.join(" "));
        for (name, short) in COUNTRY_NAMES {
            joined = joined.replace(&format!(" {name} "), &format!(" {short} "));
        }
        let mut words: Vec<String> = joined
            .split_whitespace()
            .filter(|w| *w != "the")
            .map(|w| {
                DEMONYMS
                    .iter()
                    .find(|(d, _)| d == &w)
                    .map_or(w, |(_, c)| c)
                    .to_string()
            })
            .collect();
        // "president of ukraine" → "ukraine president", when what follows "of" is a country.
        if let Some(of) = words.iter().position(|w| w == "of")
            && of + 2 == words.len()
            && is_country(&words[of + 1])
        {
            let country = words.pop().unwrap_or_default();
            words.truncate(of);
            words.insert(0, country);
        }
        let informal = words.iter().any(|w| w == "informal" || w == "unofficial");
        let official = !informal && words.iter().any(|w| is_office_word(w));
        Title {
            key: words.join(" "),
            former,
            informal,
            official,
        }
    }

    /// The title as the rules speak of it: "US President" → `us president`.
    pub fn same_office(&self, other: &Title) -> bool {
        self.key == other.key
    }
}

/// Whether a (lowercase) word names an office: president, minister, envoy …
pub fn is_office_word(word: &str) -> bool {
    OFFICES.contains(&word)
}

fn is_country(word: &str) -> bool {
    DEMONYMS.iter().any(|(_, c)| *c == word) || COUNTRY_NAMES.iter().any(|(_, c)| *c == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_title_share_a_key() {
        let key = |t: &str| Title::parse(t).key;
        assert_eq!(key("U.S. President"), "us president");
        assert_eq!(key("US President"), "us president");
        assert_eq!(key("President of the United States"), "us president");
        assert_eq!(key("American president"), "us president");
        assert_eq!(key("Ukrainian President"), key("President of Ukraine"));
        assert_eq!(key("US Secretary of State"), "us secretary of state");
    }

    #[test]
    fn former_is_a_flag_not_part_of_the_title() {
        let t = Title::parse("former US President");
        assert!(t.former);
        assert_eq!(t.key, "us president");
        assert!(Title::parse("ex-President of Ukraine").former);
        assert!(!Title::parse("US President").former);
    }

    #[test]
    fn informal_advisers_hold_no_office() {
        let adviser = Title::parse("informal adviser");
        assert!(adviser.informal && !adviser.official);
        let envoy = Title::parse("US envoy");
        assert!(envoy.official && !envoy.informal);
    }
}
