//! `extract` over a whole corpus: an article it reads badly costs nothing but
//! that article.

use crate::common::claimcheck;

/// A corpus folder with `articles/NAME.txt` for each `(name, text)`.
pub(crate) fn corpus(articles: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.path().join(format!("articles/{name}.txt")), text).unwrap();
    }
    dir
}

#[test]
fn a_name_running_into_a_meeting_word_does_not_stop_extraction() {
    // Each of the first two made extraction panic (exit 101) before any file
    // was written, the third article's claims included.
    let dir = corpus(&[
        ("a", "After the Witkoff Meeting.\n"),
        ("b", "Pr Consultations!\n"),
        (
            "c",
            "---\npublished: 2026-01-17\n---\nThe talks were held in Oslo on Friday.\n",
        ),
    ]);
    claimcheck().arg("extract").arg(dir.path()).assert().code(0);
    let loaded = claimcheck::load::load(dir.path());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    let c = std::fs::read_to_string(dir.path().join("c.yaml")).unwrap();
    assert!(c.contains("object: \"Oslo\""), "{c}");
    assert!(c.contains("object: \"this past Friday\""), "{c}");
    for name in ["a.yaml", "b.yaml"] {
        assert!(dir.path().join(name).is_file(), "{name} was not written");
    }
}

/// `text` without its last claim: the claims of a file are its last block.
fn without_last_claim(text: &str) -> String {
    let last = text.rfind("\n  - id: ").unwrap();
    text[..last + 1].to_string()
}

#[test]
fn a_claims_file_kept_as_yml_or_json_is_the_articles_claims_file() {
    let article = "---\npublished: 2026-01-17\n---\nThe talks were held in Oslo on Friday. Some 2,000 residents were evacuated.\n";
    let dir = corpus(&[("a", article), ("b", article)]);
    claimcheck().arg("extract").arg(dir.path()).assert().code(0);
    let path = |name: &str| dir.path().join(name);
    let full = std::fs::read_to_string(path("a.yaml")).unwrap();
    // A reviewer keeps a.yaml as a.yml and b.yaml as JSON, each a claim short
    // of what extraction finds.
    std::fs::write(path("a.yml"), without_last_claim(&full)).unwrap();
    std::fs::remove_file(path("a.yaml")).unwrap();
    let b: claimcheck::load::files::ClaimsFile = serde_yaml::from_str(&without_last_claim(
        &std::fs::read_to_string(path("b.yaml")).unwrap(),
    ))
    .unwrap();
    let json = serde_json::to_string_pretty(&b).unwrap();
    std::fs::write(path("b.json"), &json).unwrap();
    std::fs::remove_file(path("b.yaml")).unwrap();

    claimcheck()
        .arg("extract")
        .arg(dir.path())
        .assert()
        .code(0)
        .stdout("a.yml: added 1 new claim\n")
        .stderr(
            "note: b.json is a JSON claims file, which extract leaves as it is: 1 new claim not added\n",
        );
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.yml", "articles", "b.json"]);
    // The YAML file is added to in place, and the JSON one is not touched.
    assert_eq!(std::fs::read_to_string(path("a.yml")).unwrap(), full);
    assert_eq!(std::fs::read_to_string(path("b.json")).unwrap(), json);
    let loaded = claimcheck::load::load(dir.path());
    assert!(loaded.diagnostics.is_empty(), "{:#?}", loaded.diagnostics);
    assert_eq!(loaded.corpus.articles.len(), 2);
}
