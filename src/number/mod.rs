//! Numbers: exact fractions for everything a planner writes, f64 only where exactness is
//! impossible.
//!
//! `0.1 + 0.2 == 0.3`, `1/3 * 3 == 1` and `floor(70% * 330)` is 231 because literals and their
//! arithmetic are exact fractions ([`Num::Exact`], a reduced `i128 / i128` [`Ratio`]; a decimal
//! literal converts exactly: 0.1 is 1/10). Statistics and column operations compute in f64;
//! their results come back through [`Num::from_f64`], which keeps 15 significant digits (all an
//! f64 carries reliably) and so never shows float noise such as `230.99999999999997`. Only
//! values outside the exact range (a p-value of 1e-40) stay [`Num::Approx`], and the figures of
//! a statistics record, which keep their computed double so that JSON and CSV can write every
//! bit of it (displayed, an f64 shows at most 15 significant digits, so no noise either).
//!
//! The exact range and the fallback: an exact result larger than the decimal range of earlier
//! versions (about 7.9 × 10^28) is an overflow error, as it always was. An exact result whose
//! fraction no longer fits (a numerator beyond `i128`, a denominator beyond 10^36, which only a
//! long chain of divisions by unrelated numbers produces) is computed in f64 instead and comes
//! back through [`Num::from_f64`]: 15 significant digits, exact again when that is a short
//! decimal.

pub mod labels;
#[cfg(test)]
mod props;
mod ratio;
pub mod shown;

pub use ratio::Ratio;

use rust_decimal::{Decimal, MathematicalOps};
use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, Copy, Debug)]
pub enum Num {
    Exact(Ratio),
    Approx(f64),
}

/// Why an arithmetic operation has no result.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    DivisionByZero,
    Overflow,
    /// Not a real number (square root of a negative, log of zero, ...).
    Domain,
}

/// How to round: `half_up` is what planners do by hand and the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rounding {
    HalfUp,
    HalfEven,
    Floor,
    Ceil,
    Truncate,
}

impl Rounding {
    pub const NAMES: &'static [&'static str] =
        &["half_up", "half_even", "floor", "ceil", "truncate"];

    pub fn from_name(name: &str) -> Option<Rounding> {
        Some(match name {
            "half_up" => Rounding::HalfUp,
            "half_even" => Rounding::HalfEven,
            "floor" => Rounding::Floor,
            "ceil" => Rounding::Ceil,
            "truncate" | "trunc" => Rounding::Truncate,
            _ => return None,
        })
    }

    fn strategy(self) -> rust_decimal::RoundingStrategy {
        use rust_decimal::RoundingStrategy::*;
        match self {
            Rounding::HalfUp => MidpointAwayFromZero,
            Rounding::HalfEven => MidpointNearestEven,
            Rounding::Floor => ToNegativeInfinity,
            Rounding::Ceil => ToPositiveInfinity,
            Rounding::Truncate => ToZero,
        }
    }
}

/// Significant digits kept when an f64 becomes a number a user sees.
const F64_DIGITS: usize = 15;

/// The largest exact magnitude: the decimal range wl has always promised (about 7.9 × 10^28).
const EXACT_MAX: i128 = 79_228_162_514_264_337_593_543_950_335;

// add/sub/mul/div are checked and return a Result, so they cannot be the std operator traits.
#[allow(clippy::should_implement_trait)]
impl Num {
    pub const ZERO: Num = Num::Exact(Ratio::ZERO);
    pub const ONE: Num = Num::Exact(Ratio::ONE);

    pub fn int(i: i64) -> Num {
        Num::Exact(Ratio::int(i))
    }

    /// An exact fraction `n / d` (`d` not zero), or its f64 value when it does not fit.
    pub fn ratio(n: i64, d: i64) -> Num {
        match Ratio::new(n as i128, d as i128) {
            Some(r) => Num::Exact(r),
            None => Num::Approx(n as f64 / d as f64),
        }
    }

    /// The exact fraction, if this number is exact.
    pub fn as_ratio(self) -> Option<Ratio> {
        match self {
            Num::Exact(r) => Some(r),
            Num::Approx(_) => None,
        }
    }

    /// An exact result, or the f64 fallback when the fraction left its type (see the module
    /// comment); beyond the exact range either way it is an overflow.
    fn settle(exact: Option<Ratio>, approx: impl FnOnce() -> f64) -> Result<Num, NumError> {
        match exact {
            Some(r) if r.numer().unsigned_abs() / (r.denom() as u128) > EXACT_MAX as u128 => {
                Err(NumError::Overflow)
            }
            Some(r) => Ok(Num::Exact(r)),
            None => {
                let x = approx();
                if !x.is_finite() || x.abs() > EXACT_MAX as f64 {
                    return Err(NumError::Overflow);
                }
                Num::from_f64(x)
            }
        }
    }

    /// An f64 result, rounded to 15 significant digits and made exact when a fraction with a
    /// power of ten below can hold it. Infinite or NaN input is a domain error: it never
    /// reaches a user.
    pub fn from_f64(x: f64) -> Result<Num, NumError> {
        if !x.is_finite() {
            return Err(NumError::Domain);
        }
        if x == 0.0 {
            return Ok(Num::ZERO);
        }
        let text = format!("{:.*e}", F64_DIGITS - 1, x);
        let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
        let Ok(m) = digits.parse::<i128>() else {
            return Ok(Num::Approx(x));
        };
        // mantissa has F64_DIGITS-1 decimals; value = mantissa * 10^exp
        let scale = (F64_DIGITS as i32 - 1) - exp;
        let exact = if (0..=28).contains(&scale) {
            ratio::pow10(scale as u32).and_then(|p| Ratio::new(m, p))
        } else if scale < 0 && x.abs() < 7.9e28 {
            ratio::pow10(-scale as u32)
                .and_then(|p| m.checked_mul(p))
                .and_then(|n| Ratio::new(n, 1))
        } else {
            None
        };
        Ok(exact.map_or(Num::Approx(x), Num::Exact))
    }

    pub fn to_f64(self) -> f64 {
        match self {
            Num::Exact(r) => r.to_f64(),
            Num::Approx(x) => x,
        }
    }

    pub fn is_zero(self) -> bool {
        match self {
            Num::Exact(r) => r.is_zero(),
            Num::Approx(x) => x == 0.0,
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            Num::Exact(r) => r.is_negative(),
            Num::Approx(x) => x < 0.0,
        }
    }

    /// The integer value, if this number is a whole number that fits an i64.
    pub fn as_i64(self) -> Option<i64> {
        match self {
            Num::Exact(r) if r.is_integer() => i64::try_from(r.numer()).ok(),
            Num::Approx(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => Some(x as i64),
            _ => None,
        }
    }

    /// Arithmetic with an f64 operand stays in f64; an infinite result is an overflow.
    fn float_op(a: Num, b: Num, f: impl Fn(f64, f64) -> f64) -> Result<Num, NumError> {
        Num::from_f64(f(a.to_f64(), b.to_f64())).map_err(|_| NumError::Overflow)
    }

    pub fn add(self, other: Num) -> Result<Num, NumError> {
        match (self, other) {
            (Num::Exact(a), Num::Exact(b)) => {
                Num::settle(a.checked_add(b), || a.to_f64() + b.to_f64())
            }
            _ => Num::float_op(self, other, |a, b| a + b),
        }
    }

    pub fn sub(self, other: Num) -> Result<Num, NumError> {
        self.add(other.neg())
    }

    pub fn mul(self, other: Num) -> Result<Num, NumError> {
        match (self, other) {
            (Num::Exact(a), Num::Exact(b)) => {
                Num::settle(a.checked_mul(b), || a.to_f64() * b.to_f64())
            }
            _ => Num::float_op(self, other, |a, b| a * b),
        }
    }

    pub fn div(self, other: Num) -> Result<Num, NumError> {
        if other.is_zero() {
            return Err(NumError::DivisionByZero);
        }
        match (self, other) {
            (Num::Exact(a), Num::Exact(b)) => {
                Num::settle(a.checked_div(b), || a.to_f64() / b.to_f64())
            }
            _ => Num::float_op(self, other, |a, b| a / b),
        }
    }

    pub fn neg(self) -> Num {
        match self {
            Num::Exact(r) => Num::Exact(r.negated()),
            Num::Approx(x) => Num::Approx(-x),
        }
    }

    pub fn abs(self) -> Num {
        match self {
            Num::Exact(r) => Num::Exact(r.abs()),
            Num::Approx(x) => Num::Approx(x.abs()),
        }
    }

    pub fn pow(self, exp: Num) -> Result<Num, NumError> {
        if let (Num::Exact(base), Some(e)) = (self, exp.as_i64()) {
            if base.is_zero() && e < 0 {
                return Err(NumError::DivisionByZero);
            }
            if e.unsigned_abs() <= 4096 {
                return Num::settle(base.checked_pow(e), || base.to_f64().powi(e as i32));
            }
        }
        let r = self.to_f64().powf(exp.to_f64());
        if r.is_nan() {
            return Err(NumError::Domain);
        }
        Num::from_f64(r).map_err(|_| NumError::Overflow)
    }

    /// Exact when both parts of the fraction are squares; otherwise the 28-digit decimal root.
    pub fn sqrt(self) -> Result<Num, NumError> {
        if self.is_negative() {
            return Err(NumError::Domain);
        }
        if let Num::Exact(r) = self {
            if let Some(root) = r.exact_sqrt() {
                return Ok(Num::Exact(root));
            }
            if let Some(root) = r.to_decimal().and_then(|d| d.sqrt()) {
                return Ok(Num::from(root));
            }
        }
        Num::from_f64(self.to_f64().sqrt())
    }

    /// Apply an f64 function (ln, exp, ...) and bring the result back.
    pub fn map_f64(self, f: impl Fn(f64) -> f64) -> Result<Num, NumError> {
        let r = f(self.to_f64());
        if r.is_nan() {
            return Err(NumError::Domain);
        }
        Num::from_f64(r).map_err(|_| NumError::Overflow)
    }

    /// Round to `digits` decimals (negative: to tens, hundreds...), on the exact value.
    pub fn round(self, digits: i32, mode: Rounding) -> Num {
        match self {
            Num::Exact(r) => {
                let digits = digits.clamp(-18, 28);
                if let Some(rounded) = r.round(digits, mode) {
                    return Num::Exact(rounded);
                }
                // A fraction too large to scale by 10^digits: round its 28-digit decimal.
                match r.to_decimal() {
                    Some(d) if digits >= 0 => {
                        Num::from(d.round_dp_with_strategy(digits as u32, mode.strategy()))
                    }
                    _ => Num::Approx(r.to_f64()).round(digits, mode),
                }
            }
            Num::Approx(x) => {
                let p = 10f64.powi(digits);
                let y = x * p;
                let r = match mode {
                    Rounding::HalfUp => y.round(),
                    Rounding::HalfEven => {
                        let r = y.round();
                        if (y - y.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
                            r - y.signum()
                        } else {
                            r
                        }
                    }
                    Rounding::Floor => y.floor(),
                    Rounding::Ceil => y.ceil(),
                    Rounding::Truncate => y.trunc(),
                };
                Num::Approx(r / p)
            }
        }
    }

    /// Text with exactly `decimals` decimals, rounded half up (`2.5` at 3 decimals is `2.500`),
    /// for tables that align figures the way SPSS prints them. The one place where a
    /// fixed-width number is made, so that display settings apply to statistics tables too.
    pub fn fixed(self, decimals: u32) -> String {
        let r = match self {
            Num::Exact(r) => Some(r),
            Num::Approx(x) if x.abs() < 1e-20 => Some(Ratio::ZERO),
            Num::Approx(x) => Decimal::try_from(x).ok().map(Ratio::from_decimal),
        };
        match r {
            Some(r) => r.to_fixed(decimals.min(28), Rounding::HalfUp),
            // Beyond the decimal range: only magnitudes below 1e-28 or above 7.9e28 land here.
            None => self.to_string(),
        }
    }

    /// Number of decimals a literal was written with (`0.045` has 3), for audits.
    pub fn written_decimals(text: &str) -> u32 {
        text.split_once('.')
            .map_or(0, |(_, f)| f.replace('_', "").len() as u32)
    }
}

impl PartialEq for Num {
    fn eq(&self, other: &Num) -> bool {
        self.partial_cmp(other) == Some(Ordering::Equal)
    }
}

impl PartialOrd for Num {
    fn partial_cmp(&self, other: &Num) -> Option<Ordering> {
        match (self, other) {
            (Num::Exact(a), Num::Exact(b)) => Some(a.cmp(b)),
            _ => self.to_f64().partial_cmp(&other.to_f64()),
        }
    }
}

/// A decimal converts exactly: 0.1 is 1/10.
impl From<Decimal> for Num {
    fn from(d: Decimal) -> Num {
        Num::Exact(Ratio::from_decimal(d))
    }
}

/// How numbers a user reads are written. `En` is wl's own form (decimal point, no thousands
/// separator, so a printed number can be pasted back into a script); `Id` is the Indonesian
/// convention planners read in Excel and reports (decimal comma, thousands dot: 155.040; 0,464).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Locale {
    #[default]
    En,
    Id,
}

impl Locale {
    pub const NAMES: &'static [&'static str] = &["en", "id"];

    pub fn from_name(name: &str) -> Option<Locale> {
        match name {
            "en" => Some(Locale::En),
            "id" => Some(Locale::Id),
            _ => None,
        }
    }

    /// The decimal separator.
    pub fn decimal(self) -> char {
        match self {
            Locale::En => '.',
            Locale::Id => ',',
        }
    }

    /// Rewrite a number written in wl's own form (`-1234567.5`, `1.5e-40`) in this locale.
    /// Every user-visible number goes through [`Num::display`] and so through here; table
    /// writers that emit fixed decimals call it too, with `group` off for data files.
    pub fn localize(self, plain: &str, group: bool) -> std::borrow::Cow<'_, str> {
        if self == Locale::En {
            return std::borrow::Cow::Borrowed(plain);
        }
        let (body, exp) = match plain.find(['e', 'E']) {
            Some(i) => plain.split_at(i),
            None => (plain, ""),
        };
        let (sign, digits) = match body.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", body),
        };
        let (int, frac) = match digits.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (digits, None),
        };
        let mut out = String::with_capacity(plain.len() + int.len() / 3 + 1);
        out.push_str(sign);
        // Four-digit whole numbers are grouped too (1.720): that is how Indonesian reports and
        // Excel's id-ID format write them.
        for (i, c) in int.chars().enumerate() {
            if group && i > 0 && (int.len() - i).is_multiple_of(3) {
                out.push('.');
            }
            out.push(c);
        }
        if let Some(f) = frac {
            out.push(',');
            out.push_str(f);
        }
        out.push_str(exp);
        std::borrow::Cow::Owned(out)
    }
}

/// A number shown in a locale: `format!("{}", n.display(Locale::Id))`.
pub struct NumDisplay {
    num: Num,
    locale: Locale,
}

impl fmt::Display for NumDisplay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.locale == Locale::En {
            return write!(f, "{}", self.num);
        }
        let plain = self.num.to_string();
        f.write_str(&self.locale.localize(&plain, true))
    }
}

impl Num {
    /// This number as a user reads it in `locale`.
    pub fn display(self, locale: Locale) -> NumDisplay {
        NumDisplay { num: self, locale }
    }
}

/// Display: at most 10 decimals for exact numbers (trailing zeros dropped), 15 significant
/// digits for f64 values (scientific notation outside 1e-6..1e15), unless a rendering asks for
/// other digits ([`shown::with_shown`]). This is the `en` form; [`Num::display`] gives the
/// others.
impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shown::write(*self, shown::current()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Num {
        Num::from(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn decimal_sums_are_exact() {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
        assert_eq!(d("0.1").add(d("0.2")).unwrap(), d("0.3"));
        assert_eq!(d("0.1").add(d("0.2")).unwrap().to_string(), "0.3");
    }

    #[test]
    fn seventy_percent_of_330_minutes_floors_to_231() {
        // By hand: 0.70 * 330 = 231 exactly; in f64 it is 230.99999999999997.
        let v = d("0.70").mul(d("330")).unwrap();
        assert_eq!(v.round(0, Rounding::Floor).to_string(), "231");
    }

    #[test]
    fn f64_results_lose_their_noise() {
        assert_eq!(Num::from_f64(0.7 * 330.0).unwrap().to_string(), "231");
        assert_eq!(Num::from_f64(0.1 + 0.2).unwrap(), d("0.3"));
        assert!(matches!(Num::from_f64(1e-40).unwrap(), Num::Approx(_)));
        assert_eq!(Num::from_f64(1.5e-40).unwrap().to_string(), "1.5e-40");
        assert_eq!(
            Num::from_f64(2.5e20).unwrap().to_string(),
            "250000000000000000000"
        );
        assert_eq!(Num::from_f64(f64::NAN), Err(NumError::Domain));
    }

    #[test]
    fn rounding_modes() {
        // half_up rounds 2.5 away from zero, half_even to the even neighbour.
        assert_eq!(d("2.5").round(0, Rounding::HalfUp), d("3"));
        assert_eq!(d("2.5").round(0, Rounding::HalfEven), d("2"));
        assert_eq!(d("-2.5").round(0, Rounding::Floor), d("-3"));
        assert_eq!(d("-2.5").round(0, Rounding::Truncate), d("-2"));
        assert_eq!(d("2.01").round(0, Rounding::Ceil), d("3"));
        assert_eq!(d("0.46428").round(3, Rounding::HalfUp), d("0.464"));
        assert_eq!(d("1250").round(-2, Rounding::HalfUp), d("1300"));
    }

    #[test]
    fn errors_instead_of_infinities() {
        assert_eq!(d("1").div(d("0")), Err(NumError::DivisionByZero));
        assert_eq!(d("-4").sqrt(), Err(NumError::Domain));
        assert_eq!(d("10").pow(d("40")), Err(NumError::Overflow));
        assert_eq!(d("2").pow(d("10")).unwrap(), d("1024"));
    }

    #[test]
    fn fixed_keeps_trailing_zeros_and_rounds_half_up() {
        assert_eq!(d("2.5").fixed(3), "2.500");
        assert_eq!(d("0.0445").fixed(3), "0.045");
        assert_eq!(d("-0.0001").fixed(3), "0.000");
        assert_eq!(Num::Approx(1e-40).fixed(3), "0.000");
        assert_eq!(d("105").fixed(0), "105");
    }

    #[test]
    fn indonesian_locale_swaps_the_separators() {
        assert_eq!(d("0.464").display(Locale::Id).to_string(), "0,464");
        assert_eq!(d("155040").display(Locale::Id).to_string(), "155.040");
        assert_eq!(
            d("1234567.5").display(Locale::Id).to_string(),
            "1.234.567,5"
        );
        assert_eq!(d("-1720").display(Locale::Id).to_string(), "-1.720");
        assert_eq!(d("999").display(Locale::Id).to_string(), "999");
        assert_eq!(
            Num::Approx(1.5e-40).display(Locale::Id).to_string(),
            "1,5e-40"
        );
        // The default stays as it always was: no thousands separator.
        assert_eq!(d("1234567.5").display(Locale::En).to_string(), "1234567.5");
        assert_eq!(Locale::Id.localize("-1234.5", false), "-1234,5");
    }

    #[test]
    fn display_has_no_noise() {
        assert_eq!(d("1").div(d("3")).unwrap().to_string(), "0.3333333333");
        assert_eq!(d("155040.00").to_string(), "155040");
        assert_eq!(d("-0.0").to_string(), "0");
    }
}
