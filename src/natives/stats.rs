//! Statistics natives: the kernel in [`crate::stats`] exposed as wl functions. Results are
//! records a script can read (`ct.pearson.p`, `rel.alpha`) whose printed form is the table SPSS
//! shows ([`crate::report`]); nothing here formats text.
//!
//! Missing values (`missing` in a list, an empty cell in a column) are left out of each
//! analysis and counted, as SPSS's Case Processing Summary does.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::interp::Interp;
use crate::number::Num;
use crate::span::Span;
use crate::stats::{self, StatsError, Tails};
use crate::table::{Column, Nums, Table, SMALL_MISSING};
use crate::units::{Quantity, Unit};
use crate::value::{Record, Value};
use indexmap::IndexMap;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "descriptives",
        params: &[req("xs")],
        doc: "n, missing, mean, sd, variance, min, max, median and quartiles (SPSS HAVERAGE rule) of a list or column; missing values are counted, not used",
        func: descriptives,
    },
    NativeFn {
        name: "frequencies",
        params: &[req("xs"), opt("weights"), opt("name")],
        doc: "frequency table (frequency, percent, valid percent, cumulative percent); `weights:` gives a count for each value, as SPSS's WEIGHT BY",
        func: frequencies,
    },
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
        doc: "crosstab of counts (`crosstab([[32, 13], [31, 29]])`) or of two columns (`crosstab(t.exposure, t.outcome)`): chi-square tests, Fisher's exact test, and for 2x2 the odds ratio and relative risks",
        func: crosstab,
    },
    NativeFn {
        name: "critical_r",
        params: &[req("n"), opt("alpha"), opt("tails")],
        doc: "critical Pearson r (\"r tabel\") for n cases at alpha (default 0.05), 1 or 2 tails (default 2)",
        func: critical_r,
    },
    NativeFn {
        name: "chi_square_p",
        params: &[req("value"), req("df")],
        doc: "upper-tail p-value of a chi-square statistic with df degrees of freedom (SPSS \"Asymp. Sig.\"), to check a printed statistic against its printed p",
        func: chi_square_p,
    },
    NativeFn {
        name: "correlation",
        params: &[req("x"), req("y")],
        doc: "Pearson r of two lists with its t, df and two-tailed p; pairs with a missing value are left out",
        func: correlation,
    },
    NativeFn {
        name: "reliability",
        params: &[req("items"), opt("responses")],
        doc: "Cronbach's alpha (raw and standardized) and the Item-Total Statistics of a table of item scores, or of `reliability(scale, responses)`; listwise deletion",
        func: reliability,
    },
    NativeFn {
        name: "validity",
        params: &[
            req("items"),
            opt("responses"),
            opt("alpha"),
            opt("tails"),
            opt("corrected"),
        ],
        doc: "item validity: each item's item-total r against the critical r for the number of complete cases (`corrected: true` uses the corrected item-total r)",
        func: validity,
    },
];

/// A kernel error as a diagnostic on `span`.
pub(super) fn stats_error(e: StatsError, span: Span, label: &str) -> RtError {
    use StatsError::*;
    let code = match &e {
        Empty { .. } | TooFewCases { .. } | TooFewCompleteCases { .. } => Code::TooFewCases,
        LengthMismatch { .. } | ItemLengthMismatch { .. } => Code::TableShape,
        ZeroVariance { .. } | ZeroTotalVariance => Code::ZeroVariance,
        TableTooSmall { .. }
        | RaggedTable { .. }
        | EmptyRowOrColumn { .. }
        | NotTwoByTwo { .. } => Code::CrosstabShape,
        InvalidCount { .. }
        | NonIntegerCount { .. }
        | NotFinite { .. }
        | NotFiniteAnswer { .. } => Code::InvalidCount,
        TooFewItems { .. } => Code::ScaleItems,
        InvalidParameter { .. } | TooLargeForExact { .. } => Code::StatisticsOption,
    };
    RtError::new(code, e.to_string(), span, label.to_string())
}

/// A kernel result as a wl number. The kernel never returns NaN or infinity; should one slip
/// through it becomes a missing value rather than a printed NaN.
pub(super) fn num(x: f64) -> Value {
    Num::from_f64(x).map_or(Value::Nil, Value::num)
}

pub(super) fn percent(x: f64) -> Value {
    Num::from_f64(x).map_or(Value::Nil, |n| {
        Value::Num(Quantity::new(n, Unit::from_names(Some("%"), &[])))
    })
}

fn with_unit(x: f64, unit: &Unit) -> Value {
    Num::from_f64(x).map_or(Value::Nil, |n| Value::Num(Quantity::new(n, unit.clone())))
}

pub(super) fn count(n: usize) -> Value {
    Value::int(n as i64)
}

pub(super) fn text(s: &str) -> Value {
    Value::Str(Rc::from(s))
}

pub(super) fn record(kind: Option<&str>, fields: Vec<(&str, Value)>) -> Value {
    Value::Record(Rc::new(Record {
        kind: kind.map(Rc::from),
        fields: fields
            .into_iter()
            .map(|(k, v)| (Rc::from(k), v))
            .collect::<IndexMap<_, _>>(),
        calendar: None,
        origin: None,
        field_spans: None,
    }))
}

fn table(columns: Vec<(Rc<str>, Column)>) -> Value {
    Value::Table(Rc::new(Table::from_columns(columns.into_iter().collect())))
}

fn percent_unit() -> Unit {
    Unit::from_names(Some("%"), &[])
}

/// The numbers of a list or column (`None` for a missing value) and the unit they share.
fn numbers(a: &Args, i: usize) -> Eval<(Vec<Option<f64>>, Unit)> {
    let items = a.list(i)?;
    let mut unit: Option<Unit> = None;
    let mut out = Vec::with_capacity(items.len());
    for (k, v) in items.iter().enumerate() {
        match v {
            Value::Nil => out.push(None),
            Value::Num(q) => {
                match &unit {
                    None => unit = Some(q.unit.clone()),
                    Some(u) if *u != q.unit => {
                        return Err(RtError::new(
                            Code::DimensionMismatch,
                            format!(
                                "value {} is in {} but the first value is in {u}",
                                k + 1,
                                q.unit
                            ),
                            a.span(i),
                            "these values have different units",
                        ))
                    }
                    _ => {}
                }
                out.push(Some(q.value.to_f64()));
            }
            other => {
                return Err(RtError::new(
                    Code::TypeMismatch,
                    format!("value {} is a {}, not a number", k + 1, other.type_name()),
                    a.span(i),
                    format!("value {} is {}", k + 1, other.short()),
                )
                .hint("for text categories use `frequencies` or `crosstab`"))
            }
        }
    }
    Ok((out, unit.unwrap_or_else(Unit::none)))
}

fn descriptives(_: &mut Interp, a: &mut Args) -> Eval<Value> {
    let (values, unit) = numbers(a, 0)?;
    let valid: Vec<f64> = values.iter().flatten().copied().collect();
    if valid.len() < 2 {
        return Err(stats_error(
            StatsError::TooFewCases {
                what: "a standard deviation",
                needed: 2,
                found: valid.len(),
            },
            a.span(0),
            "these values",
        ));
    }
    let d = stats::descriptives(&valid).map_err(|e| stats_error(e, a.span(0), "these values"))?;
    let mut fields = vec![
        ("n", count(d.n)),
        ("missing", count(values.len() - d.n)),
        ("mean", with_unit(d.mean, &unit)),
    ];
    if let (Some(sd), Some(var)) = (d.sd, d.variance) {
        fields.push(("sd", with_unit(sd, &unit)));
        // The variance is in the unit squared; a plain or percent column keeps a plain variance.
        let var_unit = if unit.is_none() || unit.is_percent() {
            Unit::none()
        } else {
            let q = Quantity::new(Num::ONE, unit.clone());
            q.mul(&q, None)
                .map(|q| q.unit)
                .unwrap_or_else(|_| Unit::none())
        };
        fields.push(("variance", with_unit(var, &var_unit)));
    }
    fields.extend([
        ("min", with_unit(d.min, &unit)),
        ("max", with_unit(d.max, &unit)),
        ("median", with_unit(d.median, &unit)),
        ("q1", with_unit(d.q1, &unit)),
        ("q3", with_unit(d.q3, &unit)),
        ("sum", with_unit(d.sum, &unit)),
    ]);
    Ok(record(Some("descriptives"), fields))
}

fn frequencies(_: &mut Interp, a: &mut Args) -> Eval<Value> {
    let values = a.list(0)?;
    let name = match a.get(2) {
        Some(_) => Some(a.str(2)?),
        None => None,
    };
    let (keys, freqs, missing) = match a.get(1) {
        Some(_) => weighted(a, &values)?,
        None => counted(a, &values)?,
    };
    let valid: f64 = freqs.iter().sum();
    let total = valid + missing;
    if total <= 0.0 {
        return Err(stats_error(
            StatsError::Empty {
                what: "the variable",
            },
            a.span(0),
            "no cases",
        ));
    }
    let mut cum = 0.0;
    let mut pct = Vec::new();
    let mut valid_pct = Vec::new();
    let mut cum_pct = Vec::new();
    for f in &freqs {
        pct.push(f / total * 100.0);
        let v = if valid > 0.0 { f / valid * 100.0 } else { 0.0 };
        cum += v;
        valid_pct.push(v);
        cum_pct.push(cum);
    }
    let t = table(vec![
        (Rc::from("value"), Column::from_values(keys)),
        (
            Rc::from("frequency"),
            Column::Num(freqs.into(), Unit::none()),
        ),
        (Rc::from("percent"), Column::Num(pct.into(), percent_unit())),
        (
            Rc::from("valid_percent"),
            Column::Num(valid_pct.into(), percent_unit()),
        ),
        (
            Rc::from("cumulative_percent"),
            Column::Num(cum_pct.into(), percent_unit()),
        ),
    ]);
    let mut fields = Vec::new();
    if let Some(n) = name {
        fields.push(("name", Value::Str(n)));
    }
    fields.extend([
        ("counts", t),
        ("valid", num(valid)),
        ("missing", num(missing)),
        ("total", num(total)),
    ]);
    Ok(record(Some("frequencies"), fields))
}

/// Distinct values in SPSS order (numbers ascending, text alphabetical) with their counts.
fn counted(a: &Args, values: &[Value]) -> Eval<(Vec<Value>, Vec<f64>, f64)> {
    let missing = values.iter().filter(|v| matches!(v, Value::Nil)).count() as f64;
    if values
        .iter()
        .all(|v| matches!(v, Value::Num(_) | Value::Nil))
    {
        let (nums, unit) = numbers(a, 0)?;
        let f = stats::frequencies_f64(&nums).map_err(|e| stats_error(e, a.span(0), "here"))?;
        let keys = f.rows.iter().map(|r| with_unit(r.value, &unit)).collect();
        let freqs = f.rows.iter().map(|r| r.frequency as f64).collect();
        return Ok((keys, freqs, missing));
    }
    let mut keys: Vec<Option<String>> = Vec::with_capacity(values.len());
    for (k, v) in values.iter().enumerate() {
        match v {
            Value::Nil => keys.push(None),
            Value::Str(s) => keys.push(Some(s.to_string())),
            Value::Bool(b) => keys.push(Some(b.to_string())),
            other => {
                return Err(RtError::new(
                    Code::TypeMismatch,
                    format!(
                        "value {} is a {}; a frequency table counts numbers or text",
                        k + 1,
                        other.type_name()
                    ),
                    a.span(0),
                    "this list mixes kinds of values",
                ))
            }
        }
    }
    let f = stats::frequencies(&keys).map_err(|e| stats_error(e, a.span(0), "here"))?;
    let keys = f.rows.iter().map(|r| text(&r.value)).collect();
    let freqs = f.rows.iter().map(|r| r.frequency as f64).collect();
    Ok((keys, freqs, missing))
}

/// Categories in the order given, each with its weight (a printed table of counts).
fn weighted(a: &Args, values: &[Value]) -> Eval<(Vec<Value>, Vec<f64>, f64)> {
    let (weights, _) = numbers(a, 1)?;
    if weights.len() != values.len() {
        return Err(RtError::new(
            Code::TableShape,
            format!(
                "{} values but {} weights; give one weight per value",
                values.len(),
                weights.len()
            ),
            a.span(1),
            format!("{} weights", weights.len()),
        ));
    }
    let mut freqs = Vec::with_capacity(weights.len());
    for (k, w) in weights.iter().enumerate() {
        match w {
            Some(w) if *w >= 0.0 => freqs.push(*w),
            _ => {
                return Err(RtError::new(
                    Code::InvalidCount,
                    format!(
                        "weight {} is {}; weights are counts of 0 or more",
                        k + 1,
                        a.list(1)?[k]
                    ),
                    a.span(1),
                    "these weights",
                ))
            }
        }
    }
    Ok((values.to_vec(), freqs, 0.0))
}

fn critical_r(_: &mut Interp, a: &mut Args) -> Eval<Value> {
    let n = a.int(0, 0)?;
    let alpha = alpha_arg(a, 1)?;
    let tails = tails_arg(a, 2)?;
    if n < 0 {
        return Err(a.wrong(0, "a number of cases of 0 or more"));
    }
    stats::critical_r(n as usize, alpha, tails)
        .map(num)
        .map_err(|e| stats_error(e, a.call, "for this call"))
}

fn alpha_arg(a: &Args, i: usize) -> Eval<f64> {
    match a.get(i) {
        None => Ok(0.05),
        Some(_) => {
            let x = a.plain(i)?.to_f64();
            if x > 0.0 && x < 1.0 {
                Ok(x)
            } else {
                Err(stats_error(
                    StatsError::InvalidParameter {
                        what: "alpha",
                        value: x,
                        allowed: "between 0 and 1 (e.g. 0.05 or 5%)",
                    },
                    a.span(i),
                    "this alpha",
                ))
            }
        }
    }
}

fn tails_arg(a: &Args, i: usize) -> Eval<Tails> {
    let t = a.int(i, 2)?;
    Tails::from_count(t.clamp(0, 100) as u32).map_err(|e| stats_error(e, a.span(i), "here"))
}

fn chi_square_p(_: &mut Interp, a: &mut Args) -> Eval<Value> {
    let x = a.plain(0)?.to_f64();
    let df = a.int(1, 1)?;
    if df < 1 {
        return Err(a.wrong(1, "a whole number of degrees of freedom of 1 or more"));
    }
    if x < 0.0 {
        return Err(a.wrong(0, "a chi-square value of 0 or more"));
    }
    stats::chi_square_sf(x, df as f64)
        .map(num)
        .map_err(|e| stats_error(e, a.span(0), "this value"))
}

fn correlation(_: &mut Interp, a: &mut Args) -> Eval<Value> {
    let (x, _) = numbers(a, 0)?;
    let (y, _) = numbers(a, 1)?;
    if x.len() != y.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "y",
                expected: x.len(),
                found: y.len(),
            },
            a.span(1),
            "this list",
        ));
    }
    let (xs, ys): (Vec<f64>, Vec<f64>) = x
        .iter()
        .zip(&y)
        .filter_map(|(a, b)| Some(((*a)?, (*b)?)))
        .unzip();
    let c = stats::pearson(&xs, &ys).map_err(|e| stats_error(e, a.call, "these lists"))?;
    let mut fields = vec![("r", num(c.r)), ("n", count(c.n)), ("df", count(c.df))];
    if let Some(t) = c.t {
        fields.push(("t", num(t)));
    }
    fields.push(("p", num(c.p_two_tailed)));
    Ok(record(Some("correlation"), fields))
}

/// The answers of an item column as stored: bytes for a compact column, so that reliability
/// reads them without widening.
pub(super) fn item_answers(v: &Nums) -> stats::Answers<'_> {
    match v.small() {
        Some(b) => stats::Answers::Small(b),
        None => stats::Answers::Wide(v),
    }
}

/// Reliability of item columns read in place (`NaN` or the missing byte): only a column with
/// missing cells gets a mask.
fn reliability_in_place(values: &[stats::Answers<'_>]) -> stats::Result<stats::Reliability> {
    let masks: Vec<Option<Vec<bool>>> = values
        .iter()
        .map(|v| {
            let missing = match v {
                stats::Answers::Small(b) => b.contains(&SMALL_MISSING),
                stats::Answers::Wide(x) => x.iter().any(|x| x.is_nan()),
            };
            missing.then(|| (0..v.len()).map(|r| !v.get(r).is_nan()).collect())
        })
        .collect();
    let cols: Vec<stats::ItemColumn<'_>> = values
        .iter()
        .zip(&masks)
        .map(|(&v, m)| match m {
            Some(m) => stats::ItemColumn::with_mask(v, m),
            None => stats::ItemColumn::complete(v),
        })
        .collect();
    stats::reliability(&cols)
}

/// Reliability of a table of item scores, or of `reliability(scale, responses)`, with the
/// item names.
fn run_reliability(i: &mut Interp, a: &Args) -> Eval<(Vec<Rc<str>>, stats::Reliability)> {
    let (names, r) = match (a.value(0), a.get(1)) {
        (Value::Record(r), Some(Value::Table(t))) if r.kind.as_deref() == Some("scale") => {
            match super::scales::plain_item_columns(&r, t) {
                Some(cols) => {
                    let (names, values): (Vec<_>, Vec<_>) = cols.into_iter().unzip();
                    (names, reliability_in_place(&values))
                }
                None => {
                    let (names, cols) = super::scales::item_scores(i, &r, t, a.span(0), a.span(1))?;
                    (names, stats::reliability_from_options(&cols))
                }
            }
        }
        (Value::Table(t), None) => {
            let mut names = Vec::new();
            let mut values = Vec::new();
            for (name, col) in &t.columns {
                let Column::Num(v, _) = col.as_ref() else {
                    return Err(RtError::new(
                        Code::TypeMismatch,
                        format!("column `{name}` does not hold numbers, so it cannot be an item"),
                        a.span(0),
                        "this table",
                    )
                    .hint("keep only the item columns: `select(t, [\"p1\", \"p2\", ...])`, or pass the scale: `reliability(scale, t)`"));
                };
                names.push(name.clone());
                values.push(item_answers(v));
            }
            (names, reliability_in_place(&values))
        }
        _ => {
            return Err(a.wrong(
                0,
                "a table of item scores, or a scale followed by a table of responses",
            ))
        }
    };
    let r = r.map_err(|e| stats_error(e, a.span(0), "these items"))?;
    for note in &r.notes {
        if let stats::Note::ItemZeroVariance { item } = note {
            let name = &names[item - 1];
            return Err(RtError::new(
                Code::ZeroVariance,
                format!(
                    "item `{name}` has zero variance: every complete respondent gave it the same score, so its item-total correlation is undefined"
                ),
                a.span(0),
                "these items",
            )
            .hint(format!("SPSS drops such an item from the scale; leave `{name}` out with `select`")));
        }
    }
    Ok((names, r))
}

fn reliability(i: &mut Interp, a: &mut Args) -> Eval<Value> {
    let (names, r) = run_reliability(i, a)?;
    let opt_num = |x: Option<f64>| x.map_or(Value::Nil, num);
    let col = |f: &dyn Fn(&stats::ItemStats) -> Option<f64>| item_column(&r, f);
    let items = table(vec![
        (
            Rc::from("item"),
            Column::Str(names.iter().map(|n| Some(n.clone())).collect()),
        ),
        (Rc::from("mean"), col(&|s| Some(s.mean))),
        (Rc::from("sd"), col(&|s| Some(s.sd))),
        (Rc::from("n"), col(&|s| Some(s.n as f64))),
        (
            Rc::from("scale_mean_if_deleted"),
            col(&|s| Some(s.scale_mean_if_deleted)),
        ),
        (
            Rc::from("scale_variance_if_deleted"),
            col(&|s| Some(s.scale_variance_if_deleted)),
        ),
        (
            Rc::from("corrected_item_total_r"),
            col(&|s| s.corrected_item_total_r),
        ),
        (Rc::from("item_total_r"), col(&|s| s.item_total_r)),
        (Rc::from("alpha_if_deleted"), col(&|s| s.alpha_if_deleted)),
    ]);
    let notes = r.notes.iter().map(|n| text(&n.to_string())).collect();
    Ok(record(
        Some("reliability"),
        vec![
            (
                "cases",
                record(
                    None,
                    vec![
                        ("valid", count(r.n_valid)),
                        ("excluded", count(r.n_excluded)),
                        ("total", count(r.n_total)),
                    ],
                ),
            ),
            ("n_items", count(r.n_items)),
            ("alpha", num(r.alpha)),
            ("standardized_alpha", opt_num(r.standardized_alpha)),
            ("mean_inter_item_r", opt_num(r.mean_inter_item_r)),
            ("scale_mean", num(r.scale_mean)),
            ("scale_variance", num(r.scale_variance)),
            ("scale_sd", num(r.scale_sd)),
            ("items", items),
            ("notes", Value::list(notes)),
        ],
    ))
}

fn validity(i: &mut Interp, a: &mut Args) -> Eval<Value> {
    let alpha = alpha_arg(a, 2)?;
    let tails = tails_arg(a, 3)?;
    let corrected = match a.get(4) {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(a.wrong(4, "true or false")),
    };
    let (names, r) = run_reliability(i, a)?;
    let r_table = stats::critical_r(r.n_valid, alpha, tails)
        .map_err(|e| stats_error(e, a.span(0), "these items"))?;
    let mut verdicts = Vec::new();
    let mut n_valid_items = 0;
    for s in &r.items {
        let used = if corrected {
            s.corrected_item_total_r
        } else {
            s.item_total_r
        };
        let ok = used.is_some_and(|x| x > r_table);
        n_valid_items += ok as usize;
        verdicts.push(Some(Rc::from(if ok { "valid" } else { "invalid" })));
    }
    let col = |f: &dyn Fn(&stats::ItemStats) -> Option<f64>| item_column(&r, f);
    let items = table(vec![
        (
            Rc::from("item"),
            Column::Str(names.iter().map(|n| Some(n.clone())).collect()),
        ),
        (Rc::from("r"), col(&|s| s.item_total_r)),
        (Rc::from("corrected_r"), col(&|s| s.corrected_item_total_r)),
        (
            Rc::from("r_table"),
            Column::Num(vec![r_table; r.items.len()].into(), Unit::none()),
        ),
        (Rc::from("verdict"), Column::Str(verdicts.into())),
    ]);
    Ok(record(
        Some("validity"),
        vec![
            ("n", count(r.n_valid)),
            ("excluded", count(r.n_excluded)),
            ("alpha", num(alpha)),
            ("tails", count(if tails == Tails::One { 1 } else { 2 })),
            ("r_table", num(r_table)),
            (
                "compares",
                text(if corrected {
                    "corrected item-total r"
                } else {
                    "item-total r"
                }),
            ),
            ("items", items),
            ("valid", count(n_valid_items)),
            ("invalid", count(r.items.len() - n_valid_items)),
        ],
    ))
}

fn crosstab(i: &mut Interp, a: &mut Args) -> Eval<Value> {
    super::crosstab::crosstab(i, a)
}

/// One statistic of every item of a reliability result, as a column (missing where undefined).
fn item_column(r: &stats::Reliability, f: &dyn Fn(&stats::ItemStats) -> Option<f64>) -> Column {
    Column::Num(
        r.items.iter().map(|s| f(s).unwrap_or(f64::NAN)).collect(),
        Unit::none(),
    )
}
