//! Regularized incomplete gamma and beta functions accurate to double precision at any
//! size of their parameters, for the distribution functions of [`super::distributions`].
//!
//! The textbook forms multiply a series or continued fraction by a prefactor such as
//! `x^a e^-x / Γ(a)` computed from `ln Γ`. At a = 5·10⁶ (a chi-square with 10⁷ degrees of
//! freedom) `ln Γ(a)` is 7·10⁷ and its last bit is worth 1e-8: the result keeps only eight
//! digits. Here the prefactor is Loader's saddle-point form (C. Loader, "Fast and accurate
//! computation of binomial probabilities", 2000, as R's `dpois_raw`/`dbinom_raw`): the
//! Stirling error of each Γ and a deviance `bd0` that is computed without cancellation, so
//! the prefactor is accurate to a few ulps whatever the size of the parameters.
//!
//! Both functions return the pair (lower, upper) and compute the smaller of the two
//! directly, so a tail probability of 1e-300 keeps its relative precision.

use super::double_double::Dd;
use statrs::function::gamma::ln_gamma;
use std::f64::consts::PI;

/// ln √(2π).
const LN_SQRT_2PI: f64 = 0.918_938_533_204_672_8;

/// The series and continued fractions need O(√a) terms near the mode: about 9·√a, so this
/// covers parameters up to about 10¹². Past it a result would be unconverged: the functions
/// return NaN instead, which the callers turn into an error rather than a wrong figure.
const MAX_TERMS: usize = 10_000_000;

/// The Stirling error ln Γ(n + 1) − (n + ½) ln n + n − ln √(2π), without the
/// cancellation of that formula for large n.
fn stirlerr(n: f64) -> f64 {
    const S0: f64 = 1.0 / 12.0;
    const S1: f64 = 1.0 / 360.0;
    const S2: f64 = 1.0 / 1260.0;
    const S3: f64 = 1.0 / 1680.0;
    const S4: f64 = 1.0 / 1188.0;
    if n <= 15.0 {
        return ln_gamma(n + 1.0) - (n + 0.5) * n.ln() + n - LN_SQRT_2PI;
    }
    let nn = n * n;
    // Asymptotic series, truncated where its next term is below double precision (R's cut-offs).
    if n > 500.0 {
        (S0 - S1 / nn) / n
    } else if n > 80.0 {
        (S0 - (S1 - S2 / nn) / nn) / n
    } else if n > 35.0 {
        (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n
    } else {
        (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n
    }
}

/// The deviance x ln(x / m) + m − x, by a series in (x − m)/(x + m) when x is close to m,
/// where the direct form would cancel.
fn bd0(x: f64, m: f64) -> f64 {
    if (x - m).abs() < 0.1 * (x + m) {
        let mut v = (x - m) / (x + m);
        let mut s = (x - m) * v;
        let mut ej = 2.0 * x * v;
        v *= v;
        for j in 1..1000 {
            ej *= v;
            let s1 = s + ej / (2 * j + 1) as f64;
            if s1 == s {
                return s1;
            }
            s = s1;
        }
        s
    } else {
        x * (x / m).ln() + m - x
    }
}

/// x^a e^{-x} / Γ(a + 1), the Poisson-like prefactor of the incomplete gamma function.
fn gamma_prefactor(a: f64, x: f64) -> f64 {
    if x == 0.0 {
        return 0.0;
    }
    if x.is_infinite() {
        return 0.0;
    }
    (-stirlerr(a) - bd0(a, x)).exp() / (2.0 * PI * a).sqrt()
}

/// The gamma density x^(a−1) e^(−x) / Γ(a).
pub(crate) fn gamma_density(a: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    gamma_prefactor(a, x) * a / x
}

/// The beta density x^(a−1) y^(b−1) / B(a, b), with y = 1 − x.
pub(crate) fn beta_density(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x <= 0.0 || y <= 0.0 {
        return 0.0;
    }
    beta_prefactor(a, b, x, y) * a / (x * y)
}

/// The regularized incomplete gamma functions (P(a, x), Q(a, x)) for a > 0, x ≥ 0.
pub(crate) fn gamma_pq(a: f64, x: f64) -> (f64, f64) {
    if x <= 0.0 {
        return (0.0, 1.0);
    }
    if x.is_infinite() {
        return (1.0, 0.0);
    }
    if x < a + 1.0 {
        let p = gamma_series(a, x);
        (p, 1.0 - p)
    } else {
        let q = gamma_fraction(a, x);
        (1.0 - q, q)
    }
}

/// P(a, x) = x^a e^-x / Γ(a+1) · Σ x^k / ((a+1)…(a+k)), for x < a + 1.
fn gamma_series(a: f64, x: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..MAX_TERMS {
        term *= x / (a + k as f64);
        sum += term;
        if term <= sum * 1e-17 {
            return (gamma_prefactor(a, x) * sum).min(1.0);
        }
    }
    f64::NAN
}

/// Q(a, x) by Legendre's continued fraction (modified Lentz), for x ≥ a + 1:
/// Q = x^a e^-x / Γ(a) · 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− …))).
fn gamma_fraction(a: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let mut b = x + 1.0 - a;
    let mut c = 1.0 / TINY;
    let mut d = 1.0 / b;
    let mut h = d;
    for i in 1..MAX_TERMS {
        let an = -(i as f64) * (i as f64 - a);
        b += 2.0;
        d = an * d + b;
        if d.abs() < TINY {
            d = TINY;
        }
        c = b + an / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = d * c;
        h *= delta;
        if (delta - 1.0).abs() <= 1e-16 {
            // x^a e^-x / Γ(a) = a · x^a e^-x / Γ(a + 1).
            return (a * gamma_prefactor(a, x) * h).min(1.0);
        }
    }
    f64::NAN
}

/// x^a y^b / (a B(a, b)) with y = 1 − x given separately (so that it keeps its digits when
/// x is close to 1), by Loader's form of the binomial density.
fn beta_prefactor(a: f64, b: f64, x: f64, y: f64) -> f64 {
    if x == 0.0 || y == 0.0 {
        return 0.0;
    }
    let n = a + b;
    let log = stirlerr(n) - stirlerr(a) - stirlerr(b) - bd0(a, n * x) - bd0(b, n * y);
    log.exp() * (n / (2.0 * PI * a * b)).sqrt() * b / n
}

/// The regularized incomplete beta function and its complement (I_x(a, b), 1 − I_x(a, b))
/// for a, b > 0, 0 ≤ x ≤ 1 and y = 1 − x.
pub(crate) fn beta_pq(a: f64, b: f64, x: f64, y: f64) -> (f64, f64) {
    if x <= 0.0 {
        return (0.0, 1.0);
    }
    if y <= 0.0 {
        return (1.0, 0.0);
    }
    // The continued fraction converges fast below the mean; above it, use the symmetry
    // I_x(a, b) = 1 − I_y(b, a) and compute the (smaller) upper part directly.
    if x < (a + 1.0) / (a + b + 2.0) {
        let p = (beta_prefactor(a, b, x, y) * beta_fraction(a, b, exact_argument(x, y))).min(1.0);
        (p, 1.0 - p)
    } else {
        let q = (beta_prefactor(b, a, y, x) * beta_fraction(b, a, exact_argument(y, x))).min(1.0);
        (1.0 - q, q)
    }
}

/// The continued fraction of I_x(a, b) (Numerical Recipes' `betacf`, modified Lentz), in
/// double-double arithmetic: with a large parameter its terms cancel (see
/// [`super::double_double`]). `x` is given exactly as a double-double (1 − y when x is near 1).
fn beta_fraction(a: f64, b: f64, x: Dd) -> f64 {
    const TINY: f64 = 1e-300;
    let one = Dd::new(1.0);
    let (ad, bd) = (Dd::new(a), Dd::new(b));
    let qab = ad + bd;
    let qap = ad + one;
    let qam = ad - one;
    let guard = |v: Dd| if v.abs() < TINY { Dd::new(TINY) } else { v };
    let mut c = one;
    let mut d = one / guard(one - qab * x / qap);
    let mut h = d;
    for m in 1..MAX_TERMS {
        let md = Dd::new(m as f64);
        let m2 = Dd::new(2.0 * m as f64);
        let aa = md * (bd - md) * x / ((qam + m2) * (ad + m2));
        d = one / guard(one + aa * d);
        c = guard(one + aa / c);
        h = h * d * c;
        let aa = Dd::new(-1.0) * (ad + md) * (qab + md) * x / ((ad + m2) * (qap + m2));
        d = one / guard(one + aa * d);
        c = guard(one + aa / c);
        let delta = d * c;
        h = h * delta;
        if (delta - one).abs() <= 1e-17 {
            return h.to_f64();
        }
    }
    f64::NAN
}

/// x as a double-double, exact when x is near 1 and its complement y is the accurate one.
fn exact_argument(x: f64, y: f64) -> Dd {
    if x <= 0.5 {
        Dd::new(x)
    } else {
        Dd::new(1.0) - Dd::new(y)
    }
}

#[cfg(test)]
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    #[test]
    fn stirling_error_is_continuous_at_its_cut_offs() {
        // The series and the ln Γ form agree where they meet (to the accuracy of ln Γ).
        for n in [15.0_f64, 35.0, 80.0, 500.0] {
            let direct = ln_gamma(n + 1.0) - (n + 0.5) * n.ln() + n - LN_SQRT_2PI;
            assert!((stirlerr(n + 1e-9) - direct).abs() < 1e-12, "n={n}");
        }
    }

    #[test]
    fn bd0_matches_direct_form_away_from_cancellation() {
        // bd0(3, 1) = 3 ln 3 + 1 − 3 = 1.2958368660043291 (hand: 3·1.0986122886681098 − 2).
        assert_rel(bd0(3.0, 1.0), 1.2958368660043291, 1e-15, "bd0(3,1)");
        // Near x = m the series; R: print(1.05*log(1.05) - 0.05, digits = 17)
        assert_rel(bd0(1.05, 1.0), 0.0012296723779036539, 1e-12, "bd0(1.05,1)");
    }
}
