//! Property tests of exact arithmetic: what holds for every fraction, checked against integer
//! arithmetic done independently of the code under test.

use super::{Num, Ratio, Rounding};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn exact(n: i64, d: i64) -> Num {
    Num::ratio(n, d)
}

/// A fraction a planner could produce: numerator and denominator of everyday size.
fn fraction() -> impl Strategy<Value = (i64, i64)> {
    (-10_000_000i64..10_000_000, 1i64..100_000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn dividing_then_multiplying_gives_back_the_number((an, ad) in fraction(), (bn, bd) in fraction()) {
        prop_assume!(bn != 0);
        let (a, b) = (exact(an, ad), exact(bn, bd));
        prop_assert_eq!(a.div(b).unwrap().mul(b).unwrap(), a);
        prop_assert_eq!(a.add(b).unwrap().sub(b).unwrap(), a);
    }

    #[test]
    fn floor_ceil_and_half_up_act_on_the_exact_value(n in -10_000_000i64..10_000_000, d in 1i64..100_000) {
        let x = exact(n, d);
        // Independently: floor is Euclidean division for a positive divisor; ceil is -floor(-x);
        // half up rounds |x| + 1/2 down and puts the sign back.
        let floor = n.div_euclid(d);
        let ceil = -(-n).div_euclid(d);
        let half_up = n.signum() * ((2 * n.abs() + d) / (2 * d));
        prop_assert_eq!(x.round(0, Rounding::Floor), Num::int(floor));
        prop_assert_eq!(x.round(0, Rounding::Ceil), Num::int(ceil));
        prop_assert_eq!(x.round(0, Rounding::HalfUp), Num::int(half_up));
        prop_assert_eq!(x.round(0, Rounding::Truncate), Num::int(n / d));
    }

    #[test]
    fn rounding_to_tens_works_on_the_exact_value(n in -10_000_000i64..10_000_000, d in 1i64..1000) {
        // floor(x, -1) is 10 * floor(n / (10 d)).
        let r = exact(n, d).round(-1, Rounding::Floor);
        prop_assert_eq!(r, Num::int(10 * n.div_euclid(10 * d)));
    }

    #[test]
    fn a_short_decimal_shows_exactly_as_written(m in -1_000_000_000_000i64..1_000_000_000_000, k in 0u32..=10) {
        // Build the expected text from the digits alone: m / 10^k with trailing zeros dropped.
        let digits = format!("{:0>width$}", m.unsigned_abs(), width = k as usize + 1);
        let (int, frac) = digits.split_at(digits.len() - k as usize);
        let frac = frac.trim_end_matches('0');
        let sign = if m < 0 { "-" } else { "" };
        let expected = if frac.is_empty() { format!("{sign}{int}") } else { format!("{sign}{int}.{frac}") };
        let x = Num::from(Decimal::new(m, k));
        prop_assert_eq!(x.to_string(), expected);
    }

    #[test]
    fn display_has_no_float_noise((n, d) in fraction()) {
        let x = exact(n, d);
        let text = x.to_string();
        prop_assert!(!text.contains('e'), "{}", text);
        let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert!(decimals <= 10, "{}", text);
        prop_assert!(!text.ends_with('0') || !text.contains('.'), "{}", text);
        // What is shown is within half a unit of the tenth decimal of the exact value.
        let shown = Ratio::from_decimal(text.parse::<Decimal>().unwrap());
        let err = shown.checked_sub(x.as_ratio().unwrap()).unwrap().abs();
        prop_assert!(err <= Ratio::new(1, 2 * 10i128.pow(10)).unwrap(), "{} vs {}/{}", text, n, d);
    }

    #[test]
    fn decimal_literals_convert_exactly(m in any::<i64>(), k in 0u32..=28) {
        let x = Num::from(Decimal::new(m, k));
        prop_assert_eq!(x.as_ratio(), Ratio::new(m as i128, 10i128.pow(k)));
    }
}

#[test]
fn the_measured_cases() {
    // 1/3 * 3 = 3/3 = 1 exactly (a 28-digit decimal gives 0.9999999999999999999999999999).
    let third = Num::int(1).div(Num::int(3)).unwrap();
    assert_eq!(third.mul(Num::int(3)).unwrap(), Num::ONE);
    assert_eq!(third.to_string(), "0.3333333333");
    // 2/3 = 0.666666666|66...: the tenth decimal rounds up.
    assert_eq!(Num::ratio(2, 3).to_string(), "0.6666666667");
    // 0.1 = 1/10, 0.2 = 2/10: the sum is 3/10.
    let tenth = |n| Num::from(Decimal::new(n, 1));
    assert_eq!(tenth(1).add(tenth(2)).unwrap(), tenth(3));
}

#[test]
fn fractions_that_leave_the_type_fall_back_to_f64() {
    // 1/p for distinct primes p multiplies the denominators: 10 primes near 10^4 make about
    // 10^40, beyond the 10^36 kept exact, so the product continues in f64 with 15 digits.
    let primes = [
        10007, 10009, 10037, 10039, 10061, 10067, 10069, 10079, 10091, 10093,
    ];
    let mut x = Num::ONE;
    for p in primes {
        x = x.div(Num::int(p)).unwrap();
    }
    assert!(matches!(x, Num::Approx(_)), "{x:?}");
    let expected: f64 = primes.iter().map(|p| 1.0 / *p as f64).product();
    assert!((x.to_f64() / expected - 1.0).abs() < 1e-14);
    // Beyond the exact range it is still an overflow, as it always was.
    let big = Num::from(Decimal::MAX);
    assert_eq!(big.mul(Num::int(2)), Err(super::NumError::Overflow));
}
