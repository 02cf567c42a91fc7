//! Likert answers per item as 100% stacked horizontal bars: one bar per item, one segment per
//! answer option in option order, from red (first option) through grey to blue (last), with
//! the percentage written in every segment wide enough to hold it and n at the end of the bar.

use super::{text_width, Doc};
use crate::number::Locale;

pub struct LikertRow {
    pub item: String,
    /// Answers per option, in option order.
    pub counts: Vec<usize>,
    /// Valid answers (the denominator of the percentages).
    pub n: usize,
}

pub struct LikertChart {
    pub title: String,
    pub options: Vec<String>,
    pub rows: Vec<LikertRow>,
    pub locale: Locale,
}

const WIDTH: f64 = 760.0;
const BAR: f64 = 20.0;
const PITCH: f64 = 28.0;

/// A diverging palette of `k` colours: red, through light grey, to blue.
fn palette(k: usize) -> Vec<(String, bool)> {
    let red = (202.0, 0.0, 32.0);
    let mid = (230.0, 230.0, 230.0);
    let blue = (5.0, 113.0, 176.0);
    (0..k)
        .map(|i| {
            let t = if k == 1 {
                1.0
            } else {
                i as f64 / (k - 1) as f64
            };
            let (a, b, u) = if t < 0.5 {
                (red, mid, t * 2.0)
            } else {
                (mid, blue, (t - 0.5) * 2.0)
            };
            let c = |p: f64, q: f64| p + (q - p) * u;
            let (r, g, bl) = (c(a.0, b.0), c(a.1, b.1), c(a.2, b.2));
            // Dark segments get white text.
            let dark = 0.299 * r + 0.587 * g + 0.114 * bl < 150.0;
            (
                format!("#{:02x}{:02x}{:02x}", r as u8, g as u8, bl as u8),
                dark,
            )
        })
        .collect()
}

impl LikertChart {
    pub fn render(&self) -> String {
        let colours = palette(self.options.len());
        let label_w = self
            .rows
            .iter()
            .map(|r| text_width(&r.item, 12.0))
            .fold(40.0, f64::max)
            .min(260.0);
        let x0 = 16.0 + label_w + 10.0;
        let x1 = WIDTH - 70.0;
        // Legend entries flow left to right and wrap.
        let mut legend = Vec::new();
        let (mut lx, mut ly) = (16.0, 42.0);
        for (name, _) in self.options.iter().zip(&colours) {
            let w = 18.0 + text_width(name, 12.0) + 18.0;
            if lx + w > WIDTH - 16.0 && lx > 16.0 {
                lx = 16.0;
                ly += 20.0;
            }
            legend.push((lx, ly));
            lx += w;
        }
        let top = ly + 30.0;
        let bottom = top + self.rows.len() as f64 * PITCH + 4.0;
        let height = bottom + 30.0;
        let mut doc = Doc::with_title(WIDTH, height, &self.title);
        for ((name, (fill, _)), (x, y)) in self.options.iter().zip(&colours).zip(&legend) {
            doc.rect(*x, *y, 12.0, 12.0, fill);
            doc.text(x + 18.0, y + 10.0, "start", "", name);
        }
        for k in 0..=4 {
            let x = x0 + (x1 - x0) * k as f64 / 4.0;
            doc.line(x, top - 4.0, x, bottom, r##"stroke="#e0e0e0""##);
            doc.text(
                x,
                bottom + 16.0,
                "middle",
                r##" fill="#444""##,
                &format!("{}%", k * 25),
            );
        }
        let mut y = top;
        for row in &self.rows {
            let mid = y + PITCH / 2.0;
            doc.text(16.0, mid + 4.0, "start", "", &row.item);
            let mut x = x0;
            for (count, (fill, dark)) in row.counts.iter().zip(&colours) {
                if row.n == 0 {
                    break;
                }
                let share = *count as f64 / row.n as f64;
                let w = share * (x1 - x0);
                doc.rect(x, mid - BAR / 2.0, w, BAR, fill);
                if share >= 0.07 {
                    let pct = super::number(share * 100.0, 0, self.locale);
                    let colour = if *dark { "white" } else { "#222" };
                    doc.text(
                        x + w / 2.0,
                        mid + 4.0,
                        "middle",
                        &format!(r#" fill="{colour}" font-size="11""#),
                        &format!("{pct}%"),
                    );
                }
                x += w;
            }
            let n = super::number(row.n as f64, 0, self.locale);
            doc.text(
                x1 + 6.0,
                mid + 4.0,
                "start",
                r##" fill="#444""##,
                &format!("n={n}"),
            );
            y += PITCH;
        }
        doc.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_palette_runs_from_red_through_grey_to_blue() {
        let p = palette(3);
        assert_eq!(p[0].0, "#ca0020");
        assert_eq!(p[1].0, "#e6e6e6");
        assert_eq!(p[2].0, "#0571b0");
    }
}
