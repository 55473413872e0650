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

use crate::corpus::Article;

/// Words per shingle.
const SHINGLE: usize = 5;
/// MinHash functions: `BANDS` bands of `ROWS` each.
const BANDS: usize = 32;
const ROWS: usize = 2;
/// The overlap from which two texts count as one story rewritten.
pub const COPY_JACCARD: f64 = 0.5;
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
        let shingles: Vec<Vec<u64>> = articles.par_iter().map(|a| shingles(&a.text)).collect();
        let shingles = drop_boilerplate(shingles);
        let signatures: Vec<Option<[u64; BANDS * ROWS]>> =
            shingles.par_iter().map(|s| signature(s)).collect();

        let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
        for (article, signature) in signatures.iter().enumerate() {
            let Some(signature) = signature else { continue };
            for (band, rows) in signature.chunks(ROWS).enumerate() {
                let key = rows
                    .iter()
                    .fold(0xcbf2_9ce4_8422_2325u64, |h, r| mix(h ^ r));
                buckets.entry((band, key)).or_default().push(article);
            }
        }
        let mut pairs: Vec<(usize, usize)> = buckets
            .values()
            .filter(|b| b.len() > 1 && b.len() <= MAX_BUCKET)
            .flat_map(|b| {
                b.iter()
                    .enumerate()
                    .flat_map(move |(i, x)| b[i + 1..].iter().map(move |y| (*x, *y)))
            })
            .collect();
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

    /// How many independent sources the articles come from.
    pub fn count(&self, articles: &[usize]) -> usize {
        let mut sources: Vec<usize> = articles.iter().map(|a| self.source_of[*a]).collect();
        sources.sort_unstable();
        sources.dedup();
        sources.len()
    }

    /// The earlier article this one is a copy of, if it is one.
    pub fn copy_of(&self, article: usize) -> Option<usize> {
        let source = self.source_of[article];
        (source != article).then_some(source)
    }
}

/// The sorted, distinct hashes of a text's five-word shingles.
fn shingles(text: &str) -> Vec<u64> {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out: Vec<u64> = words
        .windows(SHINGLE)
        .map(|w| {
            w.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, word| {
                word.bytes()
                    .fold(mix(h ^ 0x2f), |h, b| mix(h ^ u64::from(b)))
            })
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Sets aside shingles that stand in many articles (a byline, a template): they
/// say nothing about which texts were copied from which.
fn drop_boilerplate(shingles: Vec<Vec<u64>>) -> Vec<Vec<u64>> {
    let articles = shingles.len();
    let limit = (articles / 100).max(20);
    if articles <= limit {
        return shingles;
    }
    let mut frequency: HashMap<u64, u32> = HashMap::new();
    for set in &shingles {
        for s in set {
            *frequency.entry(*s).or_default() += 1;
        }
    }
    shingles
        .into_par_iter()
        .map(|set| {
            set.into_iter()
                .filter(|s| frequency[s] as usize <= limit)
                .collect()
        })
        .collect()
}

/// The MinHash signature of a shingle set; `None` for a text too short to have one.
fn signature(shingles: &[u64]) -> Option<[u64; BANDS * ROWS]> {
    if shingles.is_empty() {
        return None;
    }
    let mut signature = [u64::MAX; BANDS * ROWS];
    for s in shingles {
        for (i, slot) in signature.iter_mut().enumerate() {
            let h = mix(s ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15));
            *slot = (*slot).min(h);
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

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text_path: format!("{id}.txt").into(),
            claims_path: None,
            outlet: None,
            published: None,
            title: None,
            url: None,
            text: text.into(),
            events: vec![],
            label: id.into(),
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
            article("a", WIRE),
            article("b", &rewritten),
            article("c", own),
            article("d", WIRE),
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
        let sources = Sources::of(&[article("a", &a), article("b", b)]);
        assert_eq!(sources.source_of, vec![0, 1]);
    }

    #[test]
    fn jaccard_of_sorted_sets() {
        assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
        assert_eq!(jaccard(&[], &[]), 0.0);
    }
}
