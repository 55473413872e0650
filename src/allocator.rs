//! The allocator the binary runs with, and how it is set: shared with the
//! examples that time the binary's work (`#[path]`), so that they measure it as
//! it runs. Not part of the library, which leaves the allocator to its user.

/// mimalloc: the loader allocates millions of small strings from both cores at
/// once, where the system allocator spends a fifth of the run.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's `mi_option_purge_delay`: its place in `mi_option_e` (mimalloc.h),
/// and its value unless someone set it (options.c: a second).
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
const PURGE_DELAY_UNSET: std::ffi::c_long = 1000;

/// Keeps the memory a run frees for the run to reuse, instead of handing it
/// back to the system a second later. `check` frees each claims file's text
/// once it is parsed, and each stage's working lists once it ends: memory
/// handed back came back in small pages, one fault at a time, and on a
/// virtual machine those faults cost more kernel time than the work they
/// served (at a million claims, 1–2 s of a 10–16 s run; BENCHMARKS.md). A run
/// ends when its job does, so nothing is held for long. `MIMALLOC_PURGE_DELAY`,
/// when set, wins.
/// Called first thing in `main`.
#[allow(unsafe_code)]
pub fn keep_freed_memory() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
        return;
    }
    // SAFETY: each call reads or writes one integer option of the allocator
    // and touches nothing else; this runs first in `main`, before any other
    // thread exists (mimalloc's options are not thread safe). The option is
    // set only if the one in that place has the value purge_delay starts
    // with, so a mimalloc whose options moved is left as it is.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == PURGE_DELAY_UNSET {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, -1);
        }
    }
}
