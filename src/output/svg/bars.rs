//! The WISN chart: one horizontal bar per cadre (optionally grouped by facility), a dashed
//! reference line at the value that means "staffing matches workload" (ratio 1, difference 0),
//! bars below it in shortage red and the rest in blue, each bar labelled with its value.

use super::{number, text_width, ticks, Doc, NO_SHORTAGE, SHORTAGE};
use crate::number::Locale;

pub struct BarChart {
    pub title: String,
    /// The value column's name, for the legend and axis.
    pub value_name: String,
    pub labels: Vec<String>,
    /// A facility (or other group) per bar; bars are shown under a heading per group, groups in
    /// order of first appearance.
    pub groups: Option<Vec<String>>,
    /// NaN is a missing value, shown as "missing" instead of a bar.
    pub values: Vec<f64>,
    pub reference: f64,
    pub locale: Locale,
}

const WIDTH: f64 = 760.0;
const BAR: f64 = 18.0;
const PITCH: f64 = 26.0;
const HEADING: f64 = 28.0;

enum Row<'a> {
    Heading(&'a str),
    Bar(usize),
}

impl BarChart {
    fn rows(&self) -> Vec<Row<'_>> {
        let Some(groups) = &self.groups else {
            return (0..self.values.len()).map(Row::Bar).collect();
        };
        let mut order: Vec<&str> = Vec::new();
        for g in groups {
            if !order.contains(&g.as_str()) {
                order.push(g);
            }
        }
        let mut rows = Vec::new();
        for g in order {
            rows.push(Row::Heading(g));
            rows.extend(
                (0..self.values.len())
                    .filter(|&i| groups[i] == g)
                    .map(Row::Bar),
            );
        }
        rows
    }

    pub fn render(&self) -> String {
        let rows = self.rows();
        let finite = self.values.iter().copied().filter(|v| v.is_finite());
        let lo = finite.clone().fold(self.reference.min(0.0), f64::min);
        let hi = finite.fold(self.reference.max(0.0), f64::max);
        let (lo, hi, step) = ticks(lo, hi, 5);
        let indent = if self.groups.is_some() { 12.0 } else { 0.0 };
        let label_w = self
            .labels
            .iter()
            .map(|l| text_width(l, 12.0))
            .fold(60.0, f64::max)
            .min(260.0)
            + indent;
        let x0 = 16.0 + label_w + 10.0;
        let x1 = WIDTH - 64.0;
        let x = |v: f64| x0 + (v - lo) / (hi - lo) * (x1 - x0);
        let top = 78.0;
        let body: f64 = rows
            .iter()
            .map(|r| match r {
                Row::Heading(_) => HEADING,
                Row::Bar(_) => PITCH,
            })
            .sum();
        let bottom = top + body + 6.0;
        let height = bottom + 44.0;
        let mut doc = Doc::with_title(WIDTH, height, &self.title);

        // Legend: what the colours and the dashed line mean.
        // A ratio's reference is written 1.0, as WISN reports write it.
        let refs = if self.reference != 0.0 && self.reference.fract() == 0.0 {
            self.locale
                .localize(&format!("{:.1}", self.reference), true)
                .into_owned()
        } else {
            number(self.reference, 2, self.locale)
        };
        let (shortage, enough) = match self.locale {
            Locale::En => (
                format!("shortage ({} below {refs})", self.value_name),
                format!("no shortage ({refs} or above)"),
            ),
            Locale::Id => (
                format!("kekurangan ({} di bawah {refs})", self.value_name),
                format!("tidak kekurangan ({refs} atau lebih)"),
            ),
        };
        doc.rect(16.0, 42.0, 12.0, 12.0, SHORTAGE);
        doc.text(34.0, 52.0, "start", "", &shortage);
        let lx = 34.0 + text_width(&shortage, 12.0) + 24.0;
        doc.rect(lx, 42.0, 12.0, 12.0, NO_SHORTAGE);
        doc.text(lx + 18.0, 52.0, "start", "", &enough);

        // Grid and axis.
        let mut t = lo;
        while t <= hi + step / 2.0 {
            doc.line(x(t), top - 4.0, x(t), bottom, r##"stroke="#e0e0e0""##);
            doc.text(
                x(t),
                bottom + 16.0,
                "middle",
                r##" fill="#444""##,
                &number(t, 3, self.locale),
            );
            t += step;
        }
        doc.text(
            (x0 + x1) / 2.0,
            bottom + 34.0,
            "middle",
            r##" fill="#444""##,
            &self.value_name,
        );
        if lo < 0.0 && self.reference != 0.0 {
            doc.line(x(0.0), top - 4.0, x(0.0), bottom, r##"stroke="#888""##);
        }

        let mut y = top;
        for row in &rows {
            match row {
                Row::Heading(g) => {
                    doc.text(16.0, y + 18.0, "start", r#" font-weight="bold""#, g);
                    y += HEADING;
                }
                Row::Bar(i) => {
                    let v = self.values[*i];
                    let mid = y + PITCH / 2.0;
                    doc.text(16.0 + indent, mid + 4.0, "start", "", &self.labels[*i]);
                    if v.is_finite() {
                        let (a, b) = (x(0.0).min(x(v)), x(0.0).max(x(v)));
                        let fill = if v < self.reference {
                            SHORTAGE
                        } else {
                            NO_SHORTAGE
                        };
                        doc.rect(a, mid - BAR / 2.0, b - a, BAR, fill);
                        let shown = number(v, 2, self.locale);
                        // A white halo keeps the value readable where it crosses the
                        // reference line or a grid line.
                        let halo = r#" stroke="white" stroke-width="3" paint-order="stroke""#;
                        if v >= 0.0 {
                            doc.text(b + 4.0, mid + 4.0, "start", halo, &shown);
                        } else {
                            doc.text(a - 4.0, mid + 4.0, "end", halo, &shown);
                        }
                    } else {
                        doc.text(
                            x(0.0) + 4.0,
                            mid + 4.0,
                            "start",
                            r##" fill="#888" font-style="italic""##,
                            "missing",
                        );
                    }
                    y += PITCH;
                }
            }
        }
        // The reference line goes on top of the bars so it is never hidden.
        let rx = x(self.reference);
        doc.line(
            rx,
            top - 10.0,
            rx,
            bottom,
            r##"stroke="#222" stroke-width="1.5" stroke-dasharray="5,3""##,
        );
        doc.text(rx, top - 14.0, "middle", r#" font-weight="bold""#, &refs);
        doc.finish()
    }
}
