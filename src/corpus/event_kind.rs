//! Kinds of event other than meetings, and the words that tell of each: the
//! one place this vocabulary is kept. Extraction names an event by its kind
//! ("collapse", "strike"); the checker asks whether a kind happens once (a
//! collapse, a crash), so that two outlets dating one such event a day apart
//! are taken to misdate one event rather than to tell of two.

/// A kind of event.
pub struct EventKind {
    /// The name extraction gives the event ("collapse").
    pub name: &'static str,
    /// The words that tell of one, lowercase; a phrase of several words is
    /// matched whole ("walked off the job").
    pub words: &'static [&'static str],
    /// Whether a story has one of it, at one moment: a collapse, a crash, an
    /// earthquake; not a strike (which begins and ends), a vote or a death.
    pub once: bool,
}

/// Every kind, most telling first.
pub const EVENT_KINDS: &[EventKind] = &[
    EventKind {
        name: "collapse",
        // A landslide is a slope that gave way: one collapse, whatever the
        // outlet calls it.
        words: &[
            "collapsed",
            "collapse",
            "gave way",
            "caved in",
            "landslide",
            "landslides",
            "landslip",
            "mudslide",
            "rockslide",
        ],
        once: true,
    },
    EventKind {
        name: "crash",
        words: &[
            "crashed",
            "crash",
            "crash-landed",
            "skidded",
            "overran the runway",
            "overran the end",
            "overshot the runway",
            "ran off the runway",
            "ran off the end",
            "veered off the runway",
            "left the runway",
        ],
        once: true,
    },
    EventKind {
        name: "capsizing",
        words: &["capsized", "capsizing", "sank", "overturned", "went down"],
        once: true,
    },
    EventKind {
        name: "derailment",
        words: &["derailed", "derailment"],
        once: true,
    },
    EventKind {
        name: "earthquake",
        words: &["earthquake", "quake"],
        once: true,
    },
    EventKind {
        name: "aftershock",
        words: &["aftershock", "aftershocks", "tremor"],
        once: false,
    },
    EventKind {
        name: "landfall",
        words: &[
            "landfall",
            "smashed into",
            "slammed into",
            "tore through",
            "ripped through",
        ],
        once: true,
    },
    EventKind {
        name: "storm",
        words: &["typhoon", "hurricane", "cyclone", "storm"],
        once: false,
    },
    EventKind {
        name: "flood",
        words: &["flood", "floods", "flooding", "flooded"],
        once: false,
    },
    EventKind {
        name: "fire",
        words: &["fire broke out", "blaze", "caught fire"],
        once: true,
    },
    EventKind {
        name: "explosion",
        words: &["explosion", "exploded", "blast"],
        once: true,
    },
    EventKind {
        name: "attack",
        words: &["attack", "attacked", "shooting", "stabbing", "bombing"],
        once: true,
    },
    EventKind {
        name: "vote",
        words: &["election", "elections", "voted", "referendum", "ballot"],
        once: false,
    },
    EventKind {
        name: STRIKE,
        words: &[
            "strike",
            "walkout",
            "walked off the job",
            "walked out",
            "walk out",
            "went on strike",
            "stoppage",
            "industrial action",
            "labor action",
            "labour action",
        ],
        once: false,
    },
    EventKind {
        name: "sentencing",
        words: &["sentenced", "sentencing", "jailed", "handed down"],
        once: false,
    },
    EventKind {
        name: "cancellation",
        words: &["cancelled", "canceled", "cancellation", "postponed"],
        once: false,
    },
    EventKind {
        name: "verdict",
        words: &["convicted", "guilty", "acquitted", "verdict", "ruled"],
        once: false,
    },
    EventKind {
        name: "resignation",
        words: &["resigned", "resignation", "stepped down", "quit"],
        once: false,
    },
    EventKind {
        name: "appointment",
        words: &["appointed", "sworn in", "took office"],
        once: false,
    },
    EventKind {
        name: "dismissal",
        words: &["dismissed", "sacked", "ousted"],
        once: false,
    },
    EventKind {
        name: "deal",
        words: &["deal", "agreement", "accord"],
        once: false,
    },
    EventKind {
        name: "announcement",
        words: &["announced", "announcement", "unveiled"],
        once: false,
    },
    EventKind {
        name: "arrest",
        words: &["arrested", "arrest"],
        once: false,
    },
    EventKind {
        name: "visit",
        words: &["visit", "visited", "flew to"],
        once: false,
    },
    EventKind {
        name: "construction",
        words: &["built", "constructed", "inaugurated"],
        once: false,
    },
    EventKind {
        name: "funeral",
        words: &["funeral"],
        once: false,
    },
    EventKind {
        name: "launch",
        words: &["launched"],
        once: false,
    },
    EventKind {
        name: "pledge",
        words: &["pledged"],
        once: false,
    },
    EventKind {
        name: "deaths",
        words: &["killed", "died"],
        once: false,
    },
    EventKind {
        name: "incident",
        words: &[
            "accident",
            "mishap",
            "incident",
            "tragedy",
            "occurred",
            "took place",
            "happened",
        ],
        once: false,
    },
];

/// The kind of a strike, which counts of workers ask after.
pub const STRIKE: &str = "strike";

/// The kind that agrees with every other: "the incident", "the mishap" tells
/// of an accident or a disaster without saying which.
pub const ANY_KIND: &str = "incident";

/// Whether events of the kind named `name` happen once in a story.
pub fn happens_once(name: &str) -> bool {
    EVENT_KINDS.iter().any(|k| k.name == name && k.once)
}
