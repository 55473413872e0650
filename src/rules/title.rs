//! `title`: a person holds many titles at once; two conflict only when they
//! exclude each other at the same time.
//!
//! - `former-vs-current`: "former X" against "X", when a known tenure of X covers
//!   both claims' dates, or both claims speak of the same day.
//! - `official-vs-informal`: an official post against "informal adviser", at the
//!   same time (a warning: the two are often used loosely).
//! - `exclusive-titles`: two titles the corpus's policy lists as exclusive, at the
//!   same time.
//! - `two-posts` (warning): two different portfolios of one government, a
//!   minister's or a secretary's ("Finance Minister", "Trade Minister"), for
//!   one person at the same time: an outdated title, or a dual role. Roles
//!   that go with a post (negotiator, envoy, spokesperson) and ranks are no
//!   portfolio.
//! - `outdated-title` (contradiction): a person called by one portfolio after
//!   another, when the corpus calls someone else by the later one since she
//!   moved ("Defence Minister X" on Monday, "foreign minister Y" on Monday,
//!   "Foreign Minister X" on Friday).

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement, concurrent,
};
use crate::corpus::policy::Policy;
use jiff::civil::Date;

use crate::normalize::facts::{Fact, Subject, Value};
use crate::normalize::titles::Title;

pub struct TitleRule;

pub const FORMER_VS_CURRENT: &str = "former-vs-current";
pub const OFFICIAL_VS_INFORMAL: &str = "official-vs-informal";
pub const EXCLUSIVE_TITLES: &str = "exclusive-titles";
pub const TWO_POSTS: &str = "two-posts";
pub const OUTDATED_TITLE: &str = "outdated-title";

impl Rule for TitleRule {
    fn policy(&self) -> Policy {
        Policy::Titles
    }

    fn codes(&self) -> &'static [&'static str] {
        &[
            FORMER_VS_CURRENT,
            OFFICIAL_VS_INFORMAL,
            EXCLUSIVE_TITLES,
            TWO_POSTS,
            OUTDATED_TITLE,
        ]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        // "Former minister" in March and "minister" in May can conflict.
        AcrossTime::Anything
    }

    fn one_article(&self) -> OneArticle {
        // A person holds many titles at once.
        OneArticle::BothStand
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::Title(ta), Value::Title(tb)) = (&a.value, &b.value) else {
            return Judgement::Unrelated;
        };
        if ta == tb {
            return Judgement::Agree;
        }
        if ta.same_office(tb) && ta.former != tb.former {
            let (former, current) = if ta.former { (a, b) } else { (b, a) };
            return former_vs_current(former, current, tb, cx);
        }
        if let Some(judgement) = outdated(a, ta, b, tb, cx) {
            return judgement;
        }
        if !concurrent(a, b) {
            return Judgement::Unrelated;
        }
        if (ta.informal && tb.official && !tb.former) || (tb.informal && ta.official && !ta.former)
        {
            return Judgement::Conflict(Conflict {
                code: OFFICIAL_VS_INFORMAL,
                severity: Severity::Warning,
                why: cx.why(|| "one is an official post and the other says there is none".into()),
            });
        }
        let policy = cx.corpus.policies.of(&a.predicate);
        let excluded = policy.excludes.iter().any(|[x, y]| {
            let (x, y) = (Title::parse(x), Title::parse(y));
            (x.same_office(ta) && y.same_office(tb)) || (x.same_office(tb) && y.same_office(ta))
        });
        if excluded && !ta.former && !tb.former {
            return Judgement::Conflict(Conflict {
                code: EXCLUSIVE_TITLES,
                severity: Severity::Contradiction,
                why: cx.why(|| "the corpus's policy says no one holds both at once".into()),
            });
        }
        if a.when == b.when && two_portfolios(ta, tb) {
            return Judgement::Conflict(Conflict {
                code: TWO_POSTS,
                severity: Severity::Warning,
                why: cx.why(|| {
                    format!(
                        "{}two posts of one government at once: an outdated title, or a dual role",
                        both_speak_of(a, b, cx)
                    )
                }),
            });
        }
        Judgement::Unrelated
    }

    fn statement(&self, subject: &str, value: &str, _fact: &Fact) -> Statement {
        Statement {
            verb: ("calls", "call"),
            rest: format!("{subject} {value}"),
        }
    }
}

/// "both speak of 2026-03-09, ": the day two titles hold on, as a meeting's
/// day or their own, rather than the day each report appeared; empty
/// when it is the day both appeared.
fn both_speak_of(a: &Fact, b: &Fact, cx: &Context) -> String {
    let published = |f: &Fact| cx.corpus.articles[f.article].published;
    let day = a.when.start;
    if a.when.end != day || (published(a) == Some(day) && published(b) == Some(day)) {
        return String::new();
    }
    format!("both speak of {day}, ")
}

/// "Defence Minister Ilse Kaunitz" on Monday, "Foreign Minister Ilse
/// Kaunitz" on Friday, and "foreign minister Oskar Vell" on Monday or after:
/// the later title is one the corpus shows someone else took when she moved,
/// an outdated title (a contradiction). `None` when the two titles are no
/// two portfolios, or no one else is called by the later one.
fn outdated(a: &Fact, ta: &Title, b: &Fact, tb: &Title, cx: &Context) -> Option<Judgement> {
    if !two_portfolios(ta, tb) {
        return None;
    }
    // The title given last, and the post she moved to before it.
    let ((later, post), moved) = if a.when.start >= b.when.start {
        ((a, ta), b)
    } else {
        ((b, tb), a)
    };
    // She held it before she moved: "Deputy Shipping Minister" and then
    // "Shipping Minister" is a promotion, not a title kept too long.
    let before = moved.when.start.yesterday().ok()?;
    let held_before = cx
        .holders
        .between(post, Date::MIN, before)?
        .any(|(_, who)| *who == later.subject);
    if !held_before {
        return None;
    }
    let (since, successor) = cx
        .holders
        .between(post, moved.when.start, later.when.start)?
        .find(|(_, who)| *who != later.subject)?;
    Some(Judgement::Conflict(Conflict {
        code: OUTDATED_TITLE,
        severity: Severity::Contradiction,
        why: cx.why(|| {
            format!(
                "by then {} held the post, on {since}: an outdated title",
                cx.subject_name(successor)
            )
        }),
    }))
}

/// Whether two current titles are two different portfolios of a
/// government: a minister's or a secretary's post of two bodies.
fn two_portfolios(a: &Title, b: &Title) -> bool {
    let portfolio = |t: &Title| {
        t.official
            && !t.former
            && !t.informal
            && t.post.as_ref().is_some_and(|p| {
                !p.body.is_empty() && PORTFOLIO_OFFICES.contains(&p.office.as_str())
            })
    };
    portfolio(a) && portfolio(b) && !a.same_office(b)
}

/// Offices that hold a government's portfolio, one to a person as a rule.
const PORTFOLIO_OFFICES: &[&str] = &["minister", "secretary"];

/// Offices seldom change hands within this many days: with no tenure recorded, a
/// "former" this soon after a source had the person in office is a contradiction.
pub const CONTINUITY_DAYS: i32 = 60;

fn former_vs_current(former: &Fact, current: &Fact, title: &Title, cx: &Context) -> Judgement {
    let contradiction = |why: String| {
        Judgement::Conflict(Conflict {
            code: FORMER_VS_CURRENT,
            severity: Severity::Contradiction,
            why,
        })
    };
    let Subject::Entity(person) = former.subject else {
        return Judgement::Unrelated;
    };
    let entity = cx.entities.get(person);
    let tenures: Vec<_> = entity
        .tenures
        .iter()
        .filter(|t| t.title.same_office(title))
        .collect();
    if former.dated && current.dated {
        let both = tenures
            .iter()
            .find(|t| t.covers(former.when.start) && t.covers(current.when.start));
        if let Some(tenure) = both {
            return contradiction(cx.why(|| {
                format!(
                    "{}'s term as {} ({}) covers every date cited",
                    entity.name,
                    tenure.name,
                    tenure.describe()
                )
            }));
        }
    }
    if former.when.overlaps(&current.when) {
        return contradiction(cx.why(|| {
            "both speak of the same time, when one cannot be a former holder of an office and hold it"
                .into()
        }));
    }
    // With a known term that does not cover both dates, the person left or returned
    // between them. With none, "former" soon after "sitting" is still suspect.
    let gap = current
        .when
        .end
        .until(former.when.start)
        .map(|s| s.get_days());
    // "Gov. Russell Pike" in October, "Former Gov. Russell Pike" in
    // November, and "Gov. Rosa Delgado" between: the corpus shows who took
    // the post.
    let succeeded = || {
        cx.holders
            .between(title, current.when.start, former.when.start)
            .is_some_and(|mut held| held.any(|(_, who)| *who != former.subject))
    };
    match gap {
        Ok(days)
            if tenures.is_empty() && (0..=CONTINUITY_DAYS).contains(&days) && !succeeded() =>
        {
            contradiction(cx.why(|| format!(
                "no term in that office is recorded for {}, and offices seldom change hands within {CONTINUITY_DAYS} days; a tenure in entities.yaml would settle it",
                entity.name
            )))
        }
        _ => Judgement::Unrelated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::corpus::entity::{EntityKind, EntityRecord, TenureRecord};
    use crate::normalize::entities::EntityTable;
    use crate::rules::testing::{context, fact};

    fn trump_table(with_tenure: bool) -> EntityTable {
        let tenures = if with_tenure {
            vec![TenureRecord {
                title: "US President".into(),
                from: Some("2025-01-20".parse().unwrap()),
                to: None,
            }]
        } else {
            vec![]
        };
        EntityTable::from_records(&[EntityRecord {
            name: "Donald Trump".into(),
            kind: EntityKind::Person,
            aliases: vec![],
            part_of: None,
            tenures,
            note: None,
        }])
    }

    fn title(article: usize, t: &str, day: &str) -> Fact {
        let subject = Subject::Entity(crate::normalize::entities::EntityId(0));
        fact(
            article,
            subject,
            Policy::Titles,
            Value::Title(Title::parse(t)),
            day,
        )
    }

    #[test]
    fn former_against_sitting_within_a_known_term_is_a_contradiction() {
        let table = trump_table(true);
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let judgement = TitleRule.judge(
            &title(0, "former US President", "2026-01-17"),
            &title(1, "U.S. President", "2025-12-19"),
            &cx,
        );
        let Judgement::Conflict(c) = judgement else {
            panic!("{judgement:?}")
        };
        assert_eq!(c.code, FORMER_VS_CURRENT);
        assert_eq!(c.severity, Severity::Contradiction);
        assert!(c.why.contains("from 2025-01-20"), "{}", c.why);
    }

    #[test]
    fn former_weeks_after_sitting_without_a_known_term_is_a_contradiction() {
        let table = trump_table(false);
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let soon = TitleRule.judge(
            &title(0, "former US President", "2026-01-17"),
            &title(1, "US President", "2025-12-19"),
            &cx,
        );
        let Judgement::Conflict(c) = soon else {
            panic!("{soon:?}")
        };
        assert!(c.why.contains("within 60 days"), "{}", c.why);
        let years_later = TitleRule.judge(
            &title(0, "former US President", "2021-06-01"),
            &title(1, "US President", "2020-06-01"),
            &cx,
        );
        assert_eq!(years_later, Judgement::Unrelated);
    }

    #[test]
    fn former_then_sitting_without_a_known_term_is_no_conflict() {
        // He may have returned to office: Trump was a former president in 2024.
        let table = trump_table(false);
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let judgement = TitleRule.judge(
            &title(0, "former US President", "2024-06-01"),
            &title(1, "US President", "2025-06-01"),
            &cx,
        );
        assert_eq!(judgement, Judgement::Unrelated);
        let same_day = TitleRule.judge(
            &title(0, "former US President", "2025-06-01"),
            &title(1, "US President", "2025-06-01"),
            &cx,
        );
        assert!(matches!(same_day, Judgement::Conflict(_)));
    }

    #[test]
    fn envoys_agree_and_informal_advisers_warn_only_at_the_same_time() {
        let table = trump_table(false);
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let same = TitleRule.judge(
            &title(0, "U.S. President", "2025-12-01"),
            &title(1, "US President", "2025-12-19"),
            &cx,
        );
        assert_eq!(same, Judgement::Agree);
        let apart = TitleRule.judge(
            &title(0, "US envoy", "2026-01-17"),
            &title(1, "informal adviser", "2025-12-01"),
            &cx,
        );
        assert_eq!(apart, Judgement::Unrelated);
        let together = TitleRule.judge(
            &title(0, "US envoy", "2026-01-17"),
            &title(1, "informal adviser", "2026-01-17"),
            &cx,
        );
        assert!(
            matches!(
                together,
                Judgement::Conflict(Conflict {
                    severity: Severity::Warning,
                    ..
                })
            ),
            "{together:?}"
        );
        let envoys = TitleRule.judge(
            &title(0, "Special Envoy", "2026-01-17"),
            &title(1, "White House envoy", "2026-01-17"),
            &cx,
        );
        assert_eq!(envoys, Judgement::Unrelated);
    }
}
