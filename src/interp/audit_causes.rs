//! Why an audited figure is not consistent: the usual causes of a misprinted figure, each tested
//! against the printed figure at its printed precision. A cause is named only when it gives the
//! printed figure exactly and no other cause does; when several do, the audit says so and names
//! none. The causes: truncated or rounded up instead of rounded, ties rounded half-even instead
//! of half-up, two neighbouring digits swapped, one digit (not the last) changed, a unit slip
//! (another time unit printed under this one, days counted at 24 hours, a proportion printed as
//! a percentage or a percentage as a proportion), the mean of the (rounded) ratios printed for
//! a ratio of sums, and, where the script states the paper's tie rule (`round(x, 2, mode:
//! "half_even")`), the other rule.

use super::audit_words::{fill, phrase};
use crate::number::{Locale, Num, Rounding};
use crate::units::{Atom, Quantity, Unit, WorkLengths};

/// The figure as printed.
#[derive(Clone, Copy, Debug)]
pub struct Printed<'a> {
    /// The value, with its sign.
    pub value: Num,
    /// The digits as written, without sign or `_` (`3.21`).
    pub digits: &'a str,
    pub decimals: u32,
    /// The language of the causes and how their numbers are written (English in JSON).
    pub locale: Locale,
}

impl Printed<'_> {
    /// Half a unit in the last printed place.
    fn half(&self) -> Num {
        Num::from(rust_decimal::Decimal::new(5, self.decimals + 1))
    }

    /// Whether `v` rounds (half away from zero, as wl's `round`) to the printed figure.
    pub fn fits(&self, v: Num) -> bool {
        let (Ok(low), Ok(high)) = (self.value.sub(self.half()), self.value.add(self.half())) else {
            return false;
        };
        if v.is_negative() {
            v > low && v <= high
        } else {
            v >= low && v < high
        }
    }
}

/// A candidate cause and the figure it would print (before rounding at the printed precision).
type Candidate = (String, Num);

/// The causes among `candidates` that give the printed figure.
fn giving(candidates: Vec<Candidate>, p: &Printed) -> Vec<String> {
    candidates
        .into_iter()
        .filter(|(_, v)| p.fits(*v))
        .map(|(what, _)| what)
        .collect()
}

/// Truncation, rounding up and the other tie rule, applied to the unrounded value `r`. The tie
/// rule is half-up unless the script states the paper's (`round(x, 2, mode: "half_even")`):
/// then the other one is the candidate, as "the paper said one rule and used the other".
pub fn rounding(r: Num, stated: Option<Rounding>, p: &Printed) -> Vec<String> {
    let d = p.decimals as i32;
    let rule = stated.unwrap_or(Rounding::HalfUp);
    let expected = r.round(d, rule);
    let mut out = Vec::new();
    let mut exact = |what: &'static str, v: Num| {
        if v != expected && v == p.value {
            out.push(phrase(what, p.locale).to_string());
        }
    };
    exact(
        "truncated instead of rounded",
        r.round(d, Rounding::Truncate),
    );
    exact("rounded up instead of rounded", r.round(d, Rounding::Ceil));
    let other = match (stated, rule) {
        (None, _) => (
            Rounding::HalfEven,
            "a tie rounded half-even (to the even digit) instead of half-up",
        ),
        (Some(_), Rounding::HalfEven) => (
            Rounding::HalfUp,
            "rounded half-up where half-even was stated",
        ),
        (Some(_), _) => (
            Rounding::HalfEven,
            "rounded half-even where half-up was stated",
        ),
    };
    exact(other.1, r.round(d, other.0));
    out
}

/// Two neighbouring digits swapped (3.21 for 3.12), or one digit changed (7.25 for 1.25), in
/// the correctly rounded figure. Only significant digits count (a leading zero that becomes 4
/// changes the magnitude, not a digit), and one digit changed is named only when at least three
/// other significant digits agree and the last digit is not the one changed: with fewer, a
/// figure computed from other data agrees in the rest by chance too often (seed 004 prints
/// expected counts of 7.33 and 7.80 from other tables where the counts give 9.33 and 9.80).
pub fn digits(r: Num, p: &Printed) -> Vec<String> {
    let d = p.decimals as i32;
    let correct = r.round(d, Rounding::HalfUp);
    if correct.is_negative() != p.value.is_negative() {
        return Vec::new();
    }
    let right: Vec<char> = correct.abs().fixed(p.decimals).chars().collect();
    let printed: Vec<char> = p.digits.chars().collect();
    if right.len() != printed.len() {
        return Vec::new();
    }
    let differ: Vec<usize> = (0..right.len())
        .filter(|&i| right[i] != printed[i])
        .collect();
    // Where both figures have reached their first significant digit.
    let first = |x: &[char]| x.iter().position(|c| c.is_ascii_digit() && *c != '0');
    let (Some(a), Some(b)) = (first(&right), first(&printed)) else {
        return Vec::new();
    };
    let from = a.max(b);
    let significant = right[a..].iter().filter(|c| c.is_ascii_digit()).count();
    let is_digit = |i: usize| i >= from && right[i].is_ascii_digit() && printed[i].is_ascii_digit();
    let shown: String = right.iter().collect();
    let shown = p.locale.localize(&shown, false);
    let digits = p.locale.localize(p.digits, false);
    match differ.as_slice() {
        [i, j] if *j == i + 1 && is_digit(*i) && is_digit(*j) => {
            let swapped = right[*i] == printed[*j] && right[*j] == printed[*i];
            if swapped {
                vec![fill(
                    "two digits swapped ({0} printed as {1})",
                    p.locale,
                    &[&shown, &digits],
                )]
            } else {
                Vec::new()
            }
        }
        [i] if is_digit(*i) && i + 1 < right.len() && significant >= 4 => {
            vec![fill(
                "one digit changed ({0} printed as {1})",
                p.locale,
                &[&shown, &digits],
            )]
        }
        _ => Vec::new(),
    }
}

/// Unit slips: the recomputed quantity in another time unit printed under the reported one
/// (days printed as hours, minutes as hours), days counted at 24 hours, a proportion printed as
/// a percentage and a percentage as a proportion.
pub fn units(
    computed: &Quantity,
    reported: &Unit,
    cal: Option<&WorkLengths>,
    p: &Printed,
) -> Vec<String> {
    let mut candidates: Vec<Candidate> = Vec::new();
    if computed.is_plain() && reported.is_none() {
        if let Ok(v) = computed.value.mul(Num::int(100)) {
            let what = phrase("a proportion printed as a percentage", p.locale);
            candidates.push((what.into(), v));
        }
    }
    if computed.is_plain() && reported.is_percent() {
        let what = phrase("a proportion printed with a % sign", p.locale);
        candidates.push((what.into(), computed.value));
    }
    if let Some(to) = single_time(reported) {
        for (other, name) in [
            (Atom::Minute, "minutes"),
            (Atom::Hour, "hours"),
            (Atom::Day, "days"),
            (Atom::Week, "weeks"),
        ] {
            if other == to {
                continue;
            }
            let unit = Unit {
                atoms: vec![(other.clone(), 1)],
            };
            if let Ok(q) = computed.convert(&unit, cal) {
                let what = fill(
                    "{0} printed as {1}",
                    p.locale,
                    &[phrase(name, p.locale), phrase(plural_name(&to), p.locale)],
                );
                candidates.push((what, q.value));
            }
        }
        if let Some(v) = at_24_hours(computed, &to, cal) {
            let what = phrase(
                "days counted at 24 hours (a calendar day), not at the calendar's working day",
                p.locale,
            );
            candidates.push((what.into(), v));
        }
    }
    giving(candidates, p)
}

/// The one time atom a unit is (`h`, `days`), if it is one.
fn single_time(u: &Unit) -> Option<Atom> {
    match u.atoms.as_slice() {
        [(a, 1)] if matches!(a, Atom::Minute | Atom::Hour | Atom::Day | Atom::Week) => {
            Some(a.clone())
        }
        _ => None,
    }
}

fn plural_name(a: &Atom) -> &'static str {
    match a {
        Atom::Minute => "minutes",
        Atom::Hour => "hours",
        Atom::Day => "days",
        _ => "weeks",
    }
}

/// The recomputed time in working days, then at 24 clock hours a day, in the clock unit `to`.
fn at_24_hours(computed: &Quantity, to: &Atom, cal: Option<&WorkLengths>) -> Option<Num> {
    let secs = to.seconds()?;
    let day = Unit {
        atoms: vec![(Atom::Day, 1)],
    };
    let days = computed.convert(&day, cal).ok()?;
    days.value
        .mul(Num::int(24 * 3600))
        .and_then(|s| s.div(Num::Exact(secs)))
        .ok()
}

/// The mean of the ratios, unrounded and rounded at the printed precision, for a figure
/// recomputed as a ratio of sums; `ratios` are already in the printed unit.
pub fn ratios(ratios: &[Num], p: &Printed) -> Vec<String> {
    let mean = |xs: &[Num]| -> Option<Num> {
        let mut total = Num::ZERO;
        for x in xs {
            total = total.add(*x).ok()?;
        }
        total.div(Num::int(xs.len() as i64)).ok()
    };
    if ratios.len() < 2 {
        return Vec::new();
    }
    let rounded: Vec<Num> = ratios
        .iter()
        .map(|x| x.round(p.decimals as i32, Rounding::HalfUp))
        .collect();
    let mut candidates = Vec::new();
    if let Some(m) = mean(ratios) {
        let what = phrase(
            "the mean of the ratios, not the ratio of the sums",
            p.locale,
        );
        candidates.push((what.into(), m));
    }
    if let Some(m) = mean(&rounded) {
        candidates.push((
            fill(
                "the mean of the ratios each rounded to {0} decimals, not the ratio of the sums",
                p.locale,
                &[&p.decimals.to_string()],
            ),
            m,
        ));
    }
    let found = giving(candidates, p);
    // Rounded ratios that average to the printed figure as the unrounded ones do add nothing.
    match found.as_slice() {
        [_, _] => found.into_iter().take(1).collect(),
        _ => found,
    }
}

/// The verdict on the causes found: one is named; several are listed and none is named.
pub fn verdict(causes: &[String], printed: &str, locale: Locale) -> String {
    match causes {
        [] => String::new(),
        [one] => fill("; explained: {0}", locale, &[one]),
        several => fill(
            "; {0} causes give {1} equally, so none is named: {2}",
            locale,
            &[&several.len().to_string(), printed, &several.join("; ")],
        ),
    }
}
