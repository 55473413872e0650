//! States of agreements and issues, and the order they move in: an open issue gets
//! agreed, an agreed text gets signed. Signed and rejected are final.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// Unresolved, pending, a sticking point, hoped for, not yet agreed.
    Open,
    /// Agreed by negotiators, initialled, approved: not yet binding.
    Agreed,
    /// Signed, ratified, concluded: final.
    Signed,
    /// Rejected, abandoned, collapsed: final.
    Rejected,
}

impl State {
    /// The state a phrase describes, if it describes one claimcheck knows.
    pub fn classify(text: &str) -> Option<State> {
        let t = format!(
            " {} ",
            text.to_lowercase().replace(['(', ')', ',', '.'], " ")
        );
        let has = |words: &[&str]| {
            words
                .iter()
                .any(|w| has_word(&t, w) || (w.contains(' ') && t.contains(w)))
        };
        if has(&[
            "not yet",
            "nearly",
            "almost",
            "close to",
            "not agreed",
            "no agreement",
            "unresolved",
            "sticking point",
            "pending",
            "hoped",
            "hope",
            "to be signed",
            "to sign",
            "under negotiation",
            "disputed",
            "open",
            "not signed",
            "remains",
        ]) {
            return Some(State::Open);
        }
        if has(&[
            "rejected",
            "abandoned",
            "collapsed",
            "scrapped",
            "withdrawn",
        ]) {
            return Some(State::Rejected);
        }
        if has(&["signed", "ratified", "concluded", "in force"]) {
            return Some(State::Signed);
        }
        if has(&[
            "agreed",
            "approved",
            "initialled",
            "settled",
            "reached",
            "finalised",
            "finalized",
        ]) {
            return Some(State::Agreed);
        }
        None
    }

    /// Whether nothing should follow this state.
    pub fn is_final(self) -> bool {
        matches!(self, State::Signed | State::Rejected)
    }

    /// Progress along open → agreed → signed; `None` for rejected, which is off that line.
    pub fn rank(self) -> Option<u8> {
        match self {
            State::Open => Some(0),
            State::Agreed => Some(1),
            State::Signed => Some(2),
            State::Rejected => None,
        }
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            State::Open => "open",
            State::Agreed => "agreed",
            State::Signed => "signed",
            State::Rejected => "rejected",
        })
    }
}

/// Whether `phrase` stands in `text` with a space on either side: what
/// `text.contains(" {phrase} ")` says, without writing that string out for
/// every phrase of every sentence.
fn has_word(text: &str, phrase: &str) -> bool {
    let mut from = 0;
    while let Some(found) = text[from..].find(phrase) {
        let at = from + found;
        if text[..at].ends_with(' ') && text[at + phrase.len()..].starts_with(' ') {
            return true;
        }
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The search without building strings says what `contains(" {phrase} ")` says.
        #[test]
        fn has_word_is_contains_between_spaces(
            text in "[ a-cé’]{0,24}",
            phrase in "[a-cé ]{1,4}",
        ) {
            proptest::prop_assert_eq!(has_word(&text, &phrase), text.contains(&format!(" {phrase} ")));
        }
    }

    #[test]
    fn phrases_classify() {
        assert_eq!(
            State::classify("not yet agreed (hoped for at Davos)"),
            Some(State::Open)
        );
        assert_eq!(
            State::classify("not yet agreed (to be signed at Davos)"),
            Some(State::Open)
        );
        assert_eq!(State::classify("agreed (documents)"), Some(State::Agreed));
        assert_eq!(State::classify("unresolved"), Some(State::Open));
        assert_eq!(
            State::classify("a critical sticking point"),
            Some(State::Open)
        );
        assert_eq!(State::classify("signed"), Some(State::Signed));
        assert_eq!(State::classify("rejected"), Some(State::Rejected));
        assert_eq!(State::classify("nearly agreed"), Some(State::Open));
        assert_eq!(State::classify("blue"), None);
    }

    #[test]
    fn only_signed_and_rejected_are_final() {
        assert!(State::Signed.is_final() && State::Rejected.is_final());
        assert!(!State::Agreed.is_final() && !State::Open.is_final());
        assert!(State::Open.rank() < State::Agreed.rank());
    }
}
