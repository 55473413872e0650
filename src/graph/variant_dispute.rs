//! Spelling variants as disputes: one entity, the forms it is written in, and
//! the articles and claims that write each form.

use super::dispute::{Dispute, Side, Unnamed};
use super::reasons;
use crate::by_key::ByKey;
use crate::corpus::Corpus;
use crate::corpus::entity::EntityKind;
use crate::normalize::Normalized;
use crate::normalize::names::fold;
use crate::rules::Severity;
use crate::rules::variant::{SPELLING_VARIANT, Variant};

/// The dispute of one variant. `claims_of` gives each article's live claims.
pub(super) fn of(
    variant: &Variant,
    corpus: &Corpus,
    normalized: &Normalized,
    claims_of: &ByKey<u32>,
) -> Unnamed {
    let name = normalized.entities.get(variant.entity).name.clone();
    let sides: Vec<Side> = variant
        .forms
        .iter()
        .map(|form| {
            let articles = form.articles();
            let claims = articles
                .iter()
                .flat_map(|a| claims_of.of(*a).iter().map(|c| *c as usize))
                .filter(|i| {
                    let quote = corpus.claims[*i].record.quote.as_deref();
                    quote.is_some_and(|q| contains_word(q, &form.surface))
                })
                .collect();
            Side {
                value: form.surface.clone(),
                claims,
                mentions: form.mentions.clone(),
                articles,
                statement: String::new(),
            }
        })
        .collect();
    let forms: Vec<(&str, &[usize])> = sides
        .iter()
        .map(|s| (s.value.as_str(), s.articles.as_slice()))
        .collect();
    let mut reason = reasons::spellings(corpus, &name, kind_word(variant, normalized), &forms);
    if variant.accents_only {
        // "…: one person written 2 ways: an outlet dropped the accents."
        reason.pop();
        reason.push_str(": the accents were dropped.");
    }
    Unnamed {
        // The entity, not its forms: a new spelling keeps the verdict.
        about: format!("variant|{}", fold(&name)),
        // One variant dispute per entity.
        when: String::new(),
        dispute: Dispute {
            id: String::new(),
            kind: "variant".into(),
            severity: Severity::Variant,
            subject: name,
            predicate: "name".into(),
            rule: SPELLING_VARIANT,
            reason,
            sides,
            conflicts: Vec::new(),
            fingerprint: String::new(),
        },
    }
}

fn kind_word(variant: &Variant, normalized: &Normalized) -> &'static str {
    match normalized.entities.get(variant.entity).kind {
        Some(EntityKind::Place) => "place",
        Some(EntityKind::Person) => "person",
        _ => "name",
    }
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
