//! Months and days of the week, as news writes them.

use jiff::civil::Weekday;

/// Each month's full name and how news abbreviates it, January first.
const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sep", "sept"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// Abbreviations of time zones, as news writes them after a clock time (in
/// capitals: "6:15 a.m. CDT").
pub const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "MSK", "EST", "EDT", "CST", "CDT",
    "MST", "MDT", "PST", "PDT", "AKST", "HST", "IST", "PKT", "JST", "KST", "HKT", "SGT", "PHT",
    "WIB", "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT", "SAST", "EAT", "WAT",
];

/// Whether `word`, as written, is a time zone's abbreviation.
pub fn is_time_zone(word: &str) -> bool {
    TIME_ZONES.contains(&word)
}

/// Words for a part of a day or a moment of it, which may stand for a time:
/// "by midday", "by the afternoon", "by nightfall".
pub const PARTS_OF_DAY: &[&str] = &[
    "morning",
    "midday",
    "noon",
    "afternoon",
    "evening",
    "night",
    "nightfall",
    "midnight",
    "dawn",
    "dusk",
    "tonight",
    "today",
    "yesterday",
    "then",
    "now",
];

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Monday),
    ("tuesday", Weekday::Tuesday),
    ("wednesday", Weekday::Wednesday),
    ("thursday", Weekday::Thursday),
    ("friday", Weekday::Friday),
    ("saturday", Weekday::Saturday),
    ("sunday", Weekday::Sunday),
];

/// The month a lowercase word names, as 1..=12: its full name, an
/// abbreviation, or the start of its name ("Nov.", "nov", "November", "Sept").
pub fn month(word: &str) -> Option<i8> {
    let word = word.trim_end_matches('.');
    if word.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|(name, short)| name.starts_with(word) || short.contains(&word))
        .map(|i| i as i8 + 1)
}

/// Whether a lowercase word is a month's full name ("november", not "nov").
pub fn is_month_name(word: &str) -> bool {
    MONTHS.iter().any(|(name, _)| *name == word)
}

/// Whether a lowercase word is how news abbreviates a month ("nov", "sept").
pub fn is_month_abbreviation(word: &str) -> bool {
    MONTHS.iter().any(|(_, short)| short.contains(&word))
}

/// The day of the week a lowercase word names.
pub fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, d)| *d)
}

/// Whether a lowercase word is a day of the week.
pub fn is_weekday(word: &str) -> bool {
    weekday(word).is_some()
}

/// Whether a lowercase word names a month or a day of the week: a date, not a name.
pub fn is_calendar_word(word: &str) -> bool {
    is_month_name(word) || is_month_abbreviation(word) || is_weekday(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_by_name_abbreviation_and_start() {
        assert_eq!(month("november"), Some(11));
        assert_eq!(month("nov."), Some(11));
        assert_eq!(month("sept"), Some(9));
        assert_eq!(month("may"), Some(5));
        assert_eq!(month("no"), None);
        assert!(is_calendar_word("sept") && is_calendar_word("friday"));
        // A name that starts like a month is not a calendar word.
        assert!(!is_calendar_word("marc") && !is_calendar_word("june's"));
    }
}
