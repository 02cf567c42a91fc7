//! Descriptive statistics of one numeric variable (SPSS DESCRIPTIVES /
//! FREQUENCIES /STATISTICS and EXPLORE): N, sum, mean with its standard
//! error, variance and standard deviation (n − 1 denominator), minimum,
//! maximum, range, mode (the smallest, when several values are equally
//! frequent, with SPSS's "multiple modes exist" flag), skewness and kurtosis
//! with their standard errors, median, quartiles and Tukey's hinges.
//!
//! Percentiles use SPSS's default rule HAVERAGE: the weighted average at
//! position (n + 1)·p of the sorted values, clamped to the smallest and
//! largest value. R's `quantile(x, type = 6)` is the same rule; R's default
//! `quantile(x)` (type 7, position 1 + (n − 1)·p) is not, and gives different
//! quartiles for small samples (for 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15 it
//! gives 6.5 and 11.5 where SPSS gives 6 and 12). EXPLORE's "Weighted Average
//! (Definition 1)" row is HAVERAGE too; its WAVERAGE option (position n·p,
//! R's type 4) is [`Rule::Waverage`]. Tukey's hinges are the medians of the
//! lower and upper halves, the middle value counted in both for odd n (R's
//! `fivenum`).
//!
//! Skewness and kurtosis are SPSS's (and Excel's SKEW / KURT) bias-corrected
//! G1 and G2 (R `e1071::skewness(x, type = 2)`, `kurtosis(x, type = 2)`):
//! G1 = √(n(n − 1)) / (n − 2) · m3 / m2^1.5 and G2 = (n − 1) / ((n − 2)(n − 3))
//! · ((n + 1) · (m4 / m2² − 3) + 6), with the central moments mk = Σ(x − x̄)^k / n;
//! their standard errors are √(6n(n − 1) / ((n − 2)(n + 1)(n + 3))) and
//! 2 · SE(G1) · √((n² − 1) / ((n − 3)(n + 5))).

use super::{Result, StatsError};

/// Summary of one variable. Missing values must be removed by the caller.
#[derive(Debug, Clone, PartialEq)]
pub struct Descriptives {
    /// Number of values.
    pub n: usize,
    pub sum: f64,
    pub mean: f64,
    /// Sample variance (denominator n − 1). `None` when n = 1: with a single
    /// value the spread is undefined (SPSS leaves the cell blank).
    pub variance: Option<f64>,
    /// Sample standard deviation, the square root of `variance`; `None` when n = 1.
    pub sd: Option<f64>,
    /// Standard error of the mean, sd / √n; `None` when n = 1.
    pub se_mean: Option<f64>,
    pub min: f64,
    pub max: f64,
    /// max − min.
    pub range: f64,
    /// The most frequent value; the smallest of them when several are equally
    /// frequent (`multiple_modes`), as SPSS shows it.
    pub mode: f64,
    /// Several values share the highest frequency (SPSS footnote "Multiple
    /// modes exist. The smallest value is shown").
    pub multiple_modes: bool,
    /// Skewness G1; `None` when n < 3 or every value is the same.
    pub skewness: Option<f64>,
    /// Standard error of the skewness; `None` when n < 3.
    pub se_skewness: Option<f64>,
    /// Excess kurtosis G2; `None` when n < 4 or every value is the same.
    pub kurtosis: Option<f64>,
    /// Standard error of the kurtosis; `None` when n < 4.
    pub se_kurtosis: Option<f64>,
    /// 50th percentile (HAVERAGE, which for the median is the usual median).
    pub median: f64,
    /// 25th percentile by HAVERAGE.
    pub q1: f64,
    /// 75th percentile by HAVERAGE.
    pub q3: f64,
    /// Tukey's lower and upper hinges (EXPLORE's "Tukey's Hinges" 25 and 75).
    pub hinge_lower: f64,
    pub hinge_upper: f64,
}

/// How a percentile is read off the sorted values (SPSS's /PERCENTILES methods).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Weighted average at position (n + 1)·p: SPSS's default in FREQUENCIES
    /// and EXPLORE (R type 6).
    Haverage,
    /// Weighted average at position n·p: EXPLORE's WAVERAGE (R type 4).
    Waverage,
}

/// All of [`Descriptives`] for `values`. Errors if `values` is empty or holds
/// NaN/infinity. Time O(n log n) (one sort), memory one copy of the values.
pub fn descriptives(values: &[f64]) -> Result<Descriptives> {
    let sorted = sorted_finite(values)?;
    let n = sorted.len();
    let nf = n as f64;
    let sum = neumaier_sum(sorted.iter().copied());
    // Second pass corrects the rounding of sum / n, as R's mean() does.
    let rough = sum / nf;
    let mean = rough + neumaier_sum(sorted.iter().map(|x| x - rough)) / nf;
    let moment = |k: i32| neumaier_sum(sorted.iter().map(|x| (x - mean).powi(k))) / nf;
    let m2 = moment(2);
    let variance = (n > 1).then(|| m2 * nf / (nf - 1.0));
    let sd = variance.map(f64::sqrt);
    // A spread below rounding dust of the values is no spread: skewness of a constant is
    // undefined, not ±huge.
    let spread = m2 > (f64::EPSILON * mean.abs()).powi(2) * 16.0 && m2 > 0.0;
    let se_skewness =
        (n > 2).then(|| (6.0 * nf * (nf - 1.0) / ((nf - 2.0) * (nf + 1.0) * (nf + 3.0))).sqrt());
    let skewness =
        (n > 2 && spread).then(|| (nf * (nf - 1.0)).sqrt() / (nf - 2.0) * moment(3) / m2.powf(1.5));
    let se_kurtosis = se_skewness
        .filter(|_| n > 3)
        .map(|ses| 2.0 * ses * ((nf * nf - 1.0) / ((nf - 3.0) * (nf + 5.0))).sqrt());
    let kurtosis = (n > 3 && spread).then(|| {
        let g2 = moment(4) / (m2 * m2) - 3.0;
        (nf - 1.0) / ((nf - 2.0) * (nf - 3.0)) * ((nf + 1.0) * g2 + 6.0)
    });
    let (mode, multiple_modes) = mode(&sorted);
    let (hinge_lower, hinge_upper) = tukey_hinges(&sorted);
    Ok(Descriptives {
        n,
        sum,
        mean,
        variance,
        sd,
        se_mean: sd.map(|s| s / nf.sqrt()),
        min: sorted[0],
        max: sorted[n - 1],
        range: sorted[n - 1] - sorted[0],
        mode,
        multiple_modes,
        skewness,
        se_skewness,
        kurtosis,
        se_kurtosis,
        median: haverage(&sorted, 0.5),
        q1: haverage(&sorted, 0.25),
        q3: haverage(&sorted, 0.75),
        hinge_lower,
        hinge_upper,
    })
}

/// The smallest of the most frequent values, and whether another is as frequent; on sorted
/// values, one pass over their runs.
fn mode(sorted: &[f64]) -> (f64, bool) {
    let (mut best, mut best_count, mut tied) = (sorted[0], 0usize, false);
    let mut i = 0;
    while i < sorted.len() {
        let run = sorted[i..].iter().take_while(|&&x| x == sorted[i]).count();
        if run > best_count {
            (best, best_count, tied) = (sorted[i], run, false);
        } else if run == best_count {
            tied = true;
        }
        i += run;
    }
    (best, tied)
}

/// Tukey's hinges on sorted values: the values at depth ⌊(n + 3) / 2⌋ / 2 from each end,
/// averaging two neighbours at a half depth (R's `fivenum`).
fn tukey_hinges(sorted: &[f64]) -> (f64, f64) {
    let n = sorted.len();
    // Depth in halves: d2 = 2 · depth, so that a half depth needs no float.
    let d2 = (n + 3) / 2;
    let at = |lo: usize, hi: usize| 0.5 * (sorted[lo] + sorted[hi]);
    // 1-based depth d2 / 2: positions ⌊d2/2⌋ and ⌈d2/2⌉, 0-based one less.
    let (lo, hi) = (d2 / 2 - 1, d2.div_ceil(2) - 1);
    (at(lo, hi), at(n - 1 - hi, n - 1 - lo))
}

/// The `pct`-th percentile (0 ≤ pct ≤ 100, as in SPSS `/PERCENTILES=`) of
/// `values` by SPSS's HAVERAGE rule (= R `quantile(x, pct/100, type = 6)`).
pub fn percentile(values: &[f64], pct: f64) -> Result<f64> {
    percentile_by(values, pct, Rule::Haverage)
}

/// The `pct`-th percentile of `values` by `rule`.
pub fn percentile_by(values: &[f64], pct: f64, rule: Rule) -> Result<f64> {
    Ok(percentiles_by(values, &[pct], rule)?[0])
}

/// Several percentiles of `values` by `rule`, sorting once.
pub fn percentiles_by(values: &[f64], pcts: &[f64], rule: Rule) -> Result<Vec<f64>> {
    if let Some(&bad) = pcts.iter().find(|p| !(0.0..=100.0).contains(*p)) {
        return Err(StatsError::InvalidParameter {
            what: "a percentile",
            value: bad,
            allowed: "between 0 and 100",
        });
    }
    let sorted = sorted_finite(values)?;
    Ok(pcts
        .iter()
        .map(|p| match rule {
            Rule::Haverage => haverage(&sorted, p / 100.0),
            Rule::Waverage => waverage(&sorted, p / 100.0),
        })
        .collect())
}

fn sorted_finite(values: &[f64]) -> Result<Vec<f64>> {
    if values.is_empty() {
        return Err(StatsError::Empty {
            what: "the variable",
        });
    }
    if let Some(i) = values.iter().position(|x| !x.is_finite()) {
        return Err(StatsError::NotFinite {
            what: "the variable",
            position: i + 1,
        });
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    Ok(sorted)
}

/// HAVERAGE on sorted data, `p` in [0, 1].
pub(crate) fn haverage(sorted: &[f64], p: f64) -> f64 {
    weighted_at(sorted, (sorted.len() as f64 + 1.0) * p)
}

/// WAVERAGE on sorted data, `p` in [0, 1].
fn waverage(sorted: &[f64], p: f64) -> f64 {
    weighted_at(sorted, sorted.len() as f64 * p)
}

/// The weighted average at 1-based position `pos` of sorted data, clamped to its ends.
fn weighted_at(sorted: &[f64], pos: f64) -> f64 {
    let n = sorted.len();
    // Same fuzz as R's type 6, so that e.g. 30 × 0.3 = 8.999… counts as the
    // 9th value exactly instead of an interpolation a hair short of it.
    let fuzz = 4.0 * f64::EPSILON;
    let j = (pos + fuzz).floor();
    let mut h = pos - j;
    if h.abs() < fuzz {
        h = 0.0;
    }
    if j < 1.0 {
        return sorted[0];
    }
    if j >= n as f64 {
        return sorted[n - 1];
    }
    let lo = sorted[j as usize - 1];
    let hi = sorted[j as usize];
    if h == 0.0 {
        lo
    } else {
        (1.0 - h) * lo + h * hi
    }
}

/// Compensated summation: exact enough that sums of large samples agree with
/// R (which accumulates in extended precision) to well below 1e-9.
pub(crate) fn neumaier_sum(values: impl Iterator<Item = f64>) -> f64 {
    let mut sum = 0.0f64;
    let mut comp = 0.0f64;
    for x in values {
        let t = sum + x;
        if sum.abs() >= x.abs() {
            comp += (sum - t) + x;
        } else {
            comp += (x - t) + sum;
        }
        sum = t;
    }
    sum + comp
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    const ODD: [f64; 11] = [12.0, 7.0, 3.0, 15.0, 9.0, 10.0, 4.0, 8.0, 11.0, 6.0, 14.0];
    const EVEN: [f64; 10] = [2.5, 7.25, 3.5, 1.75, 9.0, 4.5, 6.25, 8.0, 5.5, 10.75];

    #[test]
    fn odd_sample_matches_r() {
        // x <- c(12, 7, 3, 15, 9, 10, 4, 8, 11, 6, 14)
        let d = descriptives(&ODD).unwrap();
        assert_eq!(d.n, 11);
        assert_rel(d.mean, 9.0, 1e-12, "mean(x)");
        assert_rel(d.sd.unwrap(), 3.872983346207417, 1e-12, "sd(x)");
        assert_rel(d.variance.unwrap(), 15.0, 1e-12, "var(x)");
        assert_rel(d.sum, 99.0, 1e-12, "sum(x)");
        assert_eq!((d.min, d.max), (3.0, 15.0)); // range(x)
        assert_rel(d.median, 9.0, 1e-12, "median(x)");
        // quantile(x, c(.25,.5,.75), type=6) = 6, 9, 12
        assert_rel(d.q1, 6.0, 1e-12, "type6 q1");
        assert_rel(d.q3, 12.0, 1e-12, "type6 q3");
        // quantile(x, c(.01,.1,.9,.99), type=6)
        let want = [
            (1.0, 3.0),
            (10.0, 3.2000000000000002),
            (90.0, 14.800000000000001),
            (99.0, 15.0),
        ];
        for (pct, r) in want {
            assert_rel(percentile(&ODD, pct).unwrap(), r, 1e-12, &format!("P{pct}"));
        }
        // R's default type 7 would give quantile(x, c(.25,.75)) = 6.5, 11.5: SPSS does not.
        assert!((d.q1 - 6.5).abs() > 0.1 && (d.q3 - 11.5).abs() > 0.1);
    }

    #[test]
    fn even_sample_matches_r() {
        // y <- c(2.5, 7.25, 3.5, 1.75, 9, 4.5, 6.25, 8, 5.5, 10.75)
        let d = descriptives(&EVEN).unwrap();
        assert_eq!(d.n, 10);
        assert_rel(d.mean, 5.9000000000000004, 1e-12, "mean(y)");
        assert_rel(d.sd.unwrap(), 2.9087989121132298, 1e-12, "sd(y)");
        assert_rel(d.variance.unwrap(), 8.4611111111111104, 1e-12, "var(y)");
        assert_rel(d.sum, 59.0, 1e-12, "sum(y)");
        assert_eq!((d.min, d.max), (1.75, 10.75));
        assert_rel(d.median, 5.875, 1e-12, "median(y)");
        // quantile(y, c(.25,.5,.75), type=6) = 3.25, 5.875, 8.25
        assert_rel(d.q1, 3.25, 1e-12, "type6 q1");
        assert_rel(d.q3, 8.25, 1e-12, "type6 q3");
        // quantile(y, c(.01,.1,.9,.99), type=6)
        let want = [
            (1.0, 1.75),
            (10.0, 1.825),
            (90.0, 10.575000000000001),
            (99.0, 10.75),
        ];
        for (pct, r) in want {
            assert_rel(
                percentile(&EVEN, pct).unwrap(),
                r,
                1e-12,
                &format!("P{pct}"),
            );
        }
        assert_eq!(percentile(&EVEN, 0.0).unwrap(), 1.75);
        assert_eq!(percentile(&EVEN, 100.0).unwrap(), 10.75);
    }

    #[test]
    fn a_million_values_match_r() {
        // tests/reference/spss_figures.R: x <- ((1:1e6) * 7919) %% 10007 / 10; e1071 type 2
        // skewness and kurtosis, fivenum hinges, the smallest of 9307 modes, quantile type 6.
        let x: Vec<f64> = (1..=1_000_000u64)
            .map(|i| ((i * 7919) % 10007) as f64 / 10.0)
            .collect();
        let d = descriptives(&x).unwrap();
        assert_rel(d.mean, 500.3007786, 1e-12, "mean");
        assert_rel(d.sum, 500300778.60000002, 1e-12, "sum");
        assert_rel(d.se_mean.unwrap(), 0.28887724294861866, 1e-9, "se mean");
        // G1 is a unit-free ratio near 0 here: compared absolutely, to 1e-12.
        assert!(
            (d.skewness.unwrap() - 3.5523071916771729e-07).abs() < 1e-12,
            "{:?}",
            d.skewness
        );
        assert_rel(d.kurtosis.unwrap(), -1.2000005428135543, 1e-9, "kurtosis");
        assert_rel(
            d.se_skewness.unwrap(),
            0.0024494860685592805,
            1e-12,
            "se skew",
        );
        assert_rel(
            d.se_kurtosis.unwrap(),
            0.0048989672381880645,
            1e-12,
            "se kurt",
        );
        assert_rel(d.hinge_lower, 250.09999999999999, 1e-12, "lower hinge");
        assert_rel(d.hinge_upper, 750.5, 1e-12, "upper hinge");
        assert_rel(d.q1, 250.09999999999999, 1e-12, "q1");
        assert_eq!((d.mode, d.multiple_modes), (0.1, true));
        assert_rel(
            percentile_by(&x, 33.3, Rule::Waverage).unwrap(),
            333.19999999999999,
            1e-12,
            "w33.3",
        );
        assert_rel(
            percentile_by(&x, 90.0, Rule::Haverage).unwrap(),
            900.60000000000002,
            1e-12,
            "h90",
        );
    }

    #[test]
    fn tukey_hinges_and_waverage_on_small_samples() {
        // R: fivenum(c(1, 2)) = 1 1.5 2 (hinges 1 and 2); fivenum(1:4) = 1 1.5 2.5 3.5 4;
        // quantile(1:4, .3, type = 4) = 1.2.
        assert_eq!(tukey_hinges(&[1.0, 2.0]), (1.0, 2.0));
        assert_eq!(tukey_hinges(&[1.0, 2.0, 3.0, 4.0]), (1.5, 3.5));
        assert_eq!(tukey_hinges(&[5.0]), (5.0, 5.0));
        assert_rel(
            percentile_by(&[1.0, 2.0, 3.0, 4.0], 30.0, Rule::Waverage).unwrap(),
            1.2,
            1e-15,
            "w30",
        );
    }

    #[test]
    fn single_value_has_no_spread() {
        let d = descriptives(&[4.0]).unwrap();
        assert_eq!((d.n, d.mean, d.median, d.q1, d.q3), (1, 4.0, 4.0, 4.0, 4.0));
        assert_eq!(d.variance, None);
        assert_eq!(d.sd, None);
    }

    #[test]
    fn errors() {
        assert_eq!(
            descriptives(&[]).unwrap_err(),
            StatsError::Empty {
                what: "the variable"
            }
        );
        let e = descriptives(&[1.0, f64::NAN]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "value 2 of the variable is not a valid number (it is missing, NaN or infinite)"
        );
        assert!(descriptives(&[f64::INFINITY]).is_err());
        assert!(percentile(&ODD, 101.0).is_err());
        assert!(percentile(&ODD, f64::NAN).is_err());
        assert!(percentile(&[], 50.0).is_err());
    }
}
