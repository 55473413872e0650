//! What a renderer may know of the place it writes to.

#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Colour the output (only ever true on a terminal, and never with `NO_COLOR`).
    pub color: bool,
    /// The width to fit the table to; `None` fits a terminal to its own width and
    /// leaves other output unwrapped.
    pub width: Option<u16>,
}
