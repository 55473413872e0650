//! Counts and durations as news states them: "some 58,000 workers", "at least 15
//! people were killed", "over four hours", "the nearly four-year-long war", "an
//! emergency fund of 40 million euros", "the strike is now in its fourth day".
//!
//! Small exact counts ("the two teams") describe rather than report, and are left
//! alone unless they count casualties.

use super::candidate::Candidate;
use super::count_subject::{
    after_a_rise, brought_to, casualty_verb, count_subject, how_badly_hurt, on_strike,
    vehicles_caught, what_is_counted,
};
use super::figures::{VAGUE, is_number, number_value, token_value};
use super::holder::{self, Holder, holder};
use super::lexicon::{
    AUX, CASUALTY_WORDS, CURRENCIES, FUTURE_MARKERS, HELD, ORDINALS, RISE, TIME_UNITS,
};
use super::text::{Kind, Sentence, Token};
use crate::corpus::predicate;
use crate::english::calendar::{PARTS_OF_DAY, is_calendar_word};
use crate::normalize::quantity::Hedge;
use crate::normalize::{counted, measured};

const SCALES: &[&str] = &["hundred", "thousand", "million", "billion"];
/// Every count and duration in a sentence, but for the numbers inside
/// `not_counts` (its dates and clock times). In a sentence about a meeting, a
/// duration is the meeting's (`event`).
pub fn claims(
    text: &str,
    s: &Sentence,
    not_counts: &[(usize, usize)],
    event: Option<&str>,
) -> Vec<Candidate> {
    let t = &s.tokens;
    let in_date = |tok: &Token| {
        not_counts
            .iter()
            .any(|&(start, end)| start <= tok.start && tok.end <= end)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let tok = t[i];
        if in_date(&tok) {
            i += 1;
            continue;
        }
        // "four-year-long", "30-day"
        if tok.is_word()
            && let Some(found) = hyphenated(text, s, i, event)
        {
            out.push(found);
            i += 1;
            continue;
        }
        if in_its_ordinal(s, i) {
            out.extend(ordinal_day(text, s, i, event));
            i += 1;
            continue;
        }
        if !is_number(&tok) || is_year(&tok) {
            i += 1;
            continue;
        }
        i = number_claim(text, s, i, event, &mut out);
    }
    out
}

/// "in its fourth": an ordinal at `i` after "in its", "in their" or "in the".
fn in_its_ordinal(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens;
    let tok = t[i];
    tok.is_word()
        && ORDINALS.contains(&tok.lower().as_ref())
        && i >= 2
        && t[i - 2].text == "in"
        && matches!(t[i - 1].lower().as_ref(), "its" | "their" | "the")
}

/// "the strike is now in its fourth day": a duration of four days, when a time
/// unit follows the ordinal at `i`.
fn ordinal_day(text: &str, s: &Sentence, i: usize, event: Option<&str>) -> Option<Candidate> {
    let t = &s.tokens;
    let tok = t[i];
    let unit = t
        .get(i + 1)
        .filter(|u| TIME_UNITS.contains(&u.lower().as_ref()))?;
    let n = ORDINALS.iter().position(|o| *o == tok.lower()).unwrap_or(0) + 1;
    let name = unit.lower();
    let name = name.trim_end_matches('s');
    let object = if n == 1 {
        format!("1 {name}")
    } else {
        format!("{n} {name}s")
    };
    let subject = event
        .map(String::from)
        .unwrap_or_else(|| subject_before(text, s, i - 2));
    Some(
        Candidate::new(
            &subject,
            predicate::DURATION,
            &object,
            (s.start, unit.end),
            "duration",
        )
        .with_event(event),
    )
}

/// The claim the number at token `i` makes, a duration or a count, pushed onto
/// `out`; returns the token to read next.
fn number_claim(
    text: &str,
    s: &Sentence,
    i: usize,
    event: Option<&str>,
    out: &mut Vec<Candidate>,
) -> usize {
    let t = &s.tokens;
    let end = last_of_number(s, i);
    if identifier_or_ordinal(s, i, end) {
        return end + 1;
    }
    if let Some((found, last)) = measure(text, s, i, end) {
        out.push(found);
        return last + 1;
    }
    let (i, end) = range(s, i, end);
    let (hedge, hedge_first) = hedge_before(text, s, i);
    let next_lower = t.get(end + 1).map(|w| w.lower()).unwrap_or_default();
    if TIME_UNITS.contains(&next_lower.as_ref()) {
        out.push(duration(text, s, i, end, hedge, hedge_first, event));
        return end + 2;
    }
    match count(text, s, i, end, hedge, hedge_first) {
        Some((found, object_end)) => {
            out.push(found);
            object_end + 1
        }
        None => end + 1,
    }
}

/// "Corvan 410", "220 XR", "Flight 212", "Local 88 President", "50th":
/// a number that names a model, a route or a body, or an ordinal, from
/// token `i` to `end`: never a count.
fn identifier_or_ordinal(s: &Sentence, i: usize, end: usize) -> bool {
    let t = &s.tokens;
    if t[i].kind != Kind::Number {
        return false;
    }
    // "the Greens 24%": no model or route is a percentage.
    let percent = t
        .get(end + 1)
        .is_some_and(|w| matches!(w.lower().as_ref(), "%" | "percent" | "per"));
    if percent {
        return false;
    }
    let adjacent_after = t.get(end + 1).filter(|w| w.start == t[end].end);
    let ordinal =
        adjacent_after.is_some_and(|w| matches!(w.lower().as_ref(), "th" | "st" | "nd" | "rd"));
    // Not a month, a weekday or a body that gives figures ("Police said
    // Tuesday 30 people…", "On Monday 12 people died").
    let named_before = i > 1 && t[i - 1].is_capitalised() && t[i - 1].is_word() && {
        let before = t[i - 1].lower();
        crate::english::calendar::month(&before).is_none()
            && !crate::english::calendar::is_weekday(&before)
            && !super::lexicon::SOURCES.contains(&before.as_ref())
            && !matches!(before.as_ref(), "at" | "about" | "some" | "nearly")
            // "ALDMERE — Roughly 10,000 workers": a hedge opening a clause.
            && Hedge::phrase(&before).is_none()
    };
    // "220 XR": a model's letters; "12,400 Halvorsen workers" is a count.
    let named_after = t.get(end + 1).is_some_and(|w| {
        w.is_word() && w.text.len() > 1 && w.text.chars().all(|c| c.is_uppercase())
    });
    ordinal || named_before || named_after
}

/// Units a measure is written in, after its number (a word, or the first
/// word of a unit of two: "per cent", "percentage points").
const MEASURE_UNITS: &[&str] = &[
    "%",
    "percent",
    "feet",
    "ft",
    "foot",
    "metres",
    "meters",
    "metre",
    "meter",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mph",
    "knots",
    "tonnes",
    "tons",
    "kg",
    "kilograms",
    "kph",
    "kmh",
];

/// "42%", "£2.5bn", "30 feet", "130 km/h", "-4°C", "a magnitude 6.4
/// earthquake": a measure, a number with its unit, from the number at `start`
/// (its last token `end`), and its last token; `None` for a number with no
/// unit.
fn measure(text: &str, s: &Sentence, start: usize, end: usize) -> Option<(Candidate, usize)> {
    let t = &s.tokens;
    let adjacent = |k: usize| t.get(k).is_some_and(|w| w.start == t[k - 1].end);
    // "a 60-metre section": the unit joined to the number by a hyphen.
    if adjacent(end + 1) && t[end + 1].text == "-" && adjacent(end + 2) && t[end + 2].is_word() {
        let number = &text[t[start].start..t[end].end];
        let unit = t[end + 2].lower();
        if let Some(found) = hyphenated_measure(s, start, end + 2, number, &unit) {
            return Some((found, end + 2));
        }
    }
    // "2.5bn", "40m": a scale written onto the number.
    let mut last = end;
    if adjacent(last + 1) && matches!(t[last + 1].lower().as_ref(), "bn" | "m" | "k" | "mn") {
        last += 1;
    }
    let currency = start >= 1 && matches!(t[start - 1].text, "£" | "$" | "€");
    let magnitude = start >= 1 && t[start - 1].lower() == "magnitude";
    let unit = t
        .get(last + 1)
        .map(|w| w.lower().into_owned())
        .unwrap_or_default();
    let unit_last = match unit.as_str() {
        _ if currency || magnitude => Some(last),
        "per" if t.get(last + 2).is_some_and(|w| w.lower() == "cent") => Some(last + 2),
        "percentage" if t.get(last + 2).is_some_and(|w| w.lower() == "points") => Some(last + 2),
        "km" if t.get(last + 2).is_some_and(|w| w.text == "/") && t.get(last + 3).is_some() => {
            Some(last + 3)
        }
        "°" if t.get(last + 2).is_some_and(|w| matches!(w.text, "C" | "F")) => Some(last + 2),
        u if MEASURE_UNITS.contains(&u) => Some(last + 1),
        _ => None,
    }?;
    // "-4 °C": a minus sign written onto the number.
    let negative = start >= 1
        && matches!(t[start - 1].text, "-" | "−")
        && t[start - 1].end == t[start].start
        && (start < 2 || t[start - 2].end < t[start - 1].start);
    let first = if currency || magnitude || negative {
        start - 1
    } else {
        start
    };
    let (hedge, hedge_first) = hedge_before(text, s, first);
    let object = text[t[first].start..t[unit_last].end].to_string();
    let subject = if magnitude {
        // "a magnitude 6.4 earthquake": the earthquake's magnitude.
        t.get(unit_last + 1)
            .filter(|w| w.is_word())
            .map(|w| format!("{} magnitude", w.lower()))
            .unwrap_or_else(|| "magnitude".to_string())
    } else if let Some(share) = share_of_the_vote(text, s, &object, first, unit_last) {
        share
    } else if let Some(name) = what_is_measured(s, &object, first, unit_last)
        .filter(|name| *name != measured::SHARE_OF_THE_VOTE)
    {
        // A share of the vote with no party to hold it is named by its words.
        name.to_string()
    } else {
        let before = subject_before(text, s, hedge_first.unwrap_or(first));
        let thing = measured_thing(&before);
        if thing.is_empty() { before } else { thing }
    };
    let quote_start = hedge_first.map_or(t[first].start, |k| t[k].start);
    Some((
        Candidate::new(
            &subject,
            predicate::MEASURE,
            &object,
            (quote_start, t[unit_last].end),
            "measure",
        )
        .with_hedge(hedge),
        unit_last,
    ))
}

/// "the Harbour Party won 38% of the vote", "on a vote share of 31.2 per cent",
/// "the vote shares ..., with the Greens getting 22%": a party's share of the vote,
/// named with the party. A percentage in a sentence about votes is a share
/// when a party holds it and no other whole follows it ("63% of the seats").
fn share_of_the_vote(
    text: &str,
    s: &Sentence,
    object: &str,
    first: usize,
    unit_last: usize,
) -> Option<String> {
    let t = &s.tokens;
    let percent = crate::normalize::amount::read(object).and_then(|a| a.unit) == Some("%");
    if !percent {
        return None;
    }
    let named = what_is_measured(s, object, first, unit_last) == Some(measured::SHARE_OF_THE_VOTE);
    let of_another_whole = t.get(unit_last + 1).is_some_and(|w| w.lower() == "of");
    let about_votes = t
        .iter()
        .any(|w| matches!(w.lower().as_ref(), "vote" | "votes"));
    if !named && (of_another_whole || !about_votes) {
        return None;
    }
    let holder = holder::share_holder(text, s, first)?;
    Some(format!("{holder} {}", measured::SHARE_OF_THE_VOTE))
}

/// The canonical name of what the measure `object` (tokens `first` to
/// `unit_last`) measures ([`measured::canonical`]), from the four words
/// before it and the three after: "plunged 20 feet", "10 km deep".
fn what_is_measured(
    s: &Sentence,
    object: &str,
    first: usize,
    unit_last: usize,
) -> Option<&'static str> {
    let t = &s.tokens;
    let unit = crate::normalize::amount::read(object).and_then(|a| a.unit);
    let lower = |w: &Token| w.lower().into_owned();
    let before: Vec<String> = t[first.saturating_sub(4)..first]
        .iter()
        .map(lower)
        .collect();
    // "(390 feet) section": the aside closed, what it restates follows.
    let after: Vec<String> = t
        .iter()
        .skip(unit_last + 1)
        .skip_while(|w| w.text == ")")
        .take(3)
        .map(lower)
        .collect();
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    measured::canonical(&before, &after, unit)
}

/// What a measure measures, from the words before it: "winds reached" is
/// winds, "waves of" is waves, "h and temperatures fell" is temperatures.
fn measured_thing(words: &str) -> String {
    let mut words: Vec<&str> = words.split_whitespace().collect();
    if let Some(joint) = words
        .iter()
        .rposition(|w| matches!(*w, "and" | "or" | "but" | "while"))
    {
        words.drain(..=joint);
    }
    while words.last().is_some_and(|w| {
        RISE.contains(w)
            || matches!(
                *w,
                "of" | "at" | "to" | "by" | "rose" | "hit" | "was" | "were" | "is" | "are"
            )
    }) {
        words.pop();
    }
    words.join(" ")
}

/// The last token of the number at `i`, with its scale ("40 million") or its
/// "of" ("dozens of").
fn last_of_number(s: &Sentence, i: usize) -> usize {
    let t = &s.tokens;
    let mut end = i;
    if t.get(end + 1)
        .is_some_and(|w| SCALES.contains(&w.lower().as_ref()))
    {
        end += 1;
    }
    if VAGUE.contains(&t[i].lower().as_ref()) && t.get(end + 1).is_some_and(|w| w.text == "of") {
        end += 1;
        // "hundreds of thousands", "tens of millions": one figure.
        if t.get(end + 1)
            .is_some_and(|w| VAGUE.contains(&w.lower().as_ref()))
        {
            end += 1;
            if t.get(end + 1).is_some_and(|w| w.text == "of") {
                end += 1;
            }
        }
    }
    end
}

/// "over four hours", "The strike is expected to last 30 days", "four hours of
/// talks": the number from token `start` to `end` and the time unit after it,
/// the duration of the meeting (`event`), of what follows "of", or of the noun
/// phrase before its verb.
fn duration(
    text: &str,
    s: &Sentence,
    start: usize,
    end: usize,
    hedge: Option<String>,
    hedge_first: Option<usize>,
    event: Option<&str>,
) -> Candidate {
    let t = &s.tokens;
    let tok = t[start];
    let unit = t[end + 1];
    let object = text[tok.start..unit.end].to_string();
    let subject = match event {
        Some(e) => e.to_string(),
        None if t.get(end + 2).is_some_and(|w| w.text == "of") => t
            .get(end + 3)
            .map(|w| w.lower().into_owned())
            .unwrap_or_default(),
        None => subject_before(text, s, hedge_first.unwrap_or(start)),
    };
    let quote_start = hedge_first.map_or(tok.start, |k| t[k].start);
    Candidate::new(
        &subject,
        predicate::DURATION,
        &object,
        (quote_start, unit.end),
        "duration",
    )
    .with_hedge(hedge)
    .with_event(event)
}

/// "some 58,000 workers", "at least 15 people were killed", "an emergency fund
/// of 40 million euros", "the toll has risen to 26": the count the number from
/// token `start` to `end` makes, and its last token. Small exact counts
/// ("the two teams") are left alone unless they count casualties.
fn count(
    text: &str,
    s: &Sentence,
    start: usize,
    end: usize,
    hedge: Option<String>,
    hedge_first: Option<usize>,
) -> Option<(Candidate, usize)> {
    let t = &s.tokens;
    // A range's first number, after its "between".
    let tok = t[start];
    let number = if tok.lower() == "between" {
        t[start + 1]
    } else {
        tok
    };
    // "she saw “five or six” cars": a figure in quotation marks counts
    // what follows the closing mark.
    let said = if t.get(end + 1).is_some_and(closes_a_quote)
        && t.get(end + 2).is_some_and(|w| w.is_word())
    {
        end + 1
    } else {
        end
    };
    let next = t.get(said + 1);
    let next_lower = next.map(|w| w.lower()).unwrap_or_default();
    let money = CURRENCIES.contains(&next_lower.as_ref());
    let value = token_value(&number).unwrap_or(24.0);
    // "Nine people remain in critical condition": the badly hurt too.
    let casualties = t[said + 1..t.len().min(said + 5)]
        .iter()
        .any(|w| CASUALTY_WORDS.contains(&w.lower().as_ref()))
        || how_badly_hurt(s, said).is_some()
        || how_badly_hurt(s, said + 1).is_some()
        // "the blast killed three people".
        || hedge_first
            .unwrap_or(start)
            .checked_sub(1)
            .is_some_and(|k| casualty_verb(&t[k]).is_some());
    // "3 pilots and 7 cabin crew on board": who was aboard, however few.
    let ahead: Vec<_> = t[said + 1..t.len().min(said + 9)]
        .iter()
        .map(|w| w.lower())
        .collect();
    let ahead: Vec<&str> = ahead.iter().map(|w| w.as_ref()).collect();
    let aboard = counted::says_aboard(&ahead);
    let object_end = if money { end + 1 } else { end };
    // "eight trophies", "three counts of theft": a small count of a plural
    // noun, said for the first time; "the two teams" only points back.
    let plural_after = next.is_some_and(|w| {
        let lower = w.lower();
        w.is_word() && lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss")
    });
    let pointing_back = start > 0
        && matches!(
            t[start - 1].lower().as_ref(),
            "the" | "its" | "their" | "his" | "her" | "these" | "those" | "both" | "all"
        );
    let small_but_said = plural_after && !pointing_back;
    let first = hedge_first.unwrap_or(start);
    // "the toll rose to 9", "put the number of dead at six": said as a figure.
    let risen = after_a_rise(s, first) || brought_to(text, s, first, end).is_some();
    if !money
        && hedge.is_none()
        && value < 10.0
        && !casualties
        && !aboard
        && !small_but_said
        && !risen
    {
        return None;
    }
    // "had confirmed four injured so far": a count still running is a
    // floor, not a total.
    let hedge = hedge.or_else(|| so_far(s, said).then(|| "at least".to_string()));
    if !money && !risen && !next.is_some_and(|w| w.is_word()) {
        return None;
    }
    let object = text[tok.start..t[object_end].end].to_string();
    let quote_start = hedge_first.map_or(tok.start, |k| t[k].start);
    let (mut subject, quote) = count_subject(text, s, first, object_end.max(said), quote_start);
    if subject.is_empty() {
        return None;
    }
    if let Some(done) = first.checked_sub(1).and_then(|k| casualty_verb(&t[k]))
        && !subject.split(' ').any(|w| CASUALTY_WORDS.contains(&w))
    {
        subject = format!("{subject} {done}");
    }
    subject = what_is_counted(s, subject, first, quote.1);
    if let Some(caught) = vehicles_caught(s, &subject, first, said) {
        subject = caught;
    } else if let Some(strikers) = on_strike(s, &subject, first, said) {
        subject = strikers.to_string();
    }
    let held = subject
        .split(' ')
        .next()
        .is_some_and(|noun| HELD.contains(&noun));
    // "won by 36 votes" is a margin in one contest, "by 1,842 votes to
    // 1,806" a tally: neither is a total of the votes, and the contest they
    // belong to is for a reviewer to name.
    if held && first > 0 && t[first - 1].lower() == "by" {
        return None;
    }
    if held {
        match holder(text, s, first) {
            Holder::Named(holder) => subject = format!("{holder} {subject}"),
            Holder::Unnamed => return None,
            Holder::Nobody => {}
        }
    }
    Some((
        Candidate::new(&subject, predicate::COUNT, &object, quote, "count").with_hedge(hedge),
        object_end,
    ))
}

/// Whether `word` is a mark that closes a quotation.
fn closes_a_quote(word: &Token) -> bool {
    matches!(word.text, "\"" | "\u{201d}" | "'" | "\u{2019}")
}

/// Whether the sentence says its figures are a count still running: "so
/// far", "thus far", "as yet"; or that the figure ending at token `end` was
/// reached by a day or an hour ("had made two landfalls by Saturday
/// afternoon"), not by the time it was all over.
fn so_far(s: &Sentence, end: usize) -> bool {
    /// Tokens from the figure to its "by".
    const REACH: usize = 6;
    let t = &s.tokens;
    let said_so = t.windows(2).any(|w| {
        matches!(
            (w[0].lower().as_ref(), w[1].lower().as_ref()),
            ("so" | "thus", "far") | ("as", "yet")
        )
    });
    // "will hire 500 workers by March" is a target, not a count so far.
    let to_come = t[..end]
        .iter()
        .any(|w| FUTURE_MARKERS.contains(&w.lower().as_ref()));
    let by_a_time = !to_come
        && (end + 1..t.len().min(end + 1 + REACH)).any(|k| {
            t[k].lower() == "by"
                && t.get(k + 1).is_some_and(|w| {
                    let lower = w.lower();
                    is_calendar_word(&lower) || PARTS_OF_DAY.contains(&lower.as_ref())
                })
        });
    said_so || by_a_time
}

fn is_year(tok: &Token) -> bool {
    tok.kind == Kind::Number
        && tok.text.len() == 4
        && tok
            .text
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// A range of two numbers read as one figure: "between 10,000 and 15,000"
/// (from "between"), "30 to 40" (but not "from 30 to 40", a change) and
/// "six or seven". The
/// number starts at `i` and ends at `end`; the range's first and last tokens.
fn range(s: &Sentence, i: usize, end: usize) -> (usize, usize) {
    let t = &s.tokens;
    let Some(joint) = t.get(end + 1).map(|w| w.lower()) else {
        return (i, end);
    };
    let second = end + 2;
    if !t.get(second).is_some_and(is_number) {
        return (i, end);
    }
    // "voted 52 to 31" is a tally, not a range.
    if let (Some(low), Some(high)) = (token_value(&t[i]), token_value(&t[second]))
        && high < low
    {
        return (i, end);
    }
    let before = i.checked_sub(1).map(|k| t[k].lower());
    match (before.as_deref(), joint.as_ref()) {
        (Some("between"), "and") => (i - 1, last_of_number(s, second)),
        (Some("from"), "to") => (i, end),
        (_, "to") => (i, last_of_number(s, second)),
        // "six or seven cars": a witness's guess, one figure.
        (_, "or") => (i, last_of_number(s, second)),
        _ => (i, end),
    }
}

/// The hedge just before token `i`, and the index of its first token. The
/// longest phrase wins: "no more than 15" is at most 15, not "more than" 15.
fn hedge_before(text: &str, s: &Sentence, i: usize) -> (Option<String>, Option<usize>) {
    let t = &s.tokens;
    for words in [3usize, 2, 1] {
        if i < words {
            continue;
        }
        let phrase = text[t[i - words].start..t[i - 1].end].to_lowercase();
        if Hedge::phrase(&phrase).is_some() {
            return (Some(phrase), Some(i - words));
        }
    }
    (None, None)
}

/// "four-year-long war", "a 30-day truce".
fn hyphenated(text: &str, s: &Sentence, i: usize, event: Option<&str>) -> Option<Candidate> {
    let tok = s.tokens[i];
    if !tok.text.contains('-') {
        return None;
    }
    let parts: Vec<&str> = tok.text.split('-').collect();
    let (number, unit) = match parts.as_slice() {
        [n, u] | [n, u, "long"] | [n, u, "old"] => (*n, *u),
        [tens, ones, u, ..] if number_value(&format!("{tens}-{ones}")).is_some() => {
            (&tok.text[..tens.len() + 1 + ones.len()], *u)
        }
        _ => return None,
    };
    let value = number_value(number).or_else(|| number.parse::<f64>().ok())?;
    let unit = unit.to_lowercase();
    if value <= 0.0 {
        return None;
    }
    if !TIME_UNITS.contains(&unit.as_str()) {
        return hyphenated_measure(s, i, i, number, &unit);
    }
    let (hedge, hedge_first) = hedge_before(text, s, i);
    let plural = if value == 1.0 {
        unit.clone()
    } else {
        format!("{unit}s")
    };
    let object = format!("{number} {plural}");
    // What lasts: the noun after ("war"), with what follows it ("war with Russia").
    let t = &s.tokens;
    let noun = t.get(i + 1).filter(|w| w.is_word())?;
    let mut last = i + 1;
    if t.get(i + 2)
        .is_some_and(|w| matches!(w.text, "with" | "of" | "in" | "against" | "between"))
        && t.get(i + 3).is_some_and(|w| w.is_word())
    {
        last = i + 3;
    }
    let subject = event
        .map(String::from)
        .unwrap_or_else(|| text[noun.start..t[last].end].to_lowercase());
    let first = hedge_first.unwrap_or(i);
    let first = if first > 0 && t[first - 1].lower() == "the" {
        first - 1
    } else {
        first
    };
    Some(
        Candidate::new(
            &subject,
            predicate::DURATION,
            &object,
            (t[first].start, t[last].end),
            "duration",
        )
        .with_hedge(hedge)
        .with_event(event),
    )
}

/// "a 60-metre section", "a 120-metre (390 feet) section": a measure written
/// before what it measures (token `i`), read as "80 metre", of the noun after
/// it (an aside in brackets passed over).
fn hyphenated_measure(
    s: &Sentence,
    first: usize,
    i: usize,
    number: &str,
    unit: &str,
) -> Option<Candidate> {
    let t = &s.tokens;
    let object = format!("{number} {unit}");
    let amount = crate::normalize::amount::read(&object)?;
    if amount.unit.is_none_or(|u| u == "hours") {
        return None;
    }
    let mut next = i + 1;
    if t.get(next).is_some_and(|w| w.text == "(") {
        next = (next..t.len()).find(|&k| t[k].text == ")")? + 1;
    }
    let noun = t.get(next).filter(|w| w.is_word())?;
    let after: Vec<String> = t[next..t.len().min(next + 3)]
        .iter()
        .map(|w| w.lower().into_owned())
        .collect();
    let words: Vec<&str> = after.iter().map(String::as_str).collect();
    let subject = measured::canonical(&[], &words, amount.unit)
        .map_or_else(|| noun.lower().into_owned(), str::to_string);
    Some(Candidate::new(
        &subject,
        predicate::MEASURE,
        &object,
        (t[first].start, noun.end),
        "measure",
    ))
}

/// The thing a duration is of: the noun phrase before its verb ("the rain had
/// fallen for", "The strike is expected to last").
fn subject_before(text: &str, s: &Sentence, i: usize) -> String {
    let t = &s.tokens;
    let mut end = i;
    while end > 0 && (AUX.contains(&t[end - 1].lower().as_ref()) || !t[end - 1].is_word()) {
        end -= 1;
    }
    if end == 0 {
        return String::new();
    }
    let mut start = end - 1;
    while start > 0
        && t[start - 1].is_word()
        && !matches!(
            t[start - 1].lower().as_ref(),
            "the" | "a" | "an" | "said" | "says" | "that"
        )
        && end - start < 4
    {
        start -= 1;
    }
    text[t[start].start..t[end - 1].end].to_lowercase()
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn found(text: &str) -> Vec<(String, String, String, Option<String>)> {
        extract_text(text, 0, None)
            .claims
            .into_iter()
            .filter(|c| c.predicate == "count" || c.predicate == "duration")
            .map(|c| (c.predicate.to_string(), c.subject, c.object, c.hedge))
            .collect()
    }

    /// The subject and object of each count and duration found in `text`.
    fn subjects(text: &str) -> Vec<(String, String)> {
        found(text)
            .into_iter()
            .map(|(_, subject, object, _)| (subject, object))
            .collect()
    }

    fn pair(subject: &str, object: &str) -> (String, String) {
        (subject.to_string(), object.to_string())
    }

    /// Measures: a number with its unit, from sentences of the project's own.
    #[test]
    fn measures_keep_their_units() {
        let measures = |text: &str| -> Vec<(String, String, Option<String>)> {
            extract_text(text, 0, None)
                .claims
                .into_iter()
                .filter(|c| c.predicate == "measure")
                .map(|c| (c.subject, c.object, c.hedge))
                .collect()
        };
        let m = |subject: &str, object: &str, hedge: Option<&str>| {
            (
                subject.to_string(),
                object.to_string(),
                hedge.map(String::from),
            )
        };
        assert_eq!(
            measures("Turnout rose to 64.2% in the county."),
            [m("turnout", "64.2%", None)]
        );
        assert_eq!(
            measures("The repair bill is about £2.5bn, the council said."),
            [m("repair bill", "£2.5bn", Some("about"))]
        );
        assert_eq!(
            measures("The ferry listed in waves of 30 feet."),
            [m("listed in waves", "30 feet", None)]
        );
        assert_eq!(
            measures("A magnitude 6.4 earthquake struck the valley."),
            [m("earthquake magnitude", "magnitude 6.4", None)]
        );
        assert_eq!(
            measures("Winds reached 130 km/h and temperatures fell to -4 °C."),
            [
                m("wind speed", "130 km/h", None),
                m("temperatures", "-4 °C", None)
            ]
        );
        // No unit, no measure: a count or nothing.
        assert!(measures("Some 2,000 residents were evacuated.").is_empty());
    }

    /// A party's share of the vote is the party's: named before the verb,
    /// just before the figure, or before the clause's verb of winning. With
    /// no party, it keeps its own words and meets no other party's.
    #[test]
    fn a_share_of_the_vote_is_its_partys() {
        let shares = |text: &str| -> Vec<(String, String)> {
            extract_text(text, 0, None)
                .claims
                .into_iter()
                .filter(|c| c.predicate == "measure")
                .map(|c| (c.subject, c.object))
                .collect()
        };
        assert_eq!(
            shares(
                "The vote shares painted a different picture, with the Harbour Party getting 38% and the Greens 22%."
            ),
            [
                pair("harbour party share of the vote", "38%"),
                pair("greens share of the vote", "22%")
            ]
        );
        assert_eq!(
            shares(
                "The Greens had won 40 seats - 61 per cent of all seats - on a vote share of only 38.5 per cent."
            ),
            [
                pair("seats", "61 per cent"),
                pair("greens share of the vote", "38.5 per cent")
            ]
        );
        assert!(
            shares("Turnout fell, and the share of the vote was 38.5 per cent.")
                .iter()
                .all(|(subject, _)| subject != "share of the vote")
        );
    }

    /// Seats and votes are their holder's, so that one party's never meet
    /// another's: the name before the verb, a possessive, or the subject of
    /// the sentence a clause goes on from. A total names no holder.
    #[test]
    fn seats_and_votes_belong_to_their_holder() {
        assert_eq!(
            subjects("The Harbour Party had won 31 seats on Friday."),
            vec![pair("harbour party seats", "31")]
        );
        assert_eq!(
            subjects("Mira Voss won 2,410 votes in the ward."),
            vec![pair("mira voss votes", "2,410")]
        );
        assert_eq!(
            subjects("The Greens lost ground in the north, finishing with 12 seats."),
            vec![pair("greens seats", "12")]
        );
        assert_eq!(
            subjects("Both parties now hold 40 of the assembly's 90 seats."),
            vec![pair("assembly seats", "90")]
        );
        assert_eq!(
            subjects("The pact gives the two parties 40 of the 90 seats."),
            vec![pair("seats", "90")]
        );
        // A holder named in another sentence is not guessed.
        assert_eq!(
            subjects("The party had won 31 seats. They are now on 29 seats."),
            vec![]
        );
        assert_eq!(subjects("By noon, the party had won 31 seats."), vec![]);
        assert_eq!(
            subjects("They lost 14 seats and are now on 29 seats."),
            vec![]
        );
        assert_eq!(
            subjects("The Greens lost 14 seats, and are now on 29 seats."),
            vec![pair("greens seats", "14"), pair("greens seats", "29")]
        );
        assert_eq!(
            subjects("Ana Rell won the seat with 9,140 votes."),
            vec![pair("ana rell votes", "9,140")]
        );
        // Not a held thing: the count keeps its own subject, and what
        // befell those counted.
        assert_eq!(
            subjects("Police arrested 40 people."),
            vec![pair("people arrested", "40")]
        );
    }

    /// How badly those counted are hurt: the badly hurt are not all the
    /// injured. An aside between dashes does not hide what follows it.
    #[test]
    fn the_badly_hurt_and_an_aside() {
        assert_eq!(
            subjects("Another 11 passengers have critical burns."),
            [pair("passengers critically injured", "11")]
        );
        assert_eq!(
            subjects("Doctors said 14 are still in a serious condition."),
            [pair("people seriously injured", "14")]
        );
        assert_eq!(
            subjects("There were 164 people - 100 men, 50 women and 14 children - on board."),
            [
                pair("people on board", "164"),
                pair("men", "100"),
                pair("women", "50"),
                pair("children on board", "14")
            ]
        );
    }

    /// What happened to those counted, after them across two auxiliaries, or
    /// before them as a gerund ("killing dozens of villagers").
    #[test]
    fn what_happened_to_those_counted() {
        let f = found(
            "Medics said 17 people had been injured. The wall fell on Sunday, killing dozens of villagers. \
             The fire spread fast, killing 12 people and injuring 30 people as they slept.",
        );
        let subjects: Vec<(&str, &str)> = f
            .iter()
            .map(|(_, subject, object, _)| (subject.as_str(), object.as_str()))
            .collect();
        assert_eq!(
            subjects,
            vec![
                ("people injured", "17"),
                ("villagers killed", "dozens of"),
                ("people killed", "12"),
                ("people injured", "30")
            ]
        );
    }

    /// The verb before the figure, the adverb of how badly, what was
    /// confirmed, and a toll for the whole country or a named part of it.
    #[test]
    fn tolls_as_the_active_voice_and_the_country_say_them() {
        assert_eq!(
            subjects(
                "The rains have killed 43 people, the centre said. \
                 The blast killed three people. \
                 Police arrested 12 people. \
                 Eight people were critically injured and are in intensive care. \
                 At least 21 people have been confirmed dead. \
                 The Red Cross said the rains had killed 52 people nationwide since Sunday. \
                 Nationally, the storms have killed 61 people. \
                 Across Tambolo district, 24 people have died since the rains began. \
                 He said 38 people had been confirmed dead across the province."
            ),
            vec![
                pair("people killed", "43"),
                pair("people killed", "three"),
                pair("people arrested", "12"),
                pair("people critically injured", "Eight"),
                pair("people killed", "21"),
                pair("people killed nationwide", "52"),
                pair("people killed nationwide", "61"),
                pair("people killed in Tambolo district", "24"),
                pair("people killed", "38"),
            ]
        );
    }

    /// A toll scoped to a country is the story's own when its sentence tells
    /// of the event the article leads with; else the whole country's.
    #[test]
    fn a_toll_in_a_country_is_the_storys_or_the_countrys() {
        assert_eq!(
            subjects(
                "The storm smashed into the coast on Tuesday. \
                 The death toll in Norway from the storm rose to 46 on Wednesday. \
                 The death toll in Norway rose to 51 on Thursday."
            ),
            vec![
                pair("people killed", "46"),
                pair("people killed nationwide", "51")
            ]
        );
        assert_eq!(
            subjects(
                "A landslide buried part of the highway on Tuesday, killing 12 people. \
                 The rains have killed 52 people in Peru since Sunday."
            ),
            vec![
                pair("people killed", "12"),
                pair("people killed nationwide", "52")
            ]
        );
        // A town or a region keeps its place.
        assert_eq!(
            subjects("The storm hit on Tuesday. The death toll in Bergen rose to 9."),
            vec![pair("people killed in Bergen", "9")]
        );
    }

    /// A range is one figure: "between 10,000 and 15,000", "30 to 40"; a
    /// change "from 17 to 23" is not a range, but what the subject now
    /// stands at.
    #[test]
    fn ranges_are_one_figure() {
        let f = found(
            "Between 10,000 and 15,000 people have been left homeless. \
             Rescuers freed 30 to 40 people. \
             Arrests rose from 11 to 16 people. \
             The toll rose from 17 to 23 on Sunday. \
             Officials said the death toll from the floods had risen to 21. \
             Delegates voted 52 to 31 delegates against. \
             He counted six or seven cars.",
        );
        let objects: Vec<(&str, &str)> = f
            .iter()
            .map(|(_, subject, object, _)| (subject.as_str(), object.as_str()))
            .collect();
        assert_eq!(
            objects,
            vec![
                ("people left", "Between 10,000 and 15,000"),
                ("people", "30 to 40"),
                ("arrests", "16"),
                ("people killed", "23"),
                ("people killed", "21"),
                ("delegates against", "31"),
                ("cars", "six or seven")
            ]
        );
    }

    /// Vehicles a collapse or a crash caught, however the outlet words it;
    /// vehicles anything else befell keep their own words.
    #[test]
    fn vehicles_caught_in_what_happened() {
        assert_eq!(
            subjects(
                "A hillside gave way above the pass, burying more than 14 vehicles and two houses. \
                 At least nine people were killed and 12 vehicles were involved, police said. \
                 A driver said he saw \u{201c}five or six\u{201d} cars on the road when the slope collapsed. \
                 Some 30 buses were trapped under the rubble. \
                 The army sent 40 trucks to help in the search. \
                 The maker recalled 20,000 vehicles after the crash of its shares. \
                 About 20 vehicles were queuing at the checkpoint."
            ),
            vec![
                pair("vehicles caught", "14"),
                pair("houses", "two"),
                pair("people killed", "nine"),
                pair("vehicles caught", "12"),
                pair("cars caught", "five or six"),
                pair("buses caught", "30"),
                pair("trucks", "40"),
                pair("vehicles", "20,000"),
                pair("vehicles", "20"),
            ]
        );
    }

    /// Those a strike stops, whatever the outlet calls them; a union's
    /// members who did something else keep their words.
    #[test]
    fn strikers_by_any_name() {
        assert_eq!(
            subjects(
                "12,400 transit workers walk out \n\n\
                 The labor action involves 21,000 Harlow Aero machinists. \
                 Fitters at the yard, totaling nearly 21,400 members, walked off the job. \
                 ALDMERE \u{2014} Roughly 10,000 workers at the authority went on strike on Monday. \
                 Roughly 19,000 Allied Union of Drivers and Mechanics (AUDM) members walked out. \
                 The association's 3,100 members accepted the offer and did not strike. \
                 The authority employs 16,000 workers. \
                 The authority, which employs 16,000 workers, said the strike began on Monday. \
                 A drone strike hit the plant, where 300 workers were on shift. \
                 Roughly 8,000 members of the guild, who build the yard's ferries and tugs, voted on Tuesday to reject the offer and back a strike. \
                 About 600 of Harbour Hospital's 800 nurses are among those on strike. \
                 The guild, which speaks for 8,000 members, has built ferries, tugs and barges at the yard for the navy and for three private lines along the northern coast since 1952, and it has backed a strike."
            ),
            vec![
                pair("workers on strike", "12,400"),
                pair("workers on strike", "21,000"),
                pair("workers on strike", "21,400"),
                pair("workers on strike", "10,000"),
                pair("workers on strike", "19,000"),
                pair("members accepted", "3,100"),
                pair("workers", "16,000"),
                pair("workers", "16,000"),
                pair("workers", "300"),
                pair("workers on strike", "8,000"),
                pair("nurses", "800"),
                pair("members", "8,000"),
            ]
        );
    }

    /// What a review found the count rules doing wrong, kept right.
    #[test]
    fn counts_that_must_not_misfire() {
        assert_eq!(
            subjects(
                "Four people were killed on Christmas Day. \
                 Three people died in the crash, which sparked protests across the country. \
                 Twelve Verdants and Ashlanders voted against the bill. \
                 The firm will hire 500 workers by March."
            ),
            vec![
                pair("people killed", "Four"),
                pair("people killed", "Three"),
                pair("verdants and ashlanders voted", "Twelve"),
                pair("workers", "500"),
            ]
        );
        let hedges: Vec<Option<String>> = found("The firm will hire 500 workers by March.")
            .into_iter()
            .map(|(_, _, _, hedge)| hedge)
            .collect();
        assert_eq!(hedges, [None]);
    }

    /// A count made by a day or an hour is a floor of the count made when all
    /// was over.
    #[test]
    fn a_count_by_a_time_is_a_floor() {
        let f = found(
            "The storm had made two landfalls by Saturday afternoon. \
             It had made four landfalls by the time it moved out to sea. \
             Seven landfalls were counted by midday.",
        );
        let hedges: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|(_, _, object, hedge)| (object.as_str(), hedge.as_deref()))
            .collect();
        assert_eq!(
            hedges,
            vec![
                ("two", Some("at least")),
                ("four", None),
                ("Seven", Some("at least"))
            ]
        );
    }

    #[test]
    fn hedged_counts_with_what_they_count() {
        let f = found(
            "Some 2,000 residents were evacuated. At least 15 people were killed. The two teams met.",
        );
        assert_eq!(
            f,
            vec![
                (
                    "count".into(),
                    "residents evacuated".into(),
                    "2,000".into(),
                    Some("some".into())
                ),
                (
                    "count".into(),
                    "people killed".into(),
                    "15".into(),
                    Some("at least".into())
                ),
            ]
        );
    }

    #[test]
    fn a_bound_written_as_a_denial_is_the_bound_it_leaves() {
        // "no more than 15" is at most 15: it was read with the hedge "more
        // than", the bound it denies. The hedge is kept as written.
        for (text, hedge, at_most) in [
            ("No more than 15 people were injured.", "no more than", true),
            (
                "Not more than 15 people were injured.",
                "not more than",
                true,
            ),
            (
                "No fewer than 15 people were injured.",
                "no fewer than",
                false,
            ),
            (
                "Not fewer than 15 people were injured.",
                "not fewer than",
                false,
            ),
            (
                "No less than 15 people were injured.",
                "no less than",
                false,
            ),
            (
                "Not less than 15 people were injured.",
                "not less than",
                false,
            ),
        ] {
            let claims = extract_text(text, 0, None).claims;
            let c = &claims[0];
            assert_eq!(
                (c.predicate, c.object.as_str(), c.hedge.as_deref()),
                ("count", "15", Some(hedge)),
                "{text}"
            );
            // The quote holds the whole phrase, and the hedge reads as that bound.
            assert_eq!(&text[c.span.0..c.span.1], &text[..text.len() - 1], "{text}");
            let q =
                crate::normalize::quantity::Quantity::parse(&c.object, c.hedge.as_deref()).unwrap();
            let bounds = if at_most {
                (0.0, 15.0)
            } else {
                (15.0, f64::INFINITY)
            };
            assert_eq!((q.low, q.high), bounds, "{text}");
        }
    }

    #[test]
    fn what_a_count_counts_after_review() {
        // A noun after the number is what it counts, whatever brought it there.
        assert_eq!(
            subjects("The victory took the team to 45 points."),
            [("points".to_string(), "45".to_string())]
        );
        // A toll's place inside its own phrase is its scope; a people, a month
        // or a possessive is no place.
        assert_eq!(
            subjects("The death toll in Ayala province rose to 17."),
            [(
                "people killed in Ayala province".to_string(),
                "17".to_string()
            )]
        );
        assert_eq!(
            subjects("At least 14 people were killed in Russian drone attacks."),
            [("people killed".to_string(), "14".to_string())]
        );
        assert_eq!(
            subjects("In March, 14 people died in the floods."),
            [("people killed".to_string(), "14".to_string())]
        );
        // A phrase opening the sentence is not the toll.
        assert_eq!(
            subjects("By Tuesday evening the number of people killed had climbed to 31."),
            [("people killed".to_string(), "31".to_string())]
        );
        // Cattle and ballots are not people.
        assert_eq!(
            subjects("The number of dead cattle had risen to 400.")[0].0,
            "number of dead cattle"
        );
    }

    #[test]
    fn counts_with_what_befell_them_and_no_noun() {
        let f = found(
            "Officials said 17 are dead. \
             There were 11 reported deaths, five reported missing and three injured. \
             At least 164 have died. \
             Total injured stood at 615. \
             The mayor had confirmed four injured people so far. \
             She won by 36 votes. Hale lost by 1,842 votes to 1,806.",
        );
        let got: Vec<(&str, &str, Option<&str>)> = f
            .iter()
            .map(|(_, subject, object, hedge)| {
                (subject.as_str(), object.as_str(), hedge.as_deref())
            })
            .collect();
        assert_eq!(
            got,
            [
                ("people killed", "17", None),
                ("people killed", "11", None),
                ("people missing", "five", None),
                ("people injured", "three", None),
                ("people killed", "164", Some("at least")),
                ("people injured", "615", None),
                // A count still running is a floor.
                ("people injured", "four", Some("at least")),
            ]
        );
    }

    #[test]
    fn a_measure_written_before_what_it_measures() {
        let f = extract_text(
            "A 60-metre section gave way. A 120-metre (390 feet) section fell.",
            0,
            None,
        )
        .claims;
        let got: Vec<(&str, &str, &str)> = f
            .iter()
            .map(|c| (c.predicate, c.subject.as_str(), c.object.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("measure", "length of the section", "60 metre"),
                ("measure", "length of the section", "120 metre"),
                // The aside restates the section's length.
                ("measure", "length of the section", "390 feet"),
            ]
        );
    }

    #[test]
    fn identifiers_ordinals_and_small_counts() {
        let f = found(
            "The Corvan 410 landed. Its 220 XR jets were grounded. He turned 50th in line. \
             The club won eight trophies. The two teams met. \
             Hundreds of thousands of people fled.",
        );
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|(_, subject, object, _)| (subject.as_str(), object.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("trophies", "eight"),
                ("people evacuated", "Hundreds of thousands of")
            ]
        );
    }

    #[test]
    fn headlines_names_and_who_were_displaced() {
        let f = found(
            "Tower collapses over harbour town, 27 feared dead\n\n\
             The strike involves 12,400 Halvorsen workers. \
             The agency counted about 310,000 who were displaced.",
        );
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|(_, subject, object, _)| (subject.as_str(), object.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("people feared dead", "27"),
                // A count, not a model number; and those the strike stops.
                ("workers on strike", "12,400"),
                ("people evacuated", "310,000"),
            ]
        );
    }

    #[test]
    fn after_the_second_review() {
        let f = found(
            "On Monday 12 people died. \
             Ferry sinks off coast, 30 feared dead\n\n\
             Marta Diaz scored 31 points on Sunday.",
        );
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|(_, subject, object, _)| (subject.as_str(), object.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                // A weekday before a number names no model.
                ("people killed", "12"),
                // A fear is not a toll.
                ("people feared dead", "30"),
                // Points are their scorer's.
                ("marta diaz points", "31"),
            ]
        );
    }

    #[test]
    fn money_and_tolls() {
        let f = found(
            "They agreed on an emergency fund of 40 million euros. The death toll from the floods has risen to 26.",
        );
        assert_eq!(
            f[0],
            (
                "count".into(),
                "emergency fund".into(),
                "40 million euros".into(),
                None
            )
        );
        assert_eq!(
            f[1],
            ("count".into(), "people killed".into(), "26".into(), None)
        );
    }

    #[test]
    fn durations() {
        let f = found(
            "Rescue teams worked for more than 30 hours. The nearly four-year-long war goes on. The strike is now in its fourth day.",
        );
        let g = found("It ended the nearly four-year-long war with Russia.");
        assert_eq!(g[0].1, "war with russia");
        assert_eq!(
            f[0],
            (
                "duration".into(),
                "rescue teams".into(),
                "30 hours".into(),
                Some("more than".into())
            )
        );
        assert_eq!(
            f[1],
            (
                "duration".into(),
                "war".into(),
                "four years".into(),
                Some("nearly".into())
            )
        );
        assert_eq!(
            f[2],
            ("duration".into(), "strike".into(), "4 days".into(), None)
        );
    }

    #[test]
    fn years_and_dates_are_not_counts() {
        assert!(
            found("In 2025, talks on Nov. 27 drew 40 diplomats.")
                .iter()
                .all(|f| f.2 == "40")
        );
    }
}
