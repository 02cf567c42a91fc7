//! The one routine that cancels units: like atoms fold into the first one written, by the exact
//! ratio of their sizes.
//!
//! Products and quotients ([`How::Multiply`]) cancel only like atoms: clock time with clock
//! time, a calendar period with a calendar period (a year is exactly twelve months; a week is
//! the calendar's days a week), a counted thing with itself. Clock time never cancels against a
//! calendar period there: `0.5 * 2 h per week` is `1 h per week`, not a fraction of a week.
//! Conversions, sums and comparisons ([`How::Measure`]) measure calendar periods in the
//! calendar's working seconds, so `2 h per week in %` is 5% of a 40-hour week. Every size is an
//! exact fraction on a seconds base, and the factor is one product of exact ratios: nothing is
//! rounded on the way.

use super::{Atom, Dim, UnitError, WorkLengths};
use crate::number::{Num, NumError, Ratio};

/// Whether calendar periods are measured in clock time (see the module comment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum How {
    Multiply,
    Measure,
}

/// Atoms after folding, and the factor the value takes to be expressed in them.
pub(super) struct Folded {
    pub factor: Num,
    pub atoms: Vec<(Atom, i32)>,
}

/// The dimension an atom folds in and its size there (seconds for clock time and for calendar
/// periods the calendar gives; months for months and years otherwise). `None` for the percent
/// sign, which is a plain factor of 1/100.
fn kind(atom: &Atom, cal: Option<&WorkLengths>, how: How) -> Option<(Dim, Ratio)> {
    if let Some(s) = atom.seconds() {
        return Some((Dim::Clock, s));
    }
    if let Some(len) = cal.and_then(|c| c.length(atom)) {
        let dim = match how {
            How::Multiply => Dim::Period,
            How::Measure => Dim::Clock,
        };
        return Some((dim, len));
    }
    Some(match atom {
        Atom::Day => (Dim::Day, Ratio::ONE),
        Atom::Week => (Dim::Week, Ratio::ONE),
        Atom::Month => (Dim::Month, Ratio::ONE),
        Atom::Year => (Dim::Month, Ratio::int(12)),
        Atom::Count { key, .. } => (Dim::Count(key.clone()), Ratio::ONE),
        _ => return None,
    })
}

/// `(size)^p` into the factor.
fn scale(factor: Num, size: Ratio, p: i32) -> Result<Num, UnitError> {
    Ok(factor.mul(Num::Exact(size).pow(Num::int(p as i64))?)?)
}

/// Fold `atoms` (a product, powers already signed): like atoms merge into the first written,
/// zero powers drop out. In a product the percent sign folds into the factor unless it is the
/// whole unit (`30% × 8 h` is `2.4 h`); in a measurement it always does.
pub(super) fn fold(
    atoms: impl IntoIterator<Item = (Atom, i32)>,
    cal: Option<&WorkLengths>,
    how: How,
) -> Result<Folded, UnitError> {
    let mut factor = Num::ONE;
    let mut out: Vec<(Atom, i32)> = Vec::new();
    let mut targets: Vec<(Dim, usize, Ratio)> = Vec::new();
    for (atom, p) in atoms {
        let Some((dim, size)) = kind(&atom, cal, how) else {
            // The percent sign.
            merge(&mut out, None, atom, p)?;
            continue;
        };
        match targets.iter().find(|(d, _, _)| *d == dim) {
            Some(&(_, i, target)) => {
                if size != target {
                    let ratio = size.checked_div(target).ok_or(NumError::Overflow)?;
                    factor = scale(factor, ratio, p)?;
                }
                merge(&mut out, Some(i), atom, p)?;
            }
            None => {
                targets.push((dim, out.len(), size));
                out.push((atom, p));
            }
        }
    }
    out.retain(|(_, p)| *p != 0);
    let whole_percent = matches!(out.as_slice(), [(Atom::Percent, 1)]);
    if how == How::Measure || !whole_percent {
        if let Some(i) = out.iter().position(|(a, _)| *a == Atom::Percent) {
            factor = scale(factor, Ratio::new(1, 100).expect("1/100"), out[i].1)?;
            out.remove(i);
        }
    }
    Ok(Folded { factor, atoms: out })
}

/// Add power `p` of `atom` to slot `at` (or to the same atom already there, or a new slot); a
/// counted atom keeps the plural either side knows.
fn merge(
    out: &mut Vec<(Atom, i32)>,
    at: Option<usize>,
    atom: Atom,
    p: i32,
) -> Result<(), UnitError> {
    let at = at.or_else(|| out.iter().position(|(a, _)| *a == atom));
    let Some(i) = at else {
        out.push((atom, p));
        return Ok(());
    };
    let slot = &mut out[i];
    slot.1 = slot.1.checked_add(p).ok_or(UnitError::PowerOverflow)?;
    if let (Atom::Count { plural: mine, .. }, Atom::Count { plural: theirs, .. }) =
        (&mut slot.0, atom)
    {
        if mine.is_none() {
            *mine = theirs;
        }
    }
    Ok(())
}

/// Why a measurement left atoms over: only the lack of (a complete) calendar, or different
/// kinds of quantity.
pub(super) fn mismatch(left: &[(Atom, i32)], cal: Option<&WorkLengths>) -> UnitError {
    let word = |a: &Atom| match a {
        Atom::Day => Some("days"),
        Atom::Week => Some("weeks"),
        Atom::Month => Some("months"),
        Atom::Year => Some("years"),
        _ => None,
    };
    let time = |a: &Atom| a.seconds().is_some() || word(a).is_some();
    let time_power: i64 = left
        .iter()
        .filter(|(a, _)| time(a))
        .map(|(_, p)| *p as i64)
        .sum();
    if time_power != 0 || left.iter().any(|(a, _)| !time(a)) {
        return UnitError::Mismatch;
    }
    let mut words: Vec<&'static str> = left.iter().filter_map(|(a, _)| word(a)).collect();
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
