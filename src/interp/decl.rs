//! Declarations: `calendar`, `cadre`, `activity`, ... evaluated into checked records.
//!
//! Fields are evaluated in order in a scope where the earlier fields are visible; each is checked
//! against the kind's schema ([`crate::kinds`]): an unknown field gets a "did you mean", a missing
//! required field names itself, and values are checked for units and ranges. A calendar also gets
//! its working lengths, which unit conversions then use.

use super::{Env, Eval, Interp, RtError};
use crate::ast::{Decl, DeclItem};
use crate::codes::Code;
use crate::kinds::{self, Expect};
use crate::number::Num;
use crate::span::Span;
use crate::units::{Atom, Quantity, Unit, WorkLengths};
use crate::value::{Record, Value};
use indexmap::IndexMap;
use rust_decimal::Decimal;
use std::rc::Rc;

impl Interp {
    pub(super) fn eval_decl(&mut self, decl: &Decl, env: &Rc<Env>) -> Eval<Value> {
        let spec = kinds::kind(&decl.kind.node)
            .ok_or_else(|| RtError::from(kinds::unknown_kind(&decl.kind.node, decl.kind.span)))?;
        let scope = Env::child(env);
        let mut fields: IndexMap<Rc<str>, Value> = IndexMap::new();
        let title = decl
            .name
            .as_ref()
            .map(|n| n.node.clone())
            .or_else(|| decl.label.as_ref().map(|l| l.node.clone()));
        if let Some(t) = &title {
            fields.insert(Rc::from("name"), Value::Str(t.clone()));
        }
        if let Some(cal_expr) = &decl.calendar {
            let cal = self.eval(cal_expr, env)?;
            match &cal {
                Value::Record(r) if r.calendar.is_some() => {
                    scope.set_calendar(r.calendar.clone().expect("checked"));
                    fields.insert(Rc::from("calendar"), cal.clone());
                }
                other => {
                    return Err(RtError::new(
                        Code::TypeMismatch,
                        format!("`{} ... in` needs a calendar", spec.name),
                        cal_expr.span,
                        format!("this is a {}", other.type_name()),
                    ))
                }
            }
        }
        let mut field_spans: IndexMap<Rc<str>, Span> = IndexMap::new();
        for (_, list) in spec.children {
            fields.insert(Rc::from(*list), Value::list(Vec::new()));
        }
        for item in &decl.items {
            match item {
                DeclItem::Field(name, expr) => {
                    let Some(fspec) = spec.field(&name.node) else {
                        return Err(kinds::unknown_field(spec, &name.node, name.span).into());
                    };
                    if let Some(first) = field_spans.get(&name.node) {
                        return Err(kinds::duplicate_field(&name.node, name.span, *first).into());
                    }
                    let v = self.eval(expr, &scope)?;
                    check_field(fspec.name, fspec.expect, &v, expr.span)?;
                    field_spans.insert(name.node.clone(), name.span);
                    scope.define(name.node.clone(), v.clone());
                    fields.insert(name.node.clone(), v);
                }
                DeclItem::Decl(inner) => {
                    let Some(list) = spec.child_list(&inner.kind.node) else {
                        let d = kinds::not_allowed_in(spec, &inner.kind.node, inner.kind.span);
                        return Err(d.into());
                    };
                    let v = self.eval_decl(inner, &scope)?;
                    if let Some(Value::List(items)) = fields.get_mut(list) {
                        Rc::make_mut(items).push(v);
                    }
                }
            }
        }
        let missing = spec.missing(|f| fields.contains_key(f));
        if !missing.is_empty() {
            let head = decl.name.as_ref().map_or(decl.kind.span, |n| n.span);
            return Err(kinds::missing_fields(spec, title.as_deref(), &missing, head).into());
        }
        if spec.name == "scale" {
            let head = decl.name.as_ref().map_or(decl.kind.span, |n| n.span);
            crate::natives::scales::check_scale(&fields, &field_spans, head)?;
        }
        let calendar = if spec.name == "calendar" {
            Some(Rc::new(work_lengths(
                title.as_deref().unwrap_or("calendar"),
                &fields,
                &field_spans,
                decl,
            )?))
        } else {
            None
        };
        Ok(Value::Record(Rc::new(Record {
            kind: Some(Rc::from(spec.name)),
            fields,
            calendar,
        })))
    }
}

fn field_error(name: &str, span: Span, message: String, hint: &str) -> RtError {
    RtError::new(
        Code::FieldValue,
        format!("`{name}` {message}"),
        span,
        "this value",
    )
    .hint(hint.to_string())
}

fn quantity<'a>(name: &str, v: &'a Value, span: Span) -> Eval<&'a Quantity> {
    match v {
        Value::Num(q) => Ok(q),
        other => Err(field_error(
            name,
            span,
            format!("must be a number, not a {}", other.type_name()),
            "write a number with its unit",
        )),
    }
}

fn is_unit(q: &Quantity, atoms: &[Atom]) -> bool {
    matches!(q.unit.atoms.as_slice(), [(a, 1)] if atoms.contains(a))
}

/// Check a field value against what its schema expects.
fn check_field(name: &str, expect: Expect, v: &Value, span: Span) -> Eval<()> {
    let zero = Num::ZERO;
    match expect {
        Expect::Anything => Ok(()),
        Expect::Text => match v {
            Value::Str(_) => Ok(()),
            other => Err(field_error(
                name,
                span,
                format!("must be text, not a {}", other.type_name()),
                "put it in quotes",
            )),
        },
        Expect::Count => {
            let q = quantity(name, v, span)?;
            if !q.is_plain() || q.value < zero {
                return Err(field_error(
                    name,
                    span,
                    format!("must be a number of 0 or more, not {q}"),
                    "write a plain number",
                ));
            }
            Ok(())
        }
        Expect::Days => {
            let q = quantity(name, v, span)?;
            if !is_unit(q, &[Atom::Day]) {
                return Err(field_error(
                    name,
                    span,
                    format!("must be a number of days, not {q}"),
                    "write e.g. `12 days`",
                ));
            }
            if q.value < zero {
                return Err(field_error(
                    name,
                    span,
                    format!("cannot be negative ({q})"),
                    "a count of days is 0 or more",
                ));
            }
            Ok(())
        }
        Expect::DaysPerWeek => {
            let q = quantity(name, v, span)?;
            if !(q.is_plain() || is_unit(q, &[Atom::Day]))
                || q.value <= zero
                || q.value > Num::int(7)
            {
                return Err(field_error(
                    name,
                    span,
                    format!("must be between 0 and 7 days, not {q}"),
                    "write e.g. `5 days` or `5.5 days`",
                ));
            }
            Ok(())
        }
        Expect::HoursPerDay => {
            let q = quantity(name, v, span)?;
            let hours = q.convert(&Unit::from_names(Some("h"), &[]), None).ok();
            match hours {
                Some(h) if h.value > zero && h.value <= Num::int(24) => Ok(()),
                Some(h) => Err(field_error(
                    name,
                    span,
                    format!("must be more than 0 h and at most 24 h, not {h}"),
                    "a working day has at most 24 hours",
                )),
                None => Err(field_error(
                    name,
                    span,
                    format!("must be clock time, not {q}"),
                    "write e.g. `8 h` or `450 min`",
                )),
            }
        }
        Expect::Duration => {
            let q = quantity(name, v, span)?;
            match q.convert(&Unit::from_names(Some("h"), &[]), None) {
                Ok(h) if h.value >= zero => Ok(()),
                _ => Err(field_error(
                    name,
                    span,
                    format!("must be clock time of 0 or more, not {q}"),
                    "write e.g. `37.5 h`",
                )),
            }
        }
        Expect::Share => {
            let q = quantity(name, v, span)?;
            match q.as_plain() {
                Some(p) if q.unit.is_percent() && p >= zero && p < Num::ONE => Ok(()),
                _ if !q.unit.is_percent() => Err(field_error(
                    name,
                    span,
                    format!("must be a percentage, not {q}"),
                    "write e.g. `30%`; wl never guesses whether 0.3 means 30%",
                )),
                _ => Err(field_error(
                    name,
                    span,
                    format!("must be at least 0% and below 100%, not {q}"),
                    "an allowance of 100% or more leaves no working time",
                )),
            }
        }
        Expect::Positive | Expect::NonNegative => {
            let q = quantity(name, v, span)?;
            let bad = if expect == Expect::Positive {
                q.value <= zero
            } else {
                q.value < zero
            };
            if bad {
                let what = if expect == Expect::Positive {
                    "more than 0"
                } else {
                    "0 or more"
                };
                return Err(field_error(
                    name,
                    span,
                    format!("must be {what}, not {q}"),
                    "check the sign of the value",
                ));
            }
            Ok(())
        }
    }
}

fn plain_days(v: Option<&Value>) -> Option<Num> {
    match v {
        Some(Value::Num(q)) => Some(q.value),
        _ => None,
    }
}

/// The working lengths of a calendar, in minutes: a day is `hours_per_day`; a week is
/// `days_per_week` days; a year is the available working days (possible days less holidays,
/// leave, sickness, training and other absence); a month is a twelfth of that year.
fn work_lengths(
    name: &str,
    fields: &IndexMap<Rc<str>, Value>,
    spans: &IndexMap<Rc<str>, Span>,
    decl: &Decl,
) -> Eval<WorkLengths> {
    let overflow =
        |span: Span| RtError::new(Code::Overflow, "calendar lengths overflow", span, "here");
    let day = match fields.get("hours_per_day") {
        Some(Value::Num(q)) => q
            .convert(&Unit::from_names(Some("min"), &[]), None)
            .ok()
            .map(|m| m.value),
        _ => None,
    };
    let dpw = plain_days(fields.get("days_per_week")).unwrap_or(Num::int(5));
    let weeks = plain_days(fields.get("weeks_per_year")).unwrap_or(Num::int(52));
    let possible = dpw.mul(weeks).map_err(|_| overflow(decl.span))?;
    let mut off = Num::ZERO;
    for f in [
        "public_holidays",
        "annual_leave",
        "sick_leave",
        "training",
        "other_leave",
    ] {
        if let Some(d) = plain_days(fields.get(f)) {
            off = off.add(d).map_err(|_| overflow(decl.span))?;
        }
    }
    let available = possible.sub(off).map_err(|_| overflow(decl.span))?;
    if available <= Num::ZERO {
        let head = decl.name.as_ref().map_or(decl.kind.span, |n| n.span);
        let mut err = RtError::new(
            Code::FieldValue,
            format!(
                "calendar `{name}` has {off} days off but only {possible} working days in the year"
            ),
            head,
            "no working days are left",
        );
        for f in [
            "public_holidays",
            "annual_leave",
            "sick_leave",
            "training",
            "other_leave",
        ] {
            if let (Some(s), Some(v)) = (spans.get(f), fields.get(f)) {
                err = err.label(*s, format!("{f}: {v}"));
            }
        }
        return Err(err.hint("check the day counts: they are days in one year"));
    }
    let exact = |n: Num| match n {
        Num::Exact(d) => Some(d),
        Num::Approx(x) => Decimal::try_from(x).ok(),
    };
    let day_d = day.and_then(exact);
    let week = day_d.and_then(|d| exact(dpw).and_then(|w| d.checked_mul(w)));
    let year = day_d.and_then(|d| exact(available).and_then(|a| d.checked_mul(a)));
    let month = year.map(|y| y / Decimal::from(12));
    Ok(WorkLengths {
        name: Rc::from(name),
        day: day_d,
        week,
        month,
        year,
    })
}
