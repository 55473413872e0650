//! `spelling-variant`: one person or place spelled differently across the
//! articles (Umarov and Umerov, Kiev and Kyiv). Not a contradiction, but worth
//! reporting: a reader searching for one spelling misses the others, and a garbled
//! name is a sign of a careless source.
//!
//! The spellings are every mention of a known entity in the article texts. A
//! surname written alone joins the full name the same article spelled the same
//! way ("Umarov" after "Rustam Umarov"), so each form is one way of writing the
//! whole name. A variant is reported only when at least one form is a
//! transliteration: "Trump" and "Donald Trump", or "US" and "United States", are
//! the same spelling shortened, not variants.

use std::collections::BTreeMap;

use crate::normalize::entities::EntityId;
use crate::normalize::mentions::Mention;
use crate::normalize::names::{NameMatch, PersonName};

pub const SPELLING_VARIANT: &str = "spelling-variant";

/// One way an entity is written, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub surface: String,
    /// (article, byte span) of every mention in this form, in text order.
    pub mentions: Vec<(usize, (usize, usize))>,
}

impl Form {
    /// The articles that use this form, ascending, each once.
    pub fn articles(&self) -> Vec<usize> {
        let mut articles: Vec<usize> = self.mentions.iter().map(|m| m.0).collect();
        articles.dedup();
        articles
    }
}

/// An entity written in more than one way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    pub entity: EntityId,
    /// Ordered by the first article that uses each form.
    pub forms: Vec<Form>,
    /// The forms differ only in their accents ("Gómez", "Gomez").
    pub accents_only: bool,
}

/// Every entity spelled more than one way, in entity order.
pub fn variants(mentions: &[Mention]) -> Vec<Variant> {
    let mut by_entity: BTreeMap<EntityId, Vec<&Mention>> = BTreeMap::new();
    for m in mentions {
        by_entity.entry(m.entity).or_default().push(m);
    }
    let mut found = Vec::new();
    for (entity, mentions) in by_entity {
        let mentions = one_person_per_spelling(mentions);
        // Spelled alike once accents are set aside: a variant only where an
        // outlet dropped them ("Gómez", "Gomez"), and then only those forms.
        let accents_only = mentions.iter().all(|m| m.matched == NameMatch::Exact);
        let mentions: Vec<&Mention> = if accents_only {
            let twins = AccentedTwins::of(mentions.iter().map(|m| m.surface.as_str()));
            mentions
                .into_iter()
                .filter(|m| twins.has(&m.surface))
                .collect()
        } else {
            mentions
        };
        let mut forms: Vec<Form> = Vec::new();
        for m in &mentions {
            let surface = form_of(m, &mentions);
            // Capitals are no other spelling ("GENOA" in a dateline).
            let same = |f: &Form| f.surface.to_lowercase() == surface.to_lowercase();
            match forms.iter_mut().find(|f| same(f)) {
                Some(form) => form.mentions.push((m.article, m.span)),
                None => forms.push(Form {
                    surface,
                    mentions: vec![(m.article, m.span)],
                }),
            }
        }
        for form in &mut forms {
            form.mentions.sort();
        }
        forms.sort_by(|a, b| (a.mentions[0].0, &a.surface).cmp(&(b.mentions[0].0, &b.surface)));
        if forms.len() > 1 {
            found.push(Variant {
                entity,
                forms,
                accents_only,
            });
        }
    }
    found
}

/// The mentions of one entity less, in each article that writes it in full
/// in two ways, the full names other than its own: "Oleg Smirnov met Oleh
/// Smirnoff" names two people, however alike the names.
fn one_person_per_spelling(mentions: Vec<&Mention>) -> Vec<&Mention> {
    let mut spellings: BTreeMap<usize, std::collections::BTreeSet<String>> = BTreeMap::new();
    for m in mentions.iter().filter(|m| m.full) {
        spellings
            .entry(m.article)
            .or_default()
            .insert(m.surface.to_lowercase());
    }
    mentions
        .into_iter()
        .filter(|m| {
            let two_ways = spellings.get(&m.article).is_some_and(|s| s.len() > 1);
            !(two_ways && m.full && m.matched != NameMatch::Exact)
        })
        .collect()
}

/// One entity's spellings by their letters without accents: each bare form
/// and the spellings, lower-cased, that give it. Built once per entity, so
/// that asking of every mention costs a lookup.
struct AccentedTwins(std::collections::HashMap<String, std::collections::HashSet<String>>);

impl AccentedTwins {
    fn of<'s>(surfaces: impl Iterator<Item = &'s str>) -> Self {
        let mut by_bare: std::collections::HashMap<String, std::collections::HashSet<String>> =
            Default::default();
        for surface in surfaces {
            by_bare
                .entry(bare(surface))
                .or_default()
                .insert(surface.to_lowercase());
        }
        AccentedTwins(by_bare)
    }

    /// Whether another spelling is `surface` with other accents, or none
    /// ("Gomez" beside "Gómez"); not "LYON" in a dateline beside "Lyon", the
    /// same letters in capitals.
    fn has(&self, surface: &str) -> bool {
        self.0
            .get(&bare(surface))
            .is_some_and(|spellings| spellings.len() > 1)
    }
}

/// A spelling's letters without accents, lower-cased.
fn bare(surface: &str) -> String {
    deunicode::deunicode(surface).to_lowercase()
}

/// The form a mention counts under: its own text, or for a surname written alone,
/// the full name of the same article that ends in the same spelling.
fn form_of(mention: &Mention, all: &[&Mention]) -> String {
    if mention.full {
        return mention.surface.to_string();
    }
    all.iter()
        .filter(|m| m.full && m.article == mention.article)
        .find(|m| PersonName::parse(&m.surface).is_some_and(|p| mention.surface == p.surname))
        .map_or_else(|| mention.surface.to_string(), |m| m.surface.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(article: usize, surface: &str, full: bool, matched: NameMatch) -> Mention {
        Mention {
            article,
            entity: EntityId(0),
            surface: surface.into(),
            span: (article * 100, article * 100 + 5),
            full,
            matched,
        }
    }

    #[test]
    fn surnames_join_their_full_names_and_transliterations_make_variants() {
        let found = variants(&[
            mention(0, "Rustam Umarov", true, NameMatch::Transliteration),
            mention(0, "Umarov", false, NameMatch::Transliteration),
            mention(1, "Rustem Umerov", true, NameMatch::Exact),
            mention(1, "Umerov", false, NameMatch::Exact),
        ]);
        assert_eq!(found.len(), 1);
        let forms: Vec<(&str, Vec<usize>)> = found[0]
            .forms
            .iter()
            .map(|f| (f.surface.as_str(), f.articles()))
            .collect();
        assert_eq!(
            forms,
            vec![("Rustam Umarov", vec![0]), ("Rustem Umerov", vec![1])]
        );
    }

    #[test]
    fn dropped_accents_are_a_variant_of_their_own() {
        let found = variants(&[
            mention(0, "Carmen Ramírez", true, NameMatch::Exact),
            mention(0, "Ramírez", false, NameMatch::Exact),
            mention(1, "Carmen Ramirez", true, NameMatch::Exact),
            mention(2, "Ms Ramírez", false, NameMatch::Exact),
            mention(2, "C. Ramírez", true, NameMatch::Exact),
            mention(3, "CARMEN RAMÍREZ", true, NameMatch::Exact),
        ]);
        assert_eq!(found.len(), 1);
        assert!(found[0].accents_only);
        let forms: Vec<&str> = found[0].forms.iter().map(|f| f.surface.as_str()).collect();
        assert_eq!(forms, ["Carmen Ramírez", "Carmen Ramirez"]);
        // The same accents everywhere are no variant.
        assert!(
            variants(&[
                mention(0, "Carmen Ramírez", true, NameMatch::Exact),
                mention(1, "Ramírez", false, NameMatch::Exact),
            ])
            .is_empty()
        );
    }

    #[test]
    fn shortened_names_are_not_variants() {
        let found = variants(&[
            mention(0, "Donald Trump", true, NameMatch::Exact),
            mention(1, "Trump", false, NameMatch::Exact),
        ]);
        assert!(found.is_empty());
    }
}
