//! What extraction proposes: claims for a person to review, and the meetings
//! they speak of.

use crate::corpus::claim::EventRecord;

/// A claim extraction proposes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub subject: String,
    pub predicate: &'static str,
    pub object: String,
    /// Byte offsets of the quote in the text as stored.
    pub span: (usize, usize),
    /// The meeting a claim concerns, when its subject is not the meeting.
    pub event: Option<String>,
    pub hedge: Option<String>,
    /// Who the article says gives the figure ("police").
    pub according_to: Option<String>,
    /// The rule that found it (`by: rule:NAME`).
    pub rule: &'static str,
}

impl Candidate {
    pub fn new(
        subject: &str,
        predicate: &'static str,
        object: &str,
        span: (usize, usize),
        rule: &'static str,
    ) -> Candidate {
        Candidate {
            subject: subject.trim().to_string(),
            predicate,
            object: object.trim().to_string(),
            span,
            event: None,
            hedge: None,
            according_to: None,
            rule,
        }
    }

    pub fn with_hedge(mut self, hedge: Option<String>) -> Candidate {
        self.hedge = hedge;
        self
    }

    /// Who the article says gives the figure, if it says.
    pub fn according_to(mut self, source: Option<String>) -> Candidate {
        self.according_to = source;
        self
    }

    /// A claim about a meeting's duration is the meeting's; any other claim just
    /// points at it.
    pub fn with_event(mut self, event: Option<&str>) -> Candidate {
        if let Some(e) = event
            && self.subject != e
        {
            self.event = Some(e.to_string());
        }
        self
    }
}

/// What extraction found in one article.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// In text order.
    pub claims: Vec<Candidate>,
    /// The meetings the claims speak of, with ids made up for this article.
    pub events: Vec<EventRecord>,
}
