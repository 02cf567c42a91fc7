//! Critical value of Pearson's r ("r tabel"): the smallest |r| that is
//! significant for n pairs at a given alpha level. Indonesian validity
//! analyses declare an item valid when its item-total r ("r hitung") exceeds
//! this value.
//!
//! r = t / √(df + t²) with df = n − 2 and t the (1 − alpha/tails) quantile of
//! Student's t. Printed r tables round this to 3 digits (n = 20, alpha 0.05
//! two-tailed: 0.444; n = 30: 0.361).

use super::distributions::t_quantile;
use super::{Result, StatsError};

/// One- or two-tailed test.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tails {
    One,
    Two,
}

impl Tails {
    /// From the number 1 or 2, as a user would type it.
    pub fn from_count(tails: u32) -> Result<Tails> {
        match tails {
            1 => Ok(Tails::One),
            2 => Ok(Tails::Two),
            other => Err(StatsError::InvalidParameter {
                what: "the number of tails",
                value: other as f64,
                allowed: "1 or 2",
            }),
        }
    }
}

/// Critical r for `n` pairs at significance level `alpha` (e.g. 0.05).
/// Errors: n < 3 (no degrees of freedom), alpha outside (0, 1), or a
/// one-tailed alpha of 0.5 or more.
pub fn critical_r(n: usize, alpha: f64, tails: Tails) -> Result<f64> {
    if n < 3 {
        return Err(StatsError::TooFewCases {
            what: "a critical r",
            needed: 3,
            found: n,
        });
    }
    let per_tail = match tails {
        Tails::One => alpha,
        Tails::Two => alpha / 2.0,
    };
    if !(alpha > 0.0 && alpha < 1.0 && per_tail < 0.5) {
        return Err(StatsError::InvalidParameter {
            what: "the significance level alpha",
            value: alpha,
            allowed: "between 0 and 1 (below 0.5 for a one-tailed test)",
        });
    }
    let df = (n - 2) as f64;
    let t = t_quantile(1.0 - per_tail, df)?;
    Ok(t / (df + t * t).sqrt())
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    #[test]
    fn matches_r() {
        // R: df <- n-2; t <- qt(1-alpha/tails, df); t/sqrt(df+t^2)
        let cases = [
            (20, 0.05, Tails::Two, 0.44376339933778691),
            (30, 0.05, Tails::Two, 0.36100690773323302),
            (45, 0.05, Tails::Two, 0.29395519564892292),
            (22, 0.05, Tails::Two, 0.4227135041660024),
            (30, 0.05, Tails::One, 0.30605660061930073),
            (30, 0.01, Tails::Two, 0.46289232537625091),
            (1000, 0.05, Tails::Two, 0.061997415383375332),
            (3, 0.05, Tails::Two, 0.99691733373312796),
            // Fuzzing reproducer run-3 (minutes in the t inverse before): R 4.2,
            // n <- 1e8 and 1e6 in the formula above.
            (100_000_000, 0.05, Tails::Two, 0.0001959963990216801),
            (1_000_000, 0.05, Tails::Two, 0.0019599645522135624),
        ];
        for (n, alpha, tails, r) in cases {
            assert_rel(
                critical_r(n, alpha, tails).unwrap(),
                r,
                1e-9,
                &format!("n={n} {alpha} {tails:?}"),
            );
        }
        // Printed r tables: n=20 → 0.444, n=30 → 0.361
        assert_eq!(
            format!("{:.3}", critical_r(20, 0.05, Tails::Two).unwrap()),
            "0.444"
        );
        assert_eq!(
            format!("{:.3}", critical_r(30, 0.05, Tails::Two).unwrap()),
            "0.361"
        );
    }

    #[test]
    fn errors() {
        assert!(matches!(
            critical_r(2, 0.05, Tails::Two).unwrap_err(),
            StatsError::TooFewCases {
                needed: 3,
                found: 2,
                ..
            }
        ));
        for bad in [0.0, 1.0, -0.1, f64::NAN] {
            assert!(critical_r(30, bad, Tails::Two).is_err());
        }
        assert!(critical_r(30, 0.5, Tails::One).is_err());
        assert!(Tails::from_count(3).is_err());
        assert_eq!(Tails::from_count(1).unwrap(), Tails::One);
        assert_eq!(Tails::from_count(2).unwrap(), Tails::Two);
    }
}
