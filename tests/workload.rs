//! The workload methods (stdlib/calendar.wl, wisn.wl, abk.wl, fte.wl, time_motion.wl) against
//! hand calculations. Each expected value is worked out in the comment beside it, from the
//! formulas of the domain spec, never taken from a run of wl.

mod common;
use common::{fails_with, run};

const DISTRICT: &str = "
calendar district {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  sick_leave = 10 days
  training = 8 days
}
";

#[test]
fn who_awt_from_a_five_day_week() {
    // A = 5 x 52 = 260 days; B + C + D + E = 15 + 12 + 10 + 8 = 45 days; 215 days x 8 h = 1720 h.
    run(&format!(
        "{DISTRICT}
assert possible_days(district) == 260 days
assert deductions(district) == 45 days
assert available_days(district) == 215 days
assert awt(district) == 1720 h
assert awt(district) in min == 103200 min
assert wkt(district) == 1720 h
"
    ));
}

#[test]
fn a_calendar_counted_from_a_real_year() {
    // 2026 starts on a Thursday and is not a leap year: 365 = 52 weeks + 1 day (a Thursday), so
    // Monday to Friday give 52 x 5 + 1 = 261 days and Monday to Saturday 52 x 6 + 1 = 313.
    // 2024 is a leap year starting on a Monday: 366 = 52 weeks + Monday and Tuesday, 262 days.
    // Of the five holidays, 2026-03-21 is a Saturday and 2026-05-31 a Sunday (Python's
    // datetime agrees); New Year (Thursday), 17 August (Monday) and Christmas (Friday) cost a
    // Monday-to-Friday worker 3 days, a Monday-to-Saturday worker 4.
    // AWT = (261 - 3 - 12) days x 8 h = 246 x 8 = 1968 h.
    run(r#"
let holidays = ["2026-01-01", "2026-03-21", "2026-05-31", "2026-08-17", "2026-12-25"]
let six_days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]
assert working_days(2026) == 261 days
assert working_days(2024) == 262 days
assert working_days(2026, weekdays: six_days) == 313 days
assert holidays_on_working_days(2026, holidays) == 3 days
assert holidays_on_working_days(2026, holidays, weekdays: six_days) == 4 days
assert weekday("2026-08-17") == "Monday"
calendar puskesmas_2026 {
  hours_per_day = 8 h
  possible_days = working_days(2026)
  public_holidays = holidays_on_working_days(2026, holidays)
  annual_leave = 12 days
}
assert available_days(puskesmas_2026) == 246 days
assert awt(puskesmas_2026) == 1968 h
"#);
}

#[test]
fn real_year_mistakes_are_caught() {
    let out = fails_with(
        r#"print holidays_on_working_days(2026, ["2026-08-17", "2026-02-29"])"#,
        "E0405",
    );
    assert!(out.contains("February 2026 has 28 days"), "{out}");
    let out = fails_with(
        r#"print holidays_on_working_days(2026, ["2025-12-25"])"#,
        "E0405",
    );
    assert!(out.contains("is not in 2026"), "{out}");
    let out = fails_with(
        r#"print holidays_on_working_days(2026, ["2026-08-17", "2026-08-17"])"#,
        "E0405",
    );
    assert!(out.contains("listed twice"), "{out}");
    let out = fails_with("print working_days(226)", "E0405");
    assert!(out.contains("write the year in full"), "{out}");
}

#[test]
fn absence_as_a_share_of_possible_days_and_half_day_saturdays() {
    // 5.5 days x 52 weeks = 286 days; other leave 5% of 286 = 14.3 days; 286 - 14.3 = 271.7 days;
    // x 7 h = 1901.9 h.
    run("
calendar c { hours_per_day = 7 h; days_per_week = 5.5 days; other_leave = 5% }
assert possible_days(c) == 286 days
assert available_days(c) == 271.7 days
assert awt(c) == 1901.9 h
");
}

#[test]
fn a_calendar_sets_the_length_of_its_working_year_week_and_month() {
    // Year = AWT = 1720 h; week = 5 x 8 = 40 h; month = 1720 / 12 h. 2 h per week is 2/40 = 5%;
    // 6 h per month is 72 h a year of 1720 h = 4.1860465116%; 1 h per day is 1/8 = 12.5%.
    run(&format!(
        "{DISTRICT}
using district
assert 1 year in h == 1720 h
assert 1 week in h == 40 h
assert 2 h per week in % == 5%
assert round(6 h per month in %, 10) == 4.1860465116%
assert 1 h per day in % == 12.5%
assert 3 days in h == 24 h
"
    ));
}

#[test]
fn seed_003_available_working_time_and_standard_workload() {
    // Seed 003 Table 2: 365 - (8 + 4 + 0 + 30) = 323 days; x 8 h = 2584 h = 155040 min.
    // Table 5: SBK = 155040 min / 5 min = 31008.
    run("
calendar igd {
  hours_per_day = 8 h
  days_per_week = 7 days
  possible_days = 365 days
  annual_leave = 8 days
  training = 4 days
  sick_leave = 30 days
}
cadre gp in igd { activity \"Anamnesis\" { standard = 5 min per patient; volume = 100 patients } }
assert available_days(igd) == 323 days
assert awt(igd) == 2584 h
assert awt(igd) in min == 155040 min
assert sbk(gp.activities[0], awt(igd) in min) == 31008 patients
");
}

#[test]
fn permenkes_effective_time_and_the_abk_kes_wkt() {
    // Seed 001: 70% x 5.5 h = 3.85 h = 231 min a day.
    // ABK-Kes worksheet: F = 37.5 h a week, G = 70% x 37.5 = 26.25 h, WK = 26.25 / 5 = 5.25 h a
    // day; WKT days = 260 - (12 + 19 + 5 + 0) = 224; WKT = 224 x 5.25 = 1176 h = 70560 min.
    run("
calendar pkm { hours_per_day = 5.5 h; days_per_week = 6 days; allowance = 30% }
assert effective_day(pkm) == 231 min per day
assert effective_week(pkm) == 1386 min per week
calendar abk {
  hours_per_day = 7.5 h
  formal_hours_per_week = 37.5 h
  annual_leave = 12 days
  public_holidays = 19 days
  training = 5 days
  allowance = 30%
}
assert formal_day(abk) == 7.5 h per day
assert effective_day(abk) == 315 min per day
assert available_days(abk) == 224 days
assert wkt_abk(abk) == 1176 h
assert wkt_abk(abk) in min == 70560 min
");
}

#[test]
fn norms_are_shown_beside_the_computed_value() {
    // 231 min a day against the BKN 300 min a day: difference -69 min a day. Each figure
    // carries its period.
    let out = run("
calendar pkm { hours_per_day = 5.5 h; days_per_week = 6 days; allowance = 30% }
let t = against_norm(pkm, norm_bkn_19_2011)
assert t.norm[0] == 300 min per day
assert t.computed[0] == 231 min per day
assert t.difference[0] == -69 min per day
assert norm_renbut_2023.per_year == 75000 min per year
print norm_bkn_19_2011.name
");
    assert!(out.contains("Perka BKN 19/2011"));
}

const NURSE: &str = "
cadre nurse in district {
  current_staff = 3
  activity \"Outpatient\" { standard = 20 min per visit; volume = 12000 visits }
  activity \"Immunisation\" { standard = 15 min per dose; volume = 8000 doses }
  activity \"Lab\" { standard = 3 samples per h; volume = 3000 samples }
  support \"Meetings\" = 2 h per week
  support \"Reports\" = 10%
  individual \"Supervision\" = 172 h per year for 2 staff
}
";

#[test]
fn wisn_with_all_three_kinds_of_activity() {
    // AWT 1720 h. SW: 1720 h / 20 min = 5160 visits; 1720 h / 15 min = 6880 doses;
    // 1720 h x 3 samples per h = 5160 samples.
    // Staff: 12000/5160 + 8000/6880 + 3000/5160 = 2.3255813953 + 1.1627906977 + 0.5813953488
    //      = 4.0697674419 (= 7000 h / 1720 h).
    // CAS: 2 h of a 40 h week = 5%, plus 10% = 15%; CAF = 1 / 0.85 = 1.1764705882.
    // IAS: 172 h x 2 = 344 h; IAF = 344 / 1720 = 0.2.
    // Required = 4.0697674419 x 1.1764705882 + 0.2 = 4.7879616963 + 0.2 = 4.9879616963
    // (exactly 7000/1720/0.85 + 0.2). Difference 3 - 4.9879616963 = -1.9879616963;
    // ratio 3 / 4.9879616963 = 0.6014480829 (checked with Python's exact fractions).
    run(&format!(
        "{DISTRICT}{NURSE}
let a = nurse.activities
assert standard_workload(a[0], district) == 5160 visits
assert standard_workload(a[2], district) == 5160 samples
assert round(base_staff(nurse), 10) == 4.0697674419
assert total_cas(nurse) == 15%
assert round(caf(nurse), 10) == 1.1764705882
assert iaf(nurse) == 0.2
let r = wisn(nurse)
assert round(r.required, 10) == 4.9879616963
assert round(r.difference, 10) == -1.9879616963
assert round(r.ratio, 10) == 0.6014480829
assert r.pressure == \"very high\"
"
    ));
}

#[test]
fn an_excluded_activity_counts_nothing_and_says_why() {
    // The excluded slides count 0; the counted cultures have no volume: 0 / SW = 0 staff. A
    // cadre must count some activity (E0220), so the "no workload" case is a zero volume.
    let out = run(&format!(
        "{DISTRICT}
cadre lab in district {{
  current_staff = 1
  activity \"Slides\" {{ standard = 4 slides per h; volume = 2000 slides; include = false; reason = \"done by the lab\" }}
  activity \"Cultures\" {{ standard = 30 min per culture; volume = 0 cultures }}
}}
let r = wisn(lab)
assert r.required == 0
assert r.ratio == \"no workload\"
assert r.pressure == \"no workload\"
assert r.difference == 1
print r.activities
"
    ));
    assert!(out.contains("no: done by the lab"), "{out}");
}

#[test]
fn total_category_allowance_at_100_percent_is_an_error_and_above_50_a_warning() {
    fails_with(
        &format!(
            "{DISTRICT}
cadre n in district {{ activity \"x\" {{ standard = 1 h per case; volume = 10 cases }}; support \"A\" = 60%; support \"B\" = 4 h per day }}
print caf(n)
"
        ),
        "E0501",
    );
    // 4.5 h of an 8-hour day = 56.25%; CAF = 1 / 0.4375 = 2.2857142857.
    let out = run(&format!(
        "{DISTRICT}
cadre n in district {{ activity \"x\" {{ standard = 1 h per case; volume = 10 cases }}; support \"Handover\" = 4.5 h per day }}
assert round(caf(n), 10) == 2.2857142857
"
    ));
    assert!(out.contains("[W0501]"), "{out}");
}

#[test]
fn training_in_the_calendar_and_as_a_support_activity_is_flagged() {
    // DISTRICT deducts 8 training days. A support activity that names training (in English or
    // Indonesian, any case) is warned about, once per declaration, in WISN and Kepmenkes 81/2004 alike;
    // training some staff give to others (an individual activity) is not.
    let out = run(&format!(
        "{DISTRICT}
cadre n in district {{
  activity \"Outpatient\" {{ standard = 20 min per visit; volume = 12000 visits }}
  support \"Diklat / PELATIHAN\" = 2 h per week
  support \"Meetings\" = 2 h per week
  individual \"Pelatihan kader\" = 40 h per year for 1 staff
}}
let w = wisn(n)
let k = kepmenkes_81(n)
"
    ));
    assert_eq!(out.matches("[W0504]").count(), 1, "{out}");
    assert!(
        out.contains("\"Diklat / PELATIHAN\" names training"),
        "{out}"
    );
    // Without training days in the calendar there is nothing counted twice.
    let out = run("calendar c { hours_per_day = 8 h }
cadre n in c {
  activity \"Outpatient\" { standard = 20 min per visit; volume = 12000 visits }
  support \"In-service training\" = 2 h per week
}
print caf(n)
");
    assert!(!out.contains("W0504"), "{out}");
}

#[test]
fn a_support_time_without_a_period_is_refused() {
    // Refused at the declaration's own line (line 12: DISTRICT and a blank line take 9), not inside
    // the stdlib formula that would have used it.
    let out = fails_with(
        &format!(
            "{DISTRICT}\ncadre n in district {{\n  activity \"x\" {{ standard = 1 h per case; volume = 10 cases }}\n  support \"Meetings\" = 2 h\n}}\nprint caf(n)\n"
        ),
        "E0208",
    );
    assert!(out.contains("test.wl:12:"), "{out}");
    assert!(!out.contains("stdlib/"), "{out}");
}

#[test]
fn aggregates_name_the_ratio_they_report() {
    // Facility 1: 1720 h of work / 1720 h = 1 required, 2 current (ratio 2).
    // Facility 2: 3440 h / 1720 h = 2 required, 1 current (ratio 0.5).
    // Ratio of sums = 3 / 3 = 1; mean of ratios = (2 + 0.5) / 2 = 1.25.
    run(&format!(
        "{DISTRICT}
cadre a in district {{ current_staff = 2; activity \"x\" {{ standard = 1 h per case; volume = 1720 cases }} }}
cadre b in district {{ current_staff = 1; activity \"x\" {{ standard = 1 h per case; volume = 3440 cases }} }}
let s = wisn_summary([wisn(a), wisn(b)])
assert s.ratio_of_sums == 1
assert s.mean_of_ratios == 1.25
assert s.difference == 0
"
    ));
}

#[test]
fn abk_kes_profile_with_stp_rounding_and_status() {
    // WKT = 72,000 min (Perka BKN 19/2011, passed explicitly).
    // Task 1: SBK = 72000 / 15 = 4800; requirement = 9600 / 4800 = 2.
    // Task 2: SBK = 72000 / 30 = 2400; requirement = 1200 / 2400 = 0.5. JKT = 2.5.
    // Supporting task: 2 h a month = 24 h a year = 1440 min; FTP = 1440 / 72000 = 2%.
    // STP = 1 / 0.98 = 1.0204081633; total = 2.5 x 1.0204081633 = 2.5510204082; needed = 3.
    // Available 2: gap 2 - 3 = -1, "kurang".
    run("
calendar k { hours_per_day = 7.5 h; allowance = 30% }
cadre bidan in k {
  current_staff = 2
  activity \"ANC\" { standard = 15 min per visit; volume = 9600 visits }
  activity \"Delivery\" { standard = 30 min per case; volume = 1200 cases }
  support \"Monthly meeting\" = 2 h per month
}
let r = abk_kes(bidan, wkt: norm_bkn_19_2011)
assert r.wkt == 72000 min
assert r.tasks.sbk[0] == 4800 visits
assert r.jkt == 2.5
assert r.ftp == 2%
assert round(r.stp, 10) == 1.0204081633
assert round(r.total, 10) == 2.5510204082
assert r.needed == 3
assert r.gap == -1
assert r.status == \"kurang\"
");
}

#[test]
fn kepmenkes_81_adds_the_allowance_once() {
    // WKT = 1720 h = 103200 min. Two tasks: 51600 min of work each / 103200 = 0.5 + 0.5 = 1.
    // Allowance items 86 h + 86 h = 172 h; SK = 172 / 1720 = 0.1, added once: need = 1.1
    // (adding it to each row would give 1.2).
    run(&format!(
        "{DISTRICT}
cadre p in district {{
  activity \"a\" {{ standard = 10 min per case; volume = 5160 cases }}
  activity \"b\" {{ standard = 20 min per case; volume = 2580 cases }}
  support \"Meetings\" = 86 h per year
  support \"Training\" = 86 h per year
}}
let r = kepmenkes_81(p)
assert r.sum_of_tasks == 1
assert r.sk == 0.1
assert r.need == 1.1
"
    ));
}

#[test]
fn fte_bands_have_explicit_edges() {
    // BKN 2010: [0, 1) underload, [1, 1.28] normal, (1.28, ...) overload.
    run("
assert fte_band(0.99) == \"underload\"
assert fte_band(0.999) == \"underload\"
assert fte_band(1) == \"normal\"
assert fte_band(1.28) == \"normal\"
assert fte_band(1.2801) == \"overload\"
assert fte(2584 h, 5568 h) < 0.47
assert fte(1700 h, 2000 h, allowance: 15%) == 1
");
    // 1700 h + 15% of 2000 h = 2000 h; 2000 / 2000 = 1.
}

#[test]
fn band_tables_refuse_gaps_and_overlaps_and_unplaced_values() {
    fails_with(
        "let b = band_table(\"x\", [{label: \"a\", from: 0, to: 0.99}, {label: \"b\", from: 1}])\n",
        "E0503",
    );
    fails_with(
        "let b = band_table(\"x\", [{label: \"a\", from: 0, to: 1}, {label: \"b\", from: 1}])\n",
        "E0503",
    );
    fails_with(
        "let b = band_table(\"x\", [{label: \"a\", from: 0, below: 1}])\nprint classify(2, b)\n",
        "E0502",
    );
}

#[test]
fn productivity_bands_follow_seed_001() {
    // > 80% high, 60-80% medium, < 60% low: 80% itself is medium, 60% is medium.
    run("
assert classify(80%, productivity_bands) == \"medium\"
assert classify(80.1%, productivity_bands) == \"high\"
assert classify(60%, productivity_bands) == \"medium\"
assert classify(59.9%, productivity_bands) == \"low\"
assert truncate(productive_share(300 min, 330 min)) == 90%
assert round(productive_share(300 min, 330 min)) == 91%
");
}

#[test]
fn rounding_is_explicit_and_has_modes() {
    // 2.345: half-up 2.35, half-even 2.34. 2.5: half-up 3, half-even 2.
    // -2.5: floor -3, ceil -2, truncate -2, half-up (away from zero) -3.
    run("
assert round(2.345, 2) == 2.35
assert round(2.345, 2, \"half_even\") == 2.34
assert round(2.5) == 3
assert round(2.5, 0, \"half_even\") == 2
assert floor(-2.5) == -3
assert ceil(-2.5) == -2
assert truncate(-2.5) == -2
assert round(-2.5) == -3
assert round(4.5 h per day * 1 day in min, 0) == 270 min
");
}

#[test]
fn twenty_four_hour_working_days_are_refused() {
    fails_with(
        "calendar igd { hours_per_day = 8 h }\nusing igd\nprint 232 days * 24 h per day\n",
        "E0304",
    );
    // 232 days of 8 h = 1856 h.
    run("calendar igd { hours_per_day = 8 h }\nusing igd\nassert 232 days in h == 1856 h\nassert 232 days * 8 h per day in h == 1856 h\n");
}

#[test]
fn explain_shows_formulas_with_values_substituted() {
    let out = run(&format!("{DISTRICT}{NURSE}\nexplain caf(nurse)\n"));
    assert!(out.contains("caf = 1 / (1 - total)"), "{out}");
    assert!(out.contains("= 1 / (1 - 15%)"), "{out}");
    assert!(out.contains("cas(Meetings, district) = 5%"), "{out}");
    assert!(out.trim_end().ends_with("= 1.1764705882"), "{out}");
}

#[test]
fn pressure_as_a_percentage() {
    // Uganda's national WISN study: 70% of the required nurses is 30% workload pressure;
    // 3 staff for 2.4 required is a ratio of 1.25, -25% pressure.
    run("assert pressure_percent(0.7) == 30%
assert pressure_percent(wisn_ratio(3, 2.4)) == -25%
assert pressure_percent(wisn_ratio(3, 0)) == \"no workload\"
");
}

#[test]
fn sensitivity_to_each_input() {
    // AWT = 1720 h. Staff per activity: 12000 x 20 min = 4000 h -> 4000/1720; 8000 x 15 min =
    // 2000 h -> 2000/1720; 2000 slides at 4 per h = 500 h -> 500/1720. Base = 6500/1720.
    // CAS = 5% (2 h of a 40 h week) + 10% = 15%, CAF = 1/0.85; IAF = 172 h x 2 / 1720 h = 0.2.
    // Required = 6500/1720/0.85 + 0.2 = 4.6459644323.
    // Every activity -10%: 0.9 x 6500/1720/0.85 + 0.2 = 4.2013679891; +10%: 5.0905608755.
    // Outpatient -10%: (6500 - 400)/1720/0.85 + 0.2 = 4.3723666211.
    // Reports 9% and 11%: 6500/1720/0.86 + 0.2 = 4.5942671714, 6500/1720/0.84 + 0.2 = 4.6988925803.
    // Supervision 154.8 h and 189.2 h x 2 staff: IAF 0.18 and 0.22, a swing of 0.04.
    run(&format!(
        "{DISTRICT}
cadre n in district {{
  current_staff = 3
  activity \"Outpatient\" {{ standard = 20 min per visit; volume = 12000 visits }}
  activity \"Immunisation\" {{ standard = 15 min per dose; volume = 8000 doses }}
  activity \"Lab\" {{ standard = 4 slides per h; volume = 2000 slides }}
  activity \"Malaria\" {{ standard = 4 slides per h; volume = 2000 slides; include = false }}
  support \"Meetings\" = 2 h per week
  support \"Reports\" = 10%
  individual \"Supervision\" = 172 h per year for 2 staff
}}
let s = sensitivity(n)
assert round(s.required, 10) == 4.6459644323
let t = s.inputs
assert len(t) == 7
assert t.input[0] == \"all health-service activities\"
assert round(t.minus[0], 10) == 4.2013679891
assert round(t.plus[0], 10) == 5.0905608755
assert t.input[1] == \"activity: Outpatient\"
assert round(t.minus[1], 10) == 4.3723666211
assert t.input[3] == \"support: Reports\"
assert round(t.minus[3], 10) == 4.5942671714
assert round(t.plus[3], 10) == 4.6988925803
assert t.input[6] == \"additional: Supervision\"
assert round(t.swing[6], 10) == 0.04
"
    ));
    fails_with(
        &format!("{DISTRICT}{NURSE}\nprint sensitivity(nurse, change: 0%)\n"),
        "E0405",
    );
    // Support at 95%: 10% more is 104.5%, no time left (an error naming the support); 5% more
    // is 99.75%, and only the declared 95% is warned about, once.
    let heavy = "calendar c { hours_per_day = 8 h }
cadre heavy in c {
  activity \"A\" { standard = 20 min per visit; volume = 1000 visits }
  support \"Everything\" = 95%
}
";
    let out = fails_with(&format!("{heavy}print sensitivity(heavy)\n"), "E0501");
    assert!(out.contains("would take 104.5% of working time"), "{out}");
    let out = run(&format!("{heavy}let s = sensitivity(heavy, change: 5%)\n"));
    assert_eq!(out.matches("[W0501]").count(), 1, "{out}");
    assert!(out.contains("take 95% of working time"), "{out}");
}

#[test]
fn explain_leaves_out_checks_that_return_nothing() {
    // `check` derives nothing (its value is nothing), so it has no step; `half(10)`, which it
    // called first, is shown where the formula of `total` calls it: 10 / 2 = 5, 5 + 1 = 6.
    let out = run("fn half(x) {
  let h = x / 2
  h
}
fn check(x) {
  let y = half(x)
  if y > 100 { warn(\"W0501\", \"large\") }
}
fn total(x) {
  check(x)
  let t = half(x) + 1
  t
}
explain total(10)
");
    assert_eq!(
        out,
        "explain total(10)
  total(10):
    half(10):
      h = x / 2
          = 10 / 2
          = 5
    t = half(x) + 1
        = half(10) + 1
        = 6
= 6
"
    );
}

#[test]
fn calendar_validation() {
    fails_with(
        "calendar c { hours_per_day = 8 h; annual_leave = 200 days; sick_leave = 100 days }\n",
        "E0206",
    );
    fails_with("calendar c { hours_per_day = 25 h }\n", "E0206");
    fails_with(
        "calendar c { hours_per_day = 8 h; training = -2 days }\n",
        "E0206",
    );
    fails_with(
        "calendar c { hours_per_day = 8 h; other_leave = 120% }\n",
        "E0206",
    );
    let out =
        run("calendar c { hours_per_day = 8 h; annual_leave = 60 days; sick_leave = 60 days }\n");
    assert!(out.contains("[W0502]"), "{out}");
}

#[test]
fn volumes_and_times_per_day_week_and_month_are_annualised_through_the_calendar() {
    // Calendar: 8 h days, 5-day week, 52 weeks: possible days 5 x 52 = 260; 15 + 12 days off,
    // so available days 233 and AWT 233 x 8 h = 1864 h.
    // Volumes (facility counts, over the days the service runs, the possible days):
    //   1000 visits per month x 12 = 12000 visits;
    //   2 visits per day x 260 days = 520 visits;
    //   3 sessions per week x (260 / 5 = 52 weeks) = 156 sessions.
    // SW: 1864 h = 111840 min; 111840 / 20 = 5592 visits; 1864 / 1 h = 1864 visits (sessions).
    // Staff: 12000 / 5592 = 2.1459227468; 520 / 1864 = 0.2789699571; 156 / 1864 = 0.0836909871;
    // base = 2.5085836910 (exactly 4676 / 1864 = 1169 / 466).
    // An additional 4 h per week for one worker is over that worker's year: the year has
    // 1864 / 40 = 46.6 working weeks, so 4 x 46.6 = 186.4 h; IAF = 186.4 / 1864 = 0.1.
    // CAS: 2 h per week of a 40 h week = 5%; CAF = 1 / 0.95 = 20/19.
    // Required = 1169/466 x 20/19 + 0.1 = 23380/8854 + 0.1 = 2.6406144116 + 0.1 = 2.7406144116.
    run("
calendar rs {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
}
cadre nurse in rs {
  activity \"Outpatient visits\" { standard = 20 min per visit; volume = 1000 visits per month }
  activity \"Home visits\" { standard = 1 h per visit; volume = 2 visits per day }
  activity \"Groups\" { standard = 1 h per session; volume = 3 sessions per week }
  support \"Staff meetings\" = 2 h per week
  individual \"Admin\" { value = 4 h per week; staff = 1 }
}
let r = wisn(nurse)
let volumes = activity_table(nurse).volume
assert volumes[0] == 12000 visits
assert volumes[1] == 520 visits
assert volumes[2] == 156 sessions
assert r.base_staff == 1169 / 466
assert total_ias(nurse) == 186.4 h
assert r.iaf == 0.1
assert r.caf == 20 / 19
assert r.required == 1169 / 466 * 20 / 19 + 0.1
assert round(r.required, 10) == 2.7406144116
");
}
