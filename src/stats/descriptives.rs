//! Descriptive statistics of one numeric variable (SPSS DESCRIPTIVES /
//! FREQUENCIES statistics): N, sum, mean, variance and standard deviation
//! (n − 1 denominator), minimum, maximum, median and quartiles.
//!
//! Percentiles use SPSS's default rule HAVERAGE: the weighted average at
//! position (n + 1)·p of the sorted values, clamped to the smallest and
//! largest value. R's `quantile(x, type = 6)` is the same rule; R's default
//! `quantile(x)` (type 7, position 1 + (n − 1)·p) is not, and gives different
//! quartiles for small samples (for 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15 it
//! gives 6.5 and 11.5 where SPSS gives 6 and 12).

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
    pub min: f64,
    pub max: f64,
    /// 50th percentile (HAVERAGE, which for the median is the usual median).
    pub median: f64,
    /// 25th percentile by HAVERAGE.
    pub q1: f64,
    /// 75th percentile by HAVERAGE.
    pub q3: f64,
}

/// N, sum, mean, SD/variance (n − 1), min, max, median and quartiles
/// (HAVERAGE) of `values`. Errors if `values` is empty or holds NaN/infinity.
pub fn descriptives(values: &[f64]) -> Result<Descriptives> {
    let sorted = sorted_finite(values)?;
    let n = sorted.len();
    let sum = neumaier_sum(sorted.iter().copied());
    // Second pass corrects the rounding of sum / n, as R's mean() does.
    let rough = sum / n as f64;
    let mean = rough + neumaier_sum(sorted.iter().map(|x| x - rough)) / n as f64;
    let variance = if n > 1 {
        let ss = neumaier_sum(sorted.iter().map(|x| (x - mean) * (x - mean)));
        Some(ss / (n - 1) as f64)
    } else {
        None
    };
    Ok(Descriptives {
        n,
        sum,
        mean,
        variance,
        sd: variance.map(f64::sqrt),
        min: sorted[0],
        max: sorted[n - 1],
        median: haverage(&sorted, 0.5),
        q1: haverage(&sorted, 0.25),
        q3: haverage(&sorted, 0.75),
    })
}

/// The `pct`-th percentile (0 ≤ pct ≤ 100, as in SPSS `/PERCENTILES=`) of
/// `values` by SPSS's HAVERAGE rule (= R `quantile(x, pct/100, type = 6)`).
pub fn percentile(values: &[f64], pct: f64) -> Result<f64> {
    if !(0.0..=100.0).contains(&pct) {
        return Err(StatsError::InvalidParameter {
            what: "a percentile",
            value: pct,
            allowed: "between 0 and 100",
        });
    }
    let sorted = sorted_finite(values)?;
    Ok(haverage(&sorted, pct / 100.0))
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
    let n = sorted.len();
    let pos = (n as f64 + 1.0) * p;
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
