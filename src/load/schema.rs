//! The JSON Schema of a claims file, derived from the types the loader reads, so
//! that it cannot drift from them. Editors use it to check and complete a claims
//! file while a person reviews it: a claims file that begins with
//! [`MODELINE`] points the YAML language server at the schema beside it.

use super::files::ClaimsFile;

/// The schema's file name inside a corpus folder.
pub const SCHEMA_FILE: &str = "claims.schema.json";

/// The first line of a claims file that editors read to find the schema.
pub const MODELINE: &str = "# yaml-language-server: $schema=claims.schema.json";

/// The JSON Schema (draft 2020-12) of `NAME.yaml` and `NAME.json` claims files.
pub fn claims_schema() -> serde_json::Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(ClaimsFile)).expect("a schema is plain JSON");
    if let Some(object) = schema.as_object_mut() {
        object.insert("title".into(), "claimcheck claims file".into());
        object.insert(
            "description".into(),
            "The claims read from one article: its header, the meetings it mentions, and each claim with the quote and span that back it. Written by `claimcheck extract`, reviewed by a person."
                .into(),
        );
    }
    schema
}

/// The schema as the file `claimcheck schema` prints and a corpus ships.
pub fn claims_schema_text() -> String {
    serde_json::to_string_pretty(&claims_schema()).expect("a schema is plain JSON") + "\n"
}
