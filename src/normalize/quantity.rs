//! Numbers as news states them: "some 58,000 workers", "over four hours",
//! "nearly four years", "at least 15", "dozens". Each becomes the range of values
//! its wording allows, so that "about 58,000" and "57,600" can agree while
//! "15" and "50" cannot.

/// How a number was qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Hedge {
    Exact,
    About,
    Nearly,
    AtLeast,
    AtMost,
}

/// How far either way "about" stretches, as a share of the figure: "about
/// 200" passengers covers 212 (a rounding), "roughly 19,000" strikers does not
/// stretch to 21,000, which a careful reader sees as a different figure
/// (within 10%, so the rules warn rather than contradict).
const ABOUT: f64 = 0.075;

/// Every phrase that qualifies a number, and the hedge it is, longest phrase
/// first (in words): "no more than 15" is at most 15, not "more than" 15.
/// Extraction finds them before numbers; normalize reads them in objects
/// ("some 58,000") and in a claim's `hedge:` field.
pub const HEDGES: &[(&str, Hedge)] = &[
    ("no more than", Hedge::AtMost),
    ("not more than", Hedge::AtMost),
    ("no fewer than", Hedge::AtLeast),
    ("not fewer than", Hedge::AtLeast),
    ("no less than", Hedge::AtLeast),
    ("not less than", Hedge::AtLeast),
    ("a little over", Hedge::AtLeast),
    ("a little under", Hedge::Nearly),
    ("as much as", Hedge::AtMost),
    ("as many as", Hedge::AtMost),
    ("an estimated", Hedge::About),
    ("just under", Hedge::Nearly),
    ("close to", Hedge::Nearly),
    ("more than", Hedge::AtLeast),
    ("at least", Hedge::AtLeast),
    ("upwards of", Hedge::AtLeast),
    ("fewer than", Hedge::AtMost),
    ("less than", Hedge::AtMost),
    ("at most", Hedge::AtMost),
    ("up to", Hedge::AtMost),
    ("approximately", Hedge::About),
    ("estimated", Hedge::About),
    ("roughly", Hedge::About),
    ("around", Hedge::About),
    ("about", Hedge::About),
    ("some", Hedge::About),
    ("nearly", Hedge::Nearly),
    ("almost", Hedge::Nearly),
    ("over", Hedge::AtLeast),
    ("above", Hedge::AtLeast),
    ("under", Hedge::AtMost),
    ("below", Hedge::AtMost),
];

impl Hedge {
    /// The hedge a phrase opens with, and the rest of the phrase.
    pub fn split(text: &str) -> (Hedge, &str) {
        let lead = text.len() - text.trim_start().len();
        let lower = text[lead..].to_lowercase();
        for (phrase, hedge) in HEDGES {
            if lower.starts_with(phrase) && lower[phrase.len()..].starts_with(' ') {
                return (*hedge, text.get(lead + phrase.len() + 1..).unwrap_or(""));
            }
        }
        (Hedge::Exact, text)
    }

    /// The hedge that the phrase `words` is, if it is one ("no more than").
    pub fn phrase(words: &str) -> Option<Hedge> {
        HEDGES
            .iter()
            .find(|(phrase, _)| phrase.eq_ignore_ascii_case(words))
            .map(|(_, hedge)| *hedge)
    }

    /// The hedge named by a claims file's `hedge:` field ("over", "about", …).
    pub fn named(word: &str) -> Option<Hedge> {
        match Hedge::split(&format!("{} x", word.trim())) {
            (Hedge::Exact, _) => None,
            (hedge, _) => Some(hedge),
        }
    }
}

/// A number with its unit and the range its wording allows.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub value: f64,
    /// For durations: the value in hours, so weeks and days compare.
    pub unit: Option<String>,
    pub low: f64,
    pub high: f64,
}

/// A hedge written after the number ("30 or so", "40 or more"), and the
/// phrase without it.
fn trailing_hedge(text: &str) -> (Hedge, &str) {
    let trimmed = text.trim_end();
    let lower = trimmed.to_lowercase();
    for (words, hedge) in [
        (" or so", Hedge::About),
        (" or more", Hedge::AtLeast),
        (" or fewer", Hedge::AtMost),
        (" or less", Hedge::AtMost),
    ] {
        if let Some(at) = lower.find(words)
            && trimmed.is_char_boundary(at)
        {
            return (hedge, &trimmed[..at]);
        }
    }
    (Hedge::Exact, text)
}

impl Quantity {
    /// Reads "some 58,000", "over four hours", "nearly four-year-long",
    /// "dozens", "£2.5bn", "30 or so" ([`super::amount`] reads the number
    /// and its unit). An explicit `hedge` (from the claims file) overrides one
    /// in the text.
    pub fn parse(text: &str, hedge: Option<&str>) -> Option<Quantity> {
        let (found, rest) = Hedge::split(text);
        let (after, rest) = trailing_hedge(rest);
        let found = if found == Hedge::Exact { after } else { found };
        let hedge = hedge.and_then(Hedge::named).unwrap_or(found);
        let amount = super::amount::read(rest)?;
        let (value, low, high) = (amount.value, amount.low, amount.high);
        let ordered = |a: f64, b: f64| (a.min(b), a.max(b));
        let (low, high) = match hedge {
            Hedge::Exact => (low, high),
            Hedge::About => ordered(low * (1.0 - ABOUT), high * (1.0 + ABOUT)),
            Hedge::Nearly => ordered(low * 0.85, high),
            Hedge::AtLeast => (low, f64::INFINITY),
            // Counts are not negative; a negative figure ("-35 degrees") has no floor.
            Hedge::AtMost if value < 0.0 => (f64::NEG_INFINITY, high),
            Hedge::AtMost => (0.0, high),
        };
        let (low, high) = ordered(low.min(value), high.max(value));
        Some(Quantity {
            value,
            unit: amount.unit.map(String::from),
            low,
            high,
        })
    }

    /// Whether the two ranges share a value.
    pub fn overlaps(&self, other: &Quantity) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// How far apart the figures as written are, as a share of the larger
    /// ("roughly 19,000" and "21,000": 0.095), whatever their hedges.
    pub fn apart(&self, other: &Quantity) -> f64 {
        let larger = self.value.abs().max(other.value.abs());
        if larger == 0.0 {
            return 0.0;
        }
        (self.value - other.value).abs() / larger
    }

    /// How far apart the ranges are, as a share of the larger value (0 when they overlap).
    pub fn gap(&self, other: &Quantity) -> f64 {
        if self.overlaps(other) {
            return 0.0;
        }
        let (lower, upper) = if self.high < other.low {
            (self, other)
        } else {
            (other, self)
        };
        (upper.low - lower.high) / upper.low.abs().max(lower.high.abs()).max(f64::MIN_POSITIVE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hedges_are_listed_longest_first() {
        let words = |phrase: &str| phrase.split(' ').count();
        for pair in HEDGES.windows(2) {
            assert!(words(pair[0].0) >= words(pair[1].0), "{pair:?}");
        }
        assert_eq!(Hedge::split("no more than 15"), (Hedge::AtMost, "15"));
        assert_eq!(Hedge::split("  More than 15"), (Hedge::AtLeast, "15"));
        assert_eq!(Hedge::split("overall 15"), (Hedge::Exact, "overall 15"));
        assert_eq!(Hedge::phrase("No fewer than"), Some(Hedge::AtLeast));
    }

    #[test]
    fn hedged_numbers_become_ranges() {
        let q = Quantity::parse("some 58,000 workers", None).unwrap();
        assert_eq!(q.value, 58000.0);
        assert!(q.low < 58000.0 && q.high > 58000.0);
        let over = Quantity::parse("four hours", Some("over")).unwrap();
        assert_eq!((over.value, over.low), (4.0, 4.0));
        assert!(over.high.is_infinite());
        let nearly = Quantity::parse("nearly four-year-long", None).unwrap();
        assert_eq!(nearly.unit.as_deref(), Some("hours"));
        assert!(nearly.low < nearly.value && nearly.high == nearly.value);
    }

    #[test]
    fn agreeing_and_disagreeing_counts() {
        let a = Quantity::parse("about 58,000", None).unwrap();
        let b = Quantity::parse("57,600", None).unwrap();
        assert!(a.overlaps(&b));
        let about = |text: &str| Quantity::parse(&format!("about {text}"), None).unwrap();
        let exact = |text: &str| Quantity::parse(text, None).unwrap();
        assert!(about("200").overlaps(&exact("212")));
        assert!(!about("19,000").overlaps(&exact("21,000")));
        let fifteen = Quantity::parse("at least 15", None).unwrap();
        let ten = Quantity::parse("10", None).unwrap();
        assert!(!fifteen.overlaps(&ten));
        assert!(fifteen.overlaps(&Quantity::parse("50", None).unwrap()));
    }

    #[test]
    fn durations_compare_across_units() {
        let days = Quantity::parse("two days", None).unwrap();
        let hours = Quantity::parse("48 hours", None).unwrap();
        assert!(days.overlaps(&hours));
        assert!(!Quantity::parse("3 weeks", None).unwrap().overlaps(&hours));
    }

    #[test]
    fn negative_figures_keep_their_ranges_in_order() {
        // Found by the date_resolver fuzz target.
        for text in [
            "at most -35",
            "at least -35",
            "about -10",
            "nearly -4",
            "-7",
        ] {
            let q = Quantity::parse(text, None).unwrap();
            assert!(q.low <= q.high, "{text}: {q:?}");
            assert!(q.low <= q.value && q.value <= q.high, "{text}: {q:?}");
        }
        let at_most = Quantity::parse("at most -35", None).unwrap();
        assert!(at_most.low.is_infinite() && at_most.high == -35.0);
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(Quantity::parse("twenty-five", None).unwrap().value, 25.0);
        assert_eq!(
            Quantity::parse("1.5 million people", None).unwrap().value,
            1.5e6
        );
        assert!(Quantity::parse("dozens", None).unwrap().high > 24.0);
        let several = Quantity::parse("several", None).unwrap();
        assert_eq!((several.low, several.high), (3.0, 9.0));
        assert!(Quantity::parse("the mayor", None).is_none());
        let or_so = Quantity::parse("30 or so", None).unwrap();
        assert!(or_so.low < 30.0 && or_so.high > 30.0, "{or_so:?}");
        let or_more = Quantity::parse("40 or more", None).unwrap();
        assert!(or_more.high.is_infinite());
    }
}
