//! Near-copies: articles that are one text rewritten.
//!
//! Each text becomes the set of its five-word shingles; shingles found in a
//! large share of the corpus are boilerplate and set aside. MinHash signatures
//! and banding find the pairs that may be copies without comparing every article
//! with every other; a pair is a copy when its shingle sets overlap by at least
//! half (Jaccard). Copies of copies are one source.

use std::collections::HashMap;

use petgraph::unionfind::UnionFind;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::corpus::Article;

/// Words per shingle.
const SHINGLE: usize = 5;
/// MinHash functions: `BANDS` bands of `ROWS` each.
const BANDS: usize = 16;
const ROWS: usize = 2;
/// The overlap from which two texts count as one story rewritten.
pub const COPY_JACCARD: f64 = 0.5;
/// Articles sampled to find boilerplate.
const SAMPLE: usize = 5_000;
/// A band bucket this full holds boilerplate, not copies.
const MAX_BUCKET: usize = 500;

/// Which articles are copies of which: every article belongs to one source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources {
    /// The source of each article: the index of its first article.
    pub source_of: Vec<usize>,
}

impl Sources {
    /// Groups the articles of a corpus into independent sources.
    pub fn of(articles: &[Article]) -> Sources {
        let boilerplate = boilerplate(articles);
        // Each text's shingles are read into a buffer each thread reuses and
        // kept in a list of their own size, not one sized for the worst case
        // (a hash for every five bytes of text): fresh memory is time.
        let (shingles, signatures): (Vec<Vec<u64>>, Vec<Option<[u64; BANDS * ROWS]>>) = articles
            .par_iter()
            .map_init(Vec::new, |set, article| {
                shingles_into(&article.text, &boilerplate, set);
                (set.to_vec(), signature(set))
            })
            .unzip();

        // Articles that agree on every row of a band are candidates: sort the
        // (band, rows, article) triples and take each run of equal bands.
        let mut banded: Vec<(u64, usize)> = signatures
            .par_iter()
            .enumerate()
            .flat_map_iter(|(article, signature)| {
                signature.iter().flat_map(move |signature| {
                    signature.chunks(ROWS).enumerate().map(move |(band, rows)| {
                        let key = rows.iter().fold(mix(band as u64), |h, r| mix(h ^ r));
                        (key, article)
                    })
                })
            })
            .collect();
        drop(signatures);
        banded.par_sort_unstable();
        let mut pairs: Vec<(usize, usize)> = banded
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() > 1 && run.len() <= MAX_BUCKET)
            .flat_map(|run| {
                run.iter().enumerate().flat_map(move |(i, x)| {
                    run[i + 1..]
                        .iter()
                        .map(move |y| (x.1.min(y.1), x.1.max(y.1)))
                })
            })
            .collect();
        drop(banded);
        pairs.sort_unstable();
        pairs.dedup();

        let copies: Vec<(usize, usize)> = pairs
            .into_par_iter()
            .filter(|(a, b)| jaccard(&shingles[*a], &shingles[*b]) >= COPY_JACCARD)
            .collect();
        let mut sets = UnionFind::<usize>::new(articles.len());
        for (a, b) in copies {
            sets.union(a, b);
        }
        let mut first: HashMap<usize, usize> = HashMap::new();
        let source_of = (0..articles.len())
            .map(|i| *first.entry(sets.find(i)).or_insert(i))
            .collect();
        Sources { source_of }
    }

    /// Each article its own source.
    pub fn independent(articles: usize) -> Sources {
        Sources {
            source_of: (0..articles).collect(),
        }
    }

    /// The independent sources the articles come from, ascending.
    pub fn among(&self, articles: &[usize]) -> Vec<usize> {
        let mut sources: Vec<usize> = articles.iter().map(|a| self.source_of[*a]).collect();
        sources.sort_unstable();
        sources.dedup();
        sources
    }

    /// How many independent sources the articles come from.
    pub fn count(&self, articles: &[usize]) -> usize {
        self.among(articles).len()
    }

    /// The earlier article this one is a copy of, if it is one.
    pub fn copy_of(&self, article: usize) -> Option<usize> {
        let source = self.source_of[article];
        (source != article).then_some(source)
    }
}

/// The sorted, distinct hashes of a text's five-word shingles, less
/// `boilerplate`.
fn shingles(text: &str, boilerplate: &FxHashSet<u64>) -> Vec<u64> {
    let mut set = Vec::new();
    shingles_into(text, boilerplate, &mut set);
    set
}

/// [`shingles`], put into `set`, whose room is reused.
fn shingles_into(text: &str, boilerplate: &FxHashSet<u64>, set: &mut Vec<u64>) {
    set.clear();
    // Most texts are ASCII: their words are found and lowercased byte by byte,
    // several times faster, to the same hashes.
    if text.is_ascii() {
        shingles_of(ascii_words(text), set);
    } else {
        shingles_of(words(text), set);
    }
    set.sort_unstable();
    set.dedup();
    if !boilerplate.is_empty() {
        set.retain(|s| !boilerplate.contains(s));
    }
}

/// The hash of each word of `text` (a run of letters and digits), lowercased.
fn words(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            word.chars()
                .flat_map(char::to_lowercase)
                .fold(0x2f, |h, c| mix(h ^ u64::from(c)))
        })
}

/// [`words`] for a text that is all ASCII.
fn ascii_words(text: &str) -> impl Iterator<Item = u64> + '_ {
    text.as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|word| {
            word.iter()
                .fold(0x2f, |h, b| mix(h ^ u64::from(b.to_ascii_lowercase())))
        })
}

/// Pushes the hash of every run of [`SHINGLE`] words onto `out`.
fn shingles_of(words: impl Iterator<Item = u64>, out: &mut Vec<u64>) {
    let mut window = [0u64; SHINGLE];
    for (n, hash) in words.enumerate() {
        window[n % SHINGLE] = hash;
        let seen = n + 1;
        if seen >= SHINGLE {
            // The words in text order, oldest first.
            let shingle = (0..SHINGLE)
                .map(|i| window[(seen + i) % SHINGLE])
                .fold(0x9e37_79b9_7f4a_7c15u64, |h, w| mix(h ^ w));
            out.push(shingle);
        }
    }
}

/// The shingles that stand in many articles (a byline, a template), to be set
/// aside: they say nothing about which texts were copied from which.
/// Frequencies are counted in an even sample of at most [`SAMPLE`] articles,
/// so that the cost stays proportional to the corpus.
fn boilerplate(articles: &[Article]) -> FxHashSet<u64> {
    let step = articles.len().div_ceil(SAMPLE).max(1);
    let sampled = articles.len().div_ceil(step);
    // In more than one article in a hundred, and in more than a handful.
    let limit = (sampled / 100).max(20);
    if sampled <= limit {
        return FxHashSet::default();
    }
    let none = FxHashSet::default();
    let sets: Vec<Vec<u64>> = articles
        .par_iter()
        .step_by(step)
        .map(|article| shingles(&article.text, &none))
        .collect();
    let mut frequency: FxHashMap<u64, u32> = FxHashMap::default();
    for shingle in sets.iter().flatten() {
        *frequency.entry(*shingle).or_default() += 1;
    }
    frequency
        .into_iter()
        .filter(|(_, n)| *n as usize > limit)
        .map(|(shingle, _)| shingle)
        .collect()
}

/// The MinHash signature of a shingle set; `None` for a text too short to have one.
/// The hash functions are `a + i·b` of two halves of a mixed shingle (double
/// hashing), which is as good for MinHash as independent functions and far
/// cheaper.
fn signature(shingles: &[u64]) -> Option<[u64; BANDS * ROWS]> {
    if shingles.is_empty() {
        return None;
    }
    let mut signature = [u64::MAX; BANDS * ROWS];
    for s in shingles {
        let a = mix(*s);
        let b = mix(a) | 1;
        let mut h = a;
        for slot in signature.iter_mut() {
            *slot = (*slot).min(h);
            h = h.wrapping_add(b);
        }
    }
    Some(signature)
}

/// |A ∩ B| / |A ∪ B| of two sorted sets.
fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// A 64-bit finalizer (splitmix64): spreads a value over all bits.
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte-wise reading of an ASCII text finds the same words as the
        /// general one.
        #[test]
        fn ascii_texts_read_as_any_text(text in "[ -~\\n]{0,200}") {
            proptest::prop_assert_eq!(
                ascii_words(&text).collect::<Vec<_>>(),
                words(&text).collect::<Vec<_>>()
            );
        }
    }

    const WIRE: &str = "The regional ferry Aurora ran aground off the northern cape on Tuesday night \
        with 212 passengers aboard, the coast guard said. Rescue boats reached the vessel within \
        an hour and no injuries were reported. The operator said the ship would be towed to port \
        once the tide turned, and that an inquiry into the grounding had begun.";

    #[test]
    fn a_rewritten_wire_story_is_one_source_and_an_independent_report_another() {
        let rewritten = format!("Ferry aground. {WIRE} Passengers were taken to a school gym.");
        let own = "Our reporter at the cape counted about 180 people leaving the ferry Aurora \
            after it struck rocks late on Tuesday; the harbour master blamed the fog.";
        let articles = vec![
            Article::from_text("a", WIRE),
            Article::from_text("b", &rewritten),
            Article::from_text("c", own),
            Article::from_text("d", WIRE),
        ];
        let sources = Sources::of(&articles);
        assert_eq!(sources.source_of, vec![0, 0, 2, 0]);
        assert_eq!(sources.count(&[0, 1, 3]), 1);
        assert_eq!(sources.count(&[0, 2]), 2);
        assert_eq!(sources.copy_of(1), Some(0));
        assert_eq!(sources.copy_of(2), None);
    }

    #[test]
    fn texts_sharing_a_sentence_are_not_copies() {
        let a = format!(
            "{WIRE} Officials in the capital promised a review of ferry safety rules across the whole fleet before the summer season."
        );
        let b = "The coast guard said rescue boats reached the vessel within an hour. Separately, \
            the fishing fleet stayed in harbour for a third day as storms kept boats from the \
            banks, and fish prices at the market doubled, traders said.";
        let sources = Sources::of(&[Article::from_text("a", &a), Article::from_text("b", b)]);
        assert_eq!(sources.source_of, vec![0, 1]);
    }

    /// Reports that share only a long standing footer are independent: the
    /// footer is boilerplate. Without setting it aside, it alone would make
    /// any two of them copies.
    #[test]
    fn a_footer_every_article_carries_makes_no_copies() {
        const FOOTER: &str = "This report was produced by the Harbour Desk of the Northern \
            Coast Courier with help from our regional partners and readers; corrections and \
            tips can be sent to the desk at any hour, and our standards for sourcing are \
            published in full on the About page of this site.";
        let places = [
            "Tarvik", "Moll", "Essen", "Orlen", "Brask", "Ulm", "Kest", "Varo",
        ];
        let articles: Vec<Article> = (0..40)
            .map(|i| {
                let text = format!(
                    "Storm news {i}: waves hit {} pier at {} and {} boats stayed in port. {FOOTER}",
                    places[i % 8],
                    i + 3,
                    i * 7 + 11
                );
                Article::from_text(&format!("a{i}"), &text)
            })
            .collect();
        let none = FxHashSet::default();
        let (a, b) = (
            shingles(&articles[0].text, &none),
            shingles(&articles[1].text, &none),
        );
        assert!(
            jaccard(&a, &b) >= COPY_JACCARD,
            "the footer alone would make copies"
        );
        let sources = Sources::of(&articles);
        assert_eq!(sources.source_of, (0..40).collect::<Vec<_>>());
    }

    #[test]
    fn jaccard_of_sorted_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 0.0);
    }
}
