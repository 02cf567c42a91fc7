//! The distribution and test natives as a script uses them: values against R 4.2 (each literal
//! R's `sprintf("%.17g", x)` of the call beside it), SPSS's missing-value rules, the printed
//! SPSS layouts (snapshots, each read against the SPSS table it mimics) and the diagnostics.
#![allow(clippy::excessive_precision)]

mod common;

use common::eval;
use wl::engine::run_to_string;

fn num(src: &str) -> f64 {
    common::f(&eval(src))
}

fn close(actual: f64, expected: f64, what: &str) {
    let rel = (actual - expected).abs() / expected.abs();
    assert!(
        rel <= 1e-10,
        "{what}: got {actual:e}, R says {expected:e} ({rel:e})"
    );
}

#[test]
fn distribution_natives_match_r() {
    let cases = [
        ("critical_t(18)", 2.1009220402410382), // qt(0.975, 18)
        ("critical_t(30, tails: 1)", 1.6972608865939569), // qt(0.95, 30)
        ("critical_chi_square(3)", 7.8147279032511792), // qchisq(0.95, 3)
        ("critical_f(2, 27)", 3.3541308285291973), // qf(0.95, 2, 27)
        ("t_cdf(2.1, 18, tail: \"two\")", 0.050090405709568346), // 2*pt(-2.1, 18)
        ("normal_quantile(0.05, tail: \"upper\")", 1.6448536269514726), // qnorm(.05, lower = F)
        (
            "chi_square_cdf(7.2, 2, tail: \"upper\")",
            0.027323722447292559,
        ), // pchisq(7.2, 2, lower = F)
        ("t_quantile(0.975, 18)", 2.1009220402410382),
        ("f_quantile(5%, 2, 27, tail: \"upper\")", 3.3541308285291973),
    ];
    for (src, r) in cases {
        close(num(src), r, src);
    }
}

#[test]
fn paired_tests_drop_incomplete_pairs() {
    // x <- c(5.1, NA, 6.2, 5.8, 7.0, 6.6, 5.5); y <- c(4.8, 5.0, NA, 5.1, 6.2, 6.0, 5.7)
    // d <- complete.cases(x, y); t.test(x[d], y[d], paired = TRUE): statistic, p.value
    // Empty cells of a CSV are missing values.
    let src = "let d = parse_csv(\"x,y\\n5.1,4.8\\n,5.0\\n6.2,\\n5.8,5.1\\n7.0,6.2\\n6.6,6.0\\n5.5,5.7\\n\")\n\
               let t = paired_t_test(d.x, d.y)\n";
    close(num(&format!("{src}t.test.t")), 2.4369346127355289, "t");
    close(num(&format!("{src}t.test.p")), 0.071444230540955764, "p");
    assert_eq!(num(&format!("{src}t.test.df")), 4.0);
}

#[test]
fn groups_by_labels_equal_two_lists() {
    // The same groups given as two lists and as values with `by:` labels (a missing label and a
    // missing value are left out) give the same test.
    let two = num("t_test([72, 68, 75, 80], [65, 70, 62]).unequal.p");
    let by = num(
        "let d = parse_csv(\"v,g\\n65,B\\n72,A\\n70,B\\n68,A\\n75,A\\n,B\\n62,B\\n80,A\\n99,\\n\")\n\
         t_test(d.v, by: d.g).unequal.p",
    );
    assert_eq!(two, by);
    let mw = num("mann_whitney([3, 1, 4, 1, 5], by: [1, 2, 1, 2, 1]).u");
    assert_eq!(mw, 0.0);
}

fn printed(src: &str) -> String {
    run_to_string("test.wl", src).0
}

#[test]
fn reports_as_spss_lays_them_out() {
    let g = "let g1 = [72, 68, 75, 80, 66, 71, 74, 69, 77, 73, 70]\n\
             let g2 = [65, 70, 62, 68, 64, 60, 67, 63, 66]\n";
    let a =
        "let a = [3, 5, 2, 8, 7, 4, 6, 9, 5, 6]\nlet b = [10, 14, 9, 20, 15, 13, 13, 22, 11, 17]\n";
    insta::assert_snapshot!("t_test", printed(&format!("{g}print t_test(g1, g2)")));
    insta::assert_snapshot!(
        "paired_t_test",
        printed(&format!("{a}print paired_t_test(a, b)"))
    );
    insta::assert_snapshot!(
        "mann_whitney",
        printed(&format!("{g}print mann_whitney(g1, g2)"))
    );
    insta::assert_snapshot!("wilcoxon", printed(&format!("{a}print wilcoxon(a, b)")));
    insta::assert_snapshot!("normality", printed(&format!("{g}print normality(g1)")));
    insta::assert_snapshot!(
        "mcnemar",
        printed("print mcnemar([[794, 86], [150, 570]])\nprint mcnemar([[10, 3], [9, 8]])")
    );
    insta::assert_snapshot!(
        "rank_correlations",
        printed(&format!("{a}print spearman(a, b)\nprint kendall(a, b)"))
    );
}

#[test]
fn bad_input_gets_a_clear_diagnostic() {
    let cases = [
        ("print t_cdf(2, 10, tail: \"left\")", "E0626"),
        ("print chi_square_quantile(0.05, 3, tail: \"two\")", "E0626"),
        ("print critical_t(0)", "E0626"),
        ("print t_quantile(1.5, 3)", "E0626"),
        (
            "print t_test([1, 2, 3], by: [\"a\", \"b\", \"c\"])",
            "E0641",
        ),
        ("print t_test([1, 2, 3])", "E0641"),
        ("print normality([4, 4, 4, 4, 4, 4])", "E0640"),
        ("print paired_t_test([1, 2, 3], [2, 3, 4])", "E0640"),
        ("print t_test([5, 5, 5], [7, 7])", "E0640"),
        ("print t_test([5], [7, 8, 9])", "E0622"),
        ("print spearman([1, 2], [2, 1])", "E0622"),
        ("print mcnemar([[1, 2, 3], [4, 5, 6]])", "E0620"),
        (
            "print mcnemar([\"yes\", \"no\", \"maybe\"], [\"yes\", \"no\", \"no\"])",
            "E0641",
        ),
        ("print wilcoxon([1, 2, 3], [1, 2])", "E0"),
    ];
    for (src, code) in cases {
        let out = printed(src);
        assert!(out.contains(&format!("[{code}")), "{src}:\n{out}");
    }
}
