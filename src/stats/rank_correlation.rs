//! Rank correlations of SPSS's NONPAR CORR table: Spearman's rho and Kendall's tau-b, each
//! with its two-tailed significance.
//!
//! Spearman's rho is Pearson's r of the average ranks, tested with t = ρ√((n−2)/(1−ρ²)) on
//! n − 2 degrees of freedom, as SPSS does (R: `cor.test(method = "spearman", exact = FALSE)`).
//! Kendall's tau-b is S/√((n₀−n₁)(n₀−n₂)) with S counted in O(n log n) (Knight's merge-sort
//! algorithm) so a million cases take a second; its p uses the normal approximation with the
//! tie-corrected variance of S (Kendall 1970, as R's `cor.test(method = "kendall", exact =
//! FALSE)`).

use super::correlation::pearson;
use super::distributions::{Distribution, Tail};
use super::ranks::average_ranks;
use super::{Result, StatsError};

/// A rank correlation and its two-tailed significance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankCorrelation {
    /// Spearman's rho or Kendall's tau-b.
    pub coefficient: f64,
    pub n: usize,
    /// The test statistic: t (Spearman, `None` when |ρ| = 1) or z (Kendall).
    pub statistic: Option<f64>,
    /// Two-tailed p-value.
    pub p_two_tailed: f64,
}

fn check_pairs(x: &[f64], y: &[f64], needed: usize, what: &'static str) -> Result<()> {
    if x.len() != y.len() {
        return Err(StatsError::LengthMismatch {
            what: "the second variable of a correlation",
            expected: x.len(),
            found: y.len(),
        });
    }
    for (name, v) in [("the first variable", x), ("the second variable", y)] {
        if let Some(i) = v.iter().position(|a| !a.is_finite()) {
            return Err(StatsError::NotFinite {
                what: name,
                position: i + 1,
            });
        }
    }
    if x.len() < needed {
        return Err(StatsError::TooFewCases {
            what,
            needed,
            found: x.len(),
        });
    }
    Ok(())
}

/// Spearman's rho of paired values (missing pairs removed by the caller).
/// Errors: different lengths, non-finite values, n < 3, a constant variable.
pub fn spearman(x: &[f64], y: &[f64]) -> Result<RankCorrelation> {
    check_pairs(x, y, 3, "Spearman's rho with a significance test")?;
    let rx = average_ranks(x).ranks;
    let ry = average_ranks(y).ranks;
    let c = pearson(&rx, &ry)?;
    Ok(RankCorrelation {
        coefficient: c.r,
        n: c.n,
        statistic: c.t,
        p_two_tailed: c.p_two_tailed,
    })
}

/// Kendall's tau-b of paired values (missing pairs removed by the caller).
/// Errors: different lengths, non-finite values, n < 3, a constant variable.
pub fn kendall_tau_b(x: &[f64], y: &[f64]) -> Result<RankCorrelation> {
    check_pairs(x, y, 3, "Kendall's tau-b with a significance test")?;
    let n = x.len();
    // −0 + 0 = +0: a zero of either sign is one value, so the sorts below keep ties together.
    let x: Vec<f64> = x.iter().map(|v| v + 0.0).collect();
    let y: Vec<f64> = y.iter().map(|v| v + 0.0).collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| x[i].total_cmp(&x[j]).then(y[i].total_cmp(&y[j])));
    let xs: Vec<f64> = order.iter().map(|&i| x[i]).collect();
    let mut ys: Vec<f64> = order.iter().map(|&i| y[i]).collect();
    let x_ties = run_lengths(&xs, |a, b| a == b);
    let pairs: Vec<(f64, f64)> = xs.iter().copied().zip(ys.iter().copied()).collect();
    let joint_ties = run_lengths(&pairs, |a, b| a.0 == b.0 && a.1 == b.1);
    let swaps = merge_sort_swaps(&mut ys);
    let y_ties = run_lengths(&ys, |a, b| a == b);
    let pairs_of = |t: &[usize]| t.iter().map(|&t| (t * (t - 1) / 2) as f64).sum::<f64>();
    let n0 = (n * (n - 1) / 2) as f64;
    let (n1, n2, n3) = (pairs_of(&x_ties), pairs_of(&y_ties), pairs_of(&joint_ties));
    if n1 == n0 {
        return Err(StatsError::ZeroVariance {
            what: "the first variable",
        });
    }
    if n2 == n0 {
        return Err(StatsError::ZeroVariance {
            what: "the second variable",
        });
    }
    // Concordant minus discordant pairs, ties in either variable counting as neither.
    let s = n0 - n1 - n2 + n3 - 2.0 * swaps as f64;
    let tau = (s / ((n0 - n1).sqrt() * (n0 - n2).sqrt())).clamp(-1.0, 1.0);
    let z = s / variance_of_s(n, &x_ties, &y_ties).sqrt();
    let p = 2.0 * Distribution::Normal.cdf(-z.abs(), Tail::Lower)?;
    Ok(RankCorrelation {
        coefficient: tau,
        n,
        statistic: Some(z),
        p_two_tailed: p.min(1.0),
    })
}

/// The variance of S under independence with ties in both variables (Kendall 1970, eq. 4.4).
fn variance_of_s(n: usize, x_ties: &[usize], y_ties: &[usize]) -> f64 {
    let n = n as f64;
    let sum = |t: &[usize], f: &dyn Fn(f64) -> f64| t.iter().map(|&t| f(t as f64)).sum::<f64>();
    let v0 = n * (n - 1.0) * (2.0 * n + 5.0);
    let t5 = |t: f64| t * (t - 1.0) * (2.0 * t + 5.0);
    let t1 = |t: f64| t * (t - 1.0);
    let t2 = |t: f64| t * (t - 1.0) * (t - 2.0);
    let (vt, vu) = (sum(x_ties, &t5), sum(y_ties, &t5));
    let v1 = sum(x_ties, &t1) * sum(y_ties, &t1);
    let v2 = sum(x_ties, &t2) * sum(y_ties, &t2);
    (v0 - vt - vu) / 18.0 + v1 / (2.0 * n * (n - 1.0)) + v2 / (9.0 * n * (n - 1.0) * (n - 2.0))
}

/// Sizes of the runs of two or more equal neighbours in a sorted slice.
fn run_lengths<T>(v: &[T], same: impl Fn(&T, &T) -> bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=v.len() {
        if i == v.len() || !same(&v[i], &v[start]) {
            if i - start > 1 {
                out.push(i - start);
            }
            start = i;
        }
    }
    out
}

/// Sorts `v` ascending and returns the number of exchanges of neighbours a bubble sort would
/// make (the number of strictly inverted pairs), bottom-up so deep recursion is never needed.
fn merge_sort_swaps(v: &mut [f64]) -> u64 {
    let n = v.len();
    let mut buf = v.to_vec();
    let mut swaps = 0u64;
    let mut width = 1;
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            swaps += merge(&v[lo..mid], &v[mid..hi], &mut buf[lo..hi]);
            lo = hi;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
    swaps
}

/// Merges two sorted runs into `out`, counting the pairs where a right value is strictly
/// below a left one.
fn merge(left: &[f64], right: &[f64], out: &mut [f64]) -> u64 {
    let (mut i, mut j, mut swaps) = (0, 0, 0u64);
    for slot in out.iter_mut() {
        if j >= right.len() || (i < left.len() && left[i] <= right[j]) {
            *slot = left[i];
            i += 1;
        } else {
            *slot = right[j];
            swaps += (left.len() - i) as u64;
            j += 1;
        }
    }
    swaps
}
