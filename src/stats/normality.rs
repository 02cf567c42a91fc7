//! SPSS's Tests of Normality (EXAMINE): Kolmogorov-Smirnov with the Lilliefors correction and
//! Shapiro-Wilk.
//!
//! Lilliefors: D is the largest distance between the empirical cdf and the normal cdf with the
//! sample's mean and standard deviation. Its p is Dallal and Wilkinson's (1986) approximation,
//! with Stephens' modified statistic above 0.1, exactly as R's `nortest::lillie.test`. SPSS
//! uses Dallal and Wilkinson's table and prints any p above 0.2 as ".200" with the footnote
//! "This is a lower bound of the true significance"; the printed report follows SPSS (see
//! [`LILLIEFORS_LOWER_BOUND`]) while the record keeps nortest's value, so between 0.1 and 0.2
//! the printed figure may differ from SPSS's in the third decimal.
//!
//! Shapiro-Wilk: Royston's (1995) algorithm AS R94, as R's `shapiro.test` and SPSS, for 3 to
//! 5000 cases.

use super::descriptives::neumaier_sum;
use super::distributions::{normal_quantile, Distribution, Tail};
use super::{Result, StatsError};

/// SPSS prints a Lilliefors p above this as this value with a lower-bound footnote.
pub const LILLIEFORS_LOWER_BOUND: f64 = 0.2;

/// Largest sample Royston's approximation covers (R's and SPSS's limit).
pub const SHAPIRO_WILK_MAX: usize = 5000;

/// A test statistic and its p-value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NormalityTest {
    pub statistic: f64,
    pub n: usize,
    pub p: f64,
}

fn sorted_checked(x: &[f64], needed: usize, what: &'static str) -> Result<Vec<f64>> {
    if let Some(i) = x.iter().position(|a| !a.is_finite()) {
        return Err(StatsError::NotFinite {
            what: "the variable",
            position: i + 1,
        });
    }
    if x.len() < needed {
        return Err(StatsError::TooFewCases {
            what,
            needed,
            found: x.len(),
        });
    }
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    if v[0] == v[v.len() - 1] {
        return Err(StatsError::Undefined {
            what,
            why: "every case has the same value (zero variance)",
        });
    }
    Ok(v)
}

/// The Kolmogorov-Smirnov test with the Lilliefors correction (at least 5 cases, nortest's
/// bound: the approximation is not calibrated below).
pub fn lilliefors(x: &[f64]) -> Result<NormalityTest> {
    let v = sorted_checked(x, 5, "the Lilliefors test")?;
    let n = v.len() as f64;
    let mean = neumaier_sum(v.iter().copied()) / n;
    let sd = (neumaier_sum(v.iter().map(|a| (a - mean) * (a - mean))) / (n - 1.0)).sqrt();
    let mut d: f64 = 0.0;
    for (i, a) in v.iter().enumerate() {
        let p = Distribution::Normal.cdf((a - mean) / sd, Tail::Lower)?;
        d = d.max((i + 1) as f64 / n - p).max(p - i as f64 / n);
    }
    Ok(NormalityTest {
        statistic: d,
        n: v.len(),
        p: lilliefors_p(d, n),
    })
}

/// Dallal-Wilkinson's approximation, and Stephens' polynomials above 0.1 (nortest 1.0-4).
fn lilliefors_p(d: f64, n: f64) -> f64 {
    let (kd, nd) = if n <= 100.0 {
        (d, n)
    } else {
        (d * (n / 100.0).powf(0.49), 100.0)
    };
    let p = (-7.01256 * kd * kd * (nd + 2.78019) + 2.99587 * kd * (nd + 2.78019).sqrt() - 0.122119
        + 0.974598 / nd.sqrt()
        + 1.67997 / nd)
        .exp();
    if p <= 0.1 {
        return p;
    }
    let k = (n.sqrt() - 0.01 + 0.85 / n.sqrt()) * d;
    let poly = |c: [f64; 5]| c.iter().rev().fold(0.0, |acc, ci| acc * k + ci);
    let p = if k <= 0.302 {
        1.0
    } else if k <= 0.5 {
        poly([2.76773, -19.828315, 80.709644, -138.55152, 81.218052])
    } else if k <= 0.9 {
        poly([-4.901232, 40.662806, -97.490286, 94.029866, -32.355711])
    } else if k <= 1.31 {
        poly([6.198765, -19.558097, 23.186922, -12.234627, 2.423045])
    } else {
        0.0
    };
    p.clamp(0.0, 1.0)
}

/// c₀ + c₁x + c₂x² + … (AS R94's `poly`).
fn poly(c: &[f64], x: f64) -> f64 {
    c.iter().rev().fold(0.0, |acc, ci| acc * x + ci)
}

/// The Shapiro-Wilk test (3 to [`SHAPIRO_WILK_MAX`] cases).
pub fn shapiro_wilk(x: &[f64]) -> Result<NormalityTest> {
    let v = sorted_checked(x, 3, "the Shapiro-Wilk test")?;
    let n = v.len();
    if n > SHAPIRO_WILK_MAX {
        return Err(StatsError::Undefined {
            what: "the Shapiro-Wilk test",
            why: "Royston's approximation covers 3 to 5000 cases; use the Lilliefors test for more",
        });
    }
    let a = shapiro_coefficients(n)?;
    // The antisymmetric weight of every ordered value; W is their squared correlation.
    let c: Vec<f64> = (0..n)
        .map(|i| {
            let j = n - 1 - i;
            match i.cmp(&j) {
                std::cmp::Ordering::Less => -a[i],
                std::cmp::Ordering::Greater => a[j],
                std::cmp::Ordering::Equal => 0.0,
            }
        })
        .collect();
    let range = v[n - 1] - v[0];
    let xs: Vec<f64> = v.iter().map(|x| x / range).collect();
    let mean = neumaier_sum(xs.iter().copied()) / n as f64;
    let ssa = neumaier_sum(c.iter().map(|ci| ci * ci));
    let ssx = neumaier_sum(xs.iter().map(|x| (x - mean) * (x - mean)));
    let sax = neumaier_sum(c.iter().zip(&xs).map(|(ci, x)| ci * (x - mean)));
    let root = (ssa * ssx).sqrt();
    // 1 − W without cancellation, as AS R94 computes it.
    let w1 = (root - sax) * (root + sax) / (ssa * ssx);
    let w = 1.0 - w1;
    Ok(NormalityTest {
        statistic: w,
        n,
        p: shapiro_p(w, w1, n)?,
    })
}

/// The coefficients a₁ … a_{n/2} of AS R94 (positive, largest first).
fn shapiro_coefficients(n: usize) -> Result<Vec<f64>> {
    const C1: [f64; 6] = [0.0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
    const C2: [f64; 6] = [0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
    let half = n / 2;
    if n == 3 {
        return Ok(vec![std::f64::consts::FRAC_1_SQRT_2]);
    }
    let an25 = n as f64 + 0.25;
    let m = (1..=half)
        .map(|i| normal_quantile((i as f64 - 0.375) / an25))
        .collect::<Result<Vec<f64>>>()?;
    let summ2 = 2.0 * m.iter().map(|v| v * v).sum::<f64>();
    let ssumm2 = summ2.sqrt();
    let rsn = 1.0 / (n as f64).sqrt();
    let a1 = poly(&C1, rsn) - m[0] / ssumm2;
    let mut a: Vec<f64> = Vec::with_capacity(half);
    let (first, fac) = if n > 5 {
        let a2 = -m[1] / ssumm2 + poly(&C2, rsn);
        let fac = ((summ2 - 2.0 * m[0] * m[0] - 2.0 * m[1] * m[1])
            / (1.0 - 2.0 * a1 * a1 - 2.0 * a2 * a2))
            .sqrt();
        a.extend([a1, a2]);
        (2, fac)
    } else {
        let fac = ((summ2 - 2.0 * m[0] * m[0]) / (1.0 - 2.0 * a1 * a1)).sqrt();
        a.push(a1);
        (1, fac)
    };
    a.extend(m[first..].iter().map(|mi| -mi / fac));
    Ok(a)
}

/// The p-value of W (upper tail of Royston's normalizing transformation of 1 − W).
fn shapiro_p(w: f64, w1: f64, n: usize) -> Result<f64> {
    const G: [f64; 2] = [-2.273, 0.459];
    const C3: [f64; 4] = [0.544, -0.39978, 0.025054, -6.714e-4];
    const C4: [f64; 4] = [1.3822, -0.77857, 0.062767, -0.0020322];
    const C5: [f64; 4] = [-1.5861, -0.31082, -0.083751, 0.0038915];
    const C6: [f64; 3] = [-0.4803, -0.082676, 0.0030302];
    if n == 3 {
        // The exact distribution for three cases.
        const PI6: f64 = 1.909_859_317_102_744; // 6/π
        const STQR: f64 = 1.047_197_551_196_597_7; // π/3 = asin(√¾)
        return Ok((PI6 * (w.sqrt().asin() - STQR)).clamp(0.0, 1.0));
    }
    let nf = n as f64;
    let mut y = w1.ln();
    let (m, s) = if n <= 11 {
        let gamma = poly(&G, nf);
        if y >= gamma {
            // Beyond the transformation's range: R reports 1e-99, i.e. "below any alpha".
            return Ok(1e-99);
        }
        y = -(gamma - y).ln();
        (poly(&C3, nf), poly(&C4, nf).exp())
    } else {
        let ln_n = nf.ln();
        (poly(&C5, ln_n), poly(&C6, ln_n).exp())
    };
    Distribution::Normal.cdf((y - m) / s, Tail::Upper)
}
