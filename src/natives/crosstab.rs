//! `crosstab`: a table of counts (a literal, or a table with a label column) or two columns of
//! raw data, turned into the record SPSS CROSSTABS shows: counts, expected counts and
//! percentages as tables with totals, the Chi-Square Tests (with the linear-by-linear r),
//! the Symmetric Measures, Fisher's exact test (for 2x2 with both tails and the point
//! probability) and, for 2x2 without a zero cell, the Risk Estimate.
//!
//! SPSS's "Pearson Chi-Square" row is uncorrected on every table; R's `chisq.test` applies
//! Yates's correction to 2x2 tables by default, which SPSS shows as "Continuity Correction".

use super::records::{count, num, percent, record, stats_error, text};
use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::stats::{self, StatsError};
use crate::table::{Column, Table};
use crate::units::Unit;
use crate::value::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "crosstab",
        params: &[
            req("data"),
            opt("by"),
            opt("rows"),
            opt("cols"),
            opt("row_var"),
            opt("col_var"),
            opt("confidence"),
        ],
        doc: "crosstab of counts (`crosstab([[32, 13], [31, 29]])`) or of two columns (`crosstab(t.exposure, t.outcome)`): chi-square tests (`linear_by_linear.r`), the Symmetric Measures (`symmetric.phi`, `cramers_v`, `contingency`, each with `p`), Fisher's exact test (for 2x2 also `p_greater`, `p_less`, `p_point` and `one_sided_tail`), and for 2x2 without a zero cell the odds ratio and relative risks with `se_log`",
        columns: false,
        func: crosstab,
    },
];

/// Work allowed for an exact test on a table larger than 2x2 before it is left out with a
/// note: a tenth of the kernel's default, so that printing a large crosstab stays interactive
/// (tables of a few hundred cases in a handful of cells finish well within it).
const EXACT_BUDGET: u64 = stats::DEFAULT_EXACT_BUDGET / 10;

struct Input {
    counts: Vec<Vec<f64>>,
    rows: Vec<String>,
    cols: Vec<String>,
    row_var: String,
    col_var: String,
    missing: usize,
}

fn crosstab(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let mut input = match (a.value(0), a.get(1)) {
        (Value::List(x), Some(Value::List(y))) => from_raw(a, &x, y)?,
        (Value::List(rows), None) => from_rows(a, &rows)?,
        (Value::Table(t), None) => from_table(a, &t)?,
        _ => return Err(a.wrong(
            0,
            "a list of rows of counts, a table of counts, or two columns (`crosstab(t.a, t.b)`)",
        )),
    };
    if a.get(1).is_none() {
        if let Some(labels) = labels(a, 2)? {
            check_labels(a, 2, &labels, input.rows.len(), "rows")?;
            input.rows = labels;
        }
        if let Some(labels) = labels(a, 3)? {
            check_labels(a, 3, &labels, input.cols.len(), "columns")?;
            input.cols = labels;
        }
    }
    if a.get(4).is_some() {
        input.row_var = a.str(4)?.to_string();
    }
    if a.get(5).is_some() {
        input.col_var = a.str(5)?.to_string();
    }
    let confidence = match a.get(6) {
        None => 0.95,
        Some(_) => a.plain(6)?.to_f64(),
    };
    let span = a.span(0);
    let ct = stats::crosstab(&input.counts).map_err(|e| stats_error(e, span, "this table"))?;
    build(a, &input, &ct, confidence)
}

fn labels(a: &Args, i: usize) -> Eval<Option<Vec<String>>> {
    match a.get(i) {
        None => Ok(None),
        Some(_) => Ok(Some(a.list(i)?.iter().map(|v| v.to_string()).collect())),
    }
}

fn check_labels(a: &Args, i: usize, labels: &[String], n: usize, what: &str) -> Eval<()> {
    if labels.len() != n {
        return Err(RtError::new(
            Code::CrosstabShape,
            format!(
                "the table has {n} {what} but {} labels were given",
                labels.len()
            ),
            a.span(i),
            format!("{} labels", labels.len()),
        ));
    }
    Ok(())
}

fn count_of(a: &Args, v: &Value, r: usize, c: usize) -> Eval<f64> {
    match v {
        Value::Num(q) if q.is_plain() => Ok(q.value.to_f64()),
        other => Err(RtError::new(
            Code::InvalidCount,
            format!(
                "the cell in row {}, column {} is {}, not a count",
                r + 1,
                c + 1,
                other.short()
            ),
            a.span(0),
            "this table",
        )),
    }
}

fn from_rows(a: &Args, rows: &[Value]) -> Eval<Input> {
    let mut counts = Vec::with_capacity(rows.len());
    for (r, row) in rows.iter().enumerate() {
        let Value::List(cells) = row else {
            return Err(RtError::new(
                Code::CrosstabShape,
                format!("row {} is {}, not a list of counts", r + 1, row.short()),
                a.span(0),
                "write the table as rows: [[a, b], [c, d]]",
            ));
        };
        let mut out = Vec::with_capacity(cells.len());
        for (c, v) in cells.iter().enumerate() {
            out.push(count_of(a, v, r, c)?);
        }
        counts.push(out);
    }
    let ncols = counts.first().map_or(0, Vec::len);
    Ok(Input {
        rows: (1..=counts.len()).map(|i| i.to_string()).collect(),
        cols: (1..=ncols).map(|i| i.to_string()).collect(),
        counts,
        row_var: "Row".into(),
        col_var: "Column".into(),
        missing: 0,
    })
}

/// A table of counts: its text column (if any) labels the rows, numeric columns are columns.
fn from_table(a: &Args, t: &Table) -> Eval<Input> {
    let mut row_labels: Option<Vec<String>> = None;
    let mut row_var = "Row".to_string();
    let mut cols = Vec::new();
    let mut data: Vec<&[f64]> = Vec::new();
    for (name, col) in &t.columns {
        match col.as_ref() {
            Column::Num(v, _) => {
                cols.push(name.to_string());
                data.push(v);
            }
            Column::Str(v) if row_labels.is_none() && data.is_empty() => {
                row_var = name.to_string();
                row_labels = Some(
                    v.iter()
                        .map(|s| s.map_or("", |s| &**s).to_string())
                        .collect(),
                );
            }
            _ => {
                return Err(RtError::new(
                    Code::InvalidCount,
                    format!("column `{name}` does not hold counts"),
                    a.span(0),
                    "this table",
                )
                .hint("a table of counts has one text column of row labels first, then one column of counts per category"))
            }
        }
    }
    let n = t.rows();
    let counts: Vec<Vec<f64>> = (0..n)
        .map(|r| data.iter().map(|c| c[r]).collect())
        .collect();
    Ok(Input {
        rows: row_labels.unwrap_or_else(|| (1..=n).map(|i| i.to_string()).collect()),
        cols,
        counts,
        row_var,
        col_var: "Column".into(),
        missing: 0,
    })
}

/// How a raw value sorts: numbers before text, numbers by value, text alphabetically (SPSS
/// orders categories by their codes).
fn key(v: &Value) -> Option<Key> {
    match v {
        Value::Nil => None,
        Value::Num(q) => Some((0, q.value.to_f64(), v.to_string())),
        other => Some((1, 0.0, other.to_string())),
    }
}

type Key = (u8, f64, String);

/// The categories of one column: the labels given (every value must be one of them), or the
/// distinct values in SPSS order.
fn categories(
    a: &Args,
    keys: &[Option<Key>],
    given: Option<Vec<String>>,
    i: usize,
) -> Eval<Vec<String>> {
    if let Some(labels) = given {
        let known: HashSet<&str> = labels.iter().map(String::as_str).collect();
        if let Some((_, _, s)) = keys
            .iter()
            .flatten()
            .find(|k| !known.contains(k.2.as_str()))
        {
            return Err(RtError::new(
                Code::CrosstabShape,
                format!("the data hold the value {s}, which is not among the labels given"),
                a.span(i),
                "these labels",
            ));
        }
        return Ok(labels);
    }
    let mut seen: HashMap<&str, (u8, f64)> = HashMap::new();
    for (kind, x, s) in keys.iter().flatten() {
        seen.entry(s.as_str()).or_insert((*kind, *x));
    }
    let mut distinct: Vec<(u8, f64, &str)> =
        seen.into_iter().map(|(s, (k, x))| (k, x, s)).collect();
    distinct.sort_by(|x, y| {
        x.0.cmp(&y.0)
            .then(x.1.partial_cmp(&y.1).unwrap_or(std::cmp::Ordering::Equal))
            .then(x.2.cmp(y.2))
    });
    Ok(distinct.into_iter().map(|k| k.2.to_string()).collect())
}

fn from_raw(a: &Args, x: &[Value], y: &[Value]) -> Eval<Input> {
    if x.len() != y.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "the second column",
                expected: x.len(),
                found: y.len(),
            },
            a.span(1),
            "this column",
        ));
    }
    let kx: Vec<Option<Key>> = x.iter().map(key).collect();
    let ky: Vec<Option<Key>> = y.iter().map(key).collect();
    let rows = categories(a, &kx, labels(a, 2)?, 2)?;
    let cols = categories(a, &ky, labels(a, 3)?, 3)?;
    let index = |labels: &[String]| -> HashMap<String, usize> {
        labels
            .iter()
            .enumerate()
            .map(|(i, s)| (s.clone(), i))
            .collect()
    };
    let (ri, ci) = (index(&rows), index(&cols));
    let mut counts = vec![vec![0.0; cols.len()]; rows.len()];
    let mut missing = 0;
    for (u, v) in kx.iter().zip(&ky) {
        match (u, v) {
            (Some(ku), Some(kv)) => {
                let r = ri.get(&ku.2).copied().unwrap_or(0);
                let c = ci.get(&kv.2).copied().unwrap_or(0);
                counts[r][c] += 1.0;
            }
            _ => missing += 1,
        }
    }
    Ok(Input {
        counts,
        rows,
        cols,
        row_var: "Row".into(),
        col_var: "Column".into(),
        missing,
    })
}

/// An (R+1)×(C+1) matrix as a table: a label column, one column per category, and Total.
fn matrix(input: &Input, m: Vec<Vec<f64>>, pct: bool) -> Value {
    let unit = if pct {
        Unit::from_names(Some("%"), &[])
    } else {
        Unit::none()
    };
    let mut labels: Vec<Option<Rc<str>>> = input
        .rows
        .iter()
        .map(|s| Some(Rc::from(s.as_str())))
        .collect();
    labels.push(Some(Rc::from("Total")));
    let mut columns = vec![(Rc::from(input.row_var.as_str()), Column::Str(labels.into()))];
    let names = input.cols.iter().map(String::as_str).chain(["Total"]);
    for (j, name) in names.enumerate() {
        columns.push((
            Rc::from(name),
            Column::Num(m.iter().map(|row| row[j]).collect(), unit.clone()),
        ));
    }
    Value::Table(Rc::new(Table::from_columns(columns.into_iter().collect())))
}

fn test(t: &stats::TestStatistic) -> Value {
    record(
        None,
        vec![
            ("value", num(t.value)),
            ("df", count(t.df)),
            ("p", num(t.p)),
        ],
    )
}

fn interval(iv: &stats::Interval) -> Value {
    record(
        None,
        vec![
            ("estimate", num(iv.estimate)),
            ("lower", num(iv.lower)),
            ("upper", num(iv.upper)),
            ("se_log", num(iv.se_log)),
        ],
    )
}

/// Fisher's 2x2 test: both sides, the tail the one-sided p is (named), both tails and the
/// probability of the observed table.
fn fisher_2x2(f: &stats::Fisher2x2) -> Value {
    let tail = match f.direction {
        stats::OneSidedDirection::Greater => "greater",
        stats::OneSidedDirection::Less => "less",
    };
    record(
        None,
        vec![
            ("p_two_sided", num(f.p_two_sided)),
            ("p_one_sided", num(f.p_one_sided)),
            ("one_sided_tail", text(tail)),
            ("p_greater", num(f.p_greater)),
            ("p_less", num(f.p_less)),
            ("p_point", num(f.p_point)),
        ],
    )
}

/// SPSS's Symmetric Measures (nominal by nominal), each with its approximate significance.
fn symmetric(m: &stats::SymmetricMeasures) -> Value {
    let measure = |value: f64| record(None, vec![("value", num(value)), ("p", num(m.p))]);
    record(
        None,
        vec![
            ("phi", measure(m.phi)),
            ("cramers_v", measure(m.cramers_v)),
            ("contingency", measure(m.contingency)),
        ],
    )
}

/// The Risk Estimate of a 2x2 table; missing (with the notes saying why) when a cell is 0, as
/// SPSS then prints none.
fn risk_record(risk: &stats::RiskEstimate, confidence: f64) -> Value {
    let (Some(or), Some(rr1), Some(rr2)) = (&risk.odds_ratio, &risk.rr_col1, &risk.rr_col2) else {
        return Value::Nil;
    };
    record(
        None,
        vec![
            ("confidence", percent(confidence * 100.0)),
            ("odds_ratio", interval(or)),
            ("rr_col1", interval(rr1)),
            ("rr_col2", interval(rr2)),
        ],
    )
}

fn build(a: &Args, input: &Input, ct: &stats::Crosstab, confidence: f64) -> Eval<Value> {
    let (r, c) = (ct.counts.len(), ct.col_totals.len());
    let n = ct.total;
    let aug = |cells: &dyn Fn(usize, usize) -> f64,
               row_total: &dyn Fn(usize) -> f64,
               col_total: &dyn Fn(usize) -> f64,
               corner: f64| {
        let mut m: Vec<Vec<f64>> = (0..r)
            .map(|i| (0..c).map(|j| cells(i, j)).chain([row_total(i)]).collect())
            .collect();
        m.push((0..c).map(col_total).chain([corner]).collect());
        m
    };
    let rt = &ct.row_totals;
    let cto = &ct.col_totals;
    let counts = aug(&|i, j| ct.counts[i][j], &|i| rt[i], &|j| cto[j], n);
    let expected = aug(&|i, j| ct.expected[i][j], &|i| rt[i], &|j| cto[j], n);
    let row_pct = aug(
        &|i, j| ct.row_percent[i][j],
        &|_| 100.0,
        &|j| cto[j] / n * 100.0,
        100.0,
    );
    let col_pct = aug(
        &|i, j| ct.col_percent[i][j],
        &|i| rt[i] / n * 100.0,
        &|_| 100.0,
        100.0,
    );
    let tot_pct = aug(
        &|i, j| ct.total_percent[i][j],
        &|i| rt[i] / n * 100.0,
        &|j| cto[j] / n * 100.0,
        100.0,
    );
    let tests = &ct.tests;
    let mut notes: Vec<Value> = Vec::new();
    let mut fields = vec![
        ("row_var", text(&input.row_var)),
        ("col_var", text(&input.col_var)),
        (
            "rows",
            Value::list(input.rows.iter().map(|s| text(s)).collect()),
        ),
        (
            "cols",
            Value::list(input.cols.iter().map(|s| text(s)).collect()),
        ),
        (
            "cases",
            record(
                None,
                vec![
                    ("valid", num(n)),
                    ("missing", count(input.missing)),
                    ("total", num(n + input.missing as f64)),
                ],
            ),
        ),
        ("counts", matrix(input, counts, false)),
        ("expected", matrix(input, expected, false)),
        ("row_percent", matrix(input, row_pct, true)),
        ("col_percent", matrix(input, col_pct, true)),
        ("total_percent", matrix(input, tot_pct, true)),
        ("n", num(n)),
        ("pearson", test(&tests.pearson)),
    ];
    if let Some(cc) = &tests.continuity_correction {
        fields.push(("continuity", test(cc)));
    }
    fields.push(("likelihood_ratio", test(&tests.likelihood_ratio)));
    let lbl = &tests.linear_by_linear;
    fields.push((
        "linear_by_linear",
        record(
            None,
            vec![
                ("value", num(lbl.value)),
                ("df", count(lbl.df)),
                ("p", num(lbl.p)),
                ("r", num(tests.linear_by_linear_r)),
            ],
        ),
    ));
    fields.push(("symmetric", symmetric(&ct.symmetric)));
    match &ct.fisher {
        Some(f) => fields.push(("fisher", fisher_2x2(f))),
        None if (r, c) != (2, 2) => match stats::fisher_exact_rxc(&ct.counts, EXACT_BUDGET) {
            Ok(p) => fields.push(("fisher", record(None, vec![("p_two_sided", num(p))]))),
            Err(e) => notes.push(text(&format!("Fisher's exact test is not shown: {e}"))),
        },
        // A 2×2 without the test: fractional counts, or too many cases for the exact walk.
        None => notes.push(text(&match stats::fisher_exact_2x2(&ct.counts) {
            Err(e @ stats::StatsError::TooLargeForExact { .. }) => {
                format!("Fisher's exact test is not shown: {e}")
            }
            _ => "Fisher's exact test is not shown: the counts are not whole numbers".into(),
        })),
    }
    fields.extend([
        ("cells_below_5", count(tests.cells_expected_below_5)),
        (
            "percent_cells_below_5",
            percent(tests.percent_cells_expected_below_5),
        ),
        ("min_expected", num(tests.min_expected)),
    ]);
    if (r, c) == (2, 2) {
        let risk = stats::risk_estimate(&ct.counts, confidence)
            .map_err(|e| stats_error(e, a.call, "for this table"))?;
        for note in &risk.notes {
            notes.push(text(&note.to_string()));
        }
        fields.push(("risk", risk_record(&risk, confidence)));
    }
    fields.push(("notes", Value::list(notes)));
    Ok(record(Some("crosstab"), fields))
}
