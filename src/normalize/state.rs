//! States of agreements and issues, and the order they move in: an open issue gets
//! agreed, an agreed text gets signed. Signed and rejected are final.

use std::fmt;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

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

/// The phrases that say each state, the first list first: a phrase that says
/// the issue is still open ("not yet agreed") outweighs the words for any
/// later state inside it.
const PHRASES: [(State, &[&str]); 4] = [
    (
        State::Open,
        &[
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
        ],
    ),
    (
        State::Rejected,
        &[
            "rejected",
            "abandoned",
            "collapsed",
            "scrapped",
            "withdrawn",
        ],
    ),
    (
        State::Signed,
        &["signed", "ratified", "concluded", "in force"],
    ),
    (
        State::Agreed,
        &[
            "agreed",
            "approved",
            "initialled",
            "settled",
            "reached",
            "finalised",
            "finalized",
        ],
    ),
];

/// Every phrase of [`PHRASES`] in one automaton, searched for in one pass,
/// with the list each comes from.
struct Phrases {
    automaton: AhoCorasick,
    list: Vec<usize>,
    phrase: Vec<&'static str>,
}

static AUTOMATON: LazyLock<Phrases> = LazyLock::new(|| {
    let (list, phrase): (Vec<usize>, Vec<&'static str>) = PHRASES
        .iter()
        .enumerate()
        .flat_map(|(n, (_, phrases))| phrases.iter().map(move |p| (n, *p)))
        .unzip();
    Phrases {
        automaton: AhoCorasick::new(&phrase).expect("a few dozen short phrases make an automaton"),
        list,
        phrase,
    }
});

impl State {
    /// The state a phrase describes, if it describes one claimcheck knows: the
    /// first list of [`PHRASES`] with a phrase in it, a single word standing
    /// between spaces, several words anywhere.
    pub fn classify(text: &str) -> Option<State> {
        let t = format!(
            " {} ",
            text.to_lowercase().replace(['(', ')', ',', '.'], " ")
        );
        let phrases = &*AUTOMATON;
        phrases
            .automaton
            .find_overlapping_iter(&t)
            .filter(|m| {
                let phrase = phrases.phrase[m.pattern().as_usize()];
                phrase.contains(' ')
                    || (t[..m.start()].ends_with(' ') && t[m.end()..].starts_with(' '))
            })
            .map(|m| phrases.list[m.pattern().as_usize()])
            .min()
            .map(|n| PHRASES[n].0)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `classify` one phrase at a time, list by list, as first written: what
    /// the automaton must agree with.
    fn classify_phrase_by_phrase(text: &str) -> Option<State> {
        let t = format!(
            " {} ",
            text.to_lowercase().replace(['(', ')', ',', '.'], " ")
        );
        PHRASES.iter().find_map(|(state, words)| {
            words
                .iter()
                .any(|w| t.contains(&format!(" {w} ")) || (w.contains(' ') && t.contains(w)))
                .then_some(*state)
        })
    }

    proptest::proptest! {
        /// Phrases run together, cut short, inside other words, capitalised,
        /// between brackets and commas: one pass finds what phrase-by-phrase finds.
        #[test]
        fn one_pass_finds_what_each_phrase_finds(
            words in proptest::collection::vec(
                "(not|yet|nearly|to|be|signed|sign|agreed|in|force|open|reopened|hoped|hope|close|no|agreement|remains|Rejected|settled|un|x)[ ,.()]{0,2}",
                0..8,
            )
        ) {
            let text: String = words.concat();
            proptest::prop_assert_eq!(State::classify(&text), classify_phrase_by_phrase(&text));
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
