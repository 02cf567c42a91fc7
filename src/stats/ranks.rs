//! Average ranks with their tie groups, shared by the rank tests (Spearman, Mann-Whitney,
//! Wilcoxon): O(n log n) by one sort, tied values sharing the mean of the ranks they span, as
//! SPSS and R's `rank(ties.method = "average")` do.

/// The ranks of a sample (1-based, in input order) and the sizes of its groups of ties.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub ranks: Vec<f64>,
    /// Size of every group of two or more equal values.
    pub ties: Vec<usize>,
}

impl Ranked {
    /// Σ (t³ − t) over the tie groups, the correction of the rank tests' variances.
    pub fn tie_cubes(&self) -> f64 {
        self.ties
            .iter()
            .map(|&t| {
                let t = t as f64;
                t * t * t - t
            })
            .sum()
    }
}

/// Average ranks of `values` (which must be finite: the callers check).
pub fn average_ranks(values: &[f64]) -> Ranked {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&i, &j| values[i].total_cmp(&values[j]));
    let mut ranks = vec![0.0; values.len()];
    let mut ties = Vec::new();
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        // -0.0 and 0.0 are the same value for ranking.
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        // Positions start..end hold ranks start+1 ..= end; their mean:
        let rank = (start + end + 1) as f64 / 2.0;
        for &i in &order[start..end] {
            ranks[i] = rank;
        }
        if end - start > 1 {
            ties.push(end - start);
        }
        start = end;
    }
    Ranked { ranks, ties }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ties_share_their_mean_rank() {
        // R: rank(c(10, 20, 10, 30, 20, 20)) = 1.5 4.0 1.5 6.0 4.0 4.0
        let r = average_ranks(&[10.0, 20.0, 10.0, 30.0, 20.0, 20.0]);
        assert_eq!(r.ranks, vec![1.5, 4.0, 1.5, 6.0, 4.0, 4.0]);
        assert_eq!(r.ties, vec![2, 3]);
        // (8 − 2) + (27 − 3) = 30
        assert_eq!(r.tie_cubes(), 30.0);
    }

    #[test]
    fn negative_zero_ties_with_zero() {
        let r = average_ranks(&[0.0, -0.0, 1.0]);
        assert_eq!(r.ranks, vec![1.5, 1.5, 3.0]);
    }
}
