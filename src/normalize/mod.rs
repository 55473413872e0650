//! Normalize: turn what people wrote into values that can be compared.
pub mod dates;
pub mod entities;
pub mod names;
pub mod quantity;
pub mod state;
pub mod titles;
