//! `head`: an organisation has one head at a time. Two different heads conflict
//! only when the times they are claimed for overlap: "Yermak heads the office" in
//! November and "Budanov heads the office" in January is a change, not a conflict.
//!
//! - `two-heads`: two people named head of one organisation at the same time.

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement,
};
use crate::corpus::policy::Policy;
use crate::normalize::facts::{Fact, Value};

pub struct HeadRule;

pub const TWO_HEADS: &str = "two-heads";

impl Rule for HeadRule {
    fn policy(&self) -> Policy {
        Policy::OneAtATime
    }

    fn codes(&self) -> &'static [&'static str] {
        &[TWO_HEADS]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        AcrossTime::SameValueOnly
    }

    fn one_article(&self) -> OneArticle {
        // An article naming two heads of one office at one time is compared.
        OneArticle::BothStand
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::Entity(x), Value::Entity(y)) = (&a.value, &b.value) else {
            return Judgement::Unrelated;
        };
        if x == y {
            return Judgement::Agree;
        }
        if !a.when.overlaps(&b.when) {
            return Judgement::Unrelated;
        }
        let when = if a.when == b.when {
            format!("the same time ({})", a.when)
        } else {
            "overlapping times".to_string()
        };
        Judgement::Conflict(Conflict {
            code: TWO_HEADS,
            severity: Severity::Contradiction,
            why: cx.why(|| {
                format!(
                    "{} and {} cannot both hold the one post at {when}",
                    cx.entities.get(*x).name,
                    cx.entities.get(*y).name
                )
            }),
        })
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("names", "name"),
            rest: format!("{value} head of {subject}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::normalize::entities::EntityTable;
    use crate::normalize::facts::Subject;
    use crate::rules::testing::{context, fact};

    #[test]
    fn heads_conflict_only_at_the_same_time() {
        let mut table = EntityTable::default();
        let office = Subject::Entity(table.resolve("Office of the President"));
        let yermak = Value::Entity(table.resolve("Andriy Yermak"));
        let budanov = Value::Entity(table.resolve("Kyrylo Budanov"));
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let head = |article, v: &Value, day| {
            fact(article, office.clone(), Policy::OneAtATime, v.clone(), day)
        };

        let change = HeadRule.judge(
            &head(0, &yermak, "2025-11-10"),
            &head(1, &budanov, "2026-01-17"),
            &cx,
        );
        assert_eq!(change, Judgement::Unrelated);
        let clash = HeadRule.judge(
            &head(0, &yermak, "2026-01-17"),
            &head(1, &budanov, "2026-01-17"),
            &cx,
        );
        let Judgement::Conflict(c) = clash else {
            panic!("{clash:?}")
        };
        assert!(
            c.why.contains("Andriy Yermak and Kyrylo Budanov"),
            "{}",
            c.why
        );
        let twice = HeadRule.judge(
            &head(0, &budanov, "2026-01-17"),
            &head(1, &budanov, "2026-01-17"),
            &cx,
        );
        assert_eq!(twice, Judgement::Agree);
    }
}
