//! Whether one space or none goes between two tokens on a line.
//!
//! The rules follow how the README and the examples are written: `f(x, y)`, `xs[0]`,
//! `{ a: 1 }`, `x.field`, `19..=38`, `-x`, `20 min per visit`, `h/day` in a unit, and one space
//! around every other operator.

use super::hints::Hints;
use super::lines::Tok;
use crate::lexer::Token;

/// Whether a space goes between `prev` and `next` (`before` is the token before `prev`, which
/// tells a unary minus from a binary one).
pub fn space_between(before: Option<&Tok>, prev: &Tok, next: &Tok, hints: &Hints) -> bool {
    use Token::*;
    let unit_slash = |t: &Tok| t.token == Slash && hints.in_unit(t.span.start);
    match (&prev.token, &next.token) {
        (LBrace, RBrace) => false,
        (_, Comma | Semicolon | RParen | RBracket | Dot | Colon) => false,
        (LParen | LBracket | Dot, _) => false,
        (DotDot | DotDotEq, _) | (_, DotDot | DotDotEq) => false,
        (_, LParen) => !ends_callee(&prev.token),
        (_, LBracket) => !matches!(prev.token, Ident(_) | Str(_) | RParen | RBracket),
        (Minus, _) => before.is_some_and(|b| ends_operand(&b.token)),
        _ if unit_slash(prev) || unit_slash(next) => false,
        _ => true,
    }
}

/// Tokens a call's `(` follows directly: `f(x)`, `fn(x) => …`, `g(a)(b)`, `xs[0](1)`.
fn ends_callee(t: &Token) -> bool {
    matches!(
        t,
        Token::Ident(_) | Token::Fn | Token::RParen | Token::RBracket
    )
}

/// Tokens that end an operand, so a `-` after them subtracts.
fn ends_operand(t: &Token) -> bool {
    matches!(
        t,
        Token::Number(_)
            | Token::Percent(_)
            | Token::Str(_)
            | Token::Ident(_)
            | Token::True
            | Token::False
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::PercentSign
    )
}
