//! The English of disputes: how a side states its value, why two sides
//! conflict, how one name is spelled, and what a reader reads first.

use crate::corpus::Corpus;

/// "001 calls X former US President on 2026-01-17; 002 calls X US President
/// on 2025-12-19; X's term covers every date cited."
pub fn conflict(first: &str, second: &str, why: &str) -> String {
    format!("{first}; {second}; {why}.")
}

/// How the articles of one side state its value: "002 and 003 call Donald
/// Trump US President on 2025-12-19 and 2025-12-01". `verb` is the verb for
/// one article and for several.
pub fn statement(corpus: &Corpus, articles: &[usize], verb: (&str, &str), rest: &str) -> String {
    let verb = if articles.len() == 1 { verb.0 } else { verb.1 };
    format!(
        "{} {verb} {rest} {}",
        labels(articles, corpus),
        dates(articles, corpus)
    )
}

/// How many conflicts a reader reads in full before the reason only counts
/// them (a toll reported in eighty versions on one day).
const SPELT_OUT: usize = 3;

/// A dispute's reason: every conflict spelt out while there are a few; past
/// that, how many there are, and the most severe, which comes first.
/// `reason(i)` writes the reason of the `i`th conflict.
pub fn of_dispute(values: usize, conflicts: usize, reason: impl Fn(usize) -> String) -> String {
    if conflicts <= SPELT_OUT {
        (0..conflicts).map(reason).collect::<Vec<_>>().join(" ")
    } else {
        format!(
            "The sources give {values} values, and {conflicts} pairs of them conflict. The first of the most severe: {}",
            reason(0)
        )
    }
}

/// "Kyiv is spelled "Kyiv" by 000 and "Kiev" by 003: one place written 2 ways."
/// `forms` are each spelling and the articles that use it.
pub fn spellings(corpus: &Corpus, name: &str, kind: &str, forms: &[(&str, &[usize])]) -> String {
    let spelled: Vec<String> = forms
        .iter()
        .map(|(form, articles)| format!("\"{form}\" by {}", labels(articles, corpus)))
        .collect();
    format!(
        "{name} is spelled {}: one {kind} written {} ways.",
        join(&spelled),
        forms.len()
    )
}

/// "001", "002 and 003", "000, 001 and 003".
fn labels(articles: &[usize], corpus: &Corpus) -> String {
    join(
        &articles
            .iter()
            .map(|a| corpus.articles[*a].label())
            .collect::<Vec<_>>(),
    )
}

/// "on 2026-01-17", "on 2025-12-19 and 2025-12-01", or "on an unknown date".
fn dates(articles: &[usize], corpus: &Corpus) -> String {
    let mut days: Vec<String> = Vec::new();
    for a in articles {
        let day = corpus.articles[*a]
            .published
            .map_or_else(|| "an unknown date".to_string(), |d| d.to_string());
        if !days.contains(&day) {
            days.push(day);
        }
    }
    format!("on {}", join(&days))
}

/// "a", "a and b", "a, b and c".
fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        let items = |n: usize| (0..n).map(|i| i.to_string()).collect::<Vec<_>>();
        assert_eq!(join(&items(0)), "");
        assert_eq!(join(&items(1)), "0");
        assert_eq!(join(&items(2)), "0 and 1");
        assert_eq!(join(&items(3)), "0, 1 and 2");
    }

    #[test]
    fn past_three_conflicts_the_reason_counts_them() {
        let reason = |i: usize| format!("r{i}.");
        assert_eq!(of_dispute(2, 1, reason), "r0.");
        assert_eq!(of_dispute(3, 3, reason), "r0. r1. r2.");
        assert_eq!(
            of_dispute(5, 4, reason),
            "The sources give 5 values, and 4 pairs of them conflict. The first of the most severe: r0."
        );
    }
}
