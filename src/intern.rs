//! Strings that a corpus repeats, held once.
//!
//! A million claims use a handful of predicates, a few thousand subjects, a
//! few dozen claim ids (`c1`, `c2`, …, in every file) and one or two reviewers.
//! Each distinct string is kept once per loading thread and shared by count,
//! so that a claim costs a pointer for each, not an allocation, and copying a
//! predicate into every fact costs nothing.

use std::borrow::Borrow;
use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;

use arcstr::ArcStr;
use rustc_hash::FxHashSet;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A shared, immutable string: reads like a `&str`, compares and hashes by
/// its text, and is written as plain text. One pointer wide (an `ArcStr`:
/// the text's length lives with the text), so that a claim's seven of them cost 56 bytes,
/// not 112: at a million claims, that is the size of the corpus in YAML.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Interned(ArcStr);

const _: () = assert!(size_of::<Option<Interned>>() == size_of::<usize>());

/// How many distinct strings a thread's table holds before it starts over: a
/// bound on memory for corpora of unique strings, at the cost of some copies.
const TABLE_LIMIT: usize = 1 << 16;

thread_local! {
    static TABLE: RefCell<FxHashSet<Interned>> = RefCell::new(FxHashSet::default());
}

impl Interned {
    /// The shared copy of `text`, made if this thread has not seen it.
    pub fn new(text: &str) -> Interned {
        TABLE.with(|table| {
            let mut table = table.borrow_mut();
            if let Some(known) = table.get(text) {
                return known.clone();
            }
            if table.len() >= TABLE_LIMIT {
                table.clear();
            }
            let shared = Interned(ArcStr::from(text));
            table.insert(shared.clone());
            shared
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Interned {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Interned {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Interned {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Interned {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.as_str(), f)
    }
}

impl From<&str> for Interned {
    fn from(text: &str) -> Interned {
        Interned::new(text)
    }
}

impl From<String> for Interned {
    fn from(text: String) -> Interned {
        Interned::new(&text)
    }
}

impl PartialEq<str> for Interned {
    fn eq(&self, other: &str) -> bool {
        self.0.as_str() == other
    }
}

impl PartialEq<&str> for Interned {
    fn eq(&self, other: &&str) -> bool {
        self.0.as_str() == *other
    }
}

impl PartialEq<String> for Interned {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl Serialize for Interned {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Interned {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Interned, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Interned;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Interned, E> {
                Ok(Interned::new(text))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for Interned {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        String::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }

    fn inline_schema() -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_share_one_copy_and_compare_as_text() {
        let a = Interned::new("title");
        let b: Interned = serde_yaml::from_str("title").unwrap();
        assert!(ArcStr::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "title");
        assert_eq!(serde_yaml::to_string(&a).unwrap(), "title\n");
        assert!(Interned::new("head") < a);
    }

    #[test]
    fn a_full_table_starts_over_without_changing_any_text() {
        let first = Interned::new("c1");
        for i in 0..TABLE_LIMIT + 10 {
            assert_eq!(Interned::new(&format!("s{i}")).as_str(), format!("s{i}"));
        }
        assert_eq!(Interned::new("c1"), first);
    }
}
