//! Natives that let a stdlib formula report a problem as a diagnostic of its own code: `fail`
//! stops the run (total allowance at or above 100%), `warn` records a warning and goes on (above
//! 50%). With `at:` a declared record, the report points at the user's declaration instead of the
//! stdlib line that noticed the problem, and with `field:` too at that field of it; with `arg:`
//! a parameter's name, at the argument the script's call gave it. `quietly` runs a scenario (a declaration with an input
//! changed) without the warnings that belong to the declaration itself.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::span::Span;
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "fail",
        params: &[req("code"), req("message"), opt("at"), opt("hint"), opt("field"), opt("arg")],
        doc: "stop with a diagnostic: `fail(\"E0501\", \"...\", at: cadre, hint: \"...\")`; `field: \"value\"` points at that field of the declaration; in the stdlib, `arg: \"wkt\"` points at that argument of the script's call",
        columns: false,
        func: fail,
    },
    NativeFn {
        name: "warn",
        params: &[req("code"), req("message"), opt("at"), opt("hint"), opt("field")],
        doc: "record a warning and go on: `warn(\"W0501\", \"...\", at: cadre)`",
        columns: false,
        func: warn,
    },
    NativeFn {
        name: "quietly",
        params: &[req("f")],
        doc: "the value of `f()` without the warnings it records (scenarios built from a declaration warn about the declaration, not about themselves); errors still stop the run",
        columns: false,
        func: quietly,
    },
];

/// The code named by argument 0, its message, where it points and its hint.
fn parts(a: &Args) -> Eval<(Code, String, Span, Option<String>)> {
    let id = a.str(0)?;
    let code = Code::ALL
        .iter()
        .copied()
        .find(|c| c.id() == &*id)
        .ok_or_else(|| {
            RtError::new(
                Code::InvalidValue,
                format!("`{id}` is not a diagnostic code"),
                a.span(0),
                "no such code",
            )
            .hint("the codes are listed in src/codes.rs")
        })?;
    let message = a.str(1)?.to_string();
    let field = match a.get(4) {
        Some(_) => Some(a.str(4)?),
        None => None,
    };
    let span = match a.get(2) {
        Some(Value::Record(r)) => field
            .and_then(|f| r.field_spans.as_ref()?.get(&f).copied())
            .or(r.origin)
            .unwrap_or(a.call),
        _ => a.call,
    };
    let hint = match a.get(3) {
        Some(_) => Some(a.str(3)?.to_string()),
        None => None,
    };
    Ok((code, message, span, hint))
}

fn fail(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (code, message, span, hint) = parts(a)?;
    let mut d = Diagnostic::error(code, message, span, code.title());
    d.hint = hint;
    d.arg = match a.get(5) {
        Some(_) => Some(a.str(5)?.to_string()),
        None => None,
    };
    Err(RtError::from(d))
}

fn warn(interp: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (code, message, span, hint) = parts(a)?;
    // Not pointed at a declaration: at the script's call that led to the formula, where the
    // blame rule would place an error. The stdlib line is only this `warn` call, so it is not
    // shown.
    let at = interp.user_call(span).unwrap_or(span);
    let mut d = Diagnostic::warning(code, message, at, code.title());
    d.hint = hint;
    // A formula evaluated for several results (a loop over facilities) warns once per place.
    if !interp
        .warnings()
        .iter()
        .any(|w| w.code == code && w.primary_span() == span && w.message == d.message)
    {
        interp.warnings().push(d);
    }
    Ok(Value::Nil)
}

fn quietly(interp: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let before = interp.warnings().len();
    let v = interp.call(&a.value(0), Vec::new(), a.call);
    interp.warnings().truncate(before);
    v
}
