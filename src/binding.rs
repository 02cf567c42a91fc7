//! The diagnostics of fitting a call's arguments to a function's parameters, shared by the
//! run-time binder (`interp/call.rs`) and `wl check` (`check/calls.rs`), so both say the same.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::native::{signature, ParamShape};
use crate::span::Span;
use crate::suggest::did_you_mean;

/// E0210: the call does not give the number of arguments the function takes.
pub fn arity(fname: &str, params: &[ParamShape], call: Span, def: Option<Span>) -> Diagnostic {
    let required = params.iter().filter(|p| !p.optional && !p.rest).count();
    let count = if params.iter().any(|p| p.rest) {
        format!("at least {required}")
    } else if required == params.len() {
        format!("{required}")
    } else {
        format!("{required} to {}", params.len())
    };
    let plural = if count == "1" { "" } else { "s" };
    let d = Diagnostic::error(
        Code::WrongArity,
        format!("`{fname}` takes {count} argument{plural}"),
        call,
        "in this call",
    )
    .with_note(format!("{fname}({})", signature(params)));
    match def {
        Some(def) => d.with_label(def, "defined here"),
        None => d,
    }
}

/// E0211: a named argument the function has no parameter for, with the nearest name.
pub fn unknown_parameter(fname: &str, params: &[ParamShape], name: &str, at: Span) -> Diagnostic {
    let mut d = Diagnostic::error(
        Code::UnknownArgument,
        format!("`{fname}` has no parameter `{name}`"),
        at,
        "unknown parameter",
    )
    .with_note(format!("{fname}({})", signature(params)));
    d.hint = did_you_mean(name, params.iter().map(|p| p.name));
    d
}

/// E0211: one parameter given twice (by position and by name, or by name twice).
pub fn given_twice(name: &str, at: Span) -> Diagnostic {
    Diagnostic::error(
        Code::UnknownArgument,
        format!("`{name}` is given twice"),
        at,
        "already given",
    )
}
