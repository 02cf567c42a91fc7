//! W0524: results rounded to whole persons before they are summed. Summing `ceil(required)` per
//! facility or per activity overstates the total by up to one person per term; the domain spec
//! asks that an aggregation say whether it sums before or after rounding. The forms found
//! statically are the ones planners write: `sum(map(xs, fn(r) => ceil(r.required)))`,
//! `sum(ceil(t.required))` over a column, `total = total + ceil(...)` in a loop, and a sum of a
//! name or a column bound to rounded values earlier (`let whole = ceil(t.required)`,
//! `with_column(t, "whole", ceil(t.required))`, then `sum(whole)` or `sum(t.whole)`). What a
//! value held at run time is not tracked: a column rounded in another file, or by a function,
//! is not seen.

use crate::ast::{Arg, BinaryOp, Expr, ExprKind, NumberLit, Stmt, StmtKind};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use std::collections::HashMap;
use std::rc::Rc;

const ROUNDING: &[&str] = &["ceil", "round", "floor", "truncate"];

/// The rounding call `e` is when it rounds to a whole number (`ceil(x)`, `round(x, 0)`), with its
/// function's name.
fn whole_rounding(e: &Expr) -> Option<(&'static str, Span)> {
    let e = last_value(e);
    let ExprKind::Call(f, args) = &e.kind else {
        return None;
    };
    let ExprKind::Name(name) = &f.kind else {
        return None;
    };
    let name: &'static str = ROUNDING.iter().find(|r| **r == &**name)?;
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
fn rounded_terms(arg: &Expr) -> Option<(&'static str, Span)> {
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

/// The names and columns bound to rounded values so far, with the rounding they hold.
#[derive(Default)]
pub struct Rounded {
    names: HashMap<Rc<str>, (&'static str, Span)>,
    columns: HashMap<Rc<str>, (&'static str, Span)>,
}

impl Rounded {
    /// `let name = value`: remember whether `name` now holds rounded terms.
    pub fn bind(&mut self, name: &Rc<str>, value: &Expr) {
        match rounded_terms(value) {
            Some(r) => self.names.insert(name.clone(), r),
            None => self.names.remove(name),
        };
    }

    /// `with_column(t, "name", value)`: remember a column of rounded values.
    pub fn column(&mut self, fname: &str, args: &[Arg]) {
        let (Some(col), Some(value)) = (args.get(1), args.get(2)) else {
            return;
        };
        let ExprKind::Str(col) = &col.value.kind else {
            return;
        };
        if fname != "with_column" {
            return;
        }
        match rounded_terms(&value.value) {
            Some(r) => self.columns.insert(col.clone(), r),
            None => self.columns.remove(col),
        };
    }

    /// The rounding a summed expression holds: a name or a column bound to rounded values.
    fn held(&self, e: &Expr) -> Option<(&'static str, Span)> {
        match &e.kind {
            ExprKind::Name(n) => self.names.get(n).copied(),
            ExprKind::Field(_, col) => self.columns.get(&col.node).copied(),
            _ => None,
        }
    }
}

/// `sum(...)` called with `args` at `call`.
pub fn in_sum(fname: &str, args: &[Arg], call: Span, rounded: &Rounded) -> Option<Diagnostic> {
    if fname != "sum" {
        return None;
    }
    let arg = &args.first()?.value;
    let (name, at) = rounded_terms(arg).or_else(|| rounded.held(arg))?;
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
