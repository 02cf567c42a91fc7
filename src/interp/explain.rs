//! `explain EXPR`: the value of an expression with its derivation, step by step.
//!
//! While an `explain` runs, every call of a named wl function opens a step, and each `let` in it
//! and the expression it returns are recorded three ways: the formula as written in the source
//! (the stdlib formula a planner can read), the same formula with the values of its names
//! substituted, and the value. A function called again with the same arguments is shown once.
//! Functions that only choose between branches (`if` as their whole body, no `let`) are passed
//! through without a step of their own, and a call whose value is nothing (a check that can
//! only warn) leaves no step, so the trace reads as formulas, not plumbing.

use super::{Env, Eval, Interp};
use crate::ast::{Block, Expr, ExprKind, StmtKind};
use crate::number::Locale;
use crate::span::Span;
use crate::value::{Closure, Value};
use std::collections::HashSet;
use std::rc::Rc;

/// Steps beyond this many are dropped, with a line saying how many.
const MAX_STEPS: usize = 400;

#[derive(Default)]
pub struct Trace {
    lines: Vec<String>,
    depth: usize,
    seen: HashSet<String>,
    /// The headings in `seen`, in the order their steps were opened.
    opened: Vec<String>,
    dropped: usize,
    /// Depth of calls being passed over (repeats): nothing inside them is recorded.
    muted: usize,
}

impl Trace {
    fn push(&mut self, text: String) {
        if self.muted > 0 {
            return;
        }
        if self.lines.len() >= MAX_STEPS {
            self.dropped += 1;
            return;
        }
        let pad = "  ".repeat(self.depth);
        for (i, line) in text.lines().enumerate() {
            let extra = if i == 0 { "" } else { "  " };
            self.lines.push(format!("{pad}{extra}{line}"));
        }
    }
}

/// How a traced call is entered, so that leaving it undoes the same thing.
pub(super) enum Entered {
    /// A step was opened; its heading is line `line` of the trace, and the `opened`-th step.
    Step {
        line: usize,
        opened: usize,
    },
    Muted,
    Passed,
}

impl Interp {
    /// Run `explain e`: print the steps, then the value.
    pub(super) fn exec_explain(&mut self, e: &Expr, env: &Rc<Env>) -> Eval<Value> {
        let outer = self.trace.replace(Trace::default());
        // The steps are written as they are evaluated, so the digits asked for (`--digits`,
        // `set_display`) must be in force then, not only when the value is printed.
        let shown = self.output.shown;
        let r = crate::number::shown::with_shown(shown, || self.eval(e, env));
        let trace = std::mem::replace(&mut self.trace, outer).unwrap_or_default();
        let v = r?;
        let title = self.source_text(e.span);
        let locale = self.output.locale;
        // Under `id` the formulas and values read with decimal commas (text in quotes, a
        // name's or a file's, is left as written); the value at the end prints as `print` does.
        let local = |line: String| match locale {
            Locale::En => line,
            _ => crate::i18n::decimal_commas(&line),
        };
        self.write_line(&local(format!("explain {title}")));
        for line in &trace.lines {
            self.write_line(&local(format!("  {line}")));
        }
        if trace.dropped > 0 {
            let more = match locale {
                Locale::En => "more steps not shown",
                _ => "langkah lagi tidak ditampilkan",
            };
            self.write_line(&format!("  ... {} {more}", trace.dropped));
        }
        let text = crate::number::shown::with_shown(self.output.shown, || {
            crate::display::pretty_in(&v, locale)
        });
        self.write_line(&format!("= {}", text.trim_end_matches('\n').trim_start()));
        Ok(Value::Nil)
    }

    pub(super) fn tracing(&self) -> bool {
        self.trace.as_ref().is_some_and(|t| t.muted == 0)
    }

    fn source_text(&self, span: Span) -> String {
        let text = self.sources.text(span.src);
        text.get(span.range()).unwrap_or("").to_string()
    }

    /// Entering a call of `c` with `args` while tracing.
    pub(super) fn trace_enter(&mut self, c: &Closure, args: &[Value]) -> Entered {
        let Some(trace) = self.trace.as_mut() else {
            return Entered::Passed;
        };
        if trace.muted > 0 {
            trace.muted += 1;
            return Entered::Muted;
        }
        let Some(name) = &c.def.name else {
            return Entered::Passed;
        };
        if is_selector(&c.def.body) {
            return Entered::Passed;
        }
        let shown: Vec<String> = args.iter().map(arg_text).collect();
        let header = format!("{}({})", name.node, shown.join(", "));
        if !trace.seen.insert(header.clone()) {
            trace.muted += 1;
            return Entered::Muted;
        }
        trace.push(format!("{header}:"));
        trace.opened.push(header);
        trace.depth += 1;
        Entered::Step {
            line: trace.lines.len() - 1,
            opened: trace.opened.len() - 1,
        }
    }

    /// Leaving a traced call. A step that recorded nothing inside shows its value on its
    /// heading line instead; a call that returned nothing is taken out of the trace.
    pub(super) fn trace_leave(&mut self, entered: Entered, result: Option<&Value>) {
        if let Some(trace) = self.trace.as_mut() {
            match entered {
                Entered::Step { line: at, opened } => {
                    trace.depth -= 1;
                    if matches!(result, Some(Value::Nil)) {
                        // A call with no value (a check that can only warn) derived nothing;
                        // the calls made inside it are shown where a formula makes them again.
                        trace.lines.truncate(at);
                        for header in trace.opened.drain(opened..) {
                            trace.seen.remove(&header);
                        }
                    } else if trace.lines.len() == at + 1 {
                        if let Some(v) = result.filter(|v| shown_value(v)) {
                            let head = trace.lines[at].trim_end_matches(':').to_string();
                            trace.lines[at] = format!("{head} = {v}");
                        }
                    }
                }
                Entered::Muted => trace.muted -= 1,
                Entered::Passed => {}
            }
        }
    }

    /// Record `name = formula = substituted = value` for a `let` (or the returned expression,
    /// with `name` "result").
    pub(super) fn trace_step(&mut self, name: &str, formula: &Expr, env: &Rc<Env>, value: &Value) {
        if !self.tracing() || !shown_value(value) || matches!(formula.kind, ExprKind::Lambda(_)) {
            return;
        }
        let written = squash(&self.source_text(formula.span));
        let substituted = squash(&self.substitute(formula, env));
        let value = value.to_string();
        let lead = format!("{name} = ");
        // A call is explained by its own step above; a literal or a name needs no substitution.
        let step = if matches!(
            formula.kind,
            ExprKind::Number(_) | ExprKind::Name(_) | ExprKind::Field(..) | ExprKind::Call(..)
        ) || substituted == value
        {
            if written == value {
                format!("{lead}{value}")
            } else {
                format!("{lead}{written} = {value}")
            }
        } else if substituted == written {
            format!("{lead}{written}\n{:w$}= {value}", "", w = lead.len() - 2)
        } else {
            format!(
                "{lead}{written}\n{pad}= {substituted}\n{pad}= {value}",
                pad = " ".repeat(lead.len() - 2)
            )
        };
        if let Some(t) = self.trace.as_mut() {
            t.push(step);
        }
    }

    /// Evaluate a function body while tracing: its statements one by one, then its result.
    pub(super) fn eval_traced_body(&mut self, f: &str, body: &Expr, env: &Rc<Env>) -> Eval<Value> {
        let ExprKind::Block(block) = &body.kind else {
            let v = self.eval(body, env)?;
            self.trace_result(f, body, env, &v);
            return Ok(v);
        };
        self.eval_traced_block(f, block, env)
    }

    fn eval_traced_block(&mut self, f: &str, block: &Block, env: &Rc<Env>) -> Eval<Value> {
        let inner = Env::child(env);
        let Some((last, init)) = block.stmts.split_last() else {
            return Ok(Value::Nil);
        };
        self.exec_stmts(init, &inner)?;
        match &last.kind {
            StmtKind::Expr(e) => {
                let v = self.eval(e, &inner)?;
                self.trace_result(f, e, &inner, &v);
                Ok(v)
            }
            _ => self.exec_stmts(std::slice::from_ref(last), &inner),
        }
    }

    fn trace_result(&mut self, f: &str, e: &Expr, env: &Rc<Env>, v: &Value) {
        // A branch or a record of named results explains itself through its parts.
        if !matches!(
            e.kind,
            ExprKind::If(..) | ExprKind::Record(_) | ExprKind::Block(_) | ExprKind::Name(_)
        ) {
            self.trace_step(f, e, env, v);
        }
    }

    /// The source of `e` with each name (or path of fields) that holds a number, text or
    /// truth value replaced by that value.
    fn substitute(&self, e: &Expr, env: &Rc<Env>) -> String {
        let mut swaps: Vec<(Span, String)> = Vec::new();
        collect_swaps(e, env, &mut swaps, false);
        let text = self.sources.text(e.span.src);
        let mut out = String::new();
        let mut at = e.span.start as usize;
        swaps.sort_by_key(|(s, _)| s.start);
        for (span, with) in swaps {
            if (span.start as usize) < at {
                continue;
            }
            out.push_str(text.get(at..span.start as usize).unwrap_or(""));
            out.push_str(&with);
            at = span.end as usize;
        }
        out.push_str(text.get(at..e.span.end as usize).unwrap_or(""));
        out
    }
}

/// A body that only picks a branch: an `if` and nothing else.
fn is_selector(body: &Expr) -> bool {
    match &body.kind {
        ExprKind::Block(b) => {
            matches!(b.stmts.as_slice(), [s] if matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::If(..))))
        }
        ExprKind::If(..) => true,
        _ => false,
    }
}

fn shown_value(v: &Value) -> bool {
    matches!(v, Value::Num(_) | Value::Str(_) | Value::Bool(_))
}

/// How an argument is shown in a step's heading: a declaration by its name, a short value as it
/// is, anything longer by its type.
fn arg_text(v: &Value) -> String {
    match v {
        Value::Record(r) => match r.fields.get("name") {
            Some(Value::Str(s)) => s.to_string(),
            _ => v.short(),
        },
        Value::Str(s) => format!("\"{s}\""),
        other => other.short(),
    }
}

/// The value of a name or a path of fields (`cal.hours_per_day`), if it is only lookups.
fn lookup(e: &Expr, env: &Rc<Env>) -> Option<Value> {
    match &e.kind {
        ExprKind::Name(n) => env.get(n),
        ExprKind::Field(target, name) => match lookup(target, env)? {
            Value::Record(r) => r.fields.get(&name.node).cloned(),
            _ => None,
        },
        _ => None,
    }
}

fn collect_swaps(e: &Expr, env: &Rc<Env>, swaps: &mut Vec<(Span, String)>, operand: bool) {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Field(..) => {
            if let Some(v) = lookup(e, env) {
                if shown_value(&v) {
                    let text = match &v {
                        Value::Str(s) => format!("\"{s}\""),
                        other => other.to_string(),
                    };
                    let wrap = operand && (text.contains(' ') || text.starts_with('-'));
                    swaps.push((e.span, if wrap { format!("({text})") } else { text }));
                    return;
                }
                if let Value::Record(r) = &v {
                    if let Some(Value::Str(s)) = r.fields.get("name") {
                        if matches!(e.kind, ExprKind::Name(_)) {
                            swaps.push((e.span, s.to_string()));
                        }
                        return;
                    }
                }
            }
            if let ExprKind::Field(target, _) = &e.kind {
                collect_swaps(target, env, swaps, false);
            }
        }
        ExprKind::Call(_, args) => {
            for a in args {
                collect_swaps(&a.value, env, swaps, false);
            }
        }
        // Which branch ran is not known from here, as for `if`.
        ExprKind::Lambda(_) | ExprKind::Block(_) | ExprKind::If(..) | ExprKind::Try(..) => {}
        ExprKind::List(items, _) => items
            .iter()
            .for_each(|x| collect_swaps(x, env, swaps, false)),
        ExprKind::Record(fields) | ExprKind::Table(fields) => fields
            .iter()
            .for_each(|(_, x)| collect_swaps(x, env, swaps, false)),
        ExprKind::Range { start, end, .. } => {
            collect_swaps(start, env, swaps, true);
            collect_swaps(end, env, swaps, true);
        }
        ExprKind::Unary(_, x) | ExprKind::Convert(x, _) => collect_swaps(x, env, swaps, true),
        ExprKind::Binary(_, a, b) => {
            collect_swaps(a, env, swaps, true);
            collect_swaps(b, env, swaps, true);
        }
        ExprKind::Index(a, b) => {
            collect_swaps(a, env, swaps, false);
            collect_swaps(b, env, swaps, false);
        }
        ExprKind::Number(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Error => {}
    }
}

/// One line: a formula written over several lines reads as one.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
