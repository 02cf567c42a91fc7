//! Declaration fields checked by dimension, at the planner's line: each rule with a value it
//! accepts and one it refuses, the same rule run by `wl check` without running the script, and
//! the unit shapes as properties. Expected figures are worked out in the comments.

mod common;
use common::run;

use proptest::prelude::*;
use wl::engine::{run_to_string, Session};
use wl::kinds::{check_value, standard_matches_volume, Expect, Given};
use wl::number::Num;
use wl::span::Span;
use wl::units::{Quantity, Unit};

/// AWT = (5 x 52 - 0) days x 8 h = 2080 h.
const CAL: &str = "calendar rs { hours_per_day = 8 h }\n";

fn cadre(body: &str) -> String {
    format!("{CAL}cadre nurse in rs {{\n{body}\n}}\n")
}

/// The script fails with `code`, and the main label is on `line` of the script, not the stdlib.
fn fails_at(src: &str, code: &str, line: usize) -> String {
    let (out, ok) = run_to_string("test.wl", src);
    assert!(!ok, "script should fail with {code}:\n{out}");
    assert!(
        out.contains(&format!("[{code}]")),
        "expected {code}:\n{out}"
    );
    assert!(
        out.contains(&format!("test.wl:{line}:")),
        "expected line {line}:\n{out}"
    );
    assert!(!out.contains("stdlib/"), "blamed on the stdlib:\n{out}");
    out
}

/// What `wl check` reports for a script, rendered.
fn check(src: &str) -> String {
    let mut s = Session::new(Box::new(std::io::sink()));
    let d = s.check("test.wl", src);
    s.render(&d, false)
}

const OUTPATIENT: &str =
    "  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 visits }";

#[test]
fn a_standard_is_a_time_per_unit_or_a_rate() {
    // 12000 visits x 15 min = 3000 h; / 2080 h = 1.4423076923 staff.
    run(&format!(
        "{}assert round(wisn(nurse).required, 10) == 1.4423076923\n",
        cadre(OUTPATIENT)
    ));
    // 4 visits per h is the same standard: 12000 / 4 = 3000 h.
    run(&format!(
        "{}assert round(wisn(nurse).required, 10) == 1.4423076923\n",
        cadre("  activity \"Outpatient\" { standard = 4 visits per h; volume = 12000 visits }")
    ));
    let out = fails_at(
        &format!(
            "{}print wisn(nurse)\n",
            cadre("  activity \"Outpatient\" { standard = 15 min; volume = 12000 visits }")
        ),
        "E0208",
        3,
    );
    assert!(out.contains("such as `15 min per visit`"), "{out}");
    fails_at(
        &cadre("  activity \"Outpatient\" { standard = 0 min per visit; volume = 12000 visits }"),
        "E0206",
        3,
    );
}

#[test]
fn abk_kes_refuses_a_standard_without_a_unit_instead_of_needing_0() {
    fails_at(
        &format!(
            "{}print abk_kes(nurse)\n",
            cadre("  activity \"Outpatient\" { standard = 15 min; volume = 12000 visits }")
        ),
        "E0208",
        3,
    );
}

#[test]
fn a_volume_is_a_count_or_a_count_per_period() {
    // Accepted and kept as written, for the workload methods to annualise.
    run(&format!(
        "{}print nurse.activities[0].volume\n",
        cadre("  activity \"Outpatient\" { standard = 15 min per visit; volume = 1000 visits per month }")
    ));
    fails_at(
        &cadre("  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 h }"),
        "E0208",
        3,
    );
    fails_at(
        &cadre("  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 visits per h }"),
        "E0208",
        3,
    );
}

#[test]
fn the_standard_and_the_volume_count_the_same_thing() {
    // `visit` and `visits` are one unit.
    run(&cadre(
        "  activity \"Outpatient\" { standard = 15 min per visits; volume = 12000 visit }",
    ));
    let out = fails_at(
        &cadre(
            "  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 patients }",
        ),
        "E0209",
        3,
    );
    assert!(out.contains("a standard of 15 min per visit"), "{out}");
}

/// (singular, plural) pairs a planner writes: regular English plurals, and Indonesian words
/// whose singular and plural are one word.
const PLURALS: &[(&str, &str)] = &[
    ("delivery", "deliveries"),
    ("baby", "babies"),
    ("surgery", "surgeries"),
    ("box", "boxes"),
    ("patch", "patches"),
    ("wash", "washes"),
    ("class", "classes"),
    ("analysis", "analyses"),
    ("diagnosis", "diagnoses"),
    ("dose", "doses"),
    ("case", "cases"),
    ("nurse", "nurses"),
    ("course", "courses"),
    ("calorie", "calories"),
    ("menu", "menus"),
    ("kasus", "kasus"),
    ("dosis", "dosis"),
    ("berkas", "berkas"),
    ("kelas", "kelas"),
];

#[test]
fn a_standard_per_singular_and_a_volume_in_plural_count_one_thing() {
    // 104 units x 2 h = 208 h of work; / 2080 h = 0.1 staff, whichever word is counted.
    // Both ways round: `per delivery` with `deliveries`, and `deliveries per h` with `delivery`.
    for (one, many) in PLURALS {
        let out = run(&format!(
            "{}assert wisn(nurse).required == 0.1\nprint nurse.activities[0].volume\n",
            cadre(&format!(
                "  activity \"A\" {{ standard = 2 h per {one}; volume = 104 {many} }}"
            ))
        ));
        // The count is shown as the script wrote it.
        assert_eq!(out.trim(), format!("104 {many}"), "{one} / {many}");
        run(&format!(
            "{}assert wisn(nurse).required == 0.1\n",
            cadre(&format!(
                "  activity \"A\" {{ standard = 0.5 {many} per h; volume = 104 {one} }}"
            ))
        ));
    }
}

#[test]
fn a_count_from_a_denominator_shows_the_plural_the_script_wrote() {
    // 2080 h / (2 h per delivery) = 1040 deliveries; `deliveries` is written in the volume.
    let out = run(&format!(
        "{}print awt(rs) / (2 h per delivery)\n",
        cadre("  activity \"A\" { standard = 2 h per delivery; volume = 104 deliveries }")
    ));
    assert_eq!(out.trim(), "1040 deliveries");
}

#[test]
fn a_count_mismatch_names_the_units_as_written() {
    // `births` is not `delivery`: the message quotes the words the script wrote, not a key.
    let out = fails_at(
        &cadre("  activity \"A\" { standard = 2 h per delivery; volume = 150 births }"),
        "E0209",
        3,
    );
    assert!(
        out.contains("the standard counts `delivery` but the volume counts `births`"),
        "{out}"
    );
}

#[test]
fn include_is_true_or_false_not_text() {
    run(&cadre(&format!(
        "{OUTPATIENT}\n  activity \"Lab\" {{ standard = 4 slides per h; volume = 10 slides; include = false }}"
    )));
    fails_at(
        &cadre(&format!(
            "{OUTPATIENT}\n  activity \"Lab\" {{ standard = 4 slides per h; volume = 10 slides; include = \"no\" }}"
        )),
        "E0206",
        4,
    );
}

#[test]
fn a_support_activity_is_a_share_or_a_time_per_period() {
    // 2 h per week of a 40-hour week = 5%; CAF = 1 / 0.95 = 1.0526315789.
    run(&format!(
        "{}assert round(caf(nurse), 10) == 1.0526315789\n",
        cadre(&format!(
            "{OUTPATIENT}\n  support \"Meetings\" = 2 h per week"
        ))
    ));
    run(&format!(
        "{}assert round(caf(nurse), 10) == 1.0526315789\n",
        cadre(&format!("{OUTPATIENT}\n  support \"Meetings\" = 5%"))
    ));
    fails_at(
        &cadre(&format!("{OUTPATIENT}\n  support \"Meetings\" = 2 h")),
        "E0208",
        4,
    );
    fails_at(
        &cadre(&format!("{OUTPATIENT}\n  support \"Meetings\" = 1/20")),
        "E0208",
        4,
    );
    fails_at(
        &cadre(&format!("{OUTPATIENT}\n  support \"Meetings\" = 100%")),
        "E0206",
        4,
    );
}

#[test]
fn an_additional_activity_is_a_time_per_period_or_a_share_of_one_worker() {
    // 208 h per year for 2 staff = 416 h; IAF = 416 / 2080 = 0.2.
    run(&format!(
        "{}assert iaf(nurse) == 0.2\n",
        cadre(&format!(
            "{OUTPATIENT}\n  individual \"Head\" = 208 h per year for 2 staff"
        ))
    ));
    // 25% of one worker for 2 staff: 2 x 0.25 x 2080 h = 1040 h; IAF = 1040 / 2080 = 0.5.
    run(&format!(
        "{}assert iaf(nurse) == 0.5\n",
        cadre(&format!(
            "{OUTPATIENT}\n  individual \"Head\" = 25% for 2 staff"
        ))
    ));
    let out = fails_at(
        &cadre(&format!(
            "{OUTPATIENT}\n  individual \"Head\" = 1/4 for 2 staff"
        )),
        "E0208",
        4,
    );
    assert!(
        out.contains("a share of one worker, such as `33%`"),
        "{out}"
    );
    fails_at(
        &cadre(&format!(
            "{OUTPATIENT}\n  individual \"Head\" = 150% for 1 staff"
        )),
        "E0206",
        4,
    );
    fails_at(
        &cadre(&format!(
            "{OUTPATIENT}\n  individual \"Head\" = 20 days per year for 2 h"
        )),
        "E0208",
        4,
    );
}

#[test]
fn a_cadre_counts_at_least_one_activity() {
    fails_at(&cadre("  support \"Meetings\" = 5%"), "E0220", 2);
    fails_at(
        &cadre(
            "  activity \"Lab\" { standard = 4 slides per h; volume = 10 slides; include = false }",
        ),
        "E0220",
        2,
    );
    run(&cadre(OUTPATIENT));
}

#[test]
fn current_staff_is_a_headcount() {
    run(&cadre(&format!("  current_staff = 3 nurses\n{OUTPATIENT}")));
    fails_at(
        &cadre(&format!("  current_staff = 3 h\n{OUTPATIENT}")),
        "E0208",
        3,
    );
}

#[test]
fn wl_check_reports_literal_fields_with_the_same_message_as_a_run() {
    let cases = [
        cadre("  activity \"Outpatient\" { standard = 15 min; volume = 12000 visits }"),
        cadre("  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 patients }"),
        cadre(&format!("{OUTPATIENT}\n  support \"Meetings\" = 2 h")),
        cadre(&format!("{OUTPATIENT}\n  individual \"Head\" = 1/3 for 1 staff")),
        cadre(&format!("{OUTPATIENT}\n  individual \"Head\" = 0.5 * 2 h")),
        cadre(&format!(
            "{OUTPATIENT}\n  activity \"Lab\" {{ standard = 4 slides per h; volume = 10 slides; include = \"no\" }}"
        )),
        cadre("  support \"Meetings\" = 5%"),
    ];
    for src in cases {
        let checked = check(&src);
        let (ran, ok) = run_to_string("test.wl", &src);
        assert!(!ok, "{src}\n{ran}");
        assert_eq!(
            checked.trim(),
            ran.trim(),
            "wl check and wl run differ for:\n{src}"
        );
    }
    // A field computed from a name is left to the run; a correct literal is fine.
    assert_eq!(check(&cadre(OUTPATIENT)), "");
    let named = format!(
        "let t = 15 min\n{}",
        cadre("  activity \"O\" { standard = t; volume = 1 visit }")
    );
    assert_eq!(check(&named), "");
}

fn q(value: i64, num: Option<&str>, per: &[&str]) -> Quantity {
    Quantity::new(Num::int(value), Unit::from_names(num, per))
}

fn counted() -> impl Strategy<Value = String> {
    // Counted units that are not time units: lower-case words of 4 to 9 letters, ending in `x`
    // so that no generated word is a built-in unit or a plural of another.
    "[a-wyz]{3,8}x"
}

fn time_unit() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["s", "min", "h", "day", "week", "month", "year"])
}

fn period() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["day", "week", "month", "year"])
}

proptest! {
    /// Any positive time per counted unit, and any positive count per time, is a standard;
    /// a bare time or a bare count is not.
    #[test]
    fn standards_by_shape(v in 1i64..100_000, t in time_unit(), c in counted()) {
        let s = Span::default();
        prop_assert!(check_value("standard", Expect::Standard, &Given::Num(&q(v, Some(t), &[&c])), s).is_ok());
        prop_assert!(check_value("standard", Expect::Standard, &Given::Num(&q(v, Some(&c), &[t])), s).is_ok());
        prop_assert!(check_value("standard", Expect::Standard, &Given::Num(&q(v, Some(t), &[])), s).is_err());
        prop_assert!(check_value("standard", Expect::Standard, &Given::Num(&q(v, Some(&c), &[])), s).is_err());
        prop_assert!(check_value("standard", Expect::Standard, &Given::Num(&q(-v, Some(t), &[&c])), s).is_err());
    }

    /// A standard per `c` matches a volume of `c` or `cs`, per period or not, and no other count.
    #[test]
    fn standard_and_volume_match_by_counted_unit(
        v in 1i64..10_000, t in time_unit(), p in period(), c in counted(), d in counted()
    ) {
        let s = Span::default();
        let standard = q(v, Some(t), &[&c]);
        let plural = format!("{c}s");
        prop_assert!(standard_matches_volume((&standard, s), (&q(v, Some(&plural), &[]), s)).is_ok());
        prop_assert!(standard_matches_volume((&standard, s), (&q(v, Some(&c), &[p]), s)).is_ok());
        let other = standard_matches_volume((&standard, s), (&q(v, Some(&d), &[]), s));
        prop_assert_eq!(other.is_ok(), c == d);
    }

    /// A support activity: any time per period of 0 or more, any share below 100%.
    #[test]
    fn support_by_shape(v in 0i64..100, t in time_unit(), p in period()) {
        let s = Span::default();
        let ok = |x: &Quantity| check_value("value", Expect::SupportTime, &Given::Num(x), s).is_ok();
        prop_assert_eq!(ok(&q(v, Some(t), &[p])), t != p);
        prop_assert!(ok(&q(v, Some("%"), &[])));
        prop_assert!(!ok(&q(v + 100, Some("%"), &[])));
        prop_assert!(!ok(&q(v, Some(t), &[])));
        prop_assert!(!ok(&q(v, None, &[])));
    }
}

fn unit_text() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "",
        " min",
        " h",
        " visits",
        " patients",
        " min per visit",
        " visits per h",
        "%",
        " h per week",
        " days per year",
        " visits per month",
        " nurses",
        " FTE",
    ])
}

fn field_line() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "  activity \"A\" { standard = {V}; volume = 100 visits }",
        "  activity \"A\" { standard = 10 min per visit; volume = {V} }",
        "  support \"S\" = {V}",
        "  individual \"I\" = {V} for 2 staff",
        "  individual \"I\" = 10 h per week for {V}",
        "  current_staff = {V}",
        "  stp = {V}",
        "  activity \"A\" { standard = 10 min per visit; volume = 100 visits; service_days = {V} }",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// For any literal in any declaration field, `wl check` and a run agree: both accept it
    /// (with the same warnings), or both report the same diagnostic, word for word, at the same
    /// place.
    #[test]
    fn check_and_run_agree_on_literal_fields(
        v in -3i64..3000, unit in unit_text(), line in field_line()
    ) {
        let value = format!("{v}{unit}");
        let src = cadre(&format!("{OUTPATIENT}\n{}", line.replace("{V}", &value)));
        let checked = check(&src);
        // The script prints nothing, so a run's output is its diagnostics: none, the same
        // plausibility warning (a unit time longer than the week, W0525), or the same error.
        let (ran, _) = run_to_string("test.wl", &src);
        prop_assert_eq!(checked.trim(), ran.trim(), "{}", src);
    }
}
