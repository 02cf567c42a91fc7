//! The SPSS Crosstabs output: Case Processing Summary, the Crosstabulation (count, expected
//! count and % within the row variable), Chi-Square Tests with SPSS's footnotes a and b, the
//! Symmetric Measures, and for a 2x2 table without a zero cell the Risk Estimate.

use super::{cell, field, number, sub, table, Cells, Grid};
use crate::value::{Record, Value};

pub fn render(r: &Record, loc: Cells) -> String {
    let row_var = loc.text(field(r, "row_var"));
    let col_var = loc.text(field(r, "col_var"));
    let mut out = String::new();
    cases(&mut out, r, loc, &row_var, &col_var);
    crosstabulation(&mut out, r, loc, &row_var, &col_var);
    tests(&mut out, r, loc);
    symmetric(&mut out, r, loc);
    risk(&mut out, r, loc, &row_var, &col_var);
    if let Some(Value::List(notes)) = field(r, "notes") {
        for n in notes.iter() {
            out.push_str(&format!("Note: {n}\n"));
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
    out.push_str("Case Processing Summary\n");
    let mut g = Grid::new(1, 2);
    g.row(["", "Valid", "", "Missing", "", "Total", ""]);
    g.row(["", "N", "Percent", "N", "Percent", "N", "Percent"]);
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

fn crosstabulation(out: &mut String, r: &Record, loc: Cells, row_var: &str, col_var: &str) {
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
    let within = format!("% within {row_var}");
    for i in 0..counts.rows() {
        let label = loc.plain(cell(counts, row_var, i).as_ref());
        let mut a = vec![label, "Count".to_string()];
        let mut b = vec![String::new(), "Expected Count".to_string()];
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
    out.push_str(&format!("{row_var} * {col_var} Crosstabulation\n"));
    out.push_str(&format!("{}{col_var}\n", " ".repeat(indent)));
    out.push_str(&body);
    out.push('\n');
}

fn tests(out: &mut String, r: &Record, loc: Cells) {
    let Some(p) = sub(r, "pearson") else { return };
    let mut g = Grid::new(1, 1);
    g.row([
        "",
        "Value",
        "df",
        "Asymp. Sig. (2-sided)",
        "Exact Sig. (2-sided)",
        "Exact Sig. (1-sided)",
    ]);
    let row = |g: &mut Grid, label: &str, t: &Record, mark: &str| {
        g.row([
            label.to_string(),
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
            "Fisher's Exact Test".to_string(),
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
    g.row(["N of Valid Cases".to_string(), loc.plain(field(r, "n"))]);
    out.push_str("Chi-Square Tests\n");
    out.push_str(&g.render());
    out.push_str(&format!(
        "a. {} cells ({}%) have expected count less than 5. The minimum expected count is {}.\n",
        loc.plain(field(r, "cells_below_5")),
        loc.fixed(field(r, "percent_cells_below_5"), 1),
        loc.fixed(field(r, "min_expected"), 2)
    ));
    if cc.is_some() {
        out.push_str("b. Computed only for a 2x2 table\n");
    }
}

fn symmetric(out: &mut String, r: &Record, loc: Cells) {
    let Some(m) = sub(r, "symmetric") else { return };
    let mut g = Grid::new(2, 1);
    g.row(["", "", "Value", "Approximate Significance"]);
    let measures = [
        ("phi", "Phi"),
        ("cramers_v", "Cramer's V"),
        ("contingency", "Contingency Coefficient"),
    ];
    for (i, (name, label)) in measures.into_iter().enumerate() {
        let Some(x) = sub(m, name) else { continue };
        g.row([
            if i == 0 { "Nominal by Nominal" } else { "" }.to_string(),
            label.to_string(),
            loc.fixed(field(x, "value"), 3),
            loc.fixed(field(x, "p"), 3),
        ]);
    }
    g.row([
        "N of Valid Cases".to_string(),
        String::new(),
        loc.plain(field(r, "n")),
    ]);
    out.push_str("\nSymmetric Measures\n");
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
    let conf = number(field(k, "confidence")).map_or("95".into(), |c| c.to_string());
    let mut g = Grid::new(1, 1);
    g.row(["", "Value", "Lower", "Upper"]);
    let line = |g: &mut Grid, name: String, iv: Option<&Record>| {
        let f = |n: &str| iv.map_or(String::new(), |iv| loc.fixed(field(iv, n), 3));
        g.row([name, f("estimate"), f("lower"), f("upper")]);
    };
    line(
        &mut g,
        format!(
            "Odds Ratio for {row_var} ({} / {})",
            label(rows, 0),
            label(rows, 1)
        ),
        sub(k, "odds_ratio"),
    );
    line(
        &mut g,
        format!("For cohort {col_var} = {}", label(cols, 0)),
        sub(k, "rr_col1"),
    );
    line(
        &mut g,
        format!("For cohort {col_var} = {}", label(cols, 1)),
        sub(k, "rr_col2"),
    );
    g.row(["N of Valid Cases".to_string(), loc.plain(field(r, "n"))]);
    let body = g.render();
    let w = g.widths();
    let indent = w.iter().take(2).sum::<usize>() + 4;
    out.push('\n');
    out.push_str("Risk Estimate\n");
    out.push_str(&format!(
        "{}{conf}% Confidence Interval\n",
        " ".repeat(indent)
    ));
    out.push_str(&body);
}
