//! Quantities (a number with a unit) and their arithmetic.
//!
//! Adding, subtracting and comparing need the same dimension on both sides; the right operand
//! is converted to the left one's unit. Multiplying and dividing combine units, converting
//! atoms of the same dimension to the first one written so that `min per visit × visits` is
//! `min`. The percent sign folds into the value once it meets another unit: `30% × 8 h` is
//! `2.4 h`.

use super::{Atom, Dim, Unit, WorkLengths};
use crate::number::{Locale, Num, NumError};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Clone, Debug)]
pub struct Quantity {
    pub value: Num,
    pub unit: Unit,
}

/// Why two quantities do not combine.
#[derive(Clone, Debug, PartialEq)]
pub enum UnitError {
    /// Different dimensions, e.g. minutes and visits.
    Mismatch,
    /// Days (weeks, months, years) against clock time, or against each other, with no calendar
    /// in scope to say how long a working day is. Holds the calendar words involved.
    NeedsCalendar(Vec<&'static str>),
    /// Days against hours in a calendar that does not define the length needed.
    CalendarIncomplete {
        calendar: String,
        missing: Vec<&'static str>,
    },
    Number(NumError),
}

impl From<NumError> for UnitError {
    fn from(e: NumError) -> UnitError {
        UnitError::Number(e)
    }
}

type Signature = BTreeMap<Dim, i32>;

/// The dimensions of a unit and its size in base units, as a fraction: sizes below the line
/// (`per day`) are kept apart, so that the one division happens last and `4.5 h per day in %` is
/// exactly 56.25%, not 56.2499…% from a rounded 1/480.
fn signature(unit: &Unit, cal: Option<&WorkLengths>) -> Result<(Signature, Num, Num), NumError> {
    let mut sig = Signature::new();
    let mut above = Num::ONE;
    let mut below = Num::ONE;
    for (atom, p) in &unit.atoms {
        let (dim, size) = WorkLengths::dim(cal, atom);
        if let Some(dim) = dim {
            *sig.entry(dim).or_insert(0) += p;
        }
        let scaled = Num::Exact(size).pow(Num::int(p.abs() as i64))?;
        if *p > 0 {
            above = above.mul(scaled)?;
        } else {
            below = below.mul(scaled)?;
        }
    }
    sig.retain(|_, p| *p != 0);
    Ok((sig, above, below))
}

fn calendar_words(sig: &Signature) -> Vec<&'static str> {
    sig.keys()
        .filter_map(|d| match d {
            Dim::Day => Some("days"),
            Dim::Week => Some("weeks"),
            Dim::Month => Some("months"),
            Dim::Year => Some("years"),
            _ => None,
        })
        .collect()
}

/// Explain a mismatch: is it only the lack of (a complete) calendar?
fn mismatch(a: &Signature, b: &Signature, cal: Option<&WorkLengths>) -> UnitError {
    let merge = |s: &Signature| {
        let mut m = Signature::new();
        for (d, p) in s {
            let d = match d {
                Dim::Day | Dim::Week | Dim::Month | Dim::Year => Dim::Clock,
                other => other.clone(),
            };
            *m.entry(d).or_insert(0) += p;
        }
        m.retain(|_, p| *p != 0);
        m
    };
    if merge(a) != merge(b) {
        return UnitError::Mismatch;
    }
    let mut words = calendar_words(a);
    words.extend(calendar_words(b));
    words.sort();
    words.dedup();
    match cal {
        None => UnitError::NeedsCalendar(words),
        Some(c) => UnitError::CalendarIncomplete {
            calendar: c.name.to_string(),
            missing: words,
        },
    }
}

impl Quantity {
    pub fn plain(value: Num) -> Quantity {
        Quantity {
            value,
            unit: Unit::none(),
        }
    }

    pub fn new(value: Num, unit: Unit) -> Quantity {
        Quantity { value, unit }
    }

    pub fn is_plain(&self) -> bool {
        self.unit.is_none()
    }

    /// The value of `other` expressed in this quantity's unit.
    fn align(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Num, UnitError> {
        if self.unit == other.unit {
            return Ok(other.value);
        }
        let (sa, a_above, a_below) = signature(&self.unit, cal)?;
        let (sb, b_above, b_below) = signature(&other.unit, cal)?;
        if sa != sb {
            return Err(mismatch(&sa, &sb, cal));
        }
        let top = other.value.mul(b_above)?.mul(a_below)?;
        Ok(top.div(b_below.mul(a_above)?)?)
    }

    pub fn add(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let b = self.align(other, cal)?;
        Ok(Quantity::new(self.value.add(b)?, self.unit.clone()))
    }

    pub fn sub(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let b = self.align(other, cal)?;
        Ok(Quantity::new(self.value.sub(b)?, self.unit.clone()))
    }

    pub fn compare(
        &self,
        other: &Quantity,
        cal: Option<&WorkLengths>,
    ) -> Result<Option<std::cmp::Ordering>, UnitError> {
        let b = self.align(other, cal)?;
        Ok(self.value.partial_cmp(&b))
    }

    pub fn mul(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let value = self.value.mul(other.value)?;
        let mut atoms = self.unit.atoms.clone();
        atoms.extend(other.unit.atoms.iter().cloned());
        normalize(value, atoms, cal)
    }

    pub fn div(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let value = self.value.div(other.value)?;
        let mut atoms = self.unit.atoms.clone();
        atoms.extend(other.unit.atoms.iter().map(|(a, p)| (a.clone(), -p)));
        normalize(value, atoms, cal)
    }

    pub fn pow(&self, exp: &Quantity) -> Result<Quantity, UnitError> {
        if !exp.is_plain() {
            return Err(UnitError::Mismatch);
        }
        let value = self.value.pow(exp.value)?;
        if self.is_plain() {
            return Ok(Quantity::plain(value));
        }
        match exp.value.as_i64() {
            Some(n) if n.abs() <= 16 => Ok(Quantity::new(value, self.unit.powi(n as i32))),
            _ => Err(UnitError::Mismatch),
        }
    }

    pub fn neg(&self) -> Quantity {
        Quantity::new(self.value.neg(), self.unit.clone())
    }

    /// `x in unit`.
    pub fn convert(&self, unit: &Unit, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let target = Quantity::new(Num::ONE, unit.clone());
        let value = target.align(self, cal)?;
        Ok(Quantity::new(value, unit.clone()))
    }

    /// The value as a plain number, folding a percent sign (`30%` → 0.3).
    pub fn as_plain(&self) -> Option<Num> {
        if self.is_plain() {
            Some(self.value)
        } else if self.unit.is_percent() {
            self.value
                .mul(Num::Exact(rust_decimal::Decimal::new(1, 2)))
                .ok()
        } else {
            None
        }
    }
}

/// Convert atoms of one dimension to the first written, merge powers, fold the percent sign.
fn normalize(
    mut value: Num,
    atoms: Vec<(Atom, i32)>,
    cal: Option<&WorkLengths>,
) -> Result<Quantity, UnitError> {
    let mut targets: Vec<(Dim, Atom, rust_decimal::Decimal)> = Vec::new();
    let mut out = Vec::with_capacity(atoms.len());
    for (atom, p) in atoms {
        let (dim, size) = WorkLengths::dim(cal, &atom);
        let Some(dim) = dim else {
            out.push((atom, p));
            continue;
        };
        match targets.iter().find(|(d, _, _)| *d == dim) {
            Some((_, target, tsize)) => {
                if *target != atom {
                    let n = Num::int(p.abs() as i64);
                    let (up, down) = (Num::Exact(size).pow(n)?, Num::Exact(*tsize).pow(n)?);
                    value = if p > 0 {
                        value.mul(up)?.div(down)?
                    } else {
                        value.mul(down)?.div(up)?
                    };
                }
                out.push((target.clone(), p));
            }
            None => {
                targets.push((dim, atom.clone(), size));
                out.push((atom, p));
            }
        }
    }
    let mut unit = Unit { atoms: out }.simplified_powers();
    if !unit.is_percent() {
        if let Some(i) = unit.atoms.iter().position(|(a, _)| *a == Atom::Percent) {
            let p = unit.atoms[i].1;
            value =
                value.mul(Num::Exact(rust_decimal::Decimal::new(1, 2)).pow(Num::int(p as i64))?)?;
            unit.atoms.remove(i);
        }
    }
    Ok(Quantity::new(value, unit))
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.display(Locale::En))
    }
}

/// A quantity shown in a locale (the number localized, the unit as written).
pub struct QuantityDisplay<'a> {
    q: &'a Quantity,
    locale: Locale,
}

impl Quantity {
    pub fn display(&self, locale: Locale) -> QuantityDisplay<'_> {
        QuantityDisplay { q: self, locale }
    }
}

impl fmt::Display for QuantityDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (q, value) = (self.q, self.q.value.display(self.locale));
        if q.unit.is_none() {
            return write!(f, "{value}");
        }
        if q.unit.is_percent() {
            return write!(f, "{value}%");
        }
        let one = q.value == Num::ONE;
        write!(f, "{value} {}", q.unit.display(one))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::rc::Rc;
    use std::str::FromStr;

    fn q(v: &str, num: Option<&str>, per: &[&str]) -> Quantity {
        Quantity::new(
            Num::Exact(Decimal::from_str(v).unwrap()),
            Unit::from_names(num, per),
        )
    }

    fn eight_hour_calendar() -> WorkLengths {
        WorkLengths {
            name: Rc::from("rsud"),
            day: Some(Decimal::from(480)),
            week: Some(Decimal::from(2400)),
            month: None,
            year: None,
        }
    }

    #[test]
    fn seventy_percent_of_five_and_a_half_hours_is_231_minutes() {
        // 0.70 × 5.5 h = 3.85 h = 3.85 × 60 min = 231 min.
        let r = q("70", Some("%"), &[])
            .mul(&q("5.5", Some("h"), &[]), None)
            .unwrap();
        assert_eq!(r.to_string(), "3.85 h");
        let m = r
            .convert(&Unit::from_names(Some("min"), &[]), None)
            .unwrap();
        assert_eq!(m.to_string(), "231 min");
    }

    #[test]
    fn rates_cancel_counted_units() {
        // 20 min per visit × 12000 visits per year = 240000 min per year.
        let r = q("20", Some("min"), &["visit"])
            .mul(&q("12000", Some("visits"), &["year"]), None)
            .unwrap();
        assert_eq!(r.to_string(), "240000 min per year");
    }

    #[test]
    fn adding_minutes_and_visits_is_a_mismatch() {
        let e = q("20", Some("min"), &[]).add(&q("3", Some("visits"), &[]), None);
        assert_eq!(e.unwrap_err(), UnitError::Mismatch);
    }

    #[test]
    fn days_to_hours_need_a_calendar() {
        let days = q("4", Some("days"), &[]);
        let h = Unit::from_names(Some("h"), &[]);
        assert_eq!(
            days.convert(&h, None).unwrap_err(),
            UnitError::NeedsCalendar(vec!["days"])
        );
        // In a calendar with 8-hour days, 4 days of training is 32 h (not 96 h).
        let cal = eight_hour_calendar();
        assert_eq!(days.convert(&h, Some(&cal)).unwrap().to_string(), "32 h");
    }

    #[test]
    fn time_per_week_as_a_share_of_the_working_week() {
        // 2 h per week of a 40-hour week is 5%.
        let cal = eight_hour_calendar();
        let share = q("2", Some("h"), &["week"])
            .convert(&Unit::from_names(Some("%"), &[]), Some(&cal))
            .unwrap();
        assert_eq!(share.to_string(), "5%");
    }

    #[test]
    fn percent_and_plain_numbers_add() {
        // 1 - 30% = 0.7
        let r = q("1", None, &[])
            .sub(&q("30", Some("%"), &[]), None)
            .unwrap();
        assert_eq!(r.to_string(), "0.7");
    }

    #[test]
    fn clock_units_convert_anywhere() {
        let r = q("90", Some("min"), &[])
            .add(&q("1.5", Some("h"), &[]), None)
            .unwrap();
        assert_eq!(r.to_string(), "180 min");
        assert_eq!(
            q("1", Some("day"), &[]).to_string(),
            "1 day",
            "singular for exactly one"
        );
    }

    #[test]
    fn a_count_from_a_denominator_takes_the_plural_someone_wrote() {
        // 1720 h / (20 min per visit) = 103200 min / 20 min = 5160 visits (by hand).
        let per_visit = q("20", Some("min"), &["visit"]);
        let sw = q("1720", Some("h"), &[]).div(&per_visit, None).unwrap();
        assert_eq!(sw.to_string(), "5160 visit", "no plural written yet");
        q("12000", Some("visits"), &[]);
        assert_eq!(sw.to_string(), "5160 visits");
        // wl never makes a plural: `pasien` is singular and plural in Indonesian.
        let per_patient = q("20", Some("min"), &["pasien"]);
        let sw = q("1720", Some("h"), &[]).div(&per_patient, None).unwrap();
        assert_eq!(sw.to_string(), "5160 pasien");
        assert_eq!(q("1", Some("visit"), &[]).to_string(), "1 visit");
    }
}
