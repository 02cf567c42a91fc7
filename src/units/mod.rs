//! Units: what a number counts or measures.
//!
//! A unit is a product of atoms with integer powers: `min per visit` is min¹·visit⁻¹. Atoms are
//! clock time (s, min, h), working-calendar time (day, week, month, year), the percent sign,
//! and counted things (`visits`, `patients`: any other name written after a number).
//!
//! Clock atoms convert among themselves anywhere. Calendar atoms are separate dimensions
//! unless a calendar is in scope ([`WorkLengths`]): only a calendar says how long a working day,
//! week or year is, so `232 days in h` without one is an error rather than a silent 24-hour day.

mod quantity;

pub use quantity::{Quantity, UnitError};

use rust_decimal::Decimal;
use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Atom {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Percent,
    /// A counted thing; `key` is the singular form used for matching (`visits` and `visit`
    /// are the same unit), `shown` the form the user wrote.
    Count {
        key: Rc<str>,
        shown: Rc<str>,
    },
}

impl PartialEq for Atom {
    fn eq(&self, other: &Atom) -> bool {
        match (self, other) {
            (Atom::Count { key: a, .. }, Atom::Count { key: b, .. }) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

/// The physical quantity an atom measures. Calendar atoms have their own dimension until a
/// calendar maps them to clock time.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dim {
    Clock,
    Day,
    Week,
    Month,
    Year,
    Count(Rc<str>),
}

impl fmt::Display for Dim {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dim::Clock => f.write_str("time"),
            Dim::Day => f.write_str("days"),
            Dim::Week => f.write_str("weeks"),
            Dim::Month => f.write_str("months"),
            Dim::Year => f.write_str("years"),
            Dim::Count(k) => write!(f, "{k}s"),
        }
    }
}

type AtomMaker = fn() -> Atom;

const TIME_NAMES: &[(&str, AtomMaker)] = &[
    ("s", || Atom::Second),
    ("sec", || Atom::Second),
    ("secs", || Atom::Second),
    ("second", || Atom::Second),
    ("seconds", || Atom::Second),
    ("min", || Atom::Minute),
    ("mins", || Atom::Minute),
    ("minute", || Atom::Minute),
    ("minutes", || Atom::Minute),
    ("menit", || Atom::Minute),
    ("h", || Atom::Hour),
    ("hr", || Atom::Hour),
    ("hrs", || Atom::Hour),
    ("hour", || Atom::Hour),
    ("hours", || Atom::Hour),
    ("jam", || Atom::Hour),
    ("day", || Atom::Day),
    ("days", || Atom::Day),
    ("hari", || Atom::Day),
    ("week", || Atom::Week),
    ("weeks", || Atom::Week),
    ("minggu", || Atom::Week),
    ("month", || Atom::Month),
    ("months", || Atom::Month),
    ("bulan", || Atom::Month),
    ("year", || Atom::Year),
    ("years", || Atom::Year),
    ("tahun", || Atom::Year),
];

/// Every built-in unit name (for completion and "did you mean").
pub fn builtin_unit_names() -> impl Iterator<Item = &'static str> {
    TIME_NAMES.iter().map(|(n, _)| *n)
}

/// Whether a name is a built-in time unit (only these may follow `/` inside a unit).
pub fn is_builtin_time_unit(name: &str) -> bool {
    TIME_NAMES.iter().any(|(n, _)| *n == name)
}

impl Atom {
    /// The atom a name written after a number stands for.
    pub fn from_name(name: &str) -> Atom {
        if name == "%" {
            return Atom::Percent;
        }
        if let Some((_, make)) = TIME_NAMES.iter().find(|(n, _)| *n == name) {
            return make();
        }
        let key: Rc<str> = Rc::from(singular(name));
        let shown: Rc<str> = Rc::from(name);
        if *key != *shown {
            PLURALS.with(|p| p.borrow_mut().insert(key.clone(), shown.clone()));
        }
        Atom::Count { key, shown }
    }

    fn name(&self, plural: bool) -> Cow<'_, str> {
        match self {
            Atom::Second => "s".into(),
            Atom::Minute => "min".into(),
            Atom::Hour => "h".into(),
            Atom::Day => pick(plural, "day", "days").into(),
            Atom::Week => pick(plural, "week", "weeks").into(),
            Atom::Month => pick(plural, "month", "months").into(),
            Atom::Year => pick(plural, "year", "years").into(),
            Atom::Percent => "%".into(),
            Atom::Count { key, shown } if plural && key == shown => {
                match PLURALS.with(|p| p.borrow().get(key).cloned()) {
                    Some(many) => many.to_string().into(),
                    None => Cow::Borrowed(shown),
                }
            }
            Atom::Count { shown, .. } => Cow::Borrowed(shown),
        }
    }
}

thread_local! {
    /// The plural forms of counted units as written (`visit` → `visits`), so that a count that
    /// took its unit from a denominator (`1720 h / (20 min per visit)`) reads `5160 visits`.
    /// Only a form someone wrote is used: wl never makes a plural itself, which would be wrong
    /// for Indonesian words (`pasien` is both).
    static PLURALS: std::cell::RefCell<std::collections::HashMap<Rc<str>, Rc<str>>> =
        Default::default();
}

fn pick<'a>(plural: bool, one: &'a str, many: &'a str) -> &'a str {
    if plural {
        many
    } else {
        one
    }
}

/// `visits` → `visit`, `cases` → `case`, `staff` → `staff`, `class` → `class`.
fn singular(name: &str) -> &str {
    if name.len() > 3 && name.ends_with('s') && !name.ends_with("ss") {
        &name[..name.len() - 1]
    } else {
        name
    }
}

/// A product of atoms with non-zero integer powers, in the order they were written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unit {
    pub atoms: Vec<(Atom, i32)>,
}

impl Unit {
    pub fn none() -> Unit {
        Unit { atoms: Vec::new() }
    }

    /// `numerator per d1 per d2 ...`
    pub fn from_names(numerator: Option<&str>, per: &[&str]) -> Unit {
        let mut atoms = Vec::new();
        if let Some(n) = numerator {
            atoms.push((Atom::from_name(n), 1));
        }
        for d in per {
            atoms.push((Atom::from_name(d), -1));
        }
        Unit { atoms }.simplified_powers()
    }

    pub fn is_none(&self) -> bool {
        self.atoms.is_empty()
    }

    pub fn is_percent(&self) -> bool {
        matches!(self.atoms.as_slice(), [(Atom::Percent, 1)])
    }

    /// Merge repeated atoms and drop zero powers (no conversion: the atoms must be identical).
    pub(crate) fn simplified_powers(self) -> Unit {
        let mut out: Vec<(Atom, i32)> = Vec::new();
        for (atom, p) in self.atoms {
            match out.iter_mut().find(|(a, _)| *a == atom) {
                Some((_, q)) => *q += p,
                None => out.push((atom, p)),
            }
        }
        out.retain(|(_, p)| *p != 0);
        Unit { atoms: out }
    }

    pub fn powi(&self, n: i32) -> Unit {
        Unit {
            atoms: self.atoms.iter().map(|(a, p)| (a.clone(), p * n)).collect(),
        }
        .simplified_powers()
    }

    /// Render with a value in front in mind: singular calendar words for exactly 1.
    pub fn display(&self, singular_value: bool) -> String {
        let num: Vec<String> = self
            .atoms
            .iter()
            .filter(|(_, p)| *p > 0)
            .map(|(a, p)| power(&a.name(!singular_value), *p))
            .collect();
        let den: Vec<String> = self
            .atoms
            .iter()
            .filter(|(_, p)| *p < 0)
            .map(|(a, p)| power(&a.name(false), -p))
            .collect();
        let mut s = num.join("·");
        if !den.is_empty() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str("per ");
            s.push_str(&den.join(" per "));
        }
        s
    }
}

fn power(name: &str, p: i32) -> String {
    if p == 1 {
        name.to_string()
    } else {
        format!("{name}^{p}")
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(false))
    }
}

/// How long the calendar's working day, week, month and year are, in minutes. A length is
/// `None` when the calendar does not define it.
#[derive(Clone, Debug, Default)]
pub struct WorkLengths {
    /// The calendar's name, for messages.
    pub name: Rc<str>,
    pub day: Option<Decimal>,
    pub week: Option<Decimal>,
    pub month: Option<Decimal>,
    pub year: Option<Decimal>,
}

impl WorkLengths {
    /// The dimension of an atom and its size in that dimension's base unit (minutes for clock
    /// time).
    pub fn dim(cal: Option<&WorkLengths>, atom: &Atom) -> (Option<Dim>, Decimal) {
        let minutes =
            |field: fn(&WorkLengths) -> Option<Decimal>, own: Dim| match cal.and_then(field) {
                Some(m) => (Some(Dim::Clock), m),
                None => (Some(own), Decimal::ONE),
            };
        match atom {
            Atom::Second => (Some(Dim::Clock), Decimal::ONE / Decimal::from(60)),
            Atom::Minute => (Some(Dim::Clock), Decimal::ONE),
            Atom::Hour => (Some(Dim::Clock), Decimal::from(60)),
            Atom::Day => minutes(|c| c.day, Dim::Day),
            Atom::Week => minutes(|c| c.week, Dim::Week),
            Atom::Month => minutes(|c| c.month, Dim::Month),
            Atom::Year => minutes(|c| c.year, Dim::Year),
            Atom::Percent => (None, Decimal::new(1, 2)),
            Atom::Count { key, .. } => (Some(Dim::Count(key.clone())), Decimal::ONE),
        }
    }
}
