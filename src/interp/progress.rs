//! A progress bar on standard error for long loops (`for facility in facilities { ... }` over
//! thousands of rows), shown only when standard error is a terminal, so piped output, files
//! and the test suite never see it.

use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;

/// Loops shorter than this finish before a bar would be worth drawing.
const MIN_ITEMS: usize = 5_000;

/// A bar for a loop over `len` items, or nothing.
pub fn for_loop(len: usize) -> Option<ProgressBar> {
    if len < MIN_ITEMS || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} rows ({eta} left)") {
        bar.set_style(style);
    }
    Some(bar)
}
