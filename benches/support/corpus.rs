//! Synthetic corpora in the real claims-file format, for benchmarks: `claims`
//! claims over `claims / 10` articles, each with its text. Subjects repeat across
//! articles (people, meetings, bodies, topics), names are sometimes spelled
//! another way, and about 3% of claims disagree with the rest.

use std::fmt::Write as _;
use std::path::Path;

/// A small, fast, reproducible random source (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// True about `percent` times in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const GIVEN: &[&str] = &[
    "Anna", "Boris", "Clara", "Dmytro", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas",
    "Katya", "Lars", "Mira", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Stefan", "Tamara",
];
const ROOTS: &[&str] = &[
    "Kov", "Bel", "Dor", "Mar", "Vol", "Sen", "Tar", "Gol", "Ras", "Lim", "Ber", "Nov", "Pet",
    "Zar", "Hal",
];
const MIDDLES: &[&str] = &["al", "en", "or", "an", "il", "os", "ur", "ev"];
const ENDINGS: &[(&str, &str)] = &[
    ("sky", "skiy"),
    ("enko", "enko"),
    ("ov", "off"),
    ("ich", "itch"),
    ("ski", "sky"),
];
const TITLES: &[&str] = &[
    "Trade Minister",
    "Foreign Minister",
    "Special Envoy",
    "Defence Minister",
    "chief negotiator",
    "Deputy Prime Minister",
];
const STATES: &[&str] = &["unresolved", "agreed", "signed"];
const WEEKS: &[&str] = &["next week", "this weekend"];

fn surname(i: usize) -> (String, String) {
    let root = ROOTS[i % ROOTS.len()];
    let middle = MIDDLES[(i / ROOTS.len()) % MIDDLES.len()];
    let (ending, variant) = ENDINGS[(i / (ROOTS.len() * MIDDLES.len())) % ENDINGS.len()];
    // Past the first 600, a syllable of its own between root and ending, with
    // consonants of its own: real surnames differ in their consonants, so two
    // people rarely share a consonant skeleton (which a repeated letter would
    // not change, since spellings double consonants freely).
    let n = i / (ROOTS.len() * MIDDLES.len() * ENDINGS.len());
    const CONSONANTS: &[&str] = &["b", "d", "g", "k", "m", "p", "t", "z", "sh", "dr"];
    let extra = if n == 0 {
        String::new()
    } else {
        format!(
            "{}{}{}",
            CONSONANTS[n % CONSONANTS.len()],
            ["a", "e", "i", "o", "u"][(n / CONSONANTS.len()) % 5],
            CONSONANTS[(n / 50) % CONSONANTS.len()]
        )
    };
    (
        format!("{root}{middle}{extra}{ending}"),
        format!("{root}{middle}{extra}{variant}"),
    )
}

struct Person {
    given: &'static str,
    surname: String,
    variant: String,
    title: &'static str,
}

/// Writes a corpus of `claims` claims into `dir` (which must exist), as YAML or,
/// with `json`, as JSON claims files. Returns the number of bytes written.
pub fn generate(dir: &Path, claims: usize, seed: u64, json: bool) -> std::io::Result<u64> {
    generate_with_csv(dir, claims, seed, json, None)
}

/// Like [`generate`], also writing every claim as a CSV row (article, published,
/// subject, predicate, object) to `csv`, for tools that read tables.
pub fn generate_with_csv(
    dir: &Path,
    claims: usize,
    seed: u64,
    json: bool,
    csv: Option<&Path>,
) -> std::io::Result<u64> {
    let mut table = csv
        .map(|p| std::fs::File::create(p).map(std::io::BufWriter::new))
        .transpose()?;
    if let Some(t) = table.as_mut() {
        std::io::Write::write_all(t, b"article,published,subject,predicate,object\n")?;
    }
    let mut rng = Rng::new(seed);
    let articles = (claims / 10).max(1);
    let people: Vec<Person> = (0..(claims / 40).max(20))
        .map(|i| {
            let (surname, variant) = surname(i);
            Person {
                given: GIVEN[i % GIVEN.len()],
                surname,
                variant,
                title: TITLES[i % TITLES.len()],
            }
        })
        .collect();
    let cities: Vec<String> = (0..(articles / 50).max(10))
        .map(|i| {
            format!(
                "{}{}ton",
                ROOTS[i % ROOTS.len()],
                MIDDLES[(i / ROOTS.len()) % MIDDLES.len()]
            )
            .to_string()
                + &"e".repeat(i / 120)
        })
        .collect();
    let meetings = (articles / 5).max(2);
    let bodies = (articles / 20).max(5);
    std::fs::create_dir_all(dir.join("articles"))?;
    let mut bytes = 0u64;

    // entities.yaml: the people, and the cities in their regions.
    let mut entities = String::from("entities:\n");
    for p in &people {
        let _ = writeln!(
            entities,
            "  - name: {} {}\n    kind: person",
            p.given, p.surname
        );
    }
    for (i, c) in cities.iter().enumerate() {
        let _ = writeln!(
            entities,
            "  - name: {c}\n    kind: place\n    part_of: Region {}",
            i % 7
        );
    }
    for r in 0..7 {
        let _ = writeln!(entities, "  - name: Region {r}\n    kind: place");
    }
    std::fs::write(dir.join("entities.yaml"), &entities)?;
    bytes += entities.len() as u64;

    for a in 0..articles {
        let id = format!("a{a:07}");
        let day = jiff::civil::Date::constant(2026, 1, 1)
            .saturating_add(jiff::Span::new().days(rng.below(120) as i64));
        let mut text = format!("Report {a}\n\n");
        let mut items: Vec<[String; 5]> = Vec::new(); // subject, predicate, object, quote, extra
        let spelled_otherwise = rng.chance(10);
        let say = |text: &mut String, quote: String, filler: &str| {
            let start = text.len();
            text.push_str(&quote);
            let end = text.len();
            text.push_str(filler);
            (start, end, quote)
        };
        let mut spans = Vec::new();
        for _ in 0..3 {
            let p = &people[rng.below(people.len())];
            let name = if spelled_otherwise {
                &p.variant
            } else {
                &p.surname
            };
            let title = if rng.chance(3) {
                format!("former {}", p.title)
            } else {
                p.title.to_string()
            };
            let quote = format!("{title} {} {name}", p.given);
            spans.push(say(&mut text, quote, " said the talks were useful. "));
            items.push([
                format!("{} {}", p.given, p.surname),
                "title".into(),
                title,
                String::new(),
                String::new(),
            ]);
        }
        let m = rng.below(meetings);
        let city = if rng.chance(3) {
            &cities[rng.below(cities.len())]
        } else {
            &cities[m % cities.len()]
        };
        spans.push(say(
            &mut text,
            format!("the talks in {city}"),
            " were held behind closed doors. ",
        ));
        items.push([
            format!("meeting-{m}"),
            "venue".into(),
            city.clone(),
            String::new(),
            String::new(),
        ]);
        let when = WEEKS[m % WEEKS.len()];
        spans.push(say(
            &mut text,
            format!("will meet again {when}"),
            ", officials said. ",
        ));
        items.push([
            format!("meeting-{m}"),
            "date".into(),
            when.to_string(),
            String::new(),
            String::new(),
        ]);
        for _ in 0..2 {
            let b = rng.below(bodies);
            let value = 1000 + (b * 37) % 9000;
            let value = if rng.chance(3) { value * 2 } else { value };
            spans.push(say(
                &mut text,
                format!("some {value} workers at Works {b}"),
                " stopped work. ",
            ));
            items.push([
                format!("workers at Works {b}"),
                "count".into(),
                value.to_string(),
                "some".into(),
                String::new(),
            ]);
        }
        let topic = rng.below(bodies);
        let state =
            STATES[(day.day() as usize / 11 + if rng.chance(3) { 1 } else { 0 }) % STATES.len()];
        spans.push(say(
            &mut text,
            format!("the accord on topic {topic} is {state}"),
            ". ",
        ));
        items.push([
            format!("accord on topic {topic}"),
            "status".into(),
            state.to_string(),
            String::new(),
            String::new(),
        ]);
        let b = rng.below(bodies);
        let head = &people[if rng.chance(3) {
            rng.below(people.len())
        } else {
            b % people.len()
        }];
        spans.push(say(
            &mut text,
            format!("{} {}, head of Works {b}", head.given, head.surname),
            ", spoke. ",
        ));
        items.push([
            format!("Works {b}"),
            "head".into(),
            format!("{} {}", head.given, head.surname),
            String::new(),
            String::new(),
        ]);
        let p = &people[rng.below(people.len())];
        spans.push(say(
            &mut text,
            format!(
                "{} {} arrived in {}",
                p.given,
                p.surname,
                cities[rng.below(cities.len())]
            ),
            ". ",
        ));
        let place = text[spans.last().unwrap().0..spans.last().unwrap().1]
            .rsplit(" in ")
            .next()
            .unwrap_or_default()
            .to_string();
        items.push([
            format!("{} {}", p.given, p.surname),
            "location".into(),
            place,
            String::new(),
            String::new(),
        ]);
        text.push('\n');

        let sha = sha256(&text);
        let path = format!("articles/{id}.txt");
        std::fs::write(dir.join(&path), &text)?;
        bytes += text.len() as u64;
        let file = if json {
            json_file(&id, &path, day, &sha, &items, &spans, m)
        } else {
            yaml_file(&id, &path, day, &sha, &items, &spans, m)
        };
        if let Some(t) = table.as_mut() {
            for item in &items {
                std::io::Write::write_all(
                    t,
                    format!("{id},{day},\"{}\",{},\"{}\"\n", item[0], item[1], item[2]).as_bytes(),
                )?;
            }
        }
        let name = format!("{id}.{}", if json { "json" } else { "yaml" });
        std::fs::write(dir.join(name), &file)?;
        bytes += file.len() as u64;
    }
    Ok(bytes)
}

fn sha256(text: &str) -> String {
    claimcheck::load::article::sha256_hex(text)
}

fn yaml_file(
    id: &str,
    path: &str,
    day: jiff::civil::Date,
    sha: &str,
    items: &[[String; 5]],
    spans: &[(usize, usize, String)],
    meeting: usize,
) -> String {
    let mut out = format!(
        "article:\n  id: {id}\n  text: {path}\n  published: {day}\n  sha256: {sha}\nevents:\n  - id: meeting-{meeting}\nclaims:\n"
    );
    for (i, (item, (start, end, quote))) in items.iter().zip(spans).enumerate() {
        let _ = write!(
            out,
            "  - id: c{}\n    subject: \"{}\"\n    predicate: {}\n    object: \"{}\"\n    quote: \"{}\"\n    span: [{start}, {end}]\n",
            i + 1,
            item[0],
            item[1],
            item[2],
            quote
        );
        if !item[3].is_empty() {
            let _ = writeln!(out, "    hedge: {}", item[3]);
        }
        out.push_str("    status: confirmed\n    by: hand\n");
    }
    out
}

fn json_file(
    id: &str,
    path: &str,
    day: jiff::civil::Date,
    sha: &str,
    items: &[[String; 5]],
    spans: &[(usize, usize, String)],
    meeting: usize,
) -> String {
    let claims: Vec<serde_json::Value> = items
        .iter()
        .zip(spans)
        .enumerate()
        .map(|(i, (item, (start, end, quote)))| {
            let mut c = serde_json::json!({
                "id": format!("c{}", i + 1), "subject": item[0], "predicate": item[1], "object": item[2],
                "quote": quote, "span": [start, end], "status": "confirmed", "by": "hand"
            });
            if !item[3].is_empty() {
                c["hedge"] = serde_json::Value::String(item[3].clone());
            }
            c
        })
        .collect();
    serde_json::json!({
        "article": {"id": id, "text": path, "published": day.to_string(), "sha256": sha},
        "events": [{"id": format!("meeting-{meeting}")}],
        "claims": claims,
    })
    .to_string()
}

/// Words for the rest of a hot story's articles, so that no two outlets' texts
/// are copies of one another.
const STORY_WORDS: &[&str] = &[
    "water",
    "rose",
    "overnight",
    "villages",
    "along",
    "river",
    "were",
    "cut",
    "off",
    "roads",
    "bridge",
    "collapsed",
    "rescue",
    "teams",
    "boats",
    "helicopters",
    "families",
    "shelter",
    "school",
    "gym",
    "power",
    "lines",
    "down",
    "farmers",
    "lost",
    "cattle",
    "crops",
    "mayor",
    "called",
    "for",
    "help",
    "army",
    "sandbags",
    "levee",
    "breach",
    "engineers",
    "warned",
    "more",
    "rain",
    "forecast",
    "weekend",
    "volunteers",
    "brought",
    "food",
    "blankets",
    "hospital",
    "treated",
    "injured",
    "missing",
    "searched",
    "mud",
    "houses",
    "damaged",
    "insurance",
    "claims",
    "government",
    "promised",
    "funds",
    "critics",
    "said",
    "warnings",
    "came",
    "late",
    "residents",
    "angry",
    "drinking",
    "supplies",
    "trucks",
    "arrived",
    "morning",
    "evening",
    "north",
    "south",
    "valley",
    "town",
    "streets",
    "flooded",
    "cellars",
    "pumps",
    "firefighters",
    "police",
    "closed",
    "railway",
    "line",
    "trains",
    "stopped",
];

/// A corpus with one hot subject, as a long-running story gives: every article
/// (`claims / 2` of them, over a year) reports the death toll of one flood, which
/// rises week by week and is given in many versions each day, and names the
/// minister in charge by her title. Groups are as large as the corpus, so any
/// stage that compares pairs within a group shows here.
pub fn generate_hot(dir: &Path, claims: usize, seed: u64) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir.join("articles"))?;
    let mut rng = Rng::new(seed);
    let first = jiff::civil::date(2026, 3, 1);
    let mut bytes = 0u64;
    for i in 0..(claims / 2).max(1) {
        let days = rng.below(365);
        let day = first
            .checked_add(jiff::Span::new().days(days as i64))
            .expect("a day within the year");
        let toll = 100 + days * 7 + rng.below(120);
        let title = if days < 200 {
            "interior minister"
        } else {
            "former interior minister"
        };
        // Each outlet writes its own story around the two facts.
        let story: Vec<&str> = (0..24)
            .map(|_| STORY_WORDS[rng.below(STORY_WORDS.len())])
            .collect();
        let text = format!(
            "Officials said {toll} people died in the Orlen flood. Marta Kestrel, the {title}, visited the valley. {}.\n",
            story.join(" ")
        );
        let toll_quote = format!("{toll} people died in the Orlen flood");
        let title_quote = format!("Marta Kestrel, the {title}");
        let toll_at = text.find(&toll_quote).expect("the toll is in the text");
        let title_at = text.find(&title_quote).expect("the title is in the text");
        let id = format!("h{i:07}");
        let path = format!("articles/{id}.txt");
        let file = format!(
            "article:\n  id: {id}\n  text: {path}\n  published: {day}\n  sha256: {sha}\nclaims:\n  - id: c1\n    subject: \"deaths in the Orlen flood\"\n    predicate: count\n    object: \"{toll}\"\n    quote: \"{toll_quote}\"\n    span: [{toll_at}, {toll_end}]\n    status: confirmed\n    by: hand\n  - id: c2\n    subject: \"Marta Kestrel\"\n    predicate: title\n    object: \"{title}\"\n    quote: \"{title_quote}\"\n    span: [{title_at}, {title_end}]\n    status: confirmed\n    by: hand\n",
            sha = sha256(&text),
            toll_end = toll_at + toll_quote.len(),
            title_end = title_at + title_quote.len(),
        );
        std::fs::write(dir.join(&path), &text)?;
        std::fs::write(dir.join(format!("{id}.yaml")), &file)?;
        bytes += (text.len() + file.len()) as u64;
    }
    Ok(bytes)
}
