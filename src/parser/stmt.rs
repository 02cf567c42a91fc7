//! Statements, blocks, declarations and whole programs. Statements end at a line break or `;`;
//! a statement that does not parse is skipped up to the next line break so the rest of the file
//! is still checked.

use super::expr::{number_lit, params, unit, unquote};
use super::{ident, Extra};
use crate::ast::*;
use crate::lexer::Token;
use crate::span::{Span, Spanned};
use chumsky::input::ValueInput;
use chumsky::prelude::*;
use std::rc::Rc;

fn sep<'t, 's: 't, I>() -> impl Parser<'t, I, (), Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    just(Token::Newline)
        .or(just(Token::Semicolon))
        .repeated()
        .at_least(1)
}

fn seps<'t, 's: 't, I>() -> impl Parser<'t, I, (), Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    just(Token::Newline).or(just(Token::Semicolon)).repeated()
}

fn string<'t, 's: 't, I>() -> impl Parser<'t, I, Spanned<Rc<str>>, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
{
    select! { Token::Str(s) => s }.map_with(|s, e| Spanned::new(Rc::from(unquote(s)), e.span()))
}

/// Items (statements, declaration fields) separated by line breaks or `;`, with error recovery
/// per item: the rest of a line that does not parse is skipped (its error reported) and the
/// next line is read. The rest is skipped, not retried token by token: a retry at every token
/// re-parses what follows it, which made a line of unclosed `{` take time exponential in
/// their number.
fn lines<'t, 's: 't, I, O, S>(item: S) -> impl Parser<'t, I, Vec<O>, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    S: Parser<'t, I, O, Extra<'t, 's>> + Clone + 't,
    O: 't,
{
    // At least one token is skipped: at a line end or `}` there is no item to recover, and the
    // list ends there.
    let rest_of_line = none_of([Token::Newline, Token::Semicolon, Token::RBrace])
        .repeated()
        .at_least(1)
        .map(|_| None);
    let recovering = item.map(Some).recover_with(via_parser(rest_of_line));
    seps()
        .ignore_then(
            recovering
                .separated_by(sep())
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then_ignore(seps())
        .map(|items| items.into_iter().flatten().collect())
}

pub(super) fn block<'t, 's: 't, I, S>(stmt: S) -> impl Parser<'t, I, Block, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    S: Parser<'t, I, Stmt, Extra<'t, 's>> + Clone + 't,
{
    lines(stmt)
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|stmts, e| Block {
            stmts,
            span: e.span(),
        })
        .recover_with(via_parser(nested_delimiters(
            Token::LBrace,
            Token::RBrace,
            [
                (Token::LParen, Token::RParen),
                (Token::LBracket, Token::RBracket),
            ],
            |span| Block {
                stmts: vec![Stmt {
                    kind: StmtKind::Error,
                    span,
                }],
                span,
            },
        )))
        .labelled("block")
}

pub(super) fn program<'t, 's: 't, I, S>(
    stmt: S,
) -> impl Parser<'t, I, Program, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    S: Parser<'t, I, Stmt, Extra<'t, 's>> + Clone + 't,
{
    lines(stmt).map(|stmts| Program { stmts })
}

pub(super) fn stmt<'t, 's: 't, I, P, B>(
    expr: P,
    block: B,
) -> impl Parser<'t, I, Stmt, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
    B: Parser<'t, I, Block, Extra<'t, 's>> + Clone + 't,
{
    let let_ = just(Token::Let)
        .ignore_then(ident())
        .then_ignore(just(Token::Assign))
        .then(expr.clone())
        .map(|(name, value)| StmtKind::Let(name, value));

    let assign = ident()
        .then_ignore(just(Token::Assign))
        .then(expr.clone())
        .map(|(name, value)| StmtKind::Assign(name, value));

    let fn_ = just(Token::Fn)
        .ignore_then(ident())
        .then(params(expr.clone()))
        .then(block.clone())
        .map_with(|((name, params), body), e| {
            let span = body.span;
            StmtKind::Fn(Rc::new(FnDef {
                name: Some(name),
                params,
                body: Expr {
                    kind: ExprKind::Block(Box::new(body)),
                    span,
                },
                span: e.span(),
                doc: None,
            }))
        });

    let print = just(Token::Print)
        .ignore_then(expr.clone())
        .map(StmtKind::Print);

    let explain = just(Token::Explain)
        .ignore_then(expr.clone())
        .map(StmtKind::Explain);

    let for_ = just(Token::For)
        .ignore_then(ident())
        .then_ignore(just(Token::In))
        .then(expr.clone())
        .then(block.clone())
        .map(|((name, iter), body)| StmtKind::For(name, iter, body));

    let use_ = just(Token::Use).ignore_then(string()).map(StmtKind::Use);

    let using = just(Token::Using)
        .ignore_then(expr.clone())
        .map(StmtKind::Using);

    let assert = just(Token::Assert)
        .ignore_then(expr.clone())
        .then(just(Token::Comma).ignore_then(expr.clone()).or_not())
        .map(|(cond, message)| StmtKind::Assert(cond, message));

    // `alpha` after the figure is the contextual keyword, not a counted unit.
    let reported_unit =
        unit().filter(|u: &UnitExpr| u.numerator.as_ref().is_none_or(|n| &*n.node != "alpha"));
    let reported = just(Token::Minus)
        .or_not()
        .then(number_lit(reported_unit))
        .map_with(|(minus, lit), e| (minus.is_some(), lit, e.span()))
        .labelled("reported figure");
    let alpha = select! { Token::Ident(s) if s == "alpha" => () }
        .ignore_then(expr.clone())
        .or_not();
    let audit = just(Token::Audit)
        .ignore_then(expr.clone())
        .then_ignore(just(Token::Reported))
        .then(reported)
        .then(alpha)
        .map(|((value, (negative, reported, reported_span)), alpha)| {
            StmtKind::Audit(Audit {
                value,
                reported,
                reported_span,
                negative,
                alpha,
            })
        });

    let decl = decl(expr.clone()).map(StmtKind::Decl);

    let expr_stmt = expr.map(StmtKind::Expr);

    let_.or(fn_)
        .or(print)
        .or(explain)
        .or(for_)
        .or(use_)
        .or(using)
        .or(assert)
        .or(audit)
        .or(decl)
        .or(assign)
        .or(expr_stmt)
        .map_with(|kind, e| Stmt {
            kind,
            span: e.span(),
        })
        .labelled("statement")
}

/// `KIND NAME [in CAL] { items }`, `KIND "label" { items }`, and inside a body also the
/// one-line form `KIND "label" = value [for count]`.
fn decl<'t, 's: 't, I, P>(expr: P) -> impl Parser<'t, I, Decl, Extra<'t, 's>> + Clone
where
    I: ValueInput<'t, Token = Token<'s>, Span = Span>,
    P: Parser<'t, I, Expr, Extra<'t, 's>> + Clone + 't,
{
    recursive(|decl| {
        let field = ident()
            .then_ignore(just(Token::Assign))
            .then(expr.clone())
            .map(|(name, value)| DeclItem::Field(name, value));
        let short = ident()
            .then(string())
            .then_ignore(just(Token::Assign))
            .then(expr.clone())
            .then(just(Token::For).ignore_then(expr.clone()).or_not())
            .map_with(|(((kind, label), value), count), e| {
                let mut items = vec![DeclItem::Field(
                    Spanned::new(Rc::from("value"), value.span),
                    value,
                )];
                if let Some(count) = count {
                    items.push(DeclItem::Field(
                        Spanned::new(Rc::from("staff"), count.span),
                        count,
                    ));
                }
                DeclItem::Decl(Decl {
                    kind,
                    name: None,
                    label: Some(label),
                    calendar: None,
                    items,
                    span: e.span(),
                })
            });
        let item = short.or(decl.map(DeclItem::Decl)).or(field);
        let body = lines(item).delimited_by(just(Token::LBrace), just(Token::RBrace));
        let name = ident()
            .map(|n| (Some(n), None))
            .or(string().map(|s| (None, Some(s))));
        ident()
            .then(name)
            .then(just(Token::In).ignore_then(expr.clone()).or_not())
            .then(body)
            .map_with(|(((kind, (name, label)), calendar), items), e| Decl {
                kind,
                name,
                label,
                calendar,
                items,
                span: e.span(),
            })
            .labelled("declaration")
    })
}
