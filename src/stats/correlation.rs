//! Pearson correlation of two paired variables with its two-tailed p-value
//! (SPSS CORRELATIONS), the "r hitung" that Indonesian validity analyses
//! compare with the critical r of [`super::critical_r`].

use super::descriptives::neumaier_sum;
use super::distributions::t_two_tailed_p;
use super::{Result, StatsError};

/// A Pearson correlation and its significance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Correlation {
    pub r: f64,
    /// Number of pairs.
    pub n: usize,
    /// Degrees of freedom of the t test, n − 2.
    pub df: usize,
    /// t = r·√(df / (1 − r²)). `None` when |r| = 1, where t is infinite
    /// (the p-value is then 0).
    pub t: Option<f64>,
    /// Two-tailed p-value (R `cor.test(x, y)$p.value`).
    pub p_two_tailed: f64,
}

/// Pearson r of paired slices `x` and `y` (pairs with a missing value must be
/// removed by the caller), with the two-tailed t-test p-value.
/// Errors: different lengths, NaN/infinite values, n < 3, a constant variable.
pub fn pearson(x: &[f64], y: &[f64]) -> Result<Correlation> {
    if x.len() != y.len() {
        return Err(StatsError::LengthMismatch {
            what: "the second variable of a correlation",
            expected: x.len(),
            found: y.len(),
        });
    }
    for (what, v) in [("the first variable", x), ("the second variable", y)] {
        if let Some(i) = v.iter().position(|a| !a.is_finite()) {
            return Err(StatsError::NotFinite {
                what,
                position: i + 1,
            });
        }
    }
    let n = x.len();
    if n < 3 {
        return Err(StatsError::TooFewCases {
            what: "a correlation with a significance test",
            needed: 3,
            found: n,
        });
    }
    // Centred sums (two passes) so that large offsets, e.g. years, do not
    // cancel away the digits of the covariance.
    let mx = neumaier_sum(x.iter().copied()) / n as f64;
    let my = neumaier_sum(y.iter().copied()) / n as f64;
    let sxx = neumaier_sum(x.iter().map(|a| (a - mx) * (a - mx)));
    let syy = neumaier_sum(y.iter().map(|b| (b - my) * (b - my)));
    let sxy = neumaier_sum(x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)));
    if sxx == 0.0 {
        return Err(StatsError::ZeroVariance {
            what: "the first variable",
        });
    }
    if syy == 0.0 {
        return Err(StatsError::ZeroVariance {
            what: "the second variable",
        });
    }
    let r = (sxy / (sxx * syy).sqrt()).clamp(-1.0, 1.0);
    let df = n - 2;
    let one_minus_r2 = 1.0 - r * r;
    let (t, p) = if one_minus_r2 > 0.0 {
        let t = r * (df as f64 / one_minus_r2).sqrt();
        (Some(t), t_two_tailed_p(t, df as f64)?)
    } else {
        (None, 0.0)
    };
    Ok(Correlation {
        r,
        n,
        df,
        t,
        p_two_tailed: p,
    })
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    const A: [f64; 10] = [3.0, 5.0, 2.0, 8.0, 7.0, 4.0, 6.0, 9.0, 5.0, 6.0];

    #[test]
    fn matches_cor_test() {
        // b <- c(10, 14, 9, 20, 15, 13, 13, 22, 11, 17); cor.test(a, b)
        let b = [10.0, 14.0, 9.0, 20.0, 15.0, 13.0, 13.0, 22.0, 11.0, 17.0];
        let c = pearson(&A, &b).unwrap();
        assert_rel(c.r, 0.92048548651170237, 1e-12, "estimate");
        assert_rel(c.t.unwrap(), 6.6624386208475448, 1e-10, "statistic");
        assert_rel(c.p_two_tailed, 0.00015874857011156568, 1e-9, "p.value");
        assert_eq!((c.n, c.df), (10, 8));
        // b2 <- c(5, 3, 6, 4, 4, 7, 2, 5, 6, 3); cor.test(a, b2)
        let b2 = [5.0, 3.0, 6.0, 4.0, 4.0, 7.0, 2.0, 5.0, 6.0, 3.0];
        let c = pearson(&A, &b2).unwrap();
        assert_rel(c.r, -0.40422604172722154, 1e-12, "estimate");
        assert_rel(c.t.unwrap(), -1.2499999999999998, 1e-10, "statistic");
        assert_rel(c.p_two_tailed, 0.24662587421539325, 1e-9, "p.value");
    }

    #[test]
    fn perfect_correlation_has_no_t_and_zero_p() {
        let y: Vec<f64> = A.iter().map(|a| 2.0 * a + 1.0).collect();
        let c = pearson(&A, &y).unwrap();
        assert_eq!(c.r, 1.0);
        assert_eq!(c.t, None);
        assert_eq!(c.p_two_tailed, 0.0);
        // Rounding may leave r a hair below 1: t is then huge but finite.
        let y: Vec<f64> = A.iter().map(|a| -0.1 * a + 0.3).collect();
        let c = pearson(&A, &y).unwrap();
        assert!((c.r + 1.0).abs() < 1e-15);
        assert!(c.t.is_none_or(f64::is_finite));
        assert!(c.p_two_tailed < 1e-10);
    }

    #[test]
    fn errors() {
        assert!(matches!(
            pearson(&A, &A[..9]).unwrap_err(),
            StatsError::LengthMismatch {
                expected: 10,
                found: 9,
                ..
            }
        ));
        assert!(matches!(
            pearson(&[1.0, 2.0], &[2.0, 1.0]).unwrap_err(),
            StatsError::TooFewCases {
                needed: 3,
                found: 2,
                ..
            }
        ));
        let e = pearson(&A, &[4.0; 10]).unwrap_err();
        assert_eq!(e.to_string(), "the second variable has zero variance (every case has the same value), so its correlation is undefined");
        let mut bad = A;
        bad[3] = f64::NAN;
        assert_eq!(
            pearson(&bad, &A).unwrap_err(),
            StatsError::NotFinite {
                what: "the first variable",
                position: 4
            }
        );
    }
}
