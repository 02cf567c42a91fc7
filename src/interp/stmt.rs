//! Statements: bindings, printing, loops, `use`, `using`, assertions and audits.

use super::{Env, Eval, Event, Interp, RtError};
use crate::ast::*;
use crate::codes::Code;
use crate::number::Num;
use crate::span::Span;
use crate::value::Value;
use std::path::PathBuf;
use std::rc::Rc;

impl Interp {
    /// Run statements in `env`; the value is that of the last expression statement.
    pub fn exec_stmts(&mut self, stmts: &[Stmt], env: &Rc<Env>) -> Eval<Value> {
        let mut last = Value::Nil;
        for stmt in stmts {
            last = self.exec(stmt, env)?;
        }
        Ok(last)
    }

    pub fn exec_block(&mut self, block: &Block, env: &Rc<Env>) -> Eval<Value> {
        let inner = Env::child(env);
        let r = self.exec_stmts(&block.stmts, &inner);
        Env::release(inner);
        r
    }

    fn exec(&mut self, stmt: &Stmt, env: &Rc<Env>) -> Eval<Value> {
        self.tick(stmt.span)?;
        match &stmt.kind {
            StmtKind::Let(name, value) => {
                let v = self.eval(value, env)?;
                if self.tracing() {
                    self.trace_step(&name.node, value, env, &v);
                }
                env.define(name.node.clone(), v);
                Ok(Value::Nil)
            }
            StmtKind::Assign(name, value) => {
                let v = self.eval(value, env)?;
                if env.assign(&name.node, v) {
                    Ok(Value::Nil)
                } else if env.get(&name.node).is_some()
                    || (self.load_pending_stdlib() && env.get(&name.node).is_some())
                {
                    // Bound, but only in the sealed scopes of the stdlib or the natives.
                    let whose = if self.stdlib.has_local(&name.node) {
                        "the stdlib"
                    } else {
                        "wl's built-in functions"
                    };
                    Err(RtError::new(
                        Code::UnknownName,
                        format!("`{}` belongs to {whose} and cannot be changed", name.node),
                        name.span,
                        "a built-in name",
                    )
                    .hint(format!(
                        "write `let {0} = ...` to make the script's own `{0}`; the built-in one stays as it is",
                        name.node
                    )))
                } else {
                    Err(self.unknown_name(&name.node, name.span, env).hint(format!(
                        "`{0} = ...` changes an existing binding; write `let {0} = ...` to make a new one",
                        name.node
                    )))
                }
            }
            StmtKind::Fn(def) => {
                let closure = Value::Func(Rc::new(crate::value::Closure {
                    def: def.clone(),
                    env: env.clone(),
                }));
                if let Some(name) = &def.name {
                    env.define(name.node.clone(), closure);
                }
                Ok(Value::Nil)
            }
            StmtKind::Print(e) => {
                let v = self.eval(e, env)?;
                if let Some(why) = crate::report::inconsistency(&v) {
                    return Err(RtError::new(
                        Code::TableShape,
                        format!("{why}, so it cannot be printed as a crosstab report"),
                        e.span,
                        "this record's tables do not match",
                    )
                    .hint("a crosstab record's tables come from one `crosstab(...)` call"));
                }
                let text = crate::output::render::render(&v, &self.output);
                self.write_line(&text);
                let span = e.span;
                self.note(|| Event::Print { value: v, span });
                Ok(Value::Nil)
            }
            StmtKind::Explain(e) => self.captured(
                |i| i.exec_explain(e, env),
                |text, _| Event::Explain {
                    text,
                    span: stmt.span,
                },
            ),
            StmtKind::For(var, iter, body) => {
                let items = self.eval(iter, env)?;
                // A range is walked without building its list first: `1..=100000000` is cheap.
                if let Value::Range(r) = &items {
                    if let Some((a, b)) = r.whole_bounds() {
                        for i in a..=b {
                            let q = crate::units::Quantity::new(Num::int(i), r.start.unit.clone());
                            self.loop_body(stmt.span, var, Value::Num(q), body, env)?;
                        }
                        return Ok(Value::Nil);
                    }
                }
                let items = self.iterate(&items, iter.span)?;
                let bar = super::progress::for_loop(items.len());
                for item in items {
                    self.loop_body(stmt.span, var, item, body, env)?;
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                }
                if let Some(b) = bar {
                    b.finish_and_clear();
                }
                Ok(Value::Nil)
            }
            StmtKind::Use(path) => self.exec_use(&path.node, path.span, env),
            StmtKind::Using(e) => {
                let v = self.eval(e, env)?;
                match &v {
                    Value::Record(r) if r.calendar.is_some() => {
                        env.set_calendar(r.calendar.clone().expect("checked"));
                        Ok(Value::Nil)
                    }
                    other => Err(RtError::new(
                        Code::TypeMismatch,
                        "`using` needs a calendar",
                        e.span,
                        format!("this is a {}", other.type_name()),
                    )),
                }
            }
            StmtKind::Assert(cond, message) => self.exec_assert(cond, message.as_ref(), env),
            StmtKind::Audit(audit) => self.captured(
                |i| i.exec_audit(audit, env),
                |text, consistent| Event::Audit {
                    text,
                    consistent,
                    span: stmt.span,
                },
            ),
            StmtKind::Decl(decl) => {
                let v = self.eval_decl(decl, env)?;
                if let Some(name) = &decl.name {
                    self.note(|| Event::Declared {
                        name: name.node.clone(),
                        value: v.clone(),
                        span: stmt.span,
                    });
                    env.define(name.node.clone(), v);
                    Ok(Value::Nil)
                } else {
                    Ok(v)
                }
            }
            StmtKind::Expr(e) => self.eval(e, env),
            StmtKind::Error => Ok(Value::Nil),
        }
    }

    fn loop_body(
        &mut self,
        span: Span,
        var: &Name,
        item: Value,
        body: &Block,
        env: &Rc<Env>,
    ) -> Eval<()> {
        self.tick(span)?;
        let inner = Env::child(env);
        inner.define(var.node.clone(), item);
        let r = self.exec_stmts(&body.stmts, &inner).map(|_| ());
        Env::release(inner);
        r
    }

    /// The items a `for` loop walks over.
    pub(crate) fn iterate(&mut self, v: &Value, span: Span) -> Eval<Vec<Value>> {
        match v {
            Value::List(items) => Ok(items.as_ref().clone()),
            Value::Column(c) => Ok(c.values()),
            Value::Table(t) => Ok((0..t.rows()).map(|i| t.row(i)).collect()),
            Value::Record(r) => Ok(r
                .fields
                .iter()
                .map(|(k, v)| {
                    Value::record(
                        [
                            (Rc::from("key"), Value::Str(k.clone())),
                            (Rc::from("value"), v.clone()),
                        ]
                        .into_iter()
                        .collect(),
                    )
                })
                .collect()),
            Value::Range(r) => {
                let Some((a, b)) = r.whole_bounds() else {
                    return Err(RtError::new(
                        Code::TypeMismatch,
                        "only a range of whole numbers can be walked through",
                        span,
                        "this range has fractional ends",
                    ));
                };
                if b.saturating_sub(a) > 100_000_000 {
                    return Err(RtError::new(
                        Code::InvalidValue,
                        "this range has more than 100,000,000 steps",
                        span,
                        "too long to walk through",
                    ));
                }
                Ok((a..=b)
                    .map(|i| {
                        Value::Num(crate::units::Quantity::new(
                            Num::int(i),
                            r.start.unit.clone(),
                        ))
                    })
                    .collect())
            }
            other => Err(RtError::new(
                Code::TypeMismatch,
                format!("cannot walk through a {}", other.type_name()),
                span,
                "expected a list, table, record or range",
            )),
        }
    }

    fn exec_use(&mut self, path: &str, span: Span, env: &Rc<Env>) -> Eval<Value> {
        let base = self
            .loading
            .last()
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
            .unwrap_or_else(|| {
                let here = self.sources.name(span.src);
                PathBuf::from(here)
                    .parent()
                    .map(|p| p.to_path_buf())
                    .unwrap_or_default()
            });
        let full = base.join(path);
        if self.loading.contains(&full) {
            return Err(RtError::new(
                Code::UseFailed,
                format!("`{path}` is already being loaded: the files use each other in a cycle"),
                span,
                "this `use` closes the cycle",
            ));
        }
        let bytes = crate::read_limit::read(&full, crate::read_limit::SCRIPT_CAP);
        let text = bytes.and_then(|b| {
            String::from_utf8(b).map_err(|_| {
                crate::read_limit::ReadError::Io(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    "stream did not contain valid UTF-8",
                ))
            })
        });
        let text = text.map_err(|e| {
            let (reason, hint) = match &e {
                crate::read_limit::ReadError::Io(_) => (
                    e.to_string(),
                    "paths in `use` are relative to the file that contains the `use`",
                ),
                crate::read_limit::ReadError::TooLarge(_) => (
                    format!("{e}, the most a script may be"),
                    "a script this large is data: read it with `read_csv`",
                ),
            };
            RtError::new(
                Code::UseFailed,
                format!("cannot read `{}`: {reason}", full.display()),
                span,
                "this file could not be loaded",
            )
            .hint(hint)
        })?;
        let id = self.sources.add(full.display().to_string(), text.clone());
        let (program, diags) = crate::parser::parse(&text, id);
        let mut errors: Vec<RtError> = diags
            .into_iter()
            .filter(crate::diagnostic::Diagnostic::is_error)
            .map(|d| RtError(Box::new(d)).label(span, "loaded from here"))
            .collect();
        if let Some(last) = errors.pop() {
            // One run reports every syntax error of the file: the others go out with the
            // diagnostics already collected, ahead of the one that stops the run.
            self.warnings.extend(errors.into_iter().map(|e| *e.0));
            return Err(last);
        }
        self.warnings.extend(crate::check::warnings(&program));
        self.loading.push(full);
        let r = self.exec_stmts(&program.stmts, env);
        self.loading.pop();
        r.map(|_| Value::Nil)
    }

    fn exec_assert(&mut self, cond: &Expr, message: Option<&Expr>, env: &Rc<Env>) -> Eval<Value> {
        let v = self.eval(cond, env)?;
        match v {
            Value::Bool(true) => Ok(Value::Nil),
            Value::Bool(false) => {
                let mut err = RtError::new(
                    Code::AssertionFailed,
                    "assertion failed",
                    cond.span,
                    "this is false",
                );
                if let Some(m) = message {
                    let text = self.eval(m, env)?;
                    err.0.message = format!("assertion failed: {text}");
                }
                // Show both sides of a failed comparison: that is what the reader needs.
                if let ExprKind::Binary(op, l, r) = &cond.kind {
                    if !matches!(op, BinaryOp::And | BinaryOp::Or) {
                        let lv = self.eval(l, env)?;
                        let rv = self.eval(r, env)?;
                        err.0.labels[0] = crate::diagnostic::Label {
                            span: l.span,
                            message: format!("this is {lv}"),
                        };
                        err = err.label(r.span, format!("this is {rv}"));
                    }
                }
                Err(err)
            }
            other => Err(RtError::new(
                Code::TypeMismatch,
                "an assertion needs a condition that is true or false",
                cond.span,
                format!("this is a {}", other.type_name()),
            )),
        }
    }
}
