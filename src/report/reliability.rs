//! The SPSS Reliability output (Case Processing Summary, Reliability Statistics, Summary Item
//! Statistics, Item-Total Statistics with the squared multiple correlation) and the item validity table Indonesian reports print (r hitung against r tabel).

use super::{cell, field, number, sub, table, Cells, Grid};
use crate::value::{Record, Value};

pub fn render(r: &Record, loc: Cells) -> String {
    let mut out = String::new();
    if let Some(c) = sub(r, "cases") {
        let total = number(field(c, "total")).map_or(0.0, |n| n.to_f64());
        let pct = |v: Option<&Value>| {
            let x = number(v).map_or(0.0, |n| n.to_f64());
            let p = if total > 0.0 { x / total * 100.0 } else { 0.0 };
            crate::number::Num::from_f64(p).map_or(String::new(), |p| loc.fixed_num(p, 1))
        };
        out.push_str(&format!("{}\n", loc.t("Case Processing Summary")));
        let mut g = Grid::new(2, 1);
        g.row(["", "", "N", "%"]);
        g.row([
            loc.t("Cases"),
            loc.t("Valid"),
            loc.plain(field(c, "valid")),
            pct(field(c, "valid")),
        ]);
        g.row([
            String::new(),
            loc.t("Excluded (a)"),
            loc.plain(field(c, "excluded")),
            pct(field(c, "excluded")),
        ]);
        g.row([
            String::new(),
            loc.t("Total"),
            loc.plain(field(c, "total")),
            pct(field(c, "total")),
        ]);
        out.push_str(&g.render());
        out.push_str(&format!(
            "{}\n\n",
            loc.t("a. Listwise deletion based on all variables in the procedure.")
        ));
    }
    out.push_str(&format!("{}\n", loc.t("Reliability Statistics")));
    let mut g = Grid::new(0, 1);
    g.row([
        loc.t("Cronbach's Alpha"),
        loc.t("Cronbach's Alpha Based on Standardized Items"),
        loc.t("N of Items"),
    ]);
    g.row([
        loc.fixed(field(r, "alpha"), 3),
        loc.fixed(field(r, "standardized_alpha"), 3),
        loc.plain(field(r, "n_items")),
    ]);
    out.push_str(&g.render());
    summary(&mut out, r, loc);
    if let Some(t) = table(r, "items") {
        out.push_str(&format!("\n{}\n", loc.t("Item-Total Statistics")));
        let mut g = Grid::new(1, 1);
        g.row([
            String::new(),
            loc.t("Scale Mean if Item Deleted"),
            loc.t("Scale Variance if Item Deleted"),
            loc.t("Corrected Item-Total Correlation"),
            loc.t("Squared Multiple Correlation"),
            loc.t("Cronbach's Alpha if Item Deleted"),
        ]);
        for i in 0..t.rows() {
            g.row([
                loc.plain(cell(t, "item", i).as_ref()),
                loc.fixed(cell(t, "scale_mean_if_deleted", i).as_ref(), 2),
                loc.fixed(cell(t, "scale_variance_if_deleted", i).as_ref(), 3),
                loc.fixed(cell(t, "corrected_item_total_r", i).as_ref(), 3),
                loc.fixed(cell(t, "smc", i).as_ref(), 3),
                loc.fixed(cell(t, "alpha_if_deleted", i).as_ref(), 3),
            ]);
        }
        out.push_str(&g.render());
    }
    if let Some(Value::List(notes)) = field(r, "notes") {
        for n in notes.iter() {
            out.push_str(&format!("{}\n", loc.f("Note: {0}", &[&loc.note(Some(n))])));
        }
    }
    out
}

/// SPSS's Summary Item Statistics.
fn summary(out: &mut String, r: &Record, loc: Cells) {
    let Some(s) = sub(r, "summary") else { return };
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        loc.t("Mean"),
        loc.t("Minimum"),
        loc.t("Maximum"),
        loc.t("Range"),
        loc.t("Maximum / Minimum"),
        loc.t("Variance"),
        loc.t("N of Items"),
    ]);
    let rows = [
        ("item_means", "Item Means"),
        ("item_variances", "Item Variances"),
        ("covariances", "Inter-Item Covariances"),
        ("correlations", "Inter-Item Correlations"),
    ];
    for (name, label) in rows {
        let Some(x) = sub(s, name) else { continue };
        let f = |n: &str| loc.fixed(field(x, n), 3);
        g.row([
            loc.t(label),
            f("mean"),
            f("min"),
            f("max"),
            f("range"),
            f("max_min"),
            f("variance"),
            loc.plain(field(r, "n_items")),
        ]);
    }
    out.push_str(&format!("\n{}\n", loc.t("Summary Item Statistics")));
    out.push_str(&g.render());
}

pub fn render_validity(r: &Record, loc: Cells) -> String {
    let heading = loc.f(
        "Item validity: {0} against r table {1} (n = {2}, alpha {3}, {4}-tailed)",
        &[
            &loc.note(field(r, "compares")),
            &loc.fixed(field(r, "r_table"), 4),
            &loc.plain(field(r, "n")),
            &loc.plain(field(r, "alpha")),
            &loc.plain(field(r, "tails")),
        ],
    );
    let mut out = format!("{heading}\n");
    if let Some(t) = table(r, "items") {
        let mut g = Grid::new(1, 1);
        g.row([
            loc.t("item"),
            "r".into(),
            loc.t("corrected r"),
            loc.t("r table"),
            loc.t("verdict"),
        ]);
        for i in 0..t.rows() {
            g.row([
                loc.plain(cell(t, "item", i).as_ref()),
                loc.fixed(cell(t, "r", i).as_ref(), 3),
                loc.fixed(cell(t, "corrected_r", i).as_ref(), 3),
                loc.fixed(cell(t, "r_table", i).as_ref(), 4),
                loc.plain(cell(t, "verdict", i).as_ref()),
            ]);
        }
        out.push_str(&g.render());
    }
    let counts = loc.f(
        "{0} valid, {1} invalid",
        &[
            &loc.plain(field(r, "valid")),
            &loc.plain(field(r, "invalid")),
        ],
    );
    out.push_str(&format!("{counts}\n"));
    out
}
