//! Natives on lists, records and tables.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::Num;
use crate::table::{Column, Table};
use crate::units::Quantity;
use crate::value::Value;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "len",
        params: &[req("x")],
        doc: "number of items in a list or range, fields in a record, rows in a table, characters in text",
        columns: true,
        func: |_, a| {
            let n = match a.value(0) {
                Value::List(l) => l.len(),
                Value::Column(c) => c.len(),
                Value::Record(r) => r.fields.len(),
                Value::Table(t) => t.rows(),
                Value::Str(s) => s.chars().count(),
                // The whole numbers a `for` loop walks: 0..5 has 5, 1..=5 has 5.
                Value::Range(r) => match r.whole_bounds() {
                    Some((first, last)) => {
                        i64::try_from((i128::from(last) - i128::from(first) + 1).max(0))
                            .ok()
                            .and_then(|n| usize::try_from(n).ok())
                            .ok_or_else(|| a.wrong(0, "a range of fewer steps"))?
                    }
                    None => return Err(a.wrong(0, "a range of whole numbers")),
                },
                _ => return Err(a.wrong(0, "a list, record, table, text or range")),
            };
            Ok(Value::int(n as i64))
        },
    },
    NativeFn {
        name: "sum",
        params: &[req("xs")],
        doc: "the sum of a list of numbers (units must agree)",
        columns: true,
        func: |i, a| sum(i, a).map(|(s, _)| Value::Num(s)),
    },
    NativeFn {
        name: "mean",
        params: &[req("xs")],
        doc: "the arithmetic mean of a list of numbers",
        columns: true,
        func: |i, a| {
            let (s, n) = sum(i, a)?;
            if n == 0 {
                return Err(RtError::new(
                    Code::InvalidValue,
                    "the mean of an empty list is undefined",
                    a.span(0),
                    "no values",
                ));
            }
            let v = s
                .value
                .div(Num::int(n as i64))
                .map_err(|e| a.num_error(i, e, 0))?;
            Ok(Value::Num(Quantity::new(v, s.unit)))
        },
    },
    NativeFn {
        name: "keys",
        params: &[req("record")],
        doc: "the field names of a record (or column names of a table), in order",
        columns: false,
        func: |_, a| match a.value(0) {
            Value::Record(r) => Ok(Value::list(
                r.fields.keys().map(|k| Value::Str(k.clone())).collect(),
            )),
            Value::Table(t) => Ok(Value::list(
                t.columns.keys().map(|k| Value::Str(k.clone())).collect(),
            )),
            _ => Err(a.wrong(0, "a record or table")),
        },
    },
    NativeFn {
        name: "values",
        params: &[req("record")],
        doc: "the field values of a record, in order",
        columns: false,
        func: |_, a| match a.value(0) {
            Value::Record(r) => Ok(Value::list(r.fields.values().cloned().collect())),
            _ => Err(a.wrong(0, "a record")),
        },
    },
    NativeFn {
        name: "has",
        params: &[req("record"), req("field")],
        doc: "whether a record has a field (or a table a column)",
        columns: false,
        func: |_, a| {
            let k = a.str(1)?;
            match a.value(0) {
                Value::Record(r) => Ok(Value::Bool(r.fields.contains_key(&k))),
                Value::Table(t) => Ok(Value::Bool(t.columns.contains_key(&k))),
                _ => Err(a.wrong(0, "a record or table")),
            }
        },
    },
    NativeFn {
        name: "merge",
        params: &[req("record"), req("more")],
        doc: "a record with the fields of both; a field of `more` replaces one of the same name",
        columns: false,
        func: |_, a| match (a.value(0), a.value(1)) {
            (Value::Record(r), Value::Record(more)) => {
                let mut out = r.as_ref().clone();
                for (k, v) in &more.fields {
                    out.fields.insert(k.clone(), v.clone());
                }
                Ok(Value::Record(Rc::new(out)))
            }
            (Value::Record(_), _) => Err(a.wrong(1, "a record")),
            _ => Err(a.wrong(0, "a record")),
        },
    },
    NativeFn {
        name: "with_field",
        params: &[req("record"), req("name"), req("value")],
        doc: "a copy of the record with the field `name` set to `value` (a field named by text)",
        columns: false,
        func: |i, a| {
            let Value::Record(r) = a.value(0) else {
                return Err(a.wrong(0, "a record"));
            };
            let mut out = r.as_ref().clone();
            out.fields.insert(users_name(i, a, 1)?, a.value(2));
            Ok(Value::Record(Rc::new(out)))
        },
    },
    NativeFn {
        name: "map",
        params: &[req("xs"), req("f")],
        doc: "apply `f` to every item: `map(xs, fn(x) => x * 2)`",
        columns: false,
        func: |i, a| {
            let f = a.value(1);
            let mut out = Vec::new();
            each(i, a, 0, |i, x| {
                out.push(call1(i, &f, x, a)?);
                Ok(())
            })?;
            Ok(Value::list(out))
        },
    },
    NativeFn {
        name: "filter",
        params: &[req("xs"), req("keep")],
        doc: "the items for which `keep` is true",
        columns: false,
        func: |i, a| {
            let f = a.value(1);
            let mut out = Vec::new();
            each(i, a, 0, |i, x| match call1(i, &f, x.clone(), a)? {
                Value::Bool(true) => {
                    out.push(x);
                    Ok(())
                }
                Value::Bool(false) => Ok(()),
                other => Err(RtError::new(
                    Code::TypeMismatch,
                    format!(
                        "the filter function must return true or false, not a {}",
                        other.type_name()
                    ),
                    a.span(1),
                    "this function",
                )),
            })?;
            Ok(Value::list(out))
        },
    },
    NativeFn {
        name: "sort",
        params: &[req("xs"), opt("by")],
        doc: "sort numbers or text ascending; `by` gives a key function",
        columns: false,
        func: sort,
    },
    NativeFn {
        name: "reverse",
        params: &[req("xs")],
        doc: "the list in reverse order",
        columns: false,
        func: |_, a| {
            let mut v = a.list(0)?.as_ref().clone();
            v.reverse();
            Ok(Value::list(v))
        },
    },
    NativeFn {
        name: "rows",
        params: &[req("table")],
        doc: "the rows of a table as a list of records",
        columns: false,
        func: |_, a| match a.value(0) {
            Value::Table(t) => Ok(Value::list((0..t.rows()).map(|r| t.row(r)).collect())),
            _ => Err(a.wrong(0, "a table")),
        },
    },
    NativeFn {
        name: "to_table",
        params: &[req("rows")],
        doc: "a table from a list of records with the same fields",
        columns: false,
        func: to_table,
    },
    NativeFn {
        name: "with_column",
        params: &[req("table"), req("name"), req("values")],
        doc: "a copy of the table with a column added or replaced",
        columns: true,
        func: |i, a| {
            let Value::Table(t) = a.value(0) else {
                return Err(a.wrong(0, "a table"));
            };
            let name = users_name(i, a, 1)?;
            let column = match a.value(2) {
                Value::Column(c) => c.as_ref().clone(),
                Value::List(values) => Column::from_values(values.as_ref().clone()),
                _ => return Err(a.wrong(2, "a column or a list of values")),
            };
            if column.len() != t.rows() {
                return Err(RtError::new(
                    Code::TableShape,
                    format!(
                        "the table has {} rows but {} values were given",
                        t.rows(),
                        column.len()
                    ),
                    a.span(2),
                    format!("{} values", column.len()),
                ));
            }
            let mut cols = t.columns.clone();
            cols.insert(name, Rc::new(column));
            Ok(Value::Table(Rc::new(Table { columns: cols })))
        },
    },
];

/// A field or column name given as text (argument `idx`); one the user's script gives is the
/// user's, printed as written in every locale (see [`crate::number::labels::keep_as_written`]).
fn users_name(i: &dyn Host, a: &Args, idx: usize) -> Eval<Rc<str>> {
    let name = a.str(idx)?;
    if i.in_users_script(a.span(idx)) {
        crate::number::labels::keep_as_written(&name);
    }
    Ok(name)
}

fn iterable(i: &mut dyn Host, a: &Args, idx: usize) -> Eval<Vec<Value>> {
    let v = a.value(idx);
    i.iterate(&v, a.span(idx))
}

/// Calls `f` with each item of argument `idx` in turn. A range of whole numbers is walked
/// without building its list (`filter(0..99999999, f)` holds only what `f` keeps); past
/// 100,000,000 steps it is refused as a `for` loop's list is (the callback may be a native,
/// which does not check the time limit).
fn each(
    i: &mut dyn Host,
    a: &Args,
    idx: usize,
    mut f: impl FnMut(&mut dyn Host, Value) -> Eval<()>,
) -> Eval<()> {
    if let Value::Range(r) = a.value(idx) {
        let walkable = r
            .whole_bounds()
            .filter(|(a, b)| b.saturating_sub(*a) <= 100_000_000);
        if let Some((first, last)) = walkable {
            for k in first..=last {
                f(
                    i,
                    Value::Num(Quantity::new(Num::int(k), r.start.unit.clone())),
                )?;
            }
            return Ok(());
        }
    }
    for x in iterable(i, a, idx)? {
        f(i, x)?;
    }
    Ok(())
}

/// The sum of a range of whole numbers in closed form, (first + last) × count / 2, and the
/// count: `sum(0..99999999)` neither builds nor walks a list.
fn range_sum(i: &dyn Host, a: &Args, r: &crate::value::Range) -> Eval<Option<(Quantity, usize)>> {
    let Some((first, last)) = r.whole_bounds() else {
        return Ok(None);
    };
    let unit = r.start.unit.clone();
    if last < first {
        return Ok(Some((Quantity::new(Num::ZERO, unit), 0)));
    }
    let count = i128::from(last) - i128::from(first) + 1;
    let n = i64::try_from(count).map_err(|_| a.wrong(0, "a range of fewer steps"))?;
    let total = Num::int(first)
        .add(Num::int(last))
        .and_then(|ends| ends.mul(Num::int(n)))
        .and_then(|twice| twice.div(Num::int(2)))
        .map_err(|e| a.num_error(i, e, 0))?;
    Ok(Some((Quantity::new(total, unit), n as usize)))
}

fn call1(i: &mut dyn Host, f: &Value, x: Value, a: &Args) -> Eval<Value> {
    i.call(f, vec![(x, a.span(0))], a.call)
}

fn sum(i: &mut dyn Host, a: &Args) -> Eval<(Quantity, usize)> {
    if let Value::Column(c) = a.value(0) {
        return column_sum(&c).ok_or_else(|| a.wrong(0, "a column of numbers"));
    }
    if let Value::Range(r) = a.value(0) {
        if let Some(closed) = range_sum(i, a, &r)? {
            return Ok(closed);
        }
    }
    let items = iterable(i, a, 0)?;
    let mut acc: Option<Quantity> = None;
    for v in &items {
        let Value::Num(q) = v else {
            return Err(RtError::new(
                Code::TypeMismatch,
                format!(
                    "can only add numbers, and this list holds a {}",
                    v.type_name()
                ),
                a.span(0),
                "this list",
            ));
        };
        acc = Some(match acc {
            None => q.clone(),
            Some(s) => s.add(q, None).map_err(|_| {
                RtError::new(
                    Code::DimensionMismatch,
                    format!("cannot add {q} to a sum in {}", s.unit),
                    a.span(0),
                    "the items of this list have different units",
                )
            })?,
        });
    }
    Ok((acc.unwrap_or(Quantity::plain(Num::ZERO)), items.len()))
}

/// The sum of a column's values and how many there are, missing cells left out (as SPSS and
/// pandas do); a column of true/false sums to the number of trues.
pub(super) fn column_sum(c: &Column) -> Option<(Quantity, usize)> {
    let (total, n, unit) = match c {
        Column::Num(xs, u) => {
            let mut total = 0.0;
            let mut n = 0;
            for x in xs.iter().filter(|x| !x.is_nan()) {
                total += x;
                n += 1;
            }
            (total, n, u.clone())
        }
        Column::Bool(bs) => (
            bs.iter().filter(|b| **b).count() as f64,
            bs.len(),
            crate::units::Unit::none(),
        ),
        _ => return None,
    };
    let value = Num::from_f64(total).ok()?;
    Some((Quantity::new(value, unit), n))
}

fn sort(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let items = iterable(i, a, 0)?;
    let keys: Vec<Value> = match a.get(1) {
        Some(f) => {
            let f = f.clone();
            let mut ks = Vec::with_capacity(items.len());
            for x in &items {
                ks.push(call1(i, &f, x.clone(), a)?);
            }
            ks
        }
        None => items.clone(),
    };
    let order = sort_keys(&keys, a)?;
    Ok(Value::list(
        order.into_iter().map(|k| items[k].clone()).collect(),
    ))
}

/// The order that sorts `keys`, which must all be numbers of one dimension or all texts. A
/// list that mixes kinds is an error naming the first two that differ, not an order such as
/// "numbers before texts": in planning data a text among numbers is nearly always a number
/// read as text (`"12"`, `"n/a"`), and sorting it quietly to one end would hide that. The
/// keys are put in one unit first and then compared as a total order (exact decimals exactly,
/// any approximate number as `f64::total_cmp`), so the sort cannot be handed an inconsistent
/// comparison.
fn sort_keys(keys: &[Value], a: &Args) -> Eval<Vec<usize>> {
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    match keys.first() {
        None => {}
        Some(Value::Str(_)) => {
            let texts = keys
                .iter()
                .enumerate()
                .map(|(k, v)| match v {
                    Value::Str(s) => Ok(s),
                    other => Err(mixed(a, 0, &keys[0], k, other)),
                })
                .collect::<Eval<Vec<_>>>()?;
            idx.sort_by(|&x, &y| texts[x].cmp(texts[y]));
        }
        Some(Value::Num(first)) => {
            let zero = Quantity::new(Num::ZERO, first.unit.clone());
            let mut nums = Vec::with_capacity(keys.len());
            for (k, v) in keys.iter().enumerate() {
                let Value::Num(q) = v else {
                    return Err(mixed(a, 0, &keys[0], k, v));
                };
                // 0 (in the first key's unit) + q is q in that unit.
                let aligned = zero.add(q, None).map_err(|_| {
                    let among = if first.is_plain() {
                        "plain numbers".to_string()
                    } else {
                        format!("numbers in {}", first.unit)
                    };
                    RtError::new(
                        Code::DimensionMismatch,
                        format!(
                            "sort cannot order {q} among {among}: item {} has another dimension",
                            k + 1
                        ),
                        a.span(0),
                        "the items of this list have units that cannot be compared",
                    )
                })?;
                nums.push(aligned.value);
            }
            if nums.iter().all(|n| matches!(n, Num::Exact(_))) {
                idx.sort_by(|&x, &y| nums[x].partial_cmp(&nums[y]).expect("exact decimals"));
            } else {
                let f: Vec<f64> = nums.iter().map(|n| n.to_f64()).collect();
                idx.sort_by(|&x, &y| f[x].total_cmp(&f[y]));
            }
        }
        Some(other) => {
            return Err(RtError::new(
                Code::TypeMismatch,
                format!(
                    "sort needs numbers or texts, and item 1 is a {}",
                    other.type_name()
                ),
                a.span(0),
                "this list",
            ))
        }
    }
    Ok(idx)
}

/// A list whose items are of two kinds: the first item and the first that differs, named.
fn mixed(a: &Args, i: usize, first: &Value, k: usize, other: &Value) -> RtError {
    RtError::new(
        Code::TypeMismatch,
        format!(
            "sort needs items of one kind, and item 1 is a {} but item {} is a {}",
            first.type_name(),
            k + 1,
            other.type_name()
        ),
        a.span(i),
        "this list mixes kinds",
    )
    .hint("convert the items first, e.g. `map(xs, fn(x) => number(x))`, or give `by`")
}

fn to_table(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    match Table::from_records(&a.list(0)?) {
        Ok(t) => Ok(Value::Table(Rc::new(t))),
        Err((_, None)) => Err(a.wrong(0, "a list of records")),
        Err((r, Some(n))) => Err(RtError::new(
            Code::TableShape,
            format!("row {r} has no field `{n}`"),
            a.span(0),
            "rows must have the same fields",
        )),
    }
}
