//! Expressions, one precedence layer per level, lowest last:
//! postfix (call, field, index) > `^` > unary `-` > `* /` > `+ -` > `..` > `in UNIT` >
//! comparisons > `not` > `and` > `or`.

use super::{ident, keyword_as_name, nl, Extra};
use crate::ast::*;
use crate::lexer::Token;
use crate::span::{Span, Spanned};
use crate::units::is_builtin_time_unit;
use chumsky::input::ValueInput;
use chumsky::prelude::*;
use rust_decimal::Decimal;
use std::rc::Rc;

/// Parse the text of a number token; the lexer has already reported any that overflow.
pub(super) fn decimal(text: &str) -> Decimal {
    // The lexer has reported a number that does not fit.
    crate::lexer::number_value(text).unwrap_or_default()
}

/// A unit: `min`, `visits`, `%`, `min per visit`, `h/day` (`/` only before a time unit, so that
/// `120 h / staff` stays a division).
pub(super) fn unit<'t, 's: 't, I>() -> impl Parser<'t, I, UnitExpr, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let head =
        ident().or(just(Token::PercentSign).map_with(|_, e| Spanned::new(Rc::from("%"), e.span())));
    let per =
        just(Token::Per).ignore_then(ident()).or(just(Token::Slash)
            .ignore_then(ident().filter(|n: &Name| is_builtin_time_unit(&n.node))));
    head.then(per.repeated().collect::<Vec<_>>())
        .map_with(|(numerator, per), e| UnitExpr {
            numerator: Some(numerator),
            per,
            span: e.span(),
        })
        .labelled("unit")
}

/// A number or percentage as written, with the unit `unit` parses after it. A percentage takes
/// no unit: a name after `30%` is left for the caller to reject, never dropped.
pub(super) fn number_lit<'t, 's: 't, I, U>(
    unit: U,
) -> impl Parser<'t, I, NumberLit, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    U: Parser<'t, I, UnitExpr, Extra<'t, 's>> + Clone + 't,
{
    let lit = |text: &str, percent, unit| {
        let value = decimal(text);
        NumberLit {
            value,
            // An exponent is spelt out, so that decimals are counted (in audits) as written
            // out: 1.2e-5 has the six decimals of 0.000012.
            text: if text.contains(['e', 'E']) {
                Rc::from(value.normalize().to_string())
            } else {
                Rc::from(text)
            },
            percent,
            unit,
            over: None,
        }
    };
    let number = select! { Token::Number(s) => s }
        .then(unit.or_not())
        .map(move |(text, unit)| lit(text, false, unit));
    let percent = select! { Token::Percent(s) => s }.map(move |text| lit(text, true, None));
    number.or(percent)
}

/// A fraction of two plain numbers written before a unit, `1/3 FTE` or `2/3 h per week`: one
/// quantity, a third of an FTE, not 1 divided by 3 FTE. Without a unit after it, `1/3` stays a
/// division (with the same value), and so does `1/0 FTE`: a division by zero, reported (and
/// caught by `try`) when it runs, as any other.
fn fraction_lit<'t, 's: 't, I>() -> impl Parser<'t, I, NumberLit, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let plain = select! { Token::Number(s) => s };
    let not_zero = plain.filter(|t: &&str| !decimal(t).is_zero());
    plain
        .then_ignore(just(Token::Slash))
        .then(not_zero)
        .then(unit())
        .map(|((top, bottom), unit)| NumberLit {
            value: decimal(top),
            text: Rc::from(top),
            percent: false,
            unit: Some(unit),
            over: Some(decimal(bottom)),
        })
}

/// `(a, b = 2)`: the parameters of a named function or a lambda.
pub(super) fn params<'t, 's: 't, I, P>(
    expr: P,
) -> impl Parser<'t, I, Vec<Param>, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    ident()
        .then(just(Token::Assign).ignore_then(expr).or_not())
        .map(|(name, default)| Param { name, default })
        .separated_by(nl().then(just(Token::Comma)).then(nl()))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .labelled("parameters")
}

/// A parser of expressions at one precedence layer, boxed so that layers compose cheaply.
type Layer<'t, 's, I> = chumsky::Boxed<'t, 't, I, Expr, Extra<'t, 's>>;

/// The whole expression grammar: each layer is built on the one that binds tighter.
pub(super) fn expr<'t, 's: 't, I, P, B>(
    expr: P,
    block: B,
) -> impl Parser<'t, I, Expr, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    B: Parser<'t, I, Block, Extra<'t, 's>> + Clone + 't,
{
    let postfix = postfix(atom(expr.clone(), block), expr);
    let arithmetic = sum(product(unary(power(postfix))));
    let comparison = comparison(convert(range(arithmetic)));
    let and = left_assoc(not(comparison), just(Token::And).to(BinaryOp::And));
    left_assoc(and, just(Token::Or).to(BinaryOp::Or)).labelled("expression")
}

/// Literals and names: `12 visits`, `30%`, `"text"`, `true`, `x`.
fn literal<'t, 's: 't, I>() -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let number = fraction_lit().or(number_lit(unit())).map(ExprKind::Number);
    let string = select! { Token::Str(s) => s }.map(|s| ExprKind::Str(Rc::from(unquote(s))));
    number
        .or(string)
        .or(just(Token::True).to(ExprKind::Bool(true)))
        .or(just(Token::False).to(ExprKind::Bool(false)))
        .or(ident().map(|n| ExprKind::Name(n.node)))
}

/// A comma between items, with line breaks allowed around it.
fn comma<'t, 's: 't, I>() -> impl Parser<'t, I, (), Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    nl().then(just(Token::Comma)).then(nl()).ignored()
}

/// `[a, b, c] unit?`
fn list<'t, 's: 't, I, P>(expr: P) -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    expr.separated_by(comma())
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .then(unit().or_not())
        .map(|(items, unit)| ExprKind::List(items, unit))
        .labelled("list")
}

/// A record key: a name, a string, or (an error at it) a keyword.
fn key<'t, 's: 't, I>() -> impl Parser<'t, I, Name, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    ident()
        .or(select! { Token::Str(s) => s }
            .map_with(|s, e| Spanned::new(Rc::from(unquote(s)), e.span())))
        .or(keyword_as_name("a key"))
}

/// `{ key: value, ... }`: the body of a record or a table. Entries are separated by commas or
/// line breaks.
fn entries<'t, 's: 't, I, P>(
    expr: P,
) -> impl Parser<'t, I, Vec<(Name, Expr)>, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    let entry = key()
        .then_ignore(just(Token::Colon))
        .then_ignore(nl())
        .then(expr);
    let entry_sep = just(Token::Comma)
        .ignored()
        .or(just(Token::Newline).ignored())
        .repeated()
        .at_least(1);
    entry
        .separated_by(entry_sep)
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(
            just(Token::LBrace).then(nl()),
            nl().then(just(Token::RBrace)),
        )
}

/// A record. Only `{ key:` or `{}` starts a record, decided by looking two tokens ahead: any
/// other `{` is a block, never tried as both. Trying both made parsing exponential in the
/// number of unclosed braces (each `{` parsed once as a record and again as a block). Past
/// `{ key:` an error is the record's, at the token that breaks it.
fn record<'t, 's: 't, I, P>(expr: P) -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    let looks_like_record = just(Token::LBrace)
        .then(nl())
        .then(key())
        .then(just(Token::Colon))
        .rewind();
    let empty = just(Token::LBrace)
        .then(nl())
        .then(just(Token::RBrace))
        .rewind();
    looks_like_record
        .clone()
        .ignored()
        .or(empty.ignored())
        .ignore_then(entries(expr))
        .map(ExprKind::Record)
        .recover_with(via_parser(looks_like_record.ignore_then(
            nested_delimiters(
                Token::LBrace,
                Token::RBrace,
                [
                    (Token::LParen, Token::RParen),
                    (Token::LBracket, Token::RBracket),
                ],
                |_| ExprKind::Error,
            ),
        )))
        .labelled("record")
}

/// `fn(a, b) => body` or `fn(a) { ... }`.
fn lambda<'t, 's: 't, I, P, B>(
    expr: P,
    block: B,
) -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    B: Parser<'t, I, Block, Extra<'t, 's>> + Clone + 't,
{
    let body = just(Token::FatArrow)
        .ignore_then(expr.clone())
        .or(block.map(|b: Block| {
            let span = b.span;
            Expr {
                kind: ExprKind::Block(Box::new(b)),
                span,
            }
        }));
    just(Token::Fn)
        .ignore_then(params(expr))
        .then(body)
        .map_with(|(params, body), e| {
            ExprKind::Lambda(Rc::new(FnDef {
                name: None,
                params,
                body,
                span: e.span(),
                doc: None,
            }))
        })
        .labelled("function")
}

/// `if c { ... } else if d { ... } else { ... }`
fn if_else<'t, 's: 't, I, P, B>(
    expr: P,
    block: B,
) -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    B: Parser<'t, I, Block, Extra<'t, 's>> + Clone + 't,
{
    recursive(|if_| {
        just(Token::If)
            .ignore_then(expr.clone())
            .then(block.clone())
            .then(
                just(Token::Else)
                    .ignore_then(if_.or(block.clone().map_with(|b, e| Expr {
                        kind: ExprKind::Block(Box::new(b)),
                        span: e.span(),
                    })))
                    .or_not(),
            )
            .map_with(|((cond, then), otherwise), e| Expr {
                kind: ExprKind::If(Box::new(cond), Box::new(then), otherwise.map(Box::new)),
                span: e.span(),
            })
    })
    .map(|e: Expr| e.into_kind())
    .labelled("if")
}

/// `try EXPR` or `try EXPR else FALLBACK`. Both take a whole expression, as a lambda's `=>`
/// body does: `try a / b else 0` is `try (a / b) else 0`, and the operand ends at `else`.
fn try_expr<'t, 's: 't, I, P>(expr: P) -> impl Parser<'t, I, ExprKind, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    just(Token::Try)
        .ignore_then(expr.clone())
        .then(just(Token::Else).ignore_then(expr).or_not())
        .map(|(body, fallback)| ExprKind::Try(Box::new(body), fallback.map(Box::new)))
        .labelled("try")
}

/// An error node for a bracket pair whose inside did not parse, so parsing goes on after it.
fn skip_brackets<'t, 's: 't, I>(
    open: Token<'s>,
    close: Token<'s>,
    others: [(Token<'s>, Token<'s>); 2],
) -> impl Parser<'t, I, Expr, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    nested_delimiters(open, close, others, |span| Expr {
        kind: ExprKind::Error,
        span,
    })
}

/// The tightest layer: a literal, list, table, function, `if`, `try`, record, block or
/// `( ... )`.
fn atom<'t, 's: 't, I, P, B>(expr: P, block: B) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    B: Parser<'t, I, Block, Extra<'t, 's>> + Clone + 't,
{
    let table = just(Token::Table)
        .ignore_then(entries(expr.clone()))
        .map(ExprKind::Table)
        .labelled("table");
    let block_expr = block.clone().map(|b| ExprKind::Block(Box::new(b)));
    let paren = expr
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map(|e: Expr| e.into_kind());
    literal()
        .or(list(expr.clone()))
        .or(table)
        .or(lambda(expr.clone(), block.clone()))
        .or(if_else(expr.clone(), block))
        .or(try_expr(expr.clone()))
        .or(record(expr))
        .or(block_expr)
        .or(paren)
        .map_with(|kind, e| Expr {
            kind,
            span: e.span(),
        })
        .recover_with(via_parser(skip_brackets(
            Token::LParen,
            Token::RParen,
            [
                (Token::LBracket, Token::RBracket),
                (Token::LBrace, Token::RBrace),
            ],
        )))
        .recover_with(via_parser(skip_brackets(
            Token::LBracket,
            Token::RBracket,
            [
                (Token::LParen, Token::RParen),
                (Token::LBrace, Token::RBrace),
            ],
        )))
        .labelled("expression")
        .boxed()
}

/// Postfix: calls (`f(a, of: b)`), field access (`r.x`), indexing (`xs[0]`).
fn postfix<'t, 's: 't, I, P>(atom: Layer<'t, 's, I>, expr: P) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    let arg = ident()
        .or(keyword_as_name("an argument name"))
        .then_ignore(just(Token::Colon))
        .or_not()
        .then(expr.clone())
        .map(|(name, value)| Arg { name, value });
    let args = arg
        .separated_by(comma())
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map(Postfix::Call)
        .labelled("arguments");
    let field = just(Token::Dot).ignore_then(ident()).map(Postfix::Field);
    let index = expr
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map(Postfix::Index);
    atom.foldl_with(
        args.or(field).or(index).repeated(),
        |callee: Expr, op, e| {
            let kind = match op {
                Postfix::Call(args) => ExprKind::Call(Box::new(callee), args),
                Postfix::Field(name) => ExprKind::Field(Box::new(callee), name),
                Postfix::Index(i) => ExprKind::Index(Box::new(callee), Box::new(i)),
            };
            Expr {
                kind,
                span: e.span(),
            }
        },
    )
    .boxed()
}

/// `^` is right-associative and binds tighter than unary minus: -2^2 is -4.
fn power<'t, 's: 't, I>(postfix: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    postfix
        .clone()
        .then(
            just(Token::Caret)
                .ignore_then(postfix)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(first, rest): (Expr, Vec<Expr>)| {
            let mut all = vec![first];
            all.extend(rest);
            let mut acc = all.pop().expect("at least one operand");
            while let Some(left) = all.pop() {
                let span = left.span.to(acc.span);
                acc = binary(BinaryOp::Pow, left, acc, span);
            }
            acc
        })
        .boxed()
}

/// A prefix operator, any number of times: `- - x`, `not not c`.
fn prefix<'t, 's: 't, I>(
    token: Token<'s>,
    op: UnaryOp,
    operand: Layer<'t, 's, I>,
) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    just(token)
        .map_with(|_, e| e.span())
        .repeated()
        .foldr(operand, move |op_span: Span, operand: Expr| {
            let span = op_span.to(operand.span);
            Expr {
                kind: ExprKind::Unary(op, Box::new(operand)),
                span,
            }
        })
        .boxed()
}

/// Unary minus.
fn unary<'t, 's: 't, I>(power: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    prefix(Token::Minus, UnaryOp::Neg, power)
}

/// `*` and `/`.
fn product<'t, 's: 't, I>(unary: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let op = just(Token::Star)
        .to(BinaryOp::Mul)
        .or(just(Token::Slash).to(BinaryOp::Div));
    left_assoc(unary, op)
}

/// `+` and `-`.
fn sum<'t, 's: 't, I>(product: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let op = just(Token::Plus)
        .to(BinaryOp::Add)
        .or(just(Token::Minus).to(BinaryOp::Sub));
    left_assoc(product, op)
}

/// `a..b` and `a..=b`, at most once.
fn range<'t, 's: 't, I>(sum: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    sum.clone()
        .then(
            just(Token::DotDotEq)
                .to(true)
                .or(just(Token::DotDot).to(false))
                .then(sum)
                .or_not(),
        )
        .map(|(start, end): (Expr, Option<(bool, Expr)>)| match end {
            None => start,
            Some((inclusive, end)) => {
                let span = start.span.to(end.span);
                Expr {
                    kind: ExprKind::Range {
                        start: Box::new(start),
                        end: Box::new(end),
                        inclusive,
                    },
                    span,
                }
            }
        })
        .boxed()
}

/// `x in UNIT`, any number of times.
fn convert<'t, 's: 't, I>(range: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    range
        .foldl_with(
            just(Token::In).ignore_then(unit()).repeated(),
            |value, unit, e| Expr {
                kind: ExprKind::Convert(Box::new(value), unit),
                span: e.span(),
            },
        )
        .boxed()
}

/// `== != < <= > >=`.
fn comparison<'t, 's: 't, I>(convert: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    let op = select! {
        Token::EqEq => BinaryOp::Eq,
        Token::NotEq => BinaryOp::NotEq,
        Token::Lt => BinaryOp::Lt,
        Token::LtEq => BinaryOp::LtEq,
        Token::Gt => BinaryOp::Gt,
        Token::GtEq => BinaryOp::GtEq,
    };
    left_assoc(convert, op)
}

/// `not`, below the comparisons: `not a == b` is `not (a == b)`.
fn not<'t, 's: 't, I>(comparison: Layer<'t, 's, I>) -> Layer<'t, 's, I>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    prefix(Token::Not, UnaryOp::Not, comparison)
}

enum Postfix {
    Call(Vec<Arg>),
    Field(Name),
    Index(Expr),
}

fn binary(op: BinaryOp, left: Expr, right: Expr, span: Span) -> Expr {
    Expr {
        kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
        span,
    }
}

fn left_assoc<'t, 's: 't, I, P, O>(
    operand: P,
    op: O,
) -> chumsky::Boxed<'t, 't, I, Expr, Extra<'t, 's>>
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    O: Parser<'t, I, BinaryOp, Extra<'t, 's>> + Clone + 't,
{
    operand
        .clone()
        .foldl(op.then(operand).repeated(), |left, (op, right)| {
            let span = left.span.to(right.span);
            binary(op, left, right, span)
        })
        .boxed()
}

/// The text of a string token without its quotes, escapes resolved (the lexer has already
/// reported bad escapes).
pub(super) fn unquote(raw: &str) -> String {
    crate::lexer::unescape(raw, Span::default(), &mut Vec::new())
}
