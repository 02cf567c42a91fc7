//! The statistics natives against R. Every expected literal below was printed by
//! `tests/reference/natives.R` (R 4.x: chisq.test, MASS::loglm, fisher.test, qt, cor, quantile
//! type 6 = SPSS HAVERAGE), never by wl itself. Statistics must agree to 1e-9 relative and
//! p-values to 1e-6 relative.

// The literals are R's 17 significant digits, copied as printed.
#![allow(clippy::excessive_precision)]

mod common;

use common::{close, eval, f, P, STAT};
use wl::engine::Session;
use wl::value::Value;

fn list(v: &Value) -> Vec<f64> {
    match v {
        Value::List(l) => l.iter().map(f).collect(),
        Value::Column(c) => c.values().iter().map(f).collect(),
        other => panic!("not a list: {other}"),
    }
}

/// Check `ct.FIELD` for each (field, R value, tolerance).
fn check_crosstab(table: &str, expected: &[(&str, f64, f64)]) {
    for (field, want, tol) in expected {
        let v = eval(&format!("let ct = crosstab({table})\nct.{field}"));
        close(f(&v), *want, *tol, &format!("{table} {field}"));
    }
}

#[test]
fn seed002_table3_matches_r() {
    check_crosstab(
        "[[32, 13], [31, 29]]",
        &[
            ("pearson.value", 4.0509259259259256, STAT),
            ("pearson.p", 0.044147124184089302, P),
            ("continuity.value", 3.28125, STAT),
            ("continuity.p", 0.070075538593341341, P),
            ("likelihood_ratio.value", 4.11762441644, STAT),
            ("likelihood_ratio.p", 0.042438631635183494, P),
            ("linear_by_linear.value", 4.0123456790123466, STAT),
            ("linear_by_linear.p", 0.045168268555040671, P),
            ("min_expected", 18.0, STAT),
            ("fisher.p_two_sided", 0.047763621587074694, P),
            ("risk.odds_ratio.estimate", 2.3027295285359801, STAT),
            ("risk.odds_ratio.lower", 1.0144890981074113, STAT),
            ("risk.odds_ratio.upper", 5.226831211378987, STAT),
        ],
    );
}

#[test]
fn seed002_table4_matches_r() {
    check_crosstab(
        "[[43, 20], [20, 22]]",
        &[
            ("pearson.value", 4.4708994708994707, STAT),
            ("pearson.p", 0.034476837504415381, P),
            ("continuity.p", 0.055986894796276207, P),
            ("likelihood_ratio.value", 4.4608863925393596, STAT),
            ("fisher.p_two_sided", 0.042972436758699474, P),
            ("risk.odds_ratio.estimate", 2.365, STAT),
            ("risk.odds_ratio.lower", 1.0573176997262586, STAT),
            ("risk.odds_ratio.upper", 5.2900135895276295, STAT),
        ],
    );
}

#[test]
fn a_zero_cell_leaves_out_the_risk_estimate_and_the_tests_defined() {
    check_crosstab(
        "[[0, 5], [6, 4]]",
        &[
            ("pearson.value", 5.0, STAT),
            ("pearson.p", 0.025347318677468304, P),
            ("continuity.value", 2.8125, STAT),
            ("likelihood_ratio.value", 6.7301166700925634, STAT),
            ("linear_by_linear.value", 4.6666666666666643, STAT),
            ("min_expected", 2.0, STAT),
            ("fisher.p_two_sided", 0.043956043956043932, P),
        ],
    );
    // SPSS prints no Risk Estimate for a table with a zero cell (issue 12 item 2).
    let v = eval("let ct = crosstab([[0, 5], [6, 4]])\nct.risk");
    assert!(
        matches!(v, Value::Nil),
        "risk estimate with a zero cell: {v}"
    );
    let (out, ok) = wl::run_to_string("t.wl", "print crosstab([[0, 5], [6, 4]])\n");
    assert!(ok);
    assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
    assert!(
        out.contains("cell a (row 1, column 1) has count 0"),
        "{out}"
    );
}

#[test]
fn three_by_four_has_no_continuity_row_and_an_exact_fisher() {
    let t = "[[8, 12, 5, 10], [6, 9, 14, 7], [11, 4, 6, 13]]";
    check_crosstab(
        t,
        &[
            ("pearson.value", 13.008202614379087, STAT),
            ("pearson.p", 0.042905873522991814, P),
            ("pearson.df", 6.0, STAT),
            ("likelihood_ratio.value", 13.024469756184052, STAT),
            ("linear_by_linear.value", 0.23212531605103315, STAT),
            ("linear_by_linear.p", 0.629952397070764, P),
            ("min_expected", 8.0952380952380949, STAT),
            ("fisher.p_two_sided", 0.04995622427002986, P),
        ],
    );
    let v = eval(&format!("has(crosstab({t}), \"continuity\")"));
    assert!(matches!(v, Value::Bool(false)));
}

#[test]
fn a_million_cases() {
    check_crosstab(
        "[[250000, 250700], [249300, 250000]]",
        &[
            ("pearson.value", 3.8416150589702423e-06, STAT),
            ("pearson.p", 0.99843614419698545, P),
            ("continuity.p", 1.0, P),
            ("likelihood_ratio.value", 3.8417133365609146e-06, STAT),
            ("linear_by_linear.value", 3.8416112190645718e-06, STAT),
            ("min_expected", 249300.48999999999, STAT),
            ("risk.odds_ratio.estimate", 1.000007840061466, STAT),
            ("risk.odds_ratio.lower", 0.99219855916942035, STAT),
            ("risk.odds_ratio.upper", 1.0078785853322767, STAT),
        ],
    );
}

#[test]
fn crosstab_of_two_raw_columns_counts_cases_and_missing() {
    // Hand count: (a, x) twice, (a, y) once, (b, x) once, (b, y) twice; one pair has a missing.
    let src = "let t = parse_csv(\"e,o\\na,x\\na,x\\na,y\\nb,x\\nb,y\\nb,y\\n,y\\n\")\n\
               let ct = crosstab(t.e, t.o)\n[ct.counts.x, ct.counts.y, [ct.cases.valid, ct.cases.missing]]";
    let v = eval(src);
    let Value::List(parts) = v else { panic!() };
    assert_eq!(list(&parts[0]), vec![2.0, 1.0, 3.0]);
    assert_eq!(list(&parts[1]), vec![1.0, 2.0, 3.0]);
    assert_eq!(list(&parts[2]), vec![6.0, 1.0]);
}

#[test]
fn critical_r_matches_r() {
    close(f(&eval("critical_r(22)")), 0.4227135041660024, STAT, "n 22");
    close(
        f(&eval("critical_r(45)")),
        0.29395519564892292,
        STAT,
        "n 45",
    );
    close(
        f(&eval("critical_r(40, tails: 1)")),
        0.26380923026347808,
        STAT,
        "n 40 one-tailed",
    );
    close(
        f(&eval("critical_r(30, alpha: 1%)")),
        0.46289232537625091,
        STAT,
        "n 30 alpha 1%",
    );
}

const SEED004: &str = "let d = read_csv(\"examples/data/seed004_master_data.csv\")\n\
                       let items = select(d, [\"P1\", \"P2\", \"P3\", \"P4\", \"P5\", \"P6\"])\n";

fn seed004(expr: &str) -> Value {
    // Paths are relative to the script, and the script is named at the repository root.
    let mut s = Session::new(Box::new(std::io::sink()));
    let src = format!("{SEED004}{expr}");
    let name = concat!(env!("CARGO_MANIFEST_DIR"), "/test.wl");
    match s.run(name, &src) {
        Ok(o) => o.value,
        Err(d) => panic!("{}", s.render(&d, false)),
    }
}

#[test]
fn reliability_of_the_seed004_block_matches_r() {
    close(
        f(&seed004("reliability(items).alpha")),
        0.12038369304556368,
        STAT,
        "alpha",
    );
    close(
        f(&seed004("reliability(items).standardized_alpha")),
        0.064982335943416389,
        STAT,
        "standardized alpha",
    );
    let want_deleted = [
        0.00074760765550227481,
        -0.10802469135802462,
        0.067190669371196832,
        0.09304414784394241,
        0.20384452893958599,
        0.25814138204924553,
    ];
    let want_corrected = [
        0.12693397478529117,
        0.27028123880866767,
        0.083205912259818063,
        0.05673386701237422,
        -0.084435049396207038,
        -0.16851329122549802,
    ];
    let want_r = [
        0.5852365851350213,
        0.58292331305267608,
        0.46614076113732428,
        0.47321125578350898,
        0.24637661993160162,
        0.14894105887744774,
    ];
    let want_var = [
        1.6888888888888889,
        1.8,
        1.9919191919191919,
        1.9676767676767677,
        2.3909090909090911,
        2.5434343434343436,
    ];
    for (field, want) in [
        ("alpha_if_deleted", want_deleted),
        ("corrected_item_total_r", want_corrected),
        ("item_total_r", want_r),
        ("scale_variance_if_deleted", want_var),
    ] {
        let got = list(&seed004(&format!("reliability(items).items.{field}")));
        for (j, (g, w)) in got.iter().zip(want).enumerate() {
            close(*g, w, STAT, &format!("{field} item {}", j + 1));
        }
    }
    // Validity against r table for n = 45 (0.2939...): P5 and P6 fall below it.
    let v = seed004("validity(items).items.verdict");
    assert_eq!(
        v.to_string(),
        r#"["valid", "valid", "valid", "valid", "invalid", "invalid"]"#
    );
}

#[test]
fn descriptives_follow_spss_quartiles() {
    let tot = "descriptives(map(rows(items), fn(r) => r.P1 + r.P2 + r.P3 + r.P4 + r.P5 + r.P6))";
    close(
        f(&seed004(&format!("{tot}.mean"))),
        11.533333333333333,
        STAT,
        "mean",
    );
    close(
        f(&seed004(&format!("{tot}.sd"))),
        1.589739830057965,
        STAT,
        "sd",
    );
    close(
        f(&seed004(&format!("{tot}.variance"))),
        2.5272727272727273,
        STAT,
        "var",
    );
    close(f(&seed004(&format!("{tot}.q1"))), 10.0, STAT, "q1");
    close(f(&seed004(&format!("{tot}.median"))), 11.0, STAT, "median");
    close(f(&seed004(&format!("{tot}.q3"))), 12.0, STAT, "q3");
    let p5 = list(&seed004(
        "let d5 = descriptives(items.P5)\n[d5.q1, d5.median, d5.q3]",
    ));
    assert_eq!(p5, vec![3.0, 3.0, 4.0]);
}

#[test]
fn frequencies_count_missing_values_as_spss_does() {
    // Hand calculation: 4 valid of 5 cases; "2" is 2 of 5 = 40% and 2 of 4 = 50% valid.
    let src = "let t = parse_csv(\"x\\n1\\n2\\nNA\\n2\\n3\\n\", missing: [\"NA\"])\nlet fr = frequencies(t.x)\n\
               [fr.valid, fr.missing, fr.counts.percent[1], fr.counts.valid_percent[1], fr.counts.cumulative_percent[1]]";
    assert_eq!(list(&eval(src)), vec![4.0, 1.0, 40.0, 50.0, 75.0]);
    let (out, ok) = wl::run_to_string("t.wl", &format!("{src}\nprint fr\n"));
    assert!(ok);
    assert!(out.contains("Missing  System"), "{out}");
}

#[test]
fn scale_scoring_reverse_items_and_percent_categories() {
    // Hand calculation: options 1..3, max total 9; respondent 1 answers Selalu, Tidak Pernah,
    // Kadang-kadang with item c reversed (2 -> 2): 3 + 1 + 2 = 6 = 66.7% -> "Tinggi";
    // respondent 2: 1 + 1 + (3 reversed to 1) = 3 = 33.3% -> "Rendah".
    let src = r#"
scale s {
  items = ["a", "b", "c"]
  options = { "Tidak Pernah": 1, "Kadang-kadang": 2, "Selalu": 3 }
  reverse = ["c"]
  categories = { "Rendah": 0%..60%, "Tinggi": 60%..=100% }
}
let t = table { id: [1, 2], a: ["Selalu", "tidak pernah"], b: ["Tidak Pernah", "Tidak Pernah"], c: ["Kadang-kadang", "Selalu"] }
let sc = score(s, t)
[sc.total, sc.category, sc.c]
"#;
    assert_eq!(
        eval(src).to_string(),
        r#"[[6, 3], ["Tinggi", "Rendah"], [2, 1]]"#
    );
}

#[test]
fn bad_input_is_a_diagnostic_never_nan() {
    for (src, code) in [
        ("print crosstab([])", "E0620"),
        ("print crosstab([[0, 0], [3, 4]])", "E0620"),
        ("print crosstab([[1, 2], [3]])", "E0620"),
        ("print descriptives([])", "E0622"),
        ("print descriptives(parse_csv(\"v,w\\n,1\\n\").v)", "E0622"),
        ("print percentile([1, 2], 101)", "E0626"),
        (
            "print reliability(table { p1: [1, 2, 3], p2: [2, 3, 3], p3: [5, 5, 5] })",
            "E0623",
        ),
        (
            "print reliability(table { p1: [1, 2], p2: [2, 2] })",
            "E0623",
        ),
        (
            "scale s { items = 1\n options = { \"a\": 1, \"b\": 2 } }",
            "E0624",
        ),
        ("print validity(table { p1: [1], p2: [2] })", "E0622"),
        ("print critical_r(2)", "E0622"),
        ("print critical_r(20, tails: 3)", "E0626"),
        ("print frequencies([1, 2], weights: [1, -1])", "E0621"),
    ] {
        let (out, ok) = wl::run_to_string("bad.wl", &format!("{src}\n"));
        assert!(!ok, "{src} should fail:\n{out}");
        assert!(out.contains(code), "{src}: expected {code}:\n{out}");
        assert!(!out.contains("NaN"), "{out}");
    }
}

#[test]
fn a_report_is_written_in_the_locale_it_is_given_and_leaves_none_behind() {
    use wl::number::Locale;
    // a, a, b: a is 2/3 = 66.666...% (66.7 to one decimal), b is 1/3 = 33.3%.
    let v = eval("frequencies([\"a\", \"a\", \"b\"])");
    let id = wl::report::render(&v, Locale::Id).expect("a frequencies report");
    assert!(id.contains("66,7") && id.contains("33,3"), "{id}");
    // Rendering under `id` first changes nothing about the next report in `en`.
    let en = wl::report::render(&v, Locale::En).expect("a frequencies report");
    assert!(en.contains("66.7") && !en.contains("66,7"), "{en}");
}
