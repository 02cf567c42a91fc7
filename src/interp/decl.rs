//! Declarations: `calendar`, `cadre`, `activity`, ... evaluated into checked records.
//!
//! Fields are evaluated in order in a scope where the earlier fields are visible; each is checked
//! against the kind's schema ([`crate::kinds`]): an unknown field gets a "did you mean", a missing
//! required field names itself, and values are checked for units and ranges. A calendar also gets
//! its working lengths, which unit conversions then use.

use super::{Env, Eval, Interp, RtError};
use crate::ast::{Decl, DeclItem};
use crate::check::plausible;
use crate::codes::Code;
use crate::kinds::{self, Expect, Given};
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
        let mut value_spans: IndexMap<Rc<str>, Span> = IndexMap::new();
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
                    value_spans.insert(name.node.clone(), expr.span);
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
            let head = decl.head();
            return Err(kinds::missing_fields(spec, title.as_deref(), &missing, head).into());
        }
        if let Some(hook) = kind_hook(spec.name) {
            let head = decl.head();
            let title = title.as_deref().unwrap_or(spec.name);
            hook(
                &Fields {
                    values: &fields,
                    names: &field_spans,
                    values_at: &value_spans,
                },
                title,
                head,
            )?;
        }
        match spec.name {
            "calendar" => self.warn_once(calendar_plausibility(&fields, &value_spans)),
            "cadre" => {
                self.warn_once(unit_time_plausibility(&fields));
                self.warn_once(deducted_again(&fields));
            }
            _ => {}
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
            // Name to value (`standard = 15 min`), kept on the record for the blame rule.
            field_spans: Some(Rc::new(
                field_spans
                    .iter()
                    .map(|(k, at)| (k.clone(), at.to(value_spans[k])))
                    .collect(),
            )),
        };
        if spec.name == "calendar" {
            let name = title.as_deref().unwrap_or("calendar");
            let available = self.available_days(&record, decl)?;
            check_days_off(self, name, &record.fields, &field_spans, available, decl)?;
            record.calendar = Some(Rc::new(work_lengths(name, &record.fields, available)));
        }
        Ok(Value::Record(Rc::new(record)))
    }

    /// Record plausibility warnings, each once: a declaration evaluated again (in a function
    /// called per row) has the same values at the same place.
    fn warn_once(&mut self, found: Vec<crate::diagnostic::Diagnostic>) {
        for d in found {
            let seen = self.warnings.iter().any(|w| {
                w.code == d.code && w.primary_span() == d.primary_span() && w.message == d.message
            });
            if !seen {
                self.warnings.push(d);
            }
        }
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

/// The fields of a declaration once all are evaluated, with where each was written.
struct Fields<'a> {
    values: &'a IndexMap<Rc<str>, Value>,
    /// The span of each field's name.
    names: &'a IndexMap<Rc<str>, Span>,
    /// The span of each field's value.
    values_at: &'a IndexMap<Rc<str>, Span>,
}

/// What a kind checks once its fields are in: rules across fields, or what the kind means.
type KindHook = fn(&Fields, &str, Span) -> Eval<()>;

fn kind_hook(kind: &str) -> Option<KindHook> {
    match kind {
        "activity" => Some(activity_rules),
        "cadre" => Some(cadre_rules),
        "scale" => Some(|f, _, head| crate::scale::check(f.values, f.names, head)),
        _ => None,
    }
}

/// The standard's counted unit matches the volume's (`per visit` with `visits`).
fn activity_rules(f: &Fields, _: &str, _: Span) -> Eval<()> {
    let at = |name: &str| match (f.values.get(name), f.values_at.get(name)) {
        (Some(Value::Num(q)), Some(s)) => Some((q, *s)),
        _ => None,
    };
    if let (Some(standard), Some(volume)) = (at("standard"), at("volume")) {
        kinds::standard_matches_volume(standard, volume)?;
    }
    Ok(())
}

/// A cadre counts at least one activity (one without `include = false`).
fn cadre_rules(f: &Fields, title: &str, head: Span) -> Eval<()> {
    let Some(Value::List(acts)) = f.values.get("activities") else {
        return Ok(());
    };
    let counted = acts.iter().any(|a| match a {
        Value::Record(r) => !matches!(r.fields.get("include"), Some(Value::Bool(false))),
        _ => false,
    });
    if counted {
        return Ok(());
    }
    Err(kinds::no_counted_activity(title, head, acts.len()).into())
}

/// The plausibility warnings on a calendar's values as written ([`plausible::calendar`], the
/// rule `wl check` applies to constants).
fn calendar_plausibility(
    fields: &IndexMap<Rc<str>, Value>,
    spans: &IndexMap<Rc<str>, Span>,
) -> Vec<crate::diagnostic::Diagnostic> {
    let values =
        plausible::CalendarValues::from_fields(fields.iter().filter_map(|(k, v)| {
            match (v, spans.get(k)) {
                (Value::Num(q), Some(at)) => Some((&**k, q, *at)),
                _ => None,
            }
        }));
    plausible::calendar(&values)
}

/// W0525 on a cadre's activities: a unit time longer than its calendar's working week.
fn unit_time_plausibility(fields: &IndexMap<Rc<str>, Value>) -> Vec<crate::diagnostic::Diagnostic> {
    let week = match fields.get("calendar") {
        Some(Value::Record(c)) => c.calendar.as_ref().and_then(|w| w.length(&Atom::Week)),
        _ => None,
    };
    let (Some(week), Some(Value::List(acts))) = (week, fields.get("activities")) else {
        return Vec::new();
    };
    let Ok(week_hours) = Num::Exact(week).div(Num::int(3600)) else {
        return Vec::new();
    };
    acts.iter()
        .filter_map(|a| {
            let Value::Record(r) = a else { return None };
            let Some(Value::Num(q)) = r.fields.get("standard") else {
                return None;
            };
            let at = r.field_spans.as_ref()?.get("standard").copied()?;
            plausible::unit_time(q, at, week_hours)
        })
        .collect()
}

/// W0526 on a cadre's support activities: time its calendar already deducts, listed again.
fn deducted_again(fields: &IndexMap<Rc<str>, Value>) -> Vec<crate::diagnostic::Diagnostic> {
    let (Some(Value::Record(cal)), Some(Value::List(supports))) =
        (fields.get("calendar"), fields.get("supports"))
    else {
        return Vec::new();
    };
    let cal_name = match cal.fields.get("name") {
        Some(Value::Str(n)) => n.to_string(),
        _ => "calendar".to_string(),
    };
    let deducts = |field: &str| match cal.fields.get(field) {
        Some(Value::Num(q)) if q.value > Num::ZERO => Some(q.to_string()),
        _ => None,
    };
    supports
        .iter()
        .filter_map(|s| {
            let Value::Record(r) = s else { return None };
            let Some(Value::Str(title)) = r.fields.get("name") else {
                return None;
            };
            crate::check::counted_again(title, r.origin?, &cal_name, deducts)
        })
        .collect()
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
            // `1600 h per year` is the hours of one year: kept as `1600 h`, as `1600 h` reads.
            if let Some(Value::Num(q)) = fields.get("contract_hours") {
                if q.unit.atoms.len() == 2 {
                    let year = Quantity::new(Num::ONE, unit_of("year"));
                    let v = q.mul(&year, None)?;
                    fields.insert(Rc::from("contract_hours"), Value::Num(v));
                }
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

fn is_unit(q: &Quantity, atoms: &[Atom]) -> bool {
    matches!(q.unit.atoms.as_slice(), [(a, 1)] if atoms.contains(a))
}

/// A value as the field rule ([`kinds::check_value`]) sees it.
fn given(v: &Value) -> Given<'_> {
    match v {
        Value::Num(q) => Given::Num(q),
        Value::Str(_) => Given::Text,
        Value::Bool(_) => Given::Bool,
        Value::Nil => Given::Missing,
        other => Given::Other(other.type_name()),
    }
}

/// Check a field value against what its schema expects (the rule `wl check` also applies).
fn check_field(name: &str, expect: Expect, v: &Value, span: Span) -> Eval<()> {
    kinds::check_value(name, expect, &given(v), span).map_err(RtError)
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
    let head = decl.head();
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
        let limit = possible.mul(Num::ratio(6, 10)).unwrap_or(possible);
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
    /// The possible working days as the calendar record holds them (for the 40% warning):
    /// the declared days, the contractual hours over the working day, or the weeks' days.
    fn possible_days(&self, fields: &IndexMap<Rc<str>, Value>) -> Option<Num> {
        if let Some(Value::Num(q)) = fields.get("possible_days") {
            return Some(q.value);
        }
        if let (Some(Value::Num(c)), Some(Value::Num(d))) =
            (fields.get("contract_hours"), fields.get("hours_per_day"))
        {
            let h = |q: &Quantity, per: &[&str]| {
                q.convert(&Unit::from_names(Some("h"), per), None)
                    .ok()
                    .map(|x| x.value)
            };
            return h(c, &[])?.div(h(d, &["day"])?).ok();
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

/// The working lengths of a calendar, in seconds: a day is `hours_per_day`; a week is
/// `days_per_week` days; a year is the available working days (WHO AWT); a month is a twelfth
/// of that year. A length that does not fit an exact fraction is left undefined.
fn work_lengths(name: &str, fields: &IndexMap<Rc<str>, Value>, available: Num) -> WorkLengths {
    let exact = |n: Num| match n {
        Num::Exact(r) => Some(r),
        Num::Approx(x) => Decimal::try_from(x)
            .ok()
            .map(crate::number::Ratio::from_decimal),
    };
    let one_day = Quantity::new(Num::ONE, unit_of("day"));
    let day = match fields.get("hours_per_day") {
        Some(Value::Num(q)) => q
            .mul(&one_day, None)
            .and_then(|t| t.convert(&unit_of("s"), None))
            .ok()
            .and_then(|m| exact(m.value)),
        _ => None,
    };
    let dpw = match fields.get("days_per_week") {
        Some(Value::Num(q)) => exact(q.value),
        _ => None,
    };
    WorkLengths::new(name, day, dpw, exact(available))
}
