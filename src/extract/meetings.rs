//! Meetings: where and when they happen, and who takes part. A sentence with a
//! meeting word ("talks", "met", "summit") names a meeting; its venue is the place
//! after "in" or "at" (or the city an event is named after: "the Munich Security
//! Conference"), its date the date phrase. Sentences about the same venue or the
//! same days are the same meeting; every meeting gets an id of its own, which the
//! checker matches across articles by time and participants.

use jiff::civil::Date;

use super::candidate::Candidate;
use super::dates::DatePhrase;
use super::lexicon::{EVENT_NAME_ENDINGS, GENERIC_EVENT_WORDS, MEETING_WORDS, NOT_NAMES, SPEAKING};
use super::names::{LOCATIVES, Names, PersonMention};
use super::text::Sentence;
use crate::corpus::claim::EventRecord;
use crate::corpus::predicate;
use crate::normalize::dates::{Interval, resolve};
use crate::normalize::names::fold;

/// The meetings of one article, as extraction finds them.
#[derive(Debug, Default)]
pub struct Meetings {
    events: Vec<Event>,
}

#[derive(Debug)]
struct Event {
    id: String,
    what: String,
    venues: Vec<String>,
    date: Option<Interval>,
    dated: bool,
    participants: Vec<String>,
    claimed: bool,
}

/// What one sentence says about a meeting.
struct Seen {
    word: Option<(usize, usize)>,
    venue: Option<(String, Vec<String>, (usize, usize))>,
    date: Option<(DatePhrase, Option<Interval>)>,
}

impl Meetings {
    /// The claims a sentence makes about meetings, and the meeting it is about.
    pub fn sentence(
        &mut self,
        text: &str,
        s: &Sentence,
        names: &Names,
        people: &[PersonMention],
        dates: &[DatePhrase],
        published: Option<Date>,
    ) -> (Option<String>, Vec<Candidate>) {
        let t = &s.tokens;
        let word = meeting_word(s);
        let venue = named_event(text, s).or_else(|| place_of_meeting(s, names, word?));
        let seen = Seen {
            word: word.map(|w| (t[w].start, t[w].end)),
            venue,
            date: meeting_date(s, dates, word, published),
        };
        let Some(index) = self.meeting_of(text, s, &seen) else {
            return (None, Vec::new());
        };
        let mut out = Vec::new();
        let id = self.events[index].id.clone();
        self.claim_venue(index, &seen, &mut out);
        self.claim_date(index, &seen, &mut out);
        if let Some(w) = word {
            self.claim_participants(index, s, w, people, &seen, &mut out);
        }
        if !out.is_empty() {
            self.events[index].claimed = true;
        }
        let e = &mut self.events[index];
        if e.what.is_empty() {
            e.what = describe(e);
        }
        (Some(id), out)
    }

    /// The meeting a sentence is about: with a meeting word, the one of its venue
    /// or its days, else a new one (`find_or_add`); without one, a known venue's
    /// when the sentence has a date ("All eyes remain on Davos next week").
    fn meeting_of(&mut self, text: &str, s: &Sentence, seen: &Seen) -> Option<usize> {
        if seen.word.is_some() {
            return self.find_or_add(seen);
        }
        let mentions_venue = |e: &Event| {
            e.venues
                .iter()
                .any(|v| text[s.start..s.end].contains(v.as_str()))
        };
        match (&seen.date, self.events.iter().position(mentions_venue)) {
            (Some(_), Some(i)) => Some(i),
            _ => None,
        }
    }

    /// "The committee would meet in Banja Luka": the venue of meeting `index`,
    /// claimed the first time it is named (with the places that hold it).
    fn claim_venue(&mut self, index: usize, seen: &Seen, out: &mut Vec<Candidate>) {
        let Some((name, within, span)) = &seen.venue else {
            return;
        };
        let e = &mut self.events[index];
        if !e.venues.iter().any(|v| fold(v) == fold(name)) {
            e.venues.push(name.clone());
            e.venues.extend(within.iter().cloned());
            out.push(Candidate::new(
                &e.id,
                predicate::VENUE,
                name,
                cover(seen.word, *span),
                "meeting-venue",
            ));
        }
    }

    /// "The committee would meet in Banja Luka on Saturday": the date of meeting
    /// `index`, claimed once.
    fn claim_date(&mut self, index: usize, seen: &Seen, out: &mut Vec<Candidate>) {
        let Some((phrase, interval)) = &seen.date else {
            return;
        };
        let e = &mut self.events[index];
        if !e.dated {
            e.dated = true;
            e.date = *interval;
            out.push(Candidate::new(
                &e.id,
                predicate::DATE,
                &phrase.object,
                cover(seen.word, (phrase.start, phrase.end)),
                "meeting-date",
            ));
        }
    }

    /// "Umerov met with Special Envoy Steve Witkoff": the people who take part in
    /// meeting `index`, whose word is token `word`, each claimed once.
    fn claim_participants(
        &mut self,
        index: usize,
        s: &Sentence,
        word: usize,
        people: &[PersonMention],
        seen: &Seen,
        out: &mut Vec<Candidate>,
    ) {
        let t = &s.tokens;
        let e = &mut self.events[index];
        for p in people.iter().filter(|p| takes_part(s, word, p)) {
            if !e.participants.iter().any(|x| fold(x) == fold(&p.name)) {
                e.participants.push(p.name.clone());
                out.push(Candidate::new(
                    &e.id,
                    predicate::PARTICIPANT,
                    &p.name,
                    cover(seen.word, (t[p.first].start, t[p.last].end)),
                    "meeting-participant",
                ));
            }
        }
    }

    fn find_or_add(&mut self, seen: &Seen) -> Option<usize> {
        if let Some((name, within, _)) = &seen.venue {
            let same = |e: &Event| {
                e.venues
                    .iter()
                    .any(|v| fold(v) == fold(name) || within.iter().any(|w| fold(w) == fold(v)))
            };
            if let Some(i) = self.events.iter().position(same) {
                return Some(i);
            }
        }
        if let Some((_, Some(interval))) = &seen.date
            && let Some(i) = self
                .events
                .iter()
                .position(|e| e.date.is_some_and(|d| d.overlaps(interval)))
        {
            return Some(i);
        }
        if seen.venue.is_none() && seen.date.is_none() {
            // "The meeting lasted over four hours": the meeting last spoken of.
            return self
                .events
                .len()
                .checked_sub(1)
                .or_else(|| Some(self.add()));
        }
        Some(self.add())
    }

    fn add(&mut self) -> usize {
        self.events.push(Event {
            id: String::new(),
            what: String::new(),
            venues: Vec::new(),
            date: None,
            dated: false,
            participants: Vec::new(),
            claimed: false,
        });
        let index = self.events.len() - 1;
        self.events[index].id = format!("meeting-{}", index + 1);
        index
    }

    /// The meetings that any claim is about, for the claims file's `events:` list.
    pub fn records(&self) -> Vec<EventRecord> {
        self.events
            .iter()
            .filter(|e| e.claimed)
            .map(|e| EventRecord {
                id: e.id.clone(),
                what: Some(describe(e)),
                by: Some("rule:meeting".into()),
            })
            .collect()
    }
}

/// The meeting word of a sentence ("talks", "met", "summit"), or "signed" in a
/// sentence that says where.
fn meeting_word(s: &Sentence) -> Option<usize> {
    let t = &s.tokens;
    t.iter().position(|w| {
        MEETING_WORDS.contains(&w.lower().as_ref())
            || (w.lower() == "signed" && t.iter().any(|x| LOCATIVES.contains(&x.text)))
    })
}

/// "talks with the port authority would be held in Gdansk": the place after "in"
/// or "at" in the clause of the meeting word `word`, the first after it, else the
/// last before it; its name, the places that hold it, and its span.
fn place_of_meeting(
    s: &Sentence,
    names: &Names,
    word: usize,
) -> Option<(String, Vec<String>, (usize, usize))> {
    let t = &s.tokens;
    let places: Vec<_> = (0..t.len())
        .filter(|i| matches!(t[*i].text, "in" | "at"))
        .filter_map(|i| names.place_at(s, i))
        .filter(|p| same_clause(s, word, p.first, p.last))
        .collect();
    let after = places.iter().find(|p| p.first > word).cloned();
    after.or_else(|| places.last().cloned()).map(|p| {
        let end = t[p.last].end;
        (p.name, p.within, (t[p.first].start, end))
    })
}

/// The date phrase of the meeting, resolved: the first after its word (or the
/// first at all). "said on Thursday that it would be signed on 27 November" is
/// signed on the 27th.
fn meeting_date(
    s: &Sentence,
    dates: &[DatePhrase],
    word: Option<usize>,
    published: Option<Date>,
) -> Option<(DatePhrase, Option<Interval>)> {
    let t = &s.tokens;
    let after_word = |d: &&DatePhrase| word.is_none_or(|w| d.start >= t[w].start);
    dates
        .iter()
        .find(after_word)
        .or(dates.first())
        .map(|d| (d.clone(), resolve(&d.object, published).ok()))
}

/// Words that may stand between a meeting word and its place: names, titles,
/// bodies, and the verbs of holding a meeting ("talks with the port authority
/// would be held in Gdansk"), but not a new clause ("negotiations unfold against
/// a backdrop of suffering in Ukraine").
fn same_clause(s: &Sentence, word: usize, first: usize, last: usize) -> bool {
    const LINKS: &[&str] = &[
        "with",
        "the",
        "a",
        "an",
        "and",
        "of",
        "would",
        "will",
        "be",
        "been",
        "was",
        "were",
        "is",
        "are",
        "held",
        "hold",
        "to",
        "take",
        "place",
        "took",
        "set",
        "scheduled",
        "planned",
        "expected",
        "at",
        "their",
        "his",
        "her",
        "its",
        "intensive",
        "two",
        "three",
        "days",
        "on",
        "last",
        "next",
        "this",
        "coming",
        "past",
        "week",
        "weekend",
    ];
    let t = &s.tokens;
    if first <= word && word <= last {
        // The meeting word is part of the place's name ("in the Forum Hall").
        return true;
    }
    let (from, to) = if first > word {
        (word + 1, first)
    } else {
        (last + 1, word)
    };
    to.saturating_sub(from) <= 12
        && t[from..to].iter().all(|w| {
            let lower = w.lower();
            w.is_capitalised()
                || LINKS.contains(&lower.as_ref())
                || MEETING_WORDS.contains(&lower.as_ref())
                || super::lexicon::TITLE_MODIFIERS.contains(lower.as_ref())
                || super::lexicon::NOT_PERSON_ENDINGS.contains(lower.as_ref())
                || crate::normalize::titles::is_office_word(lower.trim_end_matches('s'))
        })
}

/// Whether a person named in a meeting sentence takes part: named after "with"
/// ("met with Special Envoy Steve Witkoff"), or the one who meets ("Witkoff and
/// Kushner to meet", "Umerov met"); not one who merely speaks of it.
fn takes_part(s: &Sentence, word: usize, p: &PersonMention) -> bool {
    let t = &s.tokens;
    if t.get(p.last + 1)
        .is_some_and(|w| SPEAKING.contains(&w.lower().as_ref()))
    {
        return false;
    }
    if p.first <= word && word <= p.last {
        // The meeting word is part of the name ("the Witkoff Meeting"): a meeting
        // named after someone, not one they are said to attend.
        return false;
    }
    if p.first > word {
        let with = (word..p.first).rev().find(|k| t[*k].text == "with");
        return with.is_some_and(|k| {
            t[k..p.first].iter().all(|w| w.is_word() || w.is(","))
                && !t[k..p.first].iter().any(|w| w.is("."))
        });
    }
    // Before the word (p.last < word): only names joined to it by "and", "to",
    // "will", "would".
    t[p.last + 1..word].iter().all(|w| {
        w.is_capitalised()
            || matches!(
                w.lower().as_ref(),
                "and" | "to" | "will" | "would" | "held" | "hold" | "recently" | "also"
            )
    })
}

/// "a meeting in Davos on 2026-01-19 to 2026-01-25".
fn describe(e: &Event) -> String {
    let mut what = String::from("a meeting");
    if let Some(v) = e.venues.first() {
        what.push_str(&format!(" in {v}"));
    }
    if let Some(d) = e.date {
        what.push_str(&format!(" on {d}"));
    }
    what
}

/// The span from a meeting word to a phrase, whichever comes first.
fn cover(anchor: Option<(usize, usize)>, span: (usize, usize)) -> (usize, usize) {
    match anchor {
        Some((start, end)) => (start.min(span.0), end.max(span.1)),
        None => span,
    }
}

/// "the Davos Economic Forum in Switzerland": an event named after its city, or
/// "the World Economic Forum in Davos, Switzerland": one named for something else,
/// held where "in" says.
fn named_event(text: &str, s: &Sentence) -> Option<(String, Vec<String>, (usize, usize))> {
    let t = &s.tokens;
    let (start, end) = (0..t.len()).find_map(|end| {
        if !(t[end].is_capitalised() && EVENT_NAME_ENDINGS.contains(&t[end].lower().as_ref())) {
            return None;
        }
        let mut start = end;
        while start > 0 && t[start - 1].is_capitalised() && t[start - 1].end + 1 == t[start].start {
            start -= 1;
        }
        (start < end).then_some((start, end))
    })?;
    let first = t[start].lower();
    let from = if start > 0 && t[start - 1].lower() == "the" {
        t[start - 1].start
    } else {
        t[start].start
    };
    let mut within = Vec::new();
    let mut last = end;
    // "... in Switzerland", "... in Davos, Switzerland"
    if t.get(end + 1).is_some_and(|w| w.text == "in") {
        let mut k = end + 2;
        while let Some(w) = t.get(k).filter(|w| w.is_capitalised()) {
            let mut stop = k;
            while t
                .get(stop + 1)
                .is_some_and(|n| n.is_capitalised() && n.start == t[stop].end + 1)
            {
                stop += 1;
            }
            within.push(text[w.start..t[stop].end].to_string());
            last = stop;
            if t.get(stop + 1).is_some_and(|n| n.is(",")) {
                k = stop + 2;
            } else {
                break;
            }
        }
    }
    let generic = GENERIC_EVENT_WORDS.contains(&first.as_ref())
        || NOT_NAMES.contains(first.as_ref())
        || first.ends_with("ian")
        || first.ends_with("ean");
    let span = (from, t[last].end);
    if !generic {
        Some((t[start].text.to_string(), within, span))
    } else if !within.is_empty() {
        let venue = within.remove(0);
        Some((venue, within, span))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn found(text: &str, published: &str) -> Vec<(String, String, String)> {
        extract_text(text, 0, Some(published.parse().unwrap()))
            .claims
            .into_iter()
            .filter(|c| matches!(c.predicate, "venue" | "date"))
            .map(|c| (c.subject, c.predicate.to_string(), c.object))
            .collect()
    }

    #[test]
    fn venue_and_date_of_one_meeting() {
        let f = found(
            "The committee would meet in Banja Luka on Saturday to decide.",
            "2026-02-13",
        );
        assert_eq!(
            f,
            vec![
                ("meeting-1".into(), "venue".into(), "Banja Luka".into()),
                (
                    "meeting-1".into(),
                    "date".into(),
                    "this coming Saturday".into()
                )
            ]
        );
    }

    #[test]
    fn meetings_in_different_cities_are_different_meetings() {
        let f = found(
            "Envoys held talks in Berlin. They will meet a delegation in Miami this weekend.",
            "2025-12-19",
        );
        let subjects: Vec<&str> = f.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(subjects, ["meeting-1", "meeting-2", "meeting-2"]);
    }

    #[test]
    fn events_named_after_their_city() {
        let f = found(
            "Talks will resume at the Munich Security Conference next week.",
            "2026-02-06",
        );
        assert_eq!(f[0], ("meeting-1".into(), "venue".into(), "Munich".into()));
        let g = found(
            "They will meet during the World Economic Forum in Davos, Switzerland.",
            "2026-01-17",
        );
        assert_eq!(g[0], ("meeting-1".into(), "venue".into(), "Davos".into()));
    }

    #[test]
    fn a_meeting_word_inside_a_place_name_is_no_trouble() {
        // Found by the extractor fuzz target: the word "Meeting" inside the place.
        let f = found(
            "Delegates gathered in Meeting Hall, Geneva for talks.",
            "2026-01-17",
        );
        assert!(f.iter().all(|c| c.1 != "venue" || !c.2.is_empty()), "{f:?}");
        let bytes = include_bytes!("../../tests/fuzz/extractor-meeting-word-in-place.txt");
        let text = String::from_utf8_lossy(bytes);
        let _ = crate::extract::extract_text(&text, 0, Some("2026-01-17".parse().unwrap()));
    }

    #[test]
    fn a_name_that_runs_into_its_meeting_word_takes_no_part() {
        // The name holds the meeting word ("Witkoff Meeting"): its end fell after
        // the word, and takes_part sliced the tokens between them backwards.
        for text in [
            "After the Witkoff Meeting.",
            "Pr Consultations!",
            "After the Halvard Meeting.",
        ] {
            let claims = extract_text(text, 0, Some("2026-01-17".parse().unwrap())).claims;
            assert!(
                claims.iter().all(|c| c.predicate != "participant"),
                "{text}: {claims:?}"
            );
        }
    }

    #[test]
    fn a_known_venue_with_a_date_dates_its_meeting() {
        let f = found(
            "Talks are set for the Geneva Summit. All eyes remain on Geneva next week.",
            "2026-01-17",
        );
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(
            f[1],
            ("meeting-1".into(), "date".into(), "next week".into())
        );
    }
}
