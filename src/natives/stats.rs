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
        params: &[req("xs")],
        doc: "n, missing, mean, sd, variance, min, max, median and quartiles (SPSS HAVERAGE rule) of a list or column; missing values are counted, not used",
        columns: false,
        func: descriptives,
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
