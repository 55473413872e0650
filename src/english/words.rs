//! Names in the form they are compared in: case, accents, punctuation and
//! possessives set aside. Load checks `entities.yaml` for names listed twice
//! in this form, and normalize matches names in it.

use deunicode::deunicode;

/// Lowercase ASCII letters, digits and single spaces: the form names are compared in.
pub fn fold(name: &str) -> String {
    // Names are mostly ASCII already, and transliterating them changes nothing.
    let ascii = if name.is_ascii() {
        std::borrow::Cow::Borrowed(name)
    } else {
        std::borrow::Cow::Owned(deunicode(name))
    };
    let mut out = String::with_capacity(ascii.len());
    for word in ascii.split(|c: char| c.is_whitespace() || c == '-') {
        let mut kept = strip_possessive(word)
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .peekable();
        if kept.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(kept.map(|c| c.to_ascii_lowercase()));
    }
    out
}

/// `Kyiv's` → `Kyiv`, `Zelensky’s` → `Zelensky`.
pub fn strip_possessive(word: &str) -> &str {
    // Asked of every word of every article: most end in none of these. The
    // last byte tells, without decoding the last character: `’` ends in 0x99.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return word;
    }
    without_possessive_suffix(word)
}

/// `word` without a possessive `'s` or a trailing apostrophe, looked for
/// suffix by suffix.
fn without_possessive_suffix(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            return stem;
        }
    }
    word.strip_suffix(['\'', '’']).unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `fold` as first written, one step at a time: what the faster one must equal.
    fn fold_by_steps(name: &str) -> String {
        let ascii = deunicode(name).to_lowercase();
        let mut words = Vec::new();
        for word in ascii.split(|c: char| c.is_whitespace() || c == '-') {
            let word: String = strip_possessive(word)
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect();
            if !word.is_empty() {
                words.push(word);
            }
        }
        words.join(" ")
    }

    proptest::proptest! {
        /// Words ending in `’`, `'s`, or a letter whose last byte is that of `’`
        /// (`Ù`, `ę`) lose exactly what the suffixes say.
        #[test]
        fn the_last_byte_test_loses_no_possessive(word in "[a-zA-ZÙę]{0,6}['’sSÙę]{0,2}") {
            proptest::prop_assert_eq!(strip_possessive(&word), without_possessive_suffix(&word));
        }

        #[test]
        fn fold_equals_folding_step_by_step(name in "\\PC{0,40}") {
            proptest::prop_assert_eq!(fold(&name), fold_by_steps(&name));
        }

        #[test]
        fn fold_equals_folding_step_by_step_on_names(name in "[A-Za-zÀ-ž'’ .-]{0,30}(['’][sS])?") {
            proptest::prop_assert_eq!(fold(&name), fold_by_steps(&name));
        }
    }

    #[test]
    fn fold_keeps_what_names_are_compared_by() {
        assert_eq!(fold("Zelenskyy’s"), "zelenskyy");
        assert_eq!(fold("  Rustem  UMEROV "), "rustem umerov");
        assert_eq!(fold("Jean-Luc Mélenchon"), "jean luc melenchon");
        assert_eq!(fold("O'Brien"), "obrien");
        assert_eq!(fold("Київ"), "kiyiv");
    }
}
