//! Units: what a number counts or measures.
//!
//! A unit is a product of atoms with integer powers: `min per visit` is min¹·visit⁻¹. Atoms are
//! clock time (s, min, h), working-calendar time (day, week, month, year), the percent sign,
//! and counted things (`visits`, `patients`: any other name written after a number).
//!
//! Clock atoms convert among themselves anywhere. Calendar atoms are separate dimensions
//! unless a calendar is in scope ([`WorkLengths`]): only a calendar says how long a working day,
//! week or year is, so `232 days in h` without one is an error rather than a silent 24-hour day.
//! A year is twelve months under any calendar. Sizes are exact fractions on a seconds base;
//! `fold.rs` holds the one routine that cancels them.

mod fold;
mod plural;
mod plural_rules;
#[cfg(test)]
mod props;
mod quantity;

pub use plural::Plurals;
pub use quantity::{Quantity, UnitError};

use crate::number::Ratio;
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
    /// are the same unit), `shown` the form the user wrote, `plural` the plural form the
    /// script wrote somewhere (known when the atom is made, see [`Plurals`]).
    Count {
        key: Rc<str>,
        shown: Rc<str>,
        plural: Option<Rc<str>>,
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

/// What an atom folds with: atoms of one dimension cancel by the ratio of their sizes.
/// Calendar atoms have their own dimension until a calendar gives their length; months and
/// years share one (a year is twelve months).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dim {
    Clock,
    /// Calendar periods whose length the calendar gives, when they must not cancel against
    /// clock time (in a product: `h per week` stays `h per week`).
    Period,
    Day,
    Week,
    Month,
    Count(Rc<str>),
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
    /// The atom a name written after a number stands for (a counted thing knows no plural
    /// but its own; [`Atom::from_name_in`] gives it the script's).
    pub fn from_name(name: &str) -> Atom {
        Atom::from_name_in(name, &Plurals::default())
    }

    /// The atom for `name`, a counted one carrying the plural form the script wrote.
    pub fn from_name_in(name: &str, plurals: &Plurals) -> Atom {
        if name == "%" {
            return Atom::Percent;
        }
        if let Some((_, make)) = TIME_NAMES.iter().find(|(n, _)| *n == name) {
            return make();
        }
        let key: Rc<str> = Rc::from(singular(name));
        let shown: Rc<str> = Rc::from(name);
        let plural = if is_plural_form(name) {
            Some(shown.clone())
        } else {
            plurals.get(&key)
        };
        Atom::Count { key, shown, plural }
    }

    /// The name a counted atom was written with (`deliveries`); `None` for the other atoms.
    pub fn written(&self) -> Option<&str> {
        match self {
            Atom::Count { shown, .. } => Some(shown),
            _ => None,
        }
    }

    /// The size of a clock atom in seconds (`None` for the others).
    pub fn seconds(&self) -> Option<Ratio> {
        match self {
            Atom::Second => Some(Ratio::int(1)),
            Atom::Minute => Some(Ratio::int(60)),
            Atom::Hour => Some(Ratio::int(3600)),
            _ => None,
        }
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
            // A count that took its unit from a denominator (`1720 h / (20 min per visit)`)
            // reads `5160 visits` when the script wrote `visits` somewhere; wl never makes a
            // plural itself, which would be wrong for Indonesian words (`pasien` is both).
            Atom::Count {
                plural: Some(many), ..
            } if plural => Cow::Borrowed(many),
            Atom::Count { shown, .. } => Cow::Borrowed(shown),
        }
    }
}

fn pick<'a>(plural: bool, one: &'a str, many: &'a str) -> &'a str {
    if plural {
        many
    } else {
        one
    }
}

/// The key a counted unit is matched by: its English singular (`visits` → `visit`,
/// `deliveries` → `delivery`, `boxes` → `box`, `classes` → `class`, `analyses` → `analysis`),
/// the same for the singular and the plural form of a word. See `plural_rules.rs`.
pub(crate) fn singular(name: &str) -> Cow<'_, str> {
    plural_rules::singular(name)
}

/// Whether `name` is written as a plural (`visits`, `deliveries`): it ends in `s` and its key
/// differs from it. Indonesian `berkas` counts as one, which only means it is its own plural.
pub(crate) fn is_plural_form(name: &str) -> bool {
    name.ends_with('s') && singular(name) != name
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
        Unit::from_names_in(numerator, per, &Plurals::default())
    }

    /// `numerator per d1 per d2 ...`, counted atoms carrying the plurals the script wrote.
    pub fn from_names_in(numerator: Option<&str>, per: &[&str], plurals: &Plurals) -> Unit {
        let mut atoms = Vec::new();
        if let Some(n) = numerator {
            atoms.push((Atom::from_name_in(n, plurals), 1));
        }
        for d in per {
            atoms.push((Atom::from_name_in(d, plurals), -1));
        }
        // A handful of powers of one: the sum cannot overflow.
        Unit { atoms }
            .simplified_powers()
            .expect("a written unit has small powers")
    }

    pub fn is_none(&self) -> bool {
        self.atoms.is_empty()
    }

    pub fn is_percent(&self) -> bool {
        matches!(self.atoms.as_slice(), [(Atom::Percent, 1)])
    }

    /// Merge repeated atoms and drop zero powers (no conversion: the atoms must be identical);
    /// `None` when a power leaves `i32`.
    pub(crate) fn simplified_powers(self) -> Option<Unit> {
        let mut out: Vec<(Atom, i32)> = Vec::new();
        for (atom, p) in self.atoms {
            match out.iter_mut().find(|(a, _)| *a == atom) {
                Some((_, q)) => *q = q.checked_add(p)?,
                None => out.push((atom, p)),
            }
        }
        out.retain(|(_, p)| *p != 0);
        Some(Unit { atoms: out })
    }

    /// The unit to the power `n`; `None` when a power leaves `i32`.
    pub fn powi(&self, n: i32) -> Option<Unit> {
        let mut atoms = Vec::with_capacity(self.atoms.len());
        for (a, p) in &self.atoms {
            atoms.push((a.clone(), p.checked_mul(n)?));
        }
        Unit { atoms }.simplified_powers()
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

/// How long the calendar's working day, week, month and year are, in seconds, exactly. A
/// length is `None` when the calendar does not define it; a month is a twelfth of the year.
#[derive(Clone, Debug, Default)]
pub struct WorkLengths {
    /// The calendar's name, for messages.
    pub name: Rc<str>,
    pub day: Option<Ratio>,
    pub week: Option<Ratio>,
    pub month: Option<Ratio>,
    pub year: Option<Ratio>,
}

impl WorkLengths {
    /// A calendar's lengths from its working day and week in seconds and its working days a
    /// year (the month a twelfth of the year): each `None` when the calendar leaves it out or
    /// the product does not fit.
    pub fn new(
        name: &str,
        day: Option<Ratio>,
        days_per_week: Option<Ratio>,
        days_per_year: Option<Ratio>,
    ) -> WorkLengths {
        let times = |a: Option<Ratio>, b: Option<Ratio>| a?.checked_mul(b?);
        let year = times(day, days_per_year);
        WorkLengths {
            name: Rc::from(name),
            day,
            week: times(day, days_per_week),
            month: year.and_then(|y| y.checked_div(Ratio::int(12))),
            year,
        }
    }

    /// The length of a calendar atom in seconds, if this calendar gives it.
    pub fn length(&self, atom: &Atom) -> Option<Ratio> {
        match atom {
            Atom::Day => self.day,
            Atom::Week => self.week,
            Atom::Month => self.month,
            Atom::Year => self.year,
            _ => None,
        }
    }
}
