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
        "",
        "",
        "Frequency",
        "Percent",
        "Valid Percent",
        "Cumulative Percent",
    ]);
    let col = |name: &str, i: usize| t.columns.get(name).map(|c| c.get(i));
    for i in 0..t.rows() {
        g.row([
            if i == 0 { "Valid" } else { "" }.to_string(),
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
        if t.rows() == 0 { "Valid" } else { "" }.to_string(),
        "Total".into(),
        loc.plain(valid),
        pct(valid),
        if super::number(valid).is_some_and(|v| !v.is_zero()) {
            "100.0".to_string()
        } else {
            String::new()
        },
        String::new(),
    ]);
    if has_missing {
        g.row([
            "Missing".to_string(),
            "System".into(),
            loc.plain(missing),
            pct(missing),
            String::new(),
            String::new(),
        ]);
        g.row([
            "Total".to_string(),
            String::new(),
            loc.plain(field(r, "total")),
            "100.0".into(),
            String::new(),
            String::new(),
        ]);
    }
    out.push_str(&g.render());
    out
}
