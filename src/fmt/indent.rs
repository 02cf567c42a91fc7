//! How deep each line is indented: two spaces per level.
//!
//! A line inside brackets is one level deeper than the line that opened them (however many
//! brackets that line opened), a line that starts with closing brackets is as deep as the line
//! that opened them, and a line that goes on from an operator at the end of the line before is
//! one level deeper. The depth comes from the tokens alone, never from the old indentation, so
//! formatting twice gives the same text.

use super::lines::Line;
use crate::lexer::Token;

/// The indentation level of every line (blank and comment-only lines included).
pub fn indents(lines: &[Line]) -> Vec<usize> {
    // For each unclosed bracket: the level of the lines inside it.
    let mut open: Vec<usize> = Vec::new();
    let mut continued = false;
    let mut out = Vec::with_capacity(lines.len());
    for line in lines {
        let inner = open.last().copied().unwrap_or(0);
        if line.tokens.is_empty() {
            out.push(inner);
            continue;
        }
        let leading_closers = line
            .tokens
            .iter()
            .take_while(|t| is_closer(&t.token))
            .count();
        let level = if leading_closers > 0 {
            let keep = open.len().saturating_sub(leading_closers);
            open.get(keep).map_or(0, |l| l.saturating_sub(1))
        } else {
            inner + usize::from(continued)
        };
        out.push(level);
        for tok in &line.tokens {
            if is_opener(&tok.token) {
                // Every bracket this line opens indents its contents by one level only.
                open.push(level + 1);
            } else if is_closer(&tok.token) {
                open.pop();
            }
        }
        continued = line.tokens.last().is_some_and(|t| goes_on(&t.token));
    }
    out
}

fn is_opener(t: &Token) -> bool {
    matches!(t, Token::LParen | Token::LBracket | Token::LBrace)
}

fn is_closer(t: &Token) -> bool {
    matches!(t, Token::RParen | Token::RBracket | Token::RBrace)
}

/// An operator at the end of a line: the expression goes on on the next line. These are the
/// lexer's continuing tokens, less the brackets (which indent by themselves) and the
/// separators that end an item of a list or a block rather than an operand.
fn goes_on(t: &Token) -> bool {
    crate::lexer::continues(t)
        && !is_opener(t)
        && !matches!(
            t,
            Token::Comma | Token::Colon | Token::Semicolon | Token::Else | Token::Newline
        )
}
