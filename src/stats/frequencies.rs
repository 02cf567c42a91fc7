//! Frequency tables (SPSS FREQUENCIES): one row per distinct value, sorted by
//! value, with frequency, percent of all cases, valid percent and cumulative
//! percent, plus the N valid / N missing summary.
//!
//! Works for any ordered key (numbers through [`frequencies_f64`], text codes
//! such as `&str`, integers) so the language core can tabulate numeric and
//! string variables with one code path. Text is ordered byte-wise, which for
//! plain ASCII codes is alphabetical with capitals first.

use super::{Result, StatsError};
use std::collections::BTreeMap;

/// One row of a frequency table.
#[derive(Debug, Clone, PartialEq)]
pub struct FreqRow<K> {
    pub value: K,
    pub frequency: usize,
    /// Percent of all cases, missing included (SPSS "Percent").
    pub percent: f64,
    /// Percent of valid (non-missing) cases (SPSS "Valid Percent").
    pub valid_percent: f64,
    /// Running total of `valid_percent` (SPSS "Cumulative Percent"); the last
    /// row is exactly 100.
    pub cumulative_percent: f64,
}

/// A frequency table with its totals.
#[derive(Debug, Clone, PartialEq)]
pub struct Frequencies<K> {
    /// Rows in ascending order of value; empty when every case is missing.
    pub rows: Vec<FreqRow<K>>,
    pub n_valid: usize,
    pub n_missing: usize,
    /// All cases, valid and missing.
    pub n_total: usize,
    /// Valid cases as a percent of all cases (the "Total" of the Valid block).
    pub valid_percent_of_total: f64,
    /// Missing cases as a percent of all cases (SPSS "Missing System").
    pub missing_percent_of_total: f64,
}

/// Frequency table of `values`, where `None` is a missing value.
/// Errors only when there are no cases at all.
pub fn frequencies<K: Ord + Clone>(values: &[Option<K>]) -> Result<Frequencies<K>> {
    let mut counts: BTreeMap<&K, usize> = BTreeMap::new();
    for v in values.iter().flatten() {
        *counts.entry(v).or_insert(0) += 1;
    }
    build(
        counts.into_iter().map(|(k, c)| (k.clone(), c)),
        values.len(),
    )
}

/// Frequency table of a numeric variable, where `None` is a missing value.
/// NaN or infinity is an error (a missing value must be `None`); −0 and 0 are
/// the same value.
pub fn frequencies_f64(values: &[Option<f64>]) -> Result<Frequencies<f64>> {
    let mut keyed = Vec::with_capacity(values.len());
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(x) if !x.is_finite() => {
                return Err(StatsError::NotFinite {
                    what: "the variable",
                    position: i + 1,
                })
            }
            // Adding 0.0 turns -0.0 into 0.0 so both land in one row.
            Some(x) => keyed.push(Some(OrdF64(x + 0.0))),
            None => keyed.push(None),
        }
    }
    let t = frequencies(&keyed)?;
    Ok(Frequencies {
        rows: t
            .rows
            .into_iter()
            .map(|r| FreqRow {
                value: r.value.0,
                frequency: r.frequency,
                percent: r.percent,
                valid_percent: r.valid_percent,
                cumulative_percent: r.cumulative_percent,
            })
            .collect(),
        n_valid: t.n_valid,
        n_missing: t.n_missing,
        n_total: t.n_total,
        valid_percent_of_total: t.valid_percent_of_total,
        missing_percent_of_total: t.missing_percent_of_total,
    })
}

/// Finite f64 with a total order, only used as a map key.
#[derive(Debug, Clone, Copy, PartialEq)]
struct OrdF64(f64);
impl Eq for OrdF64 {}
impl PartialOrd for OrdF64 {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for OrdF64 {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

fn build<K>(sorted: impl Iterator<Item = (K, usize)>, n_total: usize) -> Result<Frequencies<K>> {
    if n_total == 0 {
        return Err(StatsError::Empty {
            what: "the variable",
        });
    }
    let pairs: Vec<(K, usize)> = sorted.collect();
    let n_valid: usize = pairs.iter().map(|p| p.1).sum();
    let total = n_total as f64;
    let mut cumulative = 0usize;
    let rows = pairs
        .into_iter()
        .map(|(value, frequency)| {
            cumulative += frequency;
            FreqRow {
                value,
                frequency,
                percent: 100.0 * frequency as f64 / total,
                valid_percent: 100.0 * frequency as f64 / n_valid as f64,
                // From the running count, not by adding rounded percents, so
                // the last row is exactly 100.
                cumulative_percent: 100.0 * cumulative as f64 / n_valid as f64,
            }
        })
        .collect();
    Ok(Frequencies {
        rows,
        n_valid,
        n_missing: n_total - n_valid,
        n_total,
        valid_percent_of_total: 100.0 * n_valid as f64 / total,
        missing_percent_of_total: 100.0 * (n_total - n_valid) as f64 / total,
    })
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    #[test]
    fn numeric_matches_r() {
        // v <- c(3, 1, 2, 2, NA, 3, 3, 4, NA, 1, 2, 3, 5)
        let v = [
            Some(3.0),
            Some(1.0),
            Some(2.0),
            Some(2.0),
            None,
            Some(3.0),
            Some(3.0),
            Some(4.0),
            None,
            Some(1.0),
            Some(2.0),
            Some(3.0),
            Some(5.0),
        ];
        let f = frequencies_f64(&v).unwrap();
        assert_eq!((f.n_valid, f.n_missing, f.n_total), (11, 2, 13));
        let values: Vec<f64> = f.rows.iter().map(|r| r.value).collect();
        assert_eq!(values, [1.0, 2.0, 3.0, 4.0, 5.0]);
        // table(v)
        let freq: Vec<usize> = f.rows.iter().map(|r| r.frequency).collect();
        assert_eq!(freq, [2, 3, 4, 1, 1]);
        // 100*table(v)/length(v)
        let pct = [
            15.384615384615385,
            23.076923076923077,
            30.76923076923077,
            7.6923076923076925,
            7.6923076923076925,
        ];
        // 100*prop.table(table(v))
        let valid = [
            18.181818181818183,
            27.27272727272727,
            36.363636363636367,
            9.0909090909090917,
            9.0909090909090917,
        ];
        // cumsum(100*prop.table(table(v)))
        let cum = [
            18.181818181818183,
            45.454545454545453,
            81.818181818181813,
            90.909090909090907,
            100.0,
        ];
        for (i, r) in f.rows.iter().enumerate() {
            assert_rel(r.percent, pct[i], 1e-12, "percent");
            assert_rel(r.valid_percent, valid[i], 1e-12, "valid percent");
            assert_rel(r.cumulative_percent, cum[i], 1e-12, "cumulative percent");
        }
        assert_eq!(f.rows[4].cumulative_percent, 100.0);
        // 100*sum(!is.na(v))/length(v); 100*sum(is.na(v))/length(v)
        assert_rel(
            f.valid_percent_of_total,
            84.615384615384613,
            1e-12,
            "valid total",
        );
        assert_rel(
            f.missing_percent_of_total,
            15.384615384615385,
            1e-12,
            "missing",
        );
    }

    #[test]
    fn text_matches_r() {
        // s <- c("dokter","bidan",NA,"perawat","bidan","bidan","dokter"); table(s)
        let s = [
            Some("dokter"),
            Some("bidan"),
            None,
            Some("perawat"),
            Some("bidan"),
            Some("bidan"),
            Some("dokter"),
        ];
        let f = frequencies(&s).unwrap();
        let got: Vec<(&str, usize)> = f.rows.iter().map(|r| (r.value, r.frequency)).collect();
        assert_eq!(got, [("bidan", 3), ("dokter", 2), ("perawat", 1)]);
        // 100*prop.table(table(s)); 100*table(s)/length(s)
        let valid = [50.0, 33.333333333333329, 16.666666666666664];
        let pct = [42.857142857142854, 28.571428571428573, 14.285714285714286];
        for (i, r) in f.rows.iter().enumerate() {
            assert_rel(r.valid_percent, valid[i], 1e-12, "valid percent");
            assert_rel(r.percent, pct[i], 1e-12, "percent");
        }
    }

    #[test]
    fn negative_zero_is_zero_and_all_missing_is_not_nan() {
        let f = frequencies_f64(&[Some(-0.0), Some(0.0)]).unwrap();
        assert_eq!(f.rows.len(), 1);
        assert_eq!(f.rows[0].frequency, 2);
        let f = frequencies_f64(&[None, None]).unwrap();
        assert!(f.rows.is_empty());
        assert_eq!((f.n_valid, f.n_missing), (0, 2));
        assert_eq!(
            (f.valid_percent_of_total, f.missing_percent_of_total),
            (0.0, 100.0)
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            frequencies_f64(&[]).unwrap_err(),
            StatsError::Empty {
                what: "the variable"
            }
        );
        let empty: [Option<&str>; 0] = [];
        assert!(frequencies(&empty).is_err());
        assert_eq!(
            frequencies_f64(&[Some(1.0), Some(f64::NAN)]).unwrap_err(),
            StatsError::NotFinite {
                what: "the variable",
                position: 2
            }
        );
    }
}
