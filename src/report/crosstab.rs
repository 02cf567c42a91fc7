//! The SPSS Crosstabs output: Case Processing Summary, the Crosstabulation (count, expected
//! count and % within the row variable), Chi-Square Tests with SPSS's footnotes a and b, the
//! Symmetric Measures, and for a 2x2 table without a zero cell the Risk Estimate.

use super::{cell, field, number, sub, table, Cells, Grid};
use crate::value::{Record, Value};

pub fn render(r: &Record, loc: Cells) -> String {
    // The counts table's first column is named after the row variable; the names are shown
    // translated only when they are the native's defaults for a matrix of counts.
    let row_key = loc.text(field(r, "row_var"));
    let row_var = shown_var(loc, &row_key);
    let col_var = shown_var(loc, &loc.text(field(r, "col_var")));
    let mut out = String::new();
    cases(&mut out, r, loc, &row_var, &col_var);
    crosstabulation(&mut out, r, loc, (&row_key, &row_var), &col_var);
    tests(&mut out, r, loc);
    symmetric(&mut out, r, loc);
    risk(&mut out, r, loc, &row_var, &col_var);
    if let Some(Value::List(notes)) = field(r, "notes") {
        for n in notes.iter() {
            out.push_str(&format!("{}\n", loc.f("Note: {0}", &[&loc.note(Some(n))])));
        }
    }
    out
}

fn cases(out: &mut String, r: &Record, loc: Cells, row_var: &str, col_var: &str) {
    let Some(c) = sub(r, "cases") else { return };
    let total = number(field(c, "total")).map_or(0.0, |n| n.to_f64());
    let pct = |v: Option<&Value>| {
        let x = number(v).map_or(0.0, |n| n.to_f64());
        let p = if total > 0.0 { x / total * 100.0 } else { 0.0 };
        crate::number::Num::from_f64(p)
            .map_or(String::new(), |p| format!("{}%", loc.fixed_num(p, 1)))
    };
    out.push_str(&format!("{}\n", loc.t("Case Processing Summary")));
    let mut g = Grid::new(1, 2);
    g.row([
        String::new(),
        loc.t("Valid"),
        String::new(),
        loc.t("Missing"),
        String::new(),
        loc.t("Total"),
        String::new(),
    ]);
    let percent = loc.t("Percent");
    g.row([
        "",
        "N",
        percent.as_str(),
        "N",
        percent.as_str(),
        "N",
        percent.as_str(),
    ]);
    g.row([
        format!("{row_var} * {col_var}"),
        loc.plain(field(c, "valid")),
        pct(field(c, "valid")),
        loc.plain(field(c, "missing")),
        pct(field(c, "missing")),
        loc.plain(field(c, "total")),
        pct(field(c, "total")),
    ]);
    out.push_str(&g.render());
    out.push('\n');
}

/// A variable's name as shown: `crosstab` names the variables of a matrix of counts "Row" and
/// "Column", which are translated; a name from the user's data is not.
fn shown_var(loc: Cells, name: &str) -> String {
    match name {
        "Row" | "Column" => loc.t(name),
        _ => name.to_string(),
    }
}

/// The Crosstabulation; `row` is the row variable's column in the tables and its shown name.
fn crosstabulation(out: &mut String, r: &Record, loc: Cells, row: (&str, &str), col_var: &str) {
    let (row_key, row_var) = row;
    let (Some(counts), Some(expected), Some(row_pct)) = (
        table(r, "counts"),
        table(r, "expected"),
        table(r, "row_percent"),
    ) else {
        return;
    };
    let names: Vec<String> = counts
        .columns
        .keys()
        .skip(1)
        .map(|k| k.to_string())
        .collect();
    let mut g = Grid::new(2, 1);
    let mut head = vec![row_var.to_string(), String::new()];
    head.extend(names.iter().cloned());
    g.row(head);
    let within = loc.f("% within {0}", &[row_var]);
    for i in 0..counts.rows() {
        let label = match cell(counts, row_key, i) {
            // The native's total row, headed as the Total column is.
            Some(Value::Str(s)) if i + 1 == counts.rows() && &*s == "Total" => loc.t("Total"),
            v => loc.plain(v.as_ref()),
        };
        let mut a = vec![label, loc.t("Count")];
        let mut b = vec![String::new(), loc.t("Expected Count")];
        let mut c = vec![String::new(), within.clone()];
        for n in &names {
            a.push(loc.plain(cell(counts, n, i).as_ref()));
            b.push(loc.fixed(cell(expected, n, i).as_ref(), 1));
            c.push(format!("{}%", loc.fixed(cell(row_pct, n, i).as_ref(), 1)));
        }
        g.row(a);
        g.row(b);
        g.row(c);
    }
    let body = g.render();
    let widths = g.widths();
    let indent = widths.first().copied().unwrap_or(0) + widths.get(1).copied().unwrap_or(0) + 4;
    out.push_str(&format!(
        "{}\n",
        loc.f("{0} * {1} Crosstabulation", &[row_var, col_var])
    ));
    out.push_str(&format!("{}{col_var}\n", " ".repeat(indent)));
    out.push_str(&body);
    out.push('\n');
}

fn tests(out: &mut String, r: &Record, loc: Cells) {
    let Some(p) = sub(r, "pearson") else { return };
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        loc.t("Value"),
        "df".into(),
        loc.t("Asymp. Sig. (2-sided)"),
        loc.t("Exact Sig. (2-sided)"),
        loc.t("Exact Sig. (1-sided)"),
    ]);
    let row = |g: &mut Grid, label: &str, t: &Record, mark: &str| {
        g.row([
            loc.t(label),
            format!("{}{mark}", loc.fixed(field(t, "value"), 3)),
            loc.plain(field(t, "df")),
            loc.fixed(field(t, "p"), 3),
        ]);
    };
    row(&mut g, "Pearson Chi-Square", p, "a");
    let cc = sub(r, "continuity");
    if let Some(cc) = cc {
        row(&mut g, "Continuity Correction", cc, "b");
    }
    if let Some(lr) = sub(r, "likelihood_ratio") {
        row(&mut g, "Likelihood Ratio", lr, "");
    }
    if let Some(f) = sub(r, "fisher") {
        g.row([
            loc.t("Fisher's Exact Test"),
            String::new(),
            String::new(),
            String::new(),
            loc.fixed(field(f, "p_two_sided"), 3),
            loc.fixed(field(f, "p_one_sided"), 3),
        ]);
    }
    if let Some(ll) = sub(r, "linear_by_linear") {
        row(&mut g, "Linear-by-Linear Association", ll, "");
    }
    g.row([loc.t("N of Valid Cases"), loc.plain(field(r, "n"))]);
    out.push_str(&format!("{}\n", loc.t("Chi-Square Tests")));
    out.push_str(&g.render());
    let footnote = loc.f(
        "a. {0} cells ({1}%) have expected count less than 5. The minimum expected count is {2}.",
        &[
            &loc.plain(field(r, "cells_below_5")),
            &loc.fixed(field(r, "percent_cells_below_5"), 1),
            &loc.fixed(field(r, "min_expected"), 2),
        ],
    );
    out.push_str(&format!("{footnote}\n"));
    if cc.is_some() {
        out.push_str(&format!("{}\n", loc.t("b. Computed only for a 2x2 table")));
    }
}

fn symmetric(out: &mut String, r: &Record, loc: Cells) {
    let Some(m) = sub(r, "symmetric") else { return };
    let mut g = Grid::new(2, 1);
    g.row([
        String::new(),
        String::new(),
        loc.t("Value"),
        loc.t("Approximate Significance"),
    ]);
    let measures = [
        ("phi", "Phi"),
        ("cramers_v", "Cramer's V"),
        ("contingency", "Contingency Coefficient"),
    ];
    for (i, (name, label)) in measures.into_iter().enumerate() {
        let Some(x) = sub(m, name) else { continue };
        g.row([
            if i == 0 {
                loc.t("Nominal by Nominal")
            } else {
                String::new()
            },
            loc.t(label),
            loc.fixed(field(x, "value"), 3),
            loc.fixed(field(x, "p"), 3),
        ]);
    }
    g.row([
        loc.t("N of Valid Cases"),
        String::new(),
        loc.plain(field(r, "n")),
    ]);
    out.push_str(&format!("\n{}\n", loc.t("Symmetric Measures")));
    out.push_str(&g.render());
}

fn risk(out: &mut String, r: &Record, loc: Cells, row_var: &str, col_var: &str) {
    let Some(k) = sub(r, "risk") else { return };
    let label = |v: Option<&Value>, i: usize| match v {
        Some(Value::List(l)) => l.get(i).map_or(String::new(), |x| x.to_string()),
        _ => String::new(),
    };
    let rows = field(r, "rows");
    let cols = field(r, "cols");
    let conf = number(field(k, "confidence")).map_or("95".into(), |c| {
        loc.locale.localize(&c.to_string(), false).into_owned()
    });
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        loc.t("Value"),
        loc.t("Lower"),
        loc.t("Upper"),
    ]);
    let line = |g: &mut Grid, name: String, iv: Option<&Record>| {
        let f = |n: &str| iv.map_or(String::new(), |iv| loc.fixed(field(iv, n), 3));
        g.row([name, f("estimate"), f("lower"), f("upper")]);
    };
    line(
        &mut g,
        loc.f(
            "Odds Ratio for {0} ({1} / {2})",
            &[row_var, &label(rows, 0), &label(rows, 1)],
        ),
        sub(k, "odds_ratio"),
    );
    line(
        &mut g,
        loc.f("For cohort {0} = {1}", &[col_var, &label(cols, 0)]),
        sub(k, "rr_col1"),
    );
    line(
        &mut g,
        loc.f("For cohort {0} = {1}", &[col_var, &label(cols, 1)]),
        sub(k, "rr_col2"),
    );
    g.row([loc.t("N of Valid Cases"), loc.plain(field(r, "n"))]);
    let body = g.render();
    let w = g.widths();
    let indent = w.iter().take(2).sum::<usize>() + 4;
    out.push('\n');
    out.push_str(&format!("{}\n", loc.t("Risk Estimate")));
    out.push_str(&format!(
        "{}{}\n",
        " ".repeat(indent),
        loc.f("{0}% Confidence Interval", &[&conf])
    ));
    out.push_str(&body);
}
