//! Numbers as newsrooms write them, read into the range of values their
//! wording allows, with the unit they are in: "1,250", "3.5", "twelve", "a
//! dozen", "1m", "2.5bn", "half a million", "dozens", "tens of thousands",
//! "10 to 20", "between 3 and 5", "6 1/2 years", "42%", "£2.5bn", "30 feet".
//! Units are converted so that two outlets' figures meet: feet and miles to
//! metres, mph to km/h, °F to °C, kilograms to tonnes, durations to hours.

const SMALL: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Number words and their values, "zero" to "ninety-nine".
static NUMBER_WORDS: std::sync::LazyLock<rustc_hash::FxHashMap<String, f64>> =
    std::sync::LazyLock::new(|| {
        let mut words = rustc_hash::FxHashMap::default();
        for (i, w) in SMALL.iter().enumerate() {
            words.insert(w.to_string(), i as f64);
        }
        for (t, tens) in TENS.iter().enumerate() {
            let value = 20.0 + 10.0 * t as f64;
            words.insert(tens.to_string(), value);
            for (o, ones) in SMALL[1..10].iter().enumerate() {
                words.insert(format!("{tens}-{ones}"), value + o as f64 + 1.0);
            }
        }
        words
    });

/// The value of a number word ("four", "Twelve", "twenty-five").
pub fn word_number(word: &str) -> Option<f64> {
    if word.len() > 13 || !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        NUMBER_WORDS
            .get(word.to_ascii_lowercase().as_str())
            .copied()
    } else {
        NUMBER_WORDS.get(word).copied()
    }
}

/// An amount read from the start of a phrase: the value it names, the range
/// its wording allows before any hedge, and its unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub value: f64,
    pub low: f64,
    pub high: f64,
    /// `None` for a plain count.
    pub unit: Option<&'static str>,
}

/// Vague quantities and the ranges a careful reader takes them to mean, the
/// value being the least the words say.
const VAGUE: &[(&str, f64, f64)] = &[
    ("hundreds of thousands", 200_000.0, 999_999.0),
    ("tens of thousands", 20_000.0, 99_999.0),
    ("hundreds of millions", 2e8, 9.99e8),
    ("tens of millions", 2e7, 9.9e7),
    ("a handful", 3.0, 6.0),
    ("a few", 2.0, 5.0),
    ("a couple of", 2.0, 3.0),
    ("several", 3.0, 9.0),
    ("dozens", 24.0, 99.0),
    ("scores", 40.0, 199.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2_000.0, 9_999.0),
    ("millions", 2e6, 9.99e6),
    ("billions", 2e9, 9.99e9),
];

/// Shares of a whole, as percentages.
const SHARES: &[(&str, f64)] = &[
    ("two thirds", 200.0 / 3.0),
    ("three quarters", 75.0),
    ("a third", 100.0 / 3.0),
    ("a quarter", 25.0),
];

/// Words that name a number alone.
const NAMED: &[(&str, f64)] = &[
    ("half a million", 500_000.0),
    ("half a billion", 5e8),
    ("a quarter of a million", 250_000.0),
    ("a dozen", 12.0),
    ("a hundred", 100.0),
    ("a thousand", 1_000.0),
    ("a million", 1e6),
    ("a billion", 1e9),
    ("dozen", 12.0),
    ("half", 0.5),
];

/// Words after a length that say it measures a distance, not a count.
const DIMENSIONS: &[&str] = &[
    "away", "high", "long", "deep", "tall", "wide", "drop", "fall", "above", "below", "from",
    "into", "down", "up", "off", "offshore", "inland", "across", "of",
];

/// Scale words after a number.
fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "m" | "mn" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// A unit word (or symbol) and how to bring a value in it to the unit it is
/// compared in: `(unit, factor, offset)`, the value being `x * factor + offset`.
fn unit(word: &str) -> Option<(&'static str, f64, f64)> {
    let word = word.trim_end_matches(['.', ',', ';', ':']);
    Some(match word {
        "minute" | "minutes" | "min" | "mins" => ("hours", 1.0 / 60.0, 0.0),
        "hour" | "hours" | "hr" | "hrs" => ("hours", 1.0, 0.0),
        "day" | "days" => ("hours", 24.0, 0.0),
        "week" | "weeks" => ("hours", 24.0 * 7.0, 0.0),
        "month" | "months" => ("hours", 24.0 * 30.44, 0.0),
        "year" | "years" => ("hours", 24.0 * 365.25, 0.0),
        "percent" | "%" => ("%", 1.0, 0.0),
        "percentage" | "points" | "pp" => ("percentage points", 1.0, 0.0),
        "metres" | "meters" | "metre" | "meter" | "m" => ("m", 1.0, 0.0),
        "kilometres" | "kilometers" | "kilometre" | "kilometer" | "km" => ("m", 1000.0, 0.0),
        "feet" | "foot" | "ft" => ("m", 0.3048, 0.0),
        "miles" | "mile" => ("m", 1609.344, 0.0),
        "km/h" | "kph" | "kmh" => ("km/h", 1.0, 0.0),
        "mph" => ("km/h", 1.609344, 0.0),
        "knots" | "knot" => ("km/h", 1.852, 0.0),
        "°c" | "c" | "celsius" => ("°C", 1.0, 0.0),
        "°f" | "fahrenheit" => ("°C", 5.0 / 9.0, -32.0 * 5.0 / 9.0),
        "tonnes" | "tonne" | "tons" | "ton" | "t" => ("t", 1.0, 0.0),
        "kilograms" | "kilogram" | "kg" => ("t", 0.001, 0.0),
        "pounds" | "pound" | "gbp" | "£" => ("GBP", 1.0, 0.0),
        "dollars" | "dollar" | "usd" | "$" => ("USD", 1.0, 0.0),
        "euros" | "euro" | "eur" | "€" => ("EUR", 1.0, 0.0),
        "magnitude" => ("magnitude", 1.0, 0.0),
        "force" => ("Beaufort", 1.0, 0.0),
        "ppm" => ("ppm", 1.0, 0.0),
        _ => return None,
    })
}

/// Reads the amount a phrase opens with (its hedge already taken off), or
/// `None` when it opens with no number.
pub fn read(phrase: &str) -> Option<Amount> {
    let mut text = phrase.trim().to_lowercase();
    // Symbols and spellings that stand before or inside a number.
    for (from, to) in [
        ("per cent", "percent"),
        ("percentage points", "points"),
        ("percentage point", "points"),
        ("-odd", " odd"),
        ("-long", ""),
        ("-year", " year"),
        ("-hour", " hour"),
        ("-day", " day"),
        ("-week", " week"),
        ("-month", " month"),
        ("-minute", " minute"),
        ("\u{a0}", " "),
    ] {
        text = text.replace(from, to);
    }
    text = text.replace("parts per million", "ppm");
    // A scale named before the number: "magnitude 6.1", "force 8".
    let mut named_scale = None;
    for (opening, scale_unit) in [
        ("a magnitude ", "magnitude"),
        ("magnitude ", "magnitude"),
        ("magnitude-", "magnitude"),
        ("force ", "force"),
    ] {
        if let Some(rest) = text.strip_prefix(opening) {
            text = rest.to_string();
            named_scale = unit(scale_unit);
            break;
        }
    }
    // Currency signs, before a number or inside a range: "£2.5bn",
    // "between €250m and €300m".
    let mut currency = None;
    for (sign, code) in [('£', "GBP"), ('$', "USD"), ('€', "EUR")] {
        if text.contains(sign) {
            currency = Some(code);
            text = text.replace(sign, "");
        }
    }
    for (share, percent) in SHARES {
        if text == *share || text.starts_with(&format!("{share} ")) {
            return Some(Amount {
                value: *percent,
                low: *percent,
                high: *percent,
                unit: Some("%"),
            });
        }
    }
    let text = spaced(&text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let (mut low, mut high, used, factor) = number(&words)?;
    let mut rest = &words[used..];
    // A range: "10 to 20", "10-20", "one to two", "10 to 20 million".
    if let [joiner, ..] = rest
        && matches!(*joiner, "to" | "-" | "–" | "or")
        && let Some((l2, h2, used2, factor2)) = number(&rest[1..])
    {
        // "10 to 20 million": the scale written once, after both.
        let first = if factor == 1.0 { factor2 } else { 1.0 };
        low = (low * first).min(l2);
        high = (high * first).max(h2);
        rest = &rest[1 + used2..];
    }
    let value = low;
    // "30-odd": about thirty.
    if let [odd, ..] = rest
        && *odd == "odd"
    {
        high = value * 1.3;
        rest = &rest[1..];
    }
    let mut unit_found = rest.first().and_then(|w| unit(w));
    // "km per hour", "miles per hour": a speed.
    if let Some(("m", factor, _)) = unit_found
        && rest.get(1) == Some(&"per")
        && rest.get(2).is_some_and(|w| w.starts_with("hour"))
    {
        unit_found = Some(("km/h", factor / 1000.0, 0.0));
    }
    let unit_found = unit_found
        .or(currency.map(|c| (c, 1.0, 0.0)))
        .or(named_scale);
    let (unit_name, factor, offset) = match unit_found {
        Some((name, factor, offset)) => (Some(name), factor, offset),
        None => (None, 1.0, 0.0),
    };
    Some(Amount {
        value: value * factor + offset,
        low: low * factor + offset,
        high: high * factor + offset,
        unit: unit_name,
    })
}

/// `text` with a number's letters and symbols set apart: "2.5bn" is "2.5 bn",
/// "42%" is "42 %", "10-20" is "10 - 20", "30km/h" is "30 km/h".
fn spaced(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut previous: Option<char> = None;
    // Whether the last character was a dash between two numbers' digits.
    let mut joining_dash = false;
    for c in text.chars() {
        let after_digit = previous.is_some_and(|p| p.is_ascii_digit());
        if after_digit && (c.is_alphabetic() || matches!(c, '%' | '°' | '-' | '–')) {
            out.push(' ');
        }
        if joining_dash && c.is_ascii_digit() {
            out.push(' ');
        }
        joining_dash = after_digit && matches!(c, '-' | '–');
        out.push(c);
        previous = Some(c);
    }
    out
}

/// The number the words open with, as the range it allows, how many words
/// it took, and the scale it was multiplied by: digits ("1,250", "3.5"), a
/// fraction ("6 1/2", "1/2"), a number word, a named number ("a dozen",
/// "half a million"), a vague one ("dozens", "tens of thousands"), a range
/// ("between 3 and 5"); then a scale word ("million", "bn").
fn number(words: &[&str]) -> Option<(f64, f64, usize, f64)> {
    let (low, high, used) = bare_number(words)?;
    // "m" is a million ("1m people", "£2m"), or metres where what follows
    // measures a distance ("100m away", "a 30m drop").
    if words.get(used) == Some(&"m")
        && words
            .get(used + 1)
            .is_some_and(|w| DIMENSIONS.contains(&w.trim_end_matches([',', '.'])))
    {
        return Some((low, high, used, 1.0));
    }
    match words.get(used).and_then(|w| scale(w)) {
        Some(factor) => Some((low * factor, high * factor, used + 1, factor)),
        None => Some((low, high, used, 1.0)),
    }
}

fn bare_number(words: &[&str]) -> Option<(f64, f64, usize)> {
    let joined = words.iter().take(5).copied().collect::<Vec<_>>().join(" ");
    for (phrase, low, high) in VAGUE {
        if joined == *phrase || joined.starts_with(&format!("{phrase} ")) {
            return Some((*low, *high, phrase.split(' ').count()));
        }
    }
    for (phrase, value) in NAMED {
        if joined == *phrase || joined.starts_with(&format!("{phrase} ")) {
            return Some((*value, *value, phrase.split(' ').count()));
        }
    }
    let first = *words.first()?;
    // "a week", "an hour": one of the unit.
    if matches!(first, "a" | "an") && words.get(1).is_some_and(|w| unit(w).is_some()) {
        return Some((1.0, 1.0, 1));
    }
    // "between 3 and 5"
    if first == "between"
        && let Some((low, _, used, _)) = number(&words[1..])
        && words.get(1 + used) == Some(&"and")
        && let Some((_, high, used2, _)) = number(&words[2 + used..])
    {
        return Some((low, high, 2 + used + used2));
    }
    if let Some(value) = digits(first) {
        // "6 1/2"
        if let Some(fraction) = words.get(1).and_then(|w| fraction(w)) {
            return Some((value + fraction, value + fraction, 2));
        }
        return Some((value, value, 1));
    }
    if let Some(value) = fraction(first) {
        return Some((value, value, 1));
    }
    let word = first.trim_end_matches([',', '.', ';', ':']);
    let value = word_number(word)?;
    Some((value, value, 1))
}

/// "1,250", "3.5", "58,000": digits with separators and a decimal point.
fn digits(word: &str) -> Option<f64> {
    let word = word.trim_end_matches([',', '.', ';', ':']);
    if !word.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
        return None;
    }
    word.replace(',', "").parse::<f64>().ok()
}

/// "1/2", "3/4": a fraction.
fn fraction(word: &str) -> Option<f64> {
    let (top, bottom) = word.split_once('/')?;
    let (top, bottom) = (top.parse::<f64>().ok()?, bottom.parse::<f64>().ok()?);
    (bottom != 0.0).then(|| top / bottom)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Phrases as newsrooms write them, and what they mean: the value, the
    /// range, the unit.
    const TABLE: &[(&str, f64, f64, f64, Option<&str>)] = &[
        ("1,250", 1250.0, 1250.0, 1250.0, None),
        ("3.5", 3.5, 3.5, 3.5, None),
        ("twelve", 12.0, 12.0, 12.0, None),
        ("a dozen", 12.0, 12.0, 12.0, None),
        ("a hundred", 100.0, 100.0, 100.0, None),
        ("1m", 1e6, 1e6, 1e6, None),
        ("2.5bn", 2.5e9, 2.5e9, 2.5e9, None),
        ("1.2 million", 1.2e6, 1.2e6, 1.2e6, None),
        ("half a million", 5e5, 5e5, 5e5, None),
        ("dozens", 24.0, 24.0, 99.0, None),
        ("scores", 40.0, 40.0, 199.0, None),
        ("hundreds", 200.0, 200.0, 999.0, None),
        ("tens of thousands", 2e4, 2e4, 99_999.0, None),
        ("hundreds of thousands", 2e5, 2e5, 999_999.0, None),
        ("a handful", 3.0, 3.0, 6.0, None),
        ("several", 3.0, 3.0, 9.0, None),
        ("10 to 20", 10.0, 10.0, 20.0, None),
        ("10-20", 10.0, 10.0, 20.0, None),
        ("between 3 and 5", 3.0, 3.0, 5.0, None),
        ("one to two hours", 1.0, 1.0, 2.0, Some("hours")),
        (
            "6 1/2 years",
            6.5 * 24.0 * 365.25,
            6.5 * 24.0 * 365.25,
            6.5 * 24.0 * 365.25,
            Some("hours"),
        ),
        ("30-odd", 30.0, 30.0, 39.0, None),
        ("42%", 42.0, 42.0, 42.0, Some("%")),
        ("42 per cent", 42.0, 42.0, 42.0, Some("%")),
        (
            "3 percentage points",
            3.0,
            3.0,
            3.0,
            Some("percentage points"),
        ),
        ("£2.5bn", 2.5e9, 2.5e9, 2.5e9, Some("GBP")),
        ("$1m", 1e6, 1e6, 1e6, Some("USD")),
        ("40 million euros", 4e7, 4e7, 4e7, Some("EUR")),
        ("12 billion dollars", 1.2e10, 1.2e10, 1.2e10, Some("USD")),
        ("2.9 million pounds", 2.9e6, 2.9e6, 2.9e6, Some("GBP")),
        ("100 feet", 30.48, 30.48, 30.48, Some("m")),
        ("100m away", 100.0, 100.0, 100.0, Some("m")),
        ("1m people", 1e6, 1e6, 1e6, None),
        ("10 km", 10_000.0, 10_000.0, 10_000.0, Some("m")),
        ("60 mph", 96.56064, 96.56064, 96.56064, Some("km/h")),
        ("130km/h", 130.0, 130.0, 130.0, Some("km/h")),
        ("-4°C", -4.0, -4.0, -4.0, Some("°C")),
        ("3,000 tonnes", 3000.0, 3000.0, 3000.0, Some("t")),
        ("magnitude 6.4", 6.4, 6.4, 6.4, Some("magnitude")),
        ("force 8", 8.0, 8.0, 8.0, Some("Beaufort")),
        ("between €250m and €300m", 2.5e8, 2.5e8, 3e8, Some("EUR")),
        ("a third", 100.0 / 3.0, 100.0 / 3.0, 100.0 / 3.0, Some("%")),
        ("a week", 168.0, 168.0, 168.0, Some("hours")),
        ("25 parts per million", 25.0, 25.0, 25.0, Some("ppm")),
    ];

    #[test]
    fn every_phrase_reads_as_a_careful_reader_reads_it() {
        for &(phrase, value, low, high, unit) in TABLE {
            let read = read(phrase).unwrap_or_else(|| panic!("{phrase}: not read"));
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-6 * b.abs().max(1.0);
            assert!(
                close(read.value, value) && close(read.low, low) && close(read.high, high),
                "{phrase}: {read:?}"
            );
            assert_eq!(read.unit, unit, "{phrase}");
        }
    }

    #[test]
    fn units_are_converted_so_that_figures_meet() {
        let feet = read("100 feet").unwrap();
        let metres = read("30.48 metres").unwrap();
        assert_eq!(feet.unit, metres.unit);
        assert!((feet.value - metres.value).abs() < 1e-9);
        let fahrenheit = read("50 °F").unwrap();
        assert!((fahrenheit.value - 10.0).abs() < 1e-9, "{fahrenheit:?}");
    }

    #[test]
    fn no_number_no_amount() {
        assert_eq!(read("the mayor"), None);
        assert_eq!(read(""), None);
    }
}
