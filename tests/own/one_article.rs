//! The runway and cyclone stories, extracted with no review: an article that
//! gives one thing from two sources sets them against each other; "the
//! mishap" with no date is the story's one crash; the badly hurt are counted
//! apart from the injured; a province's toll keeps its province wherever the
//! sentence names it.

use claimcheck::rules::Severity;

use super::{extracted, pairs};
use crate::common::{conflicts, report};

#[test]
fn an_articles_own_time_against_the_time_it_quotes() {
    let dir = extracted("runway-overrun");
    let report = report(dir.path());
    let times = pairs(&report, "crash");
    // The Straits Wire's own "about 7:50 p.m." against the police chief's
    // 8:25 p.m., in the same article: two sources, a warning.
    assert!(
        times.contains(&(
            "times-differ".into(),
            Severity::Warning,
            vec![
                "8:25 p.m. [straits-wire]".into(),
                "about 7:50 p.m. local time (1150 GMT) [straits-wire]".into()
            ]
        )),
        "{times:#?}"
    );
    // The Pesisir Daily's undated "mishap at 7:52 p.m." is the same crash:
    // it meets the police's 8:25, and agrees with "about 7:50".
    assert!(
        times.contains(&(
            "times-differ".into(),
            Severity::Contradiction,
            vec![
                "7:52 p.m. [pesisir-daily]".into(),
                "8:25 p.m. [straits-wire]".into()
            ]
        )),
        "{times:#?}"
    );
    assert_eq!(times.len(), 2, "{times:#?}");
}

#[test]
fn the_badly_hurt_and_the_crew_are_counted_apart() {
    let dir = extracted("runway-overrun");
    let report = report(dir.path());
    // "Eleven of the injured were in critical condition" and "seven of them
    // in critical condition", the same day.
    assert_eq!(
        pairs(&report, "people critically injured"),
        [(
            "numbers-differ".into(),
            Severity::Contradiction,
            vec![
                "Eleven [east-coast-herald]".into(),
                "seven [federal-chronicle]".into()
            ]
        )]
    );
    // "185 passengers and six crew", "seven crew members": the crew on
    // board were settled when the jet landed, whatever day they are told.
    assert_eq!(
        pairs(&report, "crew on board"),
        [(
            "numbers-differ".into(),
            Severity::Contradiction,
            vec!["seven [pesisir-daily]".into(), "six [straits-wire]".into()]
        )]
    );
    // The injured as a whole (137) never meet the badly hurt.
    assert!(pairs(&report, "people injured").is_empty());
}

#[test]
fn a_provinces_toll_from_two_sources_and_a_toll_in_a_where_clause() {
    let dir = extracted("cyclone");
    let report = report(dir.path());
    // "Police in Ralevu province said nine people had died there" and "The
    // disaster office put the number of dead in Ralevu province at six".
    assert_eq!(
        pairs(&report, "people killed in Ralevu province"),
        [(
            "sources-disagree".into(),
            Severity::Warning,
            vec![
                "nine [transpacific-news]".into(),
                "six [nakoria-sun]".into()
            ]
        )]
    );
    // "Savoka province in the north, where ... 28 people had died" is the
    // province's toll: the national toll of 42 did not fall to it.
    let national: Vec<_> = conflicts(&report)
        .filter(|d| d.subject == "people killed")
        .map(|d| &d.reason)
        .collect();
    assert!(national.is_empty(), "{national:#?}");
}
