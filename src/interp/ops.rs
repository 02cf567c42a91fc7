//! Operators on values, and the diagnostics for operands that do not fit: a dimension mismatch
//! labels both operands with their units; a division by zero underlines the divisor.

use super::{Eval, Interp, RtError};
use crate::ast::{BinaryOp, UnitExpr};
use crate::codes::Code;
use crate::number::{Num, NumError};
use crate::span::Span;
use crate::units::{Atom, Plurals, Quantity, Unit, UnitError, WorkLengths};
use crate::value::Value;
use std::cmp::Ordering;
use std::rc::Rc;

/// The unit a `UnitExpr` names. (Counted units that look like misspelt time units are warned
/// about once, statically, by [`crate::check::warnings`], not on every evaluation.)
pub(super) fn unit_of(u: &UnitExpr, plurals: &Plurals) -> Unit {
    let per: Vec<&str> = u.per.iter().map(|n| &*n.node).collect();
    Unit::from_names_in(u.numerator.as_ref().map(|n| &*n.node), &per, plurals)
}

impl Interp {
    pub(crate) fn num_error(&self, e: NumError, span: Span) -> RtError {
        match e {
            NumError::DivisionByZero => RtError::new(
                Code::DivisionByZero,
                "division by zero",
                span,
                "this is zero",
            ),
            NumError::Overflow => RtError::new(
                Code::Overflow,
                "the result is too large for a number",
                span,
                "this overflows",
            )
            .hint("exact numbers go up to about 7.9 × 10^28"),
            NumError::Domain => RtError::new(
                Code::InvalidValue,
                "the result is not a real number",
                span,
                "no real result here",
            ),
        }
    }

    /// Turn a unit error between two operands into a diagnostic that labels both.
    pub(super) fn unit_error(
        &self,
        e: UnitError,
        span: Span,
        a: &Quantity,
        b_span: Span,
        b: &Quantity,
    ) -> RtError {
        let describe = |q: &Quantity| {
            if q.unit.is_none() {
                "a plain number".to_string()
            } else {
                q.unit.to_string()
            }
        };
        match e {
            UnitError::Mismatch => RtError::new(
                Code::DimensionMismatch,
                format!("cannot combine {} with {}", describe(a), describe(b)),
                span,
                format!("this is {a}"),
            )
            .label(b_span, format!("this is {b}"))
            .hint("only quantities of the same kind combine; convert with `in` or check the units"),
            UnitError::NeedsCalendar(words) => RtError::new(
                Code::NeedsCalendar,
                format!(
                    "converting {} needs a working calendar, and none is in scope",
                    words.join(" and ")
                ),
                span,
                format!("this is {a}"),
            )
            .label(b_span, format!("this is {b}"))
            .hint(if self.is_stdlib(span.src) {
                // The script's `using` does not reach a stdlib function: it needs the calendar given.
                "how many hours a working day has depends on the calendar: stdlib functions do not see the script's `using`, so give this one the calendar (or a cadre declared `in CALENDAR`)"
            } else {
                "how many hours a working day has depends on the calendar: add `using CALENDAR` first"
            })
            .note("wl never assumes a 24-hour day: a working day is as long as the calendar says"),
            UnitError::CalendarIncomplete { calendar, missing } => RtError::new(
                Code::NeedsCalendar,
                format!("calendar `{calendar}` does not say how long its {} are", missing.join(" and ")),
                span,
                format!("this is {a}"),
            )
            .label(b_span, format!("this is {b}"))
            .hint("give the calendar `hours_per_day` and `days_per_week` (and the leave days for a working year)"),
            UnitError::PowerOverflow => RtError::new(
                Code::Overflow,
                "the powers of this unit grow too large",
                span,
                format!("this is {a}"),
            )
            .label(b_span, format!("this is {b}"))
            .hint("a unit's powers are whole numbers up to about two billion"),
            UnitError::Number(n) => self.num_error(n, b_span),
        }
    }

    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        a: Value,
        a_span: Span,
        b: Value,
        b_span: Span,
        env: &Rc<super::Env>,
    ) -> Eval<Value> {
        let span = a_span.to(b_span);
        let cal = env.calendar();
        let cal = cal.as_deref();
        match (&a, &b) {
            // With a list on the other side, a column is the list of its values.
            (Value::Column(c), Value::List(_)) => {
                let a = Value::list(c.values());
                return self.binary(op, a, a_span, b, b_span, env);
            }
            (Value::List(_), Value::Column(c)) => {
                let b = Value::list(c.values());
                return self.binary(op, a, a_span, b, b_span, env);
            }
            (Value::Column(_), _) | (_, Value::Column(_)) => {
                return self.column_op(op, &a, a_span, &b, b_span, cal);
            }
            _ => {}
        }
        match (op, &a, &b) {
            (BinaryOp::Eq, _, _) | (BinaryOp::NotEq, _, _) => {
                if let (Value::Num(x), Value::Num(y)) = (&a, &b) {
                    let ord = x
                        .compare(y, cal)
                        .map_err(|e| self.unit_error(e, a_span, x, b_span, y))?;
                    let eq = ord == Some(Ordering::Equal);
                    return Ok(Value::Bool(if op == BinaryOp::Eq { eq } else { !eq }));
                }
                let eq = a.equals(&b);
                Ok(Value::Bool(if op == BinaryOp::Eq { eq } else { !eq }))
            }
            (_, Value::Num(x), Value::Num(y)) => {
                let r = match op {
                    BinaryOp::Add => x.add(y, cal),
                    BinaryOp::Sub => x.sub(y, cal),
                    BinaryOp::Mul => {
                        longer_than_period(x, a_span, y, b_span, cal)?;
                        longer_than_period(y, b_span, x, a_span, cal)?;
                        x.mul(y, cal)
                    }
                    BinaryOp::Div => {
                        if y.value.is_zero() {
                            return Err(RtError::new(
                                Code::DivisionByZero,
                                "division by zero",
                                b_span,
                                "this is zero",
                            )
                            .label(a_span, "dividing this"));
                        }
                        x.div(y, cal)
                    }
                    BinaryOp::Pow => x.pow(y),
                    BinaryOp::Lt | BinaryOp::LtEq | BinaryOp::Gt | BinaryOp::GtEq => {
                        let ord = x
                            .compare(y, cal)
                            .map_err(|e| self.unit_error(e, a_span, x, b_span, y))?;
                        let ord = ord.ok_or_else(|| self.num_error(NumError::Domain, span))?;
                        let r = match op {
                            BinaryOp::Lt => ord == Ordering::Less,
                            BinaryOp::LtEq => ord != Ordering::Greater,
                            BinaryOp::Gt => ord == Ordering::Greater,
                            _ => ord != Ordering::Less,
                        };
                        return Ok(Value::Bool(r));
                    }
                    BinaryOp::And | BinaryOp::Or | BinaryOp::Eq | BinaryOp::NotEq => {
                        unreachable!("handled above")
                    }
                };
                match r {
                    Ok(q) => Ok(Value::Num(q)),
                    Err(UnitError::Mismatch) if op == BinaryOp::Pow => Err(RtError::new(
                        Code::DimensionMismatch,
                        "a power of a quantity needs a whole-number exponent without a unit",
                        b_span,
                        format!("this is {y}"),
                    )),
                    Err(UnitError::Number(NumError::Overflow)) => {
                        Err(self.num_error(NumError::Overflow, span))
                    }
                    Err(e) => Err(self.unit_error(e, a_span, x, b_span, y)),
                }
            }
            (BinaryOp::Add, Value::Str(x), Value::Str(y)) => {
                Ok(Value::Str(Rc::from(format!("{x}{y}"))))
            }
            (BinaryOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.as_ref().clone();
                v.extend(y.iter().cloned());
                Ok(Value::list(v))
            }
            (
                BinaryOp::Lt | BinaryOp::LtEq | BinaryOp::Gt | BinaryOp::GtEq,
                Value::Str(x),
                Value::Str(y),
            ) => {
                let ord = x.cmp(y);
                Ok(Value::Bool(match op {
                    BinaryOp::Lt => ord == Ordering::Less,
                    BinaryOp::LtEq => ord != Ordering::Greater,
                    BinaryOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }))
            }
            // Element-wise arithmetic between a list and a number (or two lists of one length).
            (
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div,
                Value::List(xs),
                Value::Num(_),
            ) => {
                let mut out = Vec::with_capacity(xs.len());
                for x in xs.iter() {
                    out.push(self.binary(op, x.clone(), a_span, b.clone(), b_span, env)?);
                }
                Ok(Value::list(out))
            }
            (
                BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div,
                Value::Num(_),
                Value::List(ys),
            ) => {
                let mut out = Vec::with_capacity(ys.len());
                for y in ys.iter() {
                    out.push(self.binary(op, a.clone(), a_span, y.clone(), b_span, env)?);
                }
                Ok(Value::list(out))
            }
            (BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div, Value::List(xs), Value::List(ys)) => {
                if xs.len() != ys.len() {
                    return Err(RtError::new(
                        Code::TableShape,
                        format!("element-wise arithmetic needs lists of one length; these have {} and {}", xs.len(), ys.len()),
                        a_span,
                        format!("{} items", xs.len()),
                    )
                    .label(b_span, format!("{} items", ys.len())));
                }
                let mut out = Vec::with_capacity(xs.len());
                for (x, y) in xs.iter().zip(ys.iter()) {
                    out.push(self.binary(op, x.clone(), a_span, y.clone(), b_span, env)?);
                }
                Ok(Value::list(out))
            }
            _ => Err(RtError::new(
                Code::TypeMismatch,
                format!(
                    "`{}` does not apply to a {} and a {}",
                    op.symbol(),
                    a.type_name(),
                    b.type_name()
                ),
                a_span,
                format!("this is a {}", a.type_name()),
            )
            .label(b_span, format!("this is a {}", b.type_name()))
            .hint(type_hint(op, &a, &b))),
        }
    }
}

fn type_hint(op: BinaryOp, a: &Value, b: &Value) -> String {
    match (a, b) {
        (Value::Str(_), Value::Num(_)) | (Value::Num(_), Value::Str(_)) => {
            "text is not a number; write the number without quotes, or convert with `number(...)`"
                .into()
        }
        _ if matches!(op, BinaryOp::And | BinaryOp::Or) => {
            "`and` and `or` join conditions that are true or false".into()
        }
        _ => "check the types of both sides".into(),
    }
}

/// E0304: `232 days * 24 h per day` in a calendar whose working day is 8 h. The product is
/// arithmetic that balances, but it counts 24 hours in each working day: the error seed 003
/// makes when it turns 232 working days into 5,568 hours.
fn longer_than_period(
    rate: &Quantity,
    rate_span: Span,
    other: &Quantity,
    other_span: Span,
    cal: Option<&WorkLengths>,
) -> Eval<()> {
    let Some(cal) = cal else { return Ok(()) };
    let [(clock, 1), (period, -1)] = rate.unit.atoms.as_slice() else {
        return Ok(());
    };
    if !matches!(clock, Atom::Second | Atom::Minute | Atom::Hour) {
        return Ok(());
    }
    let (length, word) = match period {
        Atom::Day => (cal.day, "day"),
        Atom::Week => (cal.week, "week"),
        _ => return Ok(()),
    };
    let Some(length) = length else { return Ok(()) };
    if !other.unit.atoms.iter().any(|(a, p)| a == period && *p > 0) {
        return Ok(());
    }
    let seconds = clock.seconds().map_or(Num::ONE, Num::Exact);
    let Ok(per_period) = rate.value.mul(seconds) else {
        return Ok(());
    };
    if per_period <= Num::Exact(length) {
        return Ok(());
    }
    let hours = Num::Exact(length)
        .div(Num::int(3600))
        .unwrap_or(Num::Exact(length));
    Err(RtError::new(
        Code::LongerThanPeriod,
        format!(
            "{rate} is more than a working {word} of calendar `{}` has ({hours} h)",
            cal.name
        ),
        rate_span,
        format!("a working {word} here is {hours} h"),
    )
    .label(other_span, format!("these are working {word}s of {hours} h"))
    .hint(format!(
        "days in a calendar are working days; multiply by its working hours (`{0} in h`), or count round-the-clock hours directly (`8760 h`)",
        other
    )))
}
