//! W0524: results rounded to whole persons before they are summed. Summing `ceil(required)` per
//! facility or per activity overstates the total by up to one person per term; the domain spec
//! asks that an aggregation say whether it sums before or after rounding. The forms found
//! statically are the ones planners write: `sum(map(xs, fn(r) => ceil(r.required)))`,
//! `sum(ceil(t.required))` over a column, and `total = total + ceil(...)` in a loop.

use crate::ast::{Arg, BinaryOp, Expr, ExprKind, NumberLit, Stmt, StmtKind};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

const ROUNDING: &[&str] = &["ceil", "round", "floor", "truncate"];

/// The rounding call `e` is when it rounds to a whole number (`ceil(x)`, `round(x, 0)`), with its
/// function's name.
fn whole_rounding(e: &Expr) -> Option<(&str, Span)> {
    let e = last_value(e);
    let ExprKind::Call(f, args) = &e.kind else {
        return None;
    };
    let ExprKind::Name(name) = &f.kind else {
        return None;
    };
    let name = ROUNDING.iter().find(|r| **r == &**name)?;
    let digits = args
        .iter()
        .skip(1)
        .find(|a| a.name.as_ref().is_none_or(|n| &*n.node == "digits"));
    let whole = match digits.map(|a| &a.value.kind) {
        None => true,
        Some(ExprKind::Number(NumberLit {
            value, unit: None, ..
        })) => value.is_zero(),
        Some(_) => false,
    };
    whole.then_some((name, e.span))
}

/// The expression a block ends with (a lambda's `{ ...; ceil(x) }`), or `e` itself.
fn last_value(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Block(b) => match b.stmts.last().map(|s| &s.kind) {
            Some(StmtKind::Expr(x)) => last_value(x),
            _ => e,
        },
        _ => e,
    }
}

/// The rounding inside the argument of `sum(...)`: a column rounded, or a `map` whose function
/// rounds.
fn rounded_terms(arg: &Expr) -> Option<(&str, Span)> {
    if let Some(r) = whole_rounding(arg) {
        return Some(r);
    }
    let ExprKind::Call(f, args) = &arg.kind else {
        return None;
    };
    if !matches!(&f.kind, ExprKind::Name(n) if &**n == "map") {
        return None;
    }
    match args.get(1).map(|a| &a.value.kind) {
        Some(ExprKind::Lambda(def)) => whole_rounding(&def.body),
        _ => None,
    }
}

fn warning(name: &str, rounding: Span, sum: Span) -> Diagnostic {
    Diagnostic::warning(
        Code::RoundedBeforeSum,
        format!("each term is rounded with `{name}` before the terms are summed"),
        rounding,
        "rounded to a whole number here",
    )
    .with_label(sum, "then summed here")
    .with_hint("sum the unrounded figures and round the total once (`ceil(sum(...))`); if each unit really staffs whole persons, keep this and say in the report that the sum is of rounded figures")
}

/// `sum(...)` called with `args` at `call`.
pub fn in_sum(fname: &str, args: &[Arg], call: Span) -> Option<Diagnostic> {
    if fname != "sum" {
        return None;
    }
    let (name, at) = rounded_terms(&args.first()?.value)?;
    Some(warning(name, at, call))
}

/// `total = total + ceil(...)` (either order) among a loop body's statements.
pub fn in_loop(body: &[Stmt]) -> Vec<Diagnostic> {
    body.iter()
        .filter_map(|s| {
            let StmtKind::Assign(target, value) = &s.kind else {
                return None;
            };
            let ExprKind::Binary(BinaryOp::Add, a, b) = &value.kind else {
                return None;
            };
            let is_target = |e: &Expr| matches!(&e.kind, ExprKind::Name(n) if *n == target.node);
            let term = if is_target(a) {
                b
            } else if is_target(b) {
                a
            } else {
                return None;
            };
            let (name, at) = whole_rounding(term)?;
            Some(warning(name, at, s.span))
        })
        .collect()
}
