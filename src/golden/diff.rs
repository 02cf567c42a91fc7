//! A unified diff between a golden file and what a script printed now.

use similar::TextDiff;
use std::path::Path;

/// `--- NAME.out (expected)` / `+++ NAME.out (actual)` and the changed hunks, three lines of
/// context each, as `diff -u` prints them.
pub fn unified(golden: &Path, expected: &str, actual: &str) -> String {
    let name = golden.display().to_string();
    TextDiff::from_lines(expected, actual)
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (expected)"), &format!("{name} (actual)"))
        .to_string()
}
