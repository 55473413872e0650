//! `time`: one clock time per event. Hedges widen a time into the minutes its
//! wording allows ("about 8.05 pm" is 7.50 to 8.20); times in different zones
//! are not compared.
//!
//! An article that gives one event two times that differ, in its own voice,
//! is set aside (see [`Rule::one_article`]).
//!
//! - `times-differ`: the two times cannot be the same moment. A warning when
//!   they are within half an hour of each other (a clock read in haste, or a
//!   time given for a different stage of the event), or when two sources give
//!   them ("police said 7.45 pm", or one article's own time and the time it
//!   quotes from the police); a contradiction beyond.

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement,
};
use crate::corpus::policy::Policy;
use crate::normalize::facts::{Fact, Value};

pub struct ClockRule;

pub const TIMES_DIFFER: &str = "times-differ";

/// Minutes apart within which two times are a warning, not a contradiction.
const CLOSE: i32 = 30;

impl Rule for ClockRule {
    fn policy(&self) -> Policy {
        Policy::Clock
    }

    fn codes(&self) -> &'static [&'static str] {
        &[TIMES_DIFFER]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        // The time of an event is compared whenever it was reported.
        AcrossTime::Anything
    }

    fn one_article(&self) -> OneArticle {
        // An article that times one event twice, hours apart, in its own
        // voice, tells of two moments of it (the blast and the collapse);
        // its own time against the time it quotes from the police is a
        // disagreement of sources.
        OneArticle::OwnVoice
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::Clock(x), Value::Clock(y)) = (&a.value, &b.value) else {
            return if a.value == b.value {
                Judgement::Agree
            } else {
                Judgement::Unrelated
            };
        };
        if !x.comparable(y) {
            return Judgement::Unrelated;
        }
        if x.overlaps(y) {
            return Judgement::Agree;
        }
        let gap = x.gap(y);
        let sources = cx.two_sources(a, b, self.one_article());
        let severity = if gap <= CLOSE || sources.is_some() {
            Severity::Warning
        } else {
            Severity::Contradiction
        };
        Judgement::Conflict(Conflict {
            code: TIMES_DIFFER,
            severity,
            why: cx.why(|| {
                let apart = format!(
                    "{x} and {y} are at least {gap} minutes apart, even allowing for their hedges"
                );
                match sources {
                    Some((first, second)) => {
                        format!("{apart}, but they come from two sources ({first}, {second})")
                    }
                    None => apart,
                }
            }),
        })
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("times", "time"),
            rest: format!("{subject} at {value}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::normalize::clock::ClockTime;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Subject;
    use crate::rules::testing::{context, fact};

    fn time(article: usize, text: &str) -> Fact {
        fact(
            article,
            Subject::Event("crash".into()),
            Policy::Clock,
            Value::Clock(ClockTime::parse(text).unwrap()),
            "2026-08-08",
        )
    }

    fn severity(j: Judgement) -> Option<Severity> {
        match j {
            Judgement::Conflict(c) => Some(c.severity),
            _ => None,
        }
    }

    #[test]
    fn hedges_and_zones_decide() {
        let (corpus, table) = (Corpus::default(), EntityTable::default());
        let cx = context(&corpus, &table);
        let judge = |a, b| ClockRule.judge(&time(0, a), &time(1, b), &cx);
        assert_eq!(judge("around 8.31 pm", "8.27 p.m."), Judgement::Agree);
        assert_eq!(
            severity(judge("about 8.05 pm", "8.27 p.m.")),
            Some(Severity::Warning)
        );
        assert_eq!(
            severity(judge("about 11:40 p.m. local time", "10:40 p.m.")),
            Some(Severity::Contradiction)
        );
        assert_eq!(
            judge("6:15 a.m. CDT", "3:01 a.m. EDT"),
            Judgement::Unrelated
        );
    }
}
