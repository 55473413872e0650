//! Findings a careful reader accepts either way: if reported, only as warnings.

use claimcheck::rules::Severity;

use crate::common::{disputes, report, seed_dir, seed_objects};

/// "US envoy" (000, 001) against "informal adviser" (003): an official post or
/// none, six weeks apart.
#[test]
fn kushner_envoy_or_adviser_is_at_most_a_warning() {
    let report = report(&seed_dir());
    for d in disputes(&report, "Jared Kushner", "title") {
        assert!(d.severity <= Severity::Warning, "{d:#?}");
    }
    assert_eq!(
        seed_objects("Jared Kushner", "title"),
        ["US envoy", "informal adviser"]
    );
}

/// "Agreed on several documents" (002, 19 Dec) against hoping to reach a final
/// agreement at Davos (000, 001, January): agreed texts are not a signed agreement.
#[test]
fn guarantees_agreed_then_pending_is_at_most_a_warning() {
    let report = report(&seed_dir());
    for d in disputes(
        &report,
        "security guarantees agreement with the US",
        "status",
    ) {
        assert!(d.severity <= Severity::Warning, "{d:#?}");
    }
    assert_eq!(
        seed_objects("security guarantees agreement with the US", "status").len(),
        4
    );
}
