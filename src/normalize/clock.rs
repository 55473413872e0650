//! Clock times as news writes them, read into the minutes of the day they
//! allow: "8.27 p.m." is 20:27; "about 10:15 a.m." 10:00 to 10:30; "shortly
//! before midnight" 23:40 to midnight; "6:15 a.m. CDT" 06:15 in its zone. A
//! time given in a zone is compared only with times in the same zone or in
//! none ("local time" is none).

use std::fmt;

/// Minutes a hedged time may stand from the time written: "about 8.05 pm".
const ABOUT: i32 = 15;
/// Minutes either side of a time written as "midnight" or "noon".
const ROUND: i32 = 5;
/// Minutes "shortly before" or "shortly after" may reach.
const SHORTLY: i32 = 20;

/// A clock time, as the range of minutes of the day its wording allows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClockTime {
    /// The time written, in minutes after midnight.
    pub minutes: i32,
    pub low: i32,
    pub high: i32,
    /// Its zone's abbreviation ("CDT", "GMT"), when one is written.
    pub zone: Option<String>,
}

impl ClockTime {
    /// Reads "about 10:15 a.m. (0815 GMT)", "8.27 PM", "10 p.m.", "06:00
    /// CEST", "shortly before midnight", "midnight Pacific time"; `None` for
    /// anything else.
    pub fn parse(text: &str) -> Option<ClockTime> {
        let lower = text.to_lowercase();
        // "(0815 GMT)" restates the time in another zone.
        let main = lower.split('(').next()?.trim();
        let (hedge, rest) = hedge(main);
        let (minutes, rest) = time_of_day(rest)?;
        let zone = text
            .split('(')
            .next()?
            .split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| crate::english::calendar::is_time_zone(w))
            .map(str::to_string)
            .or_else(|| named_zone(rest));
        // "midnight" and "noon" are round times, rarely meant to the minute.
        let round = if matches!(rest_word(main), "midnight" | "noon" | "midday") {
            ROUND
        } else {
            0
        };
        let (low, high) = match hedge {
            Hedge::Exact => (minutes - round, minutes + round),
            Hedge::About => (minutes - ABOUT, minutes + ABOUT),
            Hedge::ShortlyBefore => (minutes - SHORTLY, minutes),
            Hedge::ShortlyAfter => (minutes, minutes + SHORTLY),
        };
        Some(ClockTime {
            minutes,
            low,
            high,
            zone,
        })
    }

    /// Whether the two may be the same moment: their ranges meet and their
    /// zones do not differ.
    pub fn comparable(&self, other: &ClockTime) -> bool {
        match (&self.zone, &other.zone) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    pub fn overlaps(&self, other: &ClockTime) -> bool {
        self.gap(other) == 0
    }

    /// Minutes between the two ranges, round the clock ("midnight" and
    /// "12:01 a.m." are a minute apart); 0 when they meet.
    pub fn gap(&self, other: &ClockTime) -> i32 {
        const DAY: i32 = 24 * 60;
        [-DAY, 0, DAY]
            .iter()
            .map(|shift| {
                let (low, high) = (other.low + shift, other.high + shift);
                (low - self.high).max(self.low - high).max(0)
            })
            .min()
            .unwrap_or(0)
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.minutes.rem_euclid(24 * 60);
        write!(f, "{:02}:{:02}", m / 60, m % 60)?;
        if let Some(zone) = &self.zone {
            write!(f, " {zone}")?;
        }
        Ok(())
    }
}

/// The time word of `text` once its hedge is gone ("midnight" in "shortly
/// before midnight").
fn rest_word(text: &str) -> &str {
    let (_, rest) = hedge(text);
    rest.split_whitespace().next().unwrap_or("")
}

enum Hedge {
    Exact,
    About,
    ShortlyBefore,
    ShortlyAfter,
}

fn hedge(text: &str) -> (Hedge, &str) {
    let text = text.strip_prefix("at ").unwrap_or(text).trim_start();
    for (words, hedge) in [
        ("shortly before ", Hedge::ShortlyBefore),
        ("just before ", Hedge::ShortlyBefore),
        ("shortly after ", Hedge::ShortlyAfter),
        ("just after ", Hedge::ShortlyAfter),
        ("about ", Hedge::About),
        ("around ", Hedge::About),
        ("approximately ", Hedge::About),
        ("roughly ", Hedge::About),
        ("some ", Hedge::About),
    ] {
        if let Some(rest) = text.strip_prefix(words) {
            return (hedge, rest.trim_start());
        }
    }
    (Hedge::Exact, text)
}

/// The minutes after midnight that `text` (lowercase) opens with, and the rest.
fn time_of_day(text: &str) -> Option<(i32, &str)> {
    for (word, minutes) in [
        ("midnight", 24 * 60),
        ("noon", 12 * 60),
        ("midday", 12 * 60),
    ] {
        if let Some(rest) = text.strip_prefix(word) {
            return Some((minutes, rest));
        }
    }
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(text.len());
    let (clock, rest) = text.split_at(digits_end);
    let clock = clock.trim_end_matches('.');
    let (hours, minutes) = match clock.split_once([':', '.']) {
        Some((h, m)) => (h.parse::<i32>().ok()?, m.parse::<i32>().ok()?),
        // "0400 GMT": hours and minutes run together.
        None if clock.len() == 4 => (clock[..2].parse().ok()?, clock[2..].parse().ok()?),
        None => (clock.parse::<i32>().ok()?, 0),
    };
    if hours > 24 || minutes > 59 {
        return None;
    }
    let rest = rest.trim_start();
    let squeezed: String = rest.chars().take(5).filter(|c| *c != ' ').collect();
    let (hours, rest) = if squeezed.starts_with("a.m") || squeezed.starts_with("am") {
        (if hours == 12 { 0 } else { hours }, skip_meridiem(rest))
    } else if squeezed.starts_with("p.m") || squeezed.starts_with("pm") {
        (
            if hours == 12 { 12 } else { hours + 12 },
            skip_meridiem(rest),
        )
    } else {
        (hours, rest)
    };
    Some((hours * 60 + minutes, rest))
}

fn skip_meridiem(text: &str) -> &str {
    ["a.m.", "p.m.", "a. m.", "p. m.", "a.m", "p.m", "am", "pm"]
        .iter()
        .find_map(|m| text.strip_prefix(m))
        .unwrap_or(text)
}

/// "Pacific time", "local time": the zone a time names in words; "local time"
/// names none.
fn named_zone(rest: &str) -> Option<String> {
    let rest = rest.trim();
    let name = rest.strip_suffix(" time")?;
    (!name.is_empty() && name != "local").then(|| format!("{name} time"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Minutes as written, the lowest and highest the wording allows, the zone.
    type Read<Zone> = (i32, i32, i32, Option<Zone>);

    fn read(text: &str) -> Read<String> {
        let t = ClockTime::parse(text).unwrap_or_else(|| panic!("{text}"));
        (t.minutes, t.low, t.high, t.zone)
    }

    #[test]
    fn times_and_the_ranges_they_allow() {
        let table: &[(&str, Read<&str>)] = &[
            ("8.27 p.m.", (1227, 1227, 1227, None)),
            ("8.27 PM", (1227, 1227, 1227, None)),
            ("about 8.05 pm", (1205, 1190, 1220, None)),
            ("around 8.31 pm", (1231, 1216, 1246, None)),
            ("6:15 a.m. CDT", (375, 375, 375, Some("CDT"))),
            ("06:00 CEST", (360, 360, 360, Some("CEST"))),
            ("10 p.m.", (1320, 1320, 1320, None)),
            ("8pm", (1200, 1200, 1200, None)),
            ("about 10:15 a.m. (0815 GMT)", (615, 600, 630, None)),
            ("about 11:40 p.m. local time", (1420, 1405, 1435, None)),
            ("shortly before midnight", (1440, 1420, 1440, None)),
            (
                "midnight Pacific time",
                (1440, 1435, 1445, Some("pacific time")),
            ),
            ("midnight", (1440, 1435, 1445, None)),
            ("12 noon", (720, 720, 720, None)),
            ("0400 GMT", (240, 240, 240, Some("GMT"))),
        ];
        for (text, (m, low, high, zone)) in table {
            assert_eq!(
                read(text),
                (*m, *low, *high, zone.map(String::from)),
                "{text}"
            );
        }
        assert!(ClockTime::parse("Friday").is_none());
        assert!(ClockTime::parse("31:99").is_none());
    }

    #[test]
    fn hedges_decide_whether_two_times_meet() {
        let t = |s| ClockTime::parse(s).unwrap();
        assert!(!t("about 8.05 pm").overlaps(&t("8.27 p.m.")));
        assert_eq!(t("about 8.05 pm").gap(&t("8.27 p.m.")), 7);
        assert!(t("around 8.31 pm").overlaps(&t("8.27 p.m.")));
        assert!(!t("6:15 a.m. CDT").comparable(&t("12:01 a.m. EDT")));
        assert!(t("6:15 a.m. CDT").comparable(&t("about midnight")));
        // Round the clock: midnight is as near 12:01 a.m. as 11:59 p.m.
        assert!(t("midnight").overlaps(&t("12:01 a.m.")));
        assert_eq!(t("11:50 p.m.").gap(&t("12:10 a.m.")), 20);
    }
}
