//! Constant expressions `wl check` can evaluate without running anything: literals, and `+ - *
//! /` where the result cannot depend on a calendar, so the value is the one a run computes.

use crate::ast::{BinaryOp, Expr, ExprKind, NumberLit, UnaryOp};
use crate::units::{Plurals, Quantity, Unit};

/// A value known before the script runs.
#[derive(Clone, Debug)]
pub enum Const {
    Num(Quantity),
    Text,
    Bool(bool),
}

/// The quantity a number literal stands for: evaluation and `wl check` both read literals here,
/// evaluation with the plural forms its script wrote.
pub fn literal(lit: &NumberLit, plurals: &Plurals) -> Quantity {
    let value = match lit.over {
        // The parser takes no zero denominator (`1/0 FTE` stays a division), and the quotient of two decimals (each at most
        // 7.9e28 and at least 1e-28 in size) is finite, so the division cannot fail.
        Some(over) => crate::number::Num::from(lit.value)
            .div(crate::number::Num::from(over))
            .expect("a fraction literal has a non-zero denominator"),
        None => crate::number::Num::from(lit.value),
    };
    if lit.percent {
        return Quantity::new(value, Unit::from_names(Some("%"), &[]));
    }
    match &lit.unit {
        Some(u) => {
            let per: Vec<&str> = u.per.iter().map(|n| &*n.node).collect();
            let numerator = u.numerator.as_ref().map(|n| &*n.node);
            Quantity::new(value, Unit::from_names_in(numerator, &per, plurals))
        }
        None => Quantity::plain(value),
    }
}

/// The value of `e` if it is a constant whose value no calendar can change; `None` otherwise.
pub fn constant(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Number(lit) => Some(Const::Num(literal(lit, &Plurals::default()))),
        ExprKind::Str(_) => Some(Const::Text),
        ExprKind::Bool(b) => Some(Const::Bool(*b)),
        ExprKind::Unary(UnaryOp::Neg, x) => match constant(x)? {
            Const::Num(q) => Some(Const::Num(q.neg())),
            _ => None,
        },
        ExprKind::Binary(op, a, b) => {
            let (Const::Num(a), Const::Num(b)) = (constant(a)?, constant(b)?) else {
                return None;
            };
            arithmetic(*op, &a, &b).map(Const::Num)
        }
        _ => None,
    }
}

/// `a op b` when at most one side has a unit (`0.5 * 2 h per week`, `1/3`), or both sides
/// have the same unit for `+` and `-`: then no conversion, and so no calendar, is involved.
fn arithmetic(op: BinaryOp, a: &Quantity, b: &Quantity) -> Option<Quantity> {
    let same = a.unit == b.unit;
    let one_plain = a.is_plain() || b.is_plain();
    match op {
        BinaryOp::Add if same => a.add(b, None).ok(),
        BinaryOp::Sub if same => a.sub(b, None).ok(),
        BinaryOp::Mul if one_plain => a.mul(b, None).ok(),
        BinaryOp::Div if b.is_plain() => a.div(b, None).ok(),
        _ => None,
    }
}
