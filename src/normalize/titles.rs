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
    /// The post the title names, however it is worded: "head of the
    /// Presidential Office" and "Presidential Office chief" are one.
    pub post: Option<Post>,
}

/// A post: an office and the body it belongs to. "Foreign Minister",
/// "foreign affairs minister" and "Minister for Foreign Affairs" are the
/// office `minister` of the body `foreign`; "head of the Office of the
/// President" and "Presidential Office chief" the office `head` of the body
/// `office president`. Qualifiers that make another post ("deputy",
/// "shadow", "first") stay in the office; those that do not ("acting",
/// "interim") are dropped.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Post {
    pub office: String,
    pub body: String,
}

/// Words of an office that mean the same office.
const OFFICE_SYNONYMS: &[(&str, &str)] = &[
    ("chief", "head"),
    ("boss", "head"),
    ("chairman", "chair"),
    ("chairwoman", "chair"),
    ("chairperson", "chair"),
    ("spokesman", "spokesperson"),
    ("spokeswoman", "spokesperson"),
    ("advisor", "adviser"),
];

/// Words before an office that leave the post as it is: an acting minister
/// holds the minister's post.
const SAME_POST: &[&str] = &[
    "acting",
    "interim",
    "new",
    "incoming",
    "current",
    "caretaker",
];

/// Words of a body that say nothing of which body it is ("foreign affairs"
/// is "foreign"), and adjectives that stand for a noun ("presidential office"
/// is the president's office).
const BODY_WORDS: &[(&str, &str)] = &[
    ("affairs", ""),
    ("for", ""),
    ("of", ""),
    ("presidential", "president"),
    ("ministerial", "minister"),
    // American spellings of a body's words.
    ("defense", "defence"),
    ("labor", "labour"),
    ("center", "centre"),
    ("program", "programme"),
];

/// A party's nicknames and the name the rules compare: "GOP senator" and
/// "Republican senator" hold one seat.
const PARTY_NICKNAMES: &[(&str, &str)] = &[
    ("gop", "republican"),
    ("dem", "democratic"),
    ("dems", "democratic"),
    ("democrat", "democratic"),
    ("tory", "conservative"),
    ("tories", "conservative"),
];

impl Post {
    /// Whether two posts are one: the same office of the same body, or of
    /// the same portfolio when one says whose and the other does not
    /// ("Foreign Minister" and "Estonia's foreign minister"); two countries'
    /// foreign ministers hold two posts.
    pub fn same(&self, other: &Post) -> bool {
        if self.office != other.office || self.body.is_empty() || other.body.is_empty() {
            return false;
        }
        if self.body == other.body {
            return true;
        }
        let (mine, theirs) = (self.whose(), other.whose());
        !self.portfolio().is_empty()
            && self.portfolio() == other.portfolio()
            && (mine.is_empty() || theirs.is_empty())
    }

    /// The body's words that name a portfolio: `foreign` of `estonia
    /// foreign`.
    pub fn portfolio(&self) -> String {
        self.words(true)
    }

    /// The body's words that say whose the portfolio is: `estonia`.
    pub fn whose(&self) -> String {
        self.words(false)
    }

    fn words(&self, portfolio: bool) -> String {
        let words: Vec<&str> = self
            .body
            .split(' ')
            .filter(|w| PORTFOLIOS.contains(w) == portfolio)
            .collect();
        words.join(" ")
    }

    /// The post the normalised title `words` names, if one of them is an
    /// office: "minister for foreign affairs", "prime minister office head".
    fn of(words: &[String]) -> Option<Post> {
        let words: Vec<&str> = words
            .iter()
            .map(String::as_str)
            .filter(|w| !SAME_POST.contains(w))
            .map(|w| {
                OFFICE_SYNONYMS
                    .iter()
                    .find(|(from, _)| *from == w)
                    .map_or(w, |(_, to)| to)
            })
            .collect();
        // "head of X", "minister for foreign affairs": the office before
        // "of" or "for", the body after it (and any country before).
        let joint = words
            .iter()
            .position(|w| matches!(*w, "of" | "for" | "to"))
            .filter(|&at| at > 0 && is_office_word(words[at - 1]));
        let (office, body): (Vec<&str>, Vec<&str>) = match joint {
            Some(at) => {
                let first = (0..at)
                    .rev()
                    .take_while(|&k| is_office_word(words[k]) || QUALIFIERS.contains(&words[k]))
                    .last()
                    .unwrap_or(at - 1);
                let body = [&words[..first], &words[at + 1..]].concat();
                (words[first..at].to_vec(), body)
            }
            // "presidential office head", "foreign affairs minister": the
            // office at the end, the body before it.
            None => {
                let last = words.len().checked_sub(1)?;
                if !is_office_word(words[last]) {
                    return None;
                }
                let first = (0..=last)
                    .rev()
                    .take_while(|&k| is_office_word(words[k]) || QUALIFIERS.contains(&words[k]))
                    .last()
                    .unwrap_or(last);
                (words[first..].to_vec(), words[..first].to_vec())
            }
        };
        // "shadow finance minister": a qualifier anywhere makes another
        // office, not another body.
        let (qualifiers, body): (Vec<&str>, Vec<&str>) =
            body.into_iter().partition(|w| QUALIFIERS.contains(w));
        let office = [qualifiers, office].concat();
        let body = Self::body(&body);
        Some(Post {
            office: office.join(" "),
            body,
        })
    }

    /// A body said one way, its words in order of the alphabet: "office of
    /// the president" and "presidential office" are `office president`,
    /// "Peru's trade" and "trade of Peru" `peru trade`, "defense" and
    /// "defence" one.
    fn body(words: &[&str]) -> String {
        let mut words: Vec<&str> = words
            .iter()
            .map(|w| {
                BODY_WORDS
                    .iter()
                    .find(|(from, _)| from == w)
                    .map_or(*w, |(_, to)| to)
            })
            .filter(|w| !w.is_empty())
            .collect();
        words.sort_unstable();
        words.join(" ")
    }
}

/// Whether `word` (lowercase) makes another post of the office it stands
/// before: a deputy minister is not the minister, a lieutenant governor not
/// the governor.
pub fn makes_another_post(word: &str) -> bool {
    QUALIFIERS.contains(&word)
}

/// What a government's posts are of: "foreign", "home", "press".
const PORTFOLIOS: &[&str] = &[
    "foreign",
    "defence",
    "finance",
    "trade",
    "interior",
    "home",
    "health",
    "justice",
    "economy",
    "economic",
    "energy",
    "education",
    "environment",
    "agriculture",
    "transport",
    "culture",
    "labour",
    "communications",
    "state",
    "security",
    "press",
    "treasury",
    "shipping",
    "fisheries",
    "housing",
    "industry",
    "tourism",
    "science",
    "infrastructure",
    "immigration",
    "development",
    "public works",
    "works",
];

/// Qualifiers that make another post of an office: a deputy minister is not
/// the minister.
const QUALIFIERS: &[&str] = &[
    "lt",
    "lieutenant",
    "deputy",
    "vice",
    "shadow",
    "first",
    "assistant",
    "junior",
    "senior",
];

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
    ("welsh", "wales"),
    ("scottish", "scotland"),
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
    "co-founder",
    "cofounder",
    "prosecutor",
    "lawyer",
    "co-pilot",
    "copilot",
    "pilot-in-command",
    "officer",
    "coordinator",
    "professor",
    "scientist",
    "archbishop",
    "monarch",
    "commissioner",
    "administrator",
    "superintendent",
    "councillor",
    "councilor",
    "economist",
    "analyst",
    "editor",
    "executive",
    "aide",
    "employee",
    "electrician",
    "player",
    "footballer",
    "athlete",
    "coach",
    "policeman",
    "policewoman",
    "teacher",
    "engineer",
    "journalist",
    "reporter",
    "photographer",
    "activist",
    "lawmaker",
    "legislator",
    "politician",
    "psephologist",
    "candidate",
    "nominee",
    "manager",
    // Abbreviations news writes before a name ("Gov. Francisco Matu").
    "gov",
    "rep",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
    "adm",
    "insp",
    "supt",
    "prof",
    // Military ranks: titles, never a name's first word.
    "colonel",
    "lieutenant",
    "corporal",
    "admiral",
    "brigadier",
];

/// A corpus's own nicknames of parties, from `entities.yaml`: each alias of
/// an organisation named "... Party" and the party's word ("LRP" and
/// "Liberal Reform" for the Liberal Reform Party), lowercase. They add to
/// [`PARTY_NICKNAMES`].
#[derive(Debug, Clone, Default)]
pub struct Nicknames(Vec<(String, String)>);

impl Nicknames {
    /// The nicknames of every party among `(name, aliases)` of organisations.
    pub fn of_parties<'a>(organisations: impl Iterator<Item = (&'a str, &'a [String])>) -> Self {
        let lower = |text: &str| {
            let text = deunicode(text).to_lowercase().replace(['.', ','], " ");
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        };
        let mut pairs = Vec::new();
        for (name, aliases) in organisations {
            let name = lower(name);
            let Some(party) = name.strip_suffix(" party") else {
                continue;
            };
            for alias in aliases {
                let alias = lower(alias);
                if alias != party && !alias.is_empty() {
                    pairs.push((alias, party.to_string()));
                }
            }
        }
        // Longest first, so that "grand old party" goes before "party".
        pairs.sort_by_key(|(alias, _)| std::cmp::Reverse(alias.len()));
        Nicknames(pairs)
    }
}

impl Title {
    /// Reads a title with only the built-in nicknames of parties.
    pub fn parse(raw: &str) -> Title {
        Title::parse_with(raw, &Nicknames::default())
    }

    /// Reads a title, taking a corpus's own `nicknames` of parties for the
    /// parties they name ("LRP senator" is "liberal reform senator").
    pub fn parse_with(raw: &str, nicknames: &Nicknames) -> Title {
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
        for (alias, party) in &nicknames.0 {
            joined = joined.replace(&format!(" {alias} "), &format!(" {party} "));
        }
        let mut words: Vec<String> = joined
            .split_whitespace()
            .filter(|w| *w != "the")
            .map(|w| {
                DEMONYMS
                    .iter()
                    .chain(PARTY_NICKNAMES)
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
        let post = Post::of(&words);
        Title {
            key: words.join(" "),
            former,
            informal,
            official,
            post,
        }
    }

    /// Whether two titles name one office: the same words, or the same post
    /// of a body said in other words ("Presidential Office chief", "head of
    /// the Office of the President").
    pub fn same_office(&self, other: &Title) -> bool {
        self.key == other.key
            || match (&self.post, &other.post) {
                (Some(a), Some(b)) => a.same(b),
                _ => false,
            }
    }
}

/// Whether a (lowercase) word names an office: president, minister, envoy …
pub fn is_office_word(word: &str) -> bool {
    OFFICES.contains(&word)
}

/// Whether a lowercase word names a country or its people: "ukraine",
/// "british", "us".
pub fn is_country_word(word: &str) -> bool {
    is_country(word) || DEMONYMS.iter().any(|(d, _)| *d == word)
}

fn is_country(word: &str) -> bool {
    DEMONYMS.iter().any(|(_, c)| *c == word) || COUNTRY_NAMES.iter().any(|(_, c)| *c == word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_corpus_names_its_own_nicknames_of_parties() {
        let aliases = ["LRP".to_string(), "Lib-Refs".to_string()];
        let nicknames = Nicknames::of_parties(
            [
                ("Liberal Reform Party", &aliases[..]),
                ("Harbour Trust", &aliases[..]),
            ]
            .into_iter(),
        );
        let key = |t: &str| Title::parse_with(t, &nicknames).key;
        assert_eq!(key("former LRP senator"), "liberal reform senator");
        assert_eq!(key("Lib-Refs senator"), key("Liberal Reform senator"));
        assert!(Title::parse_with("former LRP senator", &nicknames).former);
        // Without the corpus's list, the nickname is a word of its own.
        assert_eq!(Title::parse("LRP senator").key, "lrp senator");
    }

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
    fn a_post_in_other_words_is_one_post() {
        let same = |a: &str, b: &str| Title::parse(a).same_office(&Title::parse(b));
        for (a, b) in [
            (
                "head of the Presidential Office",
                "Presidential Office chief",
            ),
            (
                "head of the Presidential Office",
                "head of the Office of the President",
            ),
            (
                "Prime Minister's Office chief",
                "head of the Prime Minister's Office",
            ),
            ("Foreign Minister", "foreign affairs minister"),
            ("Foreign Minister", "Minister for Foreign Affairs"),
            ("Minister of Foreign Affairs", "foreign minister"),
            ("acting interior minister", "Interior Minister"),
            ("Republican senator", "GOP senator"),
            ("Tory leader", "Conservative leader"),
            ("chairman of the council", "council chair"),
            ("Peru's trade minister", "Trade Minister of Peru"),
            ("Foreign Minister", "Estonia's foreign minister"),
            ("Home Secretary", "British Home Secretary"),
            ("defence secretary", "Defense Secretary"),
        ] {
            assert!(same(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("shadow finance minister", "finance minister"),
            ("deputy transport minister", "transport minister"),
            (
                "First Deputy Head of the Presidential Office",
                "head of the Presidential Office",
            ),
            ("Finance Minister", "Trade Minister"),
            ("Defence Minister", "defence secretary"),
            ("Republican senator", "Democratic senator"),
            ("minister", "Foreign Minister"),
            ("Estonian foreign minister", "Latvian foreign minister"),
        ] {
            assert!(!same(a, b), "{a} / {b}");
        }
        let post = Title::parse("First Deputy Head of the Prime Minister's Office").post;
        assert_eq!(
            post,
            Some(Post {
                office: "first deputy head".into(),
                body: "minister office prime".into()
            })
        );
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
