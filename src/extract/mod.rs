//! Extract: claims pulled from article text, for a person to review.
//!
//! Extraction reads news English with patterns, not with a list of the story's
//! names: people are found by how names are written, titles by the words around
//! them, meetings by meeting words, other events by the words that tell of them
//! (`crate::corpus::event_kind`), dates and clock times by their phrases, who
//! gives a figure by the verbs of saying. Every claim it writes
//! is `status: unreviewed` and names the rule that found it (`by: rule:NAME`), so a
//! reviewer knows what to check. [`file`] writes claims files without ever
//! touching what a person wrote.

mod attribution;
mod candidate;
mod count_subject;
mod dates;
mod events;
mod figures;
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
mod times;

use jiff::civil::Date;

pub use candidate::{Candidate, Extraction};

use crate::corpus::predicate;
use crate::normalize::names::fold;

/// Extracts claims from an article's text; `body` is where the text begins after
/// any front matter, and `published` the day relative dates count from.
pub fn extract_text(text: &str, body: usize, published: Option<Date>) -> Extraction {
    let sentences = text::sentences(text, body);
    let mut names = names::Names::new(&sentences);
    let mut meetings = meetings::Meetings::default();
    let mut events = events::Events::default();
    let date_index = dates::DateIndex::new(text, body);
    let time_index = times::TimeIndex::new(text, body);
    let mut claims = Vec::new();
    // The kind of event the article leads with: the first its sentences tell of.
    let lead = sentences
        .iter()
        .find_map(|s| events::told_kinds(s).first().copied());
    for sentence in &sentences {
        let people = names.people(sentence);
        if sentence.heading {
            // A headline's figures are claims ("Bridge collapses, 35 feared
            // dead"); its capitals say nothing of names and titles.
            let dates = date_index.in_sentence(text, sentence);
            let not_counts: Vec<(usize, usize)> = dates.iter().map(|d| (d.start, d.end)).collect();
            claims.extend(numbers::claims(text, sentence, &not_counts, None));
            continue;
        }
        let dates = date_index.in_sentence(text, sentence);
        let times = time_index.in_sentence(text, sentence);
        // Who gives each figure, date or time, if the sentence says.
        let sources = attribution::attributions(text, sentence);
        let (event, found) = meetings.sentence(text, sentence, &names, &people, &dates, published);
        if !found.iter().any(|c| c.predicate == predicate::DATE) {
            let coarse = date_index.coarse_in_sentence(text, sentence);
            let phrases = events::Phrases {
                dates: &dates,
                coarse: &coarse,
                times: &times,
            };
            claims.extend(
                events
                    .sentence(text, sentence, phrases, published)
                    .into_iter()
                    .map(|c| {
                        let source = sources.source(sentence, c.span.0);
                        c.according_to(source)
                    }),
            );
        }
        // A participant's title holds on the day of the meeting the sentence
        // tells of, when it tells something of it (not of the meeting an
        // earlier sentence told of).
        let meeting = event.as_deref().filter(|_| !found.is_empty());
        claims.extend(found);
        claims.extend(
            people::claims(text, sentence, &people, &names)
                .into_iter()
                .map(|c| match c.predicate {
                    predicate::TITLE => c.with_event(meeting),
                    _ => c,
                }),
        );
        let not_counts: Vec<(usize, usize)> = (dates.iter().map(|d| (d.start, d.end)))
            .chain(times.iter().map(|t| (t.start, t.end)))
            .collect();
        claims.extend(
            numbers::claims(text, sentence, &not_counts, event.as_deref())
                .into_iter()
                .map(|mut c| {
                    if c.predicate == predicate::COUNT
                        && let Some(subject) =
                            count_subject::country_scope(&c.subject, sentence, lead)
                    {
                        c.subject = subject;
                    }
                    let source = sources.source(sentence, c.span.0);
                    c.according_to(source)
                }),
        );
        claims.extend(status::claims(text, sentence));
    }
    events.name_the_incident(&mut claims);
    // One claim per thing said: the first quote that says it. A figure given
    // again in other words ("the toll rose to 57", "that took the number of
    // deaths to 57") is a claim each time: a reader may cite either.
    let mut seen: Vec<(String, &'static str, String, Option<String>)> = Vec::new();
    // A claim about nothing, or of nothing, is no claim: the loader refuses it.
    claims.retain(|c| !c.subject.trim().is_empty() && !c.object.trim().is_empty());
    claims.retain(|c: &Candidate| {
        // A title is said once whatever the meeting: it holds at its first.
        let event = (c.predicate != predicate::TITLE)
            .then(|| c.event.clone())
            .flatten();
        let key = (fold(&c.subject), c.predicate, fold(&c.object), event);
        let restated = matches!(c.predicate, predicate::COUNT | predicate::MEASURE);
        let fresh = restated || !seen.contains(&key);
        if fresh {
            seen.push(key);
        }
        fresh
    });
    claims.sort_by_key(|c| (c.span.0, c.span.1));
    let mut records = meetings.records();
    records.extend(events.records());
    Extraction {
        claims,
        events: records,
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
