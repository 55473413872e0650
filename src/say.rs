//! What the binary says on standard error besides errors, and how much:
//! `-q` keeps to errors, `-v` adds what each step read and how long it took.

use std::sync::atomic::{AtomicU8, Ordering};

static LEVEL: AtomicU8 = AtomicU8::new(1);

/// Sets how much is said: 0 errors only (`-q`), 1 notes too, 2 details (`-v`).
pub fn set(quiet: bool, verbose: bool) {
    let level = if quiet {
        0
    } else if verbose {
        2
    } else {
        1
    };
    LEVEL.store(level, Ordering::Relaxed);
}

/// Whether notes are said (not under `-q`).
pub fn notes() -> bool {
    LEVEL.load(Ordering::Relaxed) >= 1
}

/// Whether details are said (`-v`).
pub fn details() -> bool {
    LEVEL.load(Ordering::Relaxed) >= 2
}

/// A note: something to know, not an error. Not under `-q`.
pub fn note(message: &str) {
    if notes() {
        eprintln!("note: {message}");
    }
}

/// A detail, under `-v` only.
pub fn detail(message: &str) {
    if details() {
        eprintln!("{message}");
    }
}
