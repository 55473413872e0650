//! The landslide and cyclone stories, extracted with no review: vehicles a
//! collapse caught are one count whatever the words, settled when it
//! happened; a storm's landfalls are settled once it has gone; an undated
//! landslide is the story's one, whatever landslide of years ago an article
//! recalls.

use claimcheck::rules::Severity;

use super::{extracted, pairs};
use crate::common::{conflicts, report};

#[test]
fn vehicles_caught_whatever_the_words_and_the_day() {
    let dir = extracted("highway-landslide");
    let report = report(dir.path());
    // "burying about 15 vehicles" (Wednesday), "16 vehicles had been
    // involved" (police, Wednesday) against "More than 25 vehicles were swept
    // away or buried" (Thursday).
    assert_eq!(
        pairs(&report, "vehicles caught"),
        [
            (
                "numbers-differ".into(),
                Severity::Contradiction,
                vec![
                    "16 [marval-sentinel]".into(),
                    "more than 25 [cordillera-times]".into()
                ]
            ),
            (
                "numbers-differ".into(),
                Severity::Contradiction,
                vec![
                    "about 15 [andean-newswire]".into(),
                    "more than 25 [cordillera-times]".into()
                ]
            ),
        ]
    );
    // The witness's "six or seven cars in front of me", the army's 12 trucks
    // sent to help and 400 lorries stranded in queues were not caught.
    for other in ["cars", "vehicles", "trucks", "lorries"] {
        let found: Vec<_> = conflicts(&report)
            .filter(|d| d.subject == other)
            .map(|d| &d.reason)
            .collect();
        assert!(found.is_empty(), "{other}: {found:#?}");
    }
}

#[test]
fn an_undated_landslide_is_the_storys_one_not_one_of_years_ago() {
    let dir = extracted("highway-landslide");
    let report = report(dir.path());
    // "gave way at about 9.40pm" and "collapsed shortly after 11pm" are told
    // with no date; the landslide of 2014 an article recalls does not keep
    // them from the one of this week.
    let times: Vec<_> = conflicts(&report)
        .filter(|d| d.predicate == "time")
        .map(|d| {
            let mut values: Vec<&str> = d.sides.iter().map(|s| s.value.as_str()).collect();
            values.sort();
            values
        })
        .collect();
    assert_eq!(times, [["about 9.40pm", "shortly after 11pm"]]);
}

#[test]
fn a_storms_landfalls_once_it_has_gone() {
    let dir = extracted("cyclone");
    let report = report(dir.path());
    // Four landfalls on the Sunday it left, five two days later; "two
    // landfalls by Saturday afternoon" was a count still running.
    assert_eq!(
        pairs(&report, "landfalls"),
        [(
            "numbers-differ".into(),
            Severity::Contradiction,
            vec![
                "five [tuavasi-tribune]".into(),
                "four [transpacific-news]".into()
            ]
        )]
    );
}

#[test]
fn the_countrys_toll_is_not_the_landslides() {
    let dir = extracted("highway-landslide");
    let report = report(dir.path());
    // "Nationally, the rains have killed 43 people" (the emergency centre)
    // and "the rains had killed 52 people nationwide" (the Red Cross), the
    // same Thursday: two sources on the country's toll.
    assert_eq!(
        pairs(&report, "people killed nationwide"),
        [(
            "sources-disagree".into(),
            Severity::Warning,
            vec![
                "43 [cordillera-times]".into(),
                "52 [continental-dispatch]".into()
            ]
        )]
    );
    // The landslide's own toll (27) and the district's since the rains began
    // (24) never meet the country's, nor each other.
    let others: Vec<_> = conflicts(&report)
        .filter(|d| {
            d.subject.starts_with("people killed") && d.subject != "people killed nationwide"
        })
        .map(|d| &d.reason)
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}
