//! Calls: binding positional and named arguments to parameters (one binder for user functions
//! and natives, so arity errors read the same), and running the body.

use super::{Env, Eval, Interp, RtError, MAX_CALL_DEPTH};
use crate::ast::{Arg, Expr, Name};
use crate::binding;
use crate::codes::Code;
use crate::diagnostic::{Frame, Label};
use crate::native::{Args, NativeFn, ParamShape};
use crate::span::Span;
use crate::value::{Closure, Value};
use std::rc::Rc;

/// An evaluated argument.
pub struct ArgValue {
    pub name: Option<Name>,
    pub value: Value,
    pub span: Span,
}

/// Where each argument of a call was written, by the parameter it goes to: a named argument by
/// its name, a positional one by the parameter in its place (a call that does not bind is
/// reported by `bind` anyway).
fn written_args(c: &Closure, args: &[ArgValue]) -> Vec<(String, Span)> {
    let mut positional = c.def.params.iter();
    args.iter()
        .filter_map(|a| match &a.name {
            Some(n) => Some((n.node.to_string(), a.span)),
            None => positional.next().map(|p| (p.name.node.to_string(), a.span)),
        })
        .collect()
}

/// Match arguments to parameters. Returns one slot per parameter; a rest parameter collects the
/// remaining positional arguments into a list.
pub fn bind(
    fname: &str,
    params: &[ParamShape],
    args: Vec<ArgValue>,
    call: Span,
    def_span: Option<Span>,
) -> Eval<Vec<Option<(Value, Span)>>> {
    let mut slots: Vec<Option<(Value, Span)>> = params.iter().map(|_| None).collect();
    let rest_index = params.iter().position(|p| p.rest);
    let mut rest_items = Vec::new();
    let mut next = 0;
    let max_positional = rest_index.unwrap_or(params.len());
    for arg in args {
        match &arg.name {
            None => {
                if next < max_positional {
                    slots[next] = Some((arg.value, arg.span));
                    next += 1;
                } else if rest_index.is_some() {
                    rest_items.push(arg.value);
                } else {
                    return Err(arity(fname, params, call, def_span)
                        .label(arg.span, "one argument too many"));
                }
            }
            Some(name) => {
                let Some(i) = params.iter().position(|p| p.name == &*name.node) else {
                    return Err(
                        binding::unknown_parameter(fname, params, &name.node, name.span).into(),
                    );
                };
                if slots[i].is_some() {
                    return Err(binding::given_twice(&name.node, name.span).into());
                }
                slots[i] = Some((arg.value, arg.span));
            }
        }
    }
    if let Some(r) = rest_index {
        slots[r] = Some((Value::list(rest_items), call));
    }
    if let Some(p) = params
        .iter()
        .zip(&slots)
        .find(|(p, s)| !p.optional && !p.rest && s.is_none())
    {
        return Err(arity(fname, params, call, def_span).hint(format!("`{}` is missing", p.0.name)));
    }
    Ok(slots)
}

fn arity(fname: &str, params: &[ParamShape], call: Span, def_span: Option<Span>) -> RtError {
    binding::arity(fname, params, call, def_span).into()
}

impl Interp {
    pub(super) fn eval_call(
        &mut self,
        span: Span,
        callee: &Expr,
        args: &[Arg],
        env: &Rc<Env>,
    ) -> Eval<Value> {
        let f = self.eval(callee, env)?;
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(ArgValue {
                name: a.name.clone(),
                value: self.eval(&a.value, env)?,
                span: a.value.span,
            });
        }
        match &f {
            Value::Func(_) | Value::Native(_) => self.call_value(&f, values, span),
            other => Err(RtError::new(
                Code::NotCallable,
                format!("a {} cannot be called", other.type_name()),
                callee.span,
                format!("this is {}", other.short()),
            )),
        }
    }

    /// Call a function value (from natives such as `map`, too).
    pub fn call_value(&mut self, f: &Value, args: Vec<ArgValue>, span: Span) -> Eval<Value> {
        if self.call_depth >= MAX_CALL_DEPTH {
            return Err(RtError::new(
                Code::CallDepth,
                format!("calls nested more than {MAX_CALL_DEPTH} deep"),
                span,
                "this call goes one level too deep",
            )
            .hint("a function that calls itself needs a case that stops the recursion"));
        }
        self.call_depth += 1;
        let r = match f {
            Value::Func(c) => self.call_closure(c, args, span),
            Value::Native(n) => self.call_native(n, args, span),
            other => Err(RtError::new(
                Code::NotCallable,
                format!("a {} cannot be called", other.type_name()),
                span,
                "not a function",
            )),
        };
        self.call_depth -= 1;
        r
    }

    fn call_closure(&mut self, c: &Rc<Closure>, args: Vec<ArgValue>, span: Span) -> Eval<Value> {
        let env = Env::child(&c.env);
        let outer = self.user_call;
        let mut arg_spans = Vec::new();
        if span.src != c.def.span.src && self.is_stdlib(c.def.span.src) && !self.is_stdlib(span.src)
        {
            self.user_call = Some(span);
            // Kept for `fail(..., arg:)`: only at this boundary, so other calls pay nothing.
            arg_spans = written_args(c, &args);
        }
        let r = self.run_closure(c, args, span, &env);
        self.user_call = outer;
        let r = r.map_err(|e| {
            // Only an error pays for its frame; `blame` decides at render time what to show.
            e.frame(Frame {
                function: c.name().to_string(),
                call: span,
                subject: self.subject(c, &env),
                args: arg_spans,
            })
        });
        // A helper function defined in the body would otherwise keep the call's scope alive.
        Env::release(env);
        r
    }

    /// Bind the arguments in `env` and evaluate the body there.
    fn run_closure(
        &mut self,
        c: &Rc<Closure>,
        args: Vec<ArgValue>,
        span: Span,
        env: &Rc<Env>,
    ) -> Eval<Value> {
        let params: Vec<ParamShape> = c
            .def
            .params
            .iter()
            .map(|p| ParamShape {
                name: &p.name.node,
                optional: p.default.is_some(),
                rest: false,
            })
            .collect();
        let def_span = c.def.name.as_ref().map(|n| n.span);
        let slots = bind(c.name(), &params, args, span, def_span)?;
        for (p, slot) in c.def.params.iter().zip(slots) {
            let v = match (slot, &p.default) {
                (Some((v, _)), _) => v,
                (None, Some(d)) => self.eval(d, env)?,
                (None, None) => Value::Nil,
            };
            env.define(p.name.node.clone(), v);
        }
        if !self.watches(c.name(), c.def.span, span) {
            return self.run_body(c, env);
        }
        let bound: Vec<(Rc<str>, Value)> = c
            .def
            .params
            .iter()
            .map(|p| {
                (
                    p.name.node.clone(),
                    env.get(&p.name.node).unwrap_or(Value::Nil),
                )
            })
            .collect();
        let r = self.run_body(c, env);
        if let Ok(result) = &r {
            self.note(|| super::Event::Called {
                function: Rc::from(c.name()),
                args: bound,
                result: result.clone(),
                span,
            });
        }
        r
    }

    /// Evaluate a bound closure's body, traced when `explain` is tracing.
    fn run_body(&mut self, c: &Rc<Closure>, env: &Rc<Env>) -> Eval<Value> {
        if self.trace.is_none() {
            return self.eval(&c.def.body, env);
        }
        let shown: Vec<Value> = c
            .def
            .params
            .iter()
            .map(|p| env.get(&p.name.node).unwrap_or(Value::Nil))
            .collect();
        let entered = self.trace_enter(c, &shown);
        let r = if matches!(entered, super::explain::Entered::Step { .. }) {
            self.eval_traced_body(c.name(), &c.def.body, env)
        } else {
            self.eval(&c.def.body, env)
        };
        self.trace_leave(entered, r.as_ref().ok());
        r
    }

    /// For a stdlib function that failed, the first item of a declaration it was given (an
    /// activity of a cadre, a support activity), as a label for the blame rule: which one the
    /// formula was working on. Errors only: a successful call never looks.
    fn subject(&self, c: &Closure, env: &Rc<Env>) -> Option<Label> {
        if !self.is_stdlib(c.def.span.src) {
            return None;
        }
        let nested = |kind: &str| {
            crate::kinds::KINDS
                .iter()
                .any(|k| k.children.iter().any(|(child, _)| *child == kind))
        };
        c.def
            .params
            .iter()
            .find_map(|p| match env.get(&p.name.node) {
                Some(Value::Record(r)) => {
                    let kind = r.kind.as_deref().filter(|k| nested(k))?;
                    Some(Label {
                        span: r.origin?,
                        message: format!("the {kind} this was computing"),
                    })
                }
                _ => None,
            })
    }

    fn call_native(
        &mut self,
        n: &'static NativeFn,
        args: Vec<ArgValue>,
        span: Span,
    ) -> Eval<Value> {
        // Natives written for lists see a column as the list of its values; the ones that work
        // on columns directly (sums, group totals) get the column itself.
        let has_column = args.iter().any(|a| matches!(a.value, Value::Column(_)));
        let args = if !has_column || n.columns {
            args
        } else {
            args.into_iter()
                .map(|mut a| {
                    if let Value::Column(c) = &a.value {
                        a.value = Value::list(c.values());
                    }
                    a
                })
                .collect()
        };
        let slots = bind(n.name, n.params, args, span, None);
        let r = slots.and_then(|slots| (n.func)(self, &mut Args::new(slots, span)));
        r.map_err(|e| {
            e.frame(Frame {
                function: n.name.to_string(),
                call: span,
                subject: None,
                args: Vec::new(),
            })
        })
    }
}
