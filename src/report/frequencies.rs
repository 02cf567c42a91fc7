//! The SPSS Frequencies table: Valid rows with frequency, percent, valid percent and cumulative
//! percent, the Valid total, and the Missing and grand-total rows when cases are missing.

use super::{field, table, Cells, Grid};
use crate::value::Record;

pub fn render(r: &Record, loc: Cells) -> String {
    let mut out = String::new();
    if let Some(name) = field(r, "name") {
        out.push_str(&format!("{name}\n"));
    }
    let Some(t) = table(r, "counts") else {
        return out;
    };
    let mut g = Grid::new(2, 1);
    g.row([
        String::new(),
        String::new(),
        loc.t("Frequency"),
        loc.t("Percent"),
        loc.t("Valid Percent"),
        loc.t("Cumulative Percent"),
    ]);
    let col = |name: &str, i: usize| t.columns.get(name).map(|c| c.get(i));
    for i in 0..t.rows() {
        g.row([
            if i == 0 {
                loc.t("Valid")
            } else {
                String::new()
            },
            loc.plain(col("value", i).as_ref()),
            loc.plain(col("frequency", i).as_ref()),
            loc.fixed(col("percent", i).as_ref(), 1),
            loc.fixed(col("valid_percent", i).as_ref(), 1),
            loc.fixed(col("cumulative_percent", i).as_ref(), 1),
        ]);
    }
    let valid = field(r, "valid");
    let missing = field(r, "missing");
    let total = super::number(field(r, "total"));
    let pct = |v: Option<&crate::value::Value>| match (super::number(v), total) {
        (Some(x), Some(t)) if !t.is_zero() => {
            crate::number::Num::from_f64(x.to_f64() / t.to_f64() * 100.0)
                .map_or(String::new(), |p| loc.fixed_num(p, 1))
        }
        _ => String::new(),
    };
    let has_missing = super::number(missing).is_some_and(|m| !m.is_zero());
    g.row([
        if t.rows() == 0 {
            loc.t("Valid")
        } else {
            String::new()
        },
        loc.t("Total"),
        loc.plain(valid),
        pct(valid),
        if super::number(valid).is_some_and(|v| !v.is_zero()) {
            loc.fixed_num(crate::number::Num::int(100), 1)
        } else {
            String::new()
        },
        String::new(),
    ]);
    if has_missing {
        g.row([
            loc.t("Missing"),
            loc.t("System"),
            loc.plain(missing),
            pct(missing),
            String::new(),
            String::new(),
        ]);
        g.row([
            loc.t("Total"),
            String::new(),
            loc.plain(field(r, "total")),
            loc.fixed_num(crate::number::Num::int(100), 1),
            String::new(),
            String::new(),
        ]);
    }
    out.push_str(&g.render());
    out
}
