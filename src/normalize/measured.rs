//! What a measure measures, said one way: "plunged 20 feet", "fell from a
//! height of some 40 metres" and "to the ground 40 metres below" all give the
//! height of a fall; "winds of 150 km/h" and "sustained winds of 90 mph" the
//! wind speed. A name is given only where the words around the figure say it
//! and its unit fits (a fall in metres or feet, never "shares fell 5%").
//! Extraction writes these names; the quantity rule asks how each
//! changes over time, as it does of counts.

use super::counted::{Course, has_phrase};

/// A canonical name, how its figure changes, the unit it comes in (as
/// [`super::amount`] converts it), the words that call for it among the four
/// before the figure ("plunged 20 feet", "winds of 150 km/h"), and the phrases
/// that call for it right after the unit ("a 60-metre section", "35 km
/// beneath the surface"), and words before it that say it is something else
/// ("the river fell 2 metres" is a level, not a fall).
struct Measured {
    name: &'static str,
    course: Course,
    unit: &'static str,
    before: &'static [&'static str],
    after: &'static [&'static str],
    unless: &'static [&'static str],
}

/// What a party's percentage of the votes cast is called.
pub const SHARE_OF_THE_VOTE: &str = "share of the vote";

/// The measures news gives most, most telling first.
const MEASURED: &[Measured] = &[
    Measured {
        name: "length of the section",
        course: Course::Fixed,
        unit: "m",
        before: &[],
        after: &["section", "span", "segment"],
        unless: &[],
    },
    Measured {
        name: "gusts",
        course: Course::Moves,
        unit: "km/h",
        before: &["gusts", "gust", "gusting"],
        after: &[],
        unless: &[],
    },
    Measured {
        name: "wind speed",
        course: Course::Moves,
        unit: "km/h",
        before: &["wind", "winds", "windspeed", "sustained"],
        after: &[],
        unless: &[],
    },
    Measured {
        // A fall in a collapse or a crash was settled when it happened; a
        // river or a price that fell is no fall.
        name: "height of the fall",
        course: Course::Fixed,
        unit: "m",
        before: &[
            "plunged",
            "plunging",
            "plummeted",
            "plummeting",
            "fell",
            "falling",
            "dropped",
            "height",
        ],
        after: &[],
        unless: &[
            "river",
            "water",
            "waters",
            "level",
            "levels",
            "lake",
            "reservoir",
            "tide",
            "sea",
            "temperature",
            "temperatures",
            "price",
            "prices",
            "shares",
            "index",
        ],
    },
    Measured {
        name: "depth",
        course: Course::Fixed,
        unit: "m",
        before: &["depth"],
        after: &["deep", "beneath the surface", "below the surface"],
        unless: &[],
    },
    Measured {
        // A party's share, named with the party by extraction ("harbour party
        // share of the vote"); one party's never meets another's.
        name: SHARE_OF_THE_VOTE,
        course: Course::Moves,
        unit: "%",
        before: &[
            "vote share",
            "share of the vote",
            "of the vote",
            "popular vote",
        ],
        after: &[
            "of the vote",
            "of the popular vote",
            "of votes",
            "of the votes",
        ],
        unless: &[],
    },
    Measured {
        name: "amount to forfeit",
        course: Course::Fixed,
        unit: "USD",
        before: &["forfeit", "forfeiture", "forfeited"],
        after: &[],
        unless: &[],
    },
];

/// The canonical name of what a figure in `unit` measures, from the
/// lowercase words `before` it (the nearest last) and `after` its unit;
/// `None` when they name none of the above. A figure followed by "from" or
/// "away" is a distance ("crashed 50 metres from the school").
pub fn canonical(before: &[&str], after: &[&str], unit: Option<&str>) -> Option<&'static str> {
    if after
        .first()
        .is_some_and(|w| matches!(*w, "from" | "away" | "short"))
    {
        return None;
    }
    let near: &[&str] = &before[before.len().saturating_sub(4)..];
    let following = after.join(" ");
    MEASURED
        .iter()
        .find(|m| {
            let fits = unit == Some(m.unit) || (m.unit == "USD" && is_money(unit));
            let said_before = has_phrase(near, m.before);
            let said_after = m
                .after
                .iter()
                .any(|phrase| following == *phrase || following.starts_with(&format!("{phrase} ")));
            let something_else = near.iter().any(|w| m.unless.contains(w));
            fits && (said_before || said_after) && !something_else
        })
        .map(|m| m.name)
}

/// How the measure named `subject` changes over time: settled when the
/// event happened (the height of a fall), or moving (a storm's winds).
pub fn course(subject: &str) -> Option<Course> {
    MEASURED
        .iter()
        .find(|m| m.name == subject || (m.name == SHARE_OF_THE_VOTE && subject.ends_with(m.name)))
        .map(|m| m.course)
}

fn is_money(unit: Option<&str>) -> bool {
    matches!(unit, Some("USD" | "GBP" | "EUR"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_units_name_a_measure() {
        let named = |before: &str, after: &str, unit| {
            let b: Vec<&str> = before.split_whitespace().collect();
            let a: Vec<&str> = after.split_whitespace().collect();
            canonical(&b, &a, unit)
        };
        assert_eq!(
            named("the plane plunged", "", Some("m")),
            Some("height of the fall")
        );
        assert_eq!(named("with gusts up to", "", Some("km/h")), Some("gusts"));
        assert_eq!(
            named("with wind speeds of", "", Some("km/h")),
            Some("wind speed")
        );
        assert_eq!(
            named("must forfeit", "", Some("USD")),
            Some("amount to forfeit")
        );
        assert_eq!(
            named("a", "section of the", Some("m")),
            Some("length of the section")
        );
        assert_eq!(named("at a depth of", "", Some("m")), Some("depth"));
        assert_eq!(
            named("centred", "beneath the surface", Some("m")),
            Some("depth")
        );
        // A unit that does not fit, a distance, a storm's own speed: nothing.
        assert_eq!(named("shares fell", "", Some("%")), None);
        assert_eq!(named("a car crashed", "from the school", Some("m")), None);
        assert_eq!(
            named("the storm was moving at", "with winds", Some("km/h")),
            None
        );
        assert_eq!(named("trapped", "underground", Some("m")), None);
        assert_eq!(named("the river level fell", "", Some("m")), None);
        assert_eq!(named("police closed a", "stretch of", Some("m")), None);
    }

    #[test]
    fn a_depth_was_settled_when_it_happened() {
        assert_eq!(course("depth"), Some(Course::Fixed));
        assert_eq!(course("height of the fall"), Some(Course::Fixed));
        assert_eq!(course("wind speed"), Some(Course::Moves));
        assert_eq!(
            course("harbour party share of the vote"),
            Some(Course::Moves)
        );
        assert_eq!(course("turnout"), None);
    }
}
