//! `date`: one date, or interval, per meeting. Dates are resolved against the day
//! each article appeared ("next week" in a January piece is a January week), so
//! two claims conflict only when the days they name cannot overlap.
//!
//! - `disjoint-dates`: the two intervals share no day.

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement,
};
use crate::corpus::policy::Policy;
use crate::normalize::facts::{Fact, Value};

pub struct DateRule;

pub const DISJOINT_DATES: &str = "disjoint-dates";

impl Rule for DateRule {
    fn policy(&self) -> Policy {
        Policy::Interval
    }

    fn codes(&self) -> &'static [&'static str] {
        &[DISJOINT_DATES]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        // A date is compared as a value, whenever it was reported.
        AcrossTime::Anything
    }

    fn one_article(&self) -> OneArticle {
        // An event dated twice by one article still has its dates compared.
        OneArticle::BothStand
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        match (&a.value, &b.value) {
            (Value::Date(x), Value::Date(y)) if x.overlaps(y) => Judgement::Agree,
            (Value::Date(x), Value::Date(y)) => Judgement::Conflict(Conflict {
                code: DISJOINT_DATES,
                severity: Severity::Contradiction,
                why: cx.why(|| format!("{x} and {y} share no day")),
            }),
            (x, y) if x == y => Judgement::Agree,
            _ => Judgement::Unrelated,
        }
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("dates", "date"),
            rest: format!("{subject} to {value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::normalize::dates::resolve;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Subject;
    use crate::rules::testing::{context, fact};

    #[test]
    fn intervals_that_share_a_day_agree() {
        let (corpus, table) = (Corpus::default(), EntityTable::default());
        let cx = context(&corpus, &table);
        let on = |article, phrase: &str, published: &str| {
            let interval = resolve(phrase, Some(published.parse().unwrap())).unwrap();
            fact(
                article,
                Subject::Event("m".into()),
                Policy::Interval,
                Value::Date(interval),
                published,
            )
        };
        // "next week" from a Saturday and "Wednesday" from the following Monday: the same week.
        assert_eq!(
            DateRule.judge(
                &on(0, "next week", "2026-01-17"),
                &on(1, "Wednesday", "2026-01-19"),
                &cx
            ),
            Judgement::Agree
        );
        let clash = DateRule.judge(
            &on(0, "Friday", "2025-12-19"),
            &on(1, "next week", "2025-12-19"),
            &cx,
        );
        assert!(
            matches!(
                clash,
                Judgement::Conflict(Conflict {
                    code: DISJOINT_DATES,
                    ..
                })
            ),
            "{clash:?}"
        );
    }
}
