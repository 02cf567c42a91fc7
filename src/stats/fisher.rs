//! Fisher's exact test: the 2×2 version SPSS prints under "Chi-Square
//! Tests" (exact two-sided and one-sided significance) and the R×C
//! generalisation (Fisher–Freeman–Halton), computed exactly within a work
//! budget.
//!
//! Two-sided p (as R's `fisher.test`): the total probability, under fixed
//! margins, of every table whose probability is at most the observed table's
//! times 1 + 1e-7. The tolerance makes tables that tie with the observed one
//! mathematically, but differ in the last bits of floating point, count as
//! ties.
//!
//! One-sided p (SPSS "Exact Sig. (1-sided)"): the tail on the side where
//! the observed top-left count `a` lies relative to its expectation,
//! P(X ≥ a) if a > E(a) and P(X ≤ a) if a < E(a) (R's
//! `fisher.test(m, alternative = "greater")` and `"less"` respectively). It
//! is not the smaller of the two tails. When `a` equals its expectation
//! exactly neither side is indicated; both tails are then at least 0.5 and
//! the smaller one is reported.

use super::{integer_counts, validate_table, Result, StatsError};
use statrs::function::factorial::ln_factorial;
use std::collections::HashMap;

/// Work budget of [`fisher_exact`] for tables larger than 2×2: the number of
/// partial-table steps allowed before giving up with
/// [`StatsError::TooLargeForExact`]. About a second of work in a release build.
pub const DEFAULT_EXACT_BUDGET: u64 = 20_000_000;

/// Relative tolerance on "probability ≤ observed", as in R's `fisher.test`.
const REL_TOL: f64 = 1.0 + 1e-7;

/// The tail that SPSS reports as the 1-sided exact significance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OneSidedDirection {
    /// P(X ≥ a): the observed top-left count is above its expectation.
    Greater,
    /// P(X ≤ a): the observed top-left count is below its expectation.
    Less,
}

/// Fisher's exact test for a 2×2 table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fisher2x2 {
    /// SPSS "Exact Sig. (2-sided)" = R `fisher.test(m)$p.value`.
    pub p_two_sided: f64,
    /// SPSS "Exact Sig. (1-sided)": the tail in the direction of the data,
    /// `p_greater` when ad > bc (the top-left count above its expectation),
    /// `p_less` when ad < bc. Where ad = bc the observed table is at its
    /// expectation and the data point neither way: this is then the smaller of
    /// the two tails (`p_greater` when they are equal), and `direction` says
    /// which.
    pub p_one_sided: f64,
    pub direction: OneSidedDirection,
    /// P(X ≥ a) = R `fisher.test(m, alternative = "greater")$p.value`.
    pub p_greater: f64,
    /// P(X ≤ a) = R `fisher.test(m, alternative = "less")$p.value`.
    pub p_less: f64,
    /// P(X = a), the probability of the observed table given its margins
    /// (SPSS's "Point Probability"; R `dhyper(a, a + c, b + d, a + b)`).
    pub p_point: f64,
}

/// Fisher's exact test for a 2×2 table of whole-number counts, in time
/// proportional to √N (milliseconds for N = 100,000 in a debug build) and no
/// memory; a table whose mass spans more than [`MAX_2X2_WALK`] tables (N in the
/// tens of billions) is refused with [`StatsError::TooLargeForExact`].
pub fn fisher_exact_2x2(table: &[Vec<f64>]) -> Result<Fisher2x2> {
    let (r, c) = validate_table(table)?;
    if (r, c) != (2, 2) {
        return Err(StatsError::NotTwoByTwo { rows: r, cols: c });
    }
    let t = integer_counts(table)?;
    fisher_2x2_counts(t[0][0], t[0][1], t[1][0], t[1][1])
}

/// Two-sided Fisher exact p-value for any R×C table of whole-number counts,
/// with the default work budget. 2×2 tables take the fast path.
pub fn fisher_exact(table: &[Vec<f64>]) -> Result<f64> {
    let (r, c) = validate_table(table)?;
    if (r, c) == (2, 2) {
        return fisher_exact_2x2(table).map(|f| f.p_two_sided);
    }
    fisher_exact_rxc(table, DEFAULT_EXACT_BUDGET)
}

/// Two-sided Fisher exact p-value for an R×C table by exact enumeration,
/// giving up with [`StatsError::TooLargeForExact`] after `budget` steps
/// instead of running for hours.
pub fn fisher_exact_rxc(table: &[Vec<f64>], budget: u64) -> Result<f64> {
    validate_table(table)?;
    let counts = integer_counts(table)?;
    // Building the ln(x!) table costs N steps; refusing here also keeps a
    // huge N from allocating gigabytes before the budget could stop it.
    let n: u64 = counts.iter().flatten().sum();
    if n > budget {
        return Err(StatsError::TooLargeForExact { budget });
    }
    Network::new(&counts, budget).p_value()
}

/// The largest number of tables [`fisher_2x2_counts`] walks: the probability mass spans about
/// 80 standard deviations of the top-left count (√N / 4 at most), so this admits every table up
/// to N ≈ 1.5e10 and any table with less spread; a few tenths of a second in a release build.
pub const MAX_2X2_WALK: u64 = 2_000_000;

/// The 2×2 test on validated counts `[[a, b], [c, d]]`; a table whose probability mass spans
/// more than [`MAX_2X2_WALK`] tables is refused ([`StatsError::TooLargeForExact`]): its
/// chi-square tests are exact enough, and the walk would take minutes.
pub(crate) fn fisher_2x2_counts(a: u64, b: u64, c: u64, d: u64) -> Result<Fisher2x2> {
    // X = top-left count is hypergeometric given the margins.
    let (m, n, k) = (a + b, c + d, a + c);
    let total = m + n;
    let (lo, hi) = (k.saturating_sub(n), k.min(m));
    let mode = (((k + 1) as u128 * (m + 1) as u128 / (total + 2) as u128) as u64).clamp(lo, hi);
    // Variance of X: m n k (N − k) / (N² (N − 1)); refuse before walking when 80 standard
    // deviations exceed the budget (the walk also stops at the budget, whatever the shape).
    let (mf, nf, kf, tf) = (m as f64, n as f64, k as f64, total as f64);
    let var = mf * nf * kf * (tf - kf) / (tf * tf * (tf - 1.0).max(1.0));
    let too_large = StatsError::TooLargeForExact {
        budget: MAX_2X2_WALK,
    };
    if 80.0 * var.sqrt() > MAX_2X2_WALK as f64 {
        return Err(too_large);
    }
    let walk = Walk {
        m,
        n,
        k,
        lo,
        hi,
        mode,
    };
    // First pass: the total, the observed weight and the two tails, all relative to the mode.
    let (mut sum, mut w_obs, mut greater, mut less) = (0.0, 0.0, 0.0, 0.0);
    walk.visit(|x, w| {
        sum += w;
        if x == a {
            w_obs = w;
        }
        if x >= a {
            greater += w;
        }
        if x <= a {
            less += w;
        }
    })
    .ok_or(too_large.clone())?;
    // Second pass: every table at most as probable as the observed one (R's tolerance).
    let limit = w_obs * REL_TOL;
    let mut two = 0.0;
    walk.visit(|_, w| {
        if w <= limit {
            two += w;
        }
    })
    .ok_or(too_large)?;
    let clamp = |p: f64| (p / sum).clamp(0.0, 1.0);
    let (p_greater, p_less) = (clamp(greater), clamp(less));
    let lhs = a as u128 * total as u128;
    let rhs = m as u128 * k as u128;
    let (direction, p_one_sided) = if lhs > rhs || (lhs == rhs && p_greater <= p_less) {
        (OneSidedDirection::Greater, p_greater)
    } else {
        (OneSidedDirection::Less, p_less)
    };
    Ok(Fisher2x2 {
        p_two_sided: clamp(two),
        p_one_sided,
        direction,
        p_greater,
        p_less,
        p_point: clamp(w_obs),
    })
}

/// The hypergeometric weights of the top-left count around its mode, in log space.
struct Walk {
    m: u64,
    n: u64,
    k: u64,
    lo: u64,
    hi: u64,
    mode: u64,
}

impl Walk {
    /// Weights below e^-800 of the mode's are exactly 0 in f64, so the walk stops there:
    /// time O(√N), and nothing is stored.
    const CUTOFF: f64 = -800.0;

    /// P(X = x + 1) / P(X = x).
    fn ratio(&self, x: u64) -> f64 {
        ((self.m - x) as f64 * (self.k - x) as f64)
            / ((x + 1) as f64 * (self.n + x + 1 - self.k) as f64)
    }

    /// Calls `f(x, weight)` for the mode and outwards on each side until the weights vanish.
    /// Walking out from the mode keeps the log weights small where the probability mass is,
    /// so rounding does not build up there. Every pass visits the same weights in the same
    /// order. `None` if the walk would pass [`MAX_2X2_WALK`] tables.
    fn visit(&self, mut f: impl FnMut(u64, f64)) -> Option<()> {
        let mut steps = 0u64;
        let mut step = || {
            steps += 1;
            (steps <= MAX_2X2_WALK).then_some(())
        };
        f(self.mode, 1.0);
        let (mut x, mut lw) = (self.mode, 0.0f64);
        while x < self.hi && lw > Self::CUTOFF {
            step()?;
            lw += self.ratio(x).ln();
            x += 1;
            f(x, lw.exp());
        }
        let (mut x, mut lw) = (self.mode, 0.0f64);
        while x > self.lo && lw > Self::CUTOFF {
            step()?;
            lw -= self.ratio(x - 1).ln();
            x -= 1;
            f(x, lw.exp());
        }
        Some(())
    }
}

/// Exact R×C enumeration in the spirit of Mehta & Patel's network algorithm.
///
/// Columns are filled one at a time. After some columns are filled, what is
/// left is determined by the multiset of remaining row totals (the "node"),
/// so partial tables that reach the same node share their future. For each
/// node we know exactly the largest and smallest log-weight any completion
/// can add and the total probability of all completions (closed form), so a
/// partial table whose every completion is at most as probable as the
/// observed table is counted in one step, one whose every completion is more
/// probable is dropped, and only the rest is expanded. Partial tables with
/// equal log-weight at the same node are merged, which is what makes the
/// method fast.
struct Network {
    /// ln(x!) for x = 0..=N.
    ln_fact: Vec<f64>,
    /// Row totals (the shorter dimension), sorted.
    rows: Vec<u64>,
    /// Column totals in processing order (ascending, so the largest column,
    /// which is forced once the others are filled, is never enumerated).
    cols: Vec<u64>,
    /// Log-weight −Σ ln(x!) of the observed table.
    observed: f64,
    budget: u64,
    used: u64,
    /// (stage, node) → (max, min) completion log-weight.
    bounds: HashMap<(usize, Vec<u64>), (f64, f64)>,
}

/// The number of ways to split `total` over rows with capacities `caps`, or `cap` if there
/// are at least that many. Row by row, `ways[t]` counts the splits of `t` over the rows so
/// far; every count is held at most `cap`, which keeps the sums exact below `cap` (a window
/// sum reaches `cap` exactly when the true one does) and small enough never to overflow.
fn count_capped(caps: &[u64], total: u64, cap: u64) -> u64 {
    let t = total as usize;
    let mut ways = vec![0u64; t + 1];
    ways[0] = 1.min(cap);
    let mut prefix = vec![0u64; t + 2];
    for &c in caps {
        for (i, w) in ways.iter().enumerate() {
            prefix[i + 1] = prefix[i] + w;
        }
        let c = c.min(total) as usize;
        for (i, w) in ways.iter_mut().enumerate() {
            // Splits of i: this row takes v = 0..=c, the earlier rows i - v.
            let from = i.saturating_sub(c);
            *w = (prefix[i + 1] - prefix[from]).min(cap);
        }
    }
    ways[t]
}

impl Network {
    fn new(counts: &[Vec<u64>], budget: u64) -> Self {
        let (r, c) = (counts.len(), counts[0].len());
        // Enumerate compositions over the shorter dimension: far fewer of them.
        let cell = |i: usize, j: usize| if r <= c { counts[i][j] } else { counts[j][i] };
        let (nr, nc) = if r <= c { (r, c) } else { (c, r) };
        let mut rows: Vec<u64> = (0..nr).map(|i| (0..nc).map(|j| cell(i, j)).sum()).collect();
        let mut cols: Vec<u64> = (0..nc).map(|j| (0..nr).map(|i| cell(i, j)).sum()).collect();
        rows.sort_unstable();
        cols.sort_unstable();
        let n: u64 = rows.iter().sum();
        let ln_fact: Vec<f64> = (0..=n).map(ln_factorial).collect();
        let observed = -(0..nr)
            .flat_map(|i| (0..nc).map(move |j| (i, j)))
            .map(|(i, j)| ln_fact[cell(i, j) as usize])
            .sum::<f64>();
        Network {
            ln_fact,
            rows,
            cols,
            observed,
            budget,
            used: n,
            bounds: HashMap::new(),
        }
    }

    fn charge(&mut self, steps: u64) -> Result<()> {
        self.used += steps;
        if self.used > self.budget {
            Err(StatsError::TooLargeForExact {
                budget: self.budget,
            })
        } else {
            Ok(())
        }
    }

    fn weight(&self, x: &[u64]) -> f64 {
        -x.iter().map(|&v| self.ln_fact[v as usize]).sum::<f64>()
    }

    /// ln of the sum over all completions of exp(log-weight), from stage on:
    /// Σ Π 1/x! = M! / (Π r! Π c!) for a table with total M.
    fn ln_total(&self, stage: usize, node: &[u64]) -> f64 {
        let m: u64 = node.iter().sum();
        self.ln_fact[m as usize]
            - node.iter().map(|&v| self.ln_fact[v as usize]).sum::<f64>()
            - self.cols[stage..]
                .iter()
                .map(|&v| self.ln_fact[v as usize])
                .sum::<f64>()
    }

    /// All ways to split `total` over rows with capacities `caps`, flattened.
    fn compositions(&mut self, caps: &[u64], total: u64) -> Result<Vec<u64>> {
        let r = caps.len();
        // suffix[i] = capacity left from row i on, to prune dead branches.
        let mut suffix = vec![0u64; r + 1];
        for i in (0..r).rev() {
            suffix[i] = suffix[i + 1] + caps[i];
        }
        let mut out = Vec::new();
        let mut x = vec![0u64; r];
        let mut count = 0u64;
        fn rec(
            i: usize,
            left: u64,
            caps: &[u64],
            suffix: &[u64],
            x: &mut [u64],
            out: &mut Vec<u64>,
            count: &mut u64,
        ) {
            if i + 1 == caps.len() {
                x[i] = left;
                out.extend_from_slice(x);
                *count += 1;
                return;
            }
            let from = left.saturating_sub(suffix[i + 1]);
            for v in from..=left.min(caps[i]) {
                x[i] = v;
                rec(i + 1, left - v, caps, suffix, x, out, count);
            }
        }
        // Count first: a node with more compositions than the budget has left fails here, as
        // it would after listing them all, but without first filling memory with them (a
        // 50 x 40 table has more than 10^80).
        let left = self.budget.saturating_sub(self.used);
        if count_capped(caps, total, left.saturating_add(1)) > left {
            return Err(StatsError::TooLargeForExact {
                budget: self.budget,
            });
        }
        if total <= suffix[0] {
            rec(0, total, caps, &suffix, &mut x, &mut out, &mut count);
        }
        self.charge(count)?;
        Ok(out)
    }

    /// Largest and smallest log-weight of any completion of `node` at `stage`.
    fn node_bounds(&mut self, stage: usize, node: &[u64]) -> Result<(f64, f64)> {
        if stage + 1 == self.cols.len() {
            let w = self.weight(node);
            return Ok((w, w));
        }
        let key = (stage, node.to_vec());
        if let Some(&b) = self.bounds.get(&key) {
            return Ok(b);
        }
        let r = node.len();
        let comps = self.compositions(node, self.cols[stage])?;
        let mut child = vec![0u64; r];
        let (mut hi, mut lo) = (f64::NEG_INFINITY, f64::INFINITY);
        for x in comps.chunks(r) {
            for i in 0..r {
                child[i] = node[i] - x[i];
            }
            child.sort_unstable();
            let (chi, clo) = self.node_bounds(stage + 1, &child)?;
            let w = self.weight(x);
            hi = hi.max(w + chi);
            lo = lo.min(w + clo);
        }
        self.bounds.insert(key, (hi, lo));
        Ok((hi, lo))
    }

    fn p_value(mut self) -> Result<f64> {
        let threshold = self.observed + REL_TOL.ln();
        let ln_norm = self
            .rows
            .iter()
            .map(|&v| self.ln_fact[v as usize])
            .sum::<f64>()
            + self
                .cols
                .iter()
                .map(|&v| self.ln_fact[v as usize])
                .sum::<f64>()
            - self.ln_fact[self.ln_fact.len() - 1];
        let root = self.rows.clone();
        let (hi, _) = self.node_bounds(0, &root)?;
        if hi <= threshold {
            return Ok(1.0);
        }
        // node → (merged past log-weight key) → (past log-weight, number of paths)
        type Layer = HashMap<Vec<u64>, HashMap<i64, (f64, f64)>>;
        let mut layer: Layer = HashMap::new();
        layer.entry(root).or_default().insert(0, (0.0, 1.0));
        let mut p = 0.0;
        let r = self.rows.len();
        for stage in 0..self.cols.len() - 1 {
            let mut next: Layer = HashMap::new();
            for (node, pasts) in layer {
                let comps = self.compositions(&node, self.cols[stage])?;
                let mut child = vec![0u64; r];
                for x in comps.chunks(r) {
                    for i in 0..r {
                        child[i] = node[i] - x[i];
                    }
                    child.sort_unstable();
                    let (chi, clo) = self.node_bounds(stage + 1, &child)?;
                    let w = self.weight(x);
                    let ln_total = self.ln_total(stage + 1, &child);
                    self.charge(pasts.len() as u64)?;
                    for &(past, paths) in pasts.values() {
                        let v = past + w;
                        if v + chi <= threshold {
                            p += paths * (v + ln_total + ln_norm).exp();
                        } else if v + clo <= threshold {
                            // Straddles the threshold: expand at the next stage.
                            // Weights equal to ~1e-9 are the same table up
                            // to permutation and are merged.
                            let slot = next.entry(child.clone()).or_default();
                            let e = slot.entry((v * 1e9).round() as i64).or_insert((v, 0.0));
                            e.1 += paths;
                        }
                    }
                }
            }
            layer = next;
        }
        Ok(p.clamp(0.0, 1.0))
    }
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;
    use crate::stats::table as t;

    #[test]
    fn compositions_are_counted_exactly_below_the_cap() {
        // 4 over caps [2, 3]: (1, 3), (2, 2) -> 2.
        assert_eq!(count_capped(&[2, 3], 4, 100), 2);
        // 3 over three rows of capacity 3: C(5, 2) = 10.
        assert_eq!(count_capped(&[3, 3, 3], 3, 100), 10);
        assert_eq!(count_capped(&[3, 3, 3], 3, 7), 7);
        assert_eq!(count_capped(&[1, 1], 3, 100), 0);
        // 2000 over 40 rows: C(2039, 39), far beyond any budget, held at the cap.
        assert_eq!(count_capped(&[2500; 40], 2000, 1_000_001), 1_000_001);
    }

    #[test]
    fn a_hopeless_large_table_fails_fast_without_filling_memory() {
        let m: Vec<Vec<f64>> = (0..50)
            .map(|i| {
                (0..40)
                    .map(|j| (20 + (i * 7 + j * 3) % 30) as f64)
                    .collect()
            })
            .collect();
        let e = fisher_exact_rxc(&m, 2_000_000).unwrap_err();
        assert_eq!(e, StatsError::TooLargeForExact { budget: 2_000_000 });
    }

    #[test]
    fn large_2x2_is_fast_and_matches_r() {
        // big <- matrix(c(25000,25100,24900,25000),2,byrow=TRUE)
        let big = t(&[&[25000.0, 25100.0], &[24900.0, 25000.0]]);
        let f = fisher_exact_2x2(&big).unwrap();
        // fisher.test(big)$p.value = 1
        assert_rel(f.p_two_sided, 1.0, 1e-6, "two-sided");
        // fisher.test(big, alternative="greater")$p.value; a = 25000 > E(a) = 24999.9
        assert_rel(f.p_greater, 0.50201850716121832, 1e-6, "greater");
        // fisher.test(big, alternative="less")$p.value
        assert_rel(f.p_less, 0.50302773618377872, 1e-6, "less");
        assert_eq!(f.direction, OneSidedDirection::Greater);
        assert_eq!(f.p_one_sided, f.p_greater);

        // big2 <- matrix(c(25000,24000,26000,25000),2,byrow=TRUE)
        let big2 = t(&[&[25000.0, 24000.0], &[26000.0, 25000.0]]);
        let f = fisher_exact_2x2(&big2).unwrap();
        // fisher.test(big2)$p.value
        assert_rel(f.p_two_sided, 0.90431320172477725, 1e-6, "two-sided");
        // fisher.test(big2, alternative="greater" / "less")$p.value
        assert_rel(f.p_greater, 0.45215693016846575, 1e-6, "greater");
        assert_rel(f.p_less, 0.55285106175611476, 1e-6, "less");
        // a = 25000 > E(a) = 49000*51000/100000 = 24990
        assert_eq!(f.direction, OneSidedDirection::Greater);
    }

    #[test]
    fn rxc_3x4_matches_r() {
        // fisher.test(matrix(c(8,12,5,10, 6,9,14,7, 11,4,6,13), 3, byrow=TRUE))$p.value
        let m = t(&[
            &[8.0, 12.0, 5.0, 10.0],
            &[6.0, 9.0, 14.0, 7.0],
            &[11.0, 4.0, 6.0, 13.0],
        ]);
        assert_rel(fisher_exact(&m).unwrap(), 0.04995622427002986, 1e-6, "3x4");
        // Transposed table, same p (exercises the orientation switch).
        let tr: Vec<Vec<f64>> = (0..4).map(|j| (0..3).map(|i| m[i][j]).collect()).collect();
        assert_rel(
            fisher_exact_rxc(&tr, DEFAULT_EXACT_BUDGET).unwrap(),
            0.04995622427002986,
            1e-6,
            "4x3",
        );
    }

    #[test]
    fn general_algorithm_agrees_with_r_on_2x2() {
        // fisher.test(m)$p.value for each table
        let cases: [([f64; 4], f64); 4] = [
            ([32.0, 13.0, 31.0, 29.0], 0.047763621587074694),
            ([2.0, 8.0, 19.0, 16.0], 0.07756222560533392),
            ([2.0, 13.0, 14.0, 16.0], 0.046272891784362204),
            ([0.0, 5.0, 6.0, 4.0], 0.043956043956043932),
        ];
        for (c, r) in cases {
            let m = t(&[&[c[0], c[1]], &[c[2], c[3]]]);
            assert_rel(
                fisher_exact_rxc(&m, DEFAULT_EXACT_BUDGET).unwrap(),
                r,
                1e-6,
                "network 2x2",
            );
            assert_rel(fisher_exact(&m).unwrap(), r, 1e-6, "fast 2x2");
        }
    }

    #[test]
    fn more_rxc_tables_match_r() {
        // Each p is fisher.test(m, workspace=2e8)$p.value, m given row by row.
        let cases: Vec<(Vec<Vec<f64>>, f64)> = vec![
            (
                t(&[&[3.0, 0.0, 2.0], &[1.0, 4.0, 0.0], &[0.0, 1.0, 5.0]]),
                0.0042596292596292565,
            ),
            (
                t(&[
                    &[10.0, 2.0, 3.0, 1.0],
                    &[2.0, 8.0, 1.0, 4.0],
                    &[1.0, 3.0, 9.0, 2.0],
                ]),
                0.00029682460153954908,
            ),
            (
                t(&[
                    &[20.0, 15.0, 10.0],
                    &[12.0, 18.0, 25.0],
                    &[8.0, 14.0, 9.0],
                    &[11.0, 10.0, 13.0],
                ]),
                0.13324592370018365,
            ),
            (t(&[&[5.0, 5.0, 5.0, 5.0], &[5.0, 5.0, 5.0, 5.0]]), 1.0),
            (
                t(&[
                    &[1.0, 2.0, 0.0, 3.0, 4.0],
                    &[2.0, 0.0, 3.0, 1.0, 1.0],
                    &[0.0, 2.0, 2.0, 0.0, 3.0],
                ]),
                0.15195253357124983,
            ),
            (
                t(&[
                    &[30.0, 25.0, 40.0, 22.0, 35.0],
                    &[28.0, 33.0, 21.0, 39.0, 30.0],
                ]),
                0.01556805325228703,
            ),
        ];
        for (m, r) in cases {
            assert_rel(fisher_exact(&m).unwrap(), r, 1e-6, &format!("{m:?}"));
        }
    }

    #[test]
    fn budget_exceeded_is_an_error_not_a_hang() {
        let m = t(&[
            &[40.0, 35.0, 30.0, 45.0, 38.0],
            &[33.0, 41.0, 37.0, 29.0, 44.0],
            &[36.0, 30.0, 42.0, 39.0, 31.0],
            &[44.0, 38.0, 33.0, 35.0, 40.0],
        ]);
        let e = fisher_exact_rxc(&m, 100_000).unwrap_err();
        assert_eq!(e, StatsError::TooLargeForExact { budget: 100_000 });
        assert!(e
            .to_string()
            .contains("too large to compute Fisher's exact test exactly"));
    }

    /// A 2×3 table with N = 18,771 (about 4 s in a debug build, hence ignored).
    /// Reference by brute force in R, summing over every table:
    /// l <- lchoose(6037,x1)+lchoose(6257,x2)+lchoose(6477,x3)-lchoose(18771,9330)
    /// for all x1+x2+x3 = 9330, keeping l <= lobs + log(1+1e-7); sum(exp(l)).
    /// R's fisher.test(m, workspace=2e8) gives 0.99982366339893869 here, 2.6e-8
    /// away from the brute-force sum (FEXACT's own tolerances); we match the
    /// brute-force value to 1e-10.
    #[test]
    #[ignore]
    fn large_2x3_matches_brute_force() {
        let m = t(&[&[3000.0, 3110.0, 3220.0], &[3037.0, 3147.0, 3257.0]]);
        assert_rel(
            fisher_exact(&m).unwrap(),
            0.99982368953047607,
            1e-10,
            "2x3 N=18771",
        );
    }

    /// Timing check, run with `cargo test --release -- --ignored --nocapture`:
    /// how long the default budget takes to run out on a hopeless table.
    #[test]
    #[ignore]
    fn default_budget_gives_up_quickly() {
        let m = t(&[
            &[40.0, 35.0, 30.0, 45.0, 38.0],
            &[33.0, 41.0, 37.0, 29.0, 44.0],
            &[36.0, 30.0, 42.0, 39.0, 31.0],
            &[44.0, 38.0, 33.0, 35.0, 40.0],
        ]);
        let start = std::time::Instant::now();
        let r = fisher_exact(&m);
        eprintln!("4×5, N = 740: {:?} after {:?}", r, start.elapsed());
        let big = t(&[&[25000.0, 25100.0], &[24900.0, 25000.0]]);
        let start = std::time::Instant::now();
        let r = fisher_exact_2x2(&big).unwrap();
        eprintln!(
            "2×2, N = 100,000: p = {} after {:?}",
            r.p_two_sided,
            start.elapsed()
        );
    }

    #[test]
    fn far_tail_and_huge_tables_stay_finite() {
        // a far below its expectation: weights underflow, p-values are 0, not NaN.
        let m = t(&[&[0.0, 3000.0], &[3000.0, 0.0]]);
        let f = fisher_exact_2x2(&m).unwrap();
        assert_eq!((f.p_two_sided, f.p_less, f.p_greater), (0.0, 0.0, 1.0));
        assert_eq!(f.direction, OneSidedDirection::Less);
        // N = 4e9 answers at once because only the non-negligible window is walked.
        let huge = t(&[&[1e9, 1e9], &[1e9, 1e9 + 1e5]]);
        let f = fisher_exact_2x2(&huge).unwrap();
        assert!(f.p_two_sided > 0.0 && f.p_two_sided <= 1.0);
    }

    #[test]
    fn a_table_of_millions_matches_r() {
        // m <- matrix(c(1000000, 1001000, 1002000, 999000), 2); R 4.2 fisher.test(m, alternative=…)
        let m = t(&[&[1e6, 1002000.0], &[1001000.0, 999000.0]]);
        let f = fisher_exact_2x2(&m).unwrap();
        assert_rel(f.p_two_sided, 0.045662392048619931, 1e-6, "two-sided");
        assert_rel(f.p_greater, 0.97727686688957127, 1e-6, "greater");
        assert_rel(f.p_less, 0.022831196024309629, 1e-6, "less");
        assert_eq!(f.direction, OneSidedDirection::Less);
    }

    #[test]
    fn point_probability_and_both_tails_match_r() {
        // tests/reference/spss_figures.R: dhyper(a, a + c, b + d, a + b) and
        // fisher.test(m, alternative = "greater" / "less").
        for (m, point, greater, less, direction) in [
            // Seed 002's table 3: ad > bc, the one-sided p is the upper tail.
            (
                [[32.0, 13.0], [31.0, 29.0]],
                0.021523065797766153,
                0.034375913198271761,
                0.98714715259949448,
                OneSidedDirection::Greater,
            ),
            // ad < bc: the lower tail.
            (
                [[5.0, 15.0], [20.0, 4.0]],
                0.00011693769363632615,
                0.9999928128380553,
                0.00012412485558105891,
                OneSidedDirection::Less,
            ),
            // ad = bc (2·6 = 4·3): at its expectation; the smaller tail, P(X ≥ a) = 0.706.
            (
                [[2.0, 4.0], [3.0, 6.0]],
                0.41958041958041964,
                0.70629370629370603,
                0.71328671328671334,
                OneSidedDirection::Greater,
            ),
        ] {
            let f = fisher_exact_2x2(&t(&[&m[0], &m[1]])).unwrap();
            assert_rel(f.p_point, point, 1e-9, "point probability");
            assert_rel(f.p_greater, greater, 1e-9, "greater");
            assert_rel(f.p_less, less, 1e-9, "less");
            assert_eq!(f.direction, direction);
            let want = if direction == OneSidedDirection::Greater {
                greater
            } else {
                less
            };
            assert_eq!(
                f.p_one_sided,
                if direction == OneSidedDirection::Greater {
                    f.p_greater
                } else {
                    f.p_less
                }
            );
            assert_rel(f.p_one_sided, want, 1e-9, "one-sided");
        }
    }

    /// Fuzzing reproducer run-4: N = 4e15 walked ~1e9 weights into a Vec (4 GiB and more).
    /// Now refused at once: 80 standard deviations (√N / 4 each) are far past the budget.
    #[test]
    fn a_table_beyond_the_walk_is_refused_at_once() {
        let start = std::time::Instant::now();
        let m = t(&[&[1e15, 1e15], &[1e15, 1e15]]);
        assert_eq!(
            fisher_exact_2x2(&m).unwrap_err(),
            StatsError::TooLargeForExact {
                budget: MAX_2X2_WALK
            }
        );
        // Lopsided margins spread little: N = 2e15 with one rare cell still answers.
        let rare = t(&[&[1.0, 1e15], &[2.0, 1e15]]);
        assert!(fisher_exact_2x2(&rare).is_ok());
        assert!(start.elapsed().as_secs_f64() < 1.0);
    }

    #[test]
    fn errors() {
        assert!(matches!(
            fisher_exact_2x2(&t(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]])).unwrap_err(),
            StatsError::NotTwoByTwo { rows: 2, cols: 3 }
        ));
        assert_eq!(
            fisher_exact(&t(&[&[1.5, 2.0], &[4.0, 5.0]])).unwrap_err(),
            StatsError::NonIntegerCount {
                row: 1,
                col: 1,
                value: 1.5
            }
        );
        assert!(fisher_exact(&t(&[&[1.0, 2.0]])).is_err());
        assert!(fisher_exact(&t(&[&[0.0, 0.0], &[1.0, 2.0]])).is_err());
        assert!(fisher_exact_rxc(&t(&[&[1.0, -1.0], &[1.0, 2.0]]), 10).is_err());
    }
}
