//! A claim as a person reviews it, field for field, and the meetings an
//! article names: what the claims file holds and every stage reads.
//!
//! The fields mirror `docs/DESIGN.md`'s claims-file format: serde reads them
//! straight from the file (the load stage checks them against the article).
//! Unknown fields are refused so that a misspelt key is reported instead of
//! silently ignored.

use jiff::civil::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::intern::Interned;

/// A meeting the article reports: its id and, for a reader, what it is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventRecord {
    pub id: String,
    #[serde(default)]
    pub what: Option<String>,
    /// `hand` (the default) when a person named the meeting; `rule:NAME` when
    /// extraction made the id up. Made-up ids are matched across articles by time
    /// and participants; a person's ids are matched as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
}

/// The `by` of an event that extraction names by its kind ("collapse",
/// "strike"), which the checker matches across articles by kind and day.
pub const KIND_RULE: &str = "rule:event";

impl EventRecord {
    /// Whether extraction made this id up (rather than a person naming the meeting).
    pub fn is_made_up(&self) -> bool {
        self.by.as_deref().is_some_and(|b| b.starts_with("rule:"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ClaimRecord {
    pub id: Interned,
    pub subject: Interned,
    pub predicate: Interned,
    #[serde(deserialize_with = "scalar_text")]
    #[schemars(with = "ScalarText")]
    pub object: Interned,
    /// The words of the article the claim rests on, as written there. `null`
    /// for a claim a person adds (`by: hand`) that the article implies but
    /// does not state. Written out, even when null.
    #[serde(deserialize_with = "Option::deserialize")]
    #[schemars(required, schema_with = "text_or_null")]
    pub quote: Option<String>,
    /// UTF-8 byte offsets of the quote in the article text. Optional: without
    /// it the quote locates the claim (`occurrence` picks one of several), and
    /// once located, the corpus holds it here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
    /// Which occurrence of the quote the claim means (1 for the first), where
    /// the quote occurs more than once and no span says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<usize>,
    #[serde(default)]
    pub event: Option<Interned>,
    #[serde(default)]
    pub valid: Option<Validity>,
    #[serde(default)]
    pub hedge: Option<Interned>,
    /// Who the article says gives the figure ("police", "the health
    /// ministry"), where it names one; none when the outlet states it in its
    /// own voice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub according_to: Option<Interned>,
    pub status: Status,
    pub by: Interned,
    #[serde(default)]
    pub note: Option<String>,
}

/// An explicit time during which a claim holds; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    #[serde(default)]
    pub from: Option<Date>,
    #[serde(default)]
    pub to: Option<Date>,
}

/// Where a claim stands in a person's review.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Unreviewed,
    Confirmed,
    Rejected,
}

/// A quote's schema: text, or null for a claim by hand.
fn text_or_null(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": ["string", "null"],
        "description": "The words of the article the claim rests on, as written there; null for a claim added by hand (`by: hand`) that the article implies but does not state."
    })
}

/// What the schema allows for an object: text, or a number, date or yes/no
/// written bare, which is read as the text it is written as.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum ScalarText {
    Text(String),
    Number(f64),
    Bool(bool),
}

/// Objects are text, but a person writing `object: 58000` or `object: 2025-12-19`
/// means the text of that scalar, not a number or a date to be re-formatted.
fn scalar_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Interned, D::Error> {
    struct Scalar;
    impl serde::de::Visitor<'_> for Scalar {
        type Value = Interned;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("the object as text or a number")
        }
        fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Interned, E> {
            Ok(Interned::new(text))
        }
        fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Interned, E> {
            Ok(Interned::new(&n.to_string()))
        }
        fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Interned, E> {
            Ok(Interned::new(&n.to_string()))
        }
        fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<Interned, E> {
            // As YAML writes it back: `1.5`, `.inf`, `.nan`.
            Ok(Interned::new(&serde_yaml::Number::from(n).to_string()))
        }
        fn visit_bool<E: serde::de::Error>(self, b: bool) -> Result<Interned, E> {
            Ok(Interned::new(&b.to_string()))
        }
    }
    // Read straight from the parser: no `Value` is built for each object.
    deserializer.deserialize_any(Scalar)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A bare scalar is read as the text it is written as, and anything else is refused.
    #[test]
    fn objects_are_the_text_of_any_scalar() {
        let object = |yaml: &str| {
            #[derive(Deserialize)]
            struct Holder {
                #[serde(deserialize_with = "scalar_text")]
                object: Interned,
            }
            serde_yaml::from_str::<Holder>(&format!("object: {yaml}"))
                .map(|h| h.object.to_string())
                .map_err(|e| e.to_string())
        };
        assert_eq!(object("58000").unwrap(), "58000");
        assert_eq!(object("-3").unwrap(), "-3");
        assert_eq!(object("1.5").unwrap(), "1.5");
        assert_eq!(object(".inf").unwrap(), ".inf");
        assert_eq!(object("true").unwrap(), "true");
        assert_eq!(object("2025-12-19").unwrap(), "2025-12-19");
        assert_eq!(
            object("\"Deputy Prime Minister\"").unwrap(),
            "Deputy Prime Minister"
        );
        let refused = object("{a: 1}").unwrap_err();
        assert!(
            refused.contains("expected the object as text or a number"),
            "{refused}"
        );
        assert!(object("[1, 2]").is_err() && object("~").is_err());
    }
}
