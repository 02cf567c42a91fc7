//! Expressions.

use super::ops::unit_of;
use super::{Env, Eval, Interp, RtError};
use crate::ast::*;
use crate::codes::Code;
use crate::number::Num;
use crate::span::Span;
use crate::table::{Column, Table};
use crate::units::{Quantity, Unit};
use crate::value::{CaughtError, Range, Value};
use indexmap::IndexMap;
use std::rc::Rc;

impl Interp {
    pub fn eval(&mut self, e: &Expr, env: &Rc<Env>) -> Eval<Value> {
        self.tick(e.span)?;
        self.deeper(e.span, |me| me.eval_inner(e, env))
    }

    fn eval_inner(&mut self, e: &Expr, env: &Rc<Env>) -> Eval<Value> {
        match &e.kind {
            ExprKind::Number(lit) => Ok(Value::Num(self.number(lit))),
            ExprKind::Str(s) => {
                // Text in the user's script may name a column (`aggregate(t, "cadre", ...)`).
                if !self.is_stdlib(e.span.src) {
                    crate::number::labels::keep_as_written(s);
                }
                Ok(Value::Str(s.clone()))
            }
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::Name(n) => match env.get(n) {
                Some(v) => Ok(v),
                // Not defined: maybe in a stdlib file not loaded yet.
                None if self.load_pending_stdlib() => {
                    env.get(n).ok_or_else(|| self.unknown_name(n, e.span, env))
                }
                None => Err(self.unknown_name(n, e.span, env)),
            },
            ExprKind::List(items, unit) => {
                let unit = unit.as_ref().map(|u| (unit_of(u, &self.plurals), u.span));
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    let v = self.eval(item, env)?;
                    out.push(match (&unit, v) {
                        (Some((u, _)), Value::Num(q)) if q.is_plain() => Value::Num(Quantity::new(q.value, u.clone())),
                        // A table of numbers written as a list of rows: the unit reaches every cell.
                        (Some((u, _)), Value::List(rows)) if all_plain(&rows) => with_unit(&rows, u),
                        (Some((u, uspan)), other) => {
                            return Err(RtError::new(
                                Code::TypeMismatch,
                                format!("a unit after a list applies to plain numbers; this item is {other}"),
                                item.span,
                                format!("this is a {}", other.type_name()),
                            )
                            .label(*uspan, format!("unit {u}")))
                        }
                        (None, v) => v,
                    });
                }
                Ok(Value::list(out))
            }
            ExprKind::Record(entries) => {
                let mut fields = IndexMap::new();
                self.keep_users_names(entries, e.span);
                for (k, v) in entries {
                    let val = self.eval(v, env)?;
                    if fields.insert(k.node.clone(), val).is_some() {
                        return Err(RtError::new(
                            Code::DuplicateField,
                            format!("`{}` is given twice", k.node),
                            k.span,
                            "given again here",
                        ));
                    }
                }
                Ok(Value::record(fields))
            }
            ExprKind::Table(entries) => {
                self.keep_users_names(entries, e.span);
                self.eval_table(entries, env)
            }
            ExprKind::Range {
                start,
                end,
                inclusive,
            } => {
                let a = self.eval(start, env)?;
                let b = self.eval(end, env)?;
                match (&a, &b) {
                    (Value::Num(x), Value::Num(y)) => {
                        let cal = env.calendar();
                        let y2 = y.convert(&x.unit, cal.as_deref());
                        let y2 =
                            y2.map_err(|err| self.unit_error(err, start.span, x, end.span, y))?;
                        Ok(Value::Range(Rc::new(Range {
                            start: x.clone(),
                            end: y2,
                            inclusive: *inclusive,
                        })))
                    }
                    _ => Err(RtError::new(
                        Code::TypeMismatch,
                        "a range needs numbers at both ends",
                        start.span.to(end.span),
                        format!("from a {} to a {}", a.type_name(), b.type_name()),
                    )),
                }
            }
            ExprKind::Unary(op, operand) => {
                let v = self.eval(operand, env)?;
                match (op, v) {
                    (UnaryOp::Neg, Value::Num(q)) => Ok(Value::Num(q.neg())),
                    (UnaryOp::Not, Value::Bool(b)) => Ok(Value::Bool(!b)),
                    (op, v) => Err(RtError::new(
                        Code::TypeMismatch,
                        format!(
                            "`{}` does not apply to a {}",
                            if *op == UnaryOp::Neg { "-" } else { "not" },
                            v.type_name()
                        ),
                        operand.span,
                        format!("this is a {}", v.type_name()),
                    )),
                }
            }
            ExprKind::Binary(op @ (BinaryOp::And | BinaryOp::Or), l, r) => {
                let a = self.eval(l, env)?;
                let a = self.condition(&a, l.span, op.symbol())?;
                if (*op == BinaryOp::And && !a) || (*op == BinaryOp::Or && a) {
                    return Ok(Value::Bool(a));
                }
                let b = self.eval(r, env)?;
                Ok(Value::Bool(self.condition(&b, r.span, op.symbol())?))
            }
            ExprKind::Binary(op, l, r) => {
                let a = self.eval(l, env)?;
                let b = self.eval(r, env)?;
                self.binary(*op, a, l.span, b, r.span, env).map_err(|e| {
                    let field = field_written(l, env).or_else(|| field_written(r, env));
                    e.field(field)
                })
            }
            ExprKind::Convert(value, unit) => {
                let v = self.eval(value, env)?;
                let target = unit_of(unit, &self.plurals);
                self.convert(v, value.span, &target, unit.span, env)
                    .map_err(|e| e.field(field_written(value, env)))
            }
            ExprKind::Call(callee, args) => self.eval_call(e.span, callee, args, env),
            ExprKind::Field(target, name) => {
                let v = self.eval(target, env)?;
                self.field(&v, name, target.span)
            }
            ExprKind::Index(target, index) => {
                let v = self.eval(target, env)?;
                let i = self.eval(index, env)?;
                self.index(&v, &i, target.span, index.span)
            }
            ExprKind::If(cond, then, otherwise) => {
                let c = self.eval(cond, env)?;
                let holds = self.condition(&c, cond.span, "if");
                if holds.map_err(|e| e.field(field_written(cond, env)))? {
                    self.exec_block(then, env)
                } else if let Some(o) = otherwise {
                    self.eval(o, env)
                } else {
                    Ok(Value::Nil)
                }
            }
            ExprKind::Block(block) => self.exec_block(block, env),
            ExprKind::Lambda(def) => Ok(Value::Func(Rc::new(crate::value::Closure {
                def: def.clone(),
                env: env.clone(),
            }))),
            ExprKind::Try(body, fallback) => self.eval_try(body, fallback.as_deref(), env),
            ExprKind::Error => Err(RtError::new(
                Code::UnexpectedToken,
                "this part of the program did not parse",
                e.span,
                "see the syntax error reported for it",
            )),
        }
    }

    pub(super) fn number(&self, lit: &NumberLit) -> Quantity {
        crate::check::literal(lit, &self.plurals)
    }

    pub(super) fn condition(&self, v: &Value, span: Span, what: &str) -> Eval<bool> {
        v.truthy().ok_or_else(|| {
            RtError::new(
                Code::TypeMismatch,
                format!("`{what}` needs a condition that is true or false"),
                span,
                format!("this is a {}", v.type_name()),
            )
            .hint("compare it with something, e.g. `x > 0`")
        })
    }

    pub(super) fn unknown_name(&self, name: &str, span: Span, env: &Rc<Env>) -> RtError {
        crate::check::unknown_name(name, span, &env.names()).into()
    }

    pub(super) fn convert(
        &mut self,
        v: Value,
        span: Span,
        target: &Unit,
        unit_span: Span,
        env: &Rc<Env>,
    ) -> Eval<Value> {
        let cal = env.calendar();
        match v {
            Value::Num(q) => {
                // A plain share converts to a percentage: 0.3 in % is 30%.
                q.convert(target, cal.as_deref())
                    .map(Value::Num)
                    .map_err(|e| {
                        let t = Quantity::new(Num::ONE, target.clone());
                        let mut err = self.unit_error(e, span, &q, unit_span, &t);
                        // A number error (an overflow) has one label only: nothing to rename.
                        let Some(second) = err.0.labels.get_mut(1) else {
                            return err;
                        };
                        second.message = format!("converting to {target}");
                        if err.0.code == Code::DimensionMismatch {
                            second.message = format!("{target} is a different kind of quantity");
                            err.0.code = Code::BadConversion;
                            err.0.message =
                                format!("cannot convert {} to {}", describe_unit(&q.unit), target);
                        }
                        err
                    })
            }
            Value::List(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items.iter() {
                    out.push(self.convert(item.clone(), span, target, unit_span, env)?);
                }
                Ok(Value::list(out))
            }
            // A column converts by one factor, found by converting 1 of its unit.
            Value::Column(c) if matches!(c.as_ref(), crate::table::Column::Num(..)) => {
                let crate::table::Column::Num(xs, unit) = c.as_ref() else {
                    unreachable!("matched above")
                };
                let one = Value::Num(Quantity::new(Num::ONE, unit.clone()));
                let Value::Num(k) = self.convert(one, span, target, unit_span, env)? else {
                    unreachable!("a number converts to a number")
                };
                let k = k.value.to_f64();
                let values = xs.iter().map(|x| x * k).collect();
                Ok(Value::Column(Rc::new(crate::table::Column::Num(
                    values,
                    target.clone(),
                ))))
            }
            other => Err(RtError::new(
                Code::TypeMismatch,
                format!(
                    "only numbers can be converted; this is a {}",
                    other.type_name()
                ),
                span,
                format!("this is a {}", other.type_name()),
            )),
        }
    }

    /// The keys of a record or table literal in the user's script are the user's names,
    /// printed as written; the stdlib's are its result labels, translated under `id`.
    fn keep_users_names(&self, entries: &[(Name, Expr)], at: crate::span::Span) {
        if !self.is_stdlib(at.src) {
            for (k, _) in entries {
                crate::number::labels::keep_as_written(&k.node);
            }
        }
    }

    fn eval_table(&mut self, entries: &[(Name, Expr)], env: &Rc<Env>) -> Eval<Value> {
        let mut columns = IndexMap::new();
        let mut spans = Vec::new();
        for (name, e) in entries {
            let v = self.eval(e, env)?;
            let col = match v {
                Value::List(items) => Column::from_values(items.as_ref().clone()),
                other => {
                    return Err(RtError::new(
                        Code::TypeMismatch,
                        format!("column `{}` must be a list", name.node),
                        e.span,
                        format!("this is a {}", other.type_name()),
                    ))
                }
            };
            spans.push(e.span);
            columns.insert(name.node.clone(), col);
        }
        let first_len = columns.values().next().map_or(0, Column::len);
        match Table::new(columns) {
            Ok(t) => Ok(Value::Table(Rc::new(t))),
            Err((name, len, expected)) => {
                let i = entries
                    .iter()
                    .position(|(n, _)| n.node == name)
                    .unwrap_or(0);
                Err(RtError::new(
                    Code::TableShape,
                    format!("column `{name}` has {len} values but the first column has {expected}"),
                    spans[i],
                    format!("{len} values"),
                )
                .label(spans[0], format!("{first_len} values")))
            }
        }
    }

    pub(super) fn field(&self, v: &Value, name: &Name, span: Span) -> Eval<Value> {
        match v {
            Value::Record(r) => r.fields.get(&name.node).cloned().ok_or_else(|| {
                let what = format!("this {} has no field", v.type_name());
                no_such(&what, "field", name, span, r.fields.keys())
            }),
            Value::Table(t) => match t.columns.get(&name.node) {
                Some(c) => Ok(Value::Column(c.clone())),
                None => Err(no_such(
                    "this table has no column",
                    "column",
                    name,
                    span,
                    t.columns.keys(),
                )),
            },
            Value::Error(err) => err.field(&name.node).ok_or_else(|| {
                let known: Vec<Rc<str>> =
                    CaughtError::FIELDS.iter().map(|f| Rc::from(*f)).collect();
                no_such("an error has no field", "field", name, span, known.iter())
            }),
            Value::Num(q) if &*name.node == "value" => Ok(Value::num(q.value)),
            Value::Num(q) if &*name.node == "unit" => Ok(Value::Str(Rc::from(q.unit.to_string()))),
            other => Err(RtError::new(
                Code::NoSuchField,
                format!("a {} has no fields", other.type_name()),
                name.span,
                format!("asking for `{}`", name.node),
            )
            .label(span, format!("this is a {}", other.type_name()))),
        }
    }

    fn index(&self, v: &Value, i: &Value, span: Span, ispan: Span) -> Eval<Value> {
        let position = |len: usize| -> Eval<usize> {
            let n = match i {
                Value::Num(q) if q.is_plain() => q.value.as_i64(),
                _ => None,
            }
            .ok_or_else(|| {
                RtError::new(
                    Code::TypeMismatch,
                    "an index must be a whole number",
                    ispan,
                    format!("this is {i}"),
                )
            })?;
            // Negative indexes count from the end, as planners do with "the last row".
            let k = if n < 0 { len as i64 + n } else { n };
            if k < 0 || k >= len as i64 {
                return Err(RtError::new(
                    Code::IndexOutOfRange,
                    format!("index {n} is outside 0..{len}"),
                    ispan,
                    format!("there are {len} items, numbered from 0"),
                )
                .label(span, format!("{len} items")));
            }
            Ok(k as usize)
        };
        match (v, i) {
            (Value::List(items), _) => Ok(items[position(items.len())?].clone()),
            (Value::Column(c), _) => Ok(c.get(position(c.len())?)),
            (Value::Table(_), Value::Str(s)) => {
                self.field(v, &crate::span::Spanned::new(s.clone(), ispan), span)
            }
            (Value::Table(t), _) => Ok(t.row(position(t.rows())?)),
            (Value::Record(_), Value::Str(s)) => {
                self.field(v, &crate::span::Spanned::new(s.clone(), ispan), span)
            }
            (Value::Str(s), _) => {
                let chars: Vec<char> = s.chars().collect();
                Ok(Value::Str(Rc::from(
                    chars[position(chars.len())?].to_string(),
                )))
            }
            _ => Err(RtError::new(
                Code::TypeMismatch,
                format!("cannot index a {} with a {}", v.type_name(), i.type_name()),
                span,
                format!("this is a {}", v.type_name()),
            )),
        }
    }
}

/// Where the value of `e` was written, when `e` reads a field of a declaration (`a.standard`):
/// looked up only on the way out of an error, so it costs nothing otherwise.
fn field_written(e: &Expr, env: &Rc<Env>) -> Option<crate::diagnostic::Label> {
    let ExprKind::Field(target, name) = &e.kind else {
        return None;
    };
    let ExprKind::Name(record) = &target.kind else {
        return None;
    };
    let Some(Value::Record(r)) = env.get(record) else {
        return None;
    };
    let span = *r.field_spans.as_ref()?.get(&name.node)?;
    let kind = r.kind.as_deref().unwrap_or("declaration");
    Some(crate::diagnostic::Label {
        span,
        message: format!("the {kind}'s `{}`, used here", name.node),
    })
}

fn all_plain(items: &[Value]) -> bool {
    items.iter().all(|v| match v {
        Value::Num(q) => q.is_plain(),
        Value::List(inner) => all_plain(inner),
        _ => false,
    })
}

fn with_unit(items: &[Value], u: &Unit) -> Value {
    Value::list(
        items
            .iter()
            .map(|v| match v {
                Value::Num(q) => Value::Num(Quantity::new(q.value, u.clone())),
                Value::List(inner) => with_unit(inner, u),
                other => other.clone(),
            })
            .collect(),
    )
}

fn describe_unit(u: &Unit) -> String {
    if u.is_none() {
        "a plain number".into()
    } else {
        u.to_string()
    }
}

/// E0207 for a record field or table column that is not there, listing what is.
fn no_such<'a>(
    what: &str,
    thing: &str,
    name: &Name,
    span: Span,
    known: impl Iterator<Item = &'a Rc<str>> + Clone,
) -> RtError {
    let shown: Vec<&str> = known.clone().map(|n| &**n).take(12).collect();
    let listed = if shown.is_empty() {
        "none".to_string()
    } else {
        shown.join(", ")
    };
    let mut err = RtError::new(
        Code::NoSuchField,
        format!("{what} `{}`", name.node),
        name.span,
        format!("no such {thing}"),
    )
    .label(span, format!("{thing}s: {listed}"));
    if let Some(h) = crate::suggest::did_you_mean(&name.node, known.map(|k| &**k)) {
        err = err.hint(h);
    }
    err
}
