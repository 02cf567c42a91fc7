//! Double-double numbers (an unevaluated sum hi + lo of two f64, about 32 significant digits)
//! for the one computation that needs them: the continued fraction of the incomplete beta
//! function with a large parameter, whose terms cancel to 1 − O(1/a) and would otherwise lose
//! log₁₀(a) digits (7 at 10⁷ degrees of freedom). Dekker's and Knuth's error-free transforms,
//! with the fused multiply-add for exact products.

use std::ops::{Add, Div, Mul, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Dd {
    pub hi: f64,
    pub lo: f64,
}

/// a + b as an exact pair (Knuth's two-sum).
fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    let e = (a - (s - bb)) + (b - bb);
    Dd { hi: s, lo: e }
}

/// Renormalizes hi + lo when |hi| ≥ |lo| (Dekker's fast two-sum).
fn quick(hi: f64, lo: f64) -> Dd {
    let s = hi + lo;
    Dd {
        hi: s,
        lo: lo - (s - hi),
    }
}

impl Dd {
    pub fn new(x: f64) -> Dd {
        Dd { hi: x, lo: 0.0 }
    }

    pub fn to_f64(self) -> f64 {
        self.hi + self.lo
    }

    pub fn abs(self) -> f64 {
        self.hi.abs()
    }
}

impl Add for Dd {
    type Output = Dd;
    fn add(self, o: Dd) -> Dd {
        let s = two_sum(self.hi, o.hi);
        let t = two_sum(self.lo, o.lo);
        let r = quick(s.hi, s.lo + t.hi);
        quick(r.hi, r.lo + t.lo)
    }
}

impl Sub for Dd {
    type Output = Dd;
    fn sub(self, o: Dd) -> Dd {
        self + Dd {
            hi: -o.hi,
            lo: -o.lo,
        }
    }
}

impl Mul for Dd {
    type Output = Dd;
    fn mul(self, o: Dd) -> Dd {
        let p = self.hi * o.hi;
        let e = self.hi.mul_add(o.hi, -p);
        quick(p, e + (self.hi * o.lo + self.lo * o.hi))
    }
}

impl Div for Dd {
    type Output = Dd;
    fn div(self, o: Dd) -> Dd {
        // Two correction steps of long division.
        let q1 = self.hi / o.hi;
        let r = self - o * Dd::new(q1);
        let q2 = r.hi / o.hi;
        let r = r - o * Dd::new(q2);
        let q3 = r.hi / o.hi;
        let q = quick(q1, q2);
        q + Dd::new(q3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_digits_a_double_loses() {
        // (1 + 2⁻⁶⁰) − 1 is 2⁻⁶⁰ exactly; in f64 it is 0.
        let tiny = 2f64.powi(-60);
        let x = Dd::new(1.0) + Dd::new(tiny);
        assert_eq!((x - Dd::new(1.0)).to_f64(), tiny);
        // 1/3 · 3 = 1 to double-double precision.
        let third = Dd::new(1.0) / Dd::new(3.0);
        let one = third * Dd::new(3.0);
        assert!((one - Dd::new(1.0)).to_f64().abs() < 1e-30);
    }
}
