//! Finding a claim's quote in its article, as a person would: the quote is
//! what the claim rests on, and a span is only where it was last found. A
//! person typing a quote writes straight quotes where the article has curly
//! ones, a hyphen for a dash, one space for two; those are the same words.

/// Where a claim's quote is, or why it cannot be said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Located {
    /// At this span: the one place it occurs, the occurrence asked for, or
    /// the span the claim gives.
    At([usize; 2]),
    /// Nowhere in the text.
    Absent,
    /// In several places, and nothing says which: their spans.
    Ambiguous(Vec<[usize; 2]>),
    /// The claim asks for occurrence `asked` of `found`.
    NoSuchOccurrence { asked: usize, found: usize },
}

/// Where `quote` stands in `text`: at `span` if the text there reads as the
/// quote; otherwise wherever the quote occurs (`occurrence` choosing among
/// several places).
pub fn locate(
    text: &str,
    quote: &str,
    span: Option<[usize; 2]>,
    occurrence: Option<usize>,
) -> Located {
    if let Some([start, end]) = span
        && text
            .get(start..end)
            .is_some_and(|there| there == quote || fold(there).text == fold(quote).text)
    {
        return Located::At([start, end]);
    }
    let found = occurrences(text, quote);
    match (found.len(), occurrence) {
        (0, _) => Located::Absent,
        (_, Some(n)) if n >= 1 && n <= found.len() => Located::At(found[n - 1]),
        (count, Some(n)) => Located::NoSuchOccurrence {
            asked: n,
            found: count,
        },
        (1, None) => Located::At(found[0]),
        (_, None) => Located::Ambiguous(found),
    }
}

/// Every place `quote` occurs in `text`, as spans of the text: as written
/// if it occurs so, else alike but for typography.
pub fn occurrences(text: &str, quote: &str) -> Vec<[usize; 2]> {
    if quote.trim().is_empty() {
        return Vec::new();
    }
    let exact: Vec<[usize; 2]> = text
        .match_indices(quote)
        .map(|(i, q)| [i, i + q.len()])
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let (text, quote) = (fold(text), fold(quote));
    let needle = quote.text.trim();
    if needle.is_empty() {
        return Vec::new();
    }
    text.text
        .match_indices(needle)
        .map(|(i, q)| [text.starts[i], text.ends[i + q.len() - 1]])
        .collect()
}

/// A text with its typography folded away, and for each byte of it, where
/// the character it comes from starts and ends in the original.
struct Folded {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

/// Curly quotes and apostrophes as straight ones, dashes as hyphens, an
/// ellipsis as three full stops, and any run of spaces (non-breaking, thin,
/// line breaks) as one space.
fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        starts: Vec::with_capacity(text.len()),
        ends: Vec::with_capacity(text.len()),
    };
    let mut push = |s: &str, start: usize, end: usize| {
        folded.text.push_str(s);
        for _ in 0..s.len() {
            folded.starts.push(start);
            folded.ends.push(end);
        }
    };
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if c.is_whitespace() {
            if !in_space {
                push(" ", i, end);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{02bc}' => {
                push("'", i, end)
            }
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' => push("\"", i, end),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => push("-", i, end),
            '\u{2026}' => push("...", i, end),
            _ => push(&text[i..end], i, end),
        }
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The mayor said: “We won’t leave.” Rain fell — again.\nThe mayor said no.";

    #[test]
    fn a_quote_typed_plainly_finds_the_typeset_words() {
        let found = occurrences(TEXT, "\"We won't leave.\"");
        assert_eq!(found.len(), 1);
        let [start, end] = found[0];
        assert_eq!(&TEXT[start..end], "“We won’t leave.”");
        let [start, end] = occurrences(TEXT, "Rain  fell - again")[0];
        assert_eq!(&TEXT[start..end], "Rain fell — again");
        assert_eq!(
            occurrences(TEXT, "leave.\u{a0}Rain"),
            Vec::<[usize; 2]>::new()
        );
        let [start, end] = occurrences("so… then", "so... then")[0];
        assert_eq!(start, 0);
        assert_eq!(end, "so… then".len());
    }

    #[test]
    fn one_place_several_or_none() {
        assert_eq!(locate(TEXT, "Rain fell", None, None), Located::At([40, 49]));
        let both = occurrences(TEXT, "The mayor said");
        assert_eq!(both.len(), 2);
        assert_eq!(
            locate(TEXT, "The mayor said", None, None),
            Located::Ambiguous(both.clone())
        );
        assert_eq!(
            locate(TEXT, "The mayor said", None, Some(2)),
            Located::At(both[1])
        );
        assert_eq!(
            locate(TEXT, "The mayor said", None, Some(3)),
            Located::NoSuchOccurrence { asked: 3, found: 2 }
        );
        assert_eq!(locate(TEXT, "snow", None, None), Located::Absent);
        // A span that holds the quote wins; one that does not is looked past.
        assert_eq!(
            locate(TEXT, "The mayor said", Some(both[1]), None),
            Located::At(both[1])
        );
        assert_eq!(
            locate(TEXT, "Rain fell", Some([0, 9]), None),
            Located::At([40, 49])
        );
    }
}
