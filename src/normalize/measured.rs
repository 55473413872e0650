//! What a measure measures, said one way: "plunged 20 feet", "fell from a
//! height of about 40 metres" and "to the ground 40 metres below" all give the
//! height of a fall; "winds of 150 km/h" and "sustained winds of 90 mph" the
//! wind speed. A name is given only where the words around the figure say it
//! and its unit fits (a fall in metres or feet, never "shares fell 5%").
//! Extraction writes these names; the quantity rule asks how each
//! changes over time, as it does of counts.

use super::counted::Course;

/// A canonical name, how its figure changes, the unit it comes in (as
/// [`super::amount`] converts it), and the words around a figure that call for it.
struct Measured {
    name: &'static str,
    course: Course,
    unit: &'static str,
    words: &'static [&'static str],
}

/// The measures news gives most, most telling first.
const MEASURED: &[Measured] = &[
    Measured {
        name: "length of the section",
        course: Course::Fixed,
        unit: "m",
        words: &["section", "stretch", "span", "segment"],
    },
    Measured {
        name: "gusts",
        course: Course::Moves,
        unit: "km/h",
        words: &["gusts", "gust", "gusting"],
    },
    Measured {
        name: "wind speed",
        course: Course::Moves,
        unit: "km/h",
        words: &["wind", "winds", "windspeed", "sustained"],
    },
    Measured {
        name: "height of the fall",
        course: Course::Fixed,
        unit: "m",
        words: &[
            "plunged",
            "plunging",
            "plummeted",
            "plummeting",
            "fell",
            "falling",
            "fall",
            "dropped",
            "drop",
            "height",
            "below",
            "crashed",
        ],
    },
    Measured {
        name: "depth",
        course: Course::Fixed,
        unit: "m",
        words: &["depth", "deep", "beneath", "underground"],
    },
    Measured {
        name: "amount to forfeit",
        course: Course::Fixed,
        unit: "USD",
        words: &["forfeit", "forfeiture", "forfeited"],
    },
];

/// The canonical name of what a figure in `unit` measures, from the
/// lowercase `words` around it; `None` when they name none of the above.
pub fn canonical(words: &[&str], unit: Option<&str>) -> Option<&'static str> {
    MEASURED
        .iter()
        .find(|m| {
            let fits = unit == Some(m.unit) || (m.unit == "USD" && is_money(unit));
            fits && words.iter().any(|w| m.words.contains(w))
        })
        .map(|m| m.name)
}

/// How the measure named `subject` changes over time: settled when the
/// event happened (the height of a fall), or moving (a storm's winds).
pub fn course(subject: &str) -> Option<Course> {
    MEASURED
        .iter()
        .find(|m| m.name == subject)
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
        let named = |words: &str, unit| canonical(&words.split(' ').collect::<Vec<_>>(), unit);
        assert_eq!(
            named("the plane plunged", Some("m")),
            Some("height of the fall")
        );
        assert_eq!(
            named("to the ground below", Some("m")),
            Some("height of the fall")
        );
        assert_eq!(named("with gusts up to", Some("km/h")), Some("gusts"));
        assert_eq!(
            named("with wind speeds of", Some("km/h")),
            Some("wind speed")
        );
        assert_eq!(
            named("must forfeit", Some("USD")),
            Some("amount to forfeit")
        );
        // A unit that does not fit names nothing: shares fell 5%.
        assert_eq!(named("shares fell", Some("%")), None);
        assert_eq!(named("the bridge is", Some("m")), None);
        assert_eq!(
            named("section of the", Some("m")),
            Some("length of the section")
        );
    }

    #[test]
    fn a_fall_was_settled_when_it_happened() {
        assert_eq!(course("height of the fall"), Some(Course::Fixed));
        assert_eq!(course("wind speed"), Some(Course::Moves));
        assert_eq!(course("share of the vote"), None);
    }
}
