//! Statistics kernel of wl: the numbers behind SPSS-style tables
//! (descriptives, frequencies, crosstabs with chi-square and Fisher's exact
//! test, risk estimates, reliability, correlations, critical r).
//!
//! Everything here is a pure function on numbers: no I/O, no printing, no
//! global state. Every function returns `Result<_, StatsError>`; no result
//! field is ever NaN or infinite. A quantity that is undefined for the given
//! data is either an error or an `Option` that is `None`, with the reason
//! documented on the field (and, where it depends on the data, listed in a
//! `notes` vector of [`Note`]s, mirroring SPSS's table footnotes).
//!
//! Where SPSS and R disagree, SPSS's definition is followed and the
//! difference is documented on the function concerned.

pub mod correlation;
pub mod critical_r;
pub mod crosstab;
pub mod descriptives;
pub mod distributions;
mod double_double;
pub mod error;
pub mod fisher;
pub mod frequencies;
pub mod inter_item;
pub mod mcnemar;
pub mod nonparametric;
pub mod normality;
pub mod rank_correlation;
pub mod rank_exact;
pub mod ranks;
pub mod reliability;
pub mod risk;
pub mod special;
pub mod ttest;

pub use correlation::{pearson, Correlation};
pub use critical_r::{critical_r, Tails};
pub use crosstab::{crosstab, ChiSquareTests, Crosstab, SymmetricMeasures, TestStatistic};
pub use descriptives::{
    descriptives, percentile, percentile_by, percentiles_by, Descriptives, Rule,
};
pub use distributions::{
    chi_square_sf, normal_quantile, t_quantile, t_two_tailed_p, Distribution, Tail,
};
pub use error::{Note, StatsError};
pub use fisher::{
    fisher_exact, fisher_exact_2x2, fisher_exact_rxc, Fisher2x2, OneSidedDirection,
    DEFAULT_EXACT_BUDGET,
};
pub use frequencies::{frequencies, frequencies_f64, FreqRow, Frequencies};
pub use inter_item::Summary;
pub use reliability::{
    reliability, reliability_from_options, Answers, ItemColumn, ItemStats, Reliability,
};
pub use risk::{risk_estimate, Interval, RiskEstimate};

/// Shorthand used by every function of the kernel.
pub type Result<T> = std::result::Result<T, StatsError>;

/// Shape and value checks shared by every table statistic; returns (rows, cols).
pub(crate) fn validate_table(table: &[Vec<f64>]) -> Result<(usize, usize)> {
    let r = table.len();
    let c = table.first().map_or(0, Vec::len);
    for (i, row) in table.iter().enumerate() {
        if row.len() != c {
            return Err(StatsError::RaggedTable {
                row: i + 1,
                expected: c,
                found: row.len(),
            });
        }
    }
    if r < 2 || c < 2 {
        return Err(StatsError::TableTooSmall { rows: r, cols: c });
    }
    for (i, row) in table.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            if !v.is_finite() || v < 0.0 {
                return Err(StatsError::InvalidCount {
                    row: i + 1,
                    col: j + 1,
                    value: v,
                });
            }
        }
    }
    if let Some(i) = table.iter().position(|row| row.iter().sum::<f64>() == 0.0) {
        return Err(StatsError::EmptyRowOrColumn {
            is_row: true,
            index: i + 1,
        });
    }
    if let Some(j) = (0..c).position(|j| table.iter().all(|row| row[j] == 0.0)) {
        return Err(StatsError::EmptyRowOrColumn {
            is_row: false,
            index: j + 1,
        });
    }
    Ok((r, c))
}

/// The counts as whole numbers, or an error naming the first fractional cell.
/// Assumes `validate_table` passed.
pub(crate) fn integer_counts(table: &[Vec<f64>]) -> Result<Vec<Vec<u64>>> {
    // Above 2^53 an f64 can no longer tell neighbouring whole numbers apart.
    const MAX_EXACT: f64 = 9_007_199_254_740_992.0;
    table
        .iter()
        .enumerate()
        .map(|(i, row)| {
            row.iter()
                .enumerate()
                .map(|(j, &v)| {
                    if v.fract() != 0.0 || v > MAX_EXACT {
                        Err(StatsError::NonIntegerCount {
                            row: i + 1,
                            col: j + 1,
                            value: v,
                        })
                    } else {
                        Ok(v as u64)
                    }
                })
                .collect()
        })
        .collect()
}

/// Test helper: a table of counts from row slices.
#[cfg(test)]
pub(crate) fn table(rows: &[&[f64]]) -> Vec<Vec<f64>> {
    rows.iter().map(|r| r.to_vec()).collect()
}

/// Test helper shared by the modules' tests: relative comparison that also
/// rejects NaN (a NaN would otherwise compare "not greater than" anything).
#[cfg(test)]
pub(crate) fn assert_rel(actual: f64, expected: f64, tol: f64, what: &str) {
    assert!(actual.is_finite(), "{what}: got non-finite {actual}");
    let scale = expected.abs().max(f64::MIN_POSITIVE);
    let rel = (actual - expected).abs() / scale;
    assert!(
        rel <= tol || (expected == 0.0 && actual.abs() <= tol),
        "{what}: got {actual:.17e}, R says {expected:.17e} (relative error {rel:.3e} > {tol:e})"
    );
}
