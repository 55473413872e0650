//! Every report format on the seed corpus, snapshot by snapshot, and the promise
//! that the same input gives byte-identical output.

use claimcheck::report::{Format, RenderOptions, Report};

use crate::cli::copy_dir;
use crate::common::{report, seed_dir};

fn render(format: Format) -> String {
    let options = RenderOptions {
        color: false,
        width: Some(120),
    };
    let checked = claimcheck::check(&seed_dir());
    let report = if format.needs_graph() {
        Report::with_graph(&checked)
    } else {
        Report::from_checked(&checked)
    };
    format.render(&report, options)
}

#[test]
fn table_snapshot() {
    insta::assert_snapshot!("table", render(Format::Table));
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!("markdown", render(Format::Markdown));
}

#[test]
fn json_snapshot() {
    insta::assert_snapshot!("json", render(Format::Json));
}

#[test]
fn dot_snapshot() {
    insta::assert_snapshot!("dot", render(Format::Dot));
}

#[test]
fn html_snapshot() {
    insta::assert_snapshot!("html", render(Format::Html));
}

#[test]
fn the_json_report_follows_the_design_schema() {
    let json: serde_json::Value = serde_json::from_str(&render(Format::Json)).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["claims"], 54);
    for article in json["articles"].as_array().unwrap() {
        for key in ["id", "outlet", "published", "claims"] {
            assert!(article.get(key).is_some(), "article lacks {key}: {article}");
        }
    }
    for dispute in json["disputes"].as_array().unwrap() {
        for key in [
            "id",
            "kind",
            "severity",
            "subject",
            "predicate",
            "rule",
            "reason",
            "sides",
        ] {
            assert!(dispute.get(key).is_some(), "dispute lacks {key}: {dispute}");
        }
        assert!(dispute["id"].as_str().unwrap().starts_with("d-"));
        assert!(
            ["contradiction", "warning", "variant"]
                .contains(&dispute["severity"].as_str().unwrap())
        );
        for side in dispute["sides"].as_array().unwrap() {
            assert!(side["value"].is_string());
            for claim in side["claims"].as_array().unwrap() {
                for key in ["article", "claim", "quote", "span"] {
                    assert!(claim.get(key).is_some(), "claim lacks {key}: {claim}");
                }
                assert_eq!(claim["span"].as_array().unwrap().len(), 2);
            }
        }
    }
}

#[test]
fn two_runs_give_byte_identical_reports() {
    for format in Format::ALL {
        assert_eq!(render(format), render(format));
    }
}

#[test]
fn a_copy_of_the_corpus_elsewhere_gives_the_same_report_and_ids() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    let options = RenderOptions::default();
    let here = Format::Json.render(&report(&seed_dir()), options);
    let there = Format::Json.render(&report(dir.path()), options);
    assert_eq!(here, there);
}

#[test]
fn colour_appears_only_when_asked() {
    let report = report(&seed_dir());
    let plain = Format::Table.render(
        &report,
        RenderOptions {
            color: false,
            width: Some(120),
        },
    );
    assert!(!plain.contains('\u{1b}'));
    let coloured = Format::Table.render(
        &report,
        RenderOptions {
            color: true,
            width: Some(120),
        },
    );
    assert!(coloured.contains('\u{1b}'));
}

#[test]
fn dispute_ids_do_not_depend_on_file_names() {
    // Renaming the claims files (and so their order) keeps every dispute's id.
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    for (from, to) in [
        ("000_2149febe09771f4b.yaml", "zz.yaml"),
        ("003_b467bdeb06d57ac6.yaml", "aa.yaml"),
    ] {
        std::fs::rename(dir.path().join(from), dir.path().join(to)).unwrap();
    }
    let ids = |r: &Report| {
        let mut ids: Vec<String> = r.disputes.iter().map(|d| d.id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&report(&seed_dir())), ids(&report(dir.path())));
}

#[test]
fn every_format_streams_the_same_bytes_it_renders() {
    let checked = claimcheck::check(&seed_dir());
    for format in Format::ALL {
        let report = if format.needs_graph() {
            Report::with_graph(&checked)
        } else {
            Report::from_checked(&checked)
        };
        let options = RenderOptions {
            color: false,
            width: Some(120),
        };
        let mut streamed = Vec::new();
        format.write(&report, options, &mut streamed).unwrap();
        let rendered = format.render(&report, options);
        assert_eq!(String::from_utf8(streamed).unwrap(), rendered);
        // What `check` writes: the JSON built dispute by dispute as it goes.
        let mut written = Vec::new();
        format
            .write_checked(&checked, options, &mut written)
            .unwrap();
        assert_eq!(String::from_utf8(written).unwrap(), rendered, "{format:?}");
    }
}

/// The JSON report as `check` writes it, dispute by dispute.
fn streamed_json(checked: &claimcheck::Checked) -> String {
    let mut written = Vec::new();
    Format::Json
        .write_checked(checked, RenderOptions::default(), &mut written)
        .unwrap();
    String::from_utf8(written).unwrap()
}

/// The JSON report rendered from the whole report, built first.
fn rendered_json(checked: &claimcheck::Checked) -> String {
    Format::Json.render(&Report::from_checked(checked), RenderOptions::default())
}

/// A corpus with nothing to report streams the same JSON as it renders: empty
/// lists where the disputes and articles go.
#[test]
fn the_streamed_json_report_of_an_empty_corpus_is_the_built_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    let checked = claimcheck::check(dir.path());
    let written = streamed_json(&checked);
    assert!(written.contains("\"disputes\": []"), "{written}");
    assert_eq!(written, rendered_json(&checked));
}

#[test]
fn the_streamed_json_report_names_stale_verdicts_as_the_built_one_does() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&seed_dir(), dir.path());
    std::fs::write(
        dir.path().join("verdicts.yaml"),
        "verdicts:\n  d-000000:\n    verdict: dismissed\n",
    )
    .unwrap();
    let checked = claimcheck::check(dir.path());
    let written = streamed_json(&checked);
    assert!(written.contains("\"stale_verdicts\""));
    assert_eq!(written, rendered_json(&checked));
}

/// Six outlets give six different tolls for the same day: the dispute's reason
/// says how many values and conflicting pairs there are and spells out the most
/// severe, rather than every one of the fifteen; the JSON still lists them all.
#[test]
fn a_dispute_of_many_values_is_summarised_not_spelt_out() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("articles")).unwrap();
    for (i, toll) in [40, 55, 70, 85, 100, 130].iter().enumerate() {
        let text = format!("Rescuers said {toll} people died when the Vessa dam broke.\n");
        let quote = format!("{toll} people died when the Vessa dam broke");
        let start = text.find(&quote).unwrap();
        std::fs::write(dir.path().join(format!("articles/t{i}.txt")), &text).unwrap();
        let claims = format!(
            "article:\n  text: articles/t{i}.txt\n  published: 2026-05-04\nclaims:\n  - id: c1\n    subject: deaths at the Vessa dam\n    predicate: count\n    object: \"{toll}\"\n    quote: \"{quote}\"\n    span: [{start}, {end}]\n    status: confirmed\n    by: hand\n",
            end = start + quote.len()
        );
        std::fs::write(dir.path().join(format!("t{i}.yaml")), claims).unwrap();
    }
    let json = crate::common::json_report(dir.path());
    let disputes = json["disputes"].as_array().unwrap();
    assert_eq!(disputes.len(), 1, "{json:#}");
    let dispute = &disputes[0];
    assert_eq!(dispute["sides"].as_array().unwrap().len(), 6);
    let conflicts = dispute["conflicts"].as_array().unwrap();
    assert_eq!(conflicts.len(), 15);
    let reason = dispute["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("The sources give 6 values, and 15 pairs of them conflict."),
        "{reason}"
    );
    assert!(
        reason.ends_with(conflicts[0]["reason"].as_str().unwrap()),
        "{reason}"
    );
    let table = crate::common::claimcheck()
        .arg("check")
        .arg(dir.path())
        .output()
        .unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert_eq!(table.matches("figures are").count(), 1, "{table}");
}
