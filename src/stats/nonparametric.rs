//! The rank tests of SPSS's NPAR TESTS for two samples: Mann-Whitney U for independent groups
//! and the Wilcoxon signed-rank test for paired values, each with its asymptotic significance
//! (normal approximation with the tie correction and no continuity correction, as SPSS; R:
//! `wilcox.test(..., exact = FALSE, correct = FALSE)`) and, for at most
//! [`EXACT_MAX_CASES`] cases, the exact significance SPSS prints as
//! "Exact Sig. [2*(1-tailed Sig.)]" (not corrected for ties: with ties it is the exact p of
//! the untied distribution at the observed statistic, which R declines to compute).

use super::distributions::{Distribution, Tail};
use super::rank_exact::{mann_whitney_exact, signed_rank_exact, EXACT_MAX_CASES};
use super::ranks::average_ranks;
use super::{Result, StatsError};

/// N, mean rank and sum of ranks of one group (SPSS's Ranks table).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankGroup {
    pub n: usize,
    pub mean_rank: f64,
    pub rank_sum: f64,
}

/// The Mann-Whitney U test of two independent groups.
#[derive(Debug, Clone, PartialEq)]
pub struct MannWhitney {
    pub groups: [RankGroup; 2],
    /// The smaller of U₁ = R₁ − n₁(n₁+1)/2 and U₂ = n₁n₂ − U₁, as SPSS prints it.
    pub u: f64,
    /// Wilcoxon W: the rank sum of the smaller group (of the group with the smaller U when the
    /// groups are the same size).
    pub w: f64,
    pub z: f64,
    pub p_asymptotic: f64,
    /// For at most [`EXACT_MAX_CASES`] cases.
    pub p_exact: Option<f64>,
    /// Whether any values are tied (the exact p is then not corrected for ties).
    pub ties: bool,
}

/// The Wilcoxon signed-rank test of paired values.
#[derive(Debug, Clone, PartialEq)]
pub struct Wilcoxon {
    /// Pairs where the second value is below the first (SPSS's "Negative Ranks" of b − a).
    pub negative: RankGroup,
    /// Pairs where the second value is above the first.
    pub positive: RankGroup,
    /// Pairs with equal values, left out of the ranking (SPSS's "Ties").
    pub zero_differences: usize,
    /// z from the smaller rank sum, so never positive (SPSS's footnote says which).
    pub z: f64,
    /// Whether z is based on the positive ranks (their sum is the smaller one).
    pub based_on_positive: bool,
    pub p_asymptotic: f64,
    /// For at most [`EXACT_MAX_CASES`] non-zero differences.
    pub p_exact: Option<f64>,
    pub ties: bool,
}

fn check_finite(v: &[f64], what: &'static str) -> Result<()> {
    match v.iter().position(|a| !a.is_finite()) {
        Some(i) => Err(StatsError::NotFinite {
            what,
            position: i + 1,
        }),
        None => Ok(()),
    }
}

fn two_sided_normal(z: f64) -> Result<f64> {
    Ok((2.0 * Distribution::Normal.cdf(-z.abs(), Tail::Lower)?).min(1.0))
}

/// The Mann-Whitney U test of `a` (group 1) against `b` (group 2).
/// Errors: an empty group, non-finite values, every value the same (no ranking).
pub fn mann_whitney(a: &[f64], b: &[f64]) -> Result<MannWhitney> {
    check_finite(a, "the first group")?;
    check_finite(b, "the second group")?;
    for (what, v) in [("the first group", a), ("the second group", b)] {
        if v.is_empty() {
            return Err(StatsError::TooFewCases {
                what,
                needed: 1,
                found: 0,
            });
        }
    }
    let all: Vec<f64> = a.iter().chain(b).copied().collect();
    let ranked = average_ranks(&all);
    let (n1, n2) = (a.len() as f64, b.len() as f64);
    let r1: f64 = ranked.ranks[..a.len()].iter().sum();
    let r2: f64 = ranked.ranks[a.len()..].iter().sum();
    let u1 = r1 - n1 * (n1 + 1.0) / 2.0;
    let u2 = n1 * n2 - u1;
    let n = n1 + n2;
    let variance = n1 * n2 / 12.0 * ((n + 1.0) - ranked.tie_cubes() / (n * (n - 1.0)));
    if variance <= 0.0 {
        return Err(StatsError::Undefined {
            what: "the Mann-Whitney test",
            why: "every case has the same value, so there is nothing to rank",
        });
    }
    let u = u1.min(u2);
    let z = (u - n1 * n2 / 2.0) / variance.sqrt();
    let w = match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Less => r1,
        std::cmp::Ordering::Greater => r2,
        std::cmp::Ordering::Equal => {
            if u1 <= u2 {
                r1
            } else {
                r2
            }
        }
    };
    let group = |n: usize, sum: f64| RankGroup {
        n,
        mean_rank: sum / n as f64,
        rank_sum: sum,
    };
    Ok(MannWhitney {
        groups: [group(a.len(), r1), group(b.len(), r2)],
        u,
        w,
        z,
        p_asymptotic: two_sided_normal(z)?,
        p_exact: (all.len() <= EXACT_MAX_CASES).then(|| mann_whitney_exact(u, a.len(), b.len())),
        ties: !ranked.ties.is_empty(),
    })
}

/// The Wilcoxon signed-rank test of paired `x` (first) and `y` (second), on the differences
/// y − x with zero differences left out (pairs with a missing value removed by the caller).
/// Errors: different lengths, non-finite values, no non-zero difference.
pub fn wilcoxon_signed_rank(x: &[f64], y: &[f64]) -> Result<Wilcoxon> {
    if x.len() != y.len() {
        return Err(StatsError::LengthMismatch {
            what: "the second variable of a paired test",
            expected: x.len(),
            found: y.len(),
        });
    }
    check_finite(x, "the first variable")?;
    check_finite(y, "the second variable")?;
    let d: Vec<f64> = x
        .iter()
        .zip(y)
        .map(|(a, b)| b - a)
        .filter(|d| *d != 0.0)
        .collect();
    let zeros = x.len() - d.len();
    if d.is_empty() {
        return Err(StatsError::Undefined {
            what: "the Wilcoxon signed-rank test",
            why: "every pair has two equal values, so no difference can be ranked",
        });
    }
    let magnitudes: Vec<f64> = d.iter().map(|v| v.abs()).collect();
    let ranked = average_ranks(&magnitudes);
    let (mut neg, mut pos) = ((0, 0.0), (0, 0.0));
    for (dv, r) in d.iter().zip(&ranked.ranks) {
        let side = if *dv < 0.0 { &mut neg } else { &mut pos };
        side.0 += 1;
        side.1 += r;
    }
    let n = d.len() as f64;
    let variance = n * (n + 1.0) * (2.0 * n + 1.0) / 24.0 - ranked.tie_cubes() / 48.0;
    let t = neg.1.min(pos.1);
    let z = (t - n * (n + 1.0) / 4.0) / variance.sqrt();
    let group = |(count, sum): (usize, f64)| RankGroup {
        n: count,
        mean_rank: if count == 0 { 0.0 } else { sum / count as f64 },
        rank_sum: sum,
    };
    Ok(Wilcoxon {
        negative: group(neg),
        positive: group(pos),
        zero_differences: zeros,
        z,
        based_on_positive: pos.1 < neg.1,
        p_asymptotic: two_sided_normal(z)?,
        p_exact: (d.len() <= EXACT_MAX_CASES).then(|| signed_rank_exact(t, d.len())),
        ties: !ranked.ties.is_empty(),
    })
}
