//! The SPSS figures of issue 12 (items 2 and 3) as record fields a script reads, against R.
//! Every expected literal was printed by `tests/reference/spss_figures.R` (R 4.x with psych and
//! e1071), never by wl. Statistics agree to 1e-9 relative, p-values to 1e-6.

// The literals are R's 17 significant digits, copied as printed.
#![allow(clippy::excessive_precision)]

mod common;

use common::{close, eval, f, P, STAT};
use wl::value::Value;

/// `prefix` then each `field` read from the value `setup` leaves in `x`.
fn check(setup: &str, expected: &[(&str, f64, f64)]) {
    for (field, want, tol) in expected {
        let v = eval(&format!("{setup}\nx.{field}"));
        close(f(&v), *want, *tol, &format!("{setup} .{field}"));
    }
}

fn printed(src: &str) -> String {
    let (out, ok) = wl::run_to_string("t.wl", src);
    assert!(ok, "{out}");
    out
}

#[test]
fn crosstab_symmetric_measures_and_linear_by_linear_r() {
    // R: chisq.test(m, correct = FALSE); phi and r as cor() of the expanded row and column
    // indices; V = sqrt(X2 / (N (k - 1))), C = sqrt(X2 / (X2 + N)).
    check(
        "let x = crosstab([[32, 13], [31, 29]])",
        &[
            ("linear_by_linear.r", 0.19641855032959654, STAT),
            ("linear_by_linear.value", 4.0123456790123466, STAT),
            ("symmetric.phi.value", 0.19641855032959654, STAT),
            ("symmetric.cramers_v.value", 0.19641855032959654, STAT),
            ("symmetric.contingency.value", 0.19273583612292491, STAT),
            ("symmetric.phi.p", 0.044147124184089302, P),
            ("symmetric.contingency.p", 0.044147124184089302, P),
        ],
    );
    // A 3x4 table: phi is unsigned, V divides by min(3, 4) - 1 = 2.
    check(
        "let x = crosstab([[12, 7, 2, 1], [5, 9, 6, 3], [3, 4, 11, 8]])",
        &[
            ("linear_by_linear.r", 0.49805949946381584, STAT),
            ("linear_by_linear.value", 17.364428550430272, STAT),
            ("symmetric.phi.value", 0.54365555348580819, STAT),
            ("symmetric.cramers_v.value", 0.38442252849954073, STAT),
            ("symmetric.contingency.value", 0.47763356129590057, STAT),
            ("symmetric.cramers_v.p", 0.0018461446551352734, P),
        ],
    );
    // ad < bc: phi and r are negative, V is not.
    check(
        "let x = crosstab([[5, 15], [20, 4]])",
        &[
            ("linear_by_linear.r", -0.5863954716083738, STAT),
            ("symmetric.phi.value", -0.5863954716083738, STAT),
            ("symmetric.cramers_v.value", 0.58639547160837369, STAT),
            ("symmetric.contingency.value", 0.50584056147094691, STAT),
            ("symmetric.phi.p", 0.00010036511334213843, P),
        ],
    );
    let out = printed("print crosstab([[32, 13], [31, 29]])\n");
    assert!(out.contains("Symmetric Measures"), "{out}");
    assert!(out.contains("Cramer's V"), "{out}");
}

#[test]
fn fisher_names_its_tail_and_holds_both_tails_and_the_point_probability() {
    // R: fisher.test(m, alternative = "greater" / "less"), dhyper(a, a + c, b + d, a + b).
    let setup = "let x = crosstab([[32, 13], [31, 29]])";
    check(
        setup,
        &[
            ("fisher.p_one_sided", 0.034375913198271761, P),
            ("fisher.p_greater", 0.034375913198271761, P),
            ("fisher.p_less", 0.98714715259949448, P),
            ("fisher.p_point", 0.021523065797766153, P),
            ("fisher.p_two_sided", 0.047763621587074694, P),
        ],
    );
    let tail = |m: &str| eval(&format!("crosstab({m}).fisher.one_sided_tail")).to_string();
    assert_eq!(tail("[[32, 13], [31, 29]]"), "greater");
    assert_eq!(tail("[[5, 15], [20, 4]]"), "less");
    // ad = bc (2·6 = 4·3): the data point neither way; the smaller tail, P(X >= a) = 0.706.
    assert_eq!(tail("[[2, 4], [3, 6]]"), "greater");
    check(
        "let x = crosstab([[2, 4], [3, 6]])",
        &[
            ("fisher.p_one_sided", 0.70629370629370603, P),
            ("fisher.p_less", 0.71328671328671334, P),
            ("fisher.p_point", 0.41958041958041964, P),
        ],
    );
}

#[test]
fn risk_estimate_standard_errors_and_none_for_a_zero_cell() {
    // R: sqrt(1/a + 1/b + 1/c + 1/d), sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)) and column 2's.
    check(
        "let x = crosstab([[32, 13], [31, 29]])",
        &[
            ("risk.odds_ratio.se_log", 0.41822709149443632, STAT),
            ("risk.rr_col1.se_log", 0.15690498917255671, STAT),
            ("risk.rr_col2.se_log", 0.26928970766607047, STAT),
        ],
    );
    // SPSS prints no Risk Estimate for a table with a zero cell, not even the other column's.
    assert!(matches!(
        eval("crosstab([[0, 5], [6, 4]]).risk"),
        Value::Nil
    ));
    let out = printed("print crosstab([[0, 5], [6, 4]])\n");
    assert!(!out.contains("Risk Estimate\n"), "{out}");
    assert!(out.contains("so the Risk Estimate is left out"), "{out}");
}

#[test]
fn descriptives_as_spss_prints_them() {
    // x <- c(12, 7, 3, 15, 9, 10, 4, 8, 11, 6, 14): e1071 skewness/kurtosis type 2, their
    // SEs in closed form, fivenum's hinges; every value occurs once, so all are modes.
    let setup = "let x = descriptives([12, 7, 3, 15, 9, 10, 4, 8, 11, 6, 14])";
    check(
        setup,
        &[
            ("se_mean", 1.1677484162422844, STAT),
            ("skewness", 0.0, 1e-12),
            ("kurtosis", -0.87644444444444458, STAT),
            ("se_skewness", 0.66068747264340988, STAT),
            ("se_kurtosis", 1.2794157892978975, STAT),
            ("hinge_lower", 6.5, STAT),
            ("hinge_upper", 11.5, STAT),
            ("mode", 3.0, STAT),
            ("range", 12.0, STAT),
            ("sum", 99.0, STAT),
        ],
    );
    assert_eq!(
        eval(&format!("{setup}\nx.multiple_modes")).to_string(),
        "true"
    );
    // Ties: 5 and 9 occur three times each; the smallest mode is shown.
    let setup = "let x = descriptives([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 2.5])";
    check(
        setup,
        &[
            ("mean", 4.96875, STAT),
            ("se_mean", 0.7018854815186496, STAT),
            ("skewness", 0.17717049099397922, STAT),
            ("kurtosis", -1.2443456497482195, STAT),
            ("se_skewness", 0.56430768800396502, STAT),
            ("se_kurtosis", 1.0907738793870474, STAT),
            ("hinge_lower", 2.75, STAT),
            ("hinge_upper", 7.5, STAT),
            ("mode", 5.0, STAT),
        ],
    );
    assert_eq!(
        eval(&format!("{setup}\nx.multiple_modes")).to_string(),
        "true"
    );
    let out = printed("print descriptives([1, 2, 2, 3])\n");
    assert!(out.contains("Std. Error of Kurtosis"), "{out}");
    assert!(!out.contains("Multiple modes"), "{out}");
    let out = printed("print descriptives([1, 1, 3, 3])\n");
    assert!(
        out.contains("a. Multiple modes exist. The smallest value is shown"),
        "{out}"
    );
}

#[test]
fn percentiles_at_any_p_by_either_rule() {
    // quantile(x, p, type = 6) (HAVERAGE) and type = 4 (WAVERAGE).
    let xs = "[12, 7, 3, 15, 9, 10, 4, 8, 11, 6, 14]";
    for (p, h, w) in [
        ("5", 3.0, 3.0),
        ("10", 3.2000000000000002, 3.1000000000000001),
        ("33.3", 6.9959999999999996, 6.6629999999999994),
        ("90", 14.800000000000001, 13.800000000000001),
    ] {
        close(f(&eval(&format!("percentile({xs}, {p})"))), h, STAT, p);
        close(
            f(&eval(&format!("percentile({xs}, {p}%)"))),
            h,
            STAT,
            &format!("{p}%"),
        );
        close(
            f(&eval(&format!(
                "percentile({xs}, {p}, method: \"waverage\")"
            ))),
            w,
            STAT,
            p,
        );
    }
    let v = eval(&format!(
        "let d = descriptives({xs}, percentiles: [10, 90], method: \"waverage\")\nd.percentiles.value"
    ));
    let Value::Column(c) = v else {
        panic!("not a column: {v}")
    };
    let got: Vec<f64> = c.values().iter().map(f).collect();
    close(got[0], 3.1000000000000001, STAT, "P10 waverage");
    close(got[1], 13.800000000000001, STAT, "P90 waverage");
}

#[test]
fn one_value_gives_what_spss_gives() {
    // n = 1: N, mean, min, max and median; SD, variance and SE left missing, not an error.
    let setup = "let x = descriptives(parse_csv(\"v,w\\n7.5,1\\n,2\\n\").v)";
    check(
        setup,
        &[
            ("n", 1.0, 0.0),
            ("missing", 1.0, 0.0),
            ("mean", 7.5, 0.0),
            ("min", 7.5, 0.0),
            ("max", 7.5, 0.0),
            ("median", 7.5, 0.0),
        ],
    );
    for field in ["sd", "variance", "se_mean", "skewness", "kurtosis"] {
        assert!(
            matches!(eval(&format!("{setup}\nx.{field}")), Value::Nil),
            "{field}"
        );
    }
    let out = printed("print descriptives([7.5])\n");
    assert!(out.contains("Std. Deviation"), "{out}");
}

#[test]
fn zero_variance_has_no_shape() {
    let setup = "let x = descriptives([4, 4, 4, 4, 4])";
    check(
        setup,
        &[("sd", 0.0, 0.0), ("range", 0.0, 0.0), ("mode", 4.0, 0.0)],
    );
    assert!(matches!(eval(&format!("{setup}\nx.skewness")), Value::Nil));
    assert!(matches!(eval(&format!("{setup}\nx.kurtosis")), Value::Nil));
}

const ITEMS: &str = "let t = table {
  p1: [4, 3, 5, 2, 4, 3, 5, 4, 2, 3, 4, 5],
  p2: [3, 3, 4, 2, 5, 2, 4, 4, 1, 3, 3, 5],
  p3: [4, 2, 5, 3, 4, 3, 5, 3, 2, 2, 4, 4],
  p4: [2, 3, 4, 1, 3, 2, 5, 4, 2, 3, 2, 4],
  p5: [5, 4, 4, 3, 5, 3, 4, 5, 3, 4, 4, 5],
}
let x = reliability(t)";

#[test]
fn reliability_squared_multiple_correlations() {
    // psych::smc(cor(items)).
    let v = eval(&format!("{ITEMS}\nx.items.smc"));
    let Value::Column(c) = v else {
        panic!("not a column: {v}")
    };
    let got: Vec<f64> = c.values().iter().map(f).collect();
    let want = [
        0.94421915444348614,
        0.85113333813053182,
        0.86125679028904911,
        0.79556234847686391,
        0.79985036505766183,
    ];
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        close(*g, w, STAT, &format!("smc {}", i + 1));
    }
    close(
        f(&eval(&format!("{ITEMS}\nx.alpha"))),
        0.90498554913294793,
        STAT,
        "alpha",
    );
}

#[test]
fn reliability_summary_item_statistics() {
    // mean, min, max, max - min, max / min and var() of colMeans, diag(cov), and the upper
    // triangles of cov() and cor().
    let rows: [(&str, [f64; 6]); 4] = [
        (
            "item_means",
            [
                3.4666666666666663,
                2.9166666666666665,
                4.083333333333333,
                1.1666666666666665,
                1.3999999999999999,
                0.19305555555555548,
            ],
        ),
        (
            "item_variances",
            [
                1.1575757575757577,
                0.62878787878787878,
                1.4772727272727273,
                0.84848484848484851,
                2.3493975903614457,
                0.1053833792470156,
            ],
        ),
        (
            "covariances",
            [
                0.75909090909090904,
                0.32575757575757575,
                1.0909090909090908,
                0.76515151515151514,
                3.3488372093023253,
                0.067936945209672472,
            ],
        ),
        (
            "correlations",
            [
                0.66166857417906155,
                0.37910853355951346,
                0.83641804242878726,
                0.4573095088692738,
                2.2062759563218437,
                0.0281023400757845,
            ],
        ),
    ];
    for (row, want) in rows {
        let fields = ["mean", "min", "max", "range", "max_min", "variance"];
        let expected: Vec<(String, f64, f64)> = fields
            .iter()
            .zip(want)
            .map(|(fl, w)| (format!("summary.{row}.{fl}"), w, STAT))
            .collect();
        let refs: Vec<(&str, f64, f64)> = expected
            .iter()
            .map(|(a, b, c)| (a.as_str(), *b, *c))
            .collect();
        check(ITEMS, &refs);
    }
    let out = printed(&format!("{ITEMS}\nprint x\n"));
    assert!(out.contains("Summary Item Statistics"), "{out}");
    assert!(out.contains("Squared Multiple Correlation"), "{out}");
}

#[test]
fn a_million_cases_in_a_crosstab() {
    // tests/reference/spss_figures.R, the table of stats_natives' a_million_cases.
    check(
        "let x = crosstab([[250000, 250700], [249300, 250000]])",
        &[
            ("linear_by_linear.r", 1.9600038420063447e-06, STAT),
            ("symmetric.phi.value", 1.9600038420063447e-06, STAT),
            ("symmetric.cramers_v.value", 1.9600038415702765e-06, STAT),
            ("symmetric.contingency.value", 1.9600038415665119e-06, STAT),
            ("symmetric.phi.p", 0.99843614419698545, P),
            ("fisher.p_point", 0.0015957679873366253, P),
            ("fisher.p_greater", 0.50001595824244904, P),
            ("fisher.p_less", 0.50157980974489424, P),
        ],
    );
}

#[test]
fn a_singular_item_set_has_no_squared_multiple_correlations() {
    // p3 = p1 + p2 exactly: the correlation matrix has no inverse; SPSS shows the SMCs as
    // system-missing with a warning, and so does wl (alpha is still defined).
    let src =
        "let t = table { p1: [1, 2, 3, 4, 2, 3], p2: [2, 2, 3, 1, 4, 3], p3: [3, 4, 6, 5, 6, 6] }
let x = reliability(t)";
    let v = eval(&format!("{src}\nx.items.smc"));
    let Value::Column(c) = v else {
        panic!("not a column: {v}")
    };
    assert!(c.values().iter().all(|v| matches!(v, Value::Nil)), "{c:?}");
    let out = printed(&format!("{src}\nprint x\n"));
    assert!(
        out.contains("determinant of the inter-item correlation matrix is zero"),
        "{out}"
    );
}
