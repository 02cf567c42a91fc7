//! The tests after the crosstab in an Indonesian thesis (rank correlations, t-tests with
//! Levene's test, Mann-Whitney, Wilcoxon, normality, McNemar) against R 4.2. Every literal is
//! R's `sprintf("%.17g", x)` of the call quoted beside it (scripts in the comments; `car` for
//! Levene; `lillie` is nortest 1.0-4's `lillie.test` body, as nortest is not installed).
#![allow(clippy::excessive_precision)]
// R's wilcox.test example data include 3.14, a measurement, not π.
#![allow(clippy::approx_constant)]

use proptest::prelude::*;
use wl::stats::mcnemar::mcnemar;
use wl::stats::nonparametric::{mann_whitney, wilcoxon_signed_rank};
use wl::stats::normality::{lilliefors, shapiro_wilk};
use wl::stats::rank_correlation::{kendall_tau_b, spearman};
use wl::stats::ttest::{independent_t, paired_t};
use wl::stats::StatsError;

fn close(actual: f64, expected: f64, tol: f64, what: &str) {
    let rel = (actual - expected).abs() / expected.abs().max(f64::MIN_POSITIVE);
    assert!(
        actual.is_finite() && rel <= tol,
        "{what}: got {actual:e}, R says {expected:e} (relative error {rel:e})"
    );
}

// a <- c(3,5,2,8,7,4,6,9,5,6); b <- c(10,14,9,20,15,13,13,22,11,17); b2 <- c(5,3,6,4,4,7,2,5,6,3)
const A: [f64; 10] = [3.0, 5.0, 2.0, 8.0, 7.0, 4.0, 6.0, 9.0, 5.0, 6.0];
const B: [f64; 10] = [10.0, 14.0, 9.0, 20.0, 15.0, 13.0, 13.0, 22.0, 11.0, 17.0];
const B2: [f64; 10] = [5.0, 3.0, 6.0, 4.0, 4.0, 7.0, 2.0, 5.0, 6.0, 3.0];
// g1 <- c(72, 68, 75, 80, 66, 71, 74, 69, 77, 73, 70); g2 <- c(65, 70, 62, 68, 64, 60, 67, 63, 66)
const G1: [f64; 11] = [
    72.0, 68.0, 75.0, 80.0, 66.0, 71.0, 74.0, 69.0, 77.0, 73.0, 70.0,
];
const G2: [f64; 9] = [65.0, 70.0, 62.0, 68.0, 64.0, 60.0, 67.0, 63.0, 66.0];

#[test]
fn spearman_matches_cor_test() {
    // cor.test(a, b, method = "spearman", exact = FALSE): estimate, p.value (with ties)
    let s = spearman(&A, &B).unwrap();
    close(s.coefficient, 0.91437736432353334, 1e-12, "rho");
    close(s.p_two_tailed, 0.00021183430663836687, 1e-10, "p");
    let s = spearman(&A, &B2).unwrap();
    close(s.coefficient, -0.4598853050161173, 1e-12, "rho2");
    close(s.p_two_tailed, 0.18112476533842872, 1e-10, "p2");
}

#[test]
fn kendall_matches_cor_test() {
    // cor.test(a, b, method = "kendall", exact = FALSE): estimate, statistic (z), p.value
    let k = kendall_tau_b(&A, &B).unwrap();
    close(k.coefficient, 0.82764088176906514, 1e-12, "tau");
    close(k.statistic.unwrap(), 3.2586933426650471, 1e-12, "z");
    close(k.p_two_tailed, 0.0011192658061975232, 1e-10, "p");
    let k = kendall_tau_b(&A, &B2).unwrap();
    close(k.coefficient, -0.26197902952624746, 1e-12, "tau2");
    close(k.statistic.unwrap(), -1.0076159733028469, 1e-12, "z2");
    close(k.p_two_tailed, 0.31363885761130122, 1e-10, "p2");
}

#[test]
fn independent_t_matches_t_test_and_levene() {
    let t = independent_t(&G1, &G2, 0.95).unwrap();
    // t.test(g1, g2, var.equal = TRUE): statistic, parameter, p.value, conf.int, stderr
    let e = t.equal_variances;
    close(e.t, 4.3753033235218384, 1e-12, "pooled t");
    assert_eq!(e.df, 18.0);
    close(e.p_two_tailed, 0.00036486496367971557, 1e-10, "pooled p");
    close(e.ci_lower, 3.7805275576145219, 1e-12, "pooled lower");
    close(e.ci_upper, 10.764926987840013, 1e-12, "pooled upper");
    close(e.se_difference, 1.6622224186443806, 1e-12, "pooled se");
    // t.test(g1, g2): Welch
    let w = t.unequal_variances;
    close(w.t, 4.499758320252341, 1e-12, "welch t");
    close(w.df, 17.935782008209685, 1e-12, "welch df");
    close(w.p_two_tailed, 0.00027940909030421787, 1e-10, "welch p");
    close(w.ci_lower, 3.876243672302945, 1e-12, "welch lower");
    close(w.ci_upper, 10.669210873151588, 1e-12, "welch upper");
    close(w.se_difference, 1.6162484193860929, 1e-12, "welch se");
    // car::leveneTest(y, g, center = mean): F value, Pr(>F)
    let l = t.levene.unwrap();
    close(l.f, 0.65270256613244104, 1e-12, "levene F");
    close(l.p, 0.42969626706372577, 1e-10, "levene p");
    assert_eq!((l.df1, l.df2), (1.0, 18.0));
    // sd(g1), sd(g2)
    close(t.groups[0].sd, 4.1009976613236221, 1e-12, "sd g1");
    close(t.groups[1].sd, 3.1224989991991992, 1e-12, "sd g2");
}

#[test]
fn paired_t_matches_t_test() {
    // t.test(a, b, paired = TRUE): statistic, parameter, p.value, conf.int, estimate; sd(a - b)
    let t = paired_t(&A, &B, 0.95).unwrap();
    close(t.test.t, -11.834566931650899, 1e-12, "t");
    assert_eq!(t.test.df, 9.0);
    close(t.test.p_two_tailed, 8.665663377082996e-07, 1e-10, "p");
    close(t.test.ci_lower, -10.601219729051421, 1e-12, "lower");
    close(t.test.ci_upper, -7.1987802709485811, 1e-12, "upper");
    close(t.test.mean_difference, -8.9, 1e-14, "mean difference");
    close(
        t.sd_difference,
        2.3781411975649291,
        1e-12,
        "sd of differences",
    );
    // cor.test(a, b)$estimate, as in the existing Pearson test
    close(t.correlation.unwrap().0, 0.92048548651170237, 1e-12, "r");
}

#[test]
fn mann_whitney_matches_wilcox_test() {
    // wilcox.test(g1, g2, exact = FALSE, correct = FALSE): W = U₁ = 92.5, p.value. SPSS prints
    // the smaller U: 11·9 − 92.5 = 6.5.
    let m = mann_whitney(&G1, &G2).unwrap();
    assert_eq!(m.u, 6.5);
    close(m.p_asymptotic, 0.0010733456396005286, 1e-10, "p");
    assert!(m.ties);
    // W: rank sum of the smaller group (g2, 9 cases) = 9·10/2 + 6.5 = 51.5 (U₂ + n₂(n₂+1)/2).
    assert_eq!(m.w, 51.5);
    // x <- c(0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46);
    // y <- c(1.15, 0.88, 0.90, 0.74, 1.21); wilcox.test(x, y): W = 35, exact p 0.2544122544122544;
    // with exact = FALSE, correct = FALSE: 0.22067136191984679
    let x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    let y = [1.15, 0.88, 0.90, 0.74, 1.21];
    let m = mann_whitney(&x, &y).unwrap();
    assert_eq!(m.u, 15.0); // min(35, 50 − 35)
    close(m.p_exact.unwrap(), 0.2544122544122544, 1e-12, "exact p");
    close(m.p_asymptotic, 0.22067136191984679, 1e-10, "asymptotic p");
    assert!(!m.ties);
}

#[test]
fn wilcoxon_matches_wilcox_test() {
    // x1 <- c(1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30)
    // y1 <- c(0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29)
    // wilcox.test(x1, y1, paired = TRUE): V = 40, p = 0.0390625 (exact);
    // exact = FALSE, correct = FALSE: 0.038151710173415156
    let x1 = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    let y1 = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];
    let w = wilcoxon_signed_rank(&x1, &y1).unwrap();
    // SPSS ranks y − x: its negative ranks are R's positive ones (V = 40).
    assert_eq!(w.negative.rank_sum, 40.0);
    assert_eq!(w.positive.rank_sum, 5.0);
    close(w.p_exact.unwrap(), 0.0390625, 1e-12, "exact p");
    close(w.p_asymptotic, 0.038151710173415156, 1e-10, "asymptotic p");
    assert!(w.z < 0.0 && w.based_on_positive);
    // wilcox.test(a, b, paired = TRUE, exact = FALSE, correct = FALSE): V = 0, p (ties)
    let w = wilcoxon_signed_rank(&A, &B).unwrap();
    assert_eq!(w.negative.rank_sum, 0.0);
    close(w.p_asymptotic, 0.0049203139844425162, 1e-10, "p with ties");
}

#[test]
fn shapiro_wilk_matches_shapiro_test() {
    // shapiro.test(d): statistic, p.value; big <- exp((1:300)/60)
    let sk = [
        1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 4.0, 5.0, 7.0, 9.0, 12.0, 15.0, 20.0, 30.0,
    ];
    let big: Vec<f64> = (1..=300).map(|i| (i as f64 / 60.0).exp()).collect();
    let cases: [(&[f64], f64, f64); 6] = [
        (&A, 0.9839820705366934, 0.98289022227938982),
        (&G1, 0.9883299877766224, 0.99525381497351983),
        (&sk, 0.78843159419137332, 0.0026219880248603269),
        (&[1.0, 2.0, 4.0], 0.96428571428571419, 0.6368868450289632),
        (
            &[2.1, 3.4, 1.9, 5.6, 4.0],
            0.93142897755891763,
            0.60614720515798282,
        ),
        (&big, 0.76244488211617378, 1.6101715966629366e-20),
    ];
    for (d, w, p) in cases {
        let t = shapiro_wilk(d).unwrap();
        close(t.statistic, w, 1e-10, &format!("W of {} cases", d.len()));
        close(t.p, p, 1e-8, &format!("p of {} cases", d.len()));
    }
}

#[test]
fn lilliefors_matches_nortest() {
    // lillie(d): D, p (nortest's algorithm; see the file comment)
    let sk = [
        1.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 4.0, 5.0, 7.0, 9.0, 12.0, 15.0, 20.0, 30.0,
    ];
    let big: Vec<f64> = (1..=300).map(|i| (i as f64 / 60.0).exp()).collect();
    let cases: [(&[f64], f64, f64); 5] = [
        (&A, 0.10901111320746448, 0.98283959894215234),
        (&G1, 0.076396439792211834, 1.0),
        (&sk, 0.22837162484337648, 0.034173075930900805),
        (&big, 0.21813207339405283, 1.6405131979318491e-39),
        (
            &[2.1, 3.4, 1.9, 5.6, 4.0],
            0.20510646054086337,
            0.69853939209887317,
        ),
    ];
    for (d, dstat, p) in cases {
        let t = lilliefors(d).unwrap();
        close(
            t.statistic,
            dstat,
            1e-12,
            &format!("D of {} cases", d.len()),
        );
        close(t.p, p, 1e-9, &format!("p of {} cases", d.len()));
    }
}

#[test]
fn mcnemar_matches_r() {
    // mcnemar.test(matrix(c(794, 150, 86, 570), 2)): statistic, p.value;
    // 2 * pbinom(86, 236, 0.5). 236 discordant pairs: SPSS prints the chi-square p.
    let m = mcnemar(&[vec![794.0, 86.0], vec![150.0, 570.0]]).unwrap();
    close(
        m.chi_square.unwrap(),
        16.817796610169491,
        1e-12,
        "chi-square",
    );
    close(m.p_chi_square.unwrap(), 4.1145622813459436e-05, 1e-10, "p");
    close(m.p_exact, 3.71593613957143e-05, 1e-10, "binomial p");
    assert!(!m.exact);
    assert_eq!(m.p, m.p_chi_square.unwrap());
    // matrix(c(10, 9, 3, 8), 2): 12 discordant pairs, SPSS's binomial p = 2 * pbinom(3, 12, .5)
    let m = mcnemar(&[vec![10.0, 3.0], vec![9.0, 8.0]]).unwrap();
    close(m.p_exact, 0.14599609375000008, 1e-12, "binomial p");
    close(
        m.chi_square.unwrap(),
        2.0833333333333335,
        1e-12,
        "chi-square",
    );
    close(
        m.p_chi_square.unwrap(),
        0.14891467317876608,
        1e-10,
        "chi-square p",
    );
    assert!(m.exact);
    assert_eq!(m.p, m.p_exact);
}

#[test]
fn degenerate_data_are_clear_errors() {
    let same = [4.0; 6];
    assert!(matches!(
        independent_t(&same, &[4.0; 3], 0.95),
        Err(StatsError::Undefined { .. })
    ));
    assert!(matches!(
        paired_t(&A, &A, 0.95),
        Err(StatsError::Undefined { .. })
    ));
    assert!(matches!(
        independent_t(&[1.0], &G2, 0.95),
        Err(StatsError::TooFewCases { .. })
    ));
    assert!(matches!(
        wilcoxon_signed_rank(&A, &A),
        Err(StatsError::Undefined { .. })
    ));
    assert!(matches!(
        mann_whitney(&same, &same),
        Err(StatsError::Undefined { .. })
    ));
    assert!(matches!(
        shapiro_wilk(&same),
        Err(StatsError::Undefined { .. })
    ));
    assert!(matches!(
        lilliefors(&[1.0, 2.0, 3.0, 4.0]),
        Err(StatsError::TooFewCases { .. })
    ));
    assert!(matches!(
        spearman(&A, &same[..1]),
        Err(StatsError::LengthMismatch { .. })
    ));
    assert!(matches!(
        kendall_tau_b(&A, &[7.0; 10]),
        Err(StatsError::ZeroVariance { .. })
    ));
    // One group constant, the other not: both rows still exist (Welch uses the other's spread).
    let t = independent_t(&[5.0, 5.0, 5.0], &[1.0, 2.0, 3.0], 0.95).unwrap();
    assert!(t.unequal_variances.t.is_finite());
    // No discordant pair: McNemar's exact p is 1 and there is no chi-square.
    let m = mcnemar(&[vec![5.0, 0.0], vec![0.0, 7.0]]).unwrap();
    assert_eq!((m.p, m.chi_square), (1.0, None));
}

#[test]
fn a_million_cases_in_n_log_n() {
    // The rank tests and Lilliefors on 10⁶ cases must not take O(n²) time.
    let n = 1_000_000;
    let x: Vec<f64> = (0..n).map(|i| ((i * 7919) % 1000) as f64).collect();
    let y: Vec<f64> = (0..n)
        .map(|i| ((i * 104_729) % 997) as f64 + x[i] * 0.5)
        .collect();
    let start = std::time::Instant::now();
    let k = kendall_tau_b(&x, &y).unwrap();
    let m = mann_whitney(&x[..n / 2], &y[n / 2..]).unwrap();
    let s = shapiro_wilk(&x[..5000]).unwrap();
    assert!(k.coefficient.is_finite() && m.p_asymptotic.is_finite() && s.p.is_finite());
    let r = spearman(&x, &y).unwrap();
    let w = wilcoxon_signed_rank(&x, &y).unwrap();
    let l = lilliefors(&y).unwrap();
    assert!(r.p_two_tailed.is_finite() && w.p_asymptotic.is_finite() && l.p.is_finite());
    assert!(w.p_exact.is_none() && m.p_exact.is_none());
    // A generous bound: O(n²) would take hours; this takes seconds on a loaded debug build.
    assert!(
        start.elapsed().as_secs_f64() < 120.0,
        "{:?}",
        start.elapsed()
    );
}

/// Kendall's S counted pair by pair, O(n²), for the property below.
fn naive_tau_b(x: &[f64], y: &[f64]) -> f64 {
    let (mut s, mut tx, mut ty, mut n0) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
    for i in 0..x.len() {
        for j in i + 1..x.len() {
            let (dx, dy) = (x[i] - x[j], y[i] - y[j]);
            n0 += 1.0;
            s += (dx * dy).signum() * if dx * dy == 0.0 { 0.0 } else { 1.0 };
            tx += if dx == 0.0 { 1.0 } else { 0.0 };
            ty += if dy == 0.0 { 1.0 } else { 0.0 };
        }
    }
    s / ((n0 - tx) * (n0 - ty)).sqrt()
}

proptest! {
    /// The merge-sort count of Kendall's tau-b equals the pair-by-pair count, ties included.
    #[test]
    fn kendall_counts_every_pair(pairs in prop::collection::vec((0u8..6, 0u8..6), 3..60)) {
        let x: Vec<f64> = pairs.iter().map(|p| p.0 as f64).collect();
        let y: Vec<f64> = pairs.iter().map(|p| p.1 as f64).collect();
        let naive = naive_tau_b(&x, &y);
        match kendall_tau_b(&x, &y) {
            Ok(k) => prop_assert!((k.coefficient - naive).abs() < 1e-12, "{} vs {naive}", k.coefficient),
            Err(_) => prop_assert!(!naive.is_finite()),
        }
    }

    /// Swapping the groups of Mann-Whitney changes neither U nor p; U never exceeds n₁n₂/2.
    #[test]
    fn mann_whitney_is_symmetric(a in prop::collection::vec(0u8..20, 1..25), b in prop::collection::vec(0u8..20, 1..25)) {
        let a: Vec<f64> = a.into_iter().map(f64::from).collect();
        let b: Vec<f64> = b.into_iter().map(f64::from).collect();
        if let (Ok(m1), Ok(m2)) = (mann_whitney(&a, &b), mann_whitney(&b, &a)) {
            prop_assert_eq!(m1.u, m2.u);
            prop_assert!((m1.p_asymptotic - m2.p_asymptotic).abs() < 1e-14);
            prop_assert_eq!(m1.p_exact, m2.p_exact);
            prop_assert!(m1.u <= (a.len() * b.len()) as f64 / 2.0);
            prop_assert!(m1.p_asymptotic <= 1.0 && m1.p_exact.unwrap_or(0.0) <= 1.0);
        }
    }
}
