//! Exact arithmetic end to end: the cases measured in issue 10, and generated calendars, run
//! as scripts. Expected values are worked out by hand in the comments.

mod common;
use common::run;

use proptest::prelude::*;

#[test]
fn conversions_and_fractions_compare_equal() {
    // 3600 s / 3600 s per h = 1 h; 30 s * 120 = 3600 s = 1 h; 1/3 * 3 = 3/3 = 1.
    let out = run("print (3600 s in h) == 1 h
print 30 s per visit * 120 visits == 1 h
print 1/3 * 3 == 1
print 1/3
print 0.1 + 0.2 == 0.3
");
    assert_eq!(out, "true\ntrue\ntrue\n0.3333333333\ntrue\n");
}

#[test]
fn a_year_of_a_monthly_rate_under_a_seven_hour_six_day_calendar() {
    // Possible days 6 x 52 = 312, less 15 holidays = 297 days; a year is 297 x 7 = 2079 h and
    // a month 2079 / 12 = 173.25 h. 2 h per month * 1 year = 2 h x 12 = 24 h exactly, so its
    // floor is 24 h (the old minute-by-minute folding gave 23 h). Half of 47 h per year is
    // 23.5 h per year, which half_up rounds to 24 and half_even to 24 (23 is odd).
    let out = run("calendar c {
  hours_per_day = 7 h
  days_per_week = 6 days
  public_holidays = 15 days
}
using c
print 2 h per month * 1 year == 24 h
print floor(2 h per month * 1 year)
print 47 h per year * 1 year / 2
print round(47 h per year * 1 year / 2)
print round(23.5, mode: \"half_even\")
");
    assert_eq!(out, "true\n24 h\n23.5 h\n24 h\n24\n");
}

#[test]
fn a_computed_time_per_period_keeps_its_unit_under_a_calendar() {
    // 0.5 * 2 h per week = 1 h per week; 1/3 * 1720 h per year = 573.33... h per year. Only
    // `in` measures against the calendar: 2 h of a 5 x 8 = 40 h week is 2/40 = 5%.
    let out = run("calendar rsud {
  hours_per_day = 8 h
  days_per_week = 5 days
}
using rsud
print 0.5 * 2 h per week
print 1/3 * 1720 h per year
print 2 h per week in %
print (0.5 * 2 h per week) * 1 week
");
    assert_eq!(out, "1 h per week\n573.3333333333 h per year\n5%\n1 h\n");
}

#[test]
fn overflowing_conversions_and_unit_powers_are_diagnostics() {
    // 1e28 h = 6e29 min, beyond the exact range (about 7.9e28): E0404, not a panic.
    let (out, ok) = wl::run_to_string("test.wl", "print 1e28 h in min\n");
    assert!(!ok && out.contains("[E0404]"), "{out}");
    // Squaring 1 h 31 times needs h^(2^31), one past what a unit power holds.
    let (out, ok) = wl::run_to_string(
        "test.wl",
        "let x = 1 h\nfor i in 1..33 { x = x * x }\nprint x\n",
    );
    assert!(!ok && out.contains("[E0404]"), "{out}");
}

#[test]
fn a_denominator_count_takes_the_plural_written_later_in_the_script() {
    // 1720 h / (20 min per visit) = 103200 min / 20 min = 5160 visits.
    let out = run("print 1720 h / (20 min per visit)\nlet v = 12000 visits\n");
    assert_eq!(out, "5160 visits\n");
    let out = run("print 1720 h / (20 min per pasien)\n");
    assert_eq!(out, "5160 pasien\n");
    // A fresh run knows nothing of the plural the last one wrote.
    let out = run("print 1720 h / (20 min per visit)\n");
    assert_eq!(out, "5160 visit\n");
}

/// A calendar declaration: hours a day as written (7 h, 440 min, ...), days a week (4.5 to 6),
/// possible days 212 to 365, holidays and leave.
fn calendar() -> impl Strategy<Value = String> {
    let day = prop::sample::select(vec!["7 h", "440 min", "8 h", "7.5 h", "6.5 h"]);
    let week = prop::sample::select(vec!["4.5", "5", "5.5", "6"]);
    (day, week, 212u32..=365, 0u32..=20, 0u32..=15).prop_map(|(d, w, p, h, l)| {
        format!(
            "calendar g {{\n  hours_per_day = {d}\n  days_per_week = {w} days\n  possible_days = {p} days\n  public_holidays = {h} days\n  annual_leave = {l} days\n}}\nusing g\n"
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn per_period_products_and_conversions_are_exact_under_any_calendar(
        cal in calendar(),
        // Below 390 min, the shortest working day here (a longer rate per day is E0304).
        n in 1u32..390,
        d in 1u32..1000,
    ) {
        let x = format!("({n} / {d})");
        let mut script = cal.clone();
        for p in ["day", "week", "month", "year"] {
            script.push_str(&format!("print {x} * 1 min per {p} * 1 {p} == {x} * 1 min\n"));
            script.push_str(&format!("print ({x} * 1 min in {p}) in h == {x} * 1 min in h\n"));
        }
        script.push_str(&format!("print floor({x} * 1 h per month * 1 year) == floor({x} * 12) * 1 h\n"));
        script.push_str(&format!("print ({x} * 1 h / 7 h) * 7 h == {x} * 1 h\n"));
        let (out, ok) = wl::run_to_string("g.wl", &script);
        prop_assert!(ok, "{}\n{}", script, out);
        // The ten prints come first; plausibility warnings on the random calendar (W0521:
        // possible days that do not fit the week) may follow them.
        let printed: Vec<&str> = out.lines().take_while(|l| !l.starts_with('[')).collect();
        prop_assert_eq!(printed.len(), 10, "{}\n{}", script, out);
        prop_assert!(printed.iter().all(|l| *l == "true"), "{}\n{}", script, out);
    }
}

#[test]
fn a_declaration_under_a_calendar_keeps_a_computed_period() {
    // Working year 260 - 45 = 215 days x 8 h = 1720 h; a week 5 x 8 = 40 h.
    // Meetings 0.5 x 4 h per week = 2 h per week = 2/40 = 5%; with Reports 10%, CAS = 15%.
    // Supervision 1/3 x 1720 h per year = 573.33... h per year, for 2 staff:
    // IAF = 2 x 1720/3 / 1720 = 2/3 = 0.6666666667.
    let out = run("calendar district {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  sick_leave = 10 days
  training = 8 days
}
cadre nurse in district {
  current_staff = 3
  activity \"Outpatient\" { standard = 20 min per visit; volume = 12000 visits }
  support \"Meetings\" = 0.5 * 4 h per week
  support \"Reports\" = 10%
  individual \"Supervision\" = 1/3 * 1720 h per year for 2 staff
}
print nurse.supports[0].value
print total_cas(nurse)
print wisn(nurse).iaf
");
    assert_eq!(out, "2 h per week\n15%\n0.6666666667\n");
}

/// The district calendar of the WHO manual's worked example: (5 x 52 - 45) days x 8 h = 1720 h.
const DISTRICT: &str = "calendar district {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  sick_leave = 10 days
  training = 8 days
}
";

#[test]
fn a_third_of_an_fte_written_as_a_fraction_is_exactly_a_third() {
    // Outpatient: 12000 visits x 20 min = 240000 min = 4000 h; 4000 h / 1720 h = 100/43 staff.
    // No support activity, so CAF = 1. The manager spends a third of his time on
    // administration: IAS = 1/3 x 1720 h x 1 staff, IAF = 1/3.
    // Required = 100/43 + 1/3 = (300 + 43) / 129 = 343/129 = 2.6589147287 (to 10 decimals).
    // The same third written as `1 FTE / 3` or `100/3 %` gives the same figure exactly; the
    // rounded `33.33%` does not (IAF 0.3333 gives 100/43 + 0.3333 = 2.6588813953...).
    let cadre = |admin: &str| {
        format!(
            "cadre nurse in district {{
  current_staff = 3
  activity \"Outpatient\" {{ standard = 20 min per visit; volume = 12000 visits }}
  individual \"admin\" = {admin} for 1 staff
}}
"
        )
    };
    for admin in ["1/3 FTE", "1 FTE / 3", "100/3 %", "1/3 * 100%"] {
        let out = run(&format!(
            "{DISTRICT}{}print wisn(nurse).required == 343 / 129\nprint round(wisn(nurse).required, 10)\n",
            cadre(admin)
        ));
        assert_eq!(out, "true\n2.6589147287\n", "{admin}");
    }
    let out = run(&format!(
        "{DISTRICT}{}print wisn(nurse).required == 343 / 129\n",
        cadre("33.33%")
    ));
    assert_eq!(out, "false\n");
}

#[test]
fn a_fraction_before_a_unit_is_one_quantity() {
    // 1/3 FTE is a third of one FTE, not 1 / (3 FTE); 2/3 h per week x 3 = 2 h per week;
    // half a working day of 8 h is 4 h; 1/3 x 3 = 1 stays a division with the same value;
    // `4 / (1 year)` is still a rate, 4 per year; a name over a number and unit still divides:
    // 12 / (3 FTE) = 4 per FTE.
    let out = run(&format!(
        "{DISTRICT}using district
print 1/3 FTE == 1 FTE / 3
print 2/3 h per week * 3 == 2 h per week
print 1/2 day in h
print 1/3 * 3 == 1
print 4 / (1 year)
let n = 12
print n / 3 FTE
print -1/4 h
"
    ));
    assert_eq!(
        out,
        "true\ntrue\n4 h\ntrue\n4 per year\n4 per FTE\n-0.25 h\n"
    );
}

#[test]
fn a_fraction_over_zero_stays_a_division_by_zero_at_run_time() {
    // `1/0 FTE` is not a literal: it is 1 divided by 0 FTE, an error when it runs, which `try`
    // catches like any other division by zero.
    let (out, ok) = wl::run_to_string("test.wl", "let x = 1\nlet admin = 1/0 FTE\n");
    assert!(!ok);
    assert!(out.contains("test.wl:2:"), "{out}");
    assert!(!out.contains("[E0110]"), "not a syntax error:\n{out}");
    let out = run("print is_error(try 1/0 FTE)\n");
    assert_eq!(out, "true\n");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_fraction_before_a_unit_is_its_numerator_in_that_unit_over_its_denominator(
        a in 0u32..100_000,
        b in 1u32..10_000,
        unit in prop::sample::select(vec!["FTE", "h", "min per visit", "h per week", "visits", "%"]),
    ) {
        // a/b UNIT = (a UNIT) / b, and b times it is a UNIT again, exactly.
        let out = run(&format!(
            "print {a}/{b} {unit} == {a} {unit} / {b}\nprint {a}/{b} {unit} * {b} == {a} {unit}\n"
        ));
        prop_assert_eq!(out, "true\ntrue\n");
    }
}
