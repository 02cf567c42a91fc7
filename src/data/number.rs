//! The fast path for numbers in data files: plain decimals such as `3`, `-0.25` or `41,9`
//! (with a decimal comma) are the cells of nearly every file, and parsing them by hand is
//! several times faster than [`str::parse`]. Anything else (exponents, thousands separators,
//! long mantissas, text) goes through [`super::parse_number`], so results never differ.

/// Exact powers of ten as `f64` (every one up to 1e22 is representable).
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// [`super::parse_number`] of a trimmed cell, faster for plain decimals.
pub fn parse_number_fast(t: &str, decimal_comma: bool) -> Option<f64> {
    match plain_decimal(t.as_bytes(), if decimal_comma { b',' } else { b'.' }) {
        Some(x) => Some(x),
        None => super::parse_number(t, decimal_comma),
    }
}

/// `[+-]digits[<point>digits]` with at least one digit and a mantissa below 2^53: the value
/// is then `m / 10^d` with both operands exact, and one IEEE division rounds correctly, as
/// `str::parse` does. `None` means "not this simple form", not "not a number".
fn plain_decimal(b: &[u8], point: u8) -> Option<f64> {
    let (neg, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut m: u64 = 0;
    let mut digits = 0;
    let mut frac: Option<usize> = None;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_digit() {
            // 19 digits always fit in a u64; longer mantissas take the slow path.
            if digits == 19 {
                return None;
            }
            m = m * 10 + u64::from(c - b'0');
            digits += 1;
            if let Some(f) = frac.as_mut() {
                *f += 1;
            }
        } else if c == point && frac.is_none() {
            frac = Some(0);
        } else {
            return None;
        }
        i += 1;
    }
    let d = frac.unwrap_or(0);
    if digits == 0 || m > (1 << 53) || d >= POW10.len() {
        return None;
    }
    let x = m as f64 / POW10[d];
    Some(if neg { -x } else { x })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equals_the_general_parser() {
        let cases = [
            "0",
            "3",
            "-0",
            "+5",
            "0.1",
            "-0.25",
            ".5",
            "5.",
            "41.9",
            "1819",
            "0.30000000000000004",
            "9007199254740993",
            "123456789012345678901",
            "1e3",
            "2.5E-3",
            "1.2.3",
            "-",
            ".",
            "3,5",
            "abc",
            "007",
            "0.000000000000000000001",
            "17.4",
            "99.99999999999999",
        ];
        for c in cases {
            for comma in [false, true] {
                let want = super::super::parse_number(c, comma);
                let got = parse_number_fast(c, comma);
                assert_eq!(
                    want.map(f64::to_bits),
                    got.map(f64::to_bits),
                    "{c:?} comma={comma}"
                );
            }
        }
    }

    #[test]
    fn decimal_comma_fast_path() {
        assert_eq!(parse_number_fast("41,9", true), Some(41.9));
        assert_eq!(parse_number_fast("-0,5", true), Some(-0.5));
        assert_eq!(parse_number_fast("1.234,5", true), Some(1234.5));
        assert_eq!(parse_number_fast("41,9", false), None);
    }
}
