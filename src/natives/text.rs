//! Natives on text and on the kind of a value.

use super::{opt, req, NativeFn};
use crate::codes::Code;
use crate::interp::RtError;
use crate::number::Num;
use crate::units::Atom;
use crate::value::Value;
use rust_decimal::Decimal;
use std::rc::Rc;
use std::str::FromStr;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "str",
        params: &[req("x")],
        doc: "the value as text, as `print` shows it",
        func: |_, a| Ok(Value::Str(Rc::from(a.value(0).to_string()))),
    },
    NativeFn {
        name: "number",
        params: &[req("text")],
        doc: "read a number from text (`\"1.5\"` → 1.5; a decimal comma is accepted)",
        func: |_, a| {
            let s = a.str(0)?;
            let cleaned = s.trim().replace(',', ".");
            Decimal::from_str(&cleaned)
                .map(|d| Value::num(Num::Exact(d)))
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
        name: "type",
        params: &[req("x")],
        doc: "what kind of value this is, as text",
        func: |_, a| Ok(Value::Str(Rc::from(a.value(0).type_name()))),
    },
    NativeFn {
        name: "unit",
        params: &[req("x")],
        doc: "the unit of a quantity as text (empty for a plain number)",
        func: |_, a| Ok(Value::Str(Rc::from(a.quantity(0)?.unit.to_string()))),
    },
    NativeFn {
        name: "is_rate",
        params: &[req("x")],
        doc: "true for a rate of working (`3 samples per h`: clock time only below the line), false for a unit time (`20 min per visit`)",
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
        func: |i, a| {
            let q = a.quantity(0)?;
            let clock = |atom: &Atom| matches!(atom, Atom::Second | Atom::Minute | Atom::Hour);
            let rate = q.unit.atoms.iter().any(|(atom, n)| clock(atom) && *n < 0);
            // The clock part of the unit, in minutes; the counted part is dropped.
            let mut minutes = q.value;
            for (atom, n) in &q.unit.atoms {
                if clock(atom) {
                    let (_, size) = crate::units::WorkLengths::dim(None, atom);
                    let f = Num::Exact(size).pow(Num::int(*n as i64)).map_err(|e| a.num_error(i, e, 0))?;
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
        name: "value",
        params: &[req("x")],
        doc: "the number of a quantity without its unit, in the unit it has",
        func: |_, a| Ok(Value::num(a.quantity(0)?.value)),
    },
];
