//! The one rule for a declaration field's value: evaluation calls it on the computed value and
//! `wl check` on a literal or constant expression, so both report the same message at the same
//! place. Each kind of value names the forms it accepts in its hint.

use super::dims;
use super::Expect;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::number::Num;
use crate::span::Span;
use crate::units::{Atom, Quantity, Unit};

/// A field's value as far as the rule needs to know it (values live above this layer).
#[derive(Clone, Debug)]
pub enum Given<'a> {
    Num(&'a Quantity),
    Text,
    Bool,
    /// No value: a missing cell (`current_staff = row.staff` on an empty cell).
    Missing,
    /// Any other value, by its type name (`list`, `record`, `band_table`, ...).
    Other(String),
}

impl Given<'_> {
    fn type_name(&self) -> &str {
        match self {
            Given::Num(_) => "number",
            Given::Text => "text",
            Given::Bool => "yes/no value",
            Given::Missing => "nothing (a missing value)",
            Given::Other(t) => t.as_str(),
        }
    }
}

pub(super) const STANDARD_FORMS: &str = "a standard is a time per unit, such as `15 min per visit`, or units per time, such as `4 visits per h`";
pub(super) const VOLUME_FORMS: &str = "a volume is a count, such as `12000 visits`, or a count per period, such as `1000 visits per month`";
const SUPPORT_FORMS: &str = "a support activity is a share of working time, such as `5%`, or a time per period, such as `2 h per week` or `6 h per month`";
const EXTRA_FORMS: &str = "an additional activity is a time per period, such as `20 days per year` or `4 h per month`, or a share of one worker, such as `33%` or `0.33 FTE`";
const HEADCOUNT_FORMS: &str = "a headcount is a number of people, such as `3` or `3 nurses`";
const FACTOR_FORMS: &str = "a factor as printed, a plain number of 1 or more, such as `1.15`; a share of working time is a support activity (`support \"Tugas penunjang\" = 13%`)";
const YEARLY_FORMS: &str = "a year's time, such as `1600 h per year` (or `1600 h`)";

/// A field error, boxed: a diagnostic is large, and these travel in `Result`s.
fn error(code: Code, name: &str, span: Span, message: String, hint: &str) -> Box<Diagnostic> {
    Box::new(
        Diagnostic::error(code, format!("`{name}` {message}"), span, "this value")
            .with_hint(hint.to_string()),
    )
}

fn number<'a>(
    name: &str,
    v: &Given<'a>,
    span: Span,
    hint: &str,
) -> Result<&'a Quantity, Box<Diagnostic>> {
    match v {
        Given::Num(q) => Ok(*q),
        other => Err(error(
            Code::FieldValue,
            name,
            span,
            format!("must be a number, not {}", other.type_name()),
            hint,
        )),
    }
}

fn is_unit(q: &Quantity, atom: &Atom) -> bool {
    matches!(q.unit.atoms.as_slice(), [(a, 1)] if a == atom)
}

/// Whether a field's value is what its schema expects; the error is at `span` (the value).
pub fn check_value(
    name: &str,
    expect: Expect,
    v: &Given,
    span: Span,
) -> Result<(), Box<Diagnostic>> {
    let range = |ok: bool, msg: String, hint: &str| {
        if ok {
            Ok(())
        } else {
            Err(error(Code::FieldValue, name, span, msg, hint))
        }
    };
    let dim = |msg: String, hint: &str| Err(error(Code::FieldDimension, name, span, msg, hint));
    let zero = Num::ZERO;
    match expect {
        Expect::Anything => Ok(()),
        Expect::Text => match v {
            Given::Text => Ok(()),
            other => range(
                false,
                format!("must be text, not a {}", other.type_name()),
                "put it in quotes",
            ),
        },
        Expect::YesNo => match v {
            Given::Bool => Ok(()),
            Given::Text => range(
                false,
                "must be yes or no (`true` or `false`), not text".into(),
                "write `true` or `false` without quotes; `include = false` lists the activity without counting it",
            ),
            other => range(
                false,
                format!("must be `true` or `false`, not a {}", other.type_name()),
                "write `false` to list the activity without counting it",
            ),
        },
        Expect::Count => {
            let q = number(name, v, span, "write a plain number")?;
            range(
                q.is_plain() && q.value >= zero,
                format!("must be a number of 0 or more, not {q}"),
                "write a plain number",
            )
        }
        Expect::Headcount => {
            let q = number(name, v, span, HEADCOUNT_FORMS)?;
            if !dims::is_headcount(&q.unit) {
                return dim(
                    format!("must be a number of people, not {q}"),
                    HEADCOUNT_FORMS,
                );
            }
            range(
                q.value >= zero,
                format!("cannot be negative ({q})"),
                HEADCOUNT_FORMS,
            )
        }
        Expect::Days => {
            let q = number(name, v, span, "write e.g. `12 days`")?;
            if !is_unit(q, &Atom::Day) {
                return range(
                    false,
                    format!("must be a number of days, not {q}"),
                    "write e.g. `12 days`",
                );
            }
            range(
                q.value >= zero,
                format!("cannot be negative ({q})"),
                "a count of days is 0 or more",
            )
        }
        Expect::DaysOrShare => {
            let q = number(name, v, span, "write e.g. `12 days` or `3%`")?;
            let next = if q.unit.is_percent() {
                Expect::Share
            } else {
                Expect::Days
            };
            check_value(name, next, v, span)
        }
        Expect::DaysPerWeek => {
            let q = number(name, v, span, "write e.g. `5 days` or `5.5 days`")?;
            range(
                (q.is_plain() || is_unit(q, &Atom::Day))
                    && q.value > zero
                    && q.value <= Num::int(7),
                format!("must be between 0 and 7 days, not {q}"),
                "write e.g. `5 days` or `5.5 days`",
            )
        }
        Expect::HoursPerDay => {
            let q = number(name, v, span, "write e.g. `8 h` or `450 min`")?;
            match q.convert(&Unit::from_names(Some("h"), &[]), None) {
                Ok(h) => range(
                    h.value > zero && h.value <= Num::int(24),
                    format!("must be more than 0 h and at most 24 h, not {h}"),
                    "a working day has at most 24 hours",
                ),
                Err(_) => range(
                    false,
                    format!("must be clock time, not {q}"),
                    "write e.g. `8 h` or `450 min`",
                ),
            }
        }
        Expect::Duration => {
            let q = number(name, v, span, "write e.g. `37.5 h`")?;
            let ok = matches!(q.convert(&Unit::from_names(Some("h"), &[]), None), Ok(h) if h.value >= zero);
            range(
                ok,
                format!("must be clock time of 0 or more, not {q}"),
                "write e.g. `37.5 h`",
            )
        }
        Expect::Share => {
            let q = number(name, v, span, "write e.g. `30%`")?;
            match dims::share(q) {
                Some(p) => range(
                    p >= zero && p < Num::ONE,
                    format!("must be at least 0% and below 100%, not {q}"),
                    "an allowance of 100% or more leaves no working time",
                ),
                None => range(
                    false,
                    format!("must be a percentage, not {q}"),
                    "write e.g. `30%`; wl never guesses whether 0.3 means 30%",
                ),
            }
        }
        Expect::Standard => {
            let q = number(name, v, span, STANDARD_FORMS)?;
            if dims::standard_count(&q.unit).is_none() {
                return dim(
                    format!("must be a time per unit or units per time, not {q}"),
                    STANDARD_FORMS,
                );
            }
            range(
                q.value > zero,
                format!("must be more than 0, not {q}"),
                STANDARD_FORMS,
            )
        }
        Expect::Volume => {
            let q = number(name, v, span, VOLUME_FORMS)?;
            if dims::volume_count(&q.unit).is_none() {
                return dim(
                    format!("must be a count of what is done, not {q}"),
                    VOLUME_FORMS,
                );
            }
            range(
                q.value >= zero,
                format!("cannot be negative ({q})"),
                VOLUME_FORMS,
            )
        }
        Expect::StaffInPost => match v {
            Given::Missing => Ok(()),
            _ => check_value(name, Expect::Headcount, v, span),
        },
        Expect::Factor => {
            let q = number(name, v, span, FACTOR_FORMS)?;
            if !q.is_plain() {
                return dim(format!("must be a plain number, not {q}"), FACTOR_FORMS);
            }
            range(
                q.value >= Num::ONE,
                format!("must be 1 or more, not {q}"),
                FACTOR_FORMS,
            )
        }
        Expect::YearlyTime => {
            let q = number(name, v, span, YEARLY_FORMS)?;
            let yearly = dims::is_bare_time(&q.unit)
                || (dims::is_time_per_period(&q.unit)
                    && q.unit.atoms.iter().any(|(a, p)| *a == Atom::Year && *p == -1));
            if !yearly {
                return dim(format!("must be a time in a year, not {q}"), YEARLY_FORMS);
            }
            range(
                q.value > zero,
                format!("must be more than 0, not {q}"),
                YEARLY_FORMS,
            )
        }
        Expect::BandTable => match v {
            Given::Other(t) if t == "band_table" => Ok(()),
            other => range(
                false,
                format!("must be a band table, not {}", other.type_name()),
                "make one with `band_table(\"...\", [...], source: \"...\")`",
            ),
        },
        Expect::SupportTime => {
            let q = number(name, v, span, SUPPORT_FORMS)?;
            time_or_share(name, q, span, SUPPORT_FORMS, false)
        }
        Expect::ExtraTime => {
            let q = number(name, v, span, EXTRA_FORMS)?;
            time_or_share(name, q, span, EXTRA_FORMS, true)
        }
    }
}

/// A time per period (0 or more), or a share: below 100% of working time for a support
/// activity, up to 100% of one worker for an additional activity.
fn time_or_share(
    name: &str,
    q: &Quantity,
    span: Span,
    forms: &str,
    whole: bool,
) -> Result<(), Box<Diagnostic>> {
    let bad = |code, msg: String| Err(error(code, name, span, msg, forms));
    if let Some(p) = dims::share(q).or_else(|| dims::fte(q).filter(|_| whole)) {
        let ok = p >= Num::ZERO && if whole { p <= Num::ONE } else { p < Num::ONE };
        return match ok {
            true => Ok(()),
            false if whole => bad(
                Code::FieldValue,
                format!("must be from 0% to 100% of one worker (0 to 1 FTE), not {q}"),
            ),
            false => bad(
                Code::FieldValue,
                format!("must be at least 0% and below 100% of working time, not {q}"),
            ),
        };
    }
    if !dims::is_time_per_period(&q.unit) {
        let what = if q.is_plain() {
            format!("is a plain number ({q}): a share or a time per what?")
        } else if dims::is_bare_time(&q.unit) {
            format!("is {q}: time per what?")
        } else {
            format!("must be a time per period or a share, not {q}")
        };
        return bad(Code::FieldDimension, what);
    }
    if q.value < Num::ZERO {
        return bad(Code::FieldValue, format!("cannot be negative ({q})"));
    }
    Ok(())
}
