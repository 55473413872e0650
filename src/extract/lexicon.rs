//! The words extraction knows: general news English, no names. Every list here is
//! about how reports are written, never about one story.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

/// A word list asked about for every capitalised word of every article: looked
/// up in a set, built the first time it is asked, rather than word by word.
pub struct WordSet {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<&'static str>>,
}

impl WordSet {
    pub const fn new(words: &'static [&'static str]) -> WordSet {
        WordSet {
            words,
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().copied().collect())
            .contains(word)
    }
}

/// Capitalised words that start sentences or headlines without being names.
pub static NOT_NAMES: WordSet = WordSet::new(&[
    "the",
    "a",
    "an",
    "this",
    "these",
    "that",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "in",
    "on",
    "at",
    "for",
    "with",
    "but",
    "and",
    "or",
    "as",
    "after",
    "before",
    "despite",
    "meanwhile",
    "however",
    "while",
    "when",
    "where",
    "if",
    "although",
    "since",
    "last",
    "next",
    "by",
    "from",
    "to",
    "of",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "there",
    "here",
    "according",
    "during",
    "under",
    "over",
    "about",
    "some",
    "more",
    "most",
    "many",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "yes",
    "other",
    "such",
    "through",
    "into",
    "until",
    "yet",
    "so",
    "then",
    "now",
    "also",
    "even",
    "still",
    "only",
    "new",
    "former",
    "critics",
    "officials",
    "residents",
]);

pub use crate::english::calendar::is_calendar_word;

/// Last words of the names of organisations, places and events, which make a
/// capitalised run something other than a person.
pub static NOT_PERSON_ENDINGS: WordSet = WordSet::new(&[
    "forum",
    "club",
    "summit",
    "conference",
    "house",
    "office",
    "ministry",
    "council",
    "committee",
    "union",
    "agency",
    "authority",
    "bank",
    "party",
    "beach",
    "city",
    "county",
    "street",
    "square",
    "palace",
    "university",
    "institute",
    "community",
    "commission",
    "parliament",
    "assembly",
    "court",
    "army",
    "navy",
    "forces",
    "command",
    "directorate",
    "brigade",
    "regiment",
    "force",
    "corporation",
    "company",
    "group",
    "airport",
    "port",
    "bay",
    "river",
    "valley",
    "islands",
    "states",
    "republic",
    "kingdom",
    "emirates",
    "cross",
    "nations",
    "organization",
    "organisation",
    "association",
    "federation",
    "center",
    "centre",
    "hotel",
    "hospital",
    "station",
    "fund",
    "times",
    "post",
    "daily",
    "herald",
    "tribune",
    "ledger",
    "wire",
    "news",
    "region",
    "province",
    "district",
    "sea",
    "ocean",
    "mountains",
    "field",
    "guard",
    "police",
    "service",
    "department",
    "government",
    "agreement",
    "treaty",
    "talks",
    "war",
    "league",
    "media",
    "app",
    "framework",
    "plan",
    "initiative",
]);

/// First words of event names that say nothing of where the event is
/// ("World Economic Forum"), unlike "Munich Security Conference".
pub const GENERIC_EVENT_WORDS: &[&str] = &[
    "world",
    "international",
    "global",
    "economic",
    "annual",
    "national",
    "regional",
    "security",
    "peace",
    "climate",
    "energy",
    "trade",
    "youth",
    "leaders",
    "g7",
    "g20",
    "nato",
    "un",
    "eu",
    "emergency",
    "special",
    "extraordinary",
    "joint",
    "bilateral",
    "first",
    "second",
    "third",
];

/// Names of recurring events whose first word is where they are held.
pub const EVENT_NAME_ENDINGS: &[&str] = &[
    "forum",
    "summit",
    "conference",
    "talks",
    "meeting",
    "dialogue",
    "games",
];

/// Lowercase words that may stand inside a title before a name: "informal adviser",
/// "delegation head", "chief negotiator".
pub static TITLE_MODIFIERS: WordSet = WordSet::new(&[
    "former",
    "special",
    "senior",
    "deputy",
    "acting",
    "interim",
    "informal",
    "unofficial",
    "top",
    "lead",
    "chief",
    "delegation",
    "foreign",
    "defence",
    "defense",
    "finance",
    "trade",
    "interior",
    "security",
    "energy",
    "health",
    "justice",
    "economy",
    "economic",
    "state",
    "army",
    "union",
    "port",
    "party",
    "presidential",
    "vice",
    "assistant",
    "executive",
    "national",
    "regional",
    "opposition",
    "campaign",
    "press",
    "police",
    "military",
    "intelligence",
    "environment",
    "agriculture",
    "education",
    "labour",
    "labor",
    "transport",
    "culture",
    "communications",
    "government",
    "cabinet",
    "peace",
    "climate",
    "negotiating",
    "shadow",
    "political",
    "district",
    "humanitarian",
    "medical",
    "parliamentary",
]);

/// Offices that mean leading an organisation: "head of the agency" names its head.
pub const HEAD_WORDS: &[&str] = &[
    "head",
    "chief",
    "director",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "leader",
    "ceo",
];

/// Whether an office before a name leads the body named before it: a
/// [`HEAD_WORDS`] office ("Harbour Party leader Tomas Heller"), or a
/// president ("Riveters Local 412 President Ana Brook"), whose body is an
/// organisation there, as a country's president names no body.
pub fn leads_the_body_before(office: &str) -> bool {
    HEAD_WORDS.contains(&office) || office == "president"
}

/// Words that may follow those counted as on strike: "About 10,000 union
/// members walked out", "drivers and mechanics".
pub const STRIKING: &[&str] = &[
    "and", "walk", "walked", "out", "striking", "struck", "went", "stayed",
];

/// Verbs before a workforce that count it whole, struck or not: "which
/// employs 16,000 workers".
pub const EMPLOYING: &[&str] = &[
    "employs",
    "employ",
    "employed",
    "employing",
    "has",
    "have",
    "represents",
    "represent",
];

/// Chambers whose leader holds a post in them and leads no body: the
/// "Senate leader".
pub const CHAMBERS: &[&str] = &[
    "commons",
    "lords",
    "house",
    "senate",
    "assembly",
    "parliament",
];

/// Words before a leading office that name no body it leads: "former
/// leader", "acting chairman", "top official".
pub const HOLDS_NO_BODY: &[&str] = &["former", "acting", "interim", "special", "top"];

/// Words that make a figure the whole country's: "Nationally, the rains have
/// killed 43 people", "52 people nationwide".
pub const NATIONWIDE_WORDS: &[&str] = &[
    "nationwide",
    "nationally",
    "countrywide",
    "across the country",
    "throughout the country",
    "across the nation",
    "throughout the nation",
];

/// Undertakings a person leads without heading a body: "who led the
/// negotiations".
pub const ACTIVITIES: &[&str] = &[
    "negotiations",
    "talks",
    "effort",
    "efforts",
    "campaign",
    "investigation",
    "inquiry",
    "probe",
    "operation",
    "operations",
    "search",
];

/// Kinship, for `relative` claims: "Trump's son-in-law".
pub const KINSHIP: &[&str] = &[
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "father",
    "mother",
    "son-in-law",
    "daughter-in-law",
    "father-in-law",
    "mother-in-law",
    "brother-in-law",
    "sister-in-law",
    "cousin",
    "nephew",
    "niece",
    "uncle",
    "aunt",
    "grandson",
    "granddaughter",
    "spouse",
    "partner",
];

/// Words that make a sentence about a meeting.
pub const MEETING_WORDS: &[&str] = &[
    "meeting",
    "meetings",
    "met",
    "meet",
    "meets",
    "talks",
    "negotiations",
    "discussions",
    "consultations",
    "summit",
    "session",
    "conference",
    "forum",
    "ceremony",
    "signing",
];

/// Verbs that put their subject somewhere: "said from Warsaw", "told reporters in Astana".
pub const SPEAKING: &[&str] = &[
    "said",
    "says",
    "spoke",
    "told",
    "speaking",
    "announced",
    "added",
];

/// Verbs that put a figure in someone's mouth: "police said", "according
/// to", "the ministry estimated".
pub const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "reported",
    "estimated",
    "estimates",
    "confirmed",
    "announced",
    "stated",
    "put",
    "puts",
];

/// Bodies and people that give figures in the news, written in lower case:
/// "police said", "rescuers said", "according to officials".
pub const SOURCES: &[&str] = &[
    "police",
    "office",
    "institute",
    "centre",
    "center",
    "authority",
    "administration",
    "organisation",
    "organization",
    "society",
    "observatory",
    "survey",
    "coastguard",
    "department",
    "bureau",
    "committee",
    "commission",
    "service",
    "officials",
    "official",
    "authorities",
    "rescuers",
    "organisers",
    "organizers",
    "witnesses",
    "residents",
    "doctors",
    "hospital",
    "hospitals",
    "ministry",
    "agency",
    "guard",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "union",
    "company",
    "officers",
    "firefighters",
    "experts",
    "investigators",
    "prosecutors",
    "court",
    "council",
    "government",
    "army",
    "military",
    "militants",
    "activists",
    "monitors",
    "observers",
    "sources",
    "survivors",
    "paramedics",
    "coroner",
    "mayor",
    "governor",
    "minister",
];

/// Verbs in the near past or future that tell which Friday "on Friday" is.
pub const FUTURE_MARKERS: &[&str] = &[
    "will",
    "would",
    "shall",
    "may",
    "might",
    "set",
    "expected",
    "plans",
    "plan",
    "scheduled",
    "due",
    "upcoming",
    "'ll",
];
pub const PAST_MARKERS: &[&str] = &[
    "collapsed",
    "failed",
    "stalled",
    "resumed",
    "started",
    "met",
    "held",
    "was",
    "were",
    "had",
    "took",
    "lasted",
    "ended",
    "began",
    "signed",
    "agreed",
    "discussed",
    "visited",
    "concluded",
    "opened",
    "closed",
    "did",
    "happened",
    "occurred",
    "said",
];

/// Verbs of a figure that changes: "the toll has risen to 26", "rose from 17
/// to 23".
pub const RISE: &[&str] = &[
    "risen",
    "rose",
    "climbed",
    "reached",
    "stands",
    "stood",
    "increased",
    "fell",
    "dropped",
    "grown",
    "grew",
];

/// Units of time, for durations.
pub const TIME_UNITS: &[&str] = &[
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "year", "years",
];

/// Words that make a count a sum of money.
pub const CURRENCIES: &[&str] = &[
    "dollars", "euros", "pounds", "yen", "yuan", "rubles", "roubles", "francs", "hryvnias", "pesos",
];

/// Counts of people hurt, which matter even when small.
pub const CASUALTY_WORDS: &[&str] = &[
    "killed",
    "dead",
    "died",
    "injured",
    "wounded",
    "missing",
    "unaccounted",
    "hurt",
    "arrested",
    "detained",
];

/// What befell vehicles caught in a crash or a collapse, as the participle
/// after them ("12 vehicles were involved") and as the gerund before them
/// ("burying more than 14 vehicles").
pub const CAUGHT: &[&str] = &[
    "involved", "caught", "buried", "trapped", "crushed", "swept", "hurled", "plunged",
];

/// See [`CAUGHT`].
pub const CATCHING: &[&str] = &[
    "burying", "trapping", "crushing", "sweeping", "hurling", "plunging",
];

/// How badly someone is hurt, as an adjective before "injuries" or
/// "condition", and as the adverb before "injured".
pub const SEVERITIES: &[(&str, &str)] = &[
    ("critical", "critically"),
    ("serious", "seriously"),
    ("severe", "severely"),
    ("grave", "gravely"),
    ("minor", "slightly"),
];

/// Words set between commas inside a clause ("the police, however, said"),
/// which leave its parts joined.
pub const ASIDES: &[&str] = &[
    "however",
    "though",
    "too",
    "also",
    "meanwhile",
    "instead",
    "separately",
];

/// Verbs by which a party or a candidate takes votes, seats or a share.
pub const WINNING: &[&str] = &[
    "won", "win", "wins", "winning", "took", "taking", "secured", "securing", "got", "getting",
    "received", "polled", "gained", "gaining", "captured", "garnered",
];

pub use crate::english::PRONOUNS;

/// What a party, a candidate or a side holds as others hold their own: a count
/// of these is its holder's ("the Harbour Party won 24 seats"), and never meets another
/// holder's.
pub const HELD: &[&str] = &[
    "seats",
    "votes",
    "ballots",
    "delegates",
    "mandates",
    "councillors",
    "councilors",
    "lawmakers",
    "legislators",
    "deputies",
    "senators",
    "mps",
    "points",
    "goals",
    "runs",
    "wickets",
    "rebounds",
    "assists",
    "medals",
];

/// Ordinals, for "in its fourth day".
pub const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words that are agreements or issues whose state a report gives.
pub const AGREEMENT_WORDS: &[&str] = &[
    "agreement",
    "agreements",
    "deal",
    "pact",
    "accord",
    "treaty",
    "ceasefire",
    "truce",
    "plan",
    "documents",
    "text",
];

/// Past forms that do not end in "-ed": an event word in the past puts a bare
/// weekday in the week gone ("sank on Friday").
pub const IRREGULAR_PAST: &[&str] = &[
    "sank", "struck", "hit", "broke", "fell", "gave", "blew", "took", "began", "quit", "won",
    "lost", "came", "went", "made", "swept", "brought", "caught", "sworn",
];

/// Things that collapse, crash, sink or go down only in a figure of speech:
/// "shares collapsed", "prices went down", "talks collapsed", "the website
/// crashed".
pub const FIGURATIVE_SUBJECTS: &[&str] = &[
    "shares",
    "share",
    "stocks",
    "stock",
    "prices",
    "price",
    "markets",
    "market",
    "index",
    "currency",
    "sales",
    "profits",
    "profit",
    "ratings",
    "talks",
    "negotiations",
    "website",
    "site",
    "server",
    "servers",
    "system",
    "app",
    "economy",
    "bid",
    "plans",
    "plan",
    "coalition",
    "government",
    "confidence",
    "hopes",
];

/// Words before "strike" that make it an attack: "a drone strike".
pub const ARMED_STRIKES: &[&str] = &[
    "drone",
    "air",
    "missile",
    "rocket",
    "military",
    "artillery",
    "nuclear",
    "lightning",
];

/// Words of an election, which make a landslide one of votes ("a landslide
/// victory", "the Harbour Party won by a landslide").
pub const LANDSLIDE_OF_VOTES: &[&str] = &[
    "victory",
    "win",
    "won",
    "wins",
    "majority",
    "seats",
    "election",
    "elections",
    "vote",
    "votes",
    "voters",
    "poll",
    "polls",
    "ballot",
];

/// Verbs that tell when something happened, in a clause about it: "the
/// strike, which began on Sept. 4".
pub const HAPPENING: &[&str] = &[
    "began", "started", "occurred", "happened", "struck", "hit", "erupted", "ended",
];

/// Words that open a new clause: a date on the far side of one is not said of
/// an event word on this side ("Friday, hours after the branch announced…").
pub const CLAUSE_OPENERS: &[&str] = &[
    "that", "after", "before", "when", "while", "because", "until", "which", "who", "whereas",
];

/// Words that may stand between a figure and the noun phrase it belongs to:
/// auxiliaries and their like ("the toll has now risen to", "expected to last").
pub const AUX: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "to",
    "expected",
    "set",
    "for",
    "lasted",
    "last",
    "lasts",
    "worked",
    "fallen",
    "continued",
    "said",
    "says",
    "now",
    "in",
    "its",
    "still",
    "remain",
    "remained",
    "remains",
];
