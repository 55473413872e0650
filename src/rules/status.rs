//! `status`: an agreement or issue is in one state at a time, and states move
//! forward: open, then agreed, then signed. Moving forward over time is progress.
//!
//! - `states-differ`: two different states claimed for the same time.
//! - `moved-back`: a later report puts it in an earlier state (a warning: texts
//!   agreed by negotiators may still await a final deal).
//! - `reopened-after-final`: a later report puts it back after it was signed or
//!   rejected.

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement,
};
use crate::corpus::policy::Policy;
use crate::normalize::facts::{Fact, Value};

pub struct StatusRule;

pub const STATES_DIFFER: &str = "states-differ";
pub const MOVED_BACK: &str = "moved-back";
pub const REOPENED_AFTER_FINAL: &str = "reopened-after-final";

impl Rule for StatusRule {
    fn policy(&self) -> Policy {
        Policy::Progression
    }

    fn codes(&self) -> &'static [&'static str] {
        &[STATES_DIFFER, MOVED_BACK, REOPENED_AFTER_FINAL]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        // A deal cannot be signed in March and still under negotiation in May.
        AcrossTime::Anything
    }

    fn one_article(&self) -> OneArticle {
        // A deal "agreed" and "signed" in one article is one progression.
        OneArticle::BothStand
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::State(x), Value::State(y)) = (&a.value, &b.value) else {
            return if a.value == b.value {
                Judgement::Agree
            } else {
                Judgement::Unrelated
            };
        };
        if x == y {
            return Judgement::Agree;
        }
        if a.when.overlaps(&b.when) {
            return Judgement::Conflict(Conflict {
                code: STATES_DIFFER,
                severity: Severity::Contradiction,
                why: cx.why(|| format!("it cannot be both {x} and {y} at the same time")),
            });
        }
        let (first, then) = if a.when.end < b.when.start {
            (x, y)
        } else {
            (y, x)
        };
        if first.is_final() {
            return Judgement::Conflict(Conflict {
                code: REOPENED_AFTER_FINAL,
                severity: Severity::Contradiction,
                why: cx.why(|| format!("once {first}, it cannot later be {then}")),
            });
        }
        match (first.rank(), then.rank()) {
            (Some(r1), Some(r2)) if r2 < r1 => Judgement::Conflict(Conflict {
                code: MOVED_BACK,
                severity: Severity::Warning,
                why: cx.why(|| format!(
                    "the later report has it {then} after the earlier one had it {first}: a step back, or texts agreed but no final deal"
                )),
            }),
            _ => Judgement::Unrelated,
        }
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("describes", "describe"),
            rest: format!("{subject} as {value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Subject;
    use crate::normalize::state::State;
    use crate::rules::testing::{context, fact};

    fn status(article: usize, state: State, day: &str) -> Fact {
        fact(
            article,
            Subject::Event("deal".into()),
            Policy::Progression,
            Value::State(state),
            day,
        )
    }

    #[test]
    fn progress_is_not_a_conflict_and_going_back_is() {
        let (corpus, table) = (Corpus::default(), EntityTable::default());
        let cx = context(&corpus, &table);
        let forward = StatusRule.judge(
            &status(0, State::Open, "2025-12-01"),
            &status(1, State::Agreed, "2025-12-19"),
            &cx,
        );
        assert_eq!(forward, Judgement::Unrelated);
        let back = StatusRule.judge(
            &status(0, State::Agreed, "2025-12-19"),
            &status(1, State::Open, "2026-01-17"),
            &cx,
        );
        assert!(
            matches!(
                back,
                Judgement::Conflict(Conflict {
                    code: MOVED_BACK,
                    severity: Severity::Warning,
                    ..
                })
            ),
            "{back:?}"
        );
        let reopened = StatusRule.judge(
            &status(1, State::Open, "2026-01-17"),
            &status(0, State::Signed, "2025-12-19"),
            &cx,
        );
        assert!(
            matches!(
                reopened,
                Judgement::Conflict(Conflict {
                    code: REOPENED_AFTER_FINAL,
                    ..
                })
            ),
            "{reopened:?}"
        );
        let same_day = StatusRule.judge(
            &status(0, State::Open, "2025-12-19"),
            &status(1, State::Agreed, "2025-12-19"),
            &cx,
        );
        assert!(
            matches!(
                same_day,
                Judgement::Conflict(Conflict {
                    code: STATES_DIFFER,
                    ..
                })
            ),
            "{same_day:?}"
        );
    }
}
