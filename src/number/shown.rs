//! How many digits a number is shown with when it is printed for reading: wl's default (up to
//! ten decimals), a number of significant digits (`wl run --digits 4`, `set_display(digits:
//! 4)`) or of decimals (`--decimals 3`, `set_display(decimals: 3)`). Data written for programs
//! (CSV, JSON, .xlsx) never goes through here: it is written at full precision.
//!
//! The setting is held for the duration of one rendering ([`with_shown`]) rather than passed
//! down: every printed number, in a list, a record, a table or a nested record, is written by
//! `Num`'s `Display`, which is reached through many layers that know nothing of settings.

use super::{Num, Rounding, F64_DIGITS};
use std::cell::Cell;

/// The digits shown (see the module comment).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Shown {
    /// Up to ten decimals, trailing zeros dropped (15 significant digits for values beyond the
    /// exact range): what wl has always printed.
    #[default]
    Default,
    /// This many significant digits (1 to 15), at least: the whole part of a number is never
    /// rounded (1234567 shows as 1234567 at 4 digits, as R's `print(x, digits = 4)` does).
    Digits(u32),
    /// Up to this many decimals (0 to 15), trailing zeros dropped, as the default does at 10.
    Decimals(u32),
}

/// The largest number of significant digits or decimals a setting may ask for: beyond 15
/// digits an f64 result would show float noise.
pub const MAX_SHOWN: u32 = 15;

thread_local! {
    static SHOWN: Cell<Shown> = const { Cell::new(Shown::Default) };
}

/// Run `f` with numbers shown as `shown`; the previous setting comes back afterwards, also
/// when `f` unwinds.
pub fn with_shown<T>(shown: Shown, f: impl FnOnce() -> T) -> T {
    struct Restore(Shown);
    impl Drop for Restore {
        fn drop(&mut self) {
            SHOWN.with(|s| s.set(self.0));
        }
    }
    let _restore = Restore(SHOWN.with(|s| s.replace(shown)));
    f()
}

/// The setting in force.
pub(super) fn current() -> Shown {
    SHOWN.with(Cell::get)
}

/// `x` in wl's `en` form under `shown`.
pub(super) fn write(x: Num, shown: Shown) -> String {
    match (shown, x) {
        (Shown::Default, Num::Exact(r)) => trimmed(r.to_fixed(10, Rounding::HalfEven)),
        (Shown::Default, Num::Approx(v)) => approx(v, F64_DIGITS as u32, 10),
        (Shown::Decimals(d), Num::Exact(r)) => trimmed(r.to_fixed(d, Rounding::HalfEven)),
        (Shown::Decimals(d), Num::Approx(v)) => approx(v, F64_DIGITS as u32, d),
        (Shown::Digits(s), Num::Exact(r)) => {
            let v = r.to_f64();
            if v != 0.0 && v.abs() < 1e-6 {
                scientific(v, s)
            } else {
                trimmed(r.to_fixed(decimals_for(v, s), Rounding::HalfEven))
            }
        }
        (Shown::Digits(s), Num::Approx(v)) => approx(v, s, decimals_for(v, s)),
    }
}

/// Decimals that give `s` significant digits to `v` without rounding its whole part.
fn decimals_for(v: f64, s: u32) -> u32 {
    if v == 0.0 {
        return 0;
    }
    let magnitude = v.abs().log10().floor() as i32;
    (s as i32 - 1 - magnitude).clamp(0, 28) as u32
}

/// An f64 (a value beyond the exact range): scientific outside 1e-6..1e15, as always.
fn approx(v: f64, digits: u32, decimals: u32) -> String {
    let a = v.abs();
    if a != 0.0 && !(1e-6..1e15).contains(&a) {
        return scientific(v, digits);
    }
    let s = trimmed(format!(
        "{:.*}",
        decimals.min(F64_DIGITS as u32) as usize,
        v
    ));
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

fn scientific(v: f64, digits: u32) -> String {
    let s = format!("{:.*e}", digits.clamp(1, F64_DIGITS as u32) as usize - 1, v);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    format!("{}e{e}", trimmed(m.to_string()))
}

fn trimmed(s: String) -> String {
    if !s.contains('.') {
        return s;
    }
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(x: &str, s: Shown) -> String {
        let n = Num::from(x.parse::<rust_decimal::Decimal>().unwrap());
        write(n, s)
    }

    #[test]
    fn digits_and_decimals() {
        // By hand: 2/3 = 0.6666…; 4 significant digits 0.6667, 3 decimals 0.667.
        let two_thirds = Num::ratio(2, 3);
        assert_eq!(write(two_thirds, Shown::Digits(4)), "0.6667");
        assert_eq!(write(two_thirds, Shown::Decimals(3)), "0.667");
        assert_eq!(write(two_thirds, Shown::Default), "0.6666666667");
        // The whole part is never rounded; trailing zeros are dropped.
        assert_eq!(shown("1234567.891", Shown::Digits(4)), "1234568");
        assert_eq!(shown("12.5", Shown::Digits(4)), "12.5");
        assert_eq!(shown("12.5", Shown::Decimals(0)), "12");
        assert_eq!(shown("0.000123456", Shown::Digits(3)), "0.000123");
        // 4e-12 is shown, not rounded to 0, when significant digits are asked for.
        assert_eq!(shown("0.000000000004", Shown::Digits(4)), "4e-12");
        assert_eq!(shown("0.000000000004", Shown::Default), "0");
        assert_eq!(write(Num::Approx(1.5e-40), Shown::Digits(2)), "1.5e-40");
        assert_eq!(
            write(Num::Approx(-1.23456e-40), Shown::Decimals(3)),
            "-1.23456e-40"
        );
    }

    #[test]
    fn the_setting_is_scoped() {
        let x = Num::ratio(1, 3);
        let inside = with_shown(Shown::Decimals(2), || x.to_string());
        assert_eq!(inside, "0.33");
        assert_eq!(x.to_string(), "0.3333333333");
    }

    #[test]
    fn nearest_f64_of_large_fractions() {
        use super::super::Ratio;
        // 1/3 with a denominator past 2^53: 10^30 / (3 * 10^30) is reduced to 1/3 anyway, so
        // take 1/(3 * 10^20), whose nearest f64 the standard parser gives from its decimal.
        let r = Ratio::new(1, 300_000_000_000_000_000_000).unwrap();
        assert_eq!(
            r.to_f64(),
            "3.333333333333333333333333333333333e-21"
                .parse::<f64>()
                .unwrap()
        );
    }

    proptest! {
        /// Text for reading never shows float noise: a decimal with at most 12 significant
        /// digits, pushed through f64 arithmetic that leaves noise in its last bits (x / 7 * 7,
        /// x + 0.1 - 0.1, x * 3 / 3), prints as that decimal (rounded to the decimals asked
        /// for), computed independently with `rust_decimal`.
        #[test]
        fn no_float_noise(m in -999_999_999_999i64..999_999_999_999, e in 0u32..9) {
            use rust_decimal::{Decimal, RoundingStrategy};
            let exact = Decimal::new(m, e);
            let x = Num::ratio(m, 10i64.pow(e)).to_f64();
            for noisy in [x / 7.0 * 7.0, x + 0.1 - 0.1, x * 3.0 / 3.0] {
                let n = Num::from_f64(noisy).unwrap();
                prop_assert_eq!(write(n, Shown::Default), exact.normalize().to_string());
                let four = exact.round_dp_with_strategy(4, RoundingStrategy::MidpointNearestEven);
                prop_assert_eq!(write(n, Shown::Decimals(4)), four.normalize().to_string());
            }
        }
    }
}
