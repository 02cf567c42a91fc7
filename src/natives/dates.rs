//! Natives that count a calendar from a real year: the days on working weekdays
//! (`working_days(2026)` is 261 days, `working_days(2024)` 262, a leap year starting on a
//! Monday), the public holidays that fall on one of them (a holiday on a Saturday costs a
//! Monday-to-Friday worker nothing), and the weekday of a date. Both counts are days, ready for
//! a calendar's `possible_days` and `public_holidays`.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::dates::{count_weekdays, weekday_named, Date, WEEKDAYS, YEARS};
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::Num;
use crate::units::{Quantity, Unit};
use crate::value::Value;
use std::collections::HashSet;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "working_days",
        params: &[req("year"), opt("weekdays")],
        doc: "days of a year on working weekdays (default Monday to Friday): `working_days(2026)` is 261 days; `weekdays: [\"mon\", ..., \"sat\"]` for a six-day week",
        columns: false,
        func: working_days,
    },
    NativeFn {
        name: "holidays_on_working_days",
        params: &[req("year"), req("dates"), opt("weekdays")],
        doc: "how many of the listed dates (\"2026-08-17\") fall on working weekdays of the year: the public holidays a calendar deducts",
        columns: false,
        func: holidays_on_working_days,
    },
    NativeFn {
        name: "weekday",
        params: &[req("date")],
        doc: "the weekday of a date: `weekday(\"2026-08-17\")` is \"Monday\"",
        columns: false,
        func: weekday,
    },
];

fn days(n: u32) -> Value {
    Value::Num(Quantity::new(
        Num::int(i64::from(n)),
        Unit::from_names(Some("day"), &[]),
    ))
}

fn year_arg(a: &Args) -> Eval<i64> {
    let y = a.int(0, 0)?;
    if YEARS.contains(&y) {
        Ok(y)
    } else {
        Err(RtError::new(
            Code::InvalidValue,
            format!(
                "{y} is not a year between {} and {}",
                YEARS.start(),
                YEARS.end()
            ),
            a.span(0),
            "this year",
        )
        .hint("write the year in full, e.g. 2026"))
    }
}

/// The working weekdays of argument `i`, Monday first; Monday to Friday when it is absent.
fn weekdays_arg(a: &Args, i: usize) -> Eval<[bool; 7]> {
    let Some(_) = a.get(i) else {
        return Ok([true, true, true, true, true, false, false]);
    };
    let mut working = [false; 7];
    for v in a.list(i)?.iter() {
        let Value::Str(name) = v else {
            return Err(RtError::new(
                Code::TypeMismatch,
                format!("{} is not the name of a weekday", v.short()),
                a.span(i),
                "in this list",
            )
            .hint("name days in quotes: [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\"]"));
        };
        let d = weekday_named(name).ok_or_else(|| {
            RtError::new(
                Code::InvalidValue,
                format!("\"{name}\" is not a weekday"),
                a.span(i),
                "in this list",
            )
            .hint("name days in English or Indonesian, in full or by three letters: \"mon\", \"Senin\", \"sat\"")
        })?;
        working[d] = true;
    }
    if working.iter().all(|w| !w) {
        return Err(RtError::new(
            Code::InvalidValue,
            "a working week needs at least one working day",
            a.span(i),
            "no weekdays here",
        ));
    }
    Ok(working)
}

fn working_days(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let year = year_arg(a)?;
    let working = weekdays_arg(a, 1)?;
    Ok(days(count_weekdays(year, &working)))
}

fn holidays_on_working_days(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let year = year_arg(a)?;
    let working = weekdays_arg(a, 2)?;
    let bad = |message: String, hint: &str| {
        RtError::new(Code::InvalidValue, message, a.span(1), "in this list").hint(hint)
    };
    let mut seen = HashSet::new();
    let mut n = 0;
    for (k, v) in a.list(1)?.iter().enumerate() {
        let Value::Str(s) = v else {
            return Err(bad(
                format!("date {} of the list is {}, not text", k + 1, v.short()),
                "write each date in quotes: \"2026-08-17\"",
            ));
        };
        let date = Date::parse(s).map_err(|why| {
            bad(
                format!("date {} of the list: {why}", k + 1),
                "write dates as \"2026-08-17\"",
            )
        })?;
        if date.year != year {
            return Err(bad(
                format!(
                    "date {} of the list, \"{}\", is not in {year}",
                    k + 1,
                    s.trim()
                ),
                "a list of holidays belongs to one year",
            ));
        }
        if !seen.insert(date) {
            return Err(bad(
                format!("\"{}\" is listed twice", s.trim()),
                "list each holiday once: a day off is deducted once",
            ));
        }
        if working[date.weekday()] {
            n += 1;
        }
    }
    Ok(days(n))
}

fn weekday(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let s = a.str(0)?;
    let date = Date::parse(&s).map_err(|why| {
        RtError::new(Code::InvalidValue, why, a.span(0), "this date")
            .hint("write dates as \"2026-08-17\"")
    })?;
    Ok(Value::Str(Rc::from(WEEKDAYS[date.weekday()].0)))
}
