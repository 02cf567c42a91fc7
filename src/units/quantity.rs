//! Quantities (a number with a unit) and their arithmetic.
//!
//! Adding, subtracting and comparing need the same dimension on both sides; the right operand
//! is converted to the left one's unit. Multiplying and dividing combine units, folding like
//! atoms into the first one written so that `min per visit × visits` is `min` (clock time never
//! folds into a calendar period there; see `fold.rs`). The percent sign folds into the value
//! once it meets another unit: `30% × 8 h` is `2.4 h`.

use super::fold::{fold, mismatch, How};
use super::{Atom, Unit, WorkLengths};
use crate::number::{Locale, Num, NumError};
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
    /// A unit's power left the range of its counter (`h^(2^31)`).
    PowerOverflow,
    Number(NumError),
}

impl From<NumError> for UnitError {
    fn from(e: NumError) -> UnitError {
        UnitError::Number(e)
    }
}

/// The atoms of `unit` with their powers negated (the unit below a line).
fn inverse(unit: &Unit) -> impl Iterator<Item = Result<(Atom, i32), UnitError>> + '_ {
    unit.atoms.iter().map(|(a, p)| {
        p.checked_neg()
            .map(|p| (a.clone(), p))
            .ok_or(UnitError::PowerOverflow)
    })
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

    /// The value of `other` expressed in this quantity's unit: both fold together, and
    /// nothing may be left over.
    fn align(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Num, UnitError> {
        if self.unit == other.unit {
            return Ok(other.value);
        }
        let below: Vec<(Atom, i32)> = inverse(&self.unit).collect::<Result<_, _>>()?;
        let folded = fold(
            other.unit.atoms.iter().cloned().chain(below),
            cal,
            How::Measure,
        )?;
        if !folded.atoms.is_empty() {
            return Err(mismatch(&folded.atoms, cal));
        }
        Ok(other.value.mul(folded.factor)?)
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
        let atoms = self.unit.atoms.iter().chain(&other.unit.atoms).cloned();
        Quantity::folded(value, atoms, cal)
    }

    pub fn div(&self, other: &Quantity, cal: Option<&WorkLengths>) -> Result<Quantity, UnitError> {
        let value = self.value.div(other.value)?;
        let below: Vec<(Atom, i32)> = inverse(&other.unit).collect::<Result<_, _>>()?;
        let atoms = self.unit.atoms.iter().cloned().chain(below);
        Quantity::folded(value, atoms, cal)
    }

    /// `value` with the product `atoms`, like atoms cancelled.
    fn folded(
        value: Num,
        atoms: impl Iterator<Item = (Atom, i32)>,
        cal: Option<&WorkLengths>,
    ) -> Result<Quantity, UnitError> {
        let f = fold(atoms, cal, How::Multiply)?;
        Ok(Quantity::new(value.mul(f.factor)?, Unit { atoms: f.atoms }))
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
            Some(n) if n.abs() <= 16 => {
                let unit = self.unit.powi(n as i32).ok_or(UnitError::PowerOverflow)?;
                Ok(Quantity::new(value, unit))
            }
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
            self.value.div(Num::int(100)).ok()
        } else {
            None
        }
    }
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
    use crate::number::Ratio;
    use rust_decimal::Decimal;
    use std::rc::Rc;
    use std::str::FromStr;

    fn q(v: &str, num: Option<&str>, per: &[&str]) -> Quantity {
        Quantity::new(
            Num::from(Decimal::from_str(v).unwrap()),
            Unit::from_names(num, per),
        )
    }

    fn eight_hour_calendar() -> WorkLengths {
        WorkLengths {
            name: Rc::from("rsud"),
            // 8 h = 28800 s; 5 such days = 144000 s.
            day: Some(Ratio::int(28800)),
            week: Some(Ratio::int(144000)),
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
        let in_script = |script: &str, per: &str| {
            let mut plurals = crate::units::Plurals::default();
            plurals.learn_source(script);
            let per_unit = Quantity::new(
                Num::int(20),
                Unit::from_names_in(Some("min"), &[per], &plurals),
            );
            let sw = q("1720", Some("h"), &[]).div(&per_unit, None).unwrap();
            sw.to_string()
        };
        assert_eq!(
            in_script("x = 20 min per visit", "visit"),
            "5160 visit",
            "no plural written"
        );
        // The plural may be written anywhere in the script, before or after.
        let script = "x = 20 min per visit\nprint 12000 visits\n";
        assert_eq!(in_script(script, "visit"), "5160 visits");
        // wl never makes a plural: `pasien` is singular and plural in Indonesian.
        assert_eq!(in_script(script, "pasien"), "5160 pasien");
        assert_eq!(q("1", Some("visit"), &[]).to_string(), "1 visit");
    }
}
