//! `try`: an error raised while evaluating an expression becomes a value (or the fallback's
//! value) instead of ending the script, so a loop of analyses goes on past one that fails.
//! Only an interrupt (Ctrl-C) and the time limit are never caught: they are the user's, not
//! the script's, and stop the run wherever it is.

use super::{Env, Eval, Interp, RtError};
use crate::ast::Expr;
use crate::codes::Code;
use crate::value::{CaughtError, Value};
use std::rc::Rc;

impl Interp {
    /// `try body` or `try body else fallback`.
    pub(super) fn eval_try(
        &mut self,
        body: &Expr,
        fallback: Option<&Expr>,
        env: &Rc<Env>,
    ) -> Eval<Value> {
        match self.eval(body, env) {
            Ok(v) => Ok(v),
            Err(e) if !catchable(&e) => Err(e),
            Err(e) => match fallback {
                Some(f) => self.eval(f, env),
                None => Ok(Value::Error(Rc::new(self.caught(&e)))),
            },
        }
    }

    /// The error as a script sees it: at the place its report points to, after the blame rule
    /// (an error met inside a stdlib formula is at the script's line that called it).
    fn caught(&self, e: &RtError) -> CaughtError {
        let blamed = crate::diagnostic::blame(&e.0, &self.sources);
        let d = blamed.as_ref().unwrap_or(&*e.0);
        let span = d.primary_span();
        let text = self.sources.text(span.src);
        let start = (span.start as usize).min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let column = text
            .get(line_start..start)
            .map_or(1, |s| s.chars().count() + 1);
        CaughtError {
            code: d.code,
            message: Rc::from(d.message.as_str()),
            hint: d.hint.as_deref().map(Rc::from),
            file: Rc::from(self.sources.name(span.src)),
            line: self.sources.line(span),
            column,
        }
    }
}

/// Whether `try` may turn this error into a value: every diagnostic of the script's own
/// making, not the user's interrupt or the time limit set for the run.
fn catchable(e: &RtError) -> bool {
    !matches!(e.0.code, Code::Interrupted | Code::TimeLimit)
}
