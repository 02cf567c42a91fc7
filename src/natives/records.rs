//! The statistics kernel's results and errors as wl values, shared by the statistics,
//! crosstab, reliability and scale natives: numbers (a NaN becomes missing), percentages,
//! counts, result records and tables, a kernel error as a diagnostic, and item columns as the
//! kernel reads them.

use crate::codes::Code;
use crate::diagnostic::RtError;
use crate::number::Num;
use crate::span::Span;
use crate::stats::{self, StatsError};
use crate::table::{Column, Nums, Table};
use crate::units::{Quantity, Unit};
use crate::value::{Record, Value};
use indexmap::IndexMap;
use std::rc::Rc;

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
        Undefined { .. } => Code::TestUndefined,
    };
    RtError::new(code, e.to_string(), span, label.to_string())
}

/// A kernel result as a wl number that keeps the computed double: exact when a decimal of up
/// to 15 digits is that double (a count, a percentage such as 75), otherwise the double itself,
/// so that JSON and CSV output write every bit of it (shown for reading with 15 significant
/// digits at most, as any f64 is). The kernel never returns NaN or infinity; should one slip
/// through it becomes a missing value rather than a printed NaN.
fn full(x: f64) -> Option<Num> {
    let n = Num::from_f64(x).ok()?;
    Some(if n.to_f64() == x { n } else { Num::Approx(x) })
}

pub(super) fn num(x: f64) -> Value {
    full(x).map_or(Value::Nil, Value::num)
}

pub(super) fn percent(x: f64) -> Value {
    full(x).map_or(Value::Nil, |n| {
        Value::Num(Quantity::new(n, Unit::from_names(Some("%"), &[])))
    })
}

pub(super) fn with_unit(x: f64, unit: &Unit) -> Value {
    full(x).map_or(Value::Nil, |n| Value::Num(Quantity::new(n, unit.clone())))
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

pub(super) fn table(columns: Vec<(Rc<str>, Column)>) -> Value {
    Value::Table(Rc::new(Table::from_columns(columns.into_iter().collect())))
}

pub(super) fn percent_unit() -> Unit {
    Unit::from_names(Some("%"), &[])
}

/// The answers of an item column as stored: bytes for a compact column, so that reliability
/// reads them without widening.
pub(super) fn item_answers(v: &Nums) -> stats::Answers<'_> {
    match v.small() {
        Some(b) => stats::Answers::Small(b),
        None => stats::Answers::Wide(v),
    }
}
