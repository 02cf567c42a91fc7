//! McNemar's test of a paired 2×2 table (before/after, two raters): do the two kinds of
//! discordant pairs, b (row 1, column 2) and c (row 2, column 1), differ?
//!
//! Two p-values are computed. The exact binomial p, 2·P(X ≤ min(b, c)) for X ~ Bin(b + c, ½),
//! is SPSS's "Exact Sig. (2-sided)" with the footnote "Binomial distribution used". The
//! chi-square (|b − c| − 1)² / (b + c) on 1 df with the continuity correction is R's
//! `mcnemar.test` (no correction when b = c, as R). The p SPSS prints is the binomial one
//! when b + c ≤ 25 and the chi-square one above (NPAR TESTS /MCNEMAR's rule); `p` follows it
//! and `exact` says which it is.

use super::distributions::{Distribution, Tail};
use super::special::beta_pq;
use super::{integer_counts, validate_table, Result, StatsError};

/// SPSS uses the binomial distribution up to this many discordant pairs.
pub const EXACT_MAX_DISCORDANT: u64 = 25;

/// McNemar's test of a paired 2×2 table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct McNemar {
    /// Row 1, column 2 and row 2, column 1: the discordant pairs.
    pub b: u64,
    pub c: u64,
    /// Exact two-sided binomial p.
    pub p_exact: f64,
    /// The continuity-corrected chi-square and its p (R's `mcnemar.test`); `None` when there
    /// is no discordant pair.
    pub chi_square: Option<f64>,
    pub p_chi_square: Option<f64>,
    /// The p SPSS prints: `p_exact` when b + c ≤ 25, else `p_chi_square`.
    pub p: f64,
    pub exact: bool,
}

/// McNemar's test of `table` (2×2, whole-number counts).
pub fn mcnemar(table: &[Vec<f64>]) -> Result<McNemar> {
    if table.len() != 2 || table.iter().any(|r| r.len() != 2) {
        return Err(StatsError::NotTwoByTwo {
            rows: table.len(),
            cols: table.first().map_or(0, Vec::len),
        });
    }
    // Shape and counts as a crosstab's (an empty row is allowed here: all pairs may agree).
    if let Err(e) = validate_table(table) {
        if !matches!(e, StatsError::EmptyRowOrColumn { .. }) {
            return Err(e);
        }
    }
    if table.iter().flatten().any(|v| v.fract() != 0.0) {
        return Err(StatsError::Undefined {
            what: "McNemar's test",
            why: "its table must hold whole numbers of pairs",
        });
    }
    let counts = integer_counts(table)?;
    let (b, c) = (counts[0][1], counts[1][0]);
    let n = b + c;
    let k = b.min(c);
    let p_exact = if n == 0 {
        1.0
    } else {
        // P(X ≤ k) = I_½(n − k, k + 1), without summing n binomial terms.
        let (tail, _) = beta_pq((n - k) as f64, (k + 1) as f64, 0.5, 0.5);
        (2.0 * tail).min(1.0)
    };
    let (chi_square, p_chi_square) = if n == 0 {
        (None, None)
    } else {
        let diff = b.abs_diff(c) as f64;
        let corrected = if b == c { 0.0 } else { diff - 1.0 };
        let x2 = corrected * corrected / n as f64;
        let p = Distribution::chi_square(1.0)?.cdf(x2, Tail::Upper)?;
        (Some(x2), Some(p))
    };
    let exact = n <= EXACT_MAX_DISCORDANT;
    Ok(McNemar {
        b,
        c,
        p_exact,
        chi_square,
        p_chi_square,
        p: if exact {
            p_exact
        } else {
            p_chi_square.unwrap_or(1.0)
        },
        exact,
    })
}
