//! `entities.yaml`: who and what the corpus talks about.
//!
//! People, organisations and places, each with a canonical name and the aliases a
//! transliteration matcher could not be expected to find ("Ukrainian president's
//! office"). Places say what they are part of (Hallandale Beach is in Florida);
//! people may carry known tenures (Trump, US President, from 2025-01-20) so that
//! the checker can reason about "former".

use serde::{Deserialize, Serialize};

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use crate::corpus::entity::{EntityKind, EntityRecord};
use crate::english::words::fold;

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EntitiesFile {
    #[serde(default)]
    pub entities: Vec<EntityRecord>,
}

/// Something wrong with one entity of `entities.yaml`: which (its index in
/// the list), the field at fault, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityProblem {
    pub index: usize,
    pub field: &'static str,
    pub message: String,
}

/// What `entities.yaml` must not say: one entity listed twice (the same name,
/// as names are compared, and the same kind), or places that contain each
/// other in a loop.
pub fn problems(records: &[EntityRecord]) -> Vec<EntityProblem> {
    let mut problems = Vec::new();
    // One name, one entity: listed twice, or given two kinds. (An alias may
    // be another entity's name in another kind: news calls a port authority
    // and the port itself "the Port of Gdansk".)
    let mut first: HashMap<String, usize> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        match first.entry(fold(&record.name)) {
            Entry::Occupied(earlier) => {
                let earlier = &records[*earlier.get()];
                let message = if earlier.kind == record.kind {
                    format!(
                        "`{}` is listed twice (as `{}` already)",
                        record.name, earlier.name
                    )
                } else {
                    format!(
                        "`{}` is given two kinds: {} here and {} as `{}`",
                        record.name,
                        kind_name(record.kind),
                        kind_name(earlier.kind),
                        earlier.name
                    )
                };
                problems.push(EntityProblem {
                    index,
                    field: "name",
                    message,
                });
            }
            Entry::Vacant(slot) => {
                slot.insert(index);
            }
        }
    }
    // An alias that names two entities of one kind names neither surely. (One
    // name may name entities of two kinds: news calls a port authority and
    // the port itself "the Port of Gdansk", and a claim's predicate says which
    // is meant.)
    let mut named: HashMap<(String, EntityKind), usize> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        named
            .entry((fold(&record.name), record.kind))
            .or_insert(index);
    }
    for (index, record) in records.iter().enumerate() {
        for alias in &record.aliases {
            match named.entry((fold(alias), record.kind)) {
                Entry::Occupied(other) if *other.get() != index => {
                    problems.push(EntityProblem {
                        index,
                        field: "aliases",
                        message: format!(
                            "the alias `{alias}` of `{}` also names `{}`",
                            record.name,
                            records[*other.get()].name
                        ),
                    });
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(slot) => {
                    slot.insert(index);
                }
            }
        }
        for tenure in &record.tenures {
            if let (Some(from), Some(to)) = (tenure.from, tenure.to)
                && to < from
            {
                problems.push(EntityProblem {
                    index,
                    field: "tenures",
                    message: format!(
                        "the tenure of `{}` as {} ends ({to}) before it starts ({from})",
                        record.name, tenure.title
                    ),
                });
            }
        }
    }
    // Each place by its names and aliases, the first listed where two share one.
    let mut place_named: HashMap<String, usize> = HashMap::new();
    for (index, record) in records.iter().enumerate() {
        if record.kind == EntityKind::Place {
            for name in std::iter::once(&record.name).chain(&record.aliases) {
                place_named.entry(fold(name)).or_insert(index);
            }
        }
    }
    for (index, record) in records.iter().enumerate() {
        let mut chain = vec![index];
        let mut next = record.part_of.as_ref();
        while let Some(&parent) = next.and_then(|p| place_named.get(&fold(p))) {
            if chain.contains(&parent) {
                let names: Vec<&str> = chain
                    .iter()
                    .chain([&parent])
                    .map(|i| records[*i].name.as_str())
                    .collect();
                problems.push(EntityProblem {
                    index,
                    field: "part_of",
                    message: format!("places contain each other in a loop: {}", names.join(" → ")),
                });
                break;
            }
            chain.push(parent);
            next = records[parent].part_of.as_ref();
        }
    }
    problems
}

fn kind_name(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organisation => "organisation",
        EntityKind::Place => "place",
        EntityKind::Thing => "thing",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(name: &str, part_of: Option<&str>) -> EntityRecord {
        EntityRecord {
            name: name.into(),
            kind: EntityKind::Place,
            aliases: vec![],
            part_of: part_of.map(String::from),
            tenures: vec![],
            note: None,
        }
    }

    #[test]
    fn a_loop_is_reported_at_each_place_in_it() {
        let records = [
            place("Lowtown", Some("Midshire")),
            place("Midshire", Some("Lowtown")),
            place("Elsewhere", Some("Midshire")),
        ];
        let found = problems(&records);
        let messages: Vec<(usize, &str)> = found
            .iter()
            .map(|p| (p.index, p.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    0,
                    "places contain each other in a loop: Lowtown → Midshire → Lowtown"
                ),
                (
                    1,
                    "places contain each other in a loop: Midshire → Lowtown → Midshire"
                ),
                (
                    2,
                    "places contain each other in a loop: Elsewhere → Midshire → Lowtown → Midshire"
                ),
            ]
        );
    }

    #[test]
    fn a_shared_alias_and_an_inverted_tenure_are_reported() {
        let mut a = place("Lowtown", None);
        a.aliases = vec!["the town".into()];
        let mut b = place("Highville", None);
        b.aliases = vec!["The Town".into()];
        let mut person = place("Ana Lind", None);
        person.kind = EntityKind::Person;
        person.aliases = vec!["Lowtown".into()];
        person.tenures = vec![crate::corpus::entity::TenureRecord {
            title: "Mayor".into(),
            from: Some(jiff::civil::Date::constant(2026, 5, 1)),
            to: Some(jiff::civil::Date::constant(2025, 5, 1)),
        }];
        let found = problems(&[a, b, person]);
        let messages: Vec<(usize, &str, &str)> = found
            .iter()
            .map(|p| (p.index, p.field, p.message.as_str()))
            .collect();
        assert_eq!(
            messages,
            [
                (
                    1,
                    "aliases",
                    "the alias `The Town` of `Highville` also names `Lowtown`"
                ),
                (
                    2,
                    "tenures",
                    "the tenure of `Ana Lind` as Mayor ends (2025-05-01) before it starts (2026-05-01)"
                ),
            ]
        );
    }

    #[test]
    fn a_name_listed_twice_is_reported_where_it_repeats() {
        let mut person = place("Ana Lind", None);
        person.kind = EntityKind::Person;
        let records = [
            place("Lowtown", None),
            place("LOWTOWN", None),
            person.clone(),
            place("Ana Lind", None),
        ];
        let found = problems(&records);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[1].message,
            "`Ana Lind` is given two kinds: place here and person as `Ana Lind`"
        );
        // An alias may name another entity of another kind.
        let mut authority = place("Harbour Authority", None);
        authority.kind = EntityKind::Organisation;
        authority.aliases = vec!["Port of Lowtown".into()];
        assert!(problems(&[authority, place("Port of Lowtown", None)]).is_empty());
        assert_eq!((found[0].index, found[0].field), (1, "name"));
        assert_eq!(
            found[0].message,
            "`LOWTOWN` is listed twice (as `Lowtown` already)"
        );
        assert!(problems(&[place("A", Some("B")), place("B", None)]).is_empty());
    }
}
