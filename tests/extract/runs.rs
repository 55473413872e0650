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
