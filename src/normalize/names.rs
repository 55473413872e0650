//! Names: when two spellings name the same person or place.
//!
//! News English writes foreign names through several transliteration systems:
//! Umarov and Umerov, Zelenskyy, Zelenskiy and Zelensky, Kiev and Kyiv, and
//! garbles them besides (Wittkopf for Witkoff). Two spellings match here when they
//! fold to the same transliteration key, or when their consonant skeletons agree
//! and the letters are close. A full name matches only if both the given name and
//! the surname match: Vladimir Putin and Vladimir Zelensky share a first name and
//! nothing else.

pub use crate::english::words::{fold, strip_possessive};

/// How sure the matcher is that two spellings name the same thing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameMatch {
    No,
    /// Different spellings of one name (a transliteration or a common misspelling).
    Transliteration,
    /// The same letters once case, accents and punctuation are set aside.
    Exact,
}

/// One word folded through the common Cyrillic-to-Latin transliteration choices,
/// so that the systems agree: `zelenskyy`, `zelenskiy` and `zelensky` all give
/// `zelenski`; `wittkopf` and `witkoff` give `vitkof`.
pub fn transliteration_key(word: &str) -> String {
    let mut w = fold(word).replace(' ', "");
    for (from, to) in [
        ("shch", "sh"),
        ("dzh", "j"),
        ("zh", "j"),
        ("kh", "h"),
        ("ph", "f"),
        ("pf", "f"),
        ("ck", "k"),
        ("qu", "k"),
        ("w", "v"),
        ("yy", "y"),
        ("ye", "e"),
        ("yu", "iu"),
        ("ya", "ia"),
    ] {
        w = w.replace(from, to);
    }
    for ending in ["iy", "ij", "yi", "ii"] {
        if let Some(stem) = w.strip_suffix(ending) {
            w = format!("{stem}y");
        }
    }
    // Ukrainian writes h where Russian writes g (Serhiy, Sergiy; Hrytsenko,
    // Gritsenko; Oleh, Oleg): a lone h, not one of a pair of letters written
    // for one sound (sh, ch, th, ...).
    w = lone_h_as_g(&w);
    // After the first letter, y is a vowel: i.
    let mut chars: Vec<char> = w.chars().collect();
    for c in chars.iter_mut().skip(1) {
        if *c == 'y' {
            *c = 'i';
        }
    }
    // Doubled consonants are a spelling habit (Wittkopf); doubled vowels are not
    // (Booker is not Baker), except the ii that y → i leaves behind (Kyiv).
    chars.dedup_by(|b, a| a == b && (*a == 'i' || !"aeou".contains(*a)));
    let mut key: String = chars.into_iter().collect();
    // Smirnov, Smirnoff, Smirnow: one ending.
    if let Some(stem) = key.strip_suffix("of") {
        key = format!("{stem}ov");
    }
    key
}

/// `word` with each h that stands alone (not after s, c, z, k, t, p or g,
/// with which it writes one sound) as g.
fn lone_h_as_g(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut before = None;
    for c in word.chars() {
        let pair = before.is_some_and(|b: char| "sczktpg".contains(b));
        out.push(if c == 'h' && !pair { 'g' } else { c });
        before = Some(c);
    }
    out
}

/// The first letter and the consonants after it.
pub fn skeleton(key: &str) -> String {
    let mut chars = key.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.filter(|c| !"aeiou".contains(*c)).collect::<String>()
}

/// Whether two single words are spellings of one name.
pub fn same_word(a: &str, b: &str) -> NameMatch {
    Spelling::of(a).matches(&Spelling::of(b))
}

/// One word in the forms the matcher compares, worked out once so that a word
/// compared with many names is folded once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spelling {
    folded: String,
    key: String,
    skeleton: String,
    /// A single letter, as in "V. Zelensky".
    initial: bool,
}

impl Spelling {
    pub fn of(word: &str) -> Spelling {
        let key = transliteration_key(word);
        Spelling {
            folded: fold(word),
            skeleton: skeleton(&key),
            key,
            initial: is_initial(word),
        }
    }

    /// The consonant skeleton of its transliteration key: equal for any two
    /// spellings that can match.
    pub fn skeleton(&self) -> &str {
        &self.skeleton
    }

    /// Whether this and `other` are spellings of one name ([`same_word`]).
    pub fn matches(&self, other: &Spelling) -> NameMatch {
        self.matches_within(other, 0.88)
    }

    /// Whether this and `other`, as given names, are one ([`same_given_name`]).
    pub fn same_given_name(&self, other: &Spelling) -> NameMatch {
        if self.initial || other.initial {
            if self.folded.chars().next() == other.folded.chars().next() {
                NameMatch::Exact
            } else {
                NameMatch::No
            }
        } else {
            self.matches_within(other, 0.8)
        }
    }

    fn matches_within(&self, other: &Spelling, threshold: f64) -> NameMatch {
        if self.folded.is_empty() || other.folded.is_empty() {
            return NameMatch::No;
        }
        if self.folded == other.folded {
            return NameMatch::Exact;
        }
        // A man's name and a woman's (Petrov, Petrova; Ivan, Ivana) name two
        // people, never one spelled two ways.
        let gendered = |a: &str, b: &str| a.strip_suffix('a') == Some(b);
        if gendered(&self.folded, &other.folded) || gendered(&other.folded, &self.folded) {
            return NameMatch::No;
        }
        if self.key == other.key {
            return NameMatch::Transliteration;
        }
        // Short words are too easily alike: "Kim" and "Kin" are different names.
        if self.folded.len() < 4 || other.folded.len() < 4 {
            return NameMatch::No;
        }
        if self.skeleton == other.skeleton
            && strsim::jaro_winkler(&self.key, &other.key) >= threshold
        {
            return NameMatch::Transliteration;
        }
        NameMatch::No
    }
}

/// A personal name split into the parts the matcher compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub given: Option<String>,
    pub surname: String,
}

impl PersonName {
    pub fn parse(name: &str) -> Option<PersonName> {
        let words: Vec<&str> = name.split_whitespace().map(strip_possessive).collect();
        match words.as_slice() {
            [] => None,
            [surname] => Some(PersonName {
                given: None,
                surname: surname.to_string(),
            }),
            [given, .., surname] => Some(PersonName {
                given: Some(given.to_string()),
                surname: surname.to_string(),
            }),
        }
    }
}

/// Whether `mention` (a full name or a surname alone) names the person `known`.
/// Given names get a looser test than surnames (Volodymyr and Vladimir are one name
/// in two languages), but they must still match when both are written.
pub fn same_person(mention: &PersonName, known: &PersonName) -> NameMatch {
    let surname = same_word(&mention.surname, &known.surname);
    if surname == NameMatch::No {
        return NameMatch::No;
    }
    match (&mention.given, &known.given) {
        (Some(a), Some(b)) => surname.min(same_given_name(a, b)),
        _ => surname,
    }
}

/// Whether two given names are one: an initial matches a name it begins, and
/// the test is looser than for surnames (Volodymyr and Vladimir).
pub fn same_given_name(a: &str, b: &str) -> NameMatch {
    Spelling::of(a).same_given_name(&Spelling::of(b))
}

fn is_initial(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> PersonName {
        PersonName::parse(name).unwrap()
    }

    #[test]
    fn transliterations_of_one_name_match() {
        for (a, b) in [
            ("Umarov", "Umerov"),
            ("Wittkopf", "Witkoff"),
            ("Zelenskyy", "Zelenskiy"),
            ("Zelenskiy", "Zelensky"),
            ("Zelenskyy", "Zelensky"),
            ("Kiev", "Kyiv"),
            ("Rustam", "Rustem"),
            ("Quispe", "Kispe"),
            ("Serhiy", "Sergiy"),
            ("Hrytsenko", "Gritsenko"),
            ("Oleh", "Oleg"),
            ("Smirnov", "Smirnoff"),
            ("Smirnov", "Smirnow"),
            ("Kharkiv", "Harkiv"),
        ] {
            assert_eq!(same_word(a, b), NameMatch::Transliteration, "{a} / {b}");
        }
    }

    #[test]
    fn different_names_do_not_match() {
        for (a, b) in [
            ("Putin", "Zelensky"),
            ("Baker", "Booker"),
            ("Kim", "Kin"),
            ("Austria", "Australia"),
            ("Ivanov", "Petrov"),
            ("Kyiv", "Kyrylo"),
            ("Petrov", "Petrenko"),
            ("Shevchenko", "Sevchenko"),
            ("Thomas", "Tomas"),
            ("Petrov", "Petrova"),
            ("Ivan", "Ivana"),
        ] {
            assert_eq!(same_word(a, b), NameMatch::No, "{a} / {b}");
        }
    }

    #[test]
    fn case_accents_and_possessives_are_exact_matches() {
        assert_eq!(same_word("KYIV", "Kyiv"), NameMatch::Exact);
        assert_eq!(same_word("Kyiv's", "Kyiv"), NameMatch::Exact);
        assert_eq!(same_word("Zelensky’s", "Zelensky"), NameMatch::Exact);
        assert_eq!(same_word("Zürich", "Zurich"), NameMatch::Exact);
    }

    #[test]
    fn people_who_share_a_first_name_are_different_people() {
        let zelensky = person("Volodymyr Zelensky");
        assert_eq!(
            same_person(&person("Vladimir Putin"), &zelensky),
            NameMatch::No
        );
        assert_eq!(
            same_person(&person("Vladimir Zelensky"), &zelensky),
            NameMatch::Transliteration
        );
        assert_eq!(
            same_person(&person("Vladimir Putin"), &person("Vladimir Putin")),
            NameMatch::Exact
        );
    }

    #[test]
    fn transliterations_match_only_when_the_rest_of_the_name_agrees() {
        assert_eq!(
            same_person(&person("Serhiy Hrytsenko"), &person("Sergiy Gritsenko")),
            NameMatch::Transliteration
        );
        // A given name that differs makes another person, whatever the surname.
        assert_eq!(
            same_person(&person("Ivana Petrova"), &person("Ivan Petrov")),
            NameMatch::No
        );
        assert_eq!(
            same_person(&person("Oleh Smirnov"), &person("Ivan Smirnoff")),
            NameMatch::No
        );
    }

    #[test]
    fn people_who_share_a_surname_are_different_people() {
        assert_eq!(
            same_person(&person("Anna Ivanova"), &person("Igor Ivanov")),
            NameMatch::No
        );
        assert_eq!(
            same_person(&person("Hunter Biden"), &person("Joe Biden")),
            NameMatch::No
        );
    }

    #[test]
    fn a_surname_alone_or_an_initial_matches_the_full_name() {
        let umerov = person("Rustem Umerov");
        assert_eq!(
            same_person(&person("Umarov"), &umerov),
            NameMatch::Transliteration
        );
        assert_eq!(
            same_person(&person("Rustam Umarov"), &umerov),
            NameMatch::Transliteration
        );
        assert_eq!(same_person(&person("R. Umerov"), &umerov), NameMatch::Exact);
    }
}
