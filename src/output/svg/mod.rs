//! SVG charts for reports, written as plain SVG text (no plotting crate): a horizontal bar
//! chart of WISN ratios or differences with its reference line ([`bars`]), and 100% stacked
//! bars of Likert answers per item ([`likert`]). Text is real SVG text, so a chart stays sharp
//! at any size and its labels can be searched and edited in a word processor.

mod bars;
mod likert;

pub use bars::BarChart;
pub use likert::{LikertChart, LikertRow};

use crate::number::{Locale, Num};
use std::fmt::Write;

const FONT: &str = "Helvetica, Arial, sans-serif";
/// Shortage red and no-shortage blue, readable by red-green colour-blind readers.
pub const SHORTAGE: &str = "#d6604d";
pub const NO_SHORTAGE: &str = "#4393c3";

/// Escape text for an SVG text node or attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Roughly how wide text is at a font size: good enough to size margins for labels in a
/// proportional sans-serif font without a font file.
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * 0.56
}

/// A number as a chart label: at most `decimals` decimals, in the locale.
pub fn number(x: f64, decimals: i32, locale: Locale) -> String {
    match Num::from_f64(x) {
        Ok(n) => n
            .round(decimals, crate::number::Rounding::HalfUp)
            .display(locale)
            .to_string(),
        Err(_) => String::new(),
    }
}

/// Tick positions covering [lo, hi] at a 1-2-5 step, about `count` of them.
pub fn ticks(lo: f64, hi: f64, count: usize) -> (f64, f64, f64) {
    let span = (hi - lo).max(1e-9);
    let raw = span / count.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let lo = (lo / step).floor() * step;
    let hi = (hi / step).ceil() * step;
    (lo, hi, step)
}

/// An SVG document being written.
pub struct Doc {
    pub out: String,
}

impl Doc {
    /// A chart document with its title written as the heading at the top left.
    pub fn with_title(width: f64, height: f64, title: &str) -> Doc {
        let mut doc = Doc::new(width, height, title);
        doc.text(
            16.0,
            26.0,
            "start",
            r#" font-size="16" font-weight="bold""#,
            title,
        );
        doc
    }

    pub fn new(width: f64, height: f64, title: &str) -> Doc {
        let mut out = String::with_capacity(8 * 1024);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="12">
<title>{}</title>
<rect width="100%" height="100%" fill="white"/>
"#,
            escape(title)
        );
        Doc { out }
    }

    pub fn text(&mut self, x: f64, y: f64, anchor: &str, extra: &str, s: &str) {
        let _ = writeln!(
            self.out,
            r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}"{extra}>{}</text>"#,
            escape(s)
        );
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str) {
        let _ = writeln!(
            self.out,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{:.1}" height="{h:.1}" fill="{fill}"/>"#,
            w.max(0.0)
        );
    }

    pub fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, style: &str) {
        let _ = writeln!(
            self.out,
            r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" {style}/>"#
        );
    }

    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(ticks(0.0, 1.37, 5), (0.0, 1.5, 0.5));
        assert_eq!(ticks(-3.2, 4.1, 5), (-4.0, 6.0, 2.0));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("A & <B>"), "A &amp; &lt;B&gt;");
    }
}
