//! Descriptive statistics natives: `descriptives` and `frequencies`, the kernel in
//! [`crate::stats`] exposed as wl functions. Results are records a script can read
//! (`d.mean`, `f.valid`) whose printed form is the table SPSS shows ([`crate::report`]); nothing
//! here formats text.
//!
//! Missing values (`missing` in a list, an empty cell in a column) are left out of each
//! analysis and counted, as SPSS's Case Processing Summary does.

use super::records::{count, num, percent_unit, record, stats_error, table, text, with_unit};
use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::Num;
use crate::stats::{self, StatsError};
use crate::table::Column;
use crate::units::{Quantity, Unit};
use crate::value::Value;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "descriptives",
        params: &[req("xs"), opt("percentiles"), opt("method")],
        doc: "SPSS's Statistics of a list or column: n, missing, mean with its standard error (`se_mean`), median, mode (the smallest; `multiple_modes` says if others are as frequent), sd, variance, skewness and kurtosis with their standard errors, range, min, max, sum, quartiles (HAVERAGE) and Tukey's hinges; `percentiles: [10, 90]` adds a table of percentiles, by `method: \"haverage\"` (SPSS's default) or `\"waverage\"` (EXPLORE's position n·p). One value gives n, mean, min, max and median with the spread missing",
        columns: false,
        func: descriptives,
    },
    NativeFn {
        name: "percentile",
        params: &[req("xs"), req("p"), opt("method")],
        doc: "the `p`-th percentile (0 to 100, or a percentage) of a list or column by SPSS's HAVERAGE rule (R's quantile type 6), or `method: \"waverage\"` (position n·p, R's type 4); missing values are left out",
        columns: false,
        func: percentile,
    },
    NativeFn {
        name: "frequencies",
        params: &[req("xs"), opt("weights"), opt("name")],
        doc: "frequency table (frequency, percent, valid percent, cumulative percent); `weights:` gives a count for each value, as SPSS's WEIGHT BY",
        columns: false,
        func: frequencies,
    },
];

/// The numbers of a list or column (`None` for a missing value) and the unit they share.
pub(super) fn numbers(a: &Args, i: usize) -> Eval<(Vec<Option<f64>>, Unit)> {
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

fn descriptives(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (values, unit) = numbers(a, 0)?;
    let valid: Vec<f64> = values.iter().flatten().copied().collect();
    let asked = match a.get(1) {
        Some(_) => Some(percent_points(a, 1)?),
        None => None,
    };
    let rule = rule_arg(a, 2)?;
    let d = stats::descriptives(&valid).map_err(|e| stats_error(e, a.span(0), "these values"))?;
    let opt = |x: Option<f64>, u: &Unit| x.map_or(Value::Nil, |x| with_unit(x, u));
    let plain = Unit::none();
    let mut fields = vec![
        ("n", count(d.n)),
        ("missing", count(values.len() - d.n)),
        ("mean", with_unit(d.mean, &unit)),
        ("se_mean", opt(d.se_mean, &unit)),
        ("median", with_unit(d.median, &unit)),
        ("mode", with_unit(d.mode, &unit)),
        ("multiple_modes", Value::Bool(d.multiple_modes)),
        ("sd", opt(d.sd, &unit)),
        ("variance", opt(d.variance, &squared(&unit))),
        ("skewness", opt(d.skewness, &plain)),
        ("se_skewness", opt(d.se_skewness, &plain)),
        ("kurtosis", opt(d.kurtosis, &plain)),
        ("se_kurtosis", opt(d.se_kurtosis, &plain)),
        ("range", with_unit(d.range, &unit)),
        ("min", with_unit(d.min, &unit)),
        ("max", with_unit(d.max, &unit)),
        ("sum", with_unit(d.sum, &unit)),
        ("q1", with_unit(d.q1, &unit)),
        ("q3", with_unit(d.q3, &unit)),
        ("hinge_lower", with_unit(d.hinge_lower, &unit)),
        ("hinge_upper", with_unit(d.hinge_upper, &unit)),
    ];
    if let Some(points) = asked {
        let at = stats::percentiles_by(&valid, &points, rule)
            .map_err(|e| stats_error(e, a.span(1), "these percentiles"))?;
        fields.push((
            "percentiles",
            table(vec![
                (Rc::from("p"), Column::Num(points.into(), Unit::none())),
                (Rc::from("value"), Column::Num(at.into(), unit.clone())),
            ]),
        ));
    }
    Ok(record(Some("descriptives"), fields))
}

/// The unit of a variance: the unit squared; a plain or percent variable keeps a plain one.
fn squared(unit: &Unit) -> Unit {
    if unit.is_none() || unit.is_percent() {
        return Unit::none();
    }
    let q = Quantity::new(Num::ONE, unit.clone());
    q.mul(&q, None)
        .map(|q| q.unit)
        .unwrap_or_else(|_| Unit::none())
}

fn percentile(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (values, unit) = numbers(a, 0)?;
    let valid: Vec<f64> = values.iter().flatten().copied().collect();
    let p = percent_point(a, 1, &a.value(1))?;
    let rule = rule_arg(a, 2)?;
    let x = stats::percentile_by(&valid, p, rule)
        .map_err(|e| stats_error(e, a.span(0), "these values"))?;
    Ok(with_unit(x, &unit))
}

/// A percentile point of argument `i`: a plain number from 0 to 100, or a percentage (25%).
fn percent_point(a: &Args, i: usize, v: &Value) -> Eval<f64> {
    let p = match v {
        Value::Num(q) if q.unit.is_none() || q.unit.is_percent() => q.value.to_f64(),
        _ => return Err(a.wrong(i, "a percentile from 0 to 100")),
    };
    if !(0.0..=100.0).contains(&p) {
        return Err(RtError::new(
            Code::StatisticsOption,
            format!("the {} percentile does not exist", v.short()),
            a.span(i),
            "a percentile",
        )
        .hint("percentiles run from 0 to 100, as in SPSS's /PERCENTILES"));
    }
    Ok(p)
}

fn percent_points(a: &Args, i: usize) -> Eval<Vec<f64>> {
    a.list(i)?.iter().map(|v| percent_point(a, i, v)).collect()
}

/// `method:` of a percentile: "haverage" (SPSS's default) or "waverage".
fn rule_arg(a: &Args, i: usize) -> Eval<stats::Rule> {
    if a.get(i).is_none() {
        return Ok(stats::Rule::Haverage);
    }
    match &*a.str(i)? {
        "haverage" => Ok(stats::Rule::Haverage),
        "waverage" => Ok(stats::Rule::Waverage),
        other => Err(RtError::new(
            Code::StatisticsOption,
            format!("unknown percentile method \"{other}\""),
            a.span(i),
            "a method",
        )
        .hint("\"haverage\" (position (n + 1)p, SPSS's default) or \"waverage\" (position np)")),
    }
}

fn frequencies(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
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
