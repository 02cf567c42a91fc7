//! The native-function registry: one entry per function written in Rust, with its parameters and
//! a one-line doc. The same table drives argument binding and arity errors, REPL completion and
//! `:help`, and the reference list (`wl help functions`).

mod bands;
mod collections;
mod crosstab;
mod data;
mod dates;
mod math;
mod output;
pub(crate) mod scales;
mod script;
mod signal;
mod stats;
mod tables;
mod text;

use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::interp::{signature, Interp, ParamShape};
use crate::number::Num;
use crate::span::Span;
use crate::units::Quantity;
use crate::value::Value;
use std::rc::Rc;

/// A native's parameter: the same shape the binder uses for user functions.
pub type Param = ParamShape<'static>;

pub const fn req(name: &'static str) -> Param {
    Param {
        name,
        optional: false,
        rest: false,
    }
}

pub const fn opt(name: &'static str) -> Param {
    Param {
        name,
        optional: true,
        rest: false,
    }
}

pub const fn rest(name: &'static str) -> Param {
    Param {
        name,
        optional: true,
        rest: true,
    }
}

pub struct NativeFn {
    pub name: &'static str,
    pub params: &'static [Param],
    pub doc: &'static str,
    pub func: fn(&mut Interp, &mut Args) -> Eval<Value>,
}

impl std::fmt::Debug for NativeFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<native {}>", self.name)
    }
}

impl NativeFn {
    /// `round(x, digits?, mode?)`
    pub fn signature(&self) -> String {
        format!("{}({})", self.name, signature(self.params))
    }
}

/// Every native function.
pub fn all() -> impl Iterator<Item = &'static NativeFn> {
    math::NATIVES
        .iter()
        .chain(collections::NATIVES.iter())
        .chain(text::NATIVES.iter())
        .chain(bands::NATIVES.iter())
        .chain(signal::NATIVES.iter())
        .chain(dates::NATIVES.iter())
        .chain(data::NATIVES.iter())
        .chain(stats::NATIVES.iter())
        .chain(scales::NATIVES.iter())
        .chain(output::NATIVES.iter())
        .chain(tables::NATIVES.iter())
        .chain(script::NATIVES.iter())
}

/// Natives that receive a table column as a column (a vector of numbers with one unit) rather
/// than as a list of values: the ones with a fast path for a million rows.
const COLUMN_NATIVES: &[&str] = &[
    "len",
    "sum",
    "mean",
    "min",
    "max",
    "count",
    "with_column",
    "aggregate",
    "lookup",
    "type",
    "classify",
    "minutes_per_unit",
    "divide_or_missing",
    "fill_missing",
];

pub fn takes_columns(name: &str) -> bool {
    COLUMN_NATIVES.contains(&name)
}

pub fn find(name: &str) -> Option<&'static NativeFn> {
    all().find(|n| n.name == name)
}

/// Arguments bound to a native's parameters, with their spans for error labels.
pub struct Args {
    slots: Vec<Option<(Value, Span)>>,
    pub call: Span,
}

impl Args {
    pub fn new(slots: Vec<Option<(Value, Span)>>, call: Span) -> Args {
        Args { slots, call }
    }

    pub fn get(&self, i: usize) -> Option<&Value> {
        self.slots.get(i).and_then(|s| s.as_ref().map(|(v, _)| v))
    }

    pub fn span(&self, i: usize) -> Span {
        self.slots
            .get(i)
            .and_then(|s| s.as_ref().map(|(_, sp)| *sp))
            .unwrap_or(self.call)
    }

    pub fn value(&self, i: usize) -> Value {
        self.get(i).cloned().unwrap_or(Value::Nil)
    }

    pub fn wrong(&self, i: usize, want: &str) -> RtError {
        let v = self.value(i);
        RtError::new(
            Code::TypeMismatch,
            format!("expected {want}, got a {}", v.type_name()),
            self.span(i),
            format!("this is {}", v.short()),
        )
    }

    pub fn quantity(&self, i: usize) -> Eval<Quantity> {
        match self.get(i) {
            Some(Value::Num(q)) => Ok(q.clone()),
            _ => Err(self.wrong(i, "a number")),
        }
    }

    /// A plain number (a percentage counts as its share: 30% is 0.3).
    pub fn plain(&self, i: usize) -> Eval<Num> {
        match self.get(i) {
            Some(Value::Num(q)) => q.as_plain().ok_or_else(|| {
                RtError::new(
                    Code::DimensionMismatch,
                    format!("expected a plain number, got a quantity in {}", q.unit),
                    self.span(i),
                    format!("this is {q}"),
                )
            }),
            _ => Err(self.wrong(i, "a number")),
        }
    }

    pub fn int(&self, i: usize, default: i64) -> Eval<i64> {
        match self.get(i) {
            None => Ok(default),
            Some(_) => self
                .plain(i)?
                .as_i64()
                .ok_or_else(|| self.wrong(i, "a whole number")),
        }
    }

    pub fn str(&self, i: usize) -> Eval<Rc<str>> {
        match self.get(i) {
            Some(Value::Str(s)) => Ok(s.clone()),
            _ => Err(self.wrong(i, "text")),
        }
    }

    pub fn list(&self, i: usize) -> Eval<Rc<Vec<Value>>> {
        match self.get(i) {
            Some(Value::List(l)) => Ok(l.clone()),
            _ => Err(self.wrong(i, "a list")),
        }
    }

    /// An arithmetic failure of argument `i`, reported as the interpreter reports it, with the
    /// argument's value in the label.
    pub fn num_error(&self, interp: &Interp, e: crate::number::NumError, i: usize) -> RtError {
        let mut err = interp.num_error(e, self.span(i));
        if e == crate::number::NumError::Domain {
            err.0.labels[0].message = format!("no real result for {}", self.value(i).short());
        }
        err
    }
}

#[cfg(test)]
mod registry_tests {
    #[test]
    fn every_native_has_its_own_name() {
        let mut names: Vec<&str> = super::all().map(|n| n.name).collect();
        let total = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), total, "two natives share a name");
    }
}
