//! What a native function is, below the interpreter: its entry (name, parameters, doc), the
//! arguments bound to it, and the [`Host`] interface through which it reaches the running
//! interpreter. The natives themselves (`natives/`) and the interpreter both build on this file,
//! so neither the values nor the natives import the interpreter.

use crate::codes::Code;
use crate::diagnostic::{Diagnostic, Eval, RtError};
use crate::number::shown::Shown;
use crate::number::{Locale, Num, NumError};
use crate::span::{SourceId, Span};
use crate::units::Quantity;
use crate::value::Value;
use std::rc::Rc;

/// What a native needs from the interpreter that runs it, and nothing more: calling back into
/// wl (`map`, `filter`, `sort`, `quietly`), walking an iterable, the warnings of the run, the
/// output locale, where the script lives and what it was started with.
pub trait Host {
    /// Call a wl function value with positional arguments (each with its span).
    fn call(&mut self, f: &Value, args: Vec<(Value, Span)>, span: Span) -> Eval<Value>;
    /// The items a `for` loop would walk over.
    fn iterate(&mut self, v: &Value, span: Span) -> Eval<Vec<Value>>;
    /// The warnings of the run so far, to add to (or, for `quietly`, to drop from).
    fn warnings(&mut self) -> &mut Vec<Diagnostic>;
    /// The locale of `--locale`, for natives that write numbers.
    fn locale(&self) -> Locale;
    /// Change the digits `print` shows numbers with (`set_display`).
    fn set_shown(&mut self, shown: Shown);
    /// The name of a source (a script's path): relative data paths resolve beside it.
    fn source_name(&self, src: SourceId) -> &str;
    /// The command-line arguments after the script's path.
    fn script_args(&self) -> &[String];
    /// An arithmetic failure at `span`, worded as the interpreter words it.
    fn num_error(&self, e: NumError, span: Span) -> RtError;
    /// A data file was read (for the report's list of inputs and their checksums).
    fn note_input(&mut self, _path: &std::path::Path) {}
    /// For a place `at` in the stdlib, the script's own call that led there, if one did: where
    /// a warning recorded at `at` belongs.
    fn user_call(&self, at: Span) -> Option<Span>;
    /// Whether `at` is in the user's own script (not in a stdlib file): a name written there
    /// is the user's, printed as written in every locale.
    fn in_users_script(&self, at: Span) -> bool;
}

/// A parameter, as the binder sees it (for natives and user functions alike).
pub struct ParamShape<'a> {
    pub name: &'a str,
    pub optional: bool,
    pub rest: bool,
}

/// A native's parameter.
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

/// `x, digits?, values...`
pub fn signature(params: &[ParamShape]) -> String {
    params
        .iter()
        .map(|p| {
            if p.rest {
                format!("{}...", p.name)
            } else if p.optional {
                format!("{}?", p.name)
            } else {
                p.name.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One function written in Rust.
pub struct NativeFn {
    pub name: &'static str,
    pub params: &'static [Param],
    pub doc: &'static str,
    /// Whether a table column is passed as a column (a vector of numbers with one unit) rather
    /// than as a list of values: the natives with a fast path for a million rows.
    pub columns: bool,
    pub func: fn(&mut dyn Host, &mut Args) -> Eval<Value>,
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
    pub fn num_error(&self, host: &dyn Host, e: NumError, i: usize) -> RtError {
        let mut err = host.num_error(e, self.span(i));
        if e == NumError::Domain {
            err.0.labels[0].message = format!("no real result for {}", self.value(i).short());
        }
        err
    }
}
