//! Plausibility and lexical warnings (W0101, W0104–W0106, W0520–W0525): each fires on the slip
//! it is for, at what the planner wrote, by `wl check` and by a run alike, and stays silent on a
//! correct script (every example and README block included).

use proptest::prelude::*;
use wl::engine::Session;

/// What `wl run` prints: output, then warnings and errors.
fn run(src: &str) -> String {
    wl::run_to_string("test.wl", src).0
}

/// What `wl check` prints.
fn check(src: &str) -> String {
    let mut s = Session::new(Box::new(std::io::sink()));
    let d = s.check("test.wl", src);
    s.render(&d, false)
}

fn count(out: &str, code: &str) -> usize {
    out.matches(&format!("[{code}]")).count()
}

/// The warning fires once in a run and once in `wl check`; the run's report is snapshotted.
fn fires(name: &str, src: &str, code: &str) {
    let out = run(src);
    assert_eq!(count(&out, code), 1, "run, {code}:\n{out}");
    let checked = check(src);
    assert_eq!(count(&checked, code), 1, "check, {code}:\n{checked}");
    insta::assert_snapshot!(name, out);
}

/// Neither a run nor `wl check` gives `code`.
fn silent(src: &str, code: &str) {
    let out = run(src);
    assert_eq!(count(&out, code), 0, "run, {code}:\n{out}");
    let checked = check(src);
    assert_eq!(count(&checked, code), 0, "check, {code}:\n{checked}");
}

// ---- W0104: thousands dot ----

#[test]
fn a_thousands_dot_is_read_as_a_decimal_point() {
    fires(
        "w0104_thousands_dot",
        "let norm = 75.000 min per visit\nprint norm\n",
        "W0104",
    );
}

#[test]
fn decimals_that_are_not_three_zeros_are_plain_decimals() {
    silent("print 75.5 min + 0.000 min + 2.500 h\n", "W0104");
    silent("print 75000 min + 75_000 min\n", "W0104");
    // A printed figure with trailing zeros in an audit says its precision, nothing more.
    silent("audit 1 reported 1.000\n", "W0104");
}

// ---- W0105: decimal comma ----

#[test]
fn a_decimal_comma_that_parses_is_two_numbers() {
    fires("w0105_decimal_comma_call", "print round(2,5)\n", "W0105");
    let out = run("print [0,5]\n");
    assert_eq!(count(&out, "W0105"), 1, "{out}");
    assert!(out.contains("`0.5`"), "{out}");
}

#[test]
fn a_decimal_comma_that_breaks_the_parse_gets_the_hint_on_the_error() {
    let out = run("let x = 0,5 h\nprint x\n");
    // The syntax error is the report; the warning would only repeat it.
    assert_eq!(count(&out, "W0105"), 0, "{out}");
    assert_eq!(count(&out, "E0110"), 1, "{out}");
    assert!(
        out.contains("a decimal is written with a point: `0.5`"),
        "{out}"
    );
    insta::assert_snapshot!("w0105_decimal_comma_syntax_error", out);
}

#[test]
fn commas_with_a_space_or_in_a_tight_list_are_not_decimals() {
    silent("print round(2, 5)\nprint [0, 5]\n", "W0105");
    silent("print [1,2,3]\nprint sum([4,5,6])\n", "W0105");
    silent("print [1.5,2]\n", "W0105");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Two numbers separated by `, ` never get W0105; an integer, a comma and digits with no
    /// space always do, exactly once.
    #[test]
    fn the_decimal_comma_warning_depends_only_on_the_space(a in 0u32..1000, b in 0u32..1000) {
        let spaced = run(&format!("print [{a}, {b}]\n"));
        prop_assert_eq!(count(&spaced, "W0105"), 0);
        let tight = run(&format!("print [{a},{b}]\n"));
        prop_assert_eq!(count(&tight, "W0105"), 1);
    }

    /// A literal is flagged for a thousands dot exactly when it is 1 to 3 digits (not starting
    /// with 0), a dot and `000`.
    #[test]
    fn the_thousands_dot_warning_is_exactly_three_zero_decimals(whole in 0u32..2000, frac in 0u32..1000) {
        let text = format!("{whole}.{frac:03}");
        let out = run(&format!("print {text}\n"));
        let expected = usize::from(frac == 0 && (1..1000).contains(&whole));
        prop_assert_eq!(count(&out, "W0104"), expected, "{}", text);
    }
}

// ---- W0106: volume with a thousands dot ----

const CAL: &str = "calendar rs { hours_per_day = 8 h }\n";

#[test]
fn a_volume_with_three_decimals_is_a_thousands_dot() {
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"ANC\" {{ standard = 20 min per visit; volume = 1.500 visits }}\n}}\n");
    fires("w0106_volume_dot", &src, "W0106");
}

#[test]
fn a_whole_or_one_decimal_volume_is_not_flagged() {
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"ANC\" {{ standard = 20 min per visit; volume = 1500 visits }}\n  activity \"Lab\" {{ standard = 20 min per sample; volume = 12.5 samples per day }}\n}}\n");
    silent(&src, "W0106");
}

// ---- W0520: working day over 12 hours ----

#[test]
fn a_24_hour_working_day_is_a_unit_slip() {
    fires(
        "w0520_long_day",
        "calendar igd {\n  hours_per_day = 24 h\n}\n",
        "W0520",
    );
}

#[test]
fn a_working_day_up_to_12_hours_is_plausible() {
    silent(
        "calendar shift { hours_per_day = 12 h }\ncalendar rs { hours_per_day = 450 min }\n",
        "W0520",
    );
}

#[test]
fn a_computed_long_day_is_caught_by_the_run() {
    // `wl check` cannot read a computed value; the run can: 3 × 8 h = 24 h.
    let out = run("let shift = 8 h\ncalendar igd { hours_per_day = 3 * shift }\n");
    assert_eq!(count(&out, "W0520"), 1, "{out}");
}

// ---- W0521: possible days against the week ----

#[test]
fn calendar_days_as_possible_working_days() {
    fires(
        "w0521_possible_days",
        "calendar rs {\n  hours_per_day = 8 h\n  days_per_week = 5 days\n  possible_days = 365 days\n}\n",
        "W0521",
    );
}

#[test]
fn possible_days_of_a_real_year_fit_the_week() {
    // 2026 has 261 weekdays (52 weeks and Thursday 1 January): 1 day more than 52 × 5.
    silent(
        "calendar rs {\n  hours_per_day = 8 h\n  possible_days = working_days(2026)\n}\n",
        "W0521",
    );
    // 52 × 6 = 312; 313 is one day off, within a week.
    silent(
        "calendar pkm {\n  hours_per_day = 7 h\n  days_per_week = 6\n  possible_days = 313 days\n}\n",
        "W0521",
    );
}

// ---- W0522: hours a day against formal hours a week ----

#[test]
fn hours_a_day_that_contradict_the_week() {
    // 8 h × 6 days = 48 h against 37.5 h: 10.5 h apart, more than a fifth of 37.5 h (7.5 h).
    fires(
        "w0522_week_hours",
        "calendar rs {\n  hours_per_day = 8 h\n  days_per_week = 6 days\n  formal_hours_per_week = 37.5 h\n}\n",
        "W0522",
    );
}

#[test]
fn a_day_close_to_the_week_is_plausible() {
    // 8 h × 5 = 40 h against 37.5 h: 2.5 h apart, within 7.5 h (a day with its break).
    silent(
        "calendar rs {\n  hours_per_day = 8 h\n  formal_hours_per_week = 37.5 h\n}\n",
        "W0522",
    );
}

// ---- W0523: excluded without a reason ----

#[test]
fn an_activity_left_out_without_a_reason() {
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"Ward care\" {{ standard = 30 min per patient; volume = 9000 patients }}\n  activity \"Home visits\" {{\n    standard = 1 h per visit\n    volume = 200 visits\n    include = false\n  }}\n}}\n");
    fires("w0523_without_reason", &src, "W0523");
}

#[test]
fn an_activity_left_out_with_its_reason() {
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"Ward care\" {{ standard = 30 min per patient; volume = 9000 patients }}\n  activity \"Home visits\" {{\n    standard = 1 h per visit\n    volume = 200 visits\n    include = false\n    reason = \"done by the midwives\"\n  }}\n}}\n");
    silent(&src, "W0523");
}

// ---- W0524: rounded before summed ----

#[test]
fn whole_persons_rounded_in_a_map_then_summed() {
    fires(
        "w0524_rounded_in_map",
        "let rs = [{required: 1.2}, {required: 2.3}]\nprint sum(map(rs, fn(r) => ceil(r.required)))\n",
        "W0524",
    );
}

#[test]
fn a_rounded_column_or_a_loop_total_is_also_caught() {
    let out = run("let t = table { required: [1.2, 2.3] }\nprint sum(round(t.required))\n");
    assert_eq!(count(&out, "W0524"), 1, "{out}");
    let out =
        run("let total = 0\nfor x in [1.2, 2.3] {\n  total = total + ceil(x)\n}\nprint total\n");
    assert_eq!(count(&out, "W0524"), 1, "{out}");
}

#[test]
fn rounding_the_sum_or_to_decimals_is_not_flagged() {
    silent(
        "let rs = [1.2, 2.3]\nprint ceil(sum(rs))\nprint sum(map(rs, fn(r) => round(r, 2)))\nprint sum(map(rs, fn(r) => r * 2))\n",
        "W0524",
    );
}

// ---- W0525: unit time over a working week ----

#[test]
fn a_norm_in_hours_meant_in_minutes() {
    // The week is 8 h × 5 days = 40 h; 45 h per patient is longer.
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"Wound care\" {{ standard = 45 h per patient; volume = 900 patients }}\n}}\n");
    fires("w0525_unit_time", &src, "W0525");
}

#[test]
fn long_but_plausible_unit_times_and_rates_are_not_flagged() {
    // 40 h is exactly one week, not longer; 45 min and a rate are ordinary.
    let src = format!("{CAL}cadre nurse in rs {{\n  activity \"Survey\" {{ standard = 40 h per survey; volume = 2 surveys }}\n  activity \"Wound care\" {{ standard = 45 min per patient; volume = 900 patients }}\n  activity \"Lab\" {{ standard = 3 samples per h; volume = 900 samples }}\n}}\n");
    silent(&src, "W0525");
}

// ---- W0526: time the calendar deducts, listed again as a support activity ----

#[test]
fn annual_leave_deducted_and_listed_as_support() {
    let src = "calendar rs {\n  hours_per_day = 8 h\n  annual_leave = 12 days\n}\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Cuti tahunan\" = 4%\n}\n";
    fires("w0526_leave_twice", src, "W0526");
}

#[test]
fn breaks_in_the_allowance_and_as_support() {
    let src = "calendar rs {\n  hours_per_day = 8 h\n  allowance = 30%\n}\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Istirahat siang\" = 1 h per day\n}\n";
    let out = run(src);
    assert_eq!(count(&out, "W0526"), 1, "{out}");
    assert!(out.contains("`allowance`"), "{out}");
}

#[test]
fn a_support_named_for_what_the_calendar_does_not_deduct_is_fine() {
    // No annual leave in this calendar, so a support activity for leave paperwork counts once;
    // meetings are deducted nowhere.
    let src = "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Cuti tahunan\" = 4%\n  support \"Staff meetings\" = 2 h per week\n}\n";
    silent(src, "W0526");
}

// ---- W0101: counted units that look like time units ----

#[test]
fn a_misspelt_time_unit_is_reported_once_with_every_line() {
    let src = "let a = 5 hous\nlet b = 6 hous\nlet c = 7 hous\nprint a + b + c\n";
    let out = check(src);
    assert_eq!(count(&out, "W0101"), 1, "{out}");
    assert!(out.contains("(3 times)"), "{out}");
    insta::assert_snapshot!("w0101_once_per_word", out);
}

#[test]
fn misspellings_and_abbreviations_of_time_units_are_caught() {
    // One edit from `minutes`; two from `menit` (five letters); `mnt` abbreviates `menit`.
    for (src, unit) in [
        ("print 5 minuts\n", "minute"),
        ("print 5 menti\n", "menit"),
        ("print 30 mnt\n", "menit"),
    ] {
        let out = check(src);
        assert_eq!(count(&out, "W0101"), 1, "{out}");
        assert!(out.contains(&format!("did you mean `{unit}`")), "{out}");
    }
}

#[test]
fn count_nouns_are_not_taken_for_time_units() {
    silent(
        "print 12 materi + 3 materi\nprint 40 berkas\nprint 5 unit\nprint 300 tindakan\nprint 20 hasil\nprint 8 sesi\nprint 12 pasien + 4 pasien\n",
        "W0101",
    );
}

// ---- No new warning on a correct script ----

const NEW_CODES: &[&str] = &[
    "W0104", "W0105", "W0106", "W0520", "W0521", "W0522", "W0523", "W0524", "W0525", "W0526",
];

#[test]
fn no_new_warning_on_any_example() {
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "wl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let out = check(&src) + &run(&src);
        for code in NEW_CODES.iter().chain(&["W0101"]) {
            assert_eq!(count(&out, code), 0, "{}: {code}\n{out}", path.display());
        }
    }
}

#[test]
fn no_new_warning_on_any_readme_block() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    for block in readme.split("```wl\n").skip(1) {
        let code = block.split("```").next().unwrap();
        let out = run(code) + &check(code);
        for c in NEW_CODES.iter().chain(&["W0101"]) {
            assert_eq!(count(&out, c), 0, "{c} in README block:\n{code}\n{out}");
        }
    }
}

#[test]
fn a_declaration_evaluated_again_warns_once() {
    // The calendar is declared in a function called three times: one warning, not three.
    let src = "fn day(h) {\n  calendar igd { hours_per_day = h }\n  igd\n}\nfor i in 1..=3 { day(24 h) }\n";
    let out = run(src);
    assert_eq!(count(&out, "W0520"), 1, "{out}");
}

#[test]
fn a_sum_of_a_name_or_column_bound_to_rounded_values_is_caught() {
    let out = run(
        "let t = table { required: [1.2, 2.3] }\nlet whole = ceil(t.required)\nprint sum(whole)\n",
    );
    assert_eq!(count(&out, "W0524"), 1, "{out}");
    let out = run("let t = table { required: [1.2, 2.3] }\nlet t = with_column(t, \"whole\", ceil(t.required))\nprint sum(t.whole)\n");
    assert_eq!(count(&out, "W0524"), 1, "{out}");
    // Bound again to unrounded values, the name is summed as it is.
    silent("let t = table { required: [1.2, 2.3] }\nlet whole = ceil(t.required)\nlet whole = t.required\nprint sum(whole)\n", "W0524");
}
