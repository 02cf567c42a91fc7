//! Exact null distributions of the rank-sum and signed-rank statistics for small samples
//! (SPSS's "Exact Sig. [2*(1-tailed Sig.)]"; R's `wilcox.test(exact = TRUE)`), by their
//! generating functions. Counts are whole numbers below 2⁵³ up to the sizes allowed here
//! ([`EXACT_MAX_CASES`]), so f64 holds them exactly.

/// Up to this many cases the exact p is computed (SPSS's NPAR TESTS computes the exact
/// significance of Mann-Whitney for 40 cases or fewer; the same bound serves Wilcoxon).
pub const EXACT_MAX_CASES: usize = 40;

/// Counts of the Mann-Whitney U = 0 ..= m·n over all C(m + n, m) splits, from the Gaussian
/// binomial Π_{i=1..m} (1 − q^{n+i}) / (1 − q^i).
fn rank_sum_counts(m: usize, n: usize) -> Vec<f64> {
    let mut c = vec![0.0; m * n + 1];
    c[0] = 1.0;
    for i in 1..=m {
        // × (1 − q^{n+i}), from the top so each coefficient is read before it is changed.
        for k in (n + i..c.len()).rev() {
            c[k] -= c[k - n - i];
        }
        // ÷ (1 − q^i): prefix sums with stride i.
        for k in i..c.len() {
            c[k] += c[k - i];
        }
    }
    c
}

/// Counts of the signed-rank sum T⁺ = 0 ..= n(n+1)/2 over the 2ⁿ sign patterns.
fn signed_rank_counts(n: usize) -> Vec<f64> {
    let max = n * (n + 1) / 2;
    let mut c = vec![0.0; max + 1];
    c[0] = 1.0;
    for r in 1..=n {
        for s in (r..=max).rev() {
            c[s] += c[s - r];
        }
    }
    c
}

/// min(1, 2·P(X ≤ ⌊x⌋)) for the distribution with these counts, x below its centre.
fn two_sided(counts: &[f64], x: f64) -> f64 {
    let total: f64 = counts.iter().sum();
    let upto = (x.floor().max(0.0) as usize).min(counts.len() - 1);
    let tail: f64 = counts[..=upto].iter().sum();
    (2.0 * tail / total).min(1.0)
}

/// Exact two-sided p of a Mann-Whitney U (the smaller of U and m·n − U) for group sizes m, n.
pub fn mann_whitney_exact(u: f64, m: usize, n: usize) -> f64 {
    let (m, n) = (m.min(n), m.max(n));
    two_sided(&rank_sum_counts(m, n), u)
}

/// Exact two-sided p of a signed-rank sum (the smaller of T⁺ and T⁻) for n non-zero differences.
pub fn signed_rank_exact(t: f64, n: usize) -> f64 {
    two_sided(&signed_rank_counts(n), t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_to_the_number_of_arrangements() {
        // C(10, 4) = 210 splits; 2^8 = 256 sign patterns.
        assert_eq!(rank_sum_counts(4, 6).iter().sum::<f64>(), 210.0);
        assert_eq!(signed_rank_counts(8).iter().sum::<f64>(), 256.0);
        // C(40, 20) = 137846528820, still exact.
        assert_eq!(
            rank_sum_counts(20, 20).iter().sum::<f64>(),
            137_846_528_820.0
        );
        // By hand, m = n = 2: U = 0,1,2,3,4 in 1,1,2,1,1 of the 6 splits.
        assert_eq!(rank_sum_counts(2, 2), vec![1.0, 1.0, 2.0, 1.0, 1.0]);
        // n = 3: T⁺ = 0..6 in 1,1,1,2,1,1,1 of 8 patterns.
        assert_eq!(
            signed_rank_counts(3),
            vec![1.0, 1.0, 1.0, 2.0, 1.0, 1.0, 1.0]
        );
    }
}
