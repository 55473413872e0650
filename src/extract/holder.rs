//! Who holds a count of seats or votes: "Labour won 24 seats" counts Labour's
//! seats, and one party's seats never meet another's.

use super::lexicon::{AUX, NOT_NAMES, PRONOUNS, WINNING};
use super::text::{Sentence, Token};

/// Who holds a count of seats or votes.
pub enum Holder {
    /// Named: "Labour" won 24 seats.
    Named(String),
    /// Someone the sentence does not name ("the party had won 412 seats",
    /// "they are on 119 seats"): which party's seats these are is in another
    /// sentence, and the count is better left to a reviewer than given to
    /// whoever else holds seats.
    Unnamed,
    /// No one: a total ("the 90 seats"), or a count with no verb before it.
    Nobody,
}

/// Who holds the count of seats or votes whose number starts at `first`: a
/// possessive just before it ("the council's 60 seats"), a name before its verb
/// ("Labour had won 24 seats"), or, in a clause that goes on from the
/// sentence's subject ("The Greens gained ground, taking 6 seats"), that
/// subject. Lowercase, as the subjects of counts are.
pub fn holder(text: &str, s: &Sentence, first: usize) -> Holder {
    let t = &s.tokens;
    if first > 0 && t[first - 1].is_possessive() {
        let name = names_around(text, s, first - 1).unwrap_or_else(|| t[first - 1].lower().into());
        return Holder::Named(name);
    }
    // Across the verb, at most four lowercase words ("won the seat with").
    let mut k = first;
    while k > 0 && first - k < 4 && t[k - 1].is_word() && !t[k - 1].is_capitalised() {
        k -= 1;
    }
    if k == first || k == 0 {
        return Holder::Nobody;
    }
    let pronoun = |w: &Token| PRONOUNS.contains(&w.lower().as_ref());
    let walked = &t[k..first];
    // A clause that goes on from the sentence's subject: ", taking 6 seats",
    // "and are now on 29 seats".
    let goes_on = (t[k - 1].is(",") && t[k].lower().ends_with("ing"))
        || walked.iter().any(|w| w.lower() == "and");
    if goes_on {
        if pronoun(&t[0]) {
            return Holder::Unnamed;
        }
        let start = usize::from(t[0].lower() == "the");
        return match names_around(text, s, start).filter(|_| start < k - 1) {
            Some(name) => Holder::Named(name),
            None => Holder::Nobody,
        };
    }
    if let Some(name) = names_around(text, s, k - 1) {
        return Holder::Named(name);
    }
    // "They", or "the party" opening a clause: someone named elsewhere.
    let opens_clause = |the: usize| the == 0 || !t[the - 1].is_word();
    let anaphor = pronoun(&t[k - 1])
        || walked.iter().any(pronoun)
        || (t[k - 1].lower() == "the" && opens_clause(k - 1))
        || (t[k].lower() == "the" && opens_clause(k));
    if anaphor {
        Holder::Unnamed
    } else {
        Holder::Nobody
    }
}

/// Who holds the share of the vote whose figure starts at `first`: as for
/// seats ("Labour won 35%"), a name just before the figure ("and the
/// Conservatives 24%"), or the name before the clause's verb of winning
/// ("Labour had won 411 seats, with a vote share of 33.8 per cent").
pub fn share_holder(text: &str, s: &Sentence, first: usize) -> Option<String> {
    match holder(text, s, first) {
        Holder::Named(name) => return Some(name),
        Holder::Unnamed => return None,
        Holder::Nobody => {}
    }
    let t = &s.tokens;
    if first > 1
        && let Some(name) = names_around(text, s, first - 1)
    {
        return Some(name);
    }
    let verb = (0..first)
        .rev()
        .find(|&k| WINNING.contains(&t[k].lower().as_ref()))?;
    let mut k = verb;
    while k > 0 && AUX.contains(&t[k - 1].lower().as_ref()) {
        k -= 1;
    }
    names_around(text, s, k.checked_sub(1)?)
}

/// The run of capitalised words that are names around token `word`: "Liberal
/// Democrats", lowercase and without a possessive.
fn names_around(text: &str, s: &Sentence, word: usize) -> Option<String> {
    let t = &s.tokens;
    let is_name = |w: &Token| w.is_capitalised() && !NOT_NAMES.contains(&w.lower());
    if !is_name(&t[word]) {
        return None;
    }
    let (mut start, mut end) = (word, word);
    while start > 0 && is_name(&t[start - 1]) {
        start -= 1;
    }
    while end + 1 < t.len() && is_name(&t[end + 1]) {
        end += 1;
    }
    let words = &text[t[start].start..t[end].end];
    Some(crate::normalize::names::strip_possessive(words).to_lowercase())
}
