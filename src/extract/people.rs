//! Claims about people: their titles ("U.S. Secretary of State Marco Rubio",
//! "Kyrylo Budanov, head of the agency", "the head of the delegation, Rustem
//! Umerov", "Anna Lis became director of the port"), who heads what, kinship
//! ("Trump's son-in-law, Jared Kushner"), and where they are ("who is currently in
//! the United States", "told reporters in Astana").

use super::candidate::Candidate;
use super::lexicon::{
    ACTIVITIES, CHAMBERS, HEAD_WORDS, HOLDS_NO_BODY, KINSHIP, NOT_NAMES, NOT_PERSON_ENDINGS,
    SPEAKING, TITLE_MODIFIERS, leads_the_body_before,
};
use super::names::{Names, PersonMention};
use super::text::{Sentence, Token};
use crate::corpus::predicate;
use crate::normalize::names::strip_possessive;
use crate::normalize::titles::{is_country_word, is_office_word, makes_another_post};

/// "envoys" → "envoy": the office a plural names.
fn singular(word: &str) -> String {
    let lower = word.to_lowercase();
    if is_office_word(&lower) {
        return lower;
    }
    lower
        .strip_suffix('s')
        .filter(|s| is_office_word(s))
        .map_or(lower.clone(), String::from)
}

fn is_office(t: &Token) -> bool {
    t.is_word() && is_office_word(&singular(strip_possessive(t.text)))
}

fn is_kin(t: &Token) -> bool {
    t.is_word() && KINSHIP.contains(&t.lower().as_ref())
}

/// Words that may stand in a title: capitalised words that are not sentence
/// openers, title modifiers, offices, and the "of the" inside "Secretary of the Army".
fn in_title(t: &Token) -> bool {
    let lower = t.lower();
    t.is_word()
        && ((t.is_capitalised() && !NOT_NAMES.contains(lower.as_ref()))
            || TITLE_MODIFIERS.contains(lower.as_ref())
            || is_country_word(&lower)
            || is_office(t)
            || lower == "of"
            || lower == "former")
}

fn person_at(mentions: &[PersonMention], index: usize) -> Option<&PersonMention> {
    mentions
        .iter()
        .find(|m| m.first <= index && index <= m.last)
}

/// Every claim about people in one sentence.
pub fn claims(
    text: &str,
    sentence: &Sentence,
    mentions: &[PersonMention],
    names: &Names,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for (n, m) in mentions.iter().enumerate() {
        title_before(text, sentence, mentions, n, &mut out);
        after_comma(text, sentence, mentions, m, names, &mut out);
        before_comma(text, sentence, mentions, m, names, &mut out);
        name_is_title(text, sentence, m, &mut out);
        led_by(text, sentence, m, &mut out);
        party_of(text, sentence, m, &mut out);
        located(sentence, m, names, &mut out);
    }
    out
}

/// "U.S. Secretary of State Marco Rubio", "US envoys Steve Wittkopf and Jared
/// Kushner", "Mayor Goran Ilic of Banja Luka".
fn title_before(
    text: &str,
    s: &Sentence,
    mentions: &[PersonMention],
    n: usize,
    out: &mut Vec<Candidate>,
) {
    let m = &mentions[n];
    let t = &s.tokens;
    let Some(office_at) = office_before_name(t, m) else {
        return;
    };
    let start = title_start(t, mentions, office_at);
    let office = &t[office_at];
    let plural = singular(office.text) != office.lower();
    let mut title = format!(
        "{}{}",
        &text[t[start].start..office.start],
        singular_as_written(office.text, plural)
    );
    if office_at + 1 < m.first {
        title.push_str(&text[office.end..t[m.first - 1].end]);
    }
    let mut end = t[m.last].end;
    if let Some((place, place_end)) = place_after_name(text, t, m) {
        title = format!("{title} of {place}");
        end = place_end;
    }
    // "US envoys Steve Wittkopf and Jared Kushner": one plural title for both.
    let partner = mentions
        .get(n + 1)
        .filter(|next| plural && next.first == m.last + 2 && t[m.last + 1].text == "and");
    if let Some(partner) = partner {
        end = t[partner.last].end;
        out.push(Candidate::new(
            &partner.name,
            predicate::TITLE,
            &title,
            (t[start].start, end),
            "title-before-name",
        ));
    }
    out.push(Candidate::new(
        &m.name,
        predicate::TITLE,
        &title,
        (t[start].start, end),
        "title-before-name",
    ));
    if let Some(body) = body_led(text, t, start, office_at) {
        out.push(Candidate::new(
            body,
            predicate::HEAD,
            &m.name,
            (t[start].start, end),
            "title-before-name",
        ));
    }
}

/// "Harbour Party leader Tomas Heller", "Harbour Council for Thrift CEO
/// Maren Oduya", "Riveters Local 412 President Ana Brook": the body a leading office before a name leads, named by
/// the capitalised words before the office (from token `start` to the
/// office at `office_at`). A country or its people ("US President", "Kyiv's
/// leader") and a bare office name no body.
fn body_led<'a>(text: &'a str, t: &[Token], start: usize, office_at: usize) -> Option<&'a str> {
    if !leads_the_body_before(&t[office_at].lower()) || start >= office_at {
        return None;
    }
    let words = &t[start..office_at];
    // "Supreme Leader", "Opposition leader": one word is a rank of the
    // office, unless it is a body's initials or names a body.
    let last = words[words.len() - 1].lower();
    let a_body = words.len() >= 2
        || words[0].text.chars().all(|c| c.is_ascii_uppercase())
        || NOT_PERSON_ENDINGS.contains(last.as_ref());
    if !a_body {
        return None;
    }
    let named = (start..office_at).all(|k| {
        (t[k].is_capitalised() || t[k].text == "of" || joins_a_name(t, k)) && !t[k].is_possessive()
    }) && words[0].is_capitalised()
        && !is_country_word(&words[0].lower())
        && !words.iter().any(|w| {
            let lower = w.lower();
            makes_another_post(&lower)
                || HOLDS_NO_BODY.contains(&lower.as_ref())
                || is_office_word(&lower)
                || CHAMBERS.contains(&lower.as_ref())
        });
    named.then(|| &text[words[0].start..words[words.len() - 1].end])
}

/// "Mayor Goran Ilic", "Secretary of State Marco Rubio": the office of a title
/// before a name, right before it or before "of State", "of the Army".
fn office_before_name(t: &[Token], m: &PersonMention) -> Option<usize> {
    /// Tokens at most between an office and the name: "leader of the House
    /// of Commons Mary Stone".
    const REACH: usize = 6;
    let mut office_at = m.first.checked_sub(1);
    while let Some(k) = office_at.filter(|k| !is_office(&t[*k])) {
        // "Gov. Francisco Matu": an abbreviated office's full stop.
        let stop = t[k].text == "." && k > 0 && is_office(&t[k - 1]);
        let inside = stop || t[k].is_capitalised() || matches!(t[k].text, "of" | "the" | "to");
        office_at = if inside && k > 0 && m.first - k < REACH {
            Some(k - 1)
        } else {
            None
        };
    }
    let office_at = office_at?;
    if office_at + 1 < m.first && !matches!(t[office_at + 1].text, "of" | "to" | ".") {
        return None;
    }
    // "secretary to the Treasury Owen Pryce" names a body; "aide to Piet
    // Kors" whom the aide serves, who holds no aide's post.
    let body_named = (office_at + 2..m.first).any(|k| t[k].is_capitalised());
    if t[office_at + 1].text == "to" && !body_named {
        return None;
    }
    Some(office_at)
}

/// "U.S. Secretary of State", "Peru's Trade Minister": the first word of the
/// title whose office is at `office_at`, taking the title words before it that
/// are no one's name.
fn title_start(t: &[Token], mentions: &[PersonMention], office_at: usize) -> usize {
    let mut start = office_at;
    loop {
        // "Council for Thrift CEO", not "Gov. Russ Pike and Lt. Gov.".
        let joins =
            start > 1 && joins_a_name(t, start - 1) && person_at(mentions, start - 2).is_none();
        if start > 0
            && (in_title(&t[start - 1]) || joins)
            && person_at(mentions, start - 1).is_none()
        {
            start -= 1;
        } else if start > 1 && t[start - 1].text == "." && is_office(&t[start - 2]) {
            // "Lt. Gov. Rosa Delgado": an abbreviated office with its stop.
            start -= 2;
        } else {
            break;
        }
    }
    while start < office_at && matches!(t[start].lower().as_ref(), "of" | "the") {
        start += 1;
    }
    // A possessive opens a title only as its first word ("Peru's Trade Minister").
    if let Some(p) = (start..office_at).rev().find(|i| t[*i].is_possessive()) {
        start = p;
    }
    start
}

/// Whether token `k` goes on a body's name between two capitalised words:
/// "Council for Thrift", "Riveters Local 412 President", "Smith and Wesson".
fn joins_a_name(t: &[Token], k: usize) -> bool {
    let joining = matches!(t[k].lower().as_ref(), "for" | "and")
        || t[k].text.chars().all(|c| c.is_ascii_digit());
    joining
        && k > 0
        && t[k - 1].is_capitalised()
        && t.get(k + 1).is_some_and(|w| w.is_capitalised())
}

/// "Mayor Goran Ilic of Banja Luka": the office's place after the name, and
/// where it ends.
fn place_after_name<'a>(text: &'a str, t: &[Token], m: &PersonMention) -> Option<(&'a str, usize)> {
    if t.get(m.last + 1).is_none_or(|w| w.text != "of") {
        return None;
    }
    let place = t.get(m.last + 2).filter(|w| w.is_capitalised())?;
    let mut last = m.last + 2;
    while t
        .get(last + 1)
        .is_some_and(|w| w.is_capitalised() && w.start == t[last].end + 1)
    {
        last += 1;
    }
    Some((&text[place.start..t[last].end], t[last].end))
}

fn singular_as_written(word: &str, plural: bool) -> &str {
    if plural {
        word.strip_suffix('s').unwrap_or(word)
    } else {
        word
    }
}

/// "Rustam Umarov, a senior Ukrainian official", "Kyrylo Budanov, head of the
/// agency", "Jared Kushner, son-in-law of Donald Trump".
fn after_comma(
    text: &str,
    s: &Sentence,
    mentions: &[PersonMention],
    m: &PersonMention,
    names: &Names,
    out: &mut Vec<Candidate>,
) {
    let t = &s.tokens;
    if !t.get(m.last + 1).is_some_and(|c| c.is(",")) {
        return;
    }
    let mut start = m.last + 2;
    if t.get(start)
        .is_some_and(|w| matches!(w.lower().as_ref(), "a" | "an" | "the" | "another"))
    {
        start += 1;
    }
    let Some(first) = t.get(start) else { return };
    if !(in_title(first) || is_kin(first) || first.is_possessive()) || first.lower() == "who" {
        return;
    }
    // The apposition ends at punctuation, or where a clause about it opens
    // ("a defense lawyer whose client ...").
    let mut end = start;
    while end + 1 < t.len()
        && !t[end + 1].kind.eq(&super::text::Kind::Punct)
        && !matches!(
            t[end + 1].lower().as_ref(),
            "who" | "whose" | "which" | "that"
        )
        && end - start < 12
    {
        end += 1;
    }
    let phrase = &t[start..=end];
    // "Donald Trump, Special Envoy Wittkopf, and ...": a list, not an
    // appositive; but "a former aide to Piet Kors" names whom the post serves,
    // and "Lena Okafor, Harbour Flood Relief Agency spokeswoman," ends in an
    // office, after words the names took for a person's.
    let listed = |o: &PersonMention| {
        let served = o.first > start && matches!(t[o.first - 1].lower().as_ref(), "to" | "for");
        let in_a_body = o.last < end && is_office(&t[end]);
        o.name != m.name && !t[o.last].is_possessive() && !served && !in_a_body
    };
    if (start..=end).any(|k| person_at(mentions, k).is_some_and(listed))
        && !phrase.iter().any(is_kin)
    {
        return;
    }
    describe(
        text,
        s,
        mentions,
        m,
        phrase,
        (t[m.first].start, t[end].end),
        names,
        "name-comma-title",
        out,
    );
}

/// "The head of Kyiv's delegation, Rustem Umerov", "Trump's son-in-law, Jared Kushner".
fn before_comma(
    text: &str,
    s: &Sentence,
    mentions: &[PersonMention],
    m: &PersonMention,
    names: &Names,
    out: &mut Vec<Candidate>,
) {
    let t = &s.tokens;
    if m.first < 2 || !t[m.first - 1].is(",") {
        return;
    }
    const BOUNDARY: &[&str] = &[
        "and", "or", "but", "said", "says", "that", "while", "when", "as", "with", "by", "to",
        "from", "after", "before", "because",
    ];
    let end = m.first - 2;
    let mut start = end;
    while start > 0
        && t[start - 1].is_word()
        && !BOUNDARY.contains(&t[start - 1].lower().as_ref())
        && end - start < 10
        && (person_at(mentions, start - 1).is_none() || t[start - 1].is_possessive())
    {
        start -= 1;
    }
    // "Tom Brace, the Welsh secretary, Mary Stone, ...": the phrase between
    // two names' commas is the first one's.
    let anothers = start >= 2 && t[start - 1].is(",") && person_at(mentions, start - 2).is_some();
    if anothers {
        return;
    }
    while start < end && matches!(t[start].lower().as_ref(), "a" | "an" | "the") {
        start += 1;
    }
    let phrase = &t[start..=end];
    describe(
        text,
        s,
        mentions,
        m,
        phrase,
        (t[start].start, t[m.last].end),
        names,
        "title-comma-name",
        out,
    );
}

/// A title or kinship phrase beside a name becomes a `title`, `head` or
/// `relative` claim.
#[allow(clippy::too_many_arguments)]
fn describe(
    text: &str,
    s: &Sentence,
    mentions: &[PersonMention],
    m: &PersonMention,
    phrase: &[Token],
    quote: (usize, usize),
    names: &Names,
    rule: &'static str,
    out: &mut Vec<Candidate>,
) {
    let words = &text[phrase[0].start..phrase[phrase.len() - 1].end];
    if let Some(kin) = phrase.iter().position(is_kin) {
        // "son-in-law of former US President Donald Trump", "Trump's son-in-law".
        let other = mentions
            .iter()
            .find(|o| {
                o.name != m.name
                    && o.first
                        >= s.tokens
                            .iter()
                            .position(|t| t.start == phrase[0].start)
                            .unwrap_or(0)
                    && s.tokens[o.last].end <= phrase[phrase.len() - 1].end
            })
            .map(|o| o.name.clone())
            .or_else(|| {
                phrase
                    .iter()
                    .find(|t| t.is_possessive())
                    .and_then(|t| names.full_name_of(t.text))
            });
        if let Some(other) = other {
            let object = format!("{} of {other}", phrase[kin].lower());
            out.push(Candidate::new(&m.name, "relative", &object, quote, rule));
        }
        return;
    }
    // The title's own words come before "of", "for", "to" or "in"; what
    // follows names a body, whom the post serves ("a former aide to Piet
    // Kors") or where ("the district health officer in the nearby town").
    let head_end = phrase
        .iter()
        .position(|w| matches!(w.text, "of" | "for" | "to" | "in"))
        .unwrap_or(phrase.len());
    let own = &phrase[..head_end];
    // "the co-founder and former CEO of ...": two offices joined.
    let joins = |w: &Token| w.text == "and";
    if !own.iter().any(is_office)
        || own
            .iter()
            .any(|w| !in_title(w) && !w.is_possessive() && !joins(w))
    {
        return;
    }
    out.push(Candidate::new(
        &m.name,
        predicate::TITLE,
        words,
        quote,
        rule,
    ));
    // "head of the civil protection agency": the agency's head.
    // A former head heads it no longer: "former head of the agency".
    if let Some(h) = phrase
        .iter()
        .position(|w| HEAD_WORDS.contains(&w.lower().as_ref()))
        && phrase.get(h + 1).is_some_and(|w| w.text == "of")
        && !phrase[..h]
            .iter()
            .any(|w| matches!(w.lower().as_ref(), "former" | "ex"))
    {
        let mut org = h + 2;
        if phrase.get(org).is_some_and(|w| w.lower() == "the") {
            org += 1;
        }
        if let Some(first) = phrase.get(org) {
            let body = &text[first.start..phrase[phrase.len() - 1].end];
            out.push(Candidate::new(body, predicate::HEAD, &m.name, quote, rule));
        }
    }
}

/// "Anna Lis became director of the Port of Gdansk".
fn name_is_title(text: &str, s: &Sentence, m: &PersonMention, out: &mut Vec<Candidate>) {
    let t = &s.tokens;
    let mut i = m.last + 1;
    let verb = t.get(i).map(|w| w.lower()).unwrap_or_default();
    match verb.as_ref() {
        "is" | "was" | "became" | "becomes" | "remains" => i += 1,
        "serves" | "served" if t.get(i + 1).is_some_and(|w| w.text == "as") => i += 2,
        _ => return,
    }
    if t.get(i)
        .is_some_and(|w| matches!(w.lower().as_ref(), "a" | "an" | "the"))
    {
        i += 1;
    }
    let start = i;
    while t.get(i).is_some_and(|w| {
        in_title(w) || (w.lower() == "the" && t.get(i + 1).is_some_and(|n| n.is_capitalised()))
    }) {
        i += 1;
    }
    if i == start
        || !t[start..i].iter().any(is_office)
        || !is_office(&t[start])
            && !TITLE_MODIFIERS.contains(t[start].lower().as_ref())
            && !t[start].is_capitalised()
    {
        return;
    }
    let phrase = &t[start..i];
    let quote = (t[m.first].start, t[i - 1].end);
    out.push(Candidate::new(
        &m.name,
        predicate::TITLE,
        &text[phrase[0].start..phrase[phrase.len() - 1].end],
        quote,
        "name-is-title",
    ));
    if HEAD_WORDS.contains(&phrase[0].lower().as_ref())
        && phrase.get(1).is_some_and(|w| w.text == "of")
    {
        let org = if phrase.get(2).is_some_and(|w| w.lower() == "the") {
            3
        } else {
            2
        };
        if let Some(first) = phrase.get(org) {
            out.push(Candidate::new(
                &text[first.start..phrase[phrase.len() - 1].end],
                predicate::HEAD,
                &m.name,
                quote,
                "name-is-title",
            ));
        }
    }
}

/// "Quispe, who led the Andean delegation" and "The committee is chaired by Mira Petrovic".
fn led_by(text: &str, s: &Sentence, m: &PersonMention, out: &mut Vec<Candidate>) {
    const LEADS: &[&str] = &[
        "leads", "led", "heads", "headed", "chairs", "chaired", "runs", "ran",
    ];
    let t = &s.tokens;
    // "NAME, who leads ORG", "NAME has led the ORG", "NAME heads the ORG".
    let who_leads = t.get(m.last + 1).is_some_and(|w| w.is(","))
        && t.get(m.last + 2).is_some_and(|w| w.lower() == "who");
    let verb_at = if who_leads {
        m.last + 3
    } else if t
        .get(m.last + 1)
        .is_some_and(|w| matches!(w.lower().as_ref(), "has" | "had"))
    {
        m.last + 2
    } else {
        m.last + 1
    };
    // Without "who", only a body named in capitals after "the" ("has led
    // the Harbour Party"): "Smith led the team to victory" and "Hale led
    // Democrats in the polls" name no body.
    let body_named = who_leads
        || (t.get(verb_at + 1).is_some_and(|w| w.lower() == "the")
            && t.get(verb_at + 2).is_some_and(|w| w.is_capitalised()));
    if body_named
        && t.get(verb_at)
            .is_some_and(|w| LEADS.contains(&w.lower().as_ref()))
    {
        let mut start = verb_at + 1;
        if t.get(start).is_some_and(|w| w.lower() == "the") {
            start += 1;
        }
        let mut end = start;
        const STOP: &[&str] = &[
            "through", "during", "in", "for", "until", "since", "after", "before", "at", "on",
            "to", "and", "who", "which", "that",
        ];
        while t
            .get(end + 1)
            .is_some_and(|w| w.is_word() && !STOP.contains(&w.lower().as_ref()))
            && end - start < 6
        {
            end += 1;
        }
        // The body opens with a word, not a preposition ("ran for Senate",
        // "heads to Paris"), and, unless "who" leads to it, a capital.
        let opens = t.get(start).is_some_and(|w| {
            w.is_word() && !STOP.contains(&w.lower().as_ref()) && (who_leads || w.is_capitalised())
        });
        if !opens {
            return;
        }
        // "who led the negotiations": a role in an undertaking, which is no
        // body with a head.
        let undertaking = ACTIVITIES.contains(&t[end].lower().as_ref());
        if undertaking {
            out.push(Candidate::new(
                &m.name,
                predicate::TITLE,
                &format!("head of the {}", &text[t[start].start..t[end].end]),
                (t[m.first].start, t[end].end),
                "who-leads",
            ));
        } else {
            out.push(Candidate::new(
                &text[t[start].start..t[end].end],
                predicate::HEAD,
                &m.name,
                (t[m.first].start, t[end].end),
                "who-leads",
            ));
        }
    }
    // ORG is chaired by NAME
    if m.first >= 3
        && t[m.first - 1].lower() == "by"
        && LEADS.contains(&t[m.first - 2].lower().as_ref())
    {
        let mut end = m.first - 3;
        if matches!(
            t[end].lower().as_ref(),
            "is" | "was" | "are" | "were" | "been"
        ) {
            if end == 0 {
                return;
            }
            end -= 1;
        }
        let mut start = end;
        while start > 0 && t[start - 1].is_word() && end - start < 6 {
            start -= 1;
        }
        while start < end && matches!(t[start].lower().as_ref(), "the" | "a" | "an") {
            start += 1;
        }
        out.push(Candidate::new(
            &text[t[start].start..t[end].end],
            predicate::HEAD,
            &m.name,
            (t[start].start, t[m.last].end),
            "led-by",
        ));
    }
}

/// "Ada Voss's Harbour Party", "Ada Voss's anti-tax Harbour First party": the
/// party a person's full name owns, which she leads. A party's name is
/// capitalised and ends in "party"; up to two lower-case words before it
/// describe it.
fn party_of(text: &str, s: &Sentence, m: &PersonMention, out: &mut Vec<Candidate>) {
    /// Lower-case tokens at most between the name and the party's ("anti -
    /// tax").
    const DESCRIBED: usize = 4;
    /// Words at most of a party's name.
    const LONGEST: usize = 4;
    let t = &s.tokens;
    if m.first == m.last || !t[m.last].is_possessive() {
        return;
    }
    let mut start = m.last + 1;
    while t
        .get(start)
        .is_some_and(|w| !w.is_capitalised() && (w.is_word() || w.text == "-"))
        && start - m.last <= DESCRIBED
    {
        start += 1;
    }
    let mut end = start;
    while t
        .get(end)
        .is_some_and(|w| w.is_capitalised() && w.is_word())
        && end - start < LONGEST
    {
        if t[end].lower() == "party" {
            break;
        }
        end += 1;
    }
    let names_a_party = end > start
        && t.get(end).is_some_and(|w| w.lower() == "party")
        && t[start..end].iter().all(|w| !w.is_possessive());
    if names_a_party {
        out.push(Candidate::new(
            &text[t[start].start..t[end].end],
            predicate::HEAD,
            &m.name,
            (t[m.first].start, t[end].end),
            "party-of",
        ));
    }
}

/// "Umerov, who is currently in the United States", "told reporters in Astana",
/// "said from Warsaw".
fn located(s: &Sentence, m: &PersonMention, names: &Names, out: &mut Vec<Candidate>) {
    let t = &s.tokens;
    let mut i = m.last + 1;
    let who_is = t.get(i).is_some_and(|w| w.is(","))
        && t.get(i + 1).is_some_and(|w| w.lower() == "who")
        && t.get(i + 2)
            .is_some_and(|w| matches!(w.lower().as_ref(), "is" | "was"));
    let is = t
        .get(i)
        .is_some_and(|w| matches!(w.lower().as_ref(), "is" | "was"));
    if who_is {
        i += 3;
    } else if is {
        i += 1;
    } else if t
        .get(i)
        .is_some_and(|w| SPEAKING.contains(&w.lower().as_ref()))
    {
        i += 1;
        // "told reporters in", "spoke to reporters in"
        let mut skipped = 0;
        while skipped < 2
            && t.get(i)
                .is_some_and(|w| w.is_word() && !super::names::LOCATIVES.contains(&w.text))
        {
            i += 1;
            skipped += 1;
        }
    } else {
        return;
    }
    if t.get(i).is_some_and(|w| {
        matches!(
            w.lower().as_ref(),
            "currently" | "now" | "still" | "already"
        )
    }) {
        i += 1;
    }
    if !t
        .get(i)
        .is_some_and(|w| matches!(w.text, "in" | "at" | "from"))
    {
        return;
    }
    if let Some(place) = names.place_at(s, i) {
        let end = t[place.first..=place.last]
            .iter()
            .take_while(|w| !w.is(","))
            .last()
            .map_or(t[place.last].end, |w| w.end);
        out.push(Candidate::new(
            &m.name,
            predicate::LOCATION,
            &place.name,
            (t[m.first].start, end.max(t[place.first].end)),
            "located",
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn found(text: &str) -> Vec<(String, &'static str, String)> {
        extract_text(text, 0, None)
            .claims
            .into_iter()
            .map(|c| (c.subject, c.predicate, c.object))
            .collect()
    }

    fn has(
        found: &[(String, &'static str, String)],
        subject: &str,
        predicate: &str,
        object: &str,
    ) -> bool {
        found
            .iter()
            .any(|(s, p, o)| s == subject && *p == predicate && o == object)
    }

    /// Titles as newsrooms write them, each shape with its example.
    #[test]
    fn titles_in_lower_case_of_a_place_and_of_a_body() {
        let titles = |text: &str| -> Vec<(String, String)> {
            found(text)
                .into_iter()
                .filter(|(_, p, _)| *p == "title")
                .map(|(s, _, o)| (s, o))
                .collect()
        };
        let pair = |s: &str, o: &str| (s.to_string(), o.to_string());
        // Lower-case titles and occupations before a name.
        assert_eq!(
            titles("Her defence lawyer Ruth Solent said she would appeal."),
            [pair("Ruth Solent", "defence lawyer")]
        );
        assert_eq!(
            titles("The port's chief prosecutor Ruth Amsel opened an inquiry."),
            [pair("Ruth Amsel", "port's chief prosecutor")]
        );
        assert_eq!(
            titles("Her co-pilot Lena Brandt was unhurt."),
            [pair("Lena Brandt", "co-pilot")]
        );
        assert_eq!(
            titles("The shadow finance minister Lara Quill criticised the plan."),
            [pair("Lara Quill", "shadow finance minister")]
        );
        // The office's place is no part of the name.
        assert_eq!(
            titles("Mayor of Leeds Ann Hale welcomed the decision."),
            [pair("Ann Hale", "Mayor of Leeds")]
        );
        assert_eq!(
            titles("President of Estonia Kaja Tamm arrived on Monday."),
            [pair("Kaja Tamm", "President of Estonia")]
        );
        // A body's name before a lower-case word for a body is no person.
        let f =
            found("Andrea Bellin, head of the Civil Defence service, said rescuers were working.");
        assert!(
            has(
                &f,
                "Andrea Bellin",
                "title",
                "head of the Civil Defence service"
            ),
            "{f:?}"
        );
        assert!(!f.iter().any(|(s, _, _)| s == "Civil Defence"), "{f:?}");
        // An initial stands in a name; a rank is a title, not a name's word.
        assert_eq!(
            titles("US District Judge Nora E. Fisk handed down the sentence."),
            [pair("Nora E. Fisk", "US District Judge")]
        );
        assert_eq!(
            titles("Colonel Teo Arvas said the search would go on."),
            [pair("Teo Arvas", "Colonel")]
        );
        // Abbreviated offices, and a lieutenant governor is no governor.
        assert_eq!(
            titles("Gov. Russ Pike and Lt. Gov. Rosa Delgado spoke."),
            [pair("Russ Pike", "Gov."), pair("Rosa Delgado", "Lt. Gov.")]
        );
        // A body of several words, or a "to", between the office and the name.
        assert_eq!(
            titles("The leader of the House of Commons Mary Stone spoke first."),
            [pair("Mary Stone", "leader of the House of Commons")]
        );
        assert_eq!(
            titles("The parliamentary secretary to the Treasury Owen Pryce lost."),
            [pair(
                "Owen Pryce",
                "parliamentary secretary to the Treasury"
            )]
        );
        // Initials written together between two names.
        assert_eq!(
            titles("Scottish secretary Alan JR Moore lost his seat."),
            [pair("Alan JR Moore", "Scottish secretary")]
        );
        // An apposition ending in an office, after a body's name the names
        // took words of for a person's; an occupation before a name.
        assert_eq!(
            titles(
                "Lena Okafor, Harbour Flood Control and Relief Agency spokeswoman, said 12 had died. \
                 Rescuers found amateur rugby player Tomas Wirth under the rubble."
            ),
            [
                pair(
                    "Lena Okafor",
                    "Harbour Flood Control and Relief Agency spokeswoman"
                ),
                pair("Tomas Wirth", "player"),
            ]
        );
        // "X, a former aide to Y": whom the post serves.
        assert_eq!(
            titles("Rosa Lind, a former aide to Piet Kors, testified."),
            [pair("Rosa Lind", "former aide to Piet Kors")]
        );
        // A body's leader before the name heads it; a chamber's leader and a
        // country's president head no body here.
        let f = found("Harbour Party leader Tomas Heller and Commons leader Mary Stone spoke.");
        assert!(has(&f, "Harbour Party", "head", "Tomas Heller"), "{f:?}");
        assert!(
            !f.iter().any(|(s, p, _)| *p == "head" && s == "Commons"),
            "{f:?}"
        );
        let f = found("US President Dan Rourke spoke.");
        assert!(!f.iter().any(|(_, p, _)| *p == "head"), "{f:?}");
        // A body's name goes on past "for", "and" and a number between
        // capitals; an organisation's president heads it.
        let f = found(
            "The ruling is a warning, Harbour Council for Thrift CEO Maren Oduya said. \
             Later, Harbour Machinists District 9 President Ivo Marr said talks would go on.",
        );
        assert!(
            has(&f, "Harbour Council for Thrift", "head", "Maren Oduya"),
            "{f:?}"
        );
        assert!(
            has(&f, "Harbour Machinists District 9", "head", "Ivo Marr"),
            "{f:?}"
        );
        // The party a person's full name owns is the party she leads; a
        // party conference or a bare surname's party says nothing.
        let f = found(
            "The vote was a blow to Ada Voss's Harbour Party. \
             Gains went to Piet Kors's anti-tax Free Coast party. \
             Smith's Labour Party colleagues were angry, and Ada Voss's party conference was cancelled.",
        );
        let heads: Vec<(&str, &str)> = f
            .iter()
            .filter(|(_, p, _)| *p == "head")
            .map(|(s, _, o)| (s.as_str(), o.as_str()))
            .collect();
        assert_eq!(
            heads,
            [
                ("Harbour Party", "Ada Voss"),
                ("Free Coast party", "Piet Kors")
            ]
        );
        // A plural office before two names gives each the office.
        assert_eq!(
            titles("Ministers Ana Veld and Piet Kors met the envoy."),
            [pair("Piet Kors", "Minister"), pair("Ana Veld", "Minister")]
        );
        assert_eq!(
            titles("Bell's campaign manager, Dana Whitman, said so."),
            [pair("Dana Whitman", "Bell's campaign manager")]
        );
        // "NAME has led the BODY": its head, when the body is named.
        let f = found("Ada Voss has led the Harbour Party since 2020.");
        assert!(has(&f, "Harbour Party", "head", "Ada Voss"), "{f:?}");
        for text in [
            "Dana Voss led the team to victory.",
            "Ann Hale led Democrats in the polls.",
        ] {
            let f = found(text);
            assert!(!f.iter().any(|(_, p, _)| *p == "head"), "{text}: {f:?}");
        }
        // Leading an undertaking is a role, not heading a body.
        let f = found("Ines Varga, who led the negotiations for the union, said no.");
        assert!(
            has(&f, "Ines Varga", "title", "head of the negotiations"),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, p, _)| *p == "head"), "{f:?}");
        // Appositions: after "another", up to a clause about the title, two
        // offices joined, a place after "in", a name ending in an initial;
        // a former CEO heads nothing.
        assert_eq!(
            titles("The search was over, said Tomas Reyes, another senior police official."),
            [pair("Tomas Reyes", "senior police official")]
        );
        assert_eq!(
            titles("Jana Wells, a defence lawyer whose client Ode Brant was fined, spoke."),
            [pair("Jana Wells", "defence lawyer")]
        );
        let f =
            found("Tom Arlen, the co-founder and former CEO of the lender Coinvale, was jailed.");
        assert!(
            has(
                &f,
                "Tom Arlen",
                "title",
                "co-founder and former CEO of the lender Coinvale"
            ),
            "{f:?}"
        );
        assert!(!f.iter().any(|(_, p, _)| *p == "head"), "{f:?}");
        assert_eq!(
            titles(
                "Mira T., the district health officer in the town of Pallor, said 12 were hurt."
            ),
            [pair(
                "Mira T.",
                "district health officer in the town of Pallor"
            )]
        );
        // "A, title1, B, title2, and C": B does not take A's title.
        assert_eq!(
            titles(
                "Tom Brace, the Welsh secretary, Mary Stone, the Commons leader, and Ravi Dass attended."
            ),
            [
                pair("Tom Brace", "Welsh secretary"),
                pair("Mary Stone", "Commons leader")
            ]
        );
    }

    /// What a review of the shapes above found them doing wrong, kept right.
    #[test]
    fn shapes_that_must_not_misfire() {
        // A paragraph cut off after "who leads the" is no crash.
        let _ = found("Of all the people in this long line of words Ann Hale, who leads the");
        // A surname that is also a word of a job stays a name.
        let f = found("Ravi Sen, a senator, said the bill would pass.");
        assert!(has(&f, "Ravi Sen", "title", "senator"), "{f:?}");
        // A company's initials before its CEO are no part of the CEO's name.
        let f = found("Vantor CEO Dana Reyes, a senator, spoke.");
        assert!(has(&f, "Dana Reyes", "title", "Vantor CEO"), "{f:?}");
        // Running for office, heading somewhere, a rank of an office: no body.
        for text in [
            "Ann Hale ran for Senate in 2020.",
            "Ann Hale heads to Paris on Monday.",
            "Supreme Leader Ali Karimi spoke.",
        ] {
            let f = found(text);
            assert!(!f.iter().any(|(_, p, _)| *p == "head"), "{text}: {f:?}");
        }
        // A lower-case office before "of" may name a person, not a place.
        let f = found("The lawyer of Mary Ann Hale said she would appeal.");
        assert!(!f.iter().any(|(s, _, _)| s == "Ann Hale"), "{f:?}");
    }

    #[test]
    fn titles_before_names() {
        let f = found(
            "U.S. Secretary of State Marco Rubio spoke. Later, informal adviser Jared Kushner and Mayor Goran Ilic of Banja Luka arrived.",
        );
        assert!(
            has(&f, "Marco Rubio", "title", "U.S. Secretary of State"),
            "{f:?}"
        );
        assert!(
            has(&f, "Jared Kushner", "title", "informal adviser"),
            "{f:?}"
        );
        assert!(
            has(&f, "Goran Ilic", "title", "Mayor of Banja Luka"),
            "{f:?}"
        );
    }

    #[test]
    fn a_plural_title_covers_both_names() {
        let f = found("They met US envoys Anna Berg and Tomas Lind on Monday.");
        assert!(has(&f, "Anna Berg", "title", "US envoy"), "{f:?}");
        assert!(has(&f, "Tomas Lind", "title", "US envoy"), "{f:?}");
    }

    #[test]
    fn titles_beside_names_and_heads_of_bodies() {
        let f = found(
            "Mira Petrovic, the head of the civil protection agency, spoke. The chief negotiator for the Nordic side, Ingrid Halvorsen, agreed.",
        );
        assert!(
            has(
                &f,
                "Mira Petrovic",
                "title",
                "head of the civil protection agency"
            ),
            "{f:?}"
        );
        assert!(
            has(&f, "civil protection agency", "head", "Mira Petrovic"),
            "{f:?}"
        );
        assert!(
            has(
                &f,
                "Ingrid Halvorsen",
                "title",
                "chief negotiator for the Nordic side"
            ),
            "{f:?}"
        );
    }

    #[test]
    fn kinship_is_a_relative_not_a_title() {
        let f = found("President Donald Trump spoke. Trump's son-in-law, Jared Kushner, listened.");
        assert!(
            has(
                &f,
                "Jared Kushner",
                "relative",
                "son-in-law of Donald Trump"
            ),
            "{f:?}"
        );
        assert!(
            !f.iter()
                .any(|(s, p, _)| s == "Jared Kushner" && *p == "title"),
            "{f:?}"
        );
    }

    #[test]
    fn where_people_are() {
        let f = found(
            "Minister Anna Berg arrived. Berg, who is currently in the United States, said little. Tomas Lind told reporters in Astana he agreed.",
        );
        assert!(has(&f, "Anna Berg", "location", "United States"), "{f:?}");
        assert!(has(&f, "Tomas Lind", "location", "Astana"), "{f:?}");
    }

    #[test]
    fn who_leads_and_led_by() {
        let f = found(
            "Luis Quispe spoke. Quispe, who led the Andean delegation, left. The committee is chaired by Mira Petrovic.",
        );
        assert!(has(&f, "Andean delegation", "head", "Luis Quispe"), "{f:?}");
        assert!(has(&f, "committee", "head", "Mira Petrovic"), "{f:?}");
    }

    #[test]
    fn became_director_of() {
        let f = found("Anna Lis became director of the Port of Gdansk this month.");
        assert!(
            has(&f, "Anna Lis", "title", "director of the Port of Gdansk"),
            "{f:?}"
        );
        assert!(has(&f, "Port of Gdansk", "head", "Anna Lis"), "{f:?}");
    }
}
