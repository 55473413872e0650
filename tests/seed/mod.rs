//! The seed corpus against the expectations a careful reader sets for it: what must
//! be reported, what may be reported as a warning, and the traps that must not be.
//!
//! Articles are named by their leading number (000 to 003); the dates are the ones
//! the claims files give: 000 and 001 on 2026-01-17, 002 on 2025-12-19, 003 on
//! 2025-12-01.

mod either;
mod must_flag;
mod must_not_flag;
mod variants;
