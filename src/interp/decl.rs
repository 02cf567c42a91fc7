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
use crate::units::{Atom, Quantity, Unit, UnitError, WorkLengths};
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
        // Name to value (`standard = 15 min`), kept on the record for the blame rule.
        let mut written: IndexMap<Rc<str>, Span> = IndexMap::new();
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
                    written.insert(name.node.clone(), name.span.to(expr.span));
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
        normal_form(spec.name, &mut fields).map_err(|_| {
            RtError::new(
                Code::Overflow,
                "declaration values overflow",
                decl.span,
                "here",
            )
        })?;
        let mut record = Record {
            kind: Some(Rc::from(spec.name)),
            fields,
            calendar: None,
            origin: Some(decl.name.as_ref().map_or(decl.span, |n| n.span)),
            field_spans: Some(Rc::new(written)),
        };
        if spec.name == "calendar" {
            let name = title.as_deref().unwrap_or("calendar");
            let available = self.available_days(&record, decl)?;
            check_days_off(self, name, &record.fields, &field_spans, available, decl)?;
            record.calendar = Some(Rc::new(work_lengths(name, &record.fields, available)));
        }
        Ok(Value::Record(Rc::new(record)))
    }

    /// The calendar's available working days, by the stdlib formula `available_days`: the formula
    /// a planner reads in stdlib/calendar.wl is the one that sets the length of a working year.
    fn available_days(&mut self, record: &Record, decl: &Decl) -> Eval<Num> {
        let f = self.global("available_days").ok_or_else(|| {
            RtError::new(
                Code::UnknownName,
                "the stdlib formula `available_days` is not loaded",
                decl.span,
                "this calendar needs it",
            )
        })?;
        let arg = super::ArgValue {
            name: None,
            value: Value::Record(Rc::new(record.clone())),
            span: decl.span,
        };
        match self.call_value(&f, vec![arg], decl.span)? {
            Value::Num(q) if is_unit(&q, &[Atom::Day]) => Ok(q.value),
            other => Err(RtError::new(
                Code::TypeMismatch,
                format!(
                    "`available_days` gave {}, not a number of days",
                    other.short()
                ),
                decl.span,
                "for this calendar",
            )),
        }
    }
}

fn unit_of(name: &str) -> Unit {
    Unit::from_names(Some(name), &[])
}

/// Fill in defaults and bring fields to one form, so the stdlib formulas read them one way:
/// `hours_per_day = 8 h` becomes `8 h per day`, `days_per_week = 5` becomes `5 days per week`,
/// an absent day count is `0 days`, an activity is counted unless `include = false`.
fn normal_form(kind: &str, fields: &mut IndexMap<Rc<str>, Value>) -> Result<(), UnitError> {
    let per = |q: &Quantity, unit: &str| q.div(&Quantity::new(Num::ONE, unit_of(unit)), None);
    let days = |n: i64| Value::Num(Quantity::new(Num::int(n), unit_of("days")));
    match kind {
        "calendar" => {
            if let Some(Value::Num(q)) = fields.get("hours_per_day") {
                if q.unit.atoms.len() == 1 {
                    let v = per(q, "day")?;
                    fields.insert(Rc::from("hours_per_day"), Value::Num(v));
                }
            }
            let dpw = match fields.get("days_per_week") {
                Some(Value::Num(q)) => Quantity::new(q.value, unit_of("days")),
                _ => Quantity::new(Num::int(5), unit_of("days")),
            };
            fields.insert(Rc::from("days_per_week"), Value::Num(per(&dpw, "week")?));
            let weeks = match fields.get("weeks_per_year") {
                Some(Value::Num(q)) => q.value,
                _ => Num::int(52),
            };
            fields.insert(
                Rc::from("weeks_per_year"),
                Value::Num(Quantity::new(weeks, unit_of("weeks"))),
            );
            for f in ABSENCES {
                fields.entry(Rc::from(f)).or_insert_with(|| days(0));
            }
            if let Some(Value::Num(q)) = fields.get("formal_hours_per_week") {
                let v = per(q, "week")?;
                fields.insert(Rc::from("formal_hours_per_week"), Value::Num(v));
            }
        }
        "cadre" => plain_count(fields, "current_staff"),
        "activity" => {
            fields
                .entry(Rc::from("include"))
                .or_insert(Value::Bool(true));
        }
        "individual" => {
            plain_count(fields, "staff");
            fields
                .entry(Rc::from("staff"))
                .or_insert_with(|| Value::int(1));
        }
        _ => {}
    }
    Ok(())
}

/// Headcounts are plain numbers: `for 2 staff` and `current_staff = 3 nurses` both count persons,
/// and a count of persons divides and compares with FTE, which has no unit.
fn plain_count(fields: &mut IndexMap<Rc<str>, Value>, name: &str) {
    if let Some(Value::Num(q)) = fields.get(name) {
        if let [(Atom::Count { .. }, 1)] = q.unit.atoms.as_slice() {
            let n = Value::num(q.value);
            fields.insert(Rc::from(name), n);
        }
    }
}

/// The absence fields of a calendar, deducted from the possible working days.
const ABSENCES: [&str; 5] = [
    "public_holidays",
    "annual_leave",
    "sick_leave",
    "training",
    "other_leave",
];

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
        Expect::DaysOrShare => {
            let q = quantity(name, v, span)?;
            if q.unit.is_percent() {
                return check_field(name, Expect::Share, v, span);
            }
            check_field(name, Expect::Days, v, span)
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

/// No working days left is an error naming every deduction; more than 40% of the possible days
/// deducted is a warning (domain spec, section 16).
fn check_days_off(
    interp: &mut Interp,
    name: &str,
    fields: &IndexMap<Rc<str>, Value>,
    spans: &IndexMap<Rc<str>, Span>,
    available: Num,
    decl: &Decl,
) -> Eval<()> {
    let head = decl.name.as_ref().map_or(decl.kind.span, |n| n.span);
    let labelled = |mut d: crate::diagnostic::Diagnostic| {
        for f in ABSENCES {
            if let (Some(s), Some(v)) = (spans.get(f), fields.get(f)) {
                d = d.with_label(*s, format!("{f}: {v}"));
            }
        }
        d
    };
    if available <= Num::ZERO {
        let d = crate::diagnostic::Diagnostic::error(
            Code::FieldValue,
            format!("calendar `{name}` has no working days left: the days off use up the year"),
            head,
            format!("{available} available days"),
        );
        let mut err = RtError::from(labelled(d));
        err = err.hint("check the day counts: they are days in one year");
        return Err(err);
    }
    let possible = interp.possible_days(fields);
    if let Some(possible) = possible {
        let limit = possible
            .mul(Num::Exact(Decimal::new(6, 1)))
            .unwrap_or(possible);
        if available < limit {
            let mut d = crate::diagnostic::Diagnostic::warning(
                Code::ManyDaysOff,
                format!(
                    "calendar `{name}` deducts more than 40% of its {possible} possible working days ({available} days are left)"
                ),
                head,
                "this calendar",
            );
            d = labelled(d);
            d.hint = Some("check that the deductions are days in one year, not hours".into());
            interp.warnings.push(d);
        }
    }
    Ok(())
}

impl Interp {
    /// The possible working days as the calendar record holds them (for the 40% warning).
    fn possible_days(&self, fields: &IndexMap<Rc<str>, Value>) -> Option<Num> {
        if let Some(Value::Num(q)) = fields.get("possible_days") {
            return Some(q.value);
        }
        let dpw = match fields.get("days_per_week") {
            Some(Value::Num(q)) => q.value,
            _ => return None,
        };
        match fields.get("weeks_per_year") {
            Some(Value::Num(q)) => dpw.mul(q.value).ok(),
            _ => None,
        }
    }
}

/// The working lengths of a calendar, in minutes: a day is `hours_per_day`; a week is
/// `days_per_week` days; a year is the available working days (WHO AWT); a month is a twelfth
/// of that year. A length that does not fit an exact decimal is left undefined.
fn work_lengths(name: &str, fields: &IndexMap<Rc<str>, Value>, available: Num) -> WorkLengths {
    let exact = |n: Num| match n {
        Num::Exact(d) => Some(d),
        Num::Approx(x) => Decimal::try_from(x).ok(),
    };
    let one_day = Quantity::new(Num::ONE, unit_of("day"));
    let day = match fields.get("hours_per_day") {
        Some(Value::Num(q)) => q
            .mul(&one_day, None)
            .and_then(|t| t.convert(&unit_of("min"), None))
            .ok()
            .and_then(|m| exact(m.value)),
        _ => None,
    };
    let dpw = match fields.get("days_per_week") {
        Some(Value::Num(q)) => exact(q.value),
        _ => None,
    };
    let week = day.zip(dpw).and_then(|(d, w)| d.checked_mul(w));
    let year = day
        .zip(exact(available))
        .and_then(|(d, a)| d.checked_mul(a));
    let month = year.map(|y| y / Decimal::from(12));
    WorkLengths {
        name: Rc::from(name),
        day,
        week,
        month,
        year,
    }
}
