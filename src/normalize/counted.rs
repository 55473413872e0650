//! What a count counts, said one way: "23 people lost their lives", "the death
//! toll rose to 27", "27 fatalities" and "27 dead" all count the people killed,
//! so that two articles' figures meet. Extraction writes these names; the
//! quantity rule asks how each changes over time ([`Course`]).

/// How a count changes while a story runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Course {
    /// It only grows as reports come in (the killed, the injured): a later,
    /// higher figure is an update, a later, lower one a warning.
    Rises,
    /// It was settled when the event happened (the people on board): figures
    /// given on different days are compared as if given together.
    Fixed,
    /// It may go either way (the missing, the evacuated): only figures given
    /// at the same time are compared.
    Moves,
}

/// A canonical name, how its count changes, and the words that call for it (a
/// phrase of several words is matched whole).
struct Counted {
    name: &'static str,
    course: Course,
    words: &'static [&'static str],
}

/// The things news counts most, each with the words that name it. A subject
/// naming none of them keeps its own words.
const COUNTED: &[Counted] = &[
    // "30 feared dead" is a fear, not a toll: its own name, compared only on
    // one day.
    Counted {
        name: "people feared dead",
        course: Course::Moves,
        words: &["feared"],
    },
    Counted {
        name: "people killed",
        course: Course::Rises,
        words: &[
            "killed",
            "dead",
            "died",
            "deaths",
            "death toll",
            "toll",
            "fatalities",
            "lost their lives",
            "lives lost",
            "perished",
            "bodies",
        ],
    },
    // The badly hurt are some of the injured: their figures are their own,
    // and may fall as patients recover or die.
    Counted {
        name: "people critically injured",
        course: Course::Moves,
        words: &["critically injured"],
    },
    Counted {
        name: "people seriously injured",
        course: Course::Moves,
        words: &["seriously injured", "severely injured", "gravely injured"],
    },
    Counted {
        name: "people slightly injured",
        course: Course::Moves,
        words: &["slightly injured"],
    },
    Counted {
        name: "people injured",
        course: Course::Rises,
        words: &["injured", "wounded", "hurt", "injuries"],
    },
    Counted {
        name: "people missing",
        course: Course::Moves,
        words: &["missing", "unaccounted"],
    },
    Counted {
        name: "people rescued",
        course: Course::Moves,
        words: &["rescued", "saved"],
    },
    Counted {
        name: "people evacuated",
        course: Course::Moves,
        words: &["evacuated", "displaced", "fled", "flee", "homeless"],
    },
    Counted {
        name: "people arrested",
        course: Course::Rises,
        words: &["arrested", "detained"],
    },
    // Workers join a strike and drift back: their number is compared only
    // at one time.
    Counted {
        name: ON_STRIKE,
        course: Course::Moves,
        words: &["on strike"],
    },
    // A storm's landfalls, counted once it has gone; a count made while it
    // goes on ("two landfalls by Saturday afternoon") is a floor.
    Counted {
        name: "landfalls",
        course: Course::Fixed,
        words: &["landfalls"],
    },
    ON_BOARD,
];

/// The people a vehicle carried.
const ON_BOARD: Counted = Counted {
    name: "people on board",
    course: Course::Fixed,
    words: &["on board", "onboard", "aboard"],
};

/// Vehicles, which a crash or a collapse may catch: how many were caught was
/// settled when it happened ([`caught`]).
pub const VEHICLES: &[&str] = &[
    "vehicles",
    "cars",
    "trucks",
    "lorries",
    "buses",
    "vans",
    "coaches",
    "motorcycles",
];

/// What the count of `vehicles` ("cars", one of [`VEHICLES`]) caught in a
/// crash or a collapse is called: "cars caught".
pub fn caught(vehicles: &str) -> String {
    format!("{vehicles} {CAUGHT}")
}

/// The word that follows [`VEHICLES`] caught in an event.
const CAUGHT: &str = "caught";

/// Those whose work a strike stops, as news counts them: "21,000 machinists",
/// "the union's 12,400 members", "drivers and mechanics".
pub const WORKFORCE: &[&str] = &[
    "workers",
    "members",
    "employees",
    "staff",
    "staffers",
    "machinists",
    "mechanics",
    "drivers",
    "nurses",
    "doctors",
    "teachers",
    "lecturers",
    "dockers",
    "dockworkers",
    "miners",
    "pilots",
    "controllers",
    "cleaners",
    "guards",
    "conductors",
    "firefighters",
    "technicians",
    "engineers",
    "operators",
    "labourers",
    "laborers",
    "porters",
    "journalists",
];

/// What a count of the [`WORKFORCE`] on strike is called.
pub const ON_STRIKE: &str = "workers on strike";

/// Words for people in general, which a casualty word may follow ("18 people
/// killed"). A group of its own ("passengers", "children", "pilots") is a
/// scope, and its count keeps its name.
const PEOPLE: &[&str] = &["people", "persons", "person", "others", "victims"];

/// Words before a toll that leave what it counts as it is: "the official death
/// toll", "the overall number".
const QUALIFIERS: &[&str] = &[
    "official",
    "overall",
    "confirmed",
    "latest",
    "reported",
    "known",
    "total",
    "new",
    "final",
];

/// Words that say what kind of figure a toll is rather than whose: "death
/// toll", "casualty figure".
const TOLL_WORDS: &[&str] = &[
    "death", "casualty", "toll", "figure", "number", "count", "tally", "total",
];

/// The canonical name of what `subject` counts, when it is one of the things
/// news counts most: "people lost their lives" → "people killed", "death
/// toll" → "people killed", "241 onboard" → "people on board". A subject that
/// names a group of its own ("passengers killed", "pilots") is left to keep
/// its scope. `None` when the subject is none of them.
pub fn canonical(subject: &str) -> Option<&'static str> {
    let words: Vec<&str> = subject
        .split_whitespace()
        .skip_while(|w| QUALIFIERS.contains(w))
        .collect();
    let first = *words.first()?;
    let whose_free = PEOPLE.contains(&first)
        || TOLL_WORDS.contains(&first)
        || COUNTED.iter().any(|c| starts_with_phrase(&words, c.words));
    if !whose_free {
        return None;
    }
    // "the number of dead cattle", "toll charges": a toll word counts people
    // only when every other word is about people or what befell them.
    if TOLL_WORDS.contains(&first) && !words.iter().all(|w| about_people(w)) {
        return None;
    }
    // "people" alone says nothing of what happened to them.
    COUNTED
        .iter()
        .find(|c| has_phrase(&words, c.words))
        .map(|c| c.name)
}

/// Whether `subject` says what is counted: "people" alone does not ("240
/// people" may be those on board, those killed or those evacuated).
pub fn says_what(subject: &str) -> bool {
    !PEOPLE.contains(&subject.trim())
}

/// How the count named `subject` changes over time.
pub fn course(subject: &str) -> Course {
    let named = |c: &&Counted| {
        subject
            .strip_prefix(c.name)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
    };
    if let Some(c) = COUNTED.iter().find(named) {
        return c.course;
    }
    if let Some((vehicles, CAUGHT)) = subject.split_once(' ')
        && VEHICLES.contains(&vehicles)
    {
        return Course::Fixed;
    }
    // "pilots killed" is a toll; "cabin crew on board" what a vehicle
    // carried, settled when it went.
    let words: Vec<&str> = subject.split_whitespace().collect();
    COUNTED
        .iter()
        .find(|c| has_phrase(&words, c.words))
        .map_or(Course::Moves, |c| c.course)
}

/// Whether the lowercase `words` say someone was aboard: "on board",
/// "onboard", "aboard".
pub fn says_aboard(words: &[&str]) -> bool {
    has_phrase(words, ON_BOARD.words)
}

/// Whether `word` may stand in a toll's name: a toll word, "of", a word for
/// people, a qualifier, or a word of what befell them ("deaths", "killed").
fn about_people(word: &str) -> bool {
    TOLL_WORDS.contains(&word)
        || PEOPLE.contains(&word)
        || QUALIFIERS.contains(&word)
        || word == "of"
        || COUNTED.iter().any(|c| {
            c.words
                .iter()
                .any(|w| w.split(' ').any(|part| part == word))
        })
}

/// Whether one of `phrases` stands whole among `words` ("death toll").
pub fn has_phrase(words: &[&str], phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words.windows(parts.len()).any(|w| w == parts.as_slice())
    })
}

/// Whether `words` open with one of `phrases` ("critically injured").
fn starts_with_phrase(words: &[&str], phrases: &[&str]) -> bool {
    phrases.iter().any(|phrase| {
        let parts: Vec<&str> = phrase.split(' ').collect();
        words.starts_with(&parts)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ways_of_naming_the_dead_are_one() {
        for subject in [
            "people killed",
            "people lost their lives",
            "death toll",
            "deaths",
            "fatalities",
            "persons dead",
            "people died",
            "dead",
        ] {
            assert_eq!(canonical(subject), Some("people killed"), "{subject}");
        }
        assert_eq!(canonical("official death toll"), Some("people killed"));
        assert_eq!(canonical("feared"), Some("people feared dead"));
        assert_eq!(canonical("people feared"), Some("people feared dead"));
        assert_eq!(canonical("people injured"), Some("people injured"));
        assert_eq!(canonical("wounded"), Some("people injured"));
        assert_eq!(canonical("people on board"), Some("people on board"));
        assert_eq!(canonical("onboard crashed"), Some("people on board"));
    }

    #[test]
    fn a_group_of_its_own_keeps_its_name() {
        assert_eq!(canonical("pilots killed"), None);
        assert_eq!(canonical("passengers killed"), None);
        assert_eq!(canonical("passengers"), None);
        assert_eq!(canonical("passengers on board"), None);
        assert_eq!(canonical("vehicles"), None);
        assert_eq!(canonical("number of dead cattle"), None);
        assert_eq!(canonical("number of missing ballots"), None);
        assert_eq!(canonical("toll charges"), None);
        assert_eq!(canonical("number of people killed"), Some("people killed"));
        assert_eq!(canonical("people"), None);
    }

    #[test]
    fn tolls_rise_and_what_was_on_board_was_settled() {
        assert_eq!(course("people killed"), Course::Rises);
        assert_eq!(course("people killed in the north"), Course::Rises);
        assert_eq!(course("people on board"), Course::Fixed);
        assert_eq!(course("people missing"), Course::Moves);
        assert_eq!(course("seats"), Course::Moves);
        assert_eq!(course("cabin crew on board"), Course::Fixed);
        // Vehicles sold in two quarters, crews on strike on two days: not settled.
        assert_eq!(course("vehicles"), Course::Moves);
        assert_eq!(course("pilots and cabin crew"), Course::Moves);
        assert_eq!(course("crew rescued"), Course::Moves);
        assert_eq!(course("pilots killed"), Course::Rises);
        assert_eq!(course("landfalls"), Course::Fixed);
        assert_eq!(course(&caught("vehicles")), Course::Fixed);
        assert_eq!(course(&caught("buses")), Course::Fixed);
        assert_eq!(course("vehicles recalled"), Course::Moves);
    }
}
