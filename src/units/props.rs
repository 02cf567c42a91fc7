//! Property tests of unit arithmetic under generated calendars: per-period products,
//! conversions and the cancelling of like atoms are exact, whatever the calendar.

use super::{Atom, Quantity, Unit, WorkLengths};
use crate::number::{Num, Ratio};
use proptest::prelude::*;

/// A calendar as a planner writes one: a working day of 6.5, 7, 7.5 or 8 hours or 440
/// minutes; 4.5, 5, 5.5 or 6 days a week; 212 to 365 possible days, less holidays and leave.
fn calendar() -> impl Strategy<Value = WorkLengths> {
    let day_seconds = prop::sample::select(vec![23400i64, 25200, 27000, 28800, 26400]);
    let half_days = prop::sample::select(vec![9i64, 10, 11, 12]);
    (day_seconds, half_days, 212i64..=365, 0i64..=20, 0i64..=30).prop_map(
        |(day, half_days, possible, holidays, leave)| {
            WorkLengths::new(
                "generated",
                Some(Ratio::int(day)),
                Ratio::new(half_days as i128, 2),
                Some(Ratio::int(possible - holidays - leave)),
            )
        },
    )
}

fn value() -> impl Strategy<Value = Num> {
    (-1_000_000i64..1_000_000, 1i64..1000).prop_map(|(n, d)| Num::ratio(n, d))
}

const PERIODS: &[&str] = &["day", "week", "month", "year"];
const TIMES: &[&str] = &["s", "min", "h", "day", "week", "month", "year"];
const AMOUNTS: &[(Option<&str>, &[&str])] = &[
    (Some("h"), &[]),
    (Some("min"), &[]),
    (Some("s"), &[]),
    (Some("visits"), &[]),
    (Some("min"), &["visit"]),
    (Some("h"), &["week"]),
    (None, &[]),
];

fn one(name: &str) -> Quantity {
    Quantity::new(Num::ONE, Unit::from_names(Some(name), &[]))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_rate_per_period_times_one_period_is_the_amount(
        cal in calendar(),
        v in value(),
        amount in prop::sample::select(AMOUNTS),
        period in prop::sample::select(PERIODS),
    ) {
        let x = Quantity::new(v, Unit::from_names(amount.0, amount.1));
        let rate = x.div(&one(period), Some(&cal)).unwrap();
        let back = rate.mul(&one(period), Some(&cal)).unwrap();
        prop_assert_eq!(back.value, x.value);
        prop_assert_eq!(&back.unit, &x.unit);
        prop_assert_eq!(back.compare(&x, Some(&cal)).unwrap(), Some(std::cmp::Ordering::Equal));
    }

    #[test]
    fn converting_twice_is_converting_once(
        cal in calendar(),
        v in value(),
        from in prop::sample::select(TIMES),
        via in prop::sample::select(TIMES),
        to in prop::sample::select(TIMES),
    ) {
        let x = Quantity::new(v, Unit::from_names(Some(from), &[]));
        let unit = |n: &str| Unit::from_names(Some(n), &[]);
        let twice = x.convert(&unit(via), Some(&cal)).unwrap().convert(&unit(to), Some(&cal)).unwrap();
        let once = x.convert(&unit(to), Some(&cal)).unwrap();
        prop_assert_eq!(twice.value, once.value);
        // And back where it started, exactly.
        let home = once.convert(&unit(from), Some(&cal)).unwrap();
        prop_assert_eq!(home.value, v);
    }

    #[test]
    fn a_per_period_rate_over_a_year_is_exact(cal in calendar(), v in value()) {
        // A year is twelve months under every calendar: x per month * 1 year = 12 x, and its
        // floor is the floor of 12 x, computed here from the fraction's own parts.
        let x = Quantity::new(v, Unit::from_names(Some("h"), &["month"]));
        let year = x.mul(&one("year"), Some(&cal)).unwrap();
        let twelve = v.mul(Num::int(12)).unwrap();
        prop_assert_eq!(year.value, twelve);
        prop_assert_eq!(year.unit.to_string(), "h");
        let r = twelve.as_ratio().unwrap();
        let floor = r.numer().div_euclid(r.denom());
        prop_assert_eq!(year.value.round(0, crate::number::Rounding::Floor), Num::int(floor as i64));
    }

    #[test]
    fn clock_time_never_cancels_against_a_calendar_period(
        cal in calendar(),
        k in value(),
        v in value(),
        period in prop::sample::select(PERIODS),
    ) {
        // k * (v h per P) is (k v) h per P, with or without a calendar.
        let rate = Quantity::new(v, Unit::from_names(Some("h"), &[period]));
        let r = Quantity::plain(k).mul(&rate, Some(&cal)).unwrap();
        prop_assert_eq!(r.value, k.mul(v).unwrap());
        prop_assert_eq!(&r.unit, &rate.unit);
    }

    #[test]
    fn a_quotient_times_its_divisor_is_the_dividend(
        cal in calendar(),
        a in value(),
        b in value(),
        ua in prop::sample::select(AMOUNTS),
        ub in prop::sample::select(AMOUNTS),
    ) {
        prop_assume!(!b.is_zero());
        let x = Quantity::new(a, Unit::from_names(ua.0, ua.1));
        let y = Quantity::new(b, Unit::from_names(ub.0, ub.1));
        let back = x.div(&y, Some(&cal)).unwrap().mul(&y, Some(&cal)).unwrap();
        prop_assert_eq!(back.compare(&x, Some(&cal)).unwrap(), Some(std::cmp::Ordering::Equal));
    }
}

#[test]
fn the_measured_cases() {
    let h = |v: i64| Quantity::new(Num::int(v), Unit::from_names(Some("h"), &[]));
    // 3600 s = 3600/3600 h = 1 h.
    let secs = Quantity::new(Num::int(3600), Unit::from_names(Some("s"), &[]));
    let hours = secs
        .convert(&Unit::from_names(Some("h"), &[]), None)
        .unwrap();
    assert_eq!(hours.value, Num::ONE);
    // 30 s per visit * 120 visits = 3600 s = 1 h.
    let per_visit = Quantity::new(Num::int(30), Unit::from_names(Some("s"), &["visit"]));
    let visits = Quantity::new(Num::int(120), Unit::from_names(Some("visits"), &[]));
    let t = per_visit.mul(&visits, None).unwrap();
    assert_eq!(
        t.compare(&h(1), None).unwrap(),
        Some(std::cmp::Ordering::Equal)
    );
    // 7-hour days, 6-day weeks, 312 possible days less 15 holidays: 297 days, a year of
    // 297 * 7 = 2079 h and a month of 2079 / 12 = 173.25 h. 2 h per month * 1 year is
    // 2 h * (2079 / 173.25) = 2 h * 12 = 24 h, so its floor is 24 h (the minute-by-minute
    // folding gave 23 h: 60 / 10395 min is no finite decimal).
    let cal = WorkLengths::new(
        "c",
        Some(Ratio::int(7 * 3600)),
        Some(Ratio::int(6)),
        Some(Ratio::int(297)),
    );
    let per_month = Quantity::new(Num::int(2), Unit::from_names(Some("h"), &["month"]));
    let year = per_month.mul(&one("year"), Some(&cal)).unwrap();
    assert_eq!(year.value, Num::int(24));
    assert_eq!(year.to_string(), "24 h");
    // 0.5 * 2 h per week = 1 h per week (not 1 h / 42 h = 0.0238...).
    let half = Quantity::plain(Num::ratio(1, 2));
    let two_per_week = Quantity::new(Num::int(2), Unit::from_names(Some("h"), &["week"]));
    assert_eq!(
        half.mul(&two_per_week, Some(&cal)).unwrap().to_string(),
        "1 h per week"
    );
    // 2 h per week of a 6 * 7 = 42-hour week is 2/42 = 4.7619047619...%.
    let share = two_per_week
        .convert(&Unit::from_names(Some("%"), &[]), Some(&cal))
        .unwrap();
    assert_eq!(share.value, Num::ratio(100, 21));
    // A week is 6 working days here: 1 h per day * 1 week = 6 h.
    let per_day = Quantity::new(Num::ONE, Unit::from_names(Some("h"), &["day"]));
    assert_eq!(
        per_day.mul(&one("week"), Some(&cal)).unwrap().to_string(),
        "6 h"
    );
    // Without a calendar a year is still twelve months, and days still need one.
    assert_eq!(
        per_month.mul(&one("year"), None).unwrap().to_string(),
        "24 h"
    );
    let days = Quantity::new(Num::int(4), Unit::from_names(Some("days"), &[]));
    assert!(days
        .convert(&Unit::from_names(Some("h"), &[]), None)
        .is_err());
}

#[test]
fn unit_powers_refuse_to_wrap() {
    // Squaring h^(2^30) needs the power 2^31, one past i32: an error, never h^0.
    let x = Quantity::new(
        Num::ONE,
        Unit {
            atoms: vec![(Atom::Hour, 1 << 30)],
        },
    );
    assert_eq!(
        x.mul(&x, None).unwrap_err(),
        super::UnitError::PowerOverflow
    );
}
