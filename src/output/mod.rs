//! Everything wl writes for someone else to read: the `--format` and `--locale` settings of a
//! run, the table writers behind `export` (CSV, JSON, Markdown, .xlsx), SVG charts, and the
//! atomic file write they all go through.

pub mod atomic;
pub mod csv;
pub mod json;
pub mod markdown;
pub mod quantities;
pub mod render;
pub mod svg;
pub mod xlsx;

pub use crate::number::shown::Shown;
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
    /// The digits numbers are shown with in text and Markdown (`--digits`, `--decimals`,
    /// `set_display`); CSV and JSON always write full precision.
    pub shown: Shown,
}

/// How a table writer writes cells.
#[derive(Clone, Copy, Debug)]
pub struct CellStyle {
    pub locale: Locale,
    /// Fixed decimals for every number (`export(..., decimals: 4)`); `None` writes each number
    /// in full (`full`) or as wl displays it.
    pub decimals: Option<u32>,
    /// Without fixed decimals, write each number in the shortest text that reads back as the
    /// same f64 (data files: CSV, JSON, .xlsx), not as wl displays it for reading (up to 10
    /// decimals, no float noise: Markdown), which would write 4e-12 as 0.
    pub full: bool,
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
            full: true,
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
        Some(d) => write_fixed(buf, x, d),
        None if style.full => write_shortest(buf, x),
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

/// The shortest text that reads back as exactly `x` (a finite f64): Rust's shortest
/// round-trip digits, in plain notation from 1e-4 to 1e16 and as `4e-12` outside, which JSON,
/// CSV readers, R, pandas and Excel all read. Whole numbers have no `.0`.
pub fn write_shortest(buf: &mut String, x: f64) {
    use std::fmt::Write as _;
    let start = buf.len();
    let _ = write!(buf, "{x:?}");
    if buf[start..].ends_with(".0") {
        buf.truncate(buf.len() - 2);
    }
}

/// [`write_shortest`] into a new string.
pub fn shortest(x: f64) -> String {
    let mut s = String::new();
    write_shortest(&mut s, x);
    s
}

/// `x` with exactly `d` decimals: the same digits as `format!("{:.4}")` (and as C's printf, R's
/// sprintf and pandas, so exports agree with theirs to the digit; an exact binary tie such as
/// 12.5 rounds to even) but about twice as fast
/// over a 90,000-row export: the value is scaled to an integer whose digits are written
/// directly.
pub fn write_fixed(buf: &mut String, x: f64, d: u32) {
    use std::fmt::Write as _;
    let scale = 10f64.powi(d as i32);
    let scaled = x * scale;
    let y = scaled.round();
    // Near a tie the scaled product may round the other way than the exact binary value does:
    // those few cells (and huge values) go through the exact formatter.
    let near_tie = ((scaled - scaled.trunc()).abs() - 0.5).abs() < 1e-6;
    if near_tie || y.abs() >= 9.0e15 || y.is_nan() || d > 15 {
        let _ = write!(buf, "{:.*}", d as usize, x);
        return;
    }
    let mut v = y.abs() as u64;
    // -0.00001 at 4 decimals is "0.0000", not "-0.0000".
    if y < 0.0 && v != 0 {
        buf.push('-');
    }
    let mut digits = [b'0'; 24];
    let mut i = digits.len();
    let mut written = 0;
    while v > 0 || written <= d {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        written += 1;
    }
    let int_len = digits.len() - i - d as usize;
    for (k, b) in digits[i..].iter().enumerate() {
        if k == int_len {
            buf.push('.');
        }
        buf.push(*b as char);
    }
}

/// Whether every value of a numeric column is a whole number: such columns (ids, counts,
/// current staff) are written without the fixed decimals asked for the others.
pub fn all_whole(v: &[f64]) -> bool {
    v.iter()
        .all(|x| x.is_nan() || (x.fract() == 0.0 && x.abs() < 9.0e15))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed(x: f64, d: u32) -> String {
        let mut s = String::new();
        write_fixed(&mut s, x, d);
        s
    }

    #[test]
    fn shortest_text() {
        assert_eq!(shortest(4e-12), "4e-12");
        assert_eq!(shortest(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(shortest(155040.0), "155040");
        assert_eq!(shortest(-1.5), "-1.5");
        assert_eq!(shortest(1e300), "1e300");
        assert_eq!(shortest(-0.0), "-0");
        assert_eq!(shortest(f64::MIN_POSITIVE / 8.0), "2.781342323134e-309");
    }

    proptest::proptest! {
        /// Every finite f64 written for a program reads back as the same bits (Rust's parser is
        /// correctly rounding, as R's, Python's and Excel's are), and the text is a valid JSON
        /// number.
        #[test]
        fn shortest_round_trips(bits in proptest::prelude::any::<u64>()) {
            let x = f64::from_bits(bits);
            proptest::prop_assume!(x.is_finite());
            let s = shortest(x);
            proptest::prop_assert_eq!(s.parse::<f64>().unwrap().to_bits(), x.to_bits());
            proptest::prop_assert!(is_json_number(&s), "{}", s);
        }
    }

    /// The JSON number grammar (RFC 8259): -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    fn is_json_number(s: &str) -> bool {
        let b = s.strip_prefix('-').unwrap_or(s).as_bytes();
        let mut i = 0;
        let digits = |i: &mut usize| {
            let st = *i;
            while *i < b.len() && b[*i].is_ascii_digit() {
                *i += 1;
            }
            *i - st
        };
        let int_start = i;
        if digits(&mut i) == 0 || (b[int_start] == b'0' && i - int_start > 1) {
            return false;
        }
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if digits(&mut i) == 0 {
                return false;
            }
        }
        if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
            i += 1;
            if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                i += 1;
            }
            if digits(&mut i) == 0 {
                return false;
            }
        }
        i == b.len()
    }

    #[test]
    fn fixed_decimals_match_the_formatter() {
        assert_eq!(fixed(0.46428, 4), "0.4643");
        assert_eq!(fixed(155040.0, 4), "155040.0000");
        assert_eq!(fixed(-1.5, 2), "-1.50");
        assert_eq!(fixed(-0.00001, 4), "0.0000");
        assert_eq!(fixed(-55.55565, 4), format!("{:.4}", -55.55565));
        assert_eq!(fixed(0.0, 0), "0");
        assert_eq!(fixed(12.5, 0), "12");
        assert_eq!(fixed(13.5, 0), "14");
        assert_eq!(fixed(1e300, 2).len(), 304);
        for i in 0..10_000 {
            let x = (i as f64 - 5000.0) * 0.0123457;
            assert_eq!(
                fixed(x, 4).parse::<f64>().unwrap(),
                format!("{x:.4}").parse::<f64>().unwrap(),
                "{x}"
            );
        }
    }
}
