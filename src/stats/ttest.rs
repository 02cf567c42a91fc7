//! Student's t-tests as SPSS's T-TEST prints them: the independent-samples test with Levene's
//! test for equality of variances and both the equal-variance (pooled) and unequal-variance
//! (Welch) rows, and the paired-samples test with the pair's correlation.
//!
//! Levene's test is SPSS's: an ANOVA of the absolute deviations from each group's *mean* (R:
//! `car::leveneTest(y, g, center = mean)`; car's default centres on the median, the
//! Brown–Forsythe variant, which SPSS does not print). Mean differences are first group minus
//! second, and a paired difference is first variable minus second, as SPSS reports them.

use super::correlation::pearson;
use super::descriptives::neumaier_sum;
use super::distributions::{Distribution, Tail};
use super::{Result, StatsError};

/// N, mean, standard deviation and standard error of the mean of one group or variable.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GroupStats {
    pub n: usize,
    pub mean: f64,
    pub sd: f64,
    pub se_mean: f64,
}

/// One row of SPSS's t-test table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TRow {
    pub t: f64,
    pub df: f64,
    pub p_two_tailed: f64,
    pub mean_difference: f64,
    pub se_difference: f64,
    pub ci_lower: f64,
    pub ci_upper: f64,
}

/// Levene's test for equality of variances (mean-centred).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Levene {
    pub f: f64,
    pub df1: f64,
    pub df2: f64,
    pub p: f64,
}

/// The independent-samples t-test.
#[derive(Debug, Clone, PartialEq)]
pub struct IndependentT {
    pub groups: [GroupStats; 2],
    /// `None` when every case lies at the same distance from its group's mean (the deviations
    /// have no spread within groups, so Levene's F divides by zero).
    pub levene: Option<Levene>,
    /// Equal variances assumed (pooled variance, n₁ + n₂ − 2 degrees of freedom).
    pub equal_variances: TRow,
    /// Equal variances not assumed (Welch–Satterthwaite degrees of freedom).
    pub unequal_variances: TRow,
    pub confidence: f64,
}

/// The paired-samples t-test.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedT {
    pub first: GroupStats,
    pub second: GroupStats,
    /// Pearson's r of the pair and its two-tailed p (SPSS's Paired Samples Correlations);
    /// `None` when a variable is constant or there are fewer than 3 pairs.
    pub correlation: Option<(f64, f64)>,
    /// Standard deviation of the differences.
    pub sd_difference: f64,
    /// The test of the mean difference (first minus second).
    pub test: TRow,
    pub confidence: f64,
}

fn check_confidence(confidence: f64) -> Result<()> {
    if confidence > 0.0 && confidence < 1.0 {
        Ok(())
    } else {
        Err(StatsError::InvalidParameter {
            what: "the confidence level",
            value: confidence,
            allowed: "between 0 and 1 (e.g. 0.95 or 95%)",
        })
    }
}

fn check_sample(v: &[f64], what: &'static str, needed: usize) -> Result<()> {
    if let Some(i) = v.iter().position(|a| !a.is_finite()) {
        return Err(StatsError::NotFinite {
            what,
            position: i + 1,
        });
    }
    if v.len() < needed {
        return Err(StatsError::TooFewCases {
            what,
            needed,
            found: v.len(),
        });
    }
    Ok(())
}

/// Mean and sum of squared deviations, two-pass and compensated.
fn mean_and_ss(v: &[f64]) -> (f64, f64) {
    let mean = neumaier_sum(v.iter().copied()) / v.len() as f64;
    let ss = neumaier_sum(v.iter().map(|a| (a - mean) * (a - mean)));
    (mean, ss)
}

fn group_stats(v: &[f64]) -> GroupStats {
    let n = v.len();
    let (mean, ss) = mean_and_ss(v);
    let sd = (ss / (n as f64 - 1.0)).sqrt();
    GroupStats {
        n,
        mean,
        sd,
        se_mean: sd / (n as f64).sqrt(),
    }
}

/// A t row from the difference, its standard error and degrees of freedom.
fn t_row(difference: f64, se: f64, df: f64, confidence: f64) -> Result<TRow> {
    let t = difference / se;
    let p = 2.0 * Distribution::t(df)?.cdf(-t.abs(), Tail::Lower)?;
    let half = Distribution::t(df)?.quantile((1.0 - confidence) / 2.0, Tail::Upper)? * se;
    Ok(TRow {
        t,
        df,
        p_two_tailed: p.min(1.0),
        mean_difference: difference,
        se_difference: se,
        ci_lower: difference - half,
        ci_upper: difference + half,
    })
}

/// The independent-samples t-test of `a` (group 1) against `b` (group 2) at `confidence`
/// (0.95 for SPSS's 95% interval). Errors: a group with fewer than 2 cases, non-finite values,
/// both groups constant (no t can be computed).
pub fn independent_t(a: &[f64], b: &[f64], confidence: f64) -> Result<IndependentT> {
    check_confidence(confidence)?;
    check_sample(a, "the first group", 2)?;
    check_sample(b, "the second group", 2)?;
    let (g1, g2) = (group_stats(a), group_stats(b));
    if g1.sd == 0.0 && g2.sd == 0.0 {
        return Err(StatsError::Undefined {
            what: "the t-test",
            why: "every case of each group has the same value (zero variance), so t is undefined",
        });
    }
    let (n1, n2) = (g1.n as f64, g2.n as f64);
    let (v1, v2) = (g1.sd * g1.sd, g2.sd * g2.sd);
    let diff = g1.mean - g2.mean;
    let df = n1 + n2 - 2.0;
    let pooled = ((n1 - 1.0) * v1 + (n2 - 1.0) * v2) / df;
    let equal = t_row(
        diff,
        (pooled * (1.0 / n1 + 1.0 / n2)).sqrt(),
        df,
        confidence,
    )?;
    let (w1, w2) = (v1 / n1, v2 / n2);
    let welch_df = (w1 + w2) * (w1 + w2) / (w1 * w1 / (n1 - 1.0) + w2 * w2 / (n2 - 1.0));
    let unequal = t_row(diff, (w1 + w2).sqrt(), welch_df, confidence)?;
    Ok(IndependentT {
        groups: [g1, g2],
        levene: levene(a, b)?,
        equal_variances: equal,
        unequal_variances: unequal,
        confidence,
    })
}

/// Levene's F: a one-way ANOVA of |x − group mean| over the two groups.
fn levene(a: &[f64], b: &[f64]) -> Result<Option<Levene>> {
    let deviations = |v: &[f64]| {
        let (m, _) = mean_and_ss(v);
        v.iter().map(|x| (x - m).abs()).collect::<Vec<f64>>()
    };
    let (za, zb) = (deviations(a), deviations(b));
    let (ma, ssa) = mean_and_ss(&za);
    let (mb, ssb) = mean_and_ss(&zb);
    let (na, nb) = (za.len() as f64, zb.len() as f64);
    let grand = (na * ma + nb * mb) / (na + nb);
    let between = na * (ma - grand) * (ma - grand) + nb * (mb - grand) * (mb - grand);
    let within = ssa + ssb;
    if within == 0.0 {
        return Ok(None);
    }
    let df2 = na + nb - 2.0;
    let f = between / (within / df2);
    let p = Distribution::f(1.0, df2)?.cdf(f, Tail::Upper)?;
    Ok(Some(Levene {
        f,
        df1: 1.0,
        df2,
        p,
    }))
}

/// The paired-samples t-test of `x` against `y` (pairs with a missing value removed by the
/// caller). Errors: different lengths, fewer than 2 pairs, non-finite values, differences that
/// are all equal (zero variance: t is undefined).
pub fn paired_t(x: &[f64], y: &[f64], confidence: f64) -> Result<PairedT> {
    check_confidence(confidence)?;
    if x.len() != y.len() {
        return Err(StatsError::LengthMismatch {
            what: "the second variable of a paired test",
            expected: x.len(),
            found: y.len(),
        });
    }
    check_sample(x, "the first variable", 2)?;
    check_sample(y, "the second variable", 2)?;
    let d: Vec<f64> = x.iter().zip(y).map(|(a, b)| a - b).collect();
    let gd = group_stats(&d);
    if gd.sd == 0.0 {
        return Err(StatsError::Undefined {
            what: "the paired t-test",
            why: "every pair differs by the same amount (zero variance of the differences), so t is undefined",
        });
    }
    let correlation = pearson(x, y).ok().map(|c| (c.r, c.p_two_tailed));
    let test = t_row(gd.mean, gd.se_mean, gd.n as f64 - 1.0, confidence)?;
    Ok(PairedT {
        first: group_stats(x),
        second: group_stats(y),
        correlation,
        sd_difference: gd.sd,
        test,
        confidence,
    })
}
