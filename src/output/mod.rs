//! Everything wl writes for someone else to read: the `--format` and `--locale` settings of a
//! run, the table writers behind `export` (CSV, JSON, Markdown, .xlsx), SVG charts, and the
//! atomic file write they all go through.

pub mod atomic;
pub mod csv;
pub mod json;
pub mod labels;
pub mod markdown;
pub mod render;
pub mod svg;
pub mod xlsx;

pub use crate::number::Locale;

use std::io::{self, Write};

/// The form `print` writes values in (`wl run --format`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Format {
    #[default]
    Text,
    Csv,
    Json,
    Markdown,
}

impl Format {
    pub const NAMES: &'static [&'static str] = &["text", "csv", "json", "md"];

    pub fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "text" | "txt" => Format::Text,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "md" | "markdown" => Format::Markdown,
            _ => return None,
        })
    }
}

/// How a run presents its output: threaded from the CLI through the session to `print`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OutputSettings {
    pub format: Format,
    pub locale: Locale,
}

/// How a table writer writes cells.
#[derive(Clone, Copy, Debug)]
pub struct CellStyle {
    pub locale: Locale,
    /// Fixed decimals for every number (`export(..., decimals: 4)`); `None` writes each number
    /// as wl displays it (up to 10 decimals, no float noise).
    pub decimals: Option<u32>,
    /// Thousands separators: for reading (Markdown, text), never in data files (CSV), where
    /// they would make the number a string for most programs.
    pub group: bool,
}

impl CellStyle {
    pub fn data(locale: Locale, decimals: Option<u32>) -> CellStyle {
        CellStyle {
            locale,
            decimals,
            group: false,
        }
    }
}

/// Write one number cell; `buf` is scratch space reused across cells so that a 90,000-row
/// export allocates once, not once a cell. A NaN (missing) cell writes nothing.
pub fn write_num(
    w: &mut impl Write,
    x: f64,
    style: &CellStyle,
    buf: &mut String,
) -> io::Result<()> {
    use std::fmt::Write as _;
    if !x.is_finite() {
        return Ok(());
    }
    buf.clear();
    match style.decimals {
        Some(d) => {
            // -0.00001 at 4 decimals is "0.0000", not "-0.0000".
            let x = if (x * 10f64.powi(d as i32)).abs() < 0.5 {
                0.0
            } else {
                x
            };
            let _ = write!(buf, "{:.*}", d as usize, x);
        }
        None => match crate::number::Num::from_f64(x) {
            Ok(n) => {
                let _ = write!(buf, "{n}");
            }
            Err(_) => return Ok(()),
        },
    }
    match style.locale {
        Locale::En => w.write_all(buf.as_bytes()),
        locale => w.write_all(locale.localize(buf, style.group).as_bytes()),
    }
}
