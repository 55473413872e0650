//! The state of agreements and issues: "remains unresolved", "remained a critical
//! sticking point", "have agreed on several documents", "had been signed", "were
//! still under negotiation", and hopes that say a deal is not yet made ("hope for
//! reaching a final agreement", "to sign a formal agreement"). Plans ("would be
//! signed on Friday") are not states.

use super::candidate::Candidate;
use super::lexicon::AGREEMENT_WORDS;
use super::text::{Sentence, Token};
use crate::corpus::predicate;
use crate::normalize::state::State;

const OPEN_WORDS: &[&str] = &[
    "unresolved",
    "undecided",
    "pending",
    "stalled",
    "deadlocked",
];
const STATE_VERBS: &[(&str, &str)] = &[
    ("agreed", "agreed"),
    ("signed", "signed"),
    ("settled", "settled"),
    ("approved", "approved"),
    ("ratified", "ratified"),
    ("initialled", "initialled"),
    ("finalised", "finalised"),
    ("finalized", "finalized"),
    ("rejected", "rejected"),
];
const HOPES: &[&str] = &[
    "hope", "hopes", "hoping", "seeks", "seeking", "aims", "aiming", "push", "pushing", "sign",
    "reaching", "reach",
];

pub fn claims(text: &str, s: &Sentence) -> Vec<Candidate> {
    let t = &s.tokens;
    let mut out = Vec::new();
    for i in 0..t.len() {
        let lower = t[i].lower();
        let found = if OPEN_WORDS.contains(&lower.as_ref()) && i > 0 && is_copula(&t[i - 1]) {
            // "remains unresolved"
            subject_before(text, s, i - 1)
                .map(|(subject, from)| (subject, from, t[i].end, lower.to_string()))
        } else if lower == "point" && i >= 2 && t[i - 1].lower() == "sticking" {
            // "remained a critical sticking point"
            let mut k = i - 2;
            while k > 0 && !is_copula(&t[k]) && i - k < 4 {
                k -= 1;
            }
            if is_copula(&t[k]) {
                subject_before(text, s, k)
                    .map(|(subject, from)| (subject, from, t[i].end, "sticking point".to_string()))
            } else {
                None
            }
        } else if lower == "negotiation" && i >= 1 && t[i - 1].lower() == "under" {
            let k = (0..i - 1).rev().find(|k| is_copula(&t[*k]));
            k.and_then(|k| subject_before(text, s, k))
                .map(|(subject, from)| (subject, from, t[i].end, "under negotiation".to_string()))
        } else if let Some((_, state)) = STATE_VERBS.iter().find(|(v, _)| *v == lower) {
            verb_state(text, s, i, state)
        } else if HOPES.contains(&lower.as_ref()) {
            hope(text, s, i)
        } else {
            None
        };
        if let Some((subject, from, to, object)) = found
            && !subject.is_empty()
            && State::classify(&object).is_some()
        {
            out.push(Candidate::new(
                &subject,
                predicate::STATUS,
                &object,
                (from, to),
                "status",
            ));
        }
    }
    // A quoted verdict on an agreement: which she called "nearly agreed".
    if out.is_empty()
        && let Some(found) = quoted_state(text, s)
    {
        out.push(found);
    }
    out
}

fn is_copula(t: &Token) -> bool {
    matches!(
        t.lower().as_ref(),
        "remains"
            | "remained"
            | "remain"
            | "is"
            | "was"
            | "are"
            | "were"
            | "still"
            | "stays"
            | "stayed"
            | "been"
    )
}

/// The noun phrase before token `i`: back to a clause boundary, without its
/// determiner or an appositive ("Tariffs on salmon and copper, long a sticking point,").
fn subject_before(text: &str, s: &Sentence, i: usize) -> Option<(String, usize)> {
    let t = &s.tokens;
    let mut end = i.checked_sub(1)?;
    while end > 0
        && (is_copula(&t[end])
            || matches!(
                t[end].lower().as_ref(),
                "also" | "now" | "have" | "has" | "had"
            ))
    {
        end -= 1;
    }
    // Skip a parenthetical between commas.
    if t[end].is(",") {
        let open = (0..end).rev().find(|k| t[*k].is(","))?;
        end = open.checked_sub(1)?;
    }
    let mut start = end;
    // "salmon and copper" is one subject; ", and the issue" starts another clause.
    let boundary = |k: usize| {
        let w = t[k].lower();
        matches!(
            w.as_ref(),
            "that" | "but" | "while" | "said" | "says" | "though" | "although" | "however"
        ) || (w == "and" && k > 0 && t[k - 1].is(","))
    };
    while start > 0 && t[start - 1].is_word() && !boundary(start - 1) && end - start < 8 {
        start -= 1;
    }
    while start < end
        && matches!(
            t[start].lower().as_ref(),
            "the" | "a" | "an" | "no" | "critical" | "key"
        )
    {
        start += 1;
    }
    // "the critical issue of territorial disputes" → "territorial disputes"
    if let Some(of) = (start + 1..end).find(|k| t[*k].text == "of")
        && matches!(t[of - 1].lower().as_ref(), "issue" | "question" | "matter")
    {
        start = of + 1;
    }
    if !t[start].is_word() {
        return None;
    }
    let from = if start > 0 && matches!(t[start - 1].lower().as_ref(), "the" | "a" | "an") {
        t[start - 1].start
    } else {
        t[start].start
    };
    Some((text[t[start].start..t[end].end].to_string(), from))
}

/// "have agreed on several documents", "had been agreed", "was signed": the state
/// the verb at `i` gives ("not agreed" after a "no", "not" or "never"); a plan
/// ("would be signed", "to be signed") gives none.
fn verb_state(
    text: &str,
    s: &Sentence,
    i: usize,
    state: &str,
) -> Option<(String, usize, usize, String)> {
    let t = &s.tokens;
    let before: Vec<String> = t[i.saturating_sub(3)..i]
        .iter()
        .map(|w| w.lower().into_owned())
        .collect();
    // Plans and hopes are not states: "would be signed", "to be signed".
    if before.iter().any(|w| {
        matches!(
            w.as_str(),
            "would" | "will" | "to" | "could" | "may" | "might" | "should"
        )
    }) {
        return None;
    }
    let negated = t[..i]
        .iter()
        .any(|w| matches!(w.lower().as_ref(), "no" | "not" | "never"));
    let object = if negated {
        format!("not {state}")
    } else {
        state.to_string()
    };
    let passive = before
        .iter()
        .any(|w| matches!(w.as_str(), "been" | "was" | "were" | "is" | "are"));
    let active_on = t
        .get(i + 1)
        .is_some_and(|w| matches!(w.text, "on" | "upon" | "to"))
        && !passive;
    if active_on && t.get(i + 2).is_some_and(|w| w.is_word()) {
        return agreed_on(text, s, i, object);
    }
    if passive
        || before
            .iter()
            .any(|w| matches!(w.as_str(), "have" | "has" | "had"))
    {
        return has_been_agreed(text, s, i, object);
    }
    None
}

/// "have agreed on several documents": the thing agreed follows the verb at `i`,
/// and the quote runs from the clause's start.
fn agreed_on(
    text: &str,
    s: &Sentence,
    i: usize,
    object: String,
) -> Option<(String, usize, usize, String)> {
    let t = &s.tokens;
    let mut start = i + 2;
    while t
        .get(start)
        .is_some_and(|w| matches!(w.lower().as_ref(), "a" | "an" | "the"))
    {
        start += 1;
    }
    // "agreed on an" at the end of a sentence: nothing was named.
    if !t.get(start).is_some_and(|w| w.is_word()) {
        return None;
    }
    let mut end = start;
    while t.get(end + 1).is_some_and(|w| {
        w.is_word()
            && !matches!(
                w.lower().as_ref(),
                "of" | "for" | "with" | "that" | "and" | "in" | "on" | "by"
            )
    }) && end - start < 4
    {
        end += 1;
    }
    let first = t.iter().position(|w| w.start >= s.start).unwrap_or(0);
    let from = clause_start(s, i).max(first);
    Some((
        text[t[start].start..t[end].end].to_string(),
        t[from].start,
        t[end].end,
        object,
    ))
}

/// "had been agreed", "was signed": the agreement is the subject before the
/// auxiliary, when it has an agreement word or a word longer than three
/// letters ("it was signed" names none).
fn has_been_agreed(
    text: &str,
    s: &Sentence,
    i: usize,
    object: String,
) -> Option<(String, usize, usize, String)> {
    let t = &s.tokens;
    let copula = (i.saturating_sub(3)..i).find(|k| {
        matches!(
            t[*k].lower().as_ref(),
            "have" | "has" | "had" | "been" | "was" | "were" | "is" | "are"
        )
    })?;
    let (subject, from) = subject_before(text, s, copula)?;
    if !subject
        .split_whitespace()
        .any(|w| AGREEMENT_WORDS.contains(&w.to_lowercase().as_str()) || w.len() > 3)
    {
        return None;
    }
    Some((subject, from, t[i].end, object))
}

fn clause_start(s: &Sentence, i: usize) -> usize {
    (0..i)
        .rev()
        .find(|k| s.tokens[*k].is(",") || s.tokens[*k].lower() == "that")
        .map_or(0, |k| k + 1)
}

/// "hope for reaching a final agreement with the Aldmere Federation", "to sign a formal
/// agreement": the agreement is not yet made.
fn hope(text: &str, s: &Sentence, i: usize) -> Option<(String, usize, usize, String)> {
    let t = &s.tokens;
    let lower = t[i].lower();
    if lower == "sign" && t.get(i.wrapping_sub(1)).is_none_or(|w| w.lower() != "to") {
        return None;
    }
    let agreement = (i + 1..t.len().min(i + 7))
        .find(|k| AGREEMENT_WORDS.contains(&t[*k].lower().as_ref()) && t[*k].lower() != "plan")?;
    if t[i + 1..agreement].iter().any(|w| !w.is_word()) {
        return None;
    }
    let mut end = agreement;
    while t.get(end + 1).is_some_and(|w| {
        w.is_word()
            && !matches!(
                w.lower().as_ref(),
                "during" | "at" | "by" | "before" | "which" | "that"
            )
    }) && end - agreement < 8
    {
        end += 1;
    }
    let mut start = i + 1;
    while start < agreement
        && matches!(
            t[start].lower().as_ref(),
            "for" | "reaching" | "to" | "reach" | "sign" | "a" | "an" | "the"
        )
    {
        start += 1;
    }
    let from = if lower == "sign" {
        t[i - 1].start
    } else {
        t[i.saturating_sub(1)].start.max(s.start)
    };
    Some((
        text[t[start].start..t[end].end].to_string(),
        from,
        t[end].end,
        "not yet agreed (hoped for)".to_string(),
    ))
}

/// `which she called "nearly agreed"`: a quoted state about an agreement named just before.
fn quoted_state(text: &str, s: &Sentence) -> Option<Candidate> {
    let t = &s.tokens;
    let open = t.iter().position(|w| w.is("\"") || w.is("“"))?;
    let close = (open + 1..t.len()).find(|k| t[*k].is("\"") || t[*k].is("”"))?;
    if close <= open + 1 {
        return None;
    }
    let quoted = &text[t[open + 1].start..t[close - 1].end];
    State::classify(quoted)?;
    let agreement = (0..open)
        .rev()
        .find(|k| AGREEMENT_WORDS.contains(&t[*k].lower().as_ref()))?;
    let mut start = agreement;
    while start > 0
        && t[start - 1].is_word()
        && !matches!(
            t[start - 1].lower().as_ref(),
            "a" | "an" | "the" | "with" | "on" | "be"
        )
        && agreement - start < 3
    {
        start -= 1;
    }
    let from = if start > 0 && matches!(t[start - 1].lower().as_ref(), "a" | "an" | "the") {
        t[start - 1].start
    } else {
        t[start].start
    };
    Some(Candidate::new(
        &text[t[start].start..t[agreement].end],
        predicate::STATUS,
        quoted,
        (from, t[close].end),
        "status",
    ))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn found(text: &str) -> Vec<(String, String)> {
        extract_text(text, 0, None)
            .claims
            .into_iter()
            .filter(|c| c.predicate == "status")
            .map(|c| (c.subject, c.object))
            .collect()
    }

    #[test]
    fn open_issues() {
        assert_eq!(
            found("The critical issue of territorial disputes remains unresolved."),
            vec![("territorial disputes".into(), "unresolved".into())]
        );
        assert_eq!(
            found("Tariffs on salmon and copper, long a sticking point, remain unresolved."),
            vec![("Tariffs on salmon and copper".into(), "unresolved".into())]
        );
        assert_eq!(
            found("Security guarantees remained a critical sticking point."),
            vec![("Security guarantees".into(), "sticking point".into())]
        );
        assert_eq!(
            found("He said salmon quotas were still under negotiation."),
            vec![("salmon quotas".into(), "under negotiation".into())]
        );
    }

    #[test]
    fn agreed_and_signed() {
        assert_eq!(
            found("Both sides have agreed on several documents."),
            vec![("several documents".into(), "agreed".into())]
        );
        assert_eq!(
            found("He said the text of a trade agreement had been agreed."),
            vec![("text of a trade agreement".into(), "agreed".into())]
        );
        assert_eq!(
            found("The plan to rebuild the bridges had been signed by the government."),
            vec![("plan to rebuild the bridges".into(), "signed".into())]
        );
        assert!(found("The pact would be signed at a summit.").is_empty());
    }

    #[test]
    fn agreed_on_nothing_at_the_end_of_a_sentence() {
        // Found by the extractor fuzz target.
        assert!(found("Trade Minister Luis Kispe of Quillaruri said they agreed on an").is_empty());
        assert!(found("They agreed on the").is_empty());
    }

    #[test]
    fn a_subject_opening_with_of_is_no_trouble() {
        // Found by the extractor fuzz target.
        assert_eq!(
            found("The issue of tariffs remains unresolved."),
            vec![("tariffs".into(), "unresolved".into())]
        );
        let text =
            String::from_utf8_lossy(include_bytes!("../../tests/fuzz/extractor-of-first.txt"));
        let _ = crate::extract::extract_text(&text, 0, Some("2026-01-17".parse().unwrap()));
    }

    #[test]
    fn hopes_are_not_yet_agreements() {
        let f = found(
            "He expressed his hope for reaching a final agreement with the Aldmere Federation during the forum.",
        );
        assert_eq!(
            f,
            vec![(
                "final agreement with the Aldmere Federation".into(),
                "not yet agreed (hoped for)".into()
            )]
        );
    }

    #[test]
    fn a_quoted_verdict() {
        let f = found(
            "She wants a new pay agreement with the union, which she called \"nearly agreed\".",
        );
        assert_eq!(
            f,
            vec![("new pay agreement".into(), "nearly agreed".into())]
        );
    }
}
