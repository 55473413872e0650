//! Normalize: turn what people wrote into values that can be compared.
//!
//! Names resolve to entities (through aliases, then transliteration-aware
//! matching), titles to canonical keys, places to entities with containment, date
//! phrases to intervals, numbers to hedged ranges, states to their order. The
//! result, [`Normalized`], is all the rules need.

pub mod amount;
pub mod atlas;
pub mod clock;
pub mod counted;
pub mod dates;
pub mod entities;
pub mod events;
pub mod facts;
pub mod holders;
pub mod measured;
pub mod mentions;
pub mod names;
pub mod places_in_text;
pub mod quantity;
pub mod state;
pub mod titles;

use crate::corpus::Corpus;
use entities::EntityTable;
use facts::{Fact, Note};
use mentions::{Gazetteer, Mention, Recall};

/// The corpus in comparable form.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub entities: EntityTable,
    pub facts: Vec<Fact>,
    pub mentions: Vec<Mention>,
    pub notes: Vec<Note>,
    /// A name to show for every meeting key the facts use.
    pub event_names: std::collections::HashMap<String, String>,
    /// Who the corpus calls by each title.
    pub holders: holders::Holders,
}

/// Normalizes a loaded corpus.
pub fn normalize(corpus: &Corpus) -> Normalized {
    let mut entities = EntityTable::from_records(&corpus.entities);
    let mut notes = Vec::new();
    for (index, article) in corpus.articles.iter().enumerate() {
        if article.published.is_none() {
            notes.push(Note {
                article: index,
                claim: None,
                message: "no published date: its claims are compared as if contemporaneous".into(),
            });
        }
    }
    let mut facts = facts::facts(corpus, &mut entities, &mut notes);
    entities.settle_names();
    let event_names = events::merge(corpus, &entities, &mut facts);
    events::anchor_titles(corpus, &mut facts);
    let gazetteer = Gazetteer::new(&entities);
    let mentions = {
        // One run of articles per thread, each remembering what its words matched.
        use rayon::prelude::*;
        let chunk = corpus
            .articles
            .len()
            .div_ceil(rayon::current_num_threads())
            .max(1);
        let per_run: Vec<Vec<Mention>> = corpus
            .articles
            .par_chunks(chunk)
            .enumerate()
            .map(|(run, articles)| {
                let mut recall = Recall::default();
                let first = run * chunk;
                articles
                    .iter()
                    .enumerate()
                    .flat_map(|(i, a)| gazetteer.scan_with(&mut recall, first + i, a))
                    .collect()
            })
            .collect();
        per_run.into_iter().flatten().collect()
    };
    let mut mentions: Vec<Mention> = mentions;
    places_in_text::add(&corpus.articles, &mut entities, &mut mentions);
    mentions::drop_quoted_one_offs(&mut mentions, &corpus.articles);
    notes.sort();
    let holders = holders::Holders::new(&facts);
    Normalized {
        entities,
        facts,
        mentions,
        notes,
        event_names,
        holders,
    }
}
