//! Properties that must hold for any input, tested with generated cases.

use std::path::Path;

use claimcheck::corpus::Corpus;
use claimcheck::corpus::claim::{ClaimRecord, EventRecord, Status, Validity};
use claimcheck::corpus::policy::Policy;
use claimcheck::load::files::{ArticleHeader, ClaimsFile};
use claimcheck::normalize::dates::Interval;
use claimcheck::normalize::entities::EntityTable;
use claimcheck::normalize::facts::{Fact, Subject, Value};
use claimcheck::normalize::quantity::Quantity;
use claimcheck::normalize::state::State;
use claimcheck::normalize::titles::Title;
use claimcheck::report::{Format, RenderOptions, Report};
use claimcheck::rules::{Context, Judgement, rule_for};
use proptest::prelude::*;

use crate::cli::copy_dir;
use crate::common::seed_dir;

fn json(dir: &Path) -> String {
    let checked = claimcheck::check(dir);
    assert!(checked.diagnostics.is_empty(), "{:#?}", checked.diagnostics);
    Format::Json.render(&Report::from_checked(&checked), RenderOptions::default())
}

/// The claims file's text with its claim items in the order `order` gives.
fn shuffle_claims(text: &str, order: &[usize]) -> String {
    let start = text.find("claims:\n").unwrap() + "claims:\n".len();
    let body = &text[start..];
    let mut items: Vec<&str> = Vec::new();
    let mut offsets: Vec<usize> = body.match_indices("  - id: ").map(|(i, _)| i).collect();
    offsets.push(body.len());
    for pair in offsets.windows(2) {
        items.push(&body[pair[0]..pair[1]]);
    }
    let mut keyed: Vec<(usize, &str)> = items
        .iter()
        .enumerate()
        .map(|(i, item)| (order.get(i).copied().unwrap_or(i), *item))
        .collect();
    keyed.sort();
    format!(
        "{}{}",
        &text[..start],
        keyed.into_iter().map(|(_, item)| item).collect::<String>()
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The report does not depend on the names of the claims files, nor on the
    /// order of the claims in them.
    #[test]
    fn the_report_does_not_depend_on_the_order_of_files_or_claims(
        orders in proptest::collection::vec(proptest::collection::vec(0usize..1000, 16), 4),
        names in proptest::collection::vec("[a-z]{1,8}", 4),
    ) {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&seed_dir(), dir.path());
        let files: Vec<_> = ["000_2149febe09771f4b", "001_94d892753a69eef2", "002_4ecb6a2e83deaf57", "003_b467bdeb06d57ac6"].iter().map(|f| dir.path().join(format!("{f}.yaml"))).collect();
        for (i, file) in files.iter().enumerate() {
            let text = std::fs::read_to_string(file).unwrap();
            std::fs::remove_file(file).unwrap();
            // Article ids are in the files; their names may be anything.
            let renamed = dir.path().join(format!("{}-{i}.yaml", names[i]));
            std::fs::write(renamed, shuffle_claims(&text, &orders[i])).unwrap();
        }
        prop_assert_eq!(json(&seed_dir()), json(dir.path()));
    }

    /// Adding a claim that agrees with one already made (a new source saying the
    /// same of the same subject on the same day) never adds a contradiction.
    #[test]
    fn an_agreeing_claim_never_adds_a_contradiction(pick in 0usize..54) {
        let before = claimcheck::check(&seed_dir());
        let contradictions = |c: &claimcheck::Checked| c.disputes.iter().filter(|d| d.severity == claimcheck::rules::Severity::Contradiction).count();
        let claim = &before.corpus.claims[pick % before.corpus.claims.len()];
        let article = &before.corpus.articles[claim.article];
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&seed_dir(), dir.path());
        let quote = claim.record.quote.clone().unwrap_or_default();
        let text = format!("{quote}\n");
        std::fs::write(dir.path().join("articles/echo.txt"), &text).unwrap();
        let events: Vec<EventRecord> = article.events.clone();
        let file = ClaimsFile {
            article: ArticleHeader { id: Some("echo".into()), text: "articles/echo.txt".into(), outlet: Some("Echo".into()), published: article.published, url: None, title: None, sha256: None },
            events,
            claims: vec![ClaimRecord { id: "e1".into(), span: Some([0, quote.len()]), ..claim.record.clone() }],
        };
        std::fs::write(dir.path().join("echo.yaml"), serde_yaml::to_string(&file).unwrap()).unwrap();
        let after = claimcheck::check(dir.path());
        prop_assert!(after.diagnostics.is_empty(), "{:#?}", after.diagnostics);
        prop_assert!(contradictions(&after) <= contradictions(&before), "adding {:?} added a contradiction", claim.record);
    }

    /// A claims file read and written back reads the same.
    #[test]
    fn a_claims_file_written_back_reads_the_same(file in claims_file()) {
        let text = serde_yaml::to_string(&file).unwrap();
        let back: ClaimsFile = serde_yaml::from_str(&text).unwrap();
        prop_assert_eq!(back, file);
    }
}

fn claims_file() -> impl Strategy<Value = ClaimsFile> {
    let date = (1990i16..2040, 1i8..=12, 1i8..=28)
        .prop_map(|(y, m, d)| jiff::civil::Date::constant(y, m, d));
    let status = prop_oneof![
        Just(Status::Unreviewed),
        Just(Status::Confirmed),
        Just(Status::Rejected)
    ];
    let claim = (
        "[a-z][a-z0-9]{0,6}",
        "\\PC{1,30}",
        "[a-z]{1,10}",
        "\\PC{0,30}",
        "\\PC{0,50}",
        (0usize..10_000, 0usize..10_000),
        proptest::option::of(date.clone()),
        status,
        proptest::option::of("\\PC{0,20}"),
    )
        .prop_map(
            |(id, subject, predicate, object, quote, (a, b), from, status, note)| ClaimRecord {
                id: id.into(),
                subject: subject.into(),
                predicate: predicate.into(),
                object: object.into(),
                quote: Some(quote),
                span: Some([a.min(b), a.max(b)]),
                occurrence: None,
                event: None,
                valid: from.map(|from| Validity {
                    from: Some(from),
                    to: None,
                }),
                hedge: None,
                according_to: None,
                status,
                by: "hand".into(),
                note,
            },
        );
    (
        proptest::option::of(date),
        proptest::collection::vec(claim, 0..6),
    )
        .prop_map(|(published, claims)| ClaimsFile {
            article: ArticleHeader {
                id: Some("a".into()),
                text: "articles/a.txt".into(),
                outlet: None,
                published,
                url: None,
                title: None,
                sha256: None,
            },
            events: vec![],
            claims,
        })
}

/// Facts of every policy, with values from small pools so that pairs often meet.
fn fact(policy: Policy) -> impl Strategy<Value = (Value, i64, bool)> {
    let value: BoxedStrategy<Value> = match policy {
        Policy::Titles => prop::sample::select(vec![
            "US President",
            "former US President",
            "U.S. President",
            "informal adviser",
            "US envoy",
            "Russian President",
            "Special Envoy",
        ])
        .prop_map(|t| Value::Title(Title::parse(t)))
        .boxed(),
        Policy::OneAtATime | Policy::Place => (0u32..6)
            .prop_map(|i| Value::Entity(claimcheck::normalize::entities::EntityId(i)))
            .boxed(),
        Policy::Interval => (0i64..40, 0i64..10)
            .prop_map(|(start, len)| {
                let day = jiff::civil::Date::constant(2026, 1, 1);
                Value::Date(Interval {
                    start: day.saturating_add(jiff::Span::new().days(start)),
                    end: day.saturating_add(jiff::Span::new().days(start + len)),
                })
            })
            .boxed(),
        Policy::Quantity => prop::sample::select(vec![
            "some 58,000",
            "58,000",
            "60,000",
            "at least 15",
            "10",
            "over four hours",
            "nearly four hours",
            "two days",
        ])
        .prop_map(|q| Value::Quantity(Quantity::parse(q, None).unwrap()))
        .boxed(),
        Policy::Clock => prop::sample::select(vec![
            "8.27 p.m.",
            "about 8.05 pm",
            "around 8.31 pm",
            "6:15 a.m. CDT",
            "midnight",
            "10 p.m.",
        ])
        .prop_map(|t| Value::Clock(claimcheck::normalize::clock::ClockTime::parse(t).unwrap()))
        .boxed(),
        Policy::Progression => prop::sample::select(vec![
            State::Open,
            State::Agreed,
            State::Signed,
            State::Rejected,
        ])
        .prop_map(Value::State)
        .boxed(),
        // Participants and policies that never conflict: plain text.
        Policy::Many | Policy::None => prop::sample::select(vec!["a", "b", "c"])
            .prop_map(|t| Value::Text(t.into()))
            .boxed(),
    };
    (value, 0i64..90, any::<bool>())
}

fn places() -> EntityTable {
    use claimcheck::corpus::entity::{EntityKind, EntityRecord};
    let place = |name: &str, part_of: Option<&str>| EntityRecord {
        name: name.into(),
        kind: EntityKind::Place,
        aliases: vec![],
        part_of: part_of.map(String::from),
        tenures: vec![],
        note: None,
    };
    let mut table = EntityTable::from_records(&[
        place("United States", None),
        place("Florida", Some("United States")),
        place("Miami", Some("Florida")),
        place("Switzerland", None),
        place("Davos", Some("Switzerland")),
        EntityRecord {
            kind: EntityKind::Person,
            tenures: vec![claimcheck::corpus::entity::TenureRecord {
                title: "US President".into(),
                from: Some(jiff::civil::Date::constant(2026, 1, 20)),
                to: None,
            }],
            ..place("Donald Trump", None)
        },
    ]);
    table.resolve("Atlantis");
    table
}

fn make(
    article: usize,
    policy: Policy,
    subject: &Subject,
    (value, day, _): &(Value, i64, bool),
) -> Fact {
    let day = jiff::civil::Date::constant(2026, 1, 1).saturating_add(jiff::Span::new().days(*day));
    Fact {
        claim: article,
        article,
        subject: subject.clone(),
        event: None,
        predicate: "p".into(),
        policy,
        value: value.clone(),
        when: Interval::day(day),
        dated: true,
    }
}

/// The verdict on two facts does not depend on which comes first, nor on
/// whether their reason is written.
fn symmetric(
    policy: Policy,
    a: (Value, i64, bool),
    b: (Value, i64, bool),
) -> Result<(), TestCaseError> {
    let table = places();
    let corpus = Corpus::default();
    let events = Default::default();
    let cx = Context {
        corpus: &corpus,
        entities: &table,
        event_names: &events,
        holders: &Default::default(),
        explain: true,
    };
    let rule = rule_for(policy).unwrap();
    // Half the cases about a meeting, half about a person.
    let subject = if a.2 {
        Subject::Event("m".into())
    } else {
        Subject::Entity(claimcheck::normalize::entities::EntityId(5))
    };
    let (x, y) = (make(0, policy, &subject, &a), make(1, policy, &subject, &b));
    let kind = |v: Judgement| match v {
        Judgement::Conflict(c) => format!("{} {}", c.code, c.severity),
        other => format!("{other:?}"),
    };
    prop_assert_eq!(kind(rule.judge(&x, &y, &cx)), kind(rule.judge(&y, &x, &cx)));
    // Judged without reasons, as the rule stage judges: the same judgement, and
    // a reason only when one is asked for.
    let quiet = Context {
        explain: false,
        ..cx
    };
    match (rule.judge(&x, &y, &cx), rule.judge(&x, &y, &quiet)) {
        (Judgement::Conflict(told), Judgement::Conflict(untold)) => {
            prop_assert_eq!((told.code, told.severity), (untold.code, untold.severity));
            prop_assert!(!told.why.is_empty() && untold.why.is_empty());
        }
        (told, untold) => prop_assert_eq!(told, untold),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1536))]

    /// Whether two claims conflict, and how, does not depend on which comes
    /// first: for every policy a rule judges.
    #[test]
    fn every_policy_conflicts_symmetrically(
        (policy, a, b) in prop::sample::select(
            Policy::ALL.into_iter().filter(|p| rule_for(*p).is_some()).collect::<Vec<_>>()
        )
        .prop_flat_map(|policy| (Just(policy), fact(policy), fact(policy)))
    ) {
        symmetric(policy, a, b)?;
    }
}

proptest! {
    /// The sentence around any span, even one that runs off the text or splits a
    /// character, is a range of whole characters inside the text.
    #[test]
    fn the_sentence_around_a_span_is_always_a_range_of_the_text(
        text in "([A-Za-zÀ-ÿ’ ]{0,12}[.!?\n]? ?){0,8}",
        start in 0usize..200,
        len in 0usize..60,
    ) {
        let article = claimcheck::corpus::Article::from_text("a", &text);
        let (from, to) = article.sentence_around([start, start + len]);
        prop_assert!(from <= to && to <= text.len(), "{from}..{to} of {}", text.len());
        prop_assert!(text.is_char_boundary(from) && text.is_char_boundary(to));
        let sentence = &text[from..to];
        prop_assert_eq!(sentence, sentence.trim());
    }

    /// A span that lies in the text lies in its sentence.
    #[test]
    fn the_sentence_holds_the_span(
        // Capitalised and longer than any abbreviation or initial, so that
        // every stop ends a sentence: after a stop, a word in lower case
        // continues it.
        words in prop::collection::vec("[A-Z][a-z]{4,7}", 1..30),
        stops in prop::collection::vec(any::<bool>(), 30),
        pick in 0usize..30,
    ) {
        let mut text = String::new();
        let mut spans = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let start = text.len();
            text.push_str(w);
            spans.push([start, text.len()]);
            text.push_str(if stops[i] { ". " } else { " " });
        }
        let span = spans[pick % spans.len()];
        let (from, to) = claimcheck::corpus::Article::from_text("a", &text).sentence_around(span);
        prop_assert!(from <= span[0] && span[1] <= to, "{span:?} not in {from}..{to} of {text:?}");
        let inside = &text[from..to];
        prop_assert!(!inside.trim_end_matches('.').contains(". "), "{inside:?} is more than one sentence");
    }
}
