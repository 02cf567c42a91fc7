//! SPSS's "Risk Estimate" table for a 2×2 crosstab: the odds ratio with its
//! Woolf (log-scale) confidence interval, and the relative risk "for cohort"
//! of each column with its log-scale interval.
//!
//! For the table [[a, b], [c, d]] (rows = exposure groups, columns = outcome):
//! - odds ratio ad / bc, CI exp(ln OR ± z·√(1/a + 1/b + 1/c + 1/d));
//! - "For cohort" column 1: (a/(a+b)) / (c/(c+d)),
//!   CI exp(ln RR ± z·√(b/(a(a+b)) + d/(c(c+d))));
//! - "For cohort" column 2: (b/(a+b)) / (d/(c+d)),
//!   CI exp(ln RR ± z·√(a/(b(a+b)) + c/(d(c+d)))).
//!
//! A zero cell makes the odds ratio and one relative risk 0 or infinite and
//! their log-scale intervals undefined. SPSS then prints no Risk Estimate
//! table at all, not even the relative risk of the other column, and so does
//! wl: every estimate is `None`, with a [`Note`] naming each zero cell. Adding
//! 0.5 to every cell (Haldane) is a different estimator that SPSS does not
//! use, so it is not done silently here.
//!
//! Each estimate also carries the standard error of its logarithm (the square
//! root above), which SPSS prints for the odds ratio as "Asymp. Std. Error" of
//! ln(Estimate) in its Mantel-Haenszel table.

use super::distributions::normal_quantile;
use super::{validate_table, Note, Result, StatsError};

/// A point estimate with its confidence interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub estimate: f64,
    pub lower: f64,
    pub upper: f64,
    /// Standard error of ln(estimate), on which the interval is built.
    pub se_log: f64,
}

/// SPSS "Risk Estimate" table.
#[derive(Debug, Clone, PartialEq)]
pub struct RiskEstimate {
    /// Odds ratio for the row variable (ad / bc). `None` if any cell is 0.
    pub odds_ratio: Option<Interval>,
    /// Relative risk "For cohort" column 1. `None` if any cell is 0 (SPSS
    /// prints no Risk Estimate then, though a and c may be positive).
    pub rr_col1: Option<Interval>,
    /// Relative risk "For cohort" column 2. `None` if any cell is 0.
    pub rr_col2: Option<Interval>,
    /// N of valid cases (the table total).
    pub n_valid: f64,
    /// The confidence level used, e.g. 0.95.
    pub confidence: f64,
    /// Why any of the estimates above is `None`.
    pub notes: Vec<Note>,
}

/// Risk estimates for a 2×2 table `[[a, b], [c, d]]` with intervals at
/// `confidence` (0 < confidence < 1, usually 0.95).
pub fn risk_estimate(table: &[Vec<f64>], confidence: f64) -> Result<RiskEstimate> {
    let (r, c) = validate_table(table)?;
    if (r, c) != (2, 2) {
        return Err(StatsError::NotTwoByTwo { rows: r, cols: c });
    }
    if !(confidence > 0.0 && confidence < 1.0) {
        return Err(StatsError::InvalidParameter {
            what: "the confidence level",
            value: confidence,
            allowed: "strictly between 0 and 1 (e.g. 0.95)",
        });
    }
    let z = normal_quantile(0.5 + confidence / 2.0)?;
    let (a, b, cc, d) = (table[0][0], table[0][1], table[1][0], table[1][1]);
    let log_interval = |est: f64, se: f64| Interval {
        estimate: est,
        lower: (est.ln() - z * se).exp(),
        upper: (est.ln() + z * se).exp(),
        se_log: se,
    };
    let cells = [
        (a, 'a', 1, 1),
        (b, 'b', 1, 2),
        (cc, 'c', 2, 1),
        (d, 'd', 2, 2),
    ];
    let notes: Vec<Note> = cells
        .iter()
        .filter(|cell| cell.0 == 0.0)
        .map(|&(_, cell, row, col)| Note::ZeroCell {
            cell,
            row,
            col,
            affects: "Risk Estimate",
        })
        .collect();
    let (odds_ratio, rr_col1, rr_col2) = if notes.is_empty() {
        (
            Some(log_interval(
                a * d / (b * cc),
                (1.0 / a + 1.0 / b + 1.0 / cc + 1.0 / d).sqrt(),
            )),
            Some(log_interval(
                (a / (a + b)) / (cc / (cc + d)),
                (b / (a * (a + b)) + d / (cc * (cc + d))).sqrt(),
            )),
            Some(log_interval(
                (b / (a + b)) / (d / (cc + d)),
                (a / (b * (a + b)) + cc / (d * (cc + d))).sqrt(),
            )),
        )
    } else {
        (None, None, None)
    };
    Ok(RiskEstimate {
        odds_ratio,
        rr_col1,
        rr_col2,
        n_valid: a + b + cc + d,
        confidence,
        notes,
    })
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;
    use crate::stats::table as t;

    fn check(i: Interval, est: f64, lo: f64, hi: f64, what: &str) {
        assert_rel(i.estimate, est, 1e-9, what);
        assert_rel(i.lower, lo, 1e-9, what);
        assert_rel(i.upper, hi, 1e-9, what);
    }

    // In R, for each table: a<-m[1,1]; b<-m[1,2]; c<-m[2,1]; d<-m[2,2]; z <- qnorm(0.975)
    //   OR:  or <- a*d/(b*c); se <- sqrt(1/a+1/b+1/c+1/d); exp(log(or)+c(-1,1)*z*se)
    //   RR1: rr1 <- (a/(a+b))/(c/(c+d)); se1 <- sqrt(b/(a*(a+b))+d/(c*(c+d)))
    //   RR2: rr2 <- (b/(a+b))/(d/(c+d)); se2 <- sqrt(a/(b*(a+b))+c/(d*(c+d)))
    //   each CI: exp(log(rr)+c(-1,1)*z*se)
    #[test]
    fn table_32_13_31_29() {
        let m = t(&[&[32.0, 13.0], &[31.0, 29.0]]);
        let r = risk_estimate(&m, 0.95).unwrap();
        check(
            r.odds_ratio.unwrap(),
            2.3027295285359801,
            1.0144890981074113,
            5.226831211378987,
            "OR",
        );
        check(
            r.rr_col1.unwrap(),
            1.3763440860215053,
            1.0119737613339257,
            1.8719092485455204,
            "RR1",
        );
        check(
            r.rr_col2.unwrap(),
            0.59770114942528729,
            0.35258536053258349,
            1.0132203545963598,
            "RR2",
        );
        assert_eq!(r.n_valid, 105.0);
        assert!(r.notes.is_empty());
        // 90% level, same se: exp(log(or)+c(-1,1)*qnorm(.95)*se)
        let r90 = risk_estimate(&m, 0.90).unwrap();
        check(
            r90.odds_ratio.unwrap(),
            2.3027295285359801,
            1.1573961948777465,
            4.5814590587552741,
            "OR 90%",
        );
    }

    #[test]
    fn table_2_8_19_16() {
        let r = risk_estimate(&t(&[&[2.0, 8.0], &[19.0, 16.0]]), 0.95).unwrap();
        check(
            r.odds_ratio.unwrap(),
            0.21052631578947367,
            0.038995100163812614,
            1.1365871469415869,
            "OR",
        );
        check(
            r.rr_col1.unwrap(),
            0.36842105263157898,
            0.10281177023103012,
            1.3202191900513953,
            "RR1",
        );
        check(
            r.rr_col2.unwrap(),
            1.7500000000000002,
            1.0874445102920849,
            2.8162356525000258,
            "RR2",
        );
    }

    #[test]
    fn zero_cell_leaves_out_the_whole_risk_estimate() {
        // SPSS prints no Risk Estimate table when a cell is 0, not even the relative risk of
        // the column without the zero (which would be 2.5 here).
        let r = risk_estimate(&t(&[&[0.0, 5.0], &[6.0, 4.0]]), 0.95).unwrap();
        assert_eq!((r.odds_ratio, r.rr_col1, r.rr_col2), (None, None, None));
        assert_eq!(r.notes.len(), 1);
        assert_eq!(
            r.notes[0].to_string(),
            "cell a (row 1, column 1) has count 0, so the Risk Estimate is left out, as SPSS leaves it out (no 0.5 is added to the cells)"
        );
        let r = risk_estimate(&t(&[&[3.0, 0.0], &[0.0, 4.0]]), 0.95).unwrap();
        assert_eq!(r.notes.len(), 2);
        assert!(r.rr_col1.is_none());
    }

    #[test]
    fn standard_errors_of_the_logs() {
        // tests/reference/spss_figures.R: sqrt(1/a + 1/b + 1/c + 1/d) and
        // sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)) (and the same for column 2) for seed 002's table.
        let r = risk_estimate(&t(&[&[32.0, 13.0], &[31.0, 29.0]]), 0.95).unwrap();
        assert_rel(
            r.odds_ratio.unwrap().se_log,
            0.41822709149443632,
            1e-12,
            "se log OR",
        );
        assert_rel(
            r.rr_col1.unwrap().se_log,
            0.15690498917255671,
            1e-12,
            "se log RR1",
        );
        assert_rel(
            r.rr_col2.unwrap().se_log,
            0.26928970766607047,
            1e-12,
            "se log RR2",
        );
    }

    #[test]
    fn errors() {
        let three = t(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
        assert_eq!(
            risk_estimate(&three, 0.95).unwrap_err(),
            StatsError::NotTwoByTwo { rows: 2, cols: 3 }
        );
        let m = t(&[&[1.0, 2.0], &[3.0, 4.0]]);
        for bad in [0.0, 1.0, 95.0, f64::NAN] {
            assert!(risk_estimate(&m, bad).is_err());
        }
        assert!(risk_estimate(&t(&[&[0.0, 0.0], &[3.0, 4.0]]), 0.95).is_err());
    }
}
