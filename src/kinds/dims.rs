//! The dimensions a declaration field accepts, read off a quantity's unit: a time per counted
//! unit, a count per period, a time per period, a share. The shapes are judged on the unit's
//! atoms (clock or calendar time, periods, counted things, `%`), never on its size, so a value
//! computed under a calendar (`0.5 * 2 h per week`) is judged like the literal it equals.

use crate::units::{Atom, Quantity, Unit};

/// Clock time or calendar time (`20 days per year` is time spent in a year).
fn is_time(a: &Atom) -> bool {
    matches!(
        a,
        Atom::Second
            | Atom::Minute
            | Atom::Hour
            | Atom::Day
            | Atom::Week
            | Atom::Month
            | Atom::Year
    )
}

/// A period a rate or an amount of time is given per.
fn is_period(a: &Atom) -> bool {
    matches!(a, Atom::Day | Atom::Week | Atom::Month | Atom::Year)
}

fn count_key(a: &Atom) -> Option<&str> {
    match a {
        Atom::Count { key, .. } => Some(key),
        _ => None,
    }
}

fn counted(a: &Atom) -> Option<&Atom> {
    matches!(a, Atom::Count { .. }).then_some(a)
}

/// The counted unit of `time per visit` (unit time) or `visits per h` (rate of working), as
/// an atom (equal to another when their singular keys are); `None` when the unit is neither.
pub fn standard_count(u: &Unit) -> Option<&Atom> {
    match u.atoms.as_slice() {
        [(a, 1), (b, -1)] | [(b, -1), (a, 1)] if is_time(a) => counted(b),
        [(a, 1), (b, -1)] | [(b, -1), (a, 1)] if is_time(b) => counted(a),
        _ => None,
    }
}

/// What a volume counts (`12000 visits` or `1000 visits per month`), as an atom.
pub fn volume_count(u: &Unit) -> Option<&Atom> {
    match u.atoms.as_slice() {
        [(a, 1)] => counted(a),
        [(a, 1), (p, -1)] | [(p, -1), (a, 1)] if is_period(p) => counted(a),
        _ => None,
    }
}

/// `2 h per week`, `30 min per day`, `20 days per year`.
pub fn is_time_per_period(u: &Unit) -> bool {
    matches!(
        u.atoms.as_slice(),
        [(t, 1), (p, -1)] | [(p, -1), (t, 1)] if is_time(t) && is_period(p)
    )
}

/// A time with no period (`2 h`, `3 days`).
pub fn is_bare_time(u: &Unit) -> bool {
    matches!(u.atoms.as_slice(), [(t, 1)] if is_time(t))
}

/// A headcount: a plain number or one counted unit (`3 nurses`, `2 staff`).
pub fn is_headcount(u: &Unit) -> bool {
    match u.atoms.as_slice() {
        [] => true,
        [(a, 1)] => count_key(a).is_some(),
        _ => false,
    }
}

/// The value of a percentage as a fraction (`33%` → 0.33); `None` for any other unit.
pub fn share(q: &Quantity) -> Option<crate::number::Num> {
    if q.unit.is_percent() {
        q.as_plain()
    } else {
        None
    }
}

/// The value of a quantity in FTE (`0.33 FTE` → 0.33); `None` for any other unit.
pub fn fte(q: &Quantity) -> Option<crate::number::Num> {
    match q.unit.atoms.as_slice() {
        [(a, 1)] if count_key(a).is_some_and(|k| k.eq_ignore_ascii_case("fte")) => Some(q.value),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(num: Option<&str>, per: &[&str]) -> Unit {
        Unit::from_names(num, per)
    }

    #[test]
    fn standards_are_time_per_unit_or_units_per_time() {
        assert_eq!(
            standard_count(&unit(Some("min"), &["visit"])),
            Some(&Atom::from_name("visit"))
        );
        assert_eq!(
            standard_count(&unit(Some("samples"), &["h"])),
            Some(&Atom::from_name("sample"))
        );
        assert_eq!(
            standard_count(&unit(Some("visits"), &["day"])),
            Some(&Atom::from_name("visit"))
        );
        assert_eq!(standard_count(&unit(Some("min"), &[])), None);
        assert_eq!(standard_count(&unit(Some("visits"), &[])), None);
        assert_eq!(standard_count(&unit(Some("min"), &["h"])), None);
        assert_eq!(standard_count(&unit(None, &[])), None);
    }

    #[test]
    fn volumes_are_counts_or_counts_per_period() {
        assert_eq!(
            volume_count(&unit(Some("visits"), &[])),
            Some(&Atom::from_name("visit"))
        );
        assert_eq!(
            volume_count(&unit(Some("visits"), &["month"])),
            Some(&Atom::from_name("visit"))
        );
        assert_eq!(volume_count(&unit(Some("visits"), &["h"])), None);
        assert_eq!(volume_count(&unit(Some("h"), &[])), None);
        assert_eq!(volume_count(&unit(None, &[])), None);
    }

    #[test]
    fn time_per_period() {
        assert!(is_time_per_period(&unit(Some("h"), &["week"])));
        assert!(is_time_per_period(&unit(Some("days"), &["year"])));
        assert!(!is_time_per_period(&unit(Some("h"), &[])));
        assert!(!is_time_per_period(&unit(Some("h"), &["visit"])));
        assert!(!is_time_per_period(&unit(Some("%"), &[])));
    }

    #[test]
    fn headcounts() {
        assert!(is_headcount(&unit(None, &[])));
        assert!(is_headcount(&unit(Some("nurses"), &[])));
        assert!(!is_headcount(&unit(Some("h"), &[])));
        assert!(!is_headcount(&unit(Some("%"), &[])));
    }
}
