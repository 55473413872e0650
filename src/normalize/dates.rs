//! Dates: "on Friday", "next week", "this weekend", "Nov. 27", "27 November 2025"
//! resolved to intervals of days, relative to the day the article appeared.

use std::fmt;

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use crate::english::calendar::{month, weekday};

/// A closed interval of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interval {
    pub start: Date,
    pub end: Date,
}

impl Interval {
    pub fn day(day: Date) -> Interval {
        Interval {
            start: day,
            end: day,
        }
    }

    /// From `start` for `days` days.
    fn days(start: Date, days: i64) -> Interval {
        Interval {
            start,
            end: add(start, days - 1),
        }
    }

    /// Open ends reach to the ends of the calendar.
    pub fn between(from: Option<Date>, to: Option<Date>) -> Interval {
        Interval {
            start: from.unwrap_or(Date::MIN),
            end: to.unwrap_or(Date::MAX),
        }
    }

    pub fn overlaps(&self, other: &Interval) -> bool {
        self.start <= other.end && other.start <= self.end
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.start == Date::MIN, self.end == Date::MAX) {
            _ if self.start == self.end => write!(f, "{}", self.start),
            (true, true) => write!(f, "any time"),
            (true, false) => write!(f, "until {}", self.end),
            (false, true) => write!(f, "from {}", self.start),
            (false, false) => write!(f, "{} to {}", self.start, self.end),
        }
    }
}

/// Why a phrase could not be turned into dates.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is relative, and the article has no published date to count from")]
    NoAnchor(String),
    #[error("\"{0}\" is not a date phrase claimcheck understands")]
    Unknown(String),
}

fn add(day: Date, days: i64) -> Date {
    day.saturating_add(days.days())
}

fn monday_of(day: Date) -> Date {
    add(day, -i64::from(day.weekday().to_monday_zero_offset()))
}

/// Resolves a date phrase against the day the article was published.
pub fn resolve(phrase: &str, published: Option<Date>) -> Result<Interval, DateError> {
    let lower = phrase.to_lowercase().replace(',', " ");
    let words: Vec<&str> = lower
        .split_whitespace()
        .filter(|w| !matches!(*w, "on" | "the" | "of" | "in" | "during" | "by"))
        .collect();
    if let Some(interval) = absolute(&words, published) {
        return Ok(interval);
    }
    let Some(today) = published else {
        return if relative(&words, Date::constant(2000, 1, 1)).is_some() {
            Err(DateError::NoAnchor(phrase.to_string()))
        } else {
            Err(DateError::Unknown(phrase.to_string()))
        };
    };
    relative(&words, today).ok_or_else(|| DateError::Unknown(phrase.to_string()))
}

/// ISO dates, "27 November 2025", "Nov. 27", "December 2025".
fn absolute(words: &[&str], published: Option<Date>) -> Option<Interval> {
    if let [word] = words
        && let Ok(day) = word.parse::<Date>()
    {
        return Some(Interval::day(day));
    }
    // "2026-01-19 to 2026-01-25", as intervals are written back.
    if let [from, "to", to] = words
        && let (Ok(start), Ok(end)) = (from.parse::<Date>(), to.parse::<Date>())
        && start <= end
    {
        return Some(Interval { start, end });
    }
    if let Some(interval) = year_or_decade(words) {
        return Some(interval);
    }
    // "in August": the last August up to the article's month; "next
    // November", the first after it.
    let (coming, bare) = match words {
        ["next", m] => (true, Some(*m)),
        [m] => (false, Some(*m)),
        _ => (false, None),
    };
    if let Some(m) = bare.and_then(month) {
        let anchor = published?;
        let year = match (coming, m <= anchor.month()) {
            (false, true) => anchor.year(),
            (false, false) => anchor.year() - 1,
            (true, true) => anchor.year() + 1,
            (true, false) => anchor.year(),
        };
        let first = Date::new(year, m, 1).ok()?;
        return Some(Interval {
            start: first,
            end: first.last_of_month(),
        });
    }
    let number = |w: &str| -> Option<i64> {
        let digits = w
            .trim_end_matches("st")
            .trim_end_matches("nd")
            .trim_end_matches("rd")
            .trim_end_matches("th");
        digits.parse().ok()
    };
    let (m, day, year) = match words {
        [m, d] if month(m).is_some() && number(d).is_some_and(|d| d <= 31) => {
            (month(m)?, number(d), None)
        }
        [d, m] if month(m).is_some() && number(d).is_some_and(|d| d <= 31) => {
            (month(m)?, number(d), None)
        }
        [m, d, y] if month(m).is_some() && number(d).is_some_and(|d| d <= 31) => {
            (month(m)?, number(d), number(y))
        }
        [d, m, y] if month(m).is_some() && number(d).is_some_and(|d| d <= 31) => {
            (month(m)?, number(d), number(y))
        }
        [m, y] if month(m).is_some() && number(y).is_some_and(|y| y > 31) => {
            (month(m)?, None, number(y))
        }
        _ => return None,
    };
    let year = match year {
        Some(y) => i16::try_from(y).ok()?,
        None => {
            // The nearest such day to the article: "Nov. 27" in a January piece is last November.
            let anchor = published?;
            let y = anchor.year();
            let candidates = [y - 1, y, y + 1];
            return candidates
                .iter()
                .filter_map(|y| Date::new(*y, m, day.unwrap_or(1) as i8).ok())
                .min_by_key(|d| d.duration_since(anchor).abs())
                .map(|d| match day {
                    Some(_) => Interval::day(d),
                    None => Interval {
                        start: d.first_of_month(),
                        end: d.last_of_month(),
                    },
                });
        }
    };
    let first = Date::new(year, m, day.unwrap_or(1) as i8).ok()?;
    Some(match day {
        Some(_) => Interval::day(first),
        None => Interval {
            start: first,
            end: first.last_of_month(),
        },
    })
}

/// "2016", "the 1960s": a whole year or decade.
fn year_or_decade(words: &[&str]) -> Option<Interval> {
    let [word] = words else {
        return None;
    };
    let (digits, decade) = match word.strip_suffix('s') {
        Some(d) => (d, true),
        None => (*word, false),
    };
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i16 = digits.parse().ok()?;
    if !(1000..=2999).contains(&year) || (decade && year % 10 != 0) {
        return None;
    }
    let last = if decade { year + 9 } else { year };
    Some(Interval {
        start: Date::new(year, 1, 1).ok()?,
        end: Date::new(last, 12, 31).ok()?,
    })
}

/// Phrases that count from the published day.
fn relative(words: &[&str], today: Date) -> Option<Interval> {
    let monday = monday_of(today);
    let saturday = add(monday, 5);
    Some(match words {
        ["today"] | ["tonight"] | ["this", "morning" | "afternoon" | "evening"] => {
            Interval::day(today)
        }
        ["yesterday"] => Interval::day(add(today, -1)),
        ["tomorrow"] => Interval::day(add(today, 1)),
        ["this", "week"] => Interval::days(monday, 7),
        ["next", "week"] => Interval::days(add(monday, 7), 7),
        ["last", "week"] | ["past", "week"] => Interval::days(add(monday, -7), 7),
        ["this", "weekend"] | ["weekend"] => Interval::days(saturday, 2),
        ["next", "weekend"] => Interval::days(add(saturday, 7), 2),
        ["last", "weekend"] => Interval::days(add(saturday, -7), 2),
        ["coming", "days"] | ["days", "ahead"] => Interval {
            start: add(today, 1),
            end: add(today, 7),
        },
        ["this", "month"] => Interval {
            start: today.first_of_month(),
            end: today.last_of_month(),
        },
        ["next", "month"] => {
            let next = add(today.last_of_month(), 1);
            Interval {
                start: next,
                end: next.last_of_month(),
            }
        }
        ["last", "month"] => {
            let last = add(today.first_of_month(), -1);
            Interval {
                start: last.first_of_month(),
                end: last,
            }
        }
        ["this", "year"] => Interval {
            start: today.first_of_year(),
            end: today.last_of_year(),
        },
        ["next", "year"] => {
            let next = add(today.last_of_year(), 1);
            Interval {
                start: next,
                end: next.last_of_year(),
            }
        }
        ["last", "year"] => {
            let last = add(today.first_of_year(), -1);
            Interval {
                start: last.first_of_year(),
                end: last,
            }
        }
        [day] => Interval::day(nearest(today, weekday(day)?)),
        ["this", day] => Interval::day(add(
            monday,
            i64::from(weekday(day)?.to_monday_zero_offset()),
        )),
        // "This past Friday" may be today; "last Friday" is not.
        ["past", day] | ["this", "past", day] => Interval::day(on_or_before(today, weekday(day)?)),
        ["coming", day] | ["this", "coming", day] => {
            Interval::day(on_or_after(today, weekday(day)?))
        }
        ["next", day] => Interval::day(after(today, weekday(day)?)),
        ["last", day] => Interval::day(before(today, weekday(day)?)),
        _ => return None,
    })
}

/// A bare weekday means the nearest one: "on Friday" in a Friday piece is that day;
/// in a Wednesday piece the coming Friday; in a Monday piece the Friday just gone.
fn nearest(today: Date, day: Weekday) -> Date {
    let ahead = i64::from(
        (day.to_monday_zero_offset() - today.weekday().to_monday_zero_offset()).rem_euclid(7),
    );
    if ahead <= 3 {
        add(today, ahead)
    } else {
        add(today, ahead - 7)
    }
}

fn on_or_after(today: Date, day: Weekday) -> Date {
    let ahead = i64::from(
        (day.to_monday_zero_offset() - today.weekday().to_monday_zero_offset()).rem_euclid(7),
    );
    add(today, ahead)
}

fn on_or_before(today: Date, day: Weekday) -> Date {
    let back = i64::from(
        (today.weekday().to_monday_zero_offset() - day.to_monday_zero_offset()).rem_euclid(7),
    );
    add(today, -back)
}

fn after(today: Date, day: Weekday) -> Date {
    let ahead = i64::from(
        (day.to_monday_zero_offset() - today.weekday().to_monday_zero_offset()).rem_euclid(7),
    );
    add(today, if ahead == 0 { 7 } else { ahead })
}

fn before(today: Date, day: Weekday) -> Date {
    let back = i64::from(
        (today.weekday().to_monday_zero_offset() - day.to_monday_zero_offset()).rem_euclid(7),
    );
    add(today, -(if back == 0 { 7 } else { back }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    fn resolved(phrase: &str, published: Date) -> Interval {
        resolve(phrase, Some(published)).unwrap()
    }

    #[test]
    fn years_decades_and_bare_months() {
        let published = d(2026, 9, 13);
        assert_eq!(
            resolved("2016", published),
            Interval {
                start: d(2016, 1, 1),
                end: d(2016, 12, 31)
            }
        );
        assert_eq!(
            resolved("1960s", published),
            Interval {
                start: d(1960, 1, 1),
                end: d(1969, 12, 31)
            }
        );
        // A bare month is the last one up to the article's month.
        assert_eq!(
            resolved("August", published),
            Interval {
                start: d(2026, 8, 1),
                end: d(2026, 8, 31)
            }
        );
        assert_eq!(resolved("January", published).start, d(2026, 1, 1));
        assert_eq!(resolved("October", published).start, d(2025, 10, 1));
        assert_eq!(resolved("next November", published).start, d(2026, 11, 1));
        assert_eq!(resolved("next May", published).start, d(2027, 5, 1));
        assert!(resolve("1965s", Some(published)).is_err());
    }

    #[test]
    fn next_week_is_the_monday_to_sunday_after() {
        // Saturday 17 January 2026: the Davos week.
        let i = resolved("next week", d(2026, 1, 17));
        assert_eq!((i.start, i.end), (d(2026, 1, 19), d(2026, 1, 25)));
    }

    #[test]
    fn on_friday_in_a_friday_piece_is_that_day() {
        assert_eq!(
            resolved("on Friday", d(2025, 12, 19)),
            Interval::day(d(2025, 12, 19))
        );
        // From a Wednesday, Friday is two days on; from a Monday, three days back.
        assert_eq!(
            resolved("Friday", d(2025, 12, 17)),
            Interval::day(d(2025, 12, 19))
        );
        assert_eq!(
            resolved("Friday", d(2025, 12, 22)),
            Interval::day(d(2025, 12, 19))
        );
        assert_eq!(
            resolved("last Friday", d(2025, 12, 19)),
            Interval::day(d(2025, 12, 12))
        );
        assert_eq!(
            resolved("this past Friday", d(2025, 12, 19)),
            Interval::day(d(2025, 12, 19))
        );
        assert_eq!(
            resolved("this past Saturday", d(2026, 2, 18)),
            Interval::day(d(2026, 2, 14))
        );
        assert_eq!(
            resolved("this coming Friday", d(2025, 12, 19)),
            Interval::day(d(2025, 12, 19))
        );
        assert_eq!(
            resolved("next Friday", d(2025, 12, 19)),
            Interval::day(d(2025, 12, 26))
        );
    }

    #[test]
    fn this_weekend_is_saturday_and_sunday() {
        let i = resolved("this weekend", d(2025, 12, 19));
        assert_eq!((i.start, i.end), (d(2025, 12, 20), d(2025, 12, 21)));
    }

    #[test]
    fn explicit_dates_take_the_nearest_year() {
        assert_eq!(
            resolved("Nov. 27", d(2025, 12, 1)),
            Interval::day(d(2025, 11, 27))
        );
        assert_eq!(
            resolved("27 November", d(2026, 1, 10)),
            Interval::day(d(2025, 11, 27))
        );
        assert_eq!(
            resolved("January 3", d(2025, 12, 28)),
            Interval::day(d(2026, 1, 3))
        );
        assert_eq!(
            resolved("December 19, 2025", d(2026, 6, 1)),
            Interval::day(d(2025, 12, 19))
        );
        assert_eq!(
            resolved("2025-12-19", d(2026, 6, 1)),
            Interval::day(d(2025, 12, 19))
        );
        let december = resolved("December 2025", d(2026, 6, 1));
        assert_eq!(
            (december.start, december.end),
            (d(2025, 12, 1), d(2025, 12, 31))
        );
    }

    #[test]
    fn relative_phrases_need_a_published_date() {
        assert!(matches!(
            resolve("next week", None),
            Err(DateError::NoAnchor(_))
        ));
        assert!(resolve("2025-12-19", None).is_ok());
        assert!(matches!(
            resolve("when pigs fly", Some(d(2025, 1, 1))),
            Err(DateError::Unknown(_))
        ));
    }

    #[test]
    fn disjoint_intervals_do_not_overlap() {
        let friday = resolved("Friday", d(2025, 12, 19));
        let davos = resolved("next week", d(2026, 1, 17));
        assert!(!friday.overlaps(&davos));
        assert!(davos.overlaps(&davos));
    }
}
