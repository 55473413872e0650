//! The corpus once it has been read and checked: the value the load stage hands
//! on, and the types every stage shares (claims, entities, predicates and their
//! policies, verdicts). It depends on no stage.

pub mod claim;
pub mod entity;
pub mod event_kind;
pub mod policy;
pub mod predicate;
pub mod verdict;

use std::path::PathBuf;

use jiff::civil::Date;

use crate::english::sentences::{ends_sentence, is_closing};
use crate::intern::Interned;

use claim::{ClaimRecord, EventRecord, Status};
use entity::EntityRecord;
use policy::Policies;
use verdict::VerdictRecord;

/// Everything in one corpus folder that could be read.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The folder it was read from, as the user named it.
    pub dir: PathBuf,
    /// Articles in id order.
    pub articles: Vec<Article>,
    /// Claims in article order, then in the order of their file.
    pub claims: Vec<Claim>,
    pub entities: Vec<EntityRecord>,
    pub policies: Policies,
    /// What people decided about disputes, by dispute id (`verdicts.yaml`).
    pub verdicts: std::collections::BTreeMap<String, VerdictRecord>,
}

/// One article: its text and what its claims file (or front matter) says about it.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    /// The text file, relative to the corpus folder.
    pub text_path: PathBuf,
    /// The claims file, relative to the corpus folder, when there is one.
    pub claims_path: Option<PathBuf>,
    pub outlet: Option<String>,
    pub published: Option<Date>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub text: std::sync::Arc<str>,
    pub events: Vec<EventRecord>,
    /// A short name for sentences and tables, unique in the corpus (see [`label`]).
    pub label: String,
}

impl Article {
    /// An article with an id and a text and nothing else known of it (no
    /// outlet, no date, no claims file), as tests and tools make one.
    pub fn from_text(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            text_path: format!("articles/{id}.txt").into(),
            claims_path: None,
            outlet: None,
            published: None,
            title: None,
            url: None,
            text: text.into(),
            events: Vec::new(),
            label: id.into(),
        }
    }

    /// The sentence that holds `span`, cut around it: the text before the
    /// quote, the quote, the text after. `None` if the span, kept inside its
    /// sentence, would split a character.
    pub fn quote_in_sentence(&self, span: [usize; 2]) -> Option<(&str, &str, &str)> {
        let text: &str = &self.text;
        let (start, end) = self.sentence_around(span);
        let (from, to) = (span[0].clamp(start, end), span[1].clamp(start, end));
        (text.is_char_boundary(from) && text.is_char_boundary(to))
            .then(|| (&text[start..from], &text[from..to], &text[to..end]))
    }

    /// The byte range of the sentence that holds `span` (all the sentences it
    /// touches, if it crosses one's end), without surrounding white space.
    pub fn sentence_around(&self, span: [usize; 2]) -> (usize, usize) {
        let text: &str = &self.text;
        let floor = |mut i: usize| {
            i = i.min(text.len());
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (from, to) = (floor(span[0]), floor(span[1].max(span[0])));
        // Where the sentence that ends at byte `i` (with the mark `c`) stops:
        // after the mark and the quotes it closes.
        let closed = |i: usize, c: char| {
            let after = i + c.len_utf8();
            if c == '\n' {
                return after;
            }
            after + (text[after..].len() - text[after..].trim_start_matches(is_closing).len())
        };
        let start = text[..from]
            .char_indices()
            .rev()
            .find(|&(i, c)| c == '\n' || ends_sentence(text, i))
            .map_or(0, |(i, c)| closed(i, c).min(from));
        let end = text[to..]
            .char_indices()
            .find(|&(i, c)| c == '\n' || ends_sentence(text, to + i))
            .map_or(text.len(), |(i, c)| {
                if c == '\n' { to + i } else { closed(to + i, c) }
            });
        let sentence = &text[start..end];
        let lead = sentence.len() - sentence.trim_start().len();
        (start + lead, start + lead + sentence.trim().len())
    }

    pub fn label(&self) -> String {
        self.label.clone()
    }

    /// The key the meeting `id` of a claim of this article goes by before
    /// meetings are merged across articles: the id as written, or, for an id
    /// that extraction made up, which is local to its article, this article's
    /// id and the id.
    pub fn event_key(&self, id: &Interned) -> Interned {
        if self.events.iter().any(|e| e.id == **id && e.is_made_up()) {
            Interned::new(&self.made_up_event_key(id))
        } else {
            id.clone()
        }
    }

    /// The key of a meeting id that extraction made up for this article.
    pub fn made_up_event_key(&self, id: &str) -> String {
        format!("{}#{id}", self.id)
    }
}

/// Short names for articles: the outlet when known, otherwise the id's leading
/// number (`001` of `001_94d8…`), otherwise the id. Where two articles would share a
/// name (two pieces from one outlet), each gets its id in brackets as well.
pub fn label_articles(articles: &mut [Article]) {
    let short = |a: &Article| match (&a.outlet, a.id.split_once('_')) {
        (Some(outlet), _) => outlet.clone(),
        (None, Some((head, _))) if !head.is_empty() && head.chars().all(|c| c.is_ascii_digit()) => {
            head.to_string()
        }
        _ => a.id.clone(),
    };
    let names: Vec<String> = articles.iter().map(short).collect();
    let mut uses: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for name in &names {
        *uses.entry(name.as_str()).or_default() += 1;
    }
    for (i, article) in articles.iter_mut().enumerate() {
        let shared = uses[names[i].as_str()] > 1;
        article.label = if shared && names[i] != article.id {
            format!("{} ({})", names[i], article.id)
        } else {
            names[i].clone()
        };
    }
}

/// One claim, with the index of the article it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub article: usize,
    pub record: ClaimRecord,
}

impl Claim {
    /// Whether the checker should consider this claim (rejected claims are kept, not used).
    pub fn is_live(&self) -> bool {
        self.record.status != Status::Rejected
    }
}
