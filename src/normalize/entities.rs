//! The entity table: every person, organisation, place and topic the corpus names,
//! whether `entities.yaml` lists it or a claim merely mentions it.

use std::collections::HashMap;

use jiff::civil::Date;

use super::atlas;
use super::names::{NameMatch, PersonName, fold, same_person, same_word};
use super::titles::{Nicknames, Title};
use crate::corpus::entity::{EntityKind, EntityRecord};

/// Index of an entity in the [`EntityTable`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(pub u32);

#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    /// What `entities.yaml` says it is; `None` for names only claims use.
    pub kind: Option<EntityKind>,
    pub aliases: Vec<String>,
    pub part_of: Option<EntityId>,
    pub tenures: Vec<Tenure>,
    /// Listed in `entities.yaml`, rather than met in a claim.
    pub listed: bool,
    /// For entities met only in claims: how often each spelling was used.
    pub spellings: std::collections::BTreeMap<String, usize>,
}

/// An office held between two dates (either may be open).
#[derive(Debug, Clone)]
pub struct Tenure {
    /// The title as `entities.yaml` writes it.
    pub name: String,
    pub title: Title,
    pub from: Option<Date>,
    pub to: Option<Date>,
}

impl Tenure {
    pub fn covers(&self, day: Date) -> bool {
        self.from.is_none_or(|from| from <= day) && self.to.is_none_or(|to| day < to)
    }

    /// "from 2025-01-20", "2017-01-20 to 2021-01-20".
    pub fn describe(&self) -> String {
        match (self.from, self.to) {
            (Some(from), Some(to)) => format!("{from} to {to}"),
            (Some(from), None) => format!("from {from}"),
            (None, Some(to)) => format!("until {to}"),
            (None, None) => "with no known dates".to_string(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct EntityTable {
    entities: Vec<Entity>,
    /// Folded names and aliases of every entity; one name may belong to entities
    /// of different kinds (the Port of Gdansk, an organisation and a place).
    exact: HashMap<String, Vec<EntityId>>,
    /// Entities by the consonant skeleton of their last word: the only ones a
    /// transliteration can match, since a match needs equal skeletons.
    by_skeleton: HashMap<String, Vec<EntityId>>,
    /// Spellings already matched by transliteration, and what they matched.
    learned: HashMap<String, HashMap<String, Option<(EntityId, NameMatch)>>>,
    /// Places that other places lie in.
    containers: std::collections::HashSet<EntityId>,
    /// The parties' nicknames `entities.yaml` gives, for reading titles.
    nicknames: Nicknames,
    /// The countries and regions the corpus names, by the atlas, worked out
    /// the first time a name the atlas cannot tell alone needs them.
    named_regions: std::sync::OnceLock<Vec<(&'static str, &'static str)>>,
}

/// The index key of a name: the skeleton of its last word's transliteration.
fn skeleton_key(name: &str) -> String {
    let last = name.split_whitespace().last().unwrap_or("");
    super::names::skeleton(&super::names::transliteration_key(last))
}

impl EntityTable {
    /// The table of the entities a corpus lists. What is wrong with them is
    /// load's to report ([`crate::load::entities::problems`]); here an entity
    /// listed twice is kept once, and a containment loop is cut, so that
    /// containment questions always end.
    pub fn from_records(records: &[EntityRecord]) -> EntityTable {
        let mut table = EntityTable {
            nicknames: Nicknames::of_parties(
                records
                    .iter()
                    .filter(|r| r.kind == EntityKind::Organisation)
                    .map(|r| (r.name.as_str(), r.aliases.as_slice())),
            ),
            ..EntityTable::default()
        };
        // The entities in a containment loop, by name.
        let mut in_loops: Vec<String> = Vec::new();
        for record in records {
            // An entity listed twice is kept once.
            let mut same_name = table.exact.get(&fold(&record.name)).into_iter().flatten();
            if same_name.any(|id| table.get(*id).kind == Some(record.kind)) {
                continue;
            }
            let id = table.push(Entity {
                name: record.name.clone(),
                kind: Some(record.kind),
                aliases: record.aliases.clone(),
                part_of: None,
                tenures: record
                    .tenures
                    .iter()
                    .map(|t| Tenure {
                        name: t.title.clone(),
                        title: Title::parse_with(&t.title, &table.nicknames),
                        from: t.from,
                        to: t.to,
                    })
                    .collect(),
                listed: true,
                spellings: Default::default(),
            });
            for alias in &record.aliases {
                table.exact.entry(fold(alias)).or_default().push(id);
            }
        }
        for record in records {
            let Some(parent) = &record.part_of else {
                continue;
            };
            let Some(child) = table.find_exact(&record.name, Some(record.kind)) else {
                continue;
            };
            let parent_id = table.resolve_as(parent, Some(EntityKind::Place));
            table.entities[child.0 as usize].part_of = Some(parent_id);
        }
        for (index, entity) in table.entities.iter().enumerate() {
            let mut seen = vec![EntityId(index as u32)];
            let mut next = entity.part_of;
            while let Some(id) = next {
                if seen.contains(&id) {
                    in_loops.push(entity.name.clone());
                    break;
                }
                seen.push(id);
                next = table.get(id).part_of;
            }
        }
        // A loop would make containment endless: cut every chain that has one.
        for entity in &mut table.entities {
            if in_loops.contains(&entity.name) {
                entity.part_of = None;
            }
        }
        table.containers = table.entities.iter().filter_map(|e| e.part_of).collect();
        table
    }

    fn push(&mut self, entity: Entity) -> EntityId {
        let id = EntityId(self.entities.len() as u32);
        self.exact.entry(fold(&entity.name)).or_default().push(id);
        // A new entity can only change the answers of its own skeleton's bucket.
        let key = skeleton_key(&entity.name);
        self.learned.remove(&key);
        self.by_skeleton.entry(key).or_default().push(id);
        self.entities.push(entity);
        id
    }

    /// The parties' nicknames `entities.yaml` gives.
    pub fn nicknames(&self) -> &Nicknames {
        &self.nicknames
    }

    pub fn get(&self, id: EntityId) -> &Entity {
        &self.entities[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (EntityId, &Entity)> {
        self.entities
            .iter()
            .enumerate()
            .map(|(i, e)| (EntityId(i as u32), e))
    }

    /// The entity named exactly `name` (or with it as an alias), preferring one of `kind`.
    fn find_exact(&self, name: &str, kind: Option<EntityKind>) -> Option<EntityId> {
        let ids = self.exact.get(&fold(name))?;
        ids.iter()
            .copied()
            .find(|id| kind.is_some() && self.get(*id).kind == kind)
            .or(ids.first().copied())
    }

    /// The entity `name` refers to, and how sure that is; `None` if no entity fits.
    pub fn find(&self, name: &str) -> Option<(EntityId, NameMatch)> {
        self.find_as(name, None)
    }

    /// Like [`find`](Self::find), preferring an entity of `kind` where a name is shared.
    pub fn find_as(&self, name: &str, kind: Option<EntityKind>) -> Option<(EntityId, NameMatch)> {
        let folded = fold(name);
        if let Some(id) = self.find_exact(name, kind) {
            return Some((id, NameMatch::Exact));
        }
        if let Some(known) = self
            .learned
            .get(&skeleton_key(name))
            .and_then(|b| b.get(&folded))
        {
            return *known;
        }
        let mention = PersonName::parse(name)?;
        let mut best: Option<(EntityId, NameMatch)> = None;
        let mut ambiguous = false;
        let candidates = self
            .by_skeleton
            .get(&skeleton_key(name))
            .into_iter()
            .flatten();
        for &id in candidates {
            let entity = self.get(id);
            let known = PersonName::parse(&entity.name);
            let found = match (entity.kind, known) {
                (Some(EntityKind::Person), Some(known)) => same_person(&mention, &known),
                (None, Some(known))
                    if looks_like_a_name(&entity.name) && looks_like_a_name(name) =>
                {
                    same_person(&mention, &known)
                }
                (Some(EntityKind::Place), _)
                    if !folded.contains(' ') && !entity.name.contains(' ') =>
                {
                    same_word(name, &entity.name)
                }
                _ => NameMatch::No,
            };
            if found == NameMatch::No {
                continue;
            }
            match best {
                Some((_, b)) if b > found => {}
                Some((_, b)) if b == found => ambiguous = true,
                _ => {
                    best = Some((id, found));
                    ambiguous = false;
                }
            }
        }
        if ambiguous { None } else { best }
    }

    /// The entity `name` refers to, adding a new one when no entity fits.
    pub fn resolve(&mut self, name: &str) -> EntityId {
        self.resolve_as(name, None)
    }

    /// Like [`resolve`](Self::resolve), preferring an entity of `kind` where a name is shared.
    pub fn resolve_as(&mut self, name: &str, kind: Option<EntityKind>) -> EntityId {
        let found = self.find_as(name, kind);
        if let Some((_, NameMatch::Transliteration)) = found {
            self.learned
                .entry(skeleton_key(name))
                .or_default()
                .insert(fold(name), found);
        }
        let id = match found {
            Some((id, _)) => id,
            None => self.new_entity(name, kind),
        };
        let entity = &mut self.entities[id.0 as usize];
        if !entity.listed {
            *entity.spellings.entry(name.trim().to_string()).or_default() += 1;
        }
        id
    }

    /// Counts `times` more uses of the spelling `name` for an entity met only in
    /// claims (each [`resolve_as`](Self::resolve_as) counts one).
    pub fn count_spelling(&mut self, id: EntityId, name: &str, times: usize) {
        let entity = &mut self.entities[id.0 as usize];
        if !entity.listed && times > 0 {
            *entity.spellings.entry(name.trim().to_string()).or_default() += times;
        }
    }

    /// Names each entity met only in claims by its most used spelling (the first
    /// in alphabetical order on a tie), so that the name does not depend on which
    /// file happened to be read first.
    pub fn settle_names(&mut self) {
        for index in 0..self.entities.len() {
            let entity = &self.entities[index];
            if entity.listed {
                continue;
            }
            // The spelling used most; between two used as often, the one
            // with its accents ("Ramírez" over "Ramirez"), then the first in
            // order.
            let accents = |name: &str| name.chars().filter(|c| !c.is_ascii()).count();
            let best = entity
                .spellings
                .iter()
                .max_by(|a, b| {
                    a.1.cmp(b.1)
                        .then_with(|| accents(a.0).cmp(&accents(b.0)))
                        .then_with(|| b.0.cmp(a.0))
                })
                .map(|(name, _)| name.clone());
            if let Some(best) = best {
                self.exact
                    .entry(fold(&best))
                    .or_default()
                    .push(EntityId(index as u32));
                self.entities[index].name = best;
            }
        }
    }

    /// Whether place `outer` is `inner` or contains it (Florida contains Hallandale Beach).
    pub fn contains(&self, outer: EntityId, inner: EntityId) -> bool {
        let mut next = Some(inner);
        let mut steps = 0;
        while let Some(id) = next {
            if id == outer {
                return true;
            }
            steps += 1;
            if steps > self.entities.len() {
                return false;
            }
            next = self.get(id).part_of;
        }
        false
    }

    /// The place `id` and every place that contains it, innermost first.
    pub fn places_around(&self, id: EntityId) -> impl Iterator<Item = EntityId> + '_ {
        // Loops were cut when the table was built; the bound is a second guard.
        std::iter::successors(Some(id), |&i| self.get(i).part_of).take(self.entities.len())
    }

    /// A new place entity called `name`, met in no claim.
    pub fn new_place(&mut self, name: &str) -> EntityId {
        self.new_entity(name, Some(EntityKind::Place))
    }

    /// A new entity called `name`, whatever known names it is like: someone
    /// an article names beside another of a like name.
    pub fn new_entity(&mut self, name: &str, kind: Option<EntityKind>) -> EntityId {
        self.push(Entity {
            name: name.trim().to_string(),
            kind,
            aliases: Vec::new(),
            part_of: None,
            tenures: Vec::new(),
            listed: false,
            spellings: Default::default(),
        })
    }

    /// The place of the built-in atlas `id` is, or lies in by `entities.yaml`
    /// (the Shell Bay Club lies in Hallandale Beach, which the atlas knows):
    /// by its name or an alias, innermost first.
    pub fn in_the_atlas(&self, id: EntityId) -> Option<atlas::Known> {
        let atlas = atlas::atlas();
        self.places_around(id).find_map(|around| {
            let entity = self.get(around);
            let names = || std::iter::once(&entity.name).chain(&entity.aliases);
            names()
                .find_map(|name| atlas.place(name))
                .or_else(|| names().find_map(|name| self.among_the_named(atlas.called(name))))
        })
    }

    /// The one of `candidates` (towns that share a name, "Springfield") in a
    /// region the corpus names ("Illinois"), or else in a country it names.
    fn among_the_named(&self, candidates: Vec<atlas::Known>) -> Option<atlas::Known> {
        if candidates.len() < 2 {
            return None;
        }
        let named = self.named_regions.get_or_init(|| {
            let atlas = atlas::atlas();
            self.entities
                .iter()
                .filter(|e| e.kind == Some(EntityKind::Place))
                .filter_map(|e| atlas.place(&e.name))
                .map(|p| match p.kind {
                    atlas::Kind::Country => (p.country, ""),
                    _ => (p.country, p.region),
                })
                .collect()
        });
        let in_region: Vec<&atlas::Known> = candidates
            .iter()
            .filter(|c| named.contains(&(c.country, c.region)))
            .collect();
        if let [one] = in_region.as_slice() {
            return Some(**one);
        }
        let in_country: Vec<&atlas::Known> = candidates
            .iter()
            .filter(|c| named.contains(&(c.country, "")))
            .collect();
        match in_country.as_slice() {
            [one] if in_region.is_empty() => Some(**one),
            _ => None,
        }
    }

    /// Whether one of two places lies in the other (or they are one), by
    /// `entities.yaml` or, for places it does not place, the atlas.
    pub fn one_within_the_other(&self, x: EntityId, y: EntityId) -> bool {
        if self.contains(x, y) || self.contains(y, x) {
            return true;
        }
        if self.is_placed(x) && self.is_placed(y) {
            return false;
        }
        match (self.in_the_atlas(x), self.in_the_atlas(y)) {
            (Some(px), Some(py)) => px.one_within_the_other(&py) == Some(true),
            _ => false,
        }
    }

    /// Whether `entities.yaml` says where this place lies, or what lies in it.
    pub fn is_placed(&self, id: EntityId) -> bool {
        self.get(id).part_of.is_some() || self.containers.contains(&id)
    }
}

/// Whether a name nobody classified reads like a person's: two to four words,
/// each capitalised ("Rustam Umarov", not "territorial issues").
fn looks_like_a_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "'’.-".contains(c))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(name: &str, kind: EntityKind, part_of: Option<&str>) -> EntityRecord {
        EntityRecord {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            part_of: part_of.map(String::from),
            tenures: Vec::new(),
            note: None,
        }
    }

    fn seeds() -> EntityTable {
        let records = vec![
            record("United States", EntityKind::Place, None),
            record("Florida", EntityKind::Place, Some("United States")),
            record("Hallandale Beach", EntityKind::Place, Some("Florida")),
            record("Kyiv", EntityKind::Place, None),
            record("Volodymyr Zelensky", EntityKind::Person, None),
            record("Vladimir Putin", EntityKind::Person, None),
        ];
        EntityTable::from_records(&records)
    }

    #[test]
    fn containment_follows_the_chain() {
        let t = seeds();
        let id = |n| t.find(n).unwrap().0;
        assert!(t.contains(id("United States"), id("Hallandale Beach")));
        assert!(t.contains(id("Florida"), id("Florida")));
        assert!(!t.contains(id("Hallandale Beach"), id("Florida")));
        assert!(!t.contains(id("Kyiv"), id("Florida")));
    }

    #[test]
    fn spellings_resolve_to_one_entity_and_namesakes_do_not() {
        let mut t = seeds();
        let zelensky = t.find("Volodymyr Zelensky").unwrap().0;
        assert_eq!(t.resolve("Vladimir Zelensky"), zelensky);
        assert_eq!(t.resolve("Zelenskyy"), zelensky);
        assert_eq!(t.find("Kiev").map(|f| f.0), t.find("Kyiv").map(|f| f.0));
        let putin = t.resolve("Vladimir Putin");
        assert_ne!(putin, zelensky);
    }

    #[test]
    fn a_containment_loop_is_cut() {
        let records = vec![
            record("A", EntityKind::Place, Some("B")),
            record("B", EntityKind::Place, Some("A")),
        ];
        let table = EntityTable::from_records(&records);
        // Containment questions end
        assert!(!table.contains(EntityId(0), EntityId(1)));
    }
}
