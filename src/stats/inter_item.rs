//! What SPSS RELIABILITY prints about the items taken together: the squared multiple
//! correlation of each item with the others (Item-Total Statistics, /SUMMARY=TOTAL) and the
//! Summary Item Statistics (/SUMMARY=MEANS VARIANCE COV CORR): the mean, minimum, maximum,
//! range, maximum / minimum and variance of the item means, the item variances, and the
//! inter-item covariances and correlations (each pair once).
//!
//! Everything is derived from the k×k covariance matrix [`super::reliability`] already holds,
//! so the cost is O(k³) for the inverse, independent of the number of respondents.

/// One row of the Summary Item Statistics.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub mean: f64,
    pub min: f64,
    pub max: f64,
    /// max − min.
    pub range: f64,
    /// max / min; `None` when the minimum is 0 (SPSS leaves the cell blank).
    pub max_over_min: Option<f64>,
    /// Sample variance (denominator count − 1) of the values; `None` for a single value
    /// (the one inter-item correlation of a 2-item scale).
    pub variance: Option<f64>,
    /// How many values are summarised: k items, or k(k − 1)/2 pairs.
    pub count: usize,
}

/// The summary of `values` (at least one).
pub fn summary(values: &[f64]) -> Summary {
    let count = values.len();
    let mean = values.iter().sum::<f64>() / count as f64;
    let min = values.iter().copied().fold(f64::INFINITY, f64::min);
    let max = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let variance = (count > 1)
        .then(|| values.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (count - 1) as f64);
    Summary {
        mean,
        min,
        max,
        range: max - min,
        max_over_min: (min != 0.0).then(|| max / min),
        variance,
        count,
    }
}

/// The k(k − 1)/2 values above the diagonal of a symmetric matrix, row by row.
pub fn pairs(m: &[Vec<f64>]) -> Vec<f64> {
    let k = m.len();
    (0..k)
        .flat_map(|i| (i + 1..k).map(move |j| (i, j)))
        .map(|(i, j)| m[i][j])
        .collect()
}

/// The squared multiple correlation of each item with the other items, 1 − 1 / (R⁻¹)ᵢᵢ for
/// the correlation matrix R; `None` when R is singular (an item is a linear combination of
/// others, so it is predicted perfectly and SPSS cannot invert the matrix either).
pub fn squared_multiple_correlations(r: &[Vec<f64>]) -> Option<Vec<f64>> {
    let inv = inverse_spd(r)?;
    Some(
        (0..r.len())
            .map(|i| (1.0 - 1.0 / inv[i][i]).clamp(0.0, 1.0))
            .collect(),
    )
}

/// The inverse of a symmetric positive-definite matrix by its Cholesky factor, or `None` when
/// a pivot is not clearly positive (the matrix is singular, or nearly so, for its size).
// Triangular solves read as the textbook writes them, by row and column index.
#[allow(clippy::needless_range_loop)]
fn inverse_spd(a: &[Vec<f64>]) -> Option<Vec<Vec<f64>>> {
    let k = a.len();
    // A = L Lᵀ.
    let mut l = vec![vec![0.0f64; k]; k];
    for i in 0..k {
        for j in 0..=i {
            let dot: f64 = (0..j).map(|p| l[i][p] * l[j][p]).sum();
            if i == j {
                let pivot = a[i][i] - dot;
                // A correlation matrix has a unit diagonal: a pivot this small means the item
                // is, to rounding, a linear combination of the earlier ones.
                if pivot.is_nan() || pivot <= 1e-10 * a[i][i].abs().max(1.0) {
                    return None;
                }
                l[i][i] = pivot.sqrt();
            } else {
                l[i][j] = (a[i][j] - dot) / l[j][j];
            }
        }
    }
    // Columns of L⁻¹ by forward substitution, then A⁻¹ = L⁻ᵀ L⁻¹.
    let mut linv = vec![vec![0.0f64; k]; k];
    for c in 0..k {
        for i in c..k {
            let s: f64 = (c..i).map(|p| l[i][p] * linv[p][c]).sum();
            let rhs = if i == c { 1.0 } else { 0.0 };
            linv[i][c] = (rhs - s) / l[i][i];
        }
    }
    let mut inv = vec![vec![0.0f64; k]; k];
    for i in 0..k {
        for j in 0..=i {
            let v: f64 = (i..k).map(|p| linv[p][i] * linv[p][j]).sum();
            inv[i][j] = v;
            inv[j][i] = v;
        }
    }
    Some(inv)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    #[test]
    fn summary_of_values() {
        // By hand: 1, 2, 4: mean 7/3, range 3, max/min 4, variance ((4/3)² + (1/3)² + (5/3)²)/2 = 7/3.
        let s = summary(&[2.0, 1.0, 4.0]);
        assert_rel(s.mean, 7.0 / 3.0, 1e-15, "mean");
        assert_eq!((s.min, s.max, s.range, s.count), (1.0, 4.0, 3.0, 3));
        assert_eq!(s.max_over_min, Some(4.0));
        assert_rel(s.variance.unwrap(), 7.0 / 3.0, 1e-15, "variance");
        let one = summary(&[0.5]);
        assert_eq!((one.variance, one.range), (None, 0.0));
        assert_eq!(summary(&[0.0, 1.0]).max_over_min, None);
    }

    #[test]
    fn smc_of_two_items_is_their_r_squared() {
        // With two items each predicts the other by their correlation alone: SMC = r².
        let r = vec![vec![1.0, 0.6], vec![0.6, 1.0]];
        let smc = squared_multiple_correlations(&r).unwrap();
        assert_rel(smc[0], 0.36, 1e-14, "smc 1");
        assert_rel(smc[1], 0.36, 1e-14, "smc 2");
    }

    #[test]
    fn singular_matrix_has_no_smc() {
        // Item 3 = item 1 + item 2 (standardised, equal variances, r12 = 0): r13 = r23 = 1/√2.
        let h = std::f64::consts::FRAC_1_SQRT_2;
        let r = vec![vec![1.0, 0.0, h], vec![0.0, 1.0, h], vec![h, h, 1.0]];
        assert_eq!(squared_multiple_correlations(&r), None);
    }
}
