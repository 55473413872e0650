//! The names of the predicates claimcheck understands, as claims files write
//! them: the one place they are spelled. Extraction writes them, normalize
//! and the rules read them through their policies, eval scores them.

/// person → title ("US President", "former US President").
pub const TITLE: &str = "title";
/// organisation → the person who leads it.
pub const HEAD: &str = "head";
/// event → the place where it happens.
pub const VENUE: &str = "venue";
/// event → the day or days when it happens.
pub const DATE: &str = "date";
/// event → the clock time when it happens, as written with its zone ("at
/// about 10:15 a.m. (0815 GMT)").
pub const TIME: &str = "time";
/// person → where they are, at a time.
pub const LOCATION: &str = "location";
/// what is counted → how many.
pub const COUNT: &str = "count";
/// what is measured → a value with its unit (a share, money, a length, a
/// speed, a temperature, a magnitude).
pub const MEASURE: &str = "measure";
/// what lasts → how long.
pub const DURATION: &str = "duration";
/// topic or document → where it stands (agreed, unresolved, signed).
pub const STATUS: &str = "status";
/// event → a person who takes part.
pub const PARTICIPANT: &str = "participant";
/// person → a relative; kept and shown, never conflicting.
pub const RELATIVE: &str = "relative";
/// who gives what to whom; kept and shown, never conflicting.
pub const AID: &str = "aid";
