//! Which tokens are figures, and their values: "58,000", "four", "dozens".

use super::text::{Kind, Token};

/// Vague quantities written as words: "dozens of", "hundreds of thousands".
pub const VAGUE: &[&str] = &["dozens", "scores", "hundreds", "thousands", "millions"];

/// The value of a number word that can count something: "two" and up ("one"
/// is too often not a number: "one of the").
pub fn number_value(word: &str) -> Option<f64> {
    crate::normalize::amount::word_number(word).filter(|v| *v >= 2.0)
}

/// The value of a number token, in words ("twelve") or digits ("2,410").
pub fn token_value(tok: &Token) -> Option<f64> {
    number_value(tok.text).or_else(|| tok.text.replace(',', "").parse::<f64>().ok())
}

/// A figure or a number word that can count: "58,000", "four", "dozens".
pub fn is_number(tok: &Token) -> bool {
    tok.kind == Kind::Number
        || (tok.is_word()
            && (number_value(tok.text).is_some() || VAGUE.contains(&tok.lower().as_ref())))
}
