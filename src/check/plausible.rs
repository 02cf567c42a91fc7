//! Plausibility warnings on a calendar's and an activity's values: figures that are allowed but
//! that a planner almost never means (a 24-hour working day, 365 possible days in a 5-day week,
//! a unit time longer than a working week). One function per rule, called by `wl check` on the
//! constants it can read and by a run on the evaluated values, so both say the same thing.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::number::Num;
use crate::span::Span;
use crate::units::{Atom, Quantity};

/// A working day longer than this is almost surely a unit slip (a calendar day of 24 h).
const LONGEST_DAY_HOURS: i64 = 12;

/// The calendar fields the rules read, each with the span of its value; `None` when not given.
#[derive(Clone, Copy, Debug, Default)]
pub struct CalendarValues<'a> {
    pub hours_per_day: Option<(&'a Quantity, Span)>,
    pub days_per_week: Option<(&'a Quantity, Span)>,
    pub weeks_per_year: Option<(&'a Quantity, Span)>,
    pub possible_days: Option<(&'a Quantity, Span)>,
    pub formal_hours_per_week: Option<(&'a Quantity, Span)>,
}

impl<'a> CalendarValues<'a> {
    /// Pick the fields out of `(name, value, span)` triples, as evaluation and `wl check` hold them.
    pub fn from_fields(fields: impl IntoIterator<Item = (&'a str, &'a Quantity, Span)>) -> Self {
        let mut c = CalendarValues::default();
        for (name, q, at) in fields {
            let slot = match name {
                "hours_per_day" => &mut c.hours_per_day,
                "days_per_week" => &mut c.days_per_week,
                "weeks_per_year" => &mut c.weeks_per_year,
                "possible_days" => &mut c.possible_days,
                "formal_hours_per_week" => &mut c.formal_hours_per_week,
                _ => continue,
            };
            *slot = Some((q, at));
        }
        c
    }

    /// Working days in a week: as given (`5`, `5 days`), else wl's default of 5.
    fn days_per_week(&self) -> Num {
        self.days_per_week.map_or(Num::int(5), |(q, _)| q.value)
    }

    /// The clock hours of one working week (hours a day times days a week), when the day is
    /// given in clock time.
    pub fn week_hours(&self) -> Option<Num> {
        let day = clock_hours(self.hours_per_day?.0)?;
        day.mul(self.days_per_week()).ok()
    }
}

/// The clock hours in `q`: `8 h`, `450 min`, and the same per day or per week (`8 h per day`,
/// as a calendar holds it once evaluated); `None` for anything else.
pub fn clock_hours(q: &Quantity) -> Option<Num> {
    let mut secs = None;
    for (atom, power) in &q.unit.atoms {
        match (atom.seconds(), power) {
            (Some(s), 1) if secs.is_none() => secs = Some(s),
            (None, -1) if matches!(atom, Atom::Day | Atom::Week) => {}
            _ => return None,
        }
    }
    let hours = Num::Exact(secs?).div(Num::int(3600)).ok()?;
    q.value.mul(hours).ok()
}

/// Every plausibility warning on a calendar's values.
pub fn calendar(c: &CalendarValues) -> Vec<Diagnostic> {
    [long_day(c), possible_days(c), week_hours(c)]
        .into_iter()
        .flatten()
        .collect()
}

/// W0520: `hours_per_day = 24 h` is the length of a calendar day, not of a working one.
fn long_day(c: &CalendarValues) -> Option<Diagnostic> {
    let (q, at) = c.hours_per_day?;
    let hours = clock_hours(q)?;
    (hours > Num::int(LONGEST_DAY_HOURS)).then(|| {
        Diagnostic::warning(
            Code::LongWorkingDay,
            format!("a working day of {hours} h is longer than {LONGEST_DAY_HOURS} hours"),
            at,
            "the formal hours of one worker's day",
        )
        .with_hint("`hours_per_day` is what one worker works in a day (often 7 or 8 h); a 24-hour service is staffed by shifts, counted in the volumes and standards, not by a longer day")
    })
}

/// W0521: the possible days should be about `days_per_week` × `weeks_per_year` (a real year
/// counted with `working_days` differs by a day or two); more than a week's days apart, the
/// count is of calendar days (365) or of another week.
fn possible_days(c: &CalendarValues) -> Option<Diagnostic> {
    let (q, at) = c.possible_days?;
    let dpw = c.days_per_week();
    let weeks = c.weeks_per_year.map_or(Num::int(52), |(w, _)| w.value);
    let expected = dpw.mul(weeks).ok()?;
    let apart = q.value.sub(expected).ok()?.abs();
    if apart <= dpw {
        return None;
    }
    let mut d = Diagnostic::warning(
        Code::PossibleDaysWeek,
        format!(
            "{} possible working days do not fit a {dpw}-day week: {weeks} weeks of {dpw} days are {expected} days",
            q.value
        ),
        at,
        "possible working days in the year",
    )
    .with_hint("possible days count working days only (days_per_week × 52, or `working_days(YEAR)` for a real year); holidays and leave are deducted by their own fields");
    d = match c.days_per_week {
        Some((w, s)) => d.with_label(s, format!("a week of {w}")),
        None => d.with_note("`days_per_week` is not given, so the week has wl's default of 5 days"),
    };
    Some(d)
}

/// W0522: hours a day times days a week against the formal hours a week. Studies do use a day
/// that is not exactly the weekly hours divided by the days (a longer day with a short
/// Saturday); more than a fifth apart, one of the three figures is for another week.
fn week_hours(c: &CalendarValues) -> Option<Diagnostic> {
    let (formal, formal_at) = c.formal_hours_per_week?;
    let (day, day_at) = c.hours_per_day?;
    let formal_h = clock_hours(formal)?;
    let week_h = c.week_hours()?;
    let apart = week_h.sub(formal_h).ok()?.abs();
    let tolerance = formal_h.div(Num::int(5)).ok()?;
    if formal_h <= Num::ZERO || apart <= tolerance {
        return None;
    }
    let dpw = c.days_per_week();
    Some(
        Diagnostic::warning(
            Code::WeekHoursMismatch,
            format!(
                "{day} a day for {dpw} days is {week_h} h a week, but the formal hours are {formal_h} h a week"
            ),
            day_at,
            "hours in a working day",
        )
        .with_label(formal_at, "formal hours in a week")
        .with_hint("check the three figures are for the same week: hours_per_day × days_per_week should be close to formal_hours_per_week"),
    )
}

/// W0525: a unit time (`45 h per patient`) longer than the calendar's working week is usually a
/// norm typed in hours that was meant in minutes. Rates of working (`3 samples per h`) and unit
/// times in days or longer are left alone.
pub fn unit_time(standard: &Quantity, at: Span, week_hours: Num) -> Option<Diagnostic> {
    let [(time, 1), (count, -1)] = standard.unit.atoms.as_slice() else {
        return None;
    };
    if !matches!(count, Atom::Count { .. }) {
        return None;
    }
    let secs = time.seconds()?;
    let hours = standard
        .value
        .mul(Num::Exact(secs))
        .and_then(|x| x.div(Num::int(3600)))
        .ok()?;
    if week_hours <= Num::ZERO || hours <= week_hours {
        return None;
    }
    let per = standard.unit.atoms[1].0.clone();
    let per = crate::units::Unit {
        atoms: vec![(per, 1)],
    };
    let one = per.display(true);
    let slip = match time {
        Atom::Hour => format!(
            "; if the norm was meant in minutes, write `{} min per {one}`",
            standard.value
        ),
        _ => "; check the norm's unit".to_string(),
    };
    Some(
        Diagnostic::warning(
            Code::UnitTimeOverWeek,
            format!("a unit time of {standard} is longer than the working week of {week_hours} h"),
            at,
            "time for one unit",
        )
        .with_hint(format!(
            "one {one} would take more than a week of one worker's time{slip}"
        )),
    )
}
