//! Traps: they look like contradictions and are not. Each is its own test, so a
//! regression names the trap it fell into.

use claimcheck::graph::ClaimGraph;

use crate::common::{
    checked, conflicts, disputes, opposed, report, seed_dir, seed_objects, seed_objects_of,
};

/// Kyiv (001), Berlin (002), Miami (002), the Shell Bay Club (003) and Davos (000,
/// 001) are the venues of five different meetings.
#[test]
fn four_meetings_in_four_cities_are_not_a_venue_conflict() {
    let report = report(&seed_dir());
    let venue: Vec<_> = conflicts(&report)
        .filter(|d| d.predicate == "venue")
        .collect();
    assert!(venue.is_empty(), "{venue:#?}");
    assert_eq!(
        seed_objects_of("venue"),
        ["Berlin", "Davos", "Kyiv", "Miami", "Shell Bay Club"]
    );
}

/// "Next week" (000, 001, January) and "on Friday" (002, December) are different rounds.
#[test]
fn next_week_and_on_friday_are_different_rounds() {
    let report = report(&seed_dir());
    let dates: Vec<_> = conflicts(&report)
        .filter(|d| d.predicate == "date")
        .collect();
    assert!(dates.is_empty(), "{dates:#?}");
    assert_eq!(
        seed_objects_of("date"),
        ["Friday", "next week", "this weekend"]
    );
}

/// Umerov "in the United States" (002) and the meeting at the Shell Bay Club in
/// Hallandale Beach, Florida (003): the one contains the other, and the dates differ.
#[test]
fn umerov_in_the_us_is_not_against_a_meeting_in_florida() {
    let report = report(&seed_dir());
    let about: Vec<_> = conflicts(&report)
        .filter(|d| d.subject == "Rustem Umerov" || d.subject == "shell-bay-meeting")
        .collect();
    assert!(about.is_empty(), "{about:#?}");
    assert_eq!(seed_objects("Rustem Umerov", "location"), ["United States"]);
    assert_eq!(
        seed_objects("shell-bay-meeting", "venue"),
        ["Shell Bay Club"]
    );
}

/// "A senior Ukrainian official" and "head of Kyiv's delegation" are compatible.
#[test]
fn senior_official_and_delegation_head_are_compatible() {
    let report = report(&seed_dir());
    assert!(disputes(&report, "Rustem Umerov", "title").is_empty());
    assert_eq!(
        seed_objects("Rustem Umerov", "title"),
        ["head of Ukraine's delegation", "senior Ukrainian official"]
    );
}

/// "Remained a critical sticking point" (003, 1 Dec) then "agreed on several
/// documents" (002, 19 Dec): progress, not a conflict.
#[test]
fn guarantees_unresolved_then_agreed_is_progress() {
    let report = report(&seed_dir());
    assert!(
        !opposed(&report, ("003", "c7"), ("002", "c10")),
        "{:#?}",
        report.disputes
    );
    let states = seed_objects("security guarantees agreement with the US", "status");
    assert!(
        states.contains(&"unresolved".to_string())
            && states.contains(&"agreed (documents)".to_string()),
        "{states:?}"
    );
}

/// US envoy, Special Envoy and White House envoy are the same post.
#[test]
fn witkoff_envoy_titles_are_one_post() {
    let report = report(&seed_dir());
    assert!(disputes(&report, "Steve Witkoff", "title").is_empty());
    assert_eq!(
        seed_objects("Steve Witkoff", "title"),
        ["Special Envoy", "US envoy", "White House envoy"]
    );
}

/// Italy "has pledged to send" and "is sending" heating equipment agree.
#[test]
fn italy_pledged_and_sending_agree() {
    let report = report(&seed_dir());
    assert!(report.disputes.iter().all(|d| d.subject != "Italy"));
    assert_eq!(
        seed_objects("Italy", "aid"),
        ["heating equipment (pledged)", "heating equipment (sending)"]
    );
}

/// Both say 58,000: a corroboration, which the graph records as agreement.
#[test]
fn workers_58000_twice_is_a_corroboration() {
    let report = report(&seed_dir());
    assert!(conflicts(&report).all(|d| d.predicate != "count"));
    assert!(!seed_objects_of("count").is_empty());
    let checked = checked(&seed_dir());
    let graph = ClaimGraph::build(&checked.corpus, &checked.judgements);
    let claim = |article: &str, id: &str| {
        checked
            .corpus
            .claims
            .iter()
            .position(|c| {
                checked.corpus.articles[c.article].id.starts_with(article) && c.record.id == id
            })
            .unwrap()
    };
    assert!(
        graph.joined(claim("000", "c11"), claim("001", "c13"), false),
        "no agrees edge between the two 58,000 claims"
    );
}

/// Vladimir Putin and Vladimir Zelensky are different people: no variant, no merge.
#[test]
fn two_vladimirs_are_two_people() {
    let report = report(&seed_dir());
    assert!(disputes(&report, "Vladimir Putin", "variant").is_empty());
    for d in report.disputes.iter().filter(|d| d.kind == "variant") {
        for side in &d.sides {
            assert!(!side.value.contains("Putin"), "{d:#?}");
        }
    }
    let checked = checked(&seed_dir());
    let putin = checked
        .normalized
        .entities
        .find("Vladimir Putin")
        .unwrap()
        .0;
    let zelensky = checked
        .normalized
        .entities
        .find("Vladimir Zelensky")
        .unwrap()
        .0;
    assert_ne!(putin, zelensky);
}

/// 000 and 001 both name Budanov head of the office: a corroboration.
#[test]
fn budanov_head_twice_is_a_corroboration() {
    let report = report(&seed_dir());
    assert!(conflicts(&report).all(|d| d.predicate != "head"));
    let checked = checked(&seed_dir());
    let graph = ClaimGraph::build(&checked.corpus, &checked.judgements);
    let heads: Vec<usize> = checked
        .corpus
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.record.predicate == "head")
        .map(|(i, _)| i)
        .collect();
    assert_eq!(heads.len(), 2);
    assert!(graph.joined(heads[0], heads[1], false));
}
