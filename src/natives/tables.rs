//! Whole-table operations that run natively over columns: `aggregate` (group totals, as SPSS's
//! AGGREGATE or pandas' groupby) and `lookup` (add the columns of another table by key).
//!
//! Keys are encoded once per column as codes into the column's sorted distinct values, so a
//! group is found by arithmetic on codes rather than by hashing text row by row, and groups come
//! out sorted by their keys (text in byte order, numbers ascending, missing last).

use super::{req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::Num;
use crate::table::{Column, Table};
use crate::units::Unit;
use crate::value::Value;
use indexmap::IndexMap;
use std::collections::HashMap;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "aggregate",
        params: &[req("table"), req("by"), req("columns")],
        doc: "group totals: `aggregate(t, [\"facility\", \"category\"], {staff: \"first\", hours: [\"sum\", \"work\"]})`; operations sum, mean, min, max, first, last, count; groups sorted by key",
        columns: true,
        func: aggregate,
    },
    NativeFn {
        name: "lookup",
        params: &[req("table"), req("from"), req("on")],
        doc: "the table with the other columns of `from` added, matched on the key columns `on` (each key once in `from`), like VLOOKUP",
        columns: true,
        func: lookup,
    },
    NativeFn {
        name: "divide_or_missing",
        params: &[req("x"), req("y")],
        doc: "x / y cell by cell, missing where y is 0 (a WISN ratio where nothing is required)",
        columns: true,
        func: divide_or_missing,
    },
    NativeFn {
        name: "fill_missing",
        params: &[req("column"), req("value")],
        doc: "the column with its missing cells replaced by `value`",
        columns: true,
        func: fill_missing,
    },
    NativeFn {
        name: "count",
        params: &[req("xs")],
        doc: "how many values are not missing (a column, or a list)",
        columns: true,
        func: count,
    },
];

fn table_arg(a: &Args, i: usize) -> Eval<Rc<Table>> {
    match a.get(i) {
        Some(Value::Table(t)) => Ok(t.clone()),
        _ => Err(a.wrong(i, "a table")),
    }
}

/// Column names given as one text or a list of texts.
fn names(a: &Args, i: usize) -> Eval<Vec<Rc<str>>> {
    match a.get(i) {
        Some(Value::Str(s)) => Ok(vec![s.clone()]),
        Some(Value::List(items)) => items
            .iter()
            .map(|v| match v {
                Value::Str(s) => Ok(s.clone()),
                _ => Err(a.wrong(i, "column names in quotes")),
            })
            .collect(),
        _ => Err(a.wrong(i, "a column name or a list of them")),
    }
}

fn column<'t>(a: &Args, i: usize, t: &'t Table, name: &str) -> Eval<&'t Column> {
    t.columns.get(name).map(|c| c.as_ref()).ok_or_else(|| {
        let mut err = RtError::new(
            Code::NoSuchField,
            format!("the table has no column `{name}`"),
            a.span(i),
            "named here",
        );
        if let Some(h) = crate::suggest::did_you_mean(name, t.columns.keys().map(|k| &**k)) {
            err = err.hint(h);
        }
        err
    })
}

/// Each row's code into the column's distinct values, sorted; and those values.
fn encode(col: &Column) -> (Vec<u32>, Vec<Value>) {
    // A text column is already codes into its distinct texts: only the order is needed.
    if let Column::Str(v) = col {
        let levels = v.levels();
        let mut order: Vec<usize> = (0..levels.len()).collect();
        order.sort_by(|p, q| levels[*p].cmp(&levels[*q]));
        let mut rank = vec![0u32; levels.len()];
        for (r, l) in order.iter().enumerate() {
            rank[*l] = r as u32;
        }
        let missing = levels.len() as u32;
        let codes = v
            .codes()
            .iter()
            .map(|&c| {
                if c == crate::table::MISSING {
                    missing
                } else {
                    rank[c as usize]
                }
            })
            .collect::<Vec<u32>>();
        let mut sorted: Vec<Value> = order
            .iter()
            .map(|l| Value::Str(levels[*l].clone()))
            .collect();
        if codes.contains(&missing) {
            sorted.push(Value::Nil);
        }
        return (codes, sorted);
    }
    let n = col.len();
    let mut codes = Vec::with_capacity(n);
    let mut firsts: Vec<usize> = Vec::new();
    match col {
        Column::Num(xs, _) => {
            let mut seen: HashMap<u64, u32> = HashMap::new();
            for (i, x) in xs.iter().enumerate() {
                let bits = if x.is_nan() {
                    f64::NAN.to_bits()
                } else {
                    x.to_bits()
                };
                let next = firsts.len() as u32;
                let c = *seen.entry(bits).or_insert_with(|| {
                    firsts.push(i);
                    next
                });
                codes.push(c);
            }
            let order = |i: &usize| xs[*i];
            sorted(
                codes,
                firsts,
                |p, q| {
                    let (x, y) = (order(p), order(q));
                    x.partial_cmp(&y)
                        .unwrap_or_else(|| x.is_nan().cmp(&y.is_nan()))
                },
                col,
            )
        }
        _ => {
            let mut seen: HashMap<Option<&str>, u32> = HashMap::new();
            let texts: Vec<Option<String>> = if matches!(col, Column::Str(_)) {
                Vec::new()
            } else {
                (0..n).map(|i| Some(col.get(i).to_string())).collect()
            };
            for i in 0..n {
                let key = if texts.is_empty() {
                    col.text(i)
                } else {
                    texts[i].as_deref()
                };
                let next = firsts.len() as u32;
                let c = *seen.entry(key).or_insert_with(|| {
                    firsts.push(i);
                    next
                });
                codes.push(c);
            }
            let key = |i: &usize| -> Option<String> {
                if texts.is_empty() {
                    col.text(*i).map(str::to_string)
                } else {
                    texts[*i].clone()
                }
            };
            // Missing (None) sorts last.
            sorted(
                codes,
                firsts,
                |p, q| match (key(p), key(q)) {
                    (Some(x), Some(y)) => x.cmp(&y),
                    (x, y) => y.is_none().cmp(&x.is_none()).reverse(),
                },
                col,
            )
        }
    }
}

/// Renumber codes so that code order is the order of `cmp` on the first row of each value.
fn sorted(
    codes: Vec<u32>,
    firsts: Vec<usize>,
    cmp: impl Fn(&usize, &usize) -> std::cmp::Ordering,
    col: &Column,
) -> (Vec<u32>, Vec<Value>) {
    let mut order: Vec<u32> = (0..firsts.len() as u32).collect();
    order.sort_by(|p, q| cmp(&firsts[*p as usize], &firsts[*q as usize]));
    let mut rank = vec![0u32; firsts.len()];
    for (r, c) in order.iter().enumerate() {
        rank[*c as usize] = r as u32;
    }
    let levels = order.iter().map(|c| col.get(firsts[*c as usize])).collect();
    (
        codes.into_iter().map(|c| rank[c as usize]).collect(),
        levels,
    )
}

/// A group id for every row (ids numbered in key order) and the key codes of each group.
fn group_rows(keys: &[(Vec<u32>, Vec<Value>)], rows: usize) -> (Vec<u32>, Vec<Vec<u32>>) {
    let sizes: Vec<usize> = keys.iter().map(|(_, l)| l.len().max(1)).collect();
    let dense: Option<usize> = sizes.iter().try_fold(1usize, |acc, s| acc.checked_mul(*s));
    let combined = |r: usize| -> usize {
        keys.iter()
            .zip(&sizes)
            .fold(0usize, |acc, ((codes, _), s)| acc * s + codes[r] as usize)
    };
    // Every combination of key values numbered in order: a group's slot is plain arithmetic.
    let mut slot_of: Vec<u32>;
    let mut slots: Vec<usize> = Vec::new();
    let mut row_slot = Vec::with_capacity(rows);
    match dense {
        Some(total) if total <= 16 * rows.max(1024) => {
            slot_of = vec![u32::MAX; total];
            for r in 0..rows {
                let k = combined(r);
                if slot_of[k] == u32::MAX {
                    slot_of[k] = 0;
                    slots.push(k);
                }
                row_slot.push(k);
            }
            slots.sort_unstable();
            for (g, k) in slots.iter().enumerate() {
                slot_of[*k] = g as u32;
            }
            let ids = row_slot.iter().map(|k| slot_of[*k]).collect();
            let groups = slots.iter().map(|k| split(*k, &sizes)).collect();
            (ids, groups)
        }
        _ => {
            let mut seen: HashMap<Vec<u32>, u32> = HashMap::new();
            let mut raw = Vec::with_capacity(rows);
            let mut groups: Vec<Vec<u32>> = Vec::new();
            for r in 0..rows {
                let key: Vec<u32> = keys.iter().map(|(c, _)| c[r]).collect();
                let next = groups.len() as u32;
                let g = *seen.entry(key.clone()).or_insert_with(|| {
                    groups.push(key);
                    next
                });
                raw.push(g);
            }
            let mut order: Vec<u32> = (0..groups.len() as u32).collect();
            order.sort_by(|p, q| groups[*p as usize].cmp(&groups[*q as usize]));
            let mut rank = vec![0u32; groups.len()];
            for (r, g) in order.iter().enumerate() {
                rank[*g as usize] = r as u32;
            }
            let ids = raw.into_iter().map(|g| rank[g as usize]).collect();
            let groups = order.iter().map(|g| groups[*g as usize].clone()).collect();
            (ids, groups)
        }
    }
}

fn split(mut k: usize, sizes: &[usize]) -> Vec<u32> {
    let mut out = vec![0u32; sizes.len()];
    for (i, s) in sizes.iter().enumerate().rev() {
        out[i] = (k % s) as u32;
        k /= s;
    }
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Sum,
    Mean,
    Min,
    Max,
    First,
    Last,
    Count,
}

fn op_named(s: &str) -> Option<Op> {
    Some(match s {
        "sum" => Op::Sum,
        "mean" => Op::Mean,
        "min" => Op::Min,
        "max" => Op::Max,
        "first" => Op::First,
        "last" => Op::Last,
        "count" => Op::Count,
        _ => return None,
    })
}

fn aggregate(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let t = table_arg(a, 0)?;
    let by = names(a, 1)?;
    let Some(Value::Record(spec)) = a.get(2) else {
        return Err(a.wrong(2, "a record of output column to operation"));
    };
    let rows = t.rows();
    let mut keys = Vec::with_capacity(by.len());
    for name in &by {
        keys.push(encode(column(a, 1, &t, name)?));
    }
    let (ids, groups) = group_rows(&keys, rows);
    let n = groups.len();
    let mut out: IndexMap<Rc<str>, Column> = IndexMap::new();
    for (k, name) in by.iter().enumerate() {
        let levels = &keys[k].1;
        out.insert(
            name.clone(),
            Column::from_values(
                groups
                    .iter()
                    .map(|g| levels[g[k] as usize].clone())
                    .collect(),
            ),
        );
    }
    for (out_name, how) in &spec.fields {
        let (op_text, source): (Rc<str>, Rc<str>) = match how {
            Value::Str(op) => (op.clone(), out_name.clone()),
            Value::List(pair) => match pair.as_slice() {
                [Value::Str(op), Value::Str(col)] => (op.clone(), col.clone()),
                _ => return Err(bad_spec(a, out_name)),
            },
            _ => return Err(bad_spec(a, out_name)),
        };
        let op = op_named(&op_text).ok_or_else(|| bad_spec(a, out_name))?;
        if op == Op::Count && !t.columns.contains_key(&source) {
            let mut counts = vec![0.0; n];
            for g in &ids {
                counts[*g as usize] += 1.0;
            }
            out.insert(out_name.clone(), Column::Num(counts.into(), Unit::none()));
            continue;
        }
        let col = column(a, 2, &t, &source)?;
        out.insert(out_name.clone(), reduce(a, op, col, &ids, n, out_name)?);
    }
    Ok(Value::Table(Rc::new(Table::from_columns(out))))
}

fn bad_spec(a: &Args, name: &str) -> RtError {
    RtError::new(
        Code::InvalidValue,
        format!("`{name}`: say what to compute, e.g. `\"sum\"` or `[\"sum\", \"column\"]`"),
        a.span(2),
        "in this record",
    )
    .hint("the operations are sum, mean, min, max, first, last and count")
}

fn reduce(a: &Args, op: Op, col: &Column, ids: &[u32], n: usize, name: &str) -> Eval<Column> {
    match (op, col) {
        (Op::First | Op::Last, _) => {
            let mut pick: Vec<Option<usize>> = vec![None; n];
            for (r, g) in ids.iter().enumerate() {
                let slot = &mut pick[*g as usize];
                if op == Op::Last || slot.is_none() {
                    *slot = Some(r);
                }
            }
            Ok(match col {
                Column::Num(xs, u) => Column::Num(
                    pick.iter().map(|r| r.map_or(f64::NAN, |r| xs[r])).collect(),
                    u.clone(),
                ),
                other => Column::from_values(
                    pick.iter()
                        .map(|r| r.map_or(Value::Nil, |r| other.get(r)))
                        .collect(),
                ),
            })
        }
        (_, Column::Num(xs, u)) => {
            let mut acc = vec![0.0f64; n];
            let mut seen = vec![0u32; n];
            let start = match op {
                Op::Min => f64::INFINITY,
                Op::Max => f64::NEG_INFINITY,
                _ => 0.0,
            };
            acc.iter_mut().for_each(|x| *x = start);
            for (x, g) in xs.iter().zip(ids) {
                if x.is_nan() {
                    continue;
                }
                let g = *g as usize;
                seen[g] += 1;
                match op {
                    Op::Min => acc[g] = acc[g].min(*x),
                    Op::Max => acc[g] = acc[g].max(*x),
                    _ => acc[g] += x,
                }
            }
            let values = acc
                .iter()
                .zip(&seen)
                .map(|(s, k)| match op {
                    Op::Count => *k as f64,
                    _ if *k == 0 && op != Op::Sum => f64::NAN,
                    Op::Mean => s / *k as f64,
                    _ => *s,
                })
                .collect();
            let unit = if op == Op::Count {
                Unit::none()
            } else {
                u.clone()
            };
            Ok(Column::Num(values, unit))
        }
        (Op::Count, other) => {
            let mut counts = vec![0.0; n];
            for (r, g) in ids.iter().enumerate() {
                if !matches!(other.get(r), Value::Nil) {
                    counts[*g as usize] += 1.0;
                }
            }
            Ok(Column::Num(counts.into(), Unit::none()))
        }
        _ => Err(RtError::new(
            Code::TypeMismatch,
            format!("`{name}`: only numbers can be summed, averaged or compared"),
            a.span(2),
            "in this record",
        )
        .hint("text columns take first, last or count")),
    }
}

fn lookup(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let left = table_arg(a, 0)?;
    let right = table_arg(a, 1)?;
    let on = names(a, 2)?;
    let text_key = |t: &Table, cols: &[&Column], r: usize| -> String {
        let _ = t;
        cols.iter()
            .map(|c| c.get(r).to_string())
            .collect::<Vec<_>>()
            .join("\u{1f}")
    };
    let mut lcols = Vec::new();
    let mut rcols = Vec::new();
    for name in &on {
        lcols.push(column(a, 2, &left, name)?);
        rcols.push(column(a, 2, &right, name)?);
    }
    let mut index: HashMap<String, usize> = HashMap::new();
    for r in 0..right.rows() {
        let k = text_key(&right, &rcols, r);
        if index.insert(k.clone(), r).is_some() {
            return Err(RtError::new(
                Code::InvalidValue,
                format!(
                    "the lookup table has the key {} more than once",
                    k.replace('\u{1f}', ", ")
                ),
                a.span(1),
                "each key must appear once here",
            ));
        }
    }
    let mut matched: Vec<Option<usize>> = Vec::with_capacity(left.rows());
    let mut cache: HashMap<String, Option<usize>> = HashMap::new();
    for r in 0..left.rows() {
        let k = text_key(&left, &lcols, r);
        let m = *cache.entry(k).or_insert_with_key(|k| index.get(k).copied());
        matched.push(m);
    }
    let mut out = left.columns.clone();
    for (name, col) in &right.columns {
        if on.contains(name) {
            continue;
        }
        let new = match col.as_ref() {
            Column::Num(xs, u) => Column::Num(
                matched
                    .iter()
                    .map(|m| m.map_or(f64::NAN, |r| xs[r]))
                    .collect(),
                u.clone(),
            ),
            other => Column::from_values(
                matched
                    .iter()
                    .map(|m| m.map_or(Value::Nil, |r| other.get(r)))
                    .collect(),
            ),
        };
        out.insert(name.clone(), Rc::new(new));
    }
    Ok(Value::Table(Rc::new(Table { columns: out })))
}

fn count(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let n = match a.value(0) {
        Value::Column(c) => match c.as_ref() {
            Column::Num(xs, _) => xs.iter().filter(|x| !x.is_nan()).count(),
            other => (0..other.len())
                .filter(|i| !matches!(other.get(*i), Value::Nil))
                .count(),
        },
        Value::List(items) => items.iter().filter(|v| !matches!(v, Value::Nil)).count(),
        _ => return Err(a.wrong(0, "a column or a list")),
    };
    Ok(Value::num(Num::int(n as i64)))
}

fn num_column(a: &Args, i: usize) -> Eval<(Vec<f64>, Unit)> {
    match a.value(i) {
        Value::Column(c) => match c.as_ref() {
            Column::Num(xs, u) => Ok((xs.to_vec(), u.clone())),
            _ => Err(a.wrong(i, "a column of numbers")),
        },
        _ => Err(a.wrong(i, "a column of numbers")),
    }
}

fn divide_or_missing(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (xs, xu) = num_column(a, 0)?;
    let (ys, yu) = num_column(a, 1)?;
    if xs.len() != ys.len() {
        return Err(RtError::new(
            Code::TableShape,
            format!(
                "columns of different lengths: {} and {} rows",
                xs.len(),
                ys.len()
            ),
            a.call,
            "here",
        ));
    }
    let one = |u: &Unit| crate::units::Quantity::new(Num::ONE, u.clone());
    let q = one(&xu).div(&one(&yu), None).map_err(|_| {
        RtError::new(
            Code::DimensionMismatch,
            format!("cannot divide {xu} by {yu}"),
            a.call,
            "here",
        )
    })?;
    let k = q.value.to_f64();
    let values = xs
        .iter()
        .zip(&ys)
        .map(|(x, y)| if *y == 0.0 { f64::NAN } else { x / y * k })
        .collect();
    Ok(Value::Column(Rc::new(Column::Num(values, q.unit))))
}

fn fill_missing(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let Value::Column(c) = a.value(0) else {
        return Err(a.wrong(0, "a column"));
    };
    let fill = a.value(1);
    let values = (0..c.len())
        .map(|i| match c.get(i) {
            Value::Nil => fill.clone(),
            v => v,
        })
        .collect();
    Ok(Value::Column(Rc::new(Column::from_values(values))))
}
