//! The lexer: source text to tokens, with logos.
//!
//! Lexing never stops at a bad character: it becomes a diagnostic with its span and lexing goes
//! on, so one run reports every problem. Newlines are tokens because they end statements; the
//! [`layout`] pass then drops the ones that cannot end a statement (inside brackets, after an
//! operator), so formulas can be broken across lines the way planners write them.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::{SourceId, Span};
use logos::Logos;
use std::fmt;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\r\f]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
pub enum Token<'src> {
    /// Digits with an optional fraction and exponent (`1e5`, `2.5E-3`, as R and SPSS print them).
    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?([eE][+-]?[0-9]+)?")]
    Number(&'src str),
    #[regex(r"[0-9][0-9_]*(\.[0-9][0-9_]*)?%", |lex| { let s = lex.slice(); &s[..s.len() - 1] })]
    Percent(&'src str),
    /// A string literal, still with its quotes and escapes (see [`unescape`]).
    #[regex(r#""([^"\\\n]|\\.)*""#)]
    Str(&'src str),
    #[regex(r#""([^"\\\n]|\\.)*"#)]
    UnterminatedStr(&'src str),
    #[regex(r"[\p{L}_][\p{L}\p{N}_]*")]
    Ident(&'src str),

    #[token("let")]
    Let,
    #[token("fn")]
    Fn,
    #[token("if")]
    If,
    #[token("else")]
    Else,
    #[token("for")]
    For,
    #[token("in")]
    In,
    #[token("print")]
    Print,
    #[token("explain")]
    Explain,
    #[token("use")]
    Use,
    #[token("using")]
    Using,
    #[token("assert")]
    Assert,
    #[token("audit")]
    Audit,
    #[token("reported")]
    Reported,
    #[token("per")]
    Per,
    #[token("true")]
    True,
    #[token("false")]
    False,
    #[token("and")]
    And,
    #[token("or")]
    Or,
    #[token("not")]
    Not,
    #[token("table")]
    Table,
    #[token("try")]
    Try,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("^")]
    Caret,
    #[token("%")]
    PercentSign,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token("<=")]
    #[token("≤")]
    LtEq,
    #[token(">")]
    Gt,
    #[token(">=")]
    #[token("≥")]
    GtEq,
    #[token("=")]
    Assign,
    #[token("=>")]
    FatArrow,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semicolon,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token("..=")]
    DotDotEq,
    #[token("\n")]
    Newline,
}

impl fmt::Display for Token<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Token::Number(s) => return write!(f, "number `{s}`"),
            Token::Percent(s) => return write!(f, "percentage `{s}%`"),
            Token::Str(s) | Token::UnterminatedStr(s) => return write!(f, "string {s}"),
            Token::Ident(s) => return write!(f, "name `{s}`"),
            Token::Newline => "end of line",
            other => return write!(f, "`{}`", other.symbol()),
        };
        f.write_str(s)
    }
}

impl Token<'_> {
    /// The text of a fixed token (keywords and punctuation).
    pub fn symbol(&self) -> &'static str {
        match self {
            Token::Let => "let",
            Token::Fn => "fn",
            Token::If => "if",
            Token::Else => "else",
            Token::For => "for",
            Token::In => "in",
            Token::Print => "print",
            Token::Explain => "explain",
            Token::Use => "use",
            Token::Using => "using",
            Token::Assert => "assert",
            Token::Audit => "audit",
            Token::Reported => "reported",
            Token::Per => "per",
            Token::True => "true",
            Token::False => "false",
            Token::And => "and",
            Token::Or => "or",
            Token::Not => "not",
            Token::Table => "table",
            Token::Try => "try",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Caret => "^",
            Token::PercentSign => "%",
            Token::EqEq => "==",
            Token::NotEq => "!=",
            Token::Lt => "<",
            Token::LtEq => "<=",
            Token::Gt => ">",
            Token::GtEq => ">=",
            Token::Assign => "=",
            Token::FatArrow => "=>",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::Colon => ":",
            Token::Semicolon => ";",
            Token::Dot => ".",
            Token::DotDot => "..",
            Token::DotDotEq => "..=",
            Token::Newline => "\\n",
            Token::Number(_)
            | Token::Percent(_)
            | Token::Str(_)
            | Token::UnterminatedStr(_)
            | Token::Ident(_) => "",
        }
    }

    /// Keywords, for REPL completion and "did you mean".
    pub const KEYWORDS: &'static [&'static str] = &[
        "let", "fn", "if", "else", "for", "in", "print", "explain", "use", "using", "assert",
        "audit", "reported", "per", "true", "false", "and", "or", "not", "table", "try",
    ];
}

/// Lex a whole source. Bad characters and unterminated strings become diagnostics; the tokens
/// around them are kept.
pub fn lex(src: &str, id: SourceId) -> (Vec<(Token<'_>, Span)>, Vec<Diagnostic>) {
    let mut tokens = Vec::new();
    let mut diags = Vec::new();
    let mut lexer = Token::lexer(src);
    while let Some(result) = lexer.next() {
        let span = Span::new(id, lexer.span());
        match result {
            Ok(Token::UnterminatedStr(s)) => {
                diags.push(
                    Diagnostic::error(
                        Code::UnterminatedString,
                        "this string is never closed",
                        span,
                        "the string starts here and runs to the end of the line",
                    )
                    .with_hint("add a closing `\"` on the same line"),
                );
                tokens.push((Token::Str(s), span));
            }
            Ok(tok) => {
                match &tok {
                    Token::Str(raw) => {
                        unescape(raw, span, &mut diags);
                    }
                    Token::Number(text) | Token::Percent(text) => {
                        check_number(text, span, &mut diags)
                    }
                    _ => {}
                }
                tokens.push((tok, span));
            }
            Err(()) => {
                let ch = lexer.slice().chars().next().unwrap_or('?');
                let mut d = Diagnostic::error(
                    Code::UnknownCharacter,
                    format!("unknown character `{}`", ch.escape_debug()),
                    span,
                    "wl does not know this character",
                );
                if let Some(hint) = char_hint(ch) {
                    d = d.with_hint(hint);
                }
                diags.push(d);
            }
        }
    }
    check_double_commas(&tokens, &mut diags);
    diags.extend(
        decimal_commas(&tokens)
            .into_iter()
            .map(|at| decimal_comma_warning(at, &src[at.range()])),
    );
    (layout(tokens), diags)
}

/// Two commas with nothing between them (line breaks aside) are never valid; a record would
/// otherwise read `{a: 1,, b: 2}` as if one were missing.
fn check_double_commas(tokens: &[(Token, Span)], diags: &mut Vec<Diagnostic>) {
    let mut last_comma = false;
    for (tok, span) in tokens {
        match tok {
            Token::Comma if last_comma => diags.push(
                Diagnostic::error(
                    Code::UnexpectedToken,
                    "two commas in a row",
                    *span,
                    "a second comma with nothing before it",
                )
                .with_hint("remove one comma: every entry needs a value"),
            ),
            Token::Comma => last_comma = true,
            Token::Newline => {}
            _ => last_comma = false,
        }
    }
}

/// The commas written between two digits with no space (`0,5`, `round(2,5)`): an Indonesian
/// decimal comma, which wl reads as two numbers (or as a syntax error). A run of such commas
/// (`[1,2,3]`) is a list written tightly, not a decimal, and is left alone.
pub fn decimal_commas(tokens: &[(Token, Span)]) -> Vec<Span> {
    let tight = |a: &Span, b: &Span| a.end == b.start;
    let mut out = Vec::new();
    for (i, w) in tokens.windows(3).enumerate() {
        let [(Token::Number(a), sa), (Token::Comma, sc), (Token::Number(_), sb)] = w else {
            continue;
        };
        if a.contains(['.', 'e', 'E']) || !tight(sa, sc) || !tight(sc, sb) {
            continue;
        }
        let before = i.checked_sub(1).map(|j| &tokens[j]);
        let after = tokens.get(i + 3);
        let chained_before = matches!(before, Some((Token::Comma, s)) if tight(s, sa));
        let chained_after = matches!(after, Some((Token::Comma, s)) if tight(sb, s));
        if !chained_before && !chained_after {
            out.push(Span::new(sa.src, sa.start as usize..sb.end as usize));
        }
    }
    out
}

/// The hint for a decimal comma, shared by the warning and the syntax error it can cause (where
/// it cannot be two numbers).
pub fn decimal_comma_hint(written: &str, parses: bool) -> String {
    let decimal = format!(
        "a decimal is written with a point: `{}`",
        written.replacen(',', ".", 1)
    );
    match parses {
        true => format!("{decimal}; if these are two numbers, put a space after the comma"),
        false => decimal,
    }
}

/// W0105: `round(2,5)` parses as two arguments, `[0,5]` as two items.
fn decimal_comma_warning(at: Span, written: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::DecimalComma,
        format!("`{written}` is two numbers to wl, not a decimal"),
        at,
        "a comma between two digits",
    )
    .with_hint(decimal_comma_hint(written, true))
}

/// The exact value of a number token (`_` separators and an exponent allowed), or `None` when
/// it does not fit the exact decimal type (28 significant digits, up to about 7.9e28).
pub fn number_value(text: &str) -> Option<rust_decimal::Decimal> {
    let cleaned = text.replace('_', "");
    if cleaned.contains(['e', 'E']) {
        rust_decimal::Decimal::from_scientific(&cleaned).ok()
    } else {
        rust_decimal::Decimal::from_str_exact(&cleaned).ok()
    }
}

/// Numbers must fit the exact decimal type.
fn check_number(text: &str, span: Span, diags: &mut Vec<Diagnostic>) {
    if number_value(text).is_none() {
        diags.push(
            Diagnostic::error(
                Code::BadNumber,
                format!("the number `{text}` cannot be held exactly"),
                span,
                "too many digits",
            )
            .with_hint(
                "exact numbers have at most 28 significant digits and stay below 7.9 × 10^28",
            ),
        );
    }
}

fn char_hint(ch: char) -> Option<&'static str> {
    Some(match ch {
        '×' => "write multiplication as `*`",
        '÷' => "write division as `/`",
        '–' | '—' | '−' => "write a minus sign as `-`",
        '“' | '”' => "strings use straight quotes `\"`",
        '\'' => "strings use double quotes `\"`",
        '&' => "write `and`",
        '|' => "write `or`",
        '!' => "write `not` (or `!=` for 'not equal')",
        _ => return None,
    })
}

/// Drop the newlines that cannot end a statement: inside `(` `)` and `[` `]`, after a token
/// that needs something to follow it, before `else`, and repeated blank lines.
pub fn layout<'src>(tokens: Vec<(Token<'src>, Span)>) -> Vec<(Token<'src>, Span)> {
    let mut out: Vec<(Token<'src>, Span)> = Vec::with_capacity(tokens.len());
    let mut depth: Vec<&Token> = Vec::new();
    let mut iter = tokens.iter().peekable();
    while let Some((tok, span)) = iter.next() {
        match tok {
            Token::LParen | Token::LBracket | Token::LBrace => depth.push(tok),
            Token::RParen | Token::RBracket | Token::RBrace => {
                depth.pop();
            }
            _ => {}
        }
        if *tok == Token::Newline {
            let in_brackets = matches!(depth.last(), Some(Token::LParen | Token::LBracket));
            let after_continuation = out.last().is_none_or(|(t, _)| continues(t));
            let before_else = matches!(
                iter.peek(),
                Some((
                    Token::Else | Token::Newline | Token::Dot | Token::Reported,
                    _
                ))
            );
            if in_brackets || after_continuation || before_else {
                continue;
            }
        }
        out.push((tok.clone(), *span));
    }
    out
}

/// Tokens after which the expression or statement must go on.
pub fn continues(tok: &Token) -> bool {
    matches!(
        tok,
        Token::Plus
            | Token::Minus
            | Token::Star
            | Token::Slash
            | Token::Caret
            | Token::EqEq
            | Token::NotEq
            | Token::Lt
            | Token::LtEq
            | Token::Gt
            | Token::GtEq
            | Token::Assign
            | Token::FatArrow
            | Token::LParen
            | Token::LBracket
            | Token::LBrace
            | Token::Comma
            | Token::Colon
            | Token::Semicolon
            | Token::And
            | Token::Or
            | Token::Not
            | Token::Per
            | Token::In
            | Token::DotDot
            | Token::DotDotEq
            | Token::Else
            | Token::Reported
            | Token::Try
            | Token::Newline
    )
}

/// Resolve the escapes of a string literal (with its quotes). Unknown escapes are reported.
pub fn unescape(raw: &str, span: Span, diags: &mut Vec<Diagnostic>) -> String {
    let inner = raw.strip_prefix('"').unwrap_or(raw);
    let inner = inner.strip_suffix('"').unwrap_or(inner);
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some((_, 'n')) => out.push('\n'),
            Some((_, 't')) => out.push('\t'),
            Some((_, '\\')) => out.push('\\'),
            Some((_, '"')) => out.push('"'),
            Some((j, other)) => {
                let start = span.start as usize + 1 + i;
                let end = span.start as usize + 1 + j + other.len_utf8();
                diags.push(
                    Diagnostic::error(
                        Code::BadEscape,
                        format!("unknown escape `\\{other}` in a string"),
                        Span::new(span.src, start..end),
                        "not an escape wl knows",
                    )
                    .with_hint(
                        "the escapes are \\n, \\t, \\\\ and \\\"; write `\\\\` for a backslash",
                    ),
                );
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token<'_>> {
        lex(src, 0).0.into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn numbers_percent_and_units() {
        assert_eq!(
            kinds("1_000.5 30% 20 min"),
            vec![
                Token::Number("1_000.5"),
                Token::Percent("30"),
                Token::Number("20"),
                Token::Ident("min")
            ]
        );
    }

    #[test]
    fn exponents_and_their_values() {
        assert_eq!(
            kinds("1e5 2.5E-3 1e visits"),
            vec![
                Token::Number("1e5"),
                Token::Number("2.5E-3"),
                Token::Number("1"),
                Token::Ident("e"),
                Token::Ident("visits"),
            ]
        );
        // 1e5 = 100000; 2.5e-3 = 0.0025; 1_000e-3 = 1000 / 1000 = 1.
        let v = |t: &str| number_value(t).map(|d| d.normalize().to_string());
        assert_eq!(v("1e5").as_deref(), Some("100000"));
        assert_eq!(v("2.5E-3").as_deref(), Some("0.0025"));
        assert_eq!(v("1_000e-3").as_deref(), Some("1"));
        assert_eq!(v("1e300"), None);
    }

    #[test]
    fn a_range_else_and_reported_may_end_a_line() {
        assert_eq!(
            kinds("1..\n5\nelse\n{\nreported\n1"),
            vec![
                Token::Number("1"),
                Token::DotDot,
                Token::Number("5"),
                Token::Else,
                Token::LBrace,
                Token::Reported,
                Token::Number("1"),
            ]
        );
    }

    #[test]
    fn two_commas_in_a_row_are_an_error() {
        let (_, diags) = lex("{a: 1,\n, b: 2}", 0);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].message, "two commas in a row");
        let (_, diags) = lex("[1, 2,\n]", 0);
        assert!(diags.is_empty());
    }

    #[test]
    fn a_comma_between_two_digits_is_a_decimal_comma_unless_in_a_tight_list() {
        let commas = |src: &str| {
            let toks: Vec<(Token, Span)> = Token::lexer(src)
                .spanned()
                .filter_map(|(t, r)| Some((t.ok()?, Span::new(0, r))))
                .collect();
            decimal_commas(&toks)
                .iter()
                .map(|s| src[s.range()].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(commas("round(2,5)"), ["2,5"]);
        assert_eq!(commas("[0,5] [7,25]"), ["0,5", "7,25"]);
        assert!(commas("round(2, 5) [1,2,3] [1.5,2] f(1 ,2)").is_empty());
        // The warning carries the decimal as it should be written.
        let (_, diags) = lex("print [0,5]", 0);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::DecimalComma);
        assert!(diags[0].hint.as_deref().unwrap().contains("`0.5`"));
    }

    #[test]
    fn unicode_identifiers_and_comments() {
        assert_eq!(
            kinds("let tenaga_kesehatan_Ü = 1 # ≥ comment"),
            vec![
                Token::Let,
                Token::Ident("tenaga_kesehatan_Ü"),
                Token::Assign,
                Token::Number("1")
            ]
        );
    }

    #[test]
    fn bad_character_is_reported_and_lexing_goes_on() {
        let (toks, diags) = lex("a $ b", 0);
        assert_eq!(toks.len(), 2);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::UnknownCharacter);
        assert_eq!(diags[0].primary_span().range(), 2..3);
    }

    #[test]
    fn newlines_inside_brackets_and_after_operators_are_dropped() {
        assert_eq!(
            kinds("(1 +\n 2)\nx"),
            vec![
                Token::LParen,
                Token::Number("1"),
                Token::Plus,
                Token::Number("2"),
                Token::RParen,
                Token::Newline,
                Token::Ident("x")
            ]
        );
    }

    #[test]
    fn escapes() {
        let mut d = Vec::new();
        assert_eq!(unescape(r#""a\tb\"c""#, Span::default(), &mut d), "a\tb\"c");
        assert!(d.is_empty());
        unescape(r#""a\qb""#, Span::default(), &mut d);
        assert_eq!(d[0].code, Code::BadEscape);
        assert_eq!(d[0].primary_span().range(), 2..4);
    }
}
