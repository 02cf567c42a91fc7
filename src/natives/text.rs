//! Natives on text and on the kind of a value.

use super::{opt, req, NativeFn};
use crate::codes::Code;
use crate::diagnostic::RtError;
use crate::number::{Locale, Num};
use crate::units::{Atom, Unit};
use crate::value::Value;
use rust_decimal::Decimal;
use std::rc::Rc;
use std::str::FromStr;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "str",
        params: &[req("x")],
        doc: "the value as text, as `print` shows it; under `--locale id` with decimal commas (`0,464`) but no thousands dot, so the text can go into a file name (`\"wisn_\" + str(2026)`); a text is returned as it is",
        columns: false,
        func: |h, a| Ok(Value::Str(Rc::from(as_text(&a.value(0), h.locale())))),
    },
    NativeFn {
        name: "number",
        params: &[req("text")],
        doc: "read a number from text (`\"1.5\"` → 1.5; a decimal comma is accepted)",
        columns: false,
        func: |_, a| {
            let s = a.str(0)?;
            let cleaned = s.trim().replace(',', ".");
            Decimal::from_str(&cleaned)
                .map(|d| Value::num(Num::from(d)))
                .map_err(|_| {
                    RtError::new(
                        Code::InvalidValue,
                        format!("\"{s}\" is not a number"),
                        a.span(0),
                        "not a number",
                    )
                })
        },
    },
    NativeFn {
        name: "join",
        params: &[req("xs"), opt("separator")],
        doc: "join items into text, with a separator (default \", \")",
        columns: false,
        func: |_, a| {
            let xs = a.list(0)?;
            let sep = match a.get(1) {
                Some(_) => a.str(1)?.to_string(),
                None => ", ".to_string(),
            };
            let parts: Vec<String> = xs.iter().map(|v| v.to_string()).collect();
            Ok(Value::Str(Rc::from(parts.join(&sep))))
        },
    },
    NativeFn {
        name: "lower",
        params: &[req("text")],
        doc: "the text in lower case (`\"Pelatihan\"` → \"pelatihan\")",
        columns: false,
        func: |_, a| Ok(Value::Str(Rc::from(a.str(0)?.to_lowercase()))),
    },
    NativeFn {
        name: "contains",
        params: &[req("text"), req("part")],
        doc: "whether a text contains another, as written (`contains(lower(x), \"training\")`)",
        columns: false,
        func: |_, a| Ok(Value::Bool(a.str(0)?.contains(&*a.str(1)?))),
    },
    NativeFn {
        name: "type",
        params: &[req("x")],
        doc: "what kind of value this is, as text",
        columns: true,
        func: |_, a| Ok(Value::Str(Rc::from(a.value(0).type_name()))),
    },
    NativeFn {
        name: "unit",
        params: &[req("x")],
        doc: "the unit of a quantity as text (empty for a plain number)",
        columns: false,
        func: |_, a| Ok(Value::Str(Rc::from(a.quantity(0)?.unit.to_string()))),
    },
    NativeFn {
        name: "is_rate",
        params: &[req("x")],
        doc: "true for a rate of working (`3 samples per h`: clock time only below the line), false for a unit time (`20 min per visit`)",
        columns: false,
        func: |_, a| {
            let q = a.quantity(0)?;
            let clock = |p: &dyn Fn(i32) -> bool| {
                q.unit.atoms.iter().any(|(atom, n)| {
                    matches!(atom, Atom::Second | Atom::Minute | Atom::Hour) && p(*n)
                })
            };
            Ok(Value::Bool(clock(&|n| n < 0) && !clock(&|n| n > 0)))
        },
    },
    NativeFn {
        name: "minutes_per_unit",
        params: &[req("standard")],
        doc: "a service standard as plain minutes per unit: `20 min per visit` → 20, `3 samples per h` → 20 (for arithmetic on columns read from files)",
        columns: true,
        func: |i, a| {
            let q = a.quantity(0)?;
            let clock = |atom: &Atom| matches!(atom, Atom::Second | Atom::Minute | Atom::Hour);
            let rate = q.unit.atoms.iter().any(|(atom, n)| clock(atom) && *n < 0);
            // The clock part of the unit, in minutes; the counted part is dropped.
            let mut minutes = q.value;
            for (atom, n) in &q.unit.atoms {
                if clock(atom) {
                    let secs = atom.seconds().map_or(Num::ONE, Num::Exact);
                    let size = secs.div(Num::int(60)).map_err(|e| a.num_error(i, e, 0))?;
                    let f = size.pow(Num::int(*n as i64)).map_err(|e| a.num_error(i, e, 0))?;
                    minutes = minutes.mul(f).map_err(|e| a.num_error(i, e, 0))?;
                }
            }
            if rate {
                minutes = Num::ONE.div(minutes).map_err(|e| a.num_error(i, e, 0))?;
            }
            Ok(Value::num(minutes))
        },
    },
    NativeFn {
        name: "period",
        params: &[req("x")],
        doc: "the period a quantity is per: \"day\", \"week\", \"month\" or \"year\" (`2 h per week` → \"week\"); \"\" when it is per none",
        columns: false,
        func: |_, a| {
            let q = a.quantity(0)?;
            let period = q.unit.atoms.iter().find_map(|(atom, n)| match (atom, n) {
                (Atom::Day, -1) => Some("day"),
                (Atom::Week, -1) => Some("week"),
                (Atom::Month, -1) => Some("month"),
                (Atom::Year, -1) => Some("year"),
                _ => None,
            });
            Ok(Value::Str(Rc::from(period.unwrap_or(""))))
        },
    },
    NativeFn {
        name: "fixed",
        params: &[req("x"), req("digits"), opt("mode")],
        doc: "the number as text with exactly `digits` decimals (`fixed(2.5, 2)` → \"2.50\"); a half rounds away from zero, or as `mode` says (\"half_even\" is what C's printf and Python's `%.4f` do with an exact tie such as 3.28125); a quantity keeps its unit (`fixed(6000 h, 1)` → \"6000.0 h\")",
        columns: false,
        func: |_, a| {
            let q = a.quantity(0)?;
            let digits = digits_arg(a, 1, 0)?;
            let mode = super::math::mode_from(a, 2)?;
            let rounded = q.value.round(digits as i32, mode);
            Ok(Value::Str(Rc::from(with_unit(rounded.fixed(digits), &q.unit))))
        },
    },
    NativeFn {
        name: "significant",
        params: &[req("x"), req("digits")],
        doc: "the number as text with `digits` significant figures, as C's and Python's `%.6g` write it (`significant(0.000012345, 3)` → \"1.23e-05\"); a quantity keeps its unit",
        columns: false,
        func: |_, a| {
            let q = a.quantity(0)?;
            let digits = digits_arg(a, 1, 1)?;
            Ok(Value::Str(Rc::from(with_unit(
                general(q.value.to_f64(), digits as usize),
                &q.unit,
            ))))
        },
    },
    NativeFn {
        name: "value",
        params: &[req("x")],
        doc: "the number of a quantity without its unit, in the unit it has",
        columns: false,
        func: |_, a| Ok(Value::num(a.quantity(0)?.value)),
    },
];

/// A count of digits between `min` and 28 (the most a decimal number holds).
fn digits_arg(a: &super::Args, i: usize, min: i64) -> crate::diagnostic::Eval<u32> {
    match a.int(i, 0)? {
        d @ 0..=28 if d >= min => Ok(d as u32),
        _ => Err(a.wrong(i, &format!("a whole number of digits from {min} to 28"))),
    }
}

fn with_unit(text: String, unit: &Unit) -> String {
    if unit.is_none() {
        text
    } else {
        format!("{text} {unit}")
    }
}

/// `x` with `p` significant digits in C's `%.{p}g` style: fixed notation when the decimal
/// exponent after rounding is from -4 to p - 1, else `1.5e-07`; trailing zeros dropped.
/// Planners compare p-values with R's and Python's output, which print them this way.
pub fn general(x: f64, p: usize) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    let p = p.max(1);
    // The exponent is taken after rounding to p digits (9.9999995 at 6 digits is 10.0000).
    let sci = format!("{:.*e}", p - 1, x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..p as i32).contains(&exp) {
        let fixed = format!("{:.*}", (p as i32 - 1 - exp) as usize, x);
        trim_zeros(&fixed).to_string()
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{}e{sign}{:02}", trim_zeros(mantissa), exp.abs())
    }
}

/// `1.2300` → `1.23`, `5.000` → `5`; text without a point is left alone.
fn trim_zeros(s: &str) -> &str {
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s
    }
}

/// `str(x)`: a text as it is; anything else as `print` writes it in English, with decimal
/// commas under `id` (outside quoted text inside a list or record).
fn as_text(v: &Value, locale: Locale) -> String {
    match (v, locale) {
        (Value::Str(s), _) => s.to_string(),
        (other, Locale::En) => other.to_string(),
        (other, _) => crate::i18n::decimal_commas(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::general;

    #[test]
    fn general_format_as_printf_writes_it() {
        // Expected strings are Python's `"%.6g" % x` (and `%.3g`).
        let cases: [(f64, usize, &str); 12] = [
            (5.30609e-07, 6, "5.30609e-07"),
            (0.00549454, 6, "0.00549454"),
            (0.0001, 6, "0.0001"),
            (0.00001234, 6, "1.234e-05"),
            (123456.0, 6, "123456"),
            (1234567.0, 6, "1.23457e+06"),
            (9.9999995, 6, "10"),
            (0.0, 6, "0"),
            (-2.5, 6, "-2.5"),
            (1e-300, 6, "1e-300"),
            (0.000012345, 3, "1.23e-05"),
            (100.0, 3, "100"),
        ];
        for (x, p, want) in cases {
            assert_eq!(general(x, p), want, "{x} at {p}");
        }
    }
}
