//! `count` and `duration`: one number per subject (at a time). Hedges widen a
//! number into the range its wording allows ("some 58,000", "over four hours");
//! two claims conflict only when their ranges do not meet.
//!
//! - `numbers-differ`: the ranges do not meet. A warning when the gap is within
//!   10% (rounding, or a figure updated in passing); a contradiction beyond.
//! - `sources-disagree` (warning): the ranges do not meet, but each figure is
//!   given by a named source and the sources differ ("police said 5,000",
//!   "organisers said 20,000"), or one article gives one figure as its own and
//!   quotes a source for another: each counts its own way. Outlets stating
//!   different figures in their own voice contradict each other.
//! - `toll-fell`: a toll (the killed, the injured) given later is lower than
//!   one given before: a warning, since a toll only rises unless it was
//!   corrected. A later, higher toll is an update.
//!
//! What a count counts decides what its figures are compared with over time
//! ([`Course`]): tolls across days as above, what was settled when the event
//! happened (the people on board) whatever day it was reported, anything else
//! only at one time. A count of bare "people" says nothing of what is counted
//! and is compared with nothing.
//!
//! An article that gives one subject two conflicting figures at one time, from
//! one source, is taken to count two things by one name, and its figures on it
//! are set aside (see [`Rule::one_article`]).

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement, concurrent,
};
use crate::corpus::policy::Policy;
use crate::normalize::counted::{self, Course};
use crate::normalize::facts::{Fact, Value};
use crate::normalize::measured;
use crate::normalize::quantity::Quantity;

pub struct QuantityRule;

pub const NUMBERS_DIFFER: &str = "numbers-differ";
pub const TOLL_FELL: &str = "toll-fell";
pub const SOURCES_DISAGREE: &str = "sources-disagree";

/// Ranges closer than this share of the larger value differ by rounding, at most.
const ROUNDING: f64 = 0.10;

impl Rule for QuantityRule {
    fn policy(&self) -> Policy {
        Policy::Quantity
    }

    fn codes(&self) -> &'static [&'static str] {
        &[NUMBERS_DIFFER, TOLL_FELL, SOURCES_DISAGREE]
    }

    fn across_time(&self, subject: &str) -> AcrossTime {
        match course(subject) {
            Course::Rises | Course::Fixed => AcrossTime::Anything,
            Course::Moves => AcrossTime::Nothing,
        }
    }

    fn one_article(&self) -> OneArticle {
        // An article that puts "seats" at 412 and at 121 counts two things
        // (one party's and another's), not one thing twice; its own "three
        // bodies" are a part of the toll it quotes.
        OneArticle::NamedSources
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::Quantity(x), Value::Quantity(y)) = (&a.value, &b.value) else {
            return if a.value == b.value {
                Judgement::Agree
            } else {
                Judgement::Unrelated
            };
        };
        let subject = cx.entity_name(&a.subject).unwrap_or_default();
        if x.unit != y.unit || !counted::says_what(subject) {
            return Judgement::Unrelated;
        }
        if !concurrent(a, b) {
            match course(subject) {
                Course::Fixed => {}
                Course::Rises => return rising(a, x, b, y, cx),
                Course::Moves => return Judgement::Unrelated,
            }
        }
        if x.overlaps(y) {
            return Judgement::Agree;
        }
        let gap = x.gap(y);
        let percent = (gap * 100.0).round();
        if let Some((first, second)) = cx.two_sources(a, b, self.one_article()) {
            return Judgement::Conflict(Conflict {
                code: SOURCES_DISAGREE,
                severity: Severity::Warning,
                why: cx.why(|| {
                    format!(
                        "the figures are {percent}% apart, but they come from two sources ({first}, {second}), each by its own count"
                    )
                }),
            });
        }
        if gap <= ROUNDING {
            Judgement::Conflict(Conflict {
                code: NUMBERS_DIFFER,
                severity: Severity::Warning,
                why: cx.why(|| {
                    let apart = (x.apart(y) * 100.0).round();
                    if apart > percent {
                        format!(
                            "the figures are {apart}% apart, {percent}% beyond what their hedges allow, which rounding or an update may explain"
                        )
                    } else {
                        format!(
                            "the figures are {percent}% apart, which rounding or an update may explain"
                        )
                    }
                }),
            })
        } else {
            Judgement::Conflict(Conflict {
                code: NUMBERS_DIFFER,
                severity: Severity::Contradiction,
                why: cx.why(|| {
                    format!("even allowing for their hedges the figures are {percent}% apart")
                }),
            })
        }
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("puts", "put"),
            rest: format!("{subject} at {value}"),
        }
    }
}

/// How the figure named `subject` changes over time: a measure's course
/// ([`measured::course`]) or a count's ([`counted::course`]).
fn course(subject: &str) -> Course {
    measured::course(subject).unwrap_or_else(|| counted::course(subject))
}

/// Two tolls given at different times: the later one lower is a warning; the
/// later one higher an update, related to nothing.
fn rising(a: &Fact, x: &Quantity, b: &Fact, y: &Quantity, cx: &Context) -> Judgement {
    let ((earlier, before), (later, after)) = if a.when.start <= b.when.start {
        ((a, x), (b, y))
    } else {
        ((b, y), (a, x))
    };
    if after.overlaps(before) {
        return Judgement::Agree;
    }
    if after.low > before.high {
        return Judgement::Unrelated;
    }
    Judgement::Conflict(Conflict {
        code: TOLL_FELL,
        severity: Severity::Warning,
        why: cx.why(|| {
            format!(
                "the later figure ({}) is lower than the earlier one ({}): a toll only rises, unless it was corrected",
                later.when.start, earlier.when.start
            )
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Subject;
    use crate::normalize::quantity::Quantity;
    use crate::rules::testing::{context, fact};

    fn count(article: usize, text: &str) -> Fact {
        let q = Quantity::parse(text, None).unwrap();
        fact(
            article,
            Subject::Event("strike".into()),
            Policy::Quantity,
            Value::Quantity(q),
            "2025-12-01",
        )
    }

    #[test]
    fn hedges_decide() {
        let (corpus, table) = (Corpus::default(), EntityTable::default());
        let cx = context(&corpus, &table);
        assert_eq!(
            QuantityRule.judge(&count(0, "some 58,000"), &count(1, "58,000"), &cx),
            Judgement::Agree
        );
        assert_eq!(
            QuantityRule.judge(&count(0, "at least 15"), &count(1, "22"), &cx),
            Judgement::Agree
        );
        let near = QuantityRule.judge(&count(0, "58,000"), &count(1, "60,000"), &cx);
        assert!(
            matches!(
                near,
                Judgement::Conflict(Conflict {
                    severity: Severity::Warning,
                    ..
                })
            ),
            "{near:?}"
        );
        // "Roughly" does not stretch to a figure 10% away; it covers one 6% away.
        let loose = QuantityRule.judge(&count(0, "roughly 19,000"), &count(1, "21,000"), &cx);
        assert_eq!(
            loose,
            Judgement::Conflict(Conflict {
                code: NUMBERS_DIFFER,
                severity: Severity::Warning,
                why: "the figures are 10% apart, 3% beyond what their hedges allow, which rounding or an update may explain".into(),
            })
        );
        assert_eq!(
            QuantityRule.judge(&count(0, "about 200"), &count(1, "212"), &cx),
            Judgement::Agree
        );
        let far = QuantityRule.judge(&count(0, "15"), &count(1, "50"), &cx);
        assert!(
            matches!(
                far,
                Judgement::Conflict(Conflict {
                    severity: Severity::Contradiction,
                    ..
                })
            ),
            "{far:?}"
        );
    }
}
