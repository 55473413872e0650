//! Weighing sources: copies of one wire story count once, every side says how
//! many independent sources hold it, and every contradiction names its likely value.

use claimcheck::weigh::{Sources, truth};

use crate::common::{corpus_dir, json_report, seed_dir};

#[test]
fn three_copies_of_a_wire_story_count_as_one_source() {
    let report = json_report(&corpus_dir("wire"));
    let articles = report["articles"].as_array().unwrap();
    let copy_of: Vec<Option<&str>> = articles.iter().map(|a| a["copy_of"].as_str()).collect();
    assert_eq!(
        copy_of,
        vec![None, Some("001-wire"), Some("001-wire"), None],
        "{report:#}"
    );
    let disputes = report["disputes"].as_array().unwrap();
    assert_eq!(disputes.len(), 1, "{report:#}");
    let sides = disputes[0]["sides"].as_array().unwrap();
    let side = |value: &str| sides.iter().find(|s| s["value"] == value).unwrap();
    assert_eq!(side("212")["articles"].as_array().unwrap().len(), 3);
    assert_eq!(side("212")["support"], 1);
    assert_eq!(side("187")["support"], 1);
    // One source against one: a coin toss, not three to one; no value is
    // named likely.
    assert!(disputes[0].get("likely").is_none(), "{report:#}");
}

#[test]
fn the_same_articles_counted_as_independent_would_weigh_three_to_one() {
    let checked = claimcheck::check(&corpus_dir("wire"));
    let articles = checked.corpus.articles.len();
    let weights = truth::weigh(&checked.disputes, &Sources::independent(articles));
    let likely = weights[0].likely.as_ref().unwrap();
    assert_eq!(likely.value, "212");
    assert!(likely.confidence > 0.65, "{likely:?}");
    assert_eq!(weights[0].support[likely.side], 3);
}

#[test]
fn every_contradiction_has_a_likely_value_and_every_side_its_support() {
    let seed = json_report(&seed_dir());
    let named = seed["disputes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] == "contradiction" && d["likely"]["value"].is_string())
        .count();
    assert_eq!(named, 1, "the seed's contradiction names its likely value");
    for dir in [seed_dir(), corpus_dir("port-strike"), corpus_dir("wire")] {
        let report = json_report(&dir);
        for d in report["disputes"].as_array().unwrap() {
            for side in d["sides"].as_array().unwrap() {
                let support = side["support"].as_u64().unwrap();
                let articles = side["articles"].as_array().unwrap().len() as u64;
                assert!(support >= 1 && support <= articles, "{d:#}");
            }
            // Every contradiction names its likely value, unless its sides tie.
            if d["severity"] == "contradiction" && d.get("likely").is_some() {
                let likely = &d["likely"];
                let confidence = likely["confidence"].as_f64().unwrap();
                assert!((0.0..=1.0).contains(&confidence), "{d:#}");
                assert!(
                    d["sides"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|s| s["value"] == likely["value"]),
                    "{d:#}"
                );
            }
        }
    }
}

#[test]
fn distinct_seed_articles_are_not_taken_for_copies() {
    let report = json_report(&seed_dir());
    for a in report["articles"].as_array().unwrap() {
        assert!(a.get("copy_of").is_none(), "{a:#}");
    }
}
