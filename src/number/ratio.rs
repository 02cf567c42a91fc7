//! Exact rationals for the numbers a planner writes: a reduced `i128 / i128` fraction.
//!
//! `1/3 * 3` is exactly 1 and `3600 s in h` exactly 1 h because every exact number is a
//! fraction in lowest terms, and `+ - * /` on fractions are exact. Operations are checked: they
//! return `None` when a numerator or denominator would leave the type (the numerator beyond
//! `i128`, the denominator beyond [`DEN_MAX`]), and the caller ([`super::Num`]) then falls back
//! to f64. Nothing allocates: a fraction is two machine integers, reduced by gcd after every
//! operation.

use rust_decimal::Decimal;
use std::cmp::Ordering;

/// The largest denominator kept exact (10^36). Bounding it lets display and rounding take ten
/// decimals by long division (`remainder * 10`) without overflowing.
pub const DEN_MAX: i128 = 1_000_000_000_000_000_000_000_000_000_000_000_000;

/// A fraction `n / d` in lowest terms with `0 < d <= DEN_MAX` and `n != i128::MIN`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Ratio {
    n: i128,
    d: i128,
}

/// Greatest common divisor: hardware division while both fit 64 bits (nearly always), binary
/// gcd beyond, where 128-bit division is slow.
fn gcd(a: u128, b: u128) -> u128 {
    if a >> 64 == 0 && b >> 64 == 0 {
        let (mut a, mut b) = (a as u64, b as u64);
        while b != 0 {
            (a, b) = (b, a % b);
        }
        return a as u128;
    }
    if a == 0 || b == 0 {
        return a | b;
    }
    let shift = (a | b).trailing_zeros();
    let (mut a, mut b) = (a >> a.trailing_zeros(), b);
    while b != 0 {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
    }
    a << shift
}

/// The whole square root (rounded down), by Newton's method from a float estimate.
fn isqrt(x: u128) -> u128 {
    if x < 2 {
        return x;
    }
    let mut r = ((x as f64).sqrt() as u128).max(1);
    loop {
        let next = (r + x / r) / 2;
        if next.abs_diff(r) <= 1 {
            break;
        }
        r = next;
    }
    while r.checked_mul(r).is_none_or(|sq| sq > x) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= x) {
        r += 1;
    }
    r
}

/// 10^k, if it fits.
pub(super) fn pow10(k: u32) -> Option<i128> {
    10i128.checked_pow(k)
}

impl Ratio {
    pub const ZERO: Ratio = Ratio { n: 0, d: 1 };
    pub const ONE: Ratio = Ratio { n: 1, d: 1 };

    /// `n / d` reduced; `None` for a zero denominator or one that does not fit.
    pub fn new(n: i128, d: i128) -> Option<Ratio> {
        if d == 0 || n == i128::MIN || d == i128::MIN {
            return None;
        }
        let g = gcd(n.unsigned_abs(), d.unsigned_abs()) as i128;
        let (mut n, mut d) = (n / g, d / g);
        if d < 0 {
            (n, d) = (-n, -d);
        }
        (d <= DEN_MAX).then_some(Ratio { n, d })
    }

    pub fn int(i: i64) -> Ratio {
        Ratio { n: i as i128, d: 1 }
    }

    pub fn numer(self) -> i128 {
        self.n
    }

    pub fn denom(self) -> i128 {
        self.d
    }

    /// A decimal exactly: its mantissa over 10^scale (a scale is at most 28).
    pub fn from_decimal(x: Decimal) -> Ratio {
        let scale = pow10(x.scale()).expect("a decimal scale is at most 28");
        Ratio::new(x.mantissa(), scale).expect("a decimal's mantissa fits 96 bits")
    }

    /// The nearest 28-digit decimal (for square roots and other decimal-only functions), if
    /// numerator and denominator fit the decimal type.
    pub fn to_decimal(self) -> Option<Decimal> {
        let n = Decimal::try_from_i128_with_scale(self.n, 0).ok()?;
        let d = Decimal::try_from_i128_with_scale(self.d, 0).ok()?;
        n.checked_div(d)
    }

    /// The nearest f64 (an export writes an exact number as this, in its shortest form).
    pub fn to_f64(self) -> f64 {
        const EXACT: i128 = 1 << 53;
        if self.n.abs() <= EXACT && self.d <= EXACT {
            // Exact operands make this one correctly rounded division.
            return self.n as f64 / self.d as f64;
        }
        nearest_f64(self)
    }

    pub fn is_zero(self) -> bool {
        self.n == 0
    }

    pub fn is_negative(self) -> bool {
        self.n < 0
    }

    pub fn is_integer(self) -> bool {
        self.d == 1
    }

    pub fn negated(self) -> Ratio {
        Ratio { n: -self.n, ..self }
    }

    pub fn abs(self) -> Ratio {
        Ratio {
            n: self.n.abs(),
            ..self
        }
    }

    pub fn checked_add(self, o: Ratio) -> Option<Ratio> {
        if self.d == o.d {
            return Ratio::new(self.n.checked_add(o.n)?, self.d);
        }
        // Over the least common denominator, so that the numbers stay small.
        let g = gcd(self.d as u128, o.d as u128) as i128;
        let (da, db) = (self.d / g, o.d / g);
        let n = self.n.checked_mul(db)?.checked_add(o.n.checked_mul(da)?)?;
        Ratio::new(n, da.checked_mul(o.d)?)
    }

    pub fn checked_sub(self, o: Ratio) -> Option<Ratio> {
        self.checked_add(o.negated())
    }

    pub fn checked_mul(self, o: Ratio) -> Option<Ratio> {
        // Cancel across before multiplying: a/b * c/d = (a/g1 * c/g2) / (b/g2 * d/g1).
        let g1 = gcd(self.n.unsigned_abs(), o.d as u128).max(1) as i128;
        let g2 = gcd(o.n.unsigned_abs(), self.d as u128).max(1) as i128;
        let n = (self.n / g1).checked_mul(o.n / g2)?;
        let d = (self.d / g2).checked_mul(o.d / g1)?;
        // Both factors were in lowest terms and share nothing across: no gcd needed.
        (n != i128::MIN && d <= DEN_MAX).then_some(Ratio { n, d })
    }

    /// `None` for division by zero as well as for overflow; callers check zero first.
    pub fn checked_div(self, o: Ratio) -> Option<Ratio> {
        if o.n == 0 {
            return None;
        }
        self.checked_mul(Ratio::new(o.d, o.n)?)
    }

    /// An integer power by repeated squaring.
    pub fn checked_pow(self, e: i64) -> Option<Ratio> {
        let base = if e < 0 {
            Ratio::ONE.checked_div(self)?
        } else {
            self
        };
        let (mut acc, mut sq, mut k) = (Ratio::ONE, base, e.unsigned_abs());
        while k > 0 {
            if k & 1 == 1 {
                acc = acc.checked_mul(sq)?;
            }
            k >>= 1;
            if k > 0 {
                sq = sq.checked_mul(sq)?;
            }
        }
        Some(acc)
    }

    /// The exact square root, when numerator and denominator are both perfect squares.
    pub fn exact_sqrt(self) -> Option<Ratio> {
        if self.n < 0 {
            return None;
        }
        let root = |x: i128| {
            let r = isqrt(x as u128) as i128;
            (r * r == x).then_some(r)
        };
        Ratio::new(root(self.n)?, root(self.d)?)
    }

    /// The whole number next to this value that `mode` picks.
    pub fn round_int(self, mode: super::Rounding) -> i128 {
        use super::Rounding::*;
        let (q, r) = (self.n.div_euclid(self.d), self.n.rem_euclid(self.d));
        if r == 0 {
            return q;
        }
        // q < value < q + 1; twice the remainder against the denominator finds the midpoint.
        let half = (2 * r).cmp(&self.d);
        match mode {
            Floor => q,
            Ceil => q + 1,
            Truncate if self.n < 0 => q + 1,
            Truncate => q,
            HalfUp => match half {
                Ordering::Less => q,
                Ordering::Greater => q + 1,
                Ordering::Equal if self.n < 0 => q,
                Ordering::Equal => q + 1,
            },
            HalfEven => match half {
                Ordering::Less => q,
                Ordering::Greater => q + 1,
                Ordering::Equal if q % 2 == 0 => q,
                Ordering::Equal => q + 1,
            },
        }
    }

    /// Round to `digits` decimals (negative: to tens, hundreds...); `None` if the scaled value
    /// leaves the type.
    pub fn round(self, digits: i32, mode: super::Rounding) -> Option<Ratio> {
        let p = Ratio::new(pow10(digits.unsigned_abs())?, 1)?;
        let scale = if digits >= 0 {
            p
        } else {
            Ratio::ONE.checked_div(p)?
        };
        let scaled = self.checked_mul(scale)?;
        Ratio::new(scaled.round_int(mode), 1)?.checked_div(scale)
    }

    /// The value written with exactly `decimals` decimals, rounded by `mode` (no exponent, a
    /// minus sign only when the written value is not zero).
    pub fn to_fixed(self, decimals: u32, mode: super::Rounding) -> String {
        let k = decimals.min(36);
        let (int, frac) = self.abs().digits(k, mode, self.n < 0);
        let zero = int == 0 && frac.bytes().all(|b| b == b'0');
        let sign = if self.n < 0 && !zero { "-" } else { "" };
        if k == 0 {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{frac}")
        }
    }

    /// Integer part and `k` decimals of a non-negative value by long division; `negative` says
    /// which way the original value lies for the directed modes.
    fn digits(self, k: u32, mode: super::Rounding, negative: bool) -> (u128, String) {
        use super::Rounding::*;
        let d = self.d as u128;
        let (mut int, mut r) = (self.n as u128 / d, self.n as u128 % d);
        let mut frac = vec![0u8; k as usize];
        for digit in frac.iter_mut() {
            r *= 10; // r < d <= 10^36, so 10r fits
            *digit = (r / d) as u8;
            r %= d;
        }
        let up = r != 0
            && match mode {
                Floor => negative,
                Ceil => !negative,
                Truncate => false,
                HalfUp => 2 * r >= d,
                HalfEven => match (2 * r).cmp(&d) {
                    Ordering::Less => false,
                    Ordering::Greater => true,
                    Ordering::Equal => frac.last().map_or(int % 2 == 1, |l| l % 2 == 1),
                },
            };
        if up {
            let mut carry = true;
            for digit in frac.iter_mut().rev() {
                *digit += 1;
                carry = *digit == 10;
                if !carry {
                    break;
                }
                *digit = 0;
            }
            if carry {
                int += 1;
            }
        }
        (int, frac.iter().map(|b| (b'0' + b) as char).collect())
    }
}

impl Ord for Ratio {
    /// Compared by continued fractions, so that no product can overflow.
    fn cmp(&self, other: &Ratio) -> Ordering {
        let (mut a, mut b) = ((self.n, self.d), (other.n, other.d));
        let mut flip = false;
        loop {
            let (qa, ra) = (a.0.div_euclid(a.1), a.0.rem_euclid(a.1));
            let (qb, rb) = (b.0.div_euclid(b.1), b.0.rem_euclid(b.1));
            let ord = match (qa.cmp(&qb), ra, rb) {
                (Ordering::Equal, 0, 0) => Ordering::Equal,
                (Ordering::Equal, 0, _) => Ordering::Less,
                (Ordering::Equal, _, 0) => Ordering::Greater,
                (Ordering::Equal, _, _) => {
                    // a = q + ra/a1, b = q + rb/b1: compare a1/ra with b1/rb, reversed.
                    (a, b) = ((a.1, ra), (b.1, rb));
                    flip = !flip;
                    continue;
                }
                (o, _, _) => o,
            };
            return if flip { ord.reverse() } else { ord };
        }
    }
}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// The nearest f64 to an exact fraction whose parts an f64 cannot hold exactly: its decimal
/// expansion to 80 places, with a final 1 standing for any remainder (so that a value just
/// above a halfway point between two f64s is not read as the halfway point), parsed by the
/// correctly rounding parser of the standard library.
fn nearest_f64(r: Ratio) -> f64 {
    let n = r.n.unsigned_abs();
    let d = r.d as u128;
    let mut s = String::with_capacity(130);
    if r.n < 0 {
        s.push('-');
    }
    s.push_str(&(n / d).to_string());
    s.push('.');
    // The remainder is below d <= 10^36, so ten times it fits a u128.
    let mut rem = n % d;
    for _ in 0..80 {
        rem *= 10;
        s.push(char::from(b'0' + (rem / d) as u8));
        rem %= d;
    }
    if rem != 0 {
        s.push('1');
    }
    s.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::super::Rounding;
    use super::*;

    fn r(n: i128, d: i128) -> Ratio {
        Ratio::new(n, d).unwrap()
    }

    #[test]
    fn fractions_are_reduced_and_exact() {
        // 1/3 + 1/6 = 2/6 + 1/6 = 3/6 = 1/2; 1/3 * 3 = 1.
        assert_eq!(r(1, 3).checked_add(r(1, 6)), Some(r(1, 2)));
        assert_eq!(r(1, 3).checked_mul(r(3, 1)), Some(Ratio::ONE));
        assert_eq!(r(2, -4), r(-1, 2));
        assert_eq!(Ratio::new(1, 0), None);
        // gcd above 64 bits: 2^70 * 3 / 2^68 = 12.
        assert_eq!(r(3 << 70, 1 << 68), r(12, 1));
        assert_eq!(gcd(6 << 80, 9 << 80), 3 << 80);
    }

    #[test]
    fn comparison_never_overflows() {
        // Cross-multiplying these would need 2^252; continued fractions need nothing.
        let big = i128::MAX - 1;
        assert!(r(big, DEN_MAX) > r(big - 1, DEN_MAX));
        assert!(r(-7, 3) < r(-2, 1));
        assert_eq!(r(3, 9).cmp(&r(1, 3)), Ordering::Equal);
    }

    #[test]
    fn rounding_at_midpoints() {
        // 5/2 = 2.5: half_up 3, half_even 2; -5/2: floor -3, truncate -2, half_up -3.
        assert_eq!(r(5, 2).round_int(Rounding::HalfUp), 3);
        assert_eq!(r(5, 2).round_int(Rounding::HalfEven), 2);
        assert_eq!(r(-5, 2).round_int(Rounding::Floor), -3);
        assert_eq!(r(-5, 2).round_int(Rounding::Truncate), -2);
        assert_eq!(r(-5, 2).round_int(Rounding::HalfUp), -3);
        // 2/3 to 10 decimals: 0.66666666666|66... rounds up to 0.6666666667.
        assert_eq!(r(2, 3).to_fixed(10, Rounding::HalfEven), "0.6666666667");
        assert_eq!(r(-1, 10000).to_fixed(3, Rounding::HalfUp), "0.000");
        assert_eq!(r(199, 200).to_fixed(2, Rounding::HalfUp), "1.00");
    }
}
