//! The SPSS FREQUENCIES "Statistics" table of one variable, from a `descriptives` record: N
//! valid and missing, mean and its standard error, median, mode (with footnote a when several
//! values are equally frequent), spread, shape with standard errors, range, extremes, sum,
//! percentiles, and EXPLORE's Tukey's hinges.

use super::{cell, field, table, Cells, Grid};
use crate::value::{Record, Value};

pub fn render(r: &Record, loc: Cells) -> String {
    let mut g = Grid::new(2, 0);
    let stat = |g: &mut Grid, label: &str, name: &str| {
        g.row([loc.t(label), String::new(), loc.fixed(field(r, name), 3)]);
    };
    let value = |g: &mut Grid, label: &str, name: &str, mark: &str| {
        let v = loc.plain(field(r, name).map(plain_number).as_ref());
        g.row([loc.t(label), String::new(), format!("{v}{mark}")]);
    };
    g.row(["N".to_string(), loc.t("Valid"), loc.plain(field(r, "n"))]);
    g.row([
        String::new(),
        loc.t("Missing"),
        loc.plain(field(r, "missing")),
    ]);
    stat(&mut g, "Mean", "mean");
    stat(&mut g, "Std. Error of Mean", "se_mean");
    value(&mut g, "Median", "median", "");
    let several = matches!(field(r, "multiple_modes"), Some(Value::Bool(true)));
    value(&mut g, "Mode", "mode", if several { "a" } else { "" });
    stat(&mut g, "Std. Deviation", "sd");
    stat(&mut g, "Variance", "variance");
    stat(&mut g, "Skewness", "skewness");
    stat(&mut g, "Std. Error of Skewness", "se_skewness");
    stat(&mut g, "Kurtosis", "kurtosis");
    stat(&mut g, "Std. Error of Kurtosis", "se_kurtosis");
    value(&mut g, "Range", "range", "");
    value(&mut g, "Minimum", "min", "");
    value(&mut g, "Maximum", "max", "");
    value(&mut g, "Sum", "sum", "");
    percentiles(&mut g, r, loc);
    let hinges = [
        ("25", "hinge_lower"),
        ("50", "median"),
        ("75", "hinge_upper"),
    ];
    for (i, (p, name)) in hinges.into_iter().enumerate() {
        let label = if i == 0 {
            loc.t("Tukey's Hinges")
        } else {
            String::new()
        };
        let v = loc.plain(field(r, name).map(plain_number).as_ref());
        g.row([label, p.to_string(), v]);
    }
    let mut out = format!("{}\n", loc.t("Statistics"));
    out.push_str(&g.render());
    if several {
        out.push_str(&format!(
            "{}\n",
            loc.t("a. Multiple modes exist. The smallest value is shown")
        ));
    }
    out
}

/// The percentiles asked for, or the quartiles SPSS prints by default.
fn percentiles(g: &mut Grid, r: &Record, loc: Cells) {
    let rows: Vec<(String, String)> = match table(r, "percentiles") {
        Some(t) => (0..t.rows())
            .map(|i| {
                (
                    loc.plain(cell(t, "p", i).as_ref()),
                    loc.plain(cell(t, "value", i).map(|v| plain_number(&v)).as_ref()),
                )
            })
            .collect(),
        None => [("25", "q1"), ("50", "median"), ("75", "q3")]
            .into_iter()
            .map(|(p, name)| {
                let v = loc.plain(field(r, name).map(plain_number).as_ref());
                (p.to_string(), v)
            })
            .collect(),
    };
    for (i, (p, v)) in rows.into_iter().enumerate() {
        let label = if i == 0 {
            loc.t("Percentiles")
        } else {
            String::new()
        };
        g.row([label, p, v]);
    }
}

/// A figure without its unit: SPSS's table shows numbers only (the unit is the variable's).
fn plain_number(v: &Value) -> Value {
    match v {
        Value::Num(q) => Value::num(q.value),
        other => other.clone(),
    }
}
