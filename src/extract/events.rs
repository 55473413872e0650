//! Events other than meetings: disasters, accidents, attacks, votes, strikes,
//! sentences, resignations, appointments, deals, announcements. A sentence with
//! an event word ("collapsed", "capsized", "walked off the job", "was
//! sentenced") and a date phrase in the same clause dates the event; a clock
//! time there times it. An event's id is its kind ("collapse", "strike"),
//! numbered when one article tells of two of a kind on different days
//! ("strike-2"): it comes from what the event is, so it changes neither when the
//! article's file is renamed nor when other articles are added.

use jiff::civil::Date;

use super::candidate::Candidate;
use super::dates::DatePhrase;
use super::lexicon::{
    ARMED_STRIKES, CLAUSE_OPENERS, FIGURATIVE_SUBJECTS, FUTURE_MARKERS, HAPPENING, IRREGULAR_PAST,
    LANDSLIDE_OF_VOTES, RISE, SPEAKING,
};
use super::text::Sentence;
use super::times::TimePhrase;
use crate::corpus::claim::{EventRecord, KIND_RULE};
use crate::corpus::event_kind::{ANY_KIND, EVENT_KINDS, happens_once};
use crate::corpus::predicate;
use crate::normalize::dates::{Interval, resolve};

/// The events of one article, as extraction finds them.
#[derive(Debug, Default)]
pub struct Events {
    events: Vec<Event>,
}

#[derive(Debug)]
struct Event {
    id: String,
    kind: &'static str,
    date: Option<Interval>,
    claimed: bool,
}

/// The date and time phrases of one sentence.
#[derive(Debug, Clone, Copy)]
pub struct Phrases<'p> {
    pub dates: &'p [DatePhrase],
    /// Months and years after "in" or "since", used when no exact date is given.
    pub coarse: &'p [DatePhrase],
    pub times: &'p [TimePhrase],
}

/// An event word of a sentence: its kind and the tokens it spans.
#[derive(Debug, Clone, Copy)]
struct Word {
    kind: &'static str,
    first: usize,
    last: usize,
}

/// Words a date may stand from its event word and still be its date: "walked
/// off the job late on Monday", "collapsed on Sunday above the old quarry".
const REACH: usize = 10;
/// Words a date before its event word may stand from it ("Saturday's provisional
/// deal"), unless it opens the sentence.
const REACH_BEFORE: usize = 3;

impl Events {
    /// The date and time claims a sentence makes about events other than
    /// meetings: each date phrase (`dates`, else a month or year of `coarse`)
    /// and each clock time (`times`) dates or times the event word nearest it.
    pub fn sentence(
        &mut self,
        text: &str,
        s: &Sentence,
        phrases: Phrases,
        published: Option<Date>,
    ) -> Vec<Candidate> {
        let words: Vec<Word> = event_words(s)
            .into_iter()
            .filter(|w| !another_of_its_kind(s, *w) && !figurative(s, *w))
            .collect();
        if words.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let exact: Vec<_> = phrases
            .dates
            .iter()
            .filter(|d| !dateline(text, s, d) && !in_another_zone(text, d) && !a_period(d))
            .collect();
        let dates = if exact.is_empty() {
            phrases.coarse.iter().collect()
        } else {
            exact
        };
        // The days each event word of the sentence is already given.
        let mut given: Vec<(usize, Option<Interval>)> = Vec::new();
        for d in dates {
            let Some(word) = nearest(s, &words, d.start, d.end) else {
                continue;
            };
            let written = in_its_tense(s, word, &d.object);
            let interval = resolve(&written, published).ok();
            // "at noon Thursday (Sept. 3)": one day, said twice.
            let again = given.iter().any(|(w, i)| {
                *w == word.first && i.zip(interval).is_some_and(|(a, b)| a.overlaps(&b))
            });
            given.push((word.first, interval));
            if again {
                continue;
            }
            let index = self.event_of(word.kind, interval);
            let e = &mut self.events[index];
            e.claimed = true;
            out.push(Candidate::new(
                &e.id,
                predicate::DATE,
                &written,
                cover(s, word, (d.start, d.end)),
                "event-date",
            ));
        }
        for t in phrases.times {
            let Some(word) = nearest(s, &words, t.start, t.end) else {
                continue;
            };
            let index = self.event_of(word.kind, None);
            let e = &mut self.events[index];
            e.claimed = true;
            out.push(Candidate::new(
                &e.id,
                predicate::TIME,
                &t.object,
                cover(s, word, (t.start, t.end)),
                "event-time",
            ));
        }
        out
    }

    /// The event of `kind` on `date`: one already met whose day agrees (or
    /// that has none yet), else a new one.
    fn event_of(&mut self, kind: &'static str, date: Option<Interval>) -> usize {
        let agrees = |e: &Event| e.kind == kind && days_agree(e.date, date);
        if let Some(i) = self.events.iter().rposition(agrees) {
            if self.events[i].date.is_none() {
                self.events[i].date = date;
            }
            return i;
        }
        let same_kind = self.events.iter().filter(|e| e.kind == kind).count();
        let id = match same_kind {
            0 => kind.to_string(),
            n => format!("{kind}-{}", n + 1),
        };
        self.events.push(Event {
            id,
            kind,
            date,
            claimed: false,
        });
        self.events.len() - 1
    }

    /// An article's "incident" or "mishap" is the one event of a kind that
    /// happens once it tells of, when it tells of one ("the coach skidded
    /// into a ditch ... the mishap occurred at about 4 pm"): its claims
    /// are that event's. Dates that differ keep them apart.
    pub fn name_the_incident(&mut self, claims: &mut [Candidate]) {
        let once: Vec<usize> = (0..self.events.len())
            .filter(|&i| self.events[i].claimed && happens_once(self.events[i].kind))
            .collect();
        let [only] = once[..] else {
            return;
        };
        for i in 0..self.events.len() {
            let (incident, event) = (&self.events[i], &self.events[only]);
            let dates_agree = days_agree(incident.date, event.date);
            if incident.kind != ANY_KIND || !incident.claimed || !dates_agree {
                continue;
            }
            let (from, to) = (incident.id.clone(), event.id.clone());
            if event.date.is_none() {
                self.events[only].date = self.events[i].date;
            }
            self.events[i].claimed = false;
            for c in claims.iter_mut().filter(|c| c.subject == from) {
                c.subject = to.clone();
            }
        }
    }

    /// The events that any claim is about, for the claims file's `events:` list.
    pub fn records(&self) -> Vec<EventRecord> {
        self.events
            .iter()
            .filter(|e| e.claimed)
            .map(|e| EventRecord {
                id: e.id.clone(),
                what: Some(e.kind.to_string()),
                by: Some(KIND_RULE.into()),
            })
            .collect()
    }
}

/// Whether two events' days can be one: they overlap, or one is not dated.
fn days_agree(a: Option<Interval>, b: Option<Interval>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.overlaps(&b),
        _ => true,
    }
}

/// Whether the sentence tells, in the `within` tokens from token `from`, of
/// an event of a kind that happens once (a collapse, a crash): "when it
/// collapsed".
pub(super) fn happening_within(s: &Sentence, from: usize, within: usize) -> bool {
    event_words(s)
        .iter()
        .any(|w| w.first >= from && w.first < from + within && happens_once(w.kind))
}

/// Whether the sentence tells of an event of the kind named `kind` in its
/// tokens from `from` to `to`.
pub(super) fn tells_of(s: &Sentence, kind: &str, from: usize, to: usize) -> bool {
    event_words(s)
        .iter()
        .any(|w| w.kind == kind && w.last >= from && w.first <= to && !figurative(s, *w))
}

/// The kinds of event a sentence tells of, in order, each once: "the
/// typhoon smashed into the island" tells of a storm.
pub(super) fn told_kinds(s: &Sentence) -> Vec<&'static str> {
    let mut kinds: Vec<&'static str> = Vec::new();
    for w in event_words(s) {
        if !figurative(s, w) && !kinds.contains(&w.kind) {
            kinds.push(w.kind);
        }
    }
    kinds
}

/// The event words of a sentence, in order: "the bridge collapsed", "walked off
/// the job", "was sentenced".
fn event_words(s: &Sentence) -> Vec<Word> {
    let lower: Vec<_> = s.tokens.iter().map(|t| t.lower()).collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        let hit = EVENT_KINDS.iter().find_map(|kind| {
            kind.words.iter().find_map(|phrase| {
                let n = phrase.split(' ').count();
                let matches = phrase
                    .split(' ')
                    .enumerate()
                    .all(|(k, w)| lower.get(i + k).is_some_and(|t| t == w));
                matches.then_some(Word {
                    kind: kind.name,
                    first: i,
                    last: i + n - 1,
                })
            })
        });
        match hit {
            Some(w) => {
                found.push(w);
                i = w.last + 1;
            }
            None => i += 1,
        }
    }
    found
}

/// The event word that the phrase at `start..end` is said of: of those it
/// [`belongs`] to, the nearest before it ("capsized … late on Sunday, in the
/// worst accident" dates the capsizing; "The derailment on Sunday injured 40
/// and killed three" the derailment), else the nearest after it.
fn nearest(s: &Sentence, words: &[Word], start: usize, end: usize) -> Option<Word> {
    words
        .iter()
        .filter_map(|w| belongs(s, *w, start, end).map(|distance| (distance, *w)))
        .min_by_key(|(distance, w)| (w.first > start, *distance))
        .map(|(_, w)| w)
}

/// How many words stand between event word `word` and the phrase at
/// `start..end`, if the phrase is said of it: near it, with no verb of saying
/// or new clause between ("said on Friday that the strike…" dates the saying,
/// not the strike), or opening the sentence before a verb ("On Tuesday, a
/// long section of the old viaduct gave way").
fn belongs(s: &Sentence, word: Word, start: usize, end: usize) -> Option<usize> {
    let t = &s.tokens;
    let first = t.iter().position(|x| x.start >= start)?;
    let last = t
        .iter()
        .rposition(|x| x.end <= end)
        .unwrap_or(first)
        .max(first);
    let (from, to) = if first > word.last {
        (word.last + 1, first)
    } else if last < word.first {
        (last + 1, word.first)
    } else {
        return None;
    };
    let between = &t[from..to];
    let breaks = between.iter().enumerate().any(|(k, x)| {
        let lower = x.lower();
        let opener = CLAUSE_OPENERS.contains(&lower.as_ref()) && {
            // "crashed while taxiing … on Friday night", "the strike, which
            // began on Sept. 4": a clause that goes on telling of the event.
            let next = between.get(k + 1).map(|n| n.lower());
            let goes_on =
                next.is_some_and(|n| n.ends_with("ing") || HAPPENING.contains(&n.as_ref()));
            !(first > word.last && goes_on)
        };
        SPEAKING.contains(&lower.as_ref()) || x.text == ";" || opener
    });
    // "said on Monday": the day of the saying.
    let said_then = (first.saturating_sub(3)..first)
        .filter(|i| !(word.first..=word.last).contains(i))
        .any(|i| SPEAKING.contains(&t[i].lower().as_ref()));
    // "the toll from the capsizing rose to 14 on Tuesday": the date of a
    // figure's change, not of the event.
    let verb_between = between.iter().any(|x| RISE.contains(&x.lower().as_ref()));
    let words = between.iter().filter(|x| x.is_word()).count();
    let before = last < word.first;
    let near = words <= if before { REACH_BEFORE } else { REACH };
    let opening = first <= 1 && before && is_verb(s, word);
    (!breaks && !said_then && !verb_between && (near || opening)).then_some(words)
}

/// Whether the event word is a verb in the past ("collapsed", "gave way").
fn is_verb(s: &Sentence, word: Word) -> bool {
    in_past(&s.tokens[word.first].lower())
}

/// Whether a lowercase word is a verb in the past: "-ed" or an irregular form.
fn in_past(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PAST.contains(&word)
}

/// "the fiercest gale to batter the region this year": a year or a month
/// counted from the article's day frames a comparison, not an event.
fn a_period(d: &DatePhrase) -> bool {
    let lower = d.object.to_lowercase();
    matches!(lower.as_str(), "this year" | "this month")
}

/// "10:52 p.m. local time (0352 GMT Wednesday)": a day given with a time in
/// another zone restates the moment, and is not the event's local date.
fn in_another_zone(text: &str, d: &DatePhrase) -> bool {
    let before = text[..d.start].trim_end();
    // Only inside an aside: "6:15 a.m. CDT Thursday" is the event's own day.
    let aside = before
        .rfind('(')
        .is_some_and(|open| !before[open..].contains(')'));
    if !aside {
        return false;
    }
    let word = before
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    crate::english::calendar::is_time_zone(word)
}

/// "A second, smaller quake struck on Thursday": an event word after
/// "second" or "another" tells of another event than the story's, which
/// extraction leaves to the reviewer.
fn another_of_its_kind(s: &Sentence, word: Word) -> bool {
    (word.first.saturating_sub(3)..word.first).any(|i| {
        matches!(
            s.tokens[i].lower().as_ref(),
            "second" | "another" | "third" | "previous" | "earlier"
        )
    })
}

/// "Shares sank 5 percent", "a heart attack": an event word used of a figure
/// or of something else.
fn figurative(s: &Sentence, word: Word) -> bool {
    let t = &s.tokens;
    let figure_follows = t
        .get(word.last + 1)
        .is_some_and(|w| w.kind == crate::extract::text::Kind::Number);
    let heart = word.first > 0 && t[word.first - 1].lower() == "heart";
    // "Shares in the builder collapsed", "fuel prices went down", "talks
    // collapsed": a figure or an undertaking, not a thing, met the fate of a
    // bridge or a ship.
    let of_a_figure = crate::corpus::event_kind::happens_once(word.kind)
        && (word.first.saturating_sub(6)..word.first)
            .any(|i| FIGURATIVE_SUBJECTS.contains(&t[i].lower().as_ref()));
    // "a landslide victory", "won by a landslide": votes, not earth.
    let of_votes = t[word.first].lower().starts_with("landslide")
        && t[word.first.saturating_sub(4)..t.len().min(word.last + 5)]
            .iter()
            .any(|w| LANDSLIDE_OF_VOTES.contains(&w.lower().as_ref()));
    // "a drone strike", "air strikes": an attack, not a walkout.
    let of_arms = word.kind == crate::corpus::event_kind::STRIKE
        && word.first > 0
        && ARMED_STRIKES.contains(&t[word.first - 1].lower().as_ref());
    figure_follows || heart || of_a_figure || of_votes || of_arms
}

/// "Nov. 12 (Wire) -- Dock workers voted…": the date of a dateline is the
/// day of the report, not of what it tells.
fn dateline(text: &str, s: &Sentence, d: &DatePhrase) -> bool {
    let opens = s
        .tokens
        .first()
        .is_some_and(|t| t.start >= d.start.saturating_sub(40))
        && text[s.start..d.start].split_whitespace().count() <= 3;
    let rest = text[d.end..s.end].trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or(r, |(_, after)| after).trim_start(),
        None => rest,
    };
    opens
        && ["--", "—", "–", "- "]
            .iter()
            .any(|dash| rest.starts_with(dash))
}

/// A bare weekday after an event word in the past is the one gone ("sank on
/// Friday"); one after "will", "would", "to" or "due" the one to come.
fn in_its_tense(s: &Sentence, word: Word, object: &str) -> String {
    let lower = object.to_lowercase();
    let weekday = crate::english::calendar::is_weekday(&lower);
    let month = crate::english::calendar::is_month_name(&lower);
    if object.contains(' ') || !(weekday || month) {
        return object.to_string();
    }
    let t = &s.tokens;
    let verb = t[word.first].lower();
    // "will strike on Friday", "elections are due in November".
    let near = word.first.saturating_sub(2)..(word.last + 4).min(t.len());
    let to_before = word.first > 0 && t[word.first - 1].lower() == "to";
    let coming = (to_before
        || near
            .clone()
            .any(|i| FUTURE_MARKERS.contains(&t[i].lower().as_ref())))
        && !near.clone().any(|i| t[i].lower() == "had");
    // "collapsed", or "the strike started": the event word or the verb after it.
    let after = t.get(word.last + 1).map(|w| w.lower()).unwrap_or_default();
    let past = (in_past(&verb) || in_past(&after)) && !coming;
    if coming && month {
        // "elections are due in November": the next November.
        format!("next {object}")
    } else if month {
        object.to_string()
    } else if coming {
        format!("this coming {object}")
    } else if past {
        format!("this past {object}")
    } else {
        object.to_string()
    }
}

/// The span of a claim: from the event word to its phrase, whichever comes first.
fn cover(s: &Sentence, word: Word, span: (usize, usize)) -> (usize, usize) {
    let anchor = (s.tokens[word.first].start, s.tokens[word.last].end);
    (anchor.0.min(span.0), anchor.1.max(span.1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::dates::DateIndex;
    use crate::extract::text::sentences;
    use crate::extract::times::TimeIndex;

    fn claims(text: &str, published: &str) -> Vec<(String, String, String, String)> {
        let published: Date = published.parse().unwrap();
        let dates = DateIndex::new(text, 0);
        let times = TimeIndex::new(text, 0);
        let mut events = Events::default();
        sentences(text, 0)
            .iter()
            .flat_map(|s| {
                let d = dates.in_sentence(text, s);
                let c = dates.coarse_in_sentence(text, s);
                let t = times.in_sentence(text, s);
                let phrases = Phrases {
                    dates: &d,
                    coarse: &c,
                    times: &t,
                };
                events.sentence(text, s, phrases, Some(published))
            })
            .map(|c| {
                let quote = text[c.span.0..c.span.1].to_string();
                (c.subject, c.predicate.to_string(), c.object, quote)
            })
            .collect()
    }

    #[test]
    fn an_event_word_and_its_date() {
        let found = claims(
            "The ferry capsized late on Sunday off the island. \
             Officials said on Monday that the strike would go on.",
            "2026-06-16",
        );
        assert_eq!(
            found,
            [(
                "capsizing".to_string(),
                "date".to_string(),
                "this past Sunday".to_string(),
                "capsized late on Sunday".to_string()
            )]
        );
    }

    #[test]
    fn a_clock_time_times_its_event() {
        let found = claims("The walkout began at 06:00 CEST on Monday.", "2026-10-05");
        let objects: Vec<_> = found.iter().map(|c| (c.1.as_str(), c.2.as_str())).collect();
        assert_eq!(
            objects,
            [("date", "this past Monday"), ("time", "06:00 CEST")]
        );
        assert!(found.iter().all(|c| c.0 == "strike"), "{found:?}");
    }

    /// "The mishap" is the one crash the article tells of, unless their
    /// days differ.
    #[test]
    fn the_incident_is_the_one_event_told_of() {
        let named = |text: &str| -> Vec<(String, String)> {
            let published: Date = "2026-03-07".parse().unwrap();
            let found = crate::extract::extract_text(text, 0, Some(published));
            found
                .claims
                .into_iter()
                .filter(|c| c.predicate == "time" || c.predicate == "date")
                .map(|c| (c.subject, c.object))
                .collect()
        };
        let pair = |s: &str, o: &str| (s.to_string(), o.to_string());
        assert_eq!(
            named(
                "The coach skidded into a ditch on Friday. \
                 The mishap occurred at about 4.40 pm."
            ),
            [
                pair("crash", "this past Friday"),
                pair("crash", "about 4.40 pm")
            ]
        );
        assert_eq!(
            named(
                "The coach skidded into a ditch on Friday. \
                 A similar incident happened on Monday."
            ),
            [
                pair("crash", "this past Friday"),
                pair("incident", "this past Monday")
            ]
        );
        // Two crashes: which one the mishap is, the article does not say.
        assert_eq!(
            named(
                "A bus crashed on Friday. A lorry crashed on Monday. \
                 The mishap occurred at 9 pm."
            ),
            [
                pair("crash", "this past Friday"),
                pair("crash-2", "this past Monday"),
                pair("incident", "9 pm")
            ]
        );
    }

    #[test]
    fn two_of_a_kind_on_different_days_are_two_events() {
        let found = claims(
            "A strike on March 3 lasted a week. \
             Dockers went on strike again on June 9.",
            "2026-06-10",
        );
        let ids: Vec<_> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(ids, ["strike", "strike-2"]);
    }

    #[test]
    fn a_month_or_a_year_when_no_day_is_given() {
        let found = claims(
            "The viaduct was built in the 1970s. Its last big strike, in 2019, shut it.",
            "2026-08-20",
        );
        let objects: Vec<_> = found.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
        assert_eq!(objects, [("construction", "1970s"), ("strike", "2019")]);
        let found = claims("The chief executive was appointed in August.", "2026-09-13");
        assert_eq!(found[0].2, "August");
    }

    #[test]
    fn a_dateline_is_not_the_day_of_the_event() {
        let found = claims(
            "Nov. 12 (Wire) -- Dock workers voted Tuesday night to end the stoppage.",
            "2026-11-12",
        );
        let objects: Vec<_> = found.iter().map(|c| (c.0.as_str(), c.2.as_str())).collect();
        assert_eq!(objects, [("vote", "this past Tuesday")]);
    }

    #[test]
    fn an_opening_date_belongs_to_a_verb_not_to_a_noun() {
        let found = claims(
            "Wednesday, the company published a summary of the proposed deal.",
            "2026-10-24",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn figures_and_undertakings_do_not_collapse() {
        for text in [
            "Shares in the builder collapsed on Tuesday.",
            "Fuel prices went down on Monday.",
            "Talks between the two sides collapsed on Wednesday.",
        ] {
            let found = claims(text, "2026-03-10");
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        assert_eq!(
            claims("The bridge collapsed on Tuesday.", "2026-03-10").len(),
            1
        );
    }

    #[test]
    fn words_that_are_no_event_here() {
        for text in [
            "Shares sank 5 percent on Tuesday.",
            "He died of a heart attack on Friday.",
            "It was the deadliest quake in the region since 1999.",
        ] {
            let found = claims(text, "2026-03-10");
            assert!(
                found
                    .iter()
                    .all(|c| c.0 != "capsizing" && c.0 != "attack" && c.2 != "1999"),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_noun_before_its_date_keeps_it() {
        let found = claims(
            "The derailment on Sunday injured 40 people and killed three.",
            "2026-03-10",
        );
        assert_eq!(found[0].0, "derailment", "{found:?}");
    }

    #[test]
    fn a_month_to_come() {
        let found = claims("Elections are due in November.", "2026-03-10");
        assert_eq!(found[0].2, "next November", "{found:?}");
    }

    #[test]
    fn clauses_that_go_on_about_the_event() {
        let dates = |text: &str| -> Vec<String> {
            claims(text, "2026-09-14")
                .into_iter()
                .filter(|c| c.1 == "date")
                .map(|c| c.2)
                .collect()
        };
        assert_eq!(
            dates("The jet crashed while taxiing at the regional airfield on Friday night."),
            ["this past Friday"]
        );
        assert_eq!(
            dates("The stoppage, which began on Sept. 4, is in its second day."),
            ["Sept. 4"]
        );
        // The event's own zone is no restatement; its day is said once.
        assert_eq!(
            dates("The stoppage began at 6:15 a.m. CDT Thursday (Sept. 10)."),
            ["this past Thursday"]
        );
        // A year counted from today frames a comparison.
        assert!(dates("It was the fiercest storm to batter the coast this year.").is_empty());
    }

    #[test]
    fn more_kinds_of_event() {
        let kinds = |text: &str| -> Vec<(String, String)> {
            claims(text, "2026-09-14")
                .into_iter()
                .filter(|c| c.1 == "date")
                .map(|c| (c.0, c.2))
                .collect()
        };
        assert_eq!(
            kinds("The cyclone smashed into the coast on Thursday."),
            [("landfall".to_string(), "this past Thursday".to_string())]
        );
        assert_eq!(
            kinds("The viaduct was built in the 1970s."),
            [("construction".to_string(), "1970s".to_string())]
        );
        // "last year" dates an event; "this year" frames a comparison.
        assert_eq!(
            kinds("She was convicted of bribery last year."),
            [("verdict".to_string(), "last year".to_string())]
        );
        // A landslide is a slope that collapsed; a landslide of votes is not.
        assert_eq!(
            kinds("A landslide buried the road on Tuesday."),
            [("collapse".to_string(), "this past Tuesday".to_string())]
        );
        assert_eq!(kinds("The party won a landslide victory on Thursday."), []);
    }

    #[test]
    fn an_opening_date_dates_the_main_event() {
        let found = claims(
            "On Tuesday, a long section of the old viaduct gave way.",
            "2026-08-20",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "collapse");
    }
}
