//! The same person or place spelled differently across sources: reported as
//! variants, each form with the articles that use it.

use claimcheck::report::Report;
use claimcheck::rules::Severity;

use crate::common::{disputes, report, seed_dir};

/// Asserts that `entity` has a variant dispute in which every `(form, articles)`
/// is found: some side spells the name with `form` (as a whole word) and is used by
/// each of `articles`.
fn assert_variant(report: &Report, entity: &str, forms: &[(&str, &[&str])]) {
    let found = disputes(report, entity, "variant");
    assert_eq!(
        found.len(),
        1,
        "no single variant dispute for {entity}: {:#?}",
        report.disputes
    );
    let dispute = found[0];
    assert_eq!(dispute.severity, Severity::Variant);
    assert_eq!(dispute.rule, "spelling-variant");
    for (form, articles) in forms {
        for article in *articles {
            let ok = dispute.sides.iter().any(|side| {
                side.value
                    .split(' ')
                    .any(|word| word == *form || side.value == *form)
                    && side.articles.iter().any(|a| a.starts_with(article))
            });
            assert!(
                ok,
                "{entity}: no side spells {form:?} in {article}: {:#?}",
                dispute.sides
            );
        }
    }
}

#[test]
fn umerov_is_one_person_spelled_two_ways() {
    let report = report(&seed_dir());
    assert_variant(
        &report,
        "Rustem Umerov",
        &[
            ("Rustam Umarov", &["000", "001"]),
            ("Rustem Umerov", &["002", "003"]),
        ],
    );
    let dispute = disputes(&report, "Rustem Umerov", "variant")[0];
    let values: Vec<&str> = dispute.sides.iter().map(|s| s.value.as_str()).collect();
    assert_eq!(values, ["Rustam Umarov", "Rustem Umerov"]);
}

#[test]
fn witkoff_is_one_person_spelled_two_ways() {
    let report = report(&seed_dir());
    assert_variant(
        &report,
        "Steve Witkoff",
        &[("Wittkopf", &["000", "001"]), ("Witkoff", &["002", "003"])],
    );
}

#[test]
fn zelensky_is_one_person_spelled_four_ways() {
    let report = report(&seed_dir());
    assert_variant(
        &report,
        "Volodymyr Zelensky",
        &[
            ("Zelenskyy", &["000", "001"]),
            ("Zelenskiy", &["002"]),
            ("Zelensky", &["000", "001", "003"]),
            ("Vladimir Zelensky", &["003"]),
        ],
    );
}

#[test]
fn kyiv_is_one_place_spelled_two_ways() {
    let report = report(&seed_dir());
    assert_variant(
        &report,
        "Kyiv",
        &[("Kyiv", &["000", "001", "002"]), ("Kiev", &["003"])],
    );
}

#[test]
fn variant_sides_point_at_every_mention() {
    let report = report(&seed_dir());
    let dispute = disputes(&report, "Kyiv", "variant")[0];
    let kiev = dispute.sides.iter().find(|s| s.value == "Kiev").unwrap();
    let text =
        std::fs::read_to_string(seed_dir().join("articles/003_b467bdeb06d57ac6.txt")).unwrap();
    assert!(!kiev.mentions.is_empty());
    for m in &kiev.mentions {
        assert_eq!(&text[m.span[0]..m.span[1]], "Kiev");
    }
}

/// With `entities.yaml` reduced to people's tenures and descriptions (no
/// place lies in another, no place's other names), the built-in atlas places
/// the seed's towns and countries: the report is the same in every format,
/// its four spelling variants among it.
#[test]
fn the_same_report_without_places_in_entities_yaml() {
    let dir = tempfile::tempdir().unwrap();
    crate::cli::copy_dir(&seed_dir(), dir.path());
    let path = dir.path().join("entities.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut file: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let entities = file["entities"].as_sequence_mut().unwrap();
    let mut reduced = 0;
    for entity in entities.iter_mut() {
        if entity["kind"].as_str() == Some("place") {
            let map = entity.as_mapping_mut().unwrap();
            reduced += usize::from(map.remove("part_of").is_some());
            reduced += usize::from(map.remove("aliases").is_some());
        }
    }
    assert_eq!(reduced, 8, "part_of and aliases removed");
    std::fs::write(&path, serde_yaml::to_string(&file).unwrap()).unwrap();
    for format in ["table", "markdown", "json", "dot", "html"] {
        let out = |corpus: &std::path::Path| {
            crate::common::claimcheck()
                .args(["check", "--format", format])
                .arg(corpus)
                .output()
                .unwrap()
                .stdout
        };
        assert!(
            out(&seed_dir()) == out(dir.path()),
            "{format} differs without places in entities.yaml"
        );
    }
}
