//! Extract: claims pulled from article text, for a person to review.
//!
//! Extraction reads news English with patterns, not with a list of the story's
//! names: people are found by how names are written, titles by the words around
//! them, meetings by meeting words, dates by date phrases. Every claim it writes
//! is `status: unreviewed` and names the rule that found it (`by: rule:NAME`), so a
//! reviewer knows what to check. [`file`] writes claims files without ever
//! touching what a person wrote.

mod candidate;
mod dates;
pub mod file;
pub mod fix;
mod holder;
mod lexicon;
mod meetings;
pub mod names;
mod numbers;
mod people;
mod status;
pub mod text;

use jiff::civil::Date;

pub use candidate::{Candidate, Extraction};

use crate::normalize::names::fold;

/// Extracts claims from an article's text; `body` is where the text begins after
/// any front matter, and `published` the day relative dates count from.
pub fn extract_text(text: &str, body: usize, published: Option<Date>) -> Extraction {
    let sentences = text::sentences(text, body);
    let mut names = names::Names::new(&sentences);
    let mut meetings = meetings::Meetings::default();
    let date_index = dates::DateIndex::new(text, body);
    let mut claims = Vec::new();
    for sentence in &sentences {
        let people = names.people(sentence);
        if sentence.heading {
            continue;
        }
        let dates = date_index.in_sentence(text, sentence);
        let (event, found) = meetings.sentence(text, sentence, &names, &people, &dates, published);
        claims.extend(found);
        claims.extend(people::claims(text, sentence, &people, &names));
        claims.extend(numbers::claims(text, sentence, &dates, event.as_deref()));
        claims.extend(status::claims(text, sentence));
    }
    // One claim per thing said: the first quote that says it.
    let mut seen: Vec<(String, &'static str, String, Option<String>)> = Vec::new();
    // A claim about nothing, or of nothing, is no claim: the loader refuses it.
    claims.retain(|c| !c.subject.trim().is_empty() && !c.object.trim().is_empty());
    claims.retain(|c: &Candidate| {
        let key = (
            fold(&c.subject),
            c.predicate,
            fold(&c.object),
            c.event.clone(),
        );
        let fresh = !seen.contains(&key);
        if fresh {
            seen.push(key);
        }
        fresh
    });
    claims.sort_by_key(|c| (c.span.0, c.span.1));
    Extraction {
        claims,
        events: meetings.records(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A figure with nothing before it to say what it measures is no claim:
    /// extraction wrote it with an empty subject, which the loader refuses.
    #[test]
    fn no_claim_about_nothing() {
        let text = "Less than 24 hours after the landing, the airport reopened. Some 58,000 workers struck.";
        let found = extract_text(text, 0, None);
        assert!(!found.claims.is_empty());
        assert!(
            found
                .claims
                .iter()
                .all(|c| !c.subject.trim().is_empty() && !c.object.trim().is_empty()),
            "{:#?}",
            found.claims
        );
    }
}
