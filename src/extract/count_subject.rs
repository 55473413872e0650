//! What a figure counts: the noun phrase it is of ("some 58,000 workers",
//! "the toll has risen to 26", "a death toll of 23"), what befell those
//! counted ("people were killed"), the place a toll covers ("in Llacuas"), and
//! its canonical name where news usually says it ([`counted::canonical`]).

use super::events::{happening_within, tells_of, told_kinds};
use super::figures::is_number;
use super::lexicon::{
    AUX, CASUALTY_WORDS, CATCHING, CAUGHT, CURRENCIES, EMPLOYING, NATIONWIDE_WORDS,
    NOT_PERSON_ENDINGS, RISE, SEVERITIES, STRIKING,
};
use super::text::{Sentence, Token};
use crate::corpus::event_kind::STRIKE;
use crate::normalize::counted;

/// The canonical name of what a count counts ([`counted::canonical`]), or the
/// subject as found: "23 people lost their lives" and "a death toll of 23"
/// count the people killed; "240 people on board" and "more than 240
/// passengers and crew members were aboard" and "a flight carrying 240 people" the
/// people on board (the words around the number, from token `first` to the
/// end of the quote at byte `quote_end`, say so).
pub(super) fn what_is_counted(
    s: &Sentence,
    subject: String,
    first: usize,
    quote_end: usize,
) -> String {
    let t = &s.tokens;
    let carrying = first
        .checked_sub(1)
        .is_some_and(|k| matches!(t[k].lower().as_ref(), "carrying" | "carried"));
    let from = t
        .iter()
        .position(|w| w.start >= quote_end)
        .unwrap_or(t.len());
    let after: Vec<String> = past_an_aside(&t[from..])
        .iter()
        .take(4)
        .map(|w| w.lower().into_owned())
        .collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    let own: Vec<&str> = subject.split(' ').collect();
    let aboard = carrying || counted::says_aboard(&after) || counted::says_aboard(&own);
    // "7 cabin crew onboard the": the words of being aboard, once, at the end.
    let kept: Vec<&str> = subject
        .split(' ')
        .take_while(|w| !matches!(*w, "on" | "onboard" | "aboard"))
        .collect();
    // "seven crew members" are seven crew.
    let kept: Vec<&str> = match kept.as_slice() {
        [crew @ .., "crew", "members"] => [crew, &["crew"]].concat(),
        _ => kept,
    };
    let everyone = match kept.join(" ").as_str() {
        // "241 onboard": people.
        "" | "passengers and crew" | "passengers and crew members" => "people".to_string(),
        other => other.to_string(),
    };
    // Passengers are aboard by what they are.
    let said = if aboard && !everyone.starts_with("passengers") {
        format!("{everyone} on board")
    } else {
        everyone
    };
    // "death toll in Ayala province": the place (checked by
    // [`subject_of_rise`]) is the toll's scope.
    let (head, inner) = match said.split_once(" in ") {
        Some((head, place)) => (head.to_string(), Some(format!("in {place}"))),
        None => (said.clone(), None),
    };
    match counted::canonical(&head) {
        Some(name) => match inner.or_else(|| scope(s, quote_end)) {
            Some(scope) => format!("{name} {scope}"),
            None => name.to_string(),
        },
        // "7 cabin crew on board": who a vehicle carried, by name.
        None if aboard => said,
        None => subject,
    }
}

/// "12 vehicles were involved", "burying more than 14 vehicles", "he saw
/// five or six cars on the road when the slope collapsed": vehicles caught
/// in a crash or a collapse ([`counted::caught`]), named so whatever the
/// words, because their number was settled when it happened. `subject` is
/// what the count from token `first` (with its hedge) to `last` counts as
/// found; "vehicles recalled" and "trucks sent to help" are not caught.
pub(super) fn vehicles_caught(
    s: &Sentence,
    subject: &str,
    first: usize,
    last: usize,
) -> Option<String> {
    /// Tokens from the figure to a "when" that tells of the event, and from
    /// "when" to its event word.
    const REACH: usize = 8;
    let t = &s.tokens;
    let mut words = subject.split(' ');
    let vehicles = words.next()?;
    if !counted::VEHICLES.contains(&vehicles) {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    // "More than 25 vehicles were swept away": past the noun and its verb's
    // auxiliaries.
    let mut k = last + 1;
    while k <= last + 3 && t.get(k).is_some_and(|w| w.is_word() && !is_aux(w)) {
        k += 1;
    }
    while t.get(k).is_some_and(is_aux) {
        k += 1;
    }
    let said_caught = rest.first().is_some_and(|w| CAUGHT.contains(w))
        || t.get(k)
            .is_some_and(|w| CAUGHT.contains(&w.lower().as_ref()));
    // "vehicles and slabs of rock": the vehicles.
    let bare = rest.first().is_none_or(|w| *w == "and");
    let by_gerund = first
        .checked_sub(1)
        .is_some_and(|k| CATCHING.contains(&t[k].lower().as_ref()));
    let when_it_happened = (last + 1..t.len().min(last + 1 + REACH))
        .find(|&k| t[k].lower() == "when")
        .is_some_and(|when| happening_within(s, when + 1, REACH));
    (said_caught || (bare && (by_gerund || when_it_happened))).then(|| counted::caught(vehicles))
}

/// "The labor action involves 21,000 Harlow Aero machinists", "About 10,000
/// union members walked out", "a strike by nearly 12,400 transport
/// workers", "drivers and mechanics": those a strike the sentence tells of
/// stops, named [`counted::ON_STRIKE`] whatever the words, so that two
/// outlets' figures meet. A body's members who did something else ("whose
/// 3,100 members accepted the offer") keep their words.
pub(super) fn on_strike(
    s: &Sentence,
    subject: &str,
    first: usize,
    last: usize,
) -> Option<&'static str> {
    /// Tokens before the figure, and after it, within which the strike is
    /// told (past a union's name: "19,000 Allied Union of Drivers and
    /// Mechanics (AUDM) members walked out").
    const BEFORE: usize = 8;
    const AFTER: usize = 24;
    let t = &s.tokens;
    let words: Vec<&str> = subject.split(' ').collect();
    let at = words.iter().position(|w| counted::WORKFORCE.contains(w))?;
    let after_is_striking = words[at + 1..]
        .iter()
        .all(|w| STRIKING.contains(w) || counted::WORKFORCE.contains(w));
    // "which employs 16,000 workers": a workforce, struck or not.
    let employed = first
        .checked_sub(1)
        .is_some_and(|k| EMPLOYING.contains(&t[k].lower().as_ref()));
    // "Roughly 8,000 members of the guild, who build the yard's ferries,
    // voted on Tuesday to reject the offer and back a strike": a sentence the
    // figure opens is about those it counts, to its end.
    let end = if opens(s, first) {
        t.len()
    } else {
        last + AFTER
    };
    let told = tells_of(s, STRIKE, first.saturating_sub(BEFORE), end);
    (after_is_striking && !employed && !a_whole(s, first) && told).then_some(counted::ON_STRIKE)
}

/// Whether the figure at token `first` is the whole a part is counted of:
/// "About 600 of the hospital's 800 nurses" (the nurses, not those on
/// strike), "90 of its 400 drivers".
fn a_whole(s: &Sentence, first: usize) -> bool {
    /// Tokens at most between "of" and the figure: "of City Hospital's".
    const OWNER: usize = 5;
    let t = &s.tokens;
    let owner = |w: &Token| {
        w.is_capitalised()
            || w.is_possessive()
            || matches!(w.text, "'s" | "\u{2019}s")
            || matches!(w.lower().as_ref(), "the" | "its" | "their" | "his" | "her")
    };
    let mut k = first;
    while k > 0 && first - k < OWNER && owner(&t[k - 1]) {
        k -= 1;
    }
    k >= 2 && t[k - 1].lower() == "of" && t[k - 2].kind == super::text::Kind::Number
}

/// Whether the figure (or its hedge) at token `first` opens the sentence,
/// as its subject.
fn opens(s: &Sentence, first: usize) -> bool {
    s.tokens[..first].iter().all(|w| !w.is_word())
}

/// Whether `word` is an auxiliary of a verb in the passive: "were", "had
/// been".
fn is_aux(word: &Token) -> bool {
    matches!(
        word.lower().as_ref(),
        "is" | "are" | "was" | "were" | "be" | "been" | "has" | "have" | "had"
    )
}

/// `tokens`, past an aside between dashes or brackets that opens them: "164
/// people - 100 men, 50 women and 14 children - on board" goes on at "on
/// board".
fn past_an_aside<'a, 't>(tokens: &'a [Token<'t>]) -> &'a [Token<'t>] {
    /// Tokens at most in an aside.
    const LONGEST: usize = 16;
    let dash = |w: &Token| matches!(w.text, "-" | "\u{2013}" | "\u{2014}");
    let bracket = |w: &Token| w.text == ")";
    let closes: &dyn Fn(&Token) -> bool = match tokens.first() {
        Some(w) if dash(w) => &dash,
        Some(w) if w.text == "(" => &bracket,
        _ => return tokens,
    };
    match tokens[1..].iter().take(LONGEST).position(closes) {
        Some(at) => &tokens[at + 2..],
        None => tokens,
    }
}

/// "41 deaths in their towns", "31 people died in Chuyapampa alone", "In
/// Llacuas, four people were killed": where a toll was counted, when the words
/// after the quote (ending at byte `quote_end`), or the words opening the
/// sentence, are "in" and a place (a capitalised name or a word for a region).
/// A toll for a part is not the toll for the whole.
fn scope(s: &Sentence, quote_end: usize) -> Option<String> {
    let t = &s.tokens;
    let after = t.iter().position(|w| w.start >= quote_end);
    let opening = t
        .first()
        .is_some_and(|w| matches!(w.text, "In" | "Across" | "Throughout"))
        .then_some(0);
    [after, opening]
        .into_iter()
        .flatten()
        .find_map(|at| place_after_in(s, at))
        .or_else(|| place_before_where(s, after.unwrap_or(t.len())))
        .or_else(|| place_there(s, after?))
        .or_else(|| nationwide(s, after.unwrap_or(t.len())))
}

/// "Nationally, the rains have killed 43 people", "52 people nationwide",
/// "across the country": a toll for the whole country, not for the town or
/// the disaster an article is about.
fn nationwide(s: &Sentence, figure: usize) -> Option<String> {
    /// Tokens before and after the figure's end within which the country is
    /// said ("Nationally, the rains have killed 43 people", not "died in the
    /// crash, which sparked protests across the country").
    const BEFORE: usize = 10;
    const AFTER: usize = 4;
    let t = &s.tokens;
    let near = &t[figure.saturating_sub(BEFORE)..t.len().min(figure + AFTER)];
    let words: Vec<_> = near.iter().map(|w| w.lower()).collect();
    let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
    counted::has_phrase(&words, NATIONWIDE_WORDS).then(|| NATIONWIDE.to_string())
}

/// The scope of a figure for a whole country.
const NATIONWIDE: &str = "nationwide";

/// A toll scoped to a country ("the death toll in Turkey", "killed 52 people
/// in Peru"), read as the count it is: the story's own, unscoped, when the
/// sentence tells of the event the article leads with (`lead`, a kind of
/// event: "The death toll in the Philippines from the typhoon rose to 146" in
/// a typhoon story); else the whole country's, which may count more than the
/// story's event ("the rains have killed 52 people in Peru" in a landslide
/// story). `None` when `subject` is scoped to no country the atlas knows.
pub(super) fn country_scope(subject: &str, s: &Sentence, lead: Option<&str>) -> Option<String> {
    let (counted, place) = subject.rsplit_once(" in ")?;
    let name = place.strip_prefix("the ").unwrap_or(place);
    let known = crate::normalize::atlas::atlas().place(name)?;
    if known.kind != crate::normalize::atlas::Kind::Country {
        return None;
    }
    let the_story = lead.is_some_and(|kind| told_kinds(s).contains(&kind));
    Some(if the_story {
        counted.to_string()
    } else {
        format!("{counted} {NATIONWIDE}")
    })
}

/// "Police in Ralevu province said nine people had died there": the place
/// "there" (token `at`) stands for, the last named before it.
fn place_there(s: &Sentence, at: usize) -> Option<String> {
    let t = &s.tokens;
    if t.get(at)?.lower() != "there" {
        return None;
    }
    (0..at).rev().find_map(|k| place_after_in(s, k))
}

/// "from Savoka province in the north, where officials said 28 people had
/// died": the place a ", where" clause holding the figure (before token
/// `figure`) goes on from, when a name with a word for a region names it.
fn place_before_where(s: &Sentence, figure: usize) -> Option<String> {
    let t = &s.tokens;
    let at = (1..figure.min(t.len()))
        .rev()
        .find(|&k| t[k].lower() == "where" && t[k - 1].text == ",")?;
    let region = (1..at)
        .rev()
        .find(|&k| REGIONS.contains(&t[k].lower().as_ref()) && t[k - 1].is_capitalised())?;
    let mut first = region - 1;
    while first > 0 && t[first - 1].is_capitalised() && t[first - 1].is_word() {
        first -= 1;
    }
    let words: Vec<&str> = t[first..=region].iter().map(|w| w.text).collect();
    Some(format!("in {}", words.join(" ")))
}

/// Words for a place that holds people: "Ayala province", "their towns".
const REGIONS: &[&str] = &[
    "province",
    "provinces",
    "region",
    "regions",
    "state",
    "county",
    "district",
    "districts",
    "town",
    "towns",
    "city",
    "cities",
    "village",
    "villages",
    "area",
    "areas",
];

/// "in the province of Ayacara", "in their towns": the place after "in" at
/// token `at`, written as found with its "in".
fn place_after_in(s: &Sentence, at: usize) -> Option<String> {
    let t = &s.tokens;
    // "Across Tambolqui district, 24 people have died": across it, in it;
    // "across the province" is the story's own. "killed four people on
    // Tuavasi": an island, by its name.
    let (preposition, named) = match t.get(at)?.lower().as_ref() {
        "in" => ("in", false),
        "across" | "throughout" => ("in", true),
        // "killed four people on Tuavasi", after "NUKUVALE, Tuavasi —": an
        // island the sentence names twice; not "on Christmas Day" or "on
        // Kaunitz Radio".
        "on" => ("on", true),
        _ => return None,
    };
    let named_twice = |k: usize| {
        t.get(k).is_some_and(|place| {
            t.iter()
                .enumerate()
                .any(|(j, w)| j != k && w.text == place.text)
        })
    };
    if preposition == "on" && !named_twice(at + 1) {
        return None;
    }
    let mut k = at + 1;
    while t.get(k).is_some_and(|w| {
        matches!(
            w.lower().as_ref(),
            "the" | "their" | "its" | "this" | "that"
        )
    }) {
        k += 1;
    }
    // Not a month, a weekday, a possessive ("Monday's bombing") or a people
    // ("Russian drone attacks").
    let proper = |w: &Token| {
        let lower = w.lower();
        w.is_capitalised()
            && !w.text.ends_with("'s")
            && !w.text.ends_with("’s")
            && crate::english::calendar::month(&lower).is_none()
            && !crate::english::calendar::is_weekday(&lower)
            && !["ian", "ean", "ese", "ish"]
                .iter()
                .any(|end| lower.ends_with(end))
    };
    let place = |w: &Token| {
        w.is_word() && (proper(w) || REGIONS.contains(&w.lower().as_ref()) || w.lower() == "of")
    };
    let from = k;
    let mut last = None;
    while t.get(k).is_some_and(place) {
        last = Some(k);
        k += 1;
    }
    let last = last.filter(|&l| t[l].lower() != "of")?;
    if named && !t[from..=last].iter().any(proper) {
        return None;
    }
    // "in the Nerada ferry disaster": a name before a noun describes the noun.
    const GOES_ON: &[&str] = &[
        "alone",
        "on",
        "at",
        "and",
        "after",
        "when",
        "since",
        "as",
        "last",
        "this",
        "so",
        "by",
        "from",
        "with",
        "to",
        "for",
        "overnight",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "said",
        "rose",
        "climbed",
        "stood",
        "stands",
        "reached",
        "while",
        "but",
    ];
    if t.get(last + 1).is_some_and(|w| {
        w.is_word() && !w.is_capitalised() && !GOES_ON.contains(&w.lower().as_ref())
    }) {
        return None;
    }
    let words: Vec<&str> = t[at + 1..=last].iter().map(|w| w.text).collect();
    Some(format!("{preposition} {}", words.join(" ")))
}

/// "19,000 Allied Union of Drivers and Mechanics (AUDM)
/// members": the last token of a body's name between the number
/// ending at token `end` and the noun it counts, which the name describes.
/// A name is taken for a body's when it joins words with "of" or "and", or
/// its initials follow it in brackets; "31 Harbour Party seats" keeps its holder.
fn past_a_bodys_name(s: &Sentence, end: usize) -> Option<usize> {
    let t = &s.tokens;
    let mut k = end + 1;
    let mut joined = false;
    while let Some(w) = t.get(k) {
        let joint = matches!(w.text, "of" | "and" | "&");
        if !(w.is_capitalised() || (joint && k > end + 1)) {
            break;
        }
        joined |= joint;
        k += 1;
    }
    let last_word = k
        .checked_sub(1)
        .filter(|&l| l > end && t[l].is_capitalised())?;
    let mut last = last_word;
    let initials = t.get(k).is_some_and(|w| w.text == "(")
        && t.get(k + 1).is_some_and(|w| w.is_capitalised())
        && t.get(k + 2).is_some_and(|w| w.text == ")");
    if initials {
        last = k + 2;
    }
    let noun = t
        .get(last + 1)
        .is_some_and(|w| w.is_word() && !w.is_capitalised());
    // "Twelve Verdants and Ashlanders voted": people, not a body's name.
    let a_body = (end + 1..=last_word).any(|j| NOT_PERSON_ENDINGS.contains(t[j].lower().as_ref()));
    (((joined && a_body) || initials) && noun).then_some(last)
}

/// "killing", "injuring", "the rains have killed 43 people": a verb before
/// a count of people, which says what happened to them, as the participle
/// ("killed") the count's subject takes.
pub(super) fn casualty_verb(word: &Token) -> Option<&'static str> {
    let lower = word.lower();
    match lower.strip_suffix("ing") {
        Some(stem) => CASUALTY_WORDS
            .iter()
            .copied()
            .find(|done| done.strip_suffix("ed") == Some(stem)),
        // "died" and "dead" take no object.
        None => CASUALTY_WORDS.iter().copied().find(|done| {
            *done == lower && (done.ends_with("ed") && *done != "died" || *done == "hurt")
        }),
    }
}

/// The counted thing, and the quote: "some 58,000 workers across the country"
/// counts workers; "an emergency fund of 40 million euros" counts the fund; "the
/// toll has risen to 26" counts the toll.
/// `first` is the first token of the number with its hedge; `end` its last.
pub(super) fn count_subject(
    text: &str,
    s: &Sentence,
    first: usize,
    end: usize,
    quote_start: usize,
) -> (String, (usize, usize)) {
    let t = &s.tokens;
    let before = |k: usize| {
        t.get(k.wrapping_sub(1))
            .map(|w| w.lower())
            .unwrap_or_default()
    };
    // "totaling nearly 21,400 members" counts members; "totalling 40
    // million euros" is an amount of what came before.
    let counts_after = t
        .get(end + 1)
        .is_some_and(|w| w.is_word() && !CURRENCIES.contains(&w.lower().as_ref()));
    let amount_of = match before(first).as_ref() {
        "of" | "worth" => true,
        "totalling" | "totaling" => !counts_after,
        _ => false,
    };
    if amount_of && first >= 2 {
        return noun_before_of(text, s, first, end);
    }
    if after_a_rise(s, first) {
        return subject_of_rise(text, s, end);
    }
    if let Some(found) = brought_to(text, s, first, end) {
        return found;
    }
    noun_after(text, s, end, quote_start)
}

/// "an emergency fund of 40 million euros", "worth some 12 billion dollars": the
/// noun before "of" or "worth", which the number ending at `end` (first token
/// `first`) is the amount of.
fn noun_before_of(text: &str, s: &Sentence, first: usize, end: usize) -> (String, (usize, usize)) {
    let t = &s.tokens;
    let noun_end = first - 2;
    let mut noun_start = noun_end;
    while noun_start > 0
        && t[noun_start - 1].is_word()
        && !matches!(
            t[noun_start - 1].lower().as_ref(),
            "a" | "an" | "the" | "on" | "of" | "agreed" | "with"
        )
        && noun_end - noun_start < 2
    {
        noun_start -= 1;
    }
    let subject = text[t[noun_start].start..t[noun_end].end].to_lowercase();
    let from = if noun_start > 0 && matches!(t[noun_start - 1].lower().as_ref(), "a" | "an" | "the")
    {
        t[noun_start - 1].start
    } else {
        t[noun_start].start
    };
    (subject, (from, t[end].end))
}

/// Whether the number starting at `first` is what something rose or fell to:
/// "has risen to 26", "rose from 17 to 23".
pub(super) fn after_a_rise(s: &Sentence, first: usize) -> bool {
    let t = &s.tokens;
    let word = |back: usize| first.checked_sub(back).map(|k| t[k].lower());
    // "stood at 615": where a figure stands.
    if word(1).as_deref() == Some("at") {
        return word(2).is_some_and(|v| matches!(v.as_ref(), "stood" | "stands" | "standing"));
    }
    if word(1).as_deref() != Some("to") {
        return false;
    }
    let verb = if word(3).as_deref() == Some("from") && is_number(&t[first - 2]) {
        word(4)
    } else {
        word(2)
    };
    verb.is_some_and(|v| RISE.contains(&v.as_ref()))
}

/// "bringing the overall number of deaths to 57", "revised the number of
/// fatalities down to 13", "put the toll for the province at 38": what a
/// verb brought or put at the number from token `first` (its last token
/// `end`), up to a word that starts what follows it ("from the sinking").
pub(super) fn brought_to(
    text: &str,
    s: &Sentence,
    first: usize,
    end: usize,
) -> Option<(String, (usize, usize))> {
    const BRINGING: &[&str] = &[
        "bringing", "brought", "brings", "bring", "taking", "took", "takes", "pushing", "pushed",
        "raising", "raised", "lifting", "lifted", "revised", "revising", "lowered", "lowering",
        "cut",
    ];
    const PUTTING: &[&str] = &[
        "put",
        "puts",
        "putting",
        "placed",
        "places",
        "estimated",
        "stood",
        "stands",
        "stand",
    ];
    let t = &s.tokens;
    // "took the team to 45 points" counts points: only a number with no
    // noun after it is what the verb brought something to.
    let noun_after = t.get(end + 1).is_some_and(|w| {
        w.is_word()
            && !matches!(
                w.lower().as_ref(),
                "on" | "in"
                    | "at"
                    | "by"
                    | "after"
                    | "as"
                    | "according"
                    | "since"
                    | "from"
                    | "with"
                    | "and"
                    | "late"
                    | "early"
                    | "people"
                    | "persons"
            )
    });
    if noun_after {
        return None;
    }
    let joint = first.checked_sub(1)?;
    let verbs: &[&str] = match t[joint].lower().as_ref() {
        "to" => BRINGING,
        "at" => PUTTING,
        _ => return None,
    };
    let verb = (joint.saturating_sub(14)..joint)
        .rev()
        .find(|&k| verbs.contains(&t[k].lower().as_ref()))?;
    let mut from = verb + 1;
    while from < joint
        && matches!(
            t[from].lower().as_ref(),
            "the" | "a" | "an" | "its" | "their"
        )
    {
        from += 1;
    }
    let head_end = (from..joint)
        .find(|&k| {
            matches!(
                t[k].lower().as_ref(),
                "from" | "in" | "for" | "after" | "since" | "down" | "up"
            )
        })
        .unwrap_or(joint);
    if from >= head_end || !t[from..head_end].iter().all(|w| w.is_word()) {
        return None;
    }
    let head = text[t[from].start..t[head_end - 1].end].to_lowercase();
    // "put the number of dead in Ralevu province at six": the toll keeps its place.
    let subject = match place_after_in(s, head_end).filter(|_| head_end < joint) {
        Some(place) => format!("{head} {place}"),
        None => head,
    };
    Some((subject, (t[verb].start, t[end].end)))
}

/// "the toll has risen to 26", "Two days after the floods, the death
/// toll had climbed to 27": the noun phrase before the verb of the rise (and
/// its auxiliaries), what the number ending at `end` now stands at; the quote
/// runs from it to the number.
fn subject_of_rise(text: &str, s: &Sentence, end: usize) -> (String, (usize, usize)) {
    let t = &s.tokens;
    let Some(verb) = (0..end)
        .rev()
        .find(|&k| RISE.contains(&t[k].lower().as_ref()))
    else {
        return (String::new(), (t[0].start, t[end].end));
    };
    let mut last = verb;
    while last > 0 && AUX.contains(&t[last - 1].lower().as_ref()) {
        last -= 1;
    }
    // The phrase: back to its determiner ("By Tuesday evening the number of
    // people killed"), and past a preposition to the one before ("the death
    // toll from the floods"), or to a comma or the sentence's start.
    const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their"];
    let mut first = last;
    while first > 0 && t[first - 1].is_word() && last - first < 12 {
        let before = t[first - 1].lower();
        if matches!(before.as_ref(), "said" | "says" | "that" | "and" | "but") {
            break;
        }
        if DETERMINERS.contains(&before.as_ref()) {
            let after_preposition = first >= 2
                && matches!(
                    t[first - 2].lower().as_ref(),
                    "from" | "in" | "of" | "after"
                );
            if !after_preposition {
                break;
            }
        }
        first -= 1;
    }
    while first < last && DETERMINERS.contains(&t[first].lower().as_ref()) {
        first += 1;
    }
    if first == last {
        return (String::new(), (t[0].start, t[end].end));
    }
    // "the toll from the typhoon": what is counted ends before "from" or
    // "in"; "the toll in Ayala province" keeps its place.
    let head_end = (first..last)
        .find(|&k| matches!(t[k].lower().as_ref(), "from" | "after" | "since" | "in"))
        .unwrap_or(last);
    let place = (t[head_end].lower() == "in")
        .then(|| place_after_in(s, head_end))
        .flatten();
    let quote_start = if first > 0 && t[first - 1].is_word() {
        t[first - 1].start
    } else {
        t[first].start
    };
    if head_end == first {
        return (String::new(), (quote_start, t[end].end));
    }
    let head = text[t[first].start..t[head_end - 1].end].to_lowercase();
    (
        match place {
            Some(place) => format!("{head} {place}"),
            None => head,
        },
        (quote_start, t[end].end),
    )
}

/// "58,000 employees and technicians working", "15 people were killed": the noun
/// phrase after the number ending at `end`, with what happened to them; an
/// empty subject when none follows.
fn noun_after(
    text: &str,
    s: &Sentence,
    end: usize,
    quote_start: usize,
) -> (String, (usize, usize)) {
    let t = &s.tokens;
    let end = past_a_bodys_name(s, end).unwrap_or(end);
    let mut last = end;
    while let Some(w) = t.get(last + 1) {
        let lower = w.lower();
        let stop = !w.is_word()
            || matches!(
                lower.as_ref(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "remain"
                    | "remains"
                    | "have"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "at"
                    | "in"
                    | "on"
                    | "from"
                    | "across"
                    | "to"
                    | "of"
                    | "who"
                    | "as"
                    | "that"
                    | "said"
                    | "while"
                    | "when"
                    | "after"
                    | "before"
                    | "but"
                    | "than"
                    | "because"
                    | "since"
                    | "by"
                    | "for"
                    | "with"
            )
            // "people killed", "workers striking"; not a name ("Halvorsen").
            || (!w.is_capitalised() && (lower.ends_with("ed") || lower.ends_with("ing")))
            // "185 passengers and six crew": the next count's own.
            || is_number(w);
        if stop || last - end >= 4 {
            break;
        }
        last += 1;
    }
    // "12 people and": the phrase ends before a conjunction.
    while last > end && matches!(t[last].lower().as_ref(), "and" | "or") {
        last -= 1;
    }
    if last == end {
        // "11 are said to remain in a critical state".
        if let Some((severity, words_end)) = how_badly_hurt(s, end) {
            return (format!("{severity} injured"), (quote_start, words_end));
        }
        return what_befell(s, end)
            .map(|w| (w.lower().into_owned(), (quote_start, w.end)))
            .unwrap_or((String::new(), (0, 0)));
    }
    let mut subject = text[t[end + 1].start..t[last].end].to_lowercase();
    let mut quote_end = t[last].end;
    if let Some((severity, end)) = how_badly_hurt(s, last) {
        subject = format!("{subject} {severity} injured");
        quote_end = end;
    } else if let Some(verb) = what_happened(s, last) {
        subject = format!("{subject} {}", verb.lower());
        quote_end = verb.end;
    }
    (subject, (quote_start, quote_end))
}

/// "11 passengers have critical burns", "four were in a serious
/// condition", "Eight people were critically injured": how badly those counted in the noun phrase ending at `last`
/// are hurt ("critically"), and where the words saying so end. A count of
/// the badly hurt is not a count of all the injured.
pub(super) fn how_badly_hurt(s: &Sentence, last: usize) -> Option<(&'static str, usize)> {
    let t = &s.tokens;
    let words: Vec<(String, usize)> = t
        .get(last + 1..)?
        .iter()
        .filter(|w| w.is_word())
        .take(8)
        .map(|w| (w.lower().into_owned(), w.end))
        .collect();
    let at = words.iter().position(|(w, _)| {
        SEVERITIES
            .iter()
            .any(|(adjective, adverb)| adjective == w || adverb == w)
    })?;
    // Only auxiliaries, "said to be" with "in a", and "of them" stand before it.
    let leading = words[..at].iter().all(|(w, _)| {
        matches!(
            w.as_str(),
            "have"
                | "has"
                | "had"
                | "are"
                | "were"
                | "is"
                | "was"
                | "with"
                | "suffered"
                | "sustained"
                | "said"
                | "to"
                | "be"
                | "in"
                | "a"
                | "still"
                | "remain"
                | "remained"
                | "remains"
                | "reported"
                // "seven of them", "eleven of the injured"
                | "of"
                | "the"
                | "them"
                | "those"
                | "injured"
                | "wounded"
                | "hurt"
        )
    });
    let said = words[at].0.as_str();
    let (_, adverb) = SEVERITIES
        .iter()
        .find(|(adjective, adverb)| *adjective == said || *adverb == said)?;
    let (next, end) = words.get(at + 1)?;
    // "critical injuries", "a serious condition"; "critically injured".
    let hurt = if said == *adverb {
        matches!(next.as_str(), "injured" | "hurt" | "wounded" | "burned")
    } else {
        matches!(
            next.as_str(),
            "injuries" | "wounds" | "burns" | "condition" | "state"
        )
    };
    (leading && hurt).then_some((*adverb, *end))
}

/// "17 are dead", "11 reported deaths", "five reported missing", "164 have
/// died", "310,000 who were displaced": with no noun after the number ending
/// at `end`, the word of what befell those counted, at most four words on.
fn what_befell<'t>(s: &Sentence<'t>, end: usize) -> Option<Token<'t>> {
    const BETWEEN: &[&str] = &[
        "are",
        "were",
        "is",
        "was",
        "have",
        "has",
        "had",
        "been",
        "reported",
        "confirmed",
        "still",
        "remain",
        "remained",
        "remains",
        "now",
        "people",
        "persons",
        "who",
        "that",
        "to",
    ];
    let t = &s.tokens;
    t.iter()
        .skip(end + 1)
        .take(5)
        .take_while(|w| w.is_word())
        .find(|w| !BETWEEN.contains(&w.lower().as_ref()))
        .filter(|w| counted::canonical(&w.lower()).is_some())
        .copied()
}

/// "people were killed", "residents were evacuated": the verb after the counted
/// noun phrase ending at `last` (a participle, a casualty word or "left"), which
/// says what happened to them.
fn what_happened<'t>(s: &Sentence<'t>, last: usize) -> Option<Token<'t>> {
    let t = &s.tokens;
    let mut k = last + 1;
    // "were", "had been", "remain still": at most two auxiliaries.
    while k < last + 3
        && t.get(k).is_some_and(|w| {
            matches!(
                w.lower().as_ref(),
                "were"
                    | "was"
                    | "have"
                    | "had"
                    | "has"
                    | "are"
                    | "been"
                    | "being"
                    | "remain"
                    | "remained"
                    | "remains"
                    | "still"
            )
        })
    {
        k += 1;
    }
    // "have been confirmed dead": what was confirmed.
    if t.get(k)
        .is_some_and(|w| matches!(w.lower().as_ref(), "confirmed" | "reported"))
        && t.get(k + 1)
            .is_some_and(|w| CASUALTY_WORDS.contains(&w.lower().as_ref()))
    {
        k += 1;
    }
    t.get(k)
        .filter(|w| {
            w.is_word()
                && (w.lower().ends_with("ed") || CASUALTY_WORDS.contains(&w.lower().as_ref()))
                || w.lower() == "left"
        })
        .copied()
}
