//! Numbers written the Indonesian way, with a thousands dot: `75.000 min` is 75 minutes to wl
//! (W0104, any literal whose decimals are exactly `000`, except `0.000`, which papers print as a
//! rounded figure), and `1.500 visits` in a volume is one and a half visits (W0106: a count of
//! things done with exactly three decimals). A decimal comma is the lexer's ([`crate::lexer`]).

use crate::ast::NumberLit;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// `ddd.ddd`: one to three digits, a dot, three digits (no `_`, no exponent).
fn dotted_thousands(text: &str) -> Option<(&str, &str)> {
    let (whole, frac) = text.split_once('.')?;
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    (digits(whole, 1..=3) && digits(frac, 3..=3) && !whole.starts_with('0'))
        .then_some((whole, frac))
}

/// W0104: `75.000` is 75, not seventy-five thousand.
pub fn thousands_dot(lit: &NumberLit, at: Span) -> Option<Diagnostic> {
    if lit.percent {
        return None;
    }
    let (whole, frac) = dotted_thousands(&lit.text)?;
    (frac == "000").then(|| {
        Diagnostic::warning(
            Code::ThousandsDot,
            format!("`{}` is read as {whole}, not as {whole}000", lit.text),
            at,
            format!("{whole} with three zero decimals"),
        )
        .with_hint(format!(
            "wl writes no thousands separator: write `{whole}000` (or `{whole}_000`) for {whole} thousand, or `{whole}` for {whole}"
        ))
    })
}

/// W0106: a volume counts things done, so `1.500 visits` is most likely 1500 written with a
/// thousands dot (decimals of `000` are W0104's).
pub fn volume_dot(lit: &NumberLit, at: Span) -> Option<Diagnostic> {
    let (whole, frac) = dotted_thousands(&lit.text)?;
    (frac != "000").then(|| {
        Diagnostic::warning(
            Code::VolumeThousandsDot,
            format!(
                "a volume of `{}` is read as {}, a fraction of one",
                lit.text,
                lit.value.normalize()
            ),
            at,
            "a count with three decimals",
        )
        .with_hint(format!(
            "wl writes no thousands separator: write `{whole}{frac}` (or `{whole}_{frac}`) if that many were done"
        ))
    })
}
