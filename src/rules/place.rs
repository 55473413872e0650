//! `venue` and `location`: one place per meeting, or per person at a time. Places
//! that contain one another agree: the Shell Bay Club is in Hallandale Beach, which
//! is in Florida, which is in the United States.
//!
//! - `different-places`: two places neither of which contains the other. A
//!   contradiction when `entities.yaml` places both, or the built-in atlas
//!   ([`atlas`]: countries, US states, towns of 15,000 people) knows both, or
//!   what `entities.yaml` puts them in; a warning when neither says where one
//!   of them lies, since it may lie inside the other.

use super::shape::{
    AcrossTime, Conflict, Context, Judgement, OneArticle, Rule, Severity, Statement, concurrent,
};
use crate::corpus::policy::Policy;
use crate::normalize::facts::{Fact, Subject, Value};

pub struct PlaceRule;

pub const DIFFERENT_PLACES: &str = "different-places";

impl Rule for PlaceRule {
    fn policy(&self) -> Policy {
        Policy::Place
    }

    fn codes(&self) -> &'static [&'static str] {
        &[DIFFERENT_PLACES]
    }

    fn across_time(&self, _subject: &str) -> AcrossTime {
        AcrossTime::Nothing
    }

    fn one_article(&self) -> OneArticle {
        // "In Geneva" and "in Switzerland" from one article both stand.
        OneArticle::BothStand
    }

    fn judge(&self, a: &Fact, b: &Fact, cx: &Context) -> Judgement {
        let (Value::Entity(x), Value::Entity(y)) = (&a.value, &b.value) else {
            return Judgement::Unrelated;
        };
        if !concurrent(a, b) {
            return Judgement::Unrelated;
        }
        let places = cx.entities;
        if places.contains(*x, *y) || places.contains(*y, *x) {
            return Judgement::Agree;
        }
        let (nx, ny) = (&places.get(*x).name, &places.get(*y).name);
        let what = match &a.subject {
            Subject::Event(_) => "one meeting has one venue",
            Subject::Entity(_) => "one cannot be in two places at once",
        };
        if places.is_placed(*x) && places.is_placed(*y) {
            return Judgement::Conflict(Conflict {
                code: DIFFERENT_PLACES,
                severity: Severity::Contradiction,
                why: cx.why(|| format!("{nx} and {ny} do not lie in one another, and {what}")),
            });
        }
        if let (Some(px), Some(py)) = (places.in_the_atlas(*x), places.in_the_atlas(*y))
            && let Some(within) = px.one_within_the_other(&py)
        {
            return if within {
                Judgement::Agree
            } else {
                Judgement::Conflict(Conflict {
                    code: DIFFERENT_PLACES,
                    severity: Severity::Contradiction,
                    why: cx.why(|| {
                        format!(
                            "{nx} ({}) and {ny} ({}) do not lie in one another, and {what}",
                            px.whereabouts(),
                            py.whereabouts()
                        )
                    }),
                })
            };
        }
        {
            let unknown = if places.is_placed(*x) { ny } else { nx };
            Judgement::Conflict(Conflict {
                code: DIFFERENT_PLACES,
                severity: Severity::Warning,
                why: cx.why(|| format!(
                    "neither entities.yaml nor the atlas says where {unknown} lies, so it may lie in the other; {what}"
                )),
            })
        }
    }

    fn statement(&self, subject: &str, value: &str, fact: &Fact) -> Statement {
        match fact.subject {
            Subject::Event(_) => Statement {
                verb: ("places", "place"),
                rest: format!("{subject} in {value}"),
            },
            Subject::Entity(_) => Statement {
                verb: ("puts", "put"),
                rest: format!("{subject} in {value}"),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Corpus;
    use crate::corpus::entity::{EntityKind, EntityRecord};
    use crate::normalize::entities::EntityTable;
    use crate::rules::testing::{context, fact};

    fn table() -> EntityTable {
        let place = |name: &str, part_of: Option<&str>| EntityRecord {
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            part_of: part_of.map(String::from),
            tenures: vec![],
            note: None,
        };
        EntityTable::from_records(&[
            place("United States", None),
            place("Florida", Some("United States")),
            place("Hallandale Beach", Some("Florida")),
            place("Switzerland", None),
            place("Davos", Some("Switzerland")),
        ])
    }

    #[test]
    fn containment_agrees_and_disjoint_places_conflict() {
        let mut table = table();
        let id = |t: &mut EntityTable, n: &str| Value::Entity(t.resolve(n));
        let (us, hallandale, davos, nowhere) = (
            id(&mut table, "United States"),
            id(&mut table, "Hallandale Beach"),
            id(&mut table, "Davos"),
            id(&mut table, "Aldmere"),
        );
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let meeting = Subject::Event("m".into());
        let venue = |article, v: &Value| {
            fact(
                article,
                meeting.clone(),
                Policy::Place,
                v.clone(),
                "2025-12-01",
            )
        };

        assert_eq!(
            PlaceRule.judge(&venue(0, &us), &venue(1, &hallandale), &cx),
            Judgement::Agree
        );
        let clash = PlaceRule.judge(&venue(0, &davos), &venue(1, &hallandale), &cx);
        assert!(
            matches!(
                clash,
                Judgement::Conflict(Conflict {
                    severity: Severity::Contradiction,
                    ..
                })
            ),
            "{clash:?}"
        );
        let unknown = PlaceRule.judge(&venue(0, &davos), &venue(1, &nowhere), &cx);
        assert!(
            matches!(
                unknown,
                Judgement::Conflict(Conflict {
                    severity: Severity::Warning,
                    ..
                })
            ),
            "{unknown:?}"
        );
    }

    /// Places `entities.yaml` does not list are looked up in the built-in
    /// atlas: two towns conflict, a town and its country agree, and a name
    /// the atlas cannot tell is left to a warning.
    #[test]
    fn places_the_atlas_knows() {
        let mut table = table();
        let corpus = Corpus::default();
        let mut venue = |article, name: &str| {
            let place = Value::Entity(table.resolve(name));
            fact(
                article,
                Subject::Event("m".into()),
                Policy::Place,
                place,
                "2026-10-06",
            )
        };
        let (lyon, lille, france, lille_in_france, springfield, hallandale, miami) = (
            venue(0, "Lyon"),
            venue(1, "Lille"),
            venue(2, "France"),
            venue(3, "Lille, France"),
            venue(4, "Springfield"),
            venue(5, "Hallandale Beach"),
            venue(6, "Miami"),
        );
        let cx = context(&corpus, &table);
        let severity = |a: &Fact, b: &Fact| match PlaceRule.judge(a, b, &cx) {
            Judgement::Conflict(c) => Some(c.severity),
            Judgement::Agree => None,
            Judgement::Unrelated => panic!("unrelated"),
        };
        assert_eq!(severity(&lyon, &lille), Some(Severity::Contradiction));
        assert_eq!(severity(&lille, &france), None);
        assert_eq!(
            severity(&lille_in_france, &lyon),
            Some(Severity::Contradiction)
        );
        assert_eq!(severity(&lille_in_france, &france), None);
        assert_eq!(severity(&springfield, &lyon), Some(Severity::Warning));
        // One placed by entities.yaml, the other by the atlas.
        assert_eq!(severity(&hallandale, &miami), Some(Severity::Contradiction));
        match PlaceRule.judge(&lyon, &lille, &cx) {
            Judgement::Conflict(c) => assert_eq!(
                c.why,
                "Lyon (a town in FR) and Lille (a town in FR) do not lie in one another, and one meeting has one venue"
            ),
            other => panic!("{other:?}"),
        }
    }

    /// A name several towns share is the one in a region the corpus names.
    #[test]
    fn a_shared_name_is_the_town_in_a_region_the_corpus_names() {
        let place = |name: &str| EntityRecord {
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            part_of: None,
            tenures: vec![],
            note: None,
        };
        let mut table = EntityTable::from_records(&[place("Illinois")]);
        let springfield = table.resolve_as("Springfield", Some(EntityKind::Place));
        let chicago = table.resolve_as("Chicago", Some(EntityKind::Place));
        let lyon = table.resolve_as("Lyon", Some(EntityKind::Place));
        let known = table
            .in_the_atlas(springfield)
            .map(|p| (p.country, p.region));
        assert_eq!(known, Some(("US", "IL")));
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let venue = |article, id| {
            fact(
                article,
                Subject::Event("m".into()),
                Policy::Place,
                Value::Entity(id),
                "2026-10-06",
            )
        };
        for other in [chicago, lyon] {
            assert!(matches!(
                PlaceRule.judge(&venue(0, springfield), &venue(1, other), &cx),
                Judgement::Conflict(Conflict {
                    severity: Severity::Contradiction,
                    ..
                })
            ));
        }
    }

    #[test]
    fn a_person_in_two_places_on_different_days_is_no_conflict() {
        let mut table = table();
        let person = Subject::Entity(table.resolve("Rustem Umerov"));
        let us = Value::Entity(table.resolve("United States"));
        let davos = Value::Entity(table.resolve("Davos"));
        let corpus = Corpus::default();
        let cx = context(&corpus, &table);
        let at =
            |article, v: &Value, day| fact(article, person.clone(), Policy::Place, v.clone(), day);
        assert_eq!(
            PlaceRule.judge(&at(0, &us, "2025-12-19"), &at(1, &davos, "2026-01-20"), &cx),
            Judgement::Unrelated
        );
        assert!(matches!(
            PlaceRule.judge(&at(0, &us, "2026-01-20"), &at(1, &davos, "2026-01-20"), &cx),
            Judgement::Conflict(_)
        ));
    }
}
