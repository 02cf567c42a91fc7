//! Distribution functions behind the kernel's p-values and critical values:
//! chi-square upper tail, normal and Student t quantiles, two-tailed t p-values.
//!
//! These wrap `statrs` but are written to stay accurate in the far tails,
//! where p-values are reported: upper tails are computed directly (regularized
//! incomplete gamma / beta functions) rather than as `1 - cdf`, which would
//! round a p-value such as 1.5e-12 to a handful of correct digits or to zero.

use super::{Result, StatsError};
use statrs::distribution::{Continuous, ContinuousCDF, Normal, StudentsT};
use statrs::function::{beta, gamma};

fn check_df(df: f64) -> Result<()> {
    if df.is_finite() && df > 0.0 {
        Ok(())
    } else {
        Err(StatsError::InvalidParameter {
            what: "degrees of freedom",
            value: df,
            allowed: "a positive number",
        })
    }
}

fn check_open_probability(p: f64, what: &'static str) -> Result<()> {
    if p > 0.0 && p < 1.0 {
        Ok(())
    } else {
        Err(StatsError::InvalidParameter {
            what,
            value: p,
            allowed: "strictly between 0 and 1",
        })
    }
}

/// Upper-tail probability P(X ≥ x) of a chi-square variable with `df` degrees
/// of freedom: the p-value of a chi-square statistic `x`. Equals R's
/// `pchisq(x, df, lower.tail = FALSE)`.
pub fn chi_square_sf(x: f64, df: f64) -> Result<f64> {
    check_df(df)?;
    if !x.is_finite() || x < 0.0 {
        return Err(StatsError::InvalidParameter {
            what: "a chi-square statistic",
            value: x,
            allowed: "a finite number of at least 0",
        });
    }
    if x == 0.0 {
        return Ok(1.0);
    }
    // Q(df/2, x/2) directly: its continued fraction keeps full relative
    // precision for tiny p-values, unlike 1 - P.
    Ok(gamma::gamma_ur(df / 2.0, x / 2.0))
}

/// Two-tailed p-value P(|T| ≥ |t|) of Student's t with `df` degrees of freedom
/// (R: `2 * pt(-abs(t), df)`).
pub fn t_two_tailed_p(t: f64, df: f64) -> Result<f64> {
    check_df(df)?;
    if !t.is_finite() {
        return Err(StatsError::InvalidParameter {
            what: "a t statistic",
            value: t,
            allowed: "a finite number",
        });
    }
    // P(|T| >= t) = I_{df/(df+t²)}(df/2, 1/2): no subtraction, so small
    // p-values keep their relative precision.
    Ok(beta::beta_reg(df / 2.0, 0.5, df / (df + t * t)))
}

/// Quantile of the standard normal distribution (R: `qnorm(p)`).
pub fn normal_quantile(p: f64) -> Result<f64> {
    check_open_probability(p, "a probability for the normal quantile")?;
    let n = Normal::new(0.0, 1.0).expect("standard normal parameters are valid");
    Ok(n.inverse_cdf(p))
}

/// Quantile of Student's t distribution with `df` degrees of freedom
/// (R: `qt(p, df)`).
pub fn t_quantile(p: f64, df: f64) -> Result<f64> {
    check_open_probability(p, "a probability for the t quantile")?;
    check_df(df)?;
    if p == 0.5 {
        return Ok(0.0);
    }
    // Work with the upper tail probability q of |t| so that p close to 1
    // does not lose digits to 1 - p rounding inside the iteration.
    let q = p.min(1.0 - p);
    if df >= LARGE_DF {
        let t = t_upper_quantile_large_df(q, df);
        return Ok(if p < 0.5 { -t } else { t });
    }
    let dist = StudentsT::new(0.0, 1.0, df).expect("checked parameters");
    let mut t = dist.inverse_cdf(1.0 - q).abs();
    // statrs' inverse (AS 109) is good to ~1e-14 for small df but drifts for
    // large df (qt(0.975, 1e5) is off by 3.5e-6 relative); Newton steps on
    // the accurately computed tail bring every case to full precision.
    for _ in 0..8 {
        let tail = 0.5 * beta::beta_reg(df / 2.0, 0.5, df / (df + t * t));
        let step = (tail - q) / dist.pdf(t);
        if !step.is_finite() {
            // pdf underflowed in an extreme tail: keep statrs' estimate.
            break;
        }
        t += step;
        if step.abs() <= 1e-15 * t.abs() {
            break;
        }
    }
    if !t.is_finite() {
        return Err(StatsError::InvalidParameter {
            what: "a probability for the t quantile",
            value: p,
            allowed: "far enough from 0 and 1 for the quantile to be a finite number",
        });
    }
    Ok(if p < 0.5 { -t } else { t })
}

/// From this many degrees of freedom on, the t quantile comes from its expansion around the
/// normal quantile. statrs' inverse (incomplete beta inversion) takes minutes at 1e8 degrees
/// of freedom and drifts from R (3e-12 relative at 3e4, 1e-6 at 1e6); the expansion is exact to double
/// precision from here on (see [`t_upper_quantile_large_df`]).
const LARGE_DF: f64 = 1e4;

/// The upper `q` quantile of Student's t for large `df` by its expansion in powers of 1/df
/// around the normal quantile z (Abramowitz and Stegun 26.7.5):
/// t = z + g1/df + g2/df² + g3/df³ + g4/df⁴. The omitted term is of order z¹¹/df⁵, under
/// 1e-15 of t for df ≥ 1e4 and |z| ≤ 8 (p down to 1e-15).
fn t_upper_quantile_large_df(q: f64, df: f64) -> f64 {
    let normal = Normal::new(0.0, 1.0).expect("standard normal parameters are valid");
    // -Φ⁻¹(q) rather than Φ⁻¹(1 - q): q may be far below the spacing of doubles near 1.
    let z = -normal.inverse_cdf(q);
    let z2 = z * z;
    // Each g as a polynomial in z² times z, highest power first.
    let poly = |cs: &[f64]| z * cs.iter().fold(0.0, |acc, c| acc * z2 + c);
    let g = [
        poly(&[1.0, 1.0]) / 4.0,
        poly(&[5.0, 16.0, 3.0]) / 96.0,
        poly(&[3.0, 19.0, 17.0, -15.0]) / 384.0,
        poly(&[79.0, 776.0, 1482.0, -1920.0, -945.0]) / 92_160.0,
    ];
    // Smallest term first, so the small corrections are not lost to rounding.
    let correction = g
        .iter()
        .enumerate()
        .rev()
        .fold(0.0, |acc, (k, gk)| acc + gk / df.powi(k as i32 + 1));
    z + correction
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    #[test]
    fn chi_square_upper_tail_matches_r() {
        // (x, df, R: pchisq(x, df, lower.tail = FALSE))
        let cases = [
            (50.0, 1.0, 1.5374597944280343e-12),
            (3.841458820694124, 1.0, 0.049999999999999975),
            (0.5, 3.0, 0.91889141165467592),
            (200.0, 10.0, 1.6139305336977309e-37),
            (1000.0, 1.0, 1.7958327848007259e-219),
            (0.001, 1.0, 0.97477287936996038),
            (30.0, 40.0, 0.87521878496747518),
        ];
        for (x, df, r) in cases {
            assert_rel(
                chi_square_sf(x, df).unwrap(),
                r,
                1e-9,
                &format!("pchisq({x},{df})"),
            );
        }
        assert_eq!(chi_square_sf(0.0, 2.0).unwrap(), 1.0);
    }

    /// Large degrees of freedom (fuzzing reproducer run-3: `critical_r(1e8)` ran for minutes
    /// in statrs' inverse): the expansion against R 4.2's `qt(p, df)`, printed with
    /// `sprintf("%.17g")`, and quickly.
    #[test]
    fn t_quantile_large_df_matches_r() {
        let cases = [
            (0.975, 1e4, 1.9602012398906257),
            (1.0 - 1e-10, 1e4, 6.3679413387372286),
            (0.975, 3e4, 1.9600430633839345),
            (1.0 - 1e-10, 3e4, 6.3635397367884501),
            (0.975, 1e5, 1.9599877075346088),
            (0.995, 1e5, 2.5758784699083743),
            (0.95, 1e5, 1.6448688647849685),
            (1.0 - 1e-10, 1e5, 6.3620004071331673),
            (0.975, 1e6, 1.9599663568141066),
            (1.0 - 1e-10, 1e6, 6.3614068361697171),
            (0.975, 1e8, 1.9599640082627663),
            (0.995, 1e8, 2.575829352714377),
            (0.975, 1e12, 1.9599639845424257),
            (1.0 - 1e-10, 1e12, 6.3613408897633672),
        ];
        let start = std::time::Instant::now();
        for (p, df, r) in cases {
            assert_rel(
                t_quantile(p, df).unwrap(),
                r,
                1e-12,
                &format!("qt({p},{df})"),
            );
            assert_rel(
                t_quantile(1.0 - p, df).unwrap(),
                -r,
                1e-12,
                &format!("qt(1-{p},{df})"),
            );
        }
        assert!(start.elapsed().as_secs_f64() < 0.5);
    }

    #[test]
    fn normal_quantile_matches_r() {
        // R: qnorm(0.975), qnorm(0.001), qnorm(1e-10), qnorm(0.95)
        assert_rel(
            normal_quantile(0.975).unwrap(),
            1.9599639845400536,
            1e-12,
            "qnorm(.975)",
        );
        assert_rel(
            normal_quantile(0.001).unwrap(),
            -3.0902323061678132,
            1e-12,
            "qnorm(.001)",
        );
        assert_rel(
            normal_quantile(1e-10).unwrap(),
            -6.3613409024040557,
            1e-12,
            "qnorm(1e-10)",
        );
        assert_rel(
            normal_quantile(0.95).unwrap(),
            1.6448536269514715,
            1e-12,
            "qnorm(.95)",
        );
        // R: qnorm(0.5) = 0
        assert_eq!(normal_quantile(0.5).unwrap(), 0.0);
    }

    #[test]
    fn t_quantile_matches_r() {
        // (p, df, R: qt(p, df))
        let cases = [
            (0.975, 18.0, 2.1009220402410382),
            (0.995, 5.0, 4.0321429835552287),
            (0.95, 1.0, 6.3137515146750376),
            (0.999, 120.0, 3.15953874331711),
            (0.025, 28.0, -2.048407141795245),
            (0.6, 3.0, 0.27667066233268983),
            (1.0 - 1e-9, 2.0, 22360.68005765849),
            (0.975, 1e5, 1.9599877075346088),
        ];
        for (p, df, r) in cases {
            assert_rel(
                t_quantile(p, df).unwrap(),
                r,
                1e-10,
                &format!("qt({p},{df})"),
            );
        }
    }

    #[test]
    fn t_two_tailed_p_matches_r() {
        // R: 2*pt(-2.5, 10); 2*pt(-12, 40)
        assert_rel(
            t_two_tailed_p(2.5, 10.0).unwrap(),
            0.031446844236608776,
            1e-9,
            "t=2.5",
        );
        assert_rel(
            t_two_tailed_p(-12.0, 40.0).unwrap(),
            7.8241713042559961e-15,
            1e-9,
            "t=-12",
        );
        assert_eq!(t_two_tailed_p(0.0, 5.0).unwrap(), 1.0);
    }

    #[test]
    fn invalid_parameters_are_errors() {
        assert!(chi_square_sf(-1.0, 1.0).is_err());
        assert!(chi_square_sf(f64::NAN, 1.0).is_err());
        assert!(chi_square_sf(1.0, 0.0).is_err());
        assert!(chi_square_sf(f64::INFINITY, 1.0).is_err());
        assert!(normal_quantile(0.0).is_err());
        assert!(normal_quantile(1.0).is_err());
        assert!(normal_quantile(f64::NAN).is_err());
        assert!(t_quantile(0.5, -1.0).is_err());
        assert!(t_quantile(1.0, 3.0).is_err());
        assert!(t_two_tailed_p(f64::INFINITY, 3.0).is_err());
        let msg = t_quantile(1.5, 3.0).unwrap_err().to_string();
        assert!(msg.contains("strictly between 0 and 1"), "{msg}");
        // Extreme tail: must be a finite number or an error, never inf/NaN.
        if let Ok(t) = t_quantile(1e-300, 1.0) {
            assert!(t.is_finite());
        }
    }
}
