//! Arithmetic natives: rounding (explicit, with a mode), roots, logs, min and max.

use super::{opt, req, rest, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::{Num, Rounding};
use crate::units::Quantity;
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "round",
        params: &[req("x"), opt("digits"), opt("mode")],
        doc: "round to `digits` decimals (default 0); mode \"half_up\" (default), \"half_even\", \"floor\", \"ceil\" or \"truncate\"",
        columns: false,
        func: round,
    },
    NativeFn {
        name: "floor",
        params: &[req("x"), opt("digits")],
        doc: "round down (towards minus infinity), to `digits` decimals (default 0)",
        columns: false,
        func: |_, a| round_with(a, Rounding::Floor),
    },
    NativeFn {
        name: "ceil",
        params: &[req("x"), opt("digits")],
        doc: "round up (towards plus infinity), to `digits` decimals (default 0); whole staff: `ceil(x)`",
        columns: false,
        func: |_, a| round_with(a, Rounding::Ceil),
    },
    NativeFn {
        name: "truncate",
        params: &[req("x"), opt("digits")],
        doc: "cut off decimals (towards zero), as seed 001 does with percentages",
        columns: false,
        func: |_, a| round_with(a, Rounding::Truncate),
    },
    NativeFn {
        name: "abs",
        params: &[req("x")],
        doc: "absolute value, unit kept",
        columns: false,
        func: |_, a| {
            let q = a.quantity(0)?;
            Ok(Value::Num(Quantity::new(q.value.abs(), q.unit)))
        },
    },
    NativeFn {
        name: "sqrt",
        params: &[req("x")],
        doc: "square root of a plain number",
        columns: false,
        func: |i, a| {
            let x = a.plain(0)?;
            x.sqrt().map(Value::num).map_err(|e| a.num_error(i, e, 0))
        },
    },
    NativeFn {
        name: "ln",
        params: &[req("x")],
        doc: "natural logarithm",
        columns: false,
        func: |i, a| {
            let x = a.plain(0)?;
            if x <= Num::ZERO {
                return Err(a.num_error(i, crate::number::NumError::Domain, 0));
            }
            x.map_f64(f64::ln).map(Value::num).map_err(|e| a.num_error(i, e, 0))
        },
    },
    NativeFn {
        name: "exp",
        params: &[req("x")],
        doc: "e to the power x",
        columns: false,
        func: |i, a| {
            let x = a.plain(0)?;
            x.map_f64(f64::exp).map(Value::num).map_err(|e| a.num_error(i, e, 0))
        },
    },
    NativeFn {
        name: "min",
        params: &[rest("values")],
        doc: "the smallest of the arguments, or of one list: `min(a, b)`, `min(xs)`",
        columns: true,
        func: |i, a| extreme(i, a, std::cmp::Ordering::Less),
    },
    NativeFn {
        name: "max",
        params: &[rest("values")],
        doc: "the largest of the arguments, or of one list: `max(a, b)`, `max(xs)`",
        columns: true,
        func: |i, a| extreme(i, a, std::cmp::Ordering::Greater),
    },
];

pub(super) fn mode_from(a: &Args, i: usize) -> Eval<Rounding> {
    match a.get(i) {
        None => Ok(Rounding::HalfUp),
        Some(Value::Str(s)) => Rounding::from_name(s).ok_or_else(|| {
            let mut err = RtError::new(
                Code::InvalidValue,
                format!("unknown rounding mode \"{s}\""),
                a.span(i),
                "not a rounding mode",
            )
            .note(format!("the modes are: {}", Rounding::NAMES.join(", ")));
            if let Some(h) = crate::suggest::did_you_mean(s, Rounding::NAMES.iter().copied()) {
                err = err.hint(h);
            }
            err
        }),
        // The rounding functions themselves name their mode: `rounding: floor`.
        Some(Value::Native(n)) => match n.name {
            "floor" => Ok(Rounding::Floor),
            "ceil" => Ok(Rounding::Ceil),
            "truncate" => Ok(Rounding::Truncate),
            "round" => Ok(Rounding::HalfUp),
            _ => Err(RtError::new(
                Code::InvalidValue,
                "not a rounding mode",
                a.span(i),
                "this function does not round",
            )),
        },
        Some(other) => Err(RtError::new(
            Code::TypeMismatch,
            format!(
                "a rounding mode is a name like \"half_up\", not a {}",
                other.type_name()
            ),
            a.span(i),
            "not a rounding mode",
        )),
    }
}

/// Round a number, or every number of a list, keeping units.
pub fn round_value(v: &Value, digits: i32, mode: Rounding) -> Option<Value> {
    match v {
        Value::Num(q) => Some(Value::Num(Quantity::new(
            q.value.round(digits, mode),
            q.unit.clone(),
        ))),
        Value::List(items) => items
            .iter()
            .map(|x| round_value(x, digits, mode))
            .collect::<Option<Vec<_>>>()
            .map(Value::list),
        _ => None,
    }
}

fn digits(a: &Args, i: usize) -> Eval<i32> {
    let d = a.int(i, 0)?;
    if !(-18..=28).contains(&d) {
        return Err(RtError::new(
            Code::InvalidValue,
            "digits must be between -18 and 28",
            a.span(i),
            format!("{d} digits"),
        ));
    }
    Ok(d as i32)
}

fn round(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    round_with(a, mode_from(a, 2)?)
}

fn round_with(a: &Args, mode: Rounding) -> Eval<Value> {
    let d = digits(a, 1)?;
    round_value(&a.value(0), d, mode).ok_or_else(|| a.wrong(0, "a number or a list of numbers"))
}

fn extreme(_: &mut dyn Host, a: &mut Args, want: std::cmp::Ordering) -> Eval<Value> {
    // `max(xs...)` collects its arguments: one column arrives as a list holding it.
    let column = match a.value(0) {
        Value::Column(c) => Some(c),
        Value::List(items) => match items.as_slice() {
            [Value::Column(c)] => Some(c.clone()),
            _ => None,
        },
        _ => None,
    };
    if let Some(c) = column {
        let crate::table::Column::Num(xs, unit) = c.as_ref() else {
            return Err(a.wrong(0, "a column of numbers"));
        };
        let pick = |p: f64, q: f64| {
            if (q < p) == (want == std::cmp::Ordering::Less) {
                q
            } else {
                p
            }
        };
        return Ok(xs
            .iter()
            .copied()
            .filter(|x| !x.is_nan())
            .reduce(pick)
            .and_then(|x| Num::from_f64(x).ok())
            .map_or(Value::Nil, |n| Value::Num(Quantity::new(n, unit.clone()))));
    }
    let items = a.list(0)?;
    let items: Vec<Value> = match items.as_slice() {
        [Value::List(inner)] => inner.as_ref().clone(),
        _ => items.as_ref().clone(),
    };
    let mut best: Option<Quantity> = None;
    for v in &items {
        let Value::Num(q) = v else {
            return Err(RtError::new(
                Code::TypeMismatch,
                format!("min and max compare numbers, not a {}", v.type_name()),
                a.call,
                "in this call",
            ));
        };
        best = Some(match best {
            None => q.clone(),
            Some(b) => {
                let ord = q.compare(&b, None).map_err(|_| {
                    RtError::new(
                        Code::DimensionMismatch,
                        format!("cannot compare {b} with {q}"),
                        a.call,
                        "these values have different units",
                    )
                })?;
                if ord == Some(want) {
                    q.clone()
                } else {
                    b
                }
            }
        });
    }
    best.map(Value::Num).ok_or_else(|| {
        RtError::new(
            Code::InvalidValue,
            "min and max need at least one value",
            a.call,
            "nothing to compare",
        )
    })
}
