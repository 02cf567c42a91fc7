//! The parser: tokens to a [`Program`], with chumsky.
//!
//! Split by grammar area: [`expr`] (expressions by precedence layer) and [`stmt`] (statements,
//! blocks, declarations). Errors recover per statement and per bracket pair, so one run lists
//! every syntax error in a file. Input that runs out before a construct is complete gets its
//! own code, [`Code::UnexpectedEnd`], which the REPL uses to keep reading lines.

mod expr;
mod stmt;

use crate::ast::{Name, Program, StmtKind};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::lexer::{lex, Token};
use crate::span::{SourceId, Span, Spanned};
use chumsky::error::{Rich, RichPattern, RichReason};
use chumsky::input::ValueInput;
use chumsky::prelude::*;
use std::rc::Rc;

pub(crate) type Extra<'t, 's> = extra::Err<Rich<'t, Token<'s>, Span>>;

/// How deeply brackets and prefix operators may nest. Far beyond any real formula; it keeps
/// hostile input (100,000 open parentheses) from exhausting the stack.
pub const MAX_NESTING: usize = 200;

pub(crate) fn ident<'t, 's: 't, I>() -> impl Parser<'t, I, Name, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    select! { Token::Ident(s) => s }
        .map_with(|s, e| Spanned::new(Rc::from(s), e.span()))
        .labelled("name")
}

/// A keyword written where a name is wanted before `:` (a record key, a named argument): an
/// error at the keyword itself, and parsing goes on as if it were the name, so the record or
/// call around it is not reported instead. `what` is "a key" or "an argument name".
pub(crate) fn keyword_as_name<'t, 's: 't, I>(
    what: &'static str,
) -> impl Parser<'t, I, Name, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    any()
        .filter(|t: &Token| Token::KEYWORDS.contains(&t.symbol()))
        .then_ignore(just(Token::Colon).rewind())
        .validate(move |t: Token, e, emitter| {
            let word = t.symbol();
            let hint = if what == "a key" {
                format!("quote it: `\"{word}\": ...`")
            } else {
                format!("`{word}` cannot name a parameter; pass the value by position")
            };
            emitter.emit(Rich::custom(
                e.span(),
                custom(
                    &format!("`{word}` is a keyword, so it cannot be {what}"),
                    "a keyword",
                    &hint,
                ),
            ));
            Spanned::new(Rc::from(word), e.span())
        })
        .labelled("name")
}

/// A custom parse error as `message`, `label` and `hint` on separate lines, read back by
/// [`syntax_diagnostic`].
fn custom(message: &str, label: &str, hint: &str) -> String {
    format!("{message}\n{label}\n{hint}")
}

/// Optional line breaks (inside records and argument lists that span lines).
pub(crate) fn nl<'t, 's: 't, I>() -> impl Parser<'t, I, (), Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    just(Token::Newline).repeated()
}

fn program_parser<'t, 's: 't, I>() -> impl Parser<'t, I, Program, Extra<'t, 's>>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    // Every recursion goes through `recursive`, whose handle inside the definition is a weak
    // reference. `Recursive::declare` with `define` would tie strong `Rc` cycles (the defined
    // parser holding clones of itself) that are never freed: one whole grammar leaked on every
    // `parse`, which a REPL or language server calls for every input (issue 15).
    let stmt = recursive(|stmt| {
        let block = stmt::block(stmt.clone()).boxed();
        let expr = recursive(|expr| expr::expr(expr, block.clone()));
        stmt::stmt(expr, block)
    });
    stmt::program(stmt).then_ignore(end())
}

/// Lex and parse one source. Always returns a program (possibly with error nodes) and every
/// diagnostic found.
pub fn parse(text: &str, id: SourceId) -> (Program, Vec<Diagnostic>) {
    let (tokens, mut diags) = lex(text, id);
    if let Some(d) = check_nesting(&tokens) {
        diags.push(d);
        return (Program { stmts: Vec::new() }, diags);
    }
    let eoi = Span::new(id, text.len()..text.len());
    let input = tokens.as_slice().split_token_span(eoi);
    let (program, errors) = program_parser().parse(input).into_output_errors();
    // A syntax error at or right after a lexing error on the same line is only its echo (a
    // warning explains no syntax error).
    let lexed: Vec<Span> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.primary_span())
        .collect();
    let echo = |d: &Diagnostic| {
        let s = d.primary_span();
        lexed.iter().any(|l| {
            l.start == s.start
                || (l.end <= s.start && !text[l.end as usize..s.start as usize].contains('\n'))
        })
    };
    for d in errors.into_iter().map(|e| syntax_diagnostic(e, id, text)) {
        let repeated = diags
            .iter()
            .any(|x| x.primary_span() == d.primary_span() && x.message == d.message);
        if !echo(&d) && !repeated {
            diags.push(d);
        }
    }
    explain_decimal_commas(&mut diags, text);
    // Lexing errors were found first; the reader wants them all in source order.
    diags.sort_by_key(|d| d.primary_span().start);
    let mut program = program.unwrap_or(Program { stmts: Vec::new() });
    attach_docs(&mut program, text);
    (program, diags)
}

/// A decimal comma that broke the parse (`let x = 0,5 h`) is the cause of the syntax error at
/// or after it on its line: that error gets the decimal hint, and the comma's own warning (W0105,
/// "two numbers") goes, as there is no reading of two numbers to warn about.
fn explain_decimal_commas(diags: &mut Vec<Diagnostic>, text: &str) {
    let commas: Vec<Span> = diags
        .iter()
        .filter(|d| d.code == Code::DecimalComma)
        .map(|d| d.primary_span())
        .collect();
    let mut explained = Vec::new();
    for comma in commas {
        let same_line = |s: Span| {
            s.start >= comma.start && !text[comma.range().start..s.start as usize].contains('\n')
        };
        let first = diags
            .iter_mut()
            .filter(|d| d.code == Code::UnexpectedToken && same_line(d.primary_span()))
            .min_by_key(|d| d.primary_span().start);
        if let Some(d) = first {
            d.hint = Some(crate::lexer::decimal_comma_hint(
                &text[comma.range()],
                false,
            ));
            explained.push(comma);
        }
    }
    diags.retain(|d| !(d.code == Code::DecimalComma && explained.contains(&d.primary_span())));
}

/// Give each top-level `fn` the comment lines directly above it as its doc. The lexer skips
/// comments, so the doc is read back from the text: the unbroken run of lines that start with
/// `#` ending on the line before the one `fn` opens (a blank line ends the run).
fn attach_docs(program: &mut Program, text: &str) {
    for stmt in &mut program.stmts {
        if let StmtKind::Fn(def) = &mut stmt.kind {
            let doc = doc_above(text, def.span.start as usize);
            // The definition was built just now and is not shared yet.
            if let Some(def) = Rc::get_mut(def) {
                def.doc = doc;
            }
        }
    }
}

/// The doc comment that ends on the line before byte `start`, if `start` opens its line.
fn doc_above(text: &str, start: usize) -> Option<Rc<str>> {
    let before = text.get(..start)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before[line_start..].trim().is_empty() || line_start == 0 {
        return None;
    }
    let mut lines: Vec<&str> = before[..line_start - 1]
        .lines()
        .rev()
        .map_while(|l| l.trim_start().strip_prefix('#'))
        .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
        .collect();
    if before[..line_start - 1].ends_with('\n') {
        // The line directly above is blank: no doc.
        return None;
    }
    lines.reverse();
    let doc = lines.join("\n");
    let doc = doc.trim_matches('\n');
    (!doc.is_empty()).then(|| Rc::from(doc))
}

/// True when the input stopped in the middle of a construct (the REPL then reads on).
pub fn is_incomplete(diags: &[Diagnostic]) -> bool {
    // Recovery may add follow-on errors inside an unclosed block; the end of input decides.
    diags.iter().any(|d| d.code == Code::UnexpectedEnd)
}

fn check_nesting(tokens: &[(Token, Span)]) -> Option<Diagnostic> {
    let mut depth = 0usize;
    let mut prefix_run = 0usize;
    for (tok, span) in tokens {
        match tok {
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
        if matches!(tok, Token::Minus | Token::Not) {
            prefix_run += 1;
        } else {
            prefix_run = 0;
        }
        if depth > MAX_NESTING || prefix_run > MAX_NESTING {
            return Some(
                Diagnostic::error(
                    Code::TooDeep,
                    format!("brackets or operators nested more than {MAX_NESTING} deep"),
                    *span,
                    "nesting passes the limit here",
                )
                .with_hint("split the expression with `let` bindings"),
            );
        }
    }
    None
}

fn syntax_diagnostic(err: Rich<'_, Token<'_>, Span>, id: SourceId, text: &str) -> Diagnostic {
    let len = text.len();
    let span = *err.span();
    let expected = match err.reason() {
        RichReason::ExpectedFound { expected, .. } => describe_expected(expected),
        RichReason::Custom(msg) => {
            let mut lines = msg.splitn(3, '\n');
            let message = lines.next().unwrap_or_default();
            let label = lines.next().unwrap_or(message);
            let d = Diagnostic::error(Code::UnexpectedToken, message, span, label);
            return match lines.next() {
                Some(hint) => d.with_hint(hint),
                None => d,
            };
        }
    };
    let context = err
        .contexts()
        .next()
        .map(|(label, ctx_span)| (label.to_string(), *ctx_span));
    let mut diag = match err.found() {
        None => Diagnostic::error(
            Code::UnexpectedEnd,
            "the input ends before this is complete",
            Span::new(id, len..len),
            format!("expected {expected} here"),
        ),
        Some(found) => Diagnostic::error(
            Code::UnexpectedToken,
            format!("unexpected {found}"),
            span,
            format!("expected {expected}"),
        ),
    };
    if let Some((label, ctx_span)) = context {
        if ctx_span != span {
            diag = diag.with_label(ctx_span, format!("while reading this {label}"));
        }
    }
    let keyword = err
        .found()
        .map(|t| t.symbol())
        .filter(|w| Token::KEYWORDS.contains(w));
    if let (Some(word), true) = (keyword, expected.contains("name")) {
        diag = diag.with_hint(format!("`{word}` is a keyword and cannot be a name"));
    }
    if let Some(Token::Newline) = err.found() {
        diag = diag.with_hint("a line break ends a statement; break long formulas after an operator or inside brackets");
    }
    let after_percent = text
        .get(..span.start as usize)
        .is_some_and(|before| before.trim_end().ends_with('%'));
    if matches!(err.found(), Some(Token::Ident(_))) && after_percent {
        diag = diag.with_hint(
            "a percentage is a share and takes no unit: write `30%`, or a count such as `30 visits`",
        );
    }
    diag
}

/// Tokens summarised as "an operator" in "expected ..." lists, which are otherwise long.
fn is_operator(t: &Token) -> bool {
    matches!(
        t,
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
            | Token::And
            | Token::Or
            | Token::In
            | Token::Per
            | Token::Dot
            | Token::DotDot
            | Token::DotDotEq
            | Token::LBracket
    )
}

fn describe_expected(expected: &[RichPattern<'_, Token<'_>>]) -> String {
    let has_expression = expected
        .iter()
        .any(|p| matches!(p, RichPattern::Label(l) if l.as_ref() == "expression"));
    let mut names: Vec<String> = expected
        .iter()
        .map(|p| match p {
            RichPattern::Token(t)
                if has_expression && matches!(&**t, Token::Minus | Token::Not) =>
            {
                "expression".to_string()
            }
            RichPattern::Token(t) if is_operator(t) => "an operator".to_string(),
            RichPattern::Token(t) if matches!(&**t, Token::Newline | Token::Semicolon) => {
                "end of line".to_string()
            }
            RichPattern::Label(l) if matches!(l.as_ref(), "arguments" | "unit") => {
                "an operator".to_string()
            }
            RichPattern::EndOfInput => "end of line".to_string(),
            RichPattern::Token(t) => t.to_string(),
            RichPattern::Label(l) => l.to_string(),
            other => other.to_string(),
        })
        .filter(|n| n != "something else")
        .collect();
    names.sort();
    names.dedup();
    match names.len() {
        0 => "something else".to_string(),
        1 => names.remove(0),
        _ => {
            let last = names.pop().unwrap_or_default();
            format!("{} or {}", names.join(", "), last)
        }
    }
}
