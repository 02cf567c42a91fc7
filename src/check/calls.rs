//! Calls checked before anything runs: the number of arguments and the names of named
//! arguments, against the parameters of natives, stdlib functions and the script's own
//! functions. The messages are those of the binder that matches arguments at run time.

use crate::ast::{Arg, FnDef};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::suggest::did_you_mean;
use std::collections::HashMap;
use std::rc::Rc;

/// A parameter as a call must match it.
#[derive(Clone, Debug)]
pub struct SigParam {
    pub name: Rc<str>,
    pub optional: bool,
    /// Collects the remaining positional arguments.
    pub rest: bool,
}

/// A function's parameters, and where it is defined when that is in the script.
#[derive(Clone, Debug)]
pub struct Signature {
    pub params: Vec<SigParam>,
    pub def: Option<Span>,
}

impl Signature {
    /// The parameters of a `fn` definition (a parameter with a default is optional).
    pub fn of_fn(def: &FnDef) -> Signature {
        Signature {
            params: def
                .params
                .iter()
                .map(|p| SigParam {
                    name: p.name.node.clone(),
                    optional: p.default.is_some(),
                    rest: false,
                })
                .collect(),
            def: def.name.as_ref().map(|n| n.span),
        }
    }
}

/// The functions whose parameters `wl check` knows before the script runs: natives and stdlib
/// functions, filled from the function registry ([`crate::registry`]).
#[derive(Clone, Debug, Default)]
pub struct Signatures {
    by_name: HashMap<Rc<str>, Rc<Signature>>,
}

impl Signatures {
    pub fn add(&mut self, name: &str, params: Vec<SigParam>) {
        let sig = Signature { params, def: None };
        self.by_name.insert(Rc::from(name), Rc::new(sig));
    }

    pub fn get(&self, name: &str) -> Option<Rc<Signature>> {
        self.by_name.get(name).cloned()
    }
}

/// `x, digits?, values...`
fn shown(params: &[SigParam]) -> String {
    params
        .iter()
        .map(|p| {
            if p.rest {
                format!("{}...", p.name)
            } else if p.optional {
                format!("{}?", p.name)
            } else {
                p.name.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// E0210/E0211: the first way the arguments of a call to `fname` do not fit its parameters.
pub fn check_call(fname: &str, sig: &Signature, args: &[Arg], call: Span) -> Option<Diagnostic> {
    let params = &sig.params;
    let rest = params.iter().any(|p| p.rest);
    let max_positional = params.iter().position(|p| p.rest).unwrap_or(params.len());
    let mut given = vec![false; params.len()];
    let mut next = 0;
    for arg in args {
        let Some(name) = &arg.name else {
            if next < max_positional {
                given[next] = true;
                next += 1;
            } else if !rest {
                return Some(
                    arity(fname, sig, call).with_label(arg.value.span, "one argument too many"),
                );
            }
            continue;
        };
        let Some(i) = params.iter().position(|p| p.name == name.node) else {
            let mut d = Diagnostic::error(
                Code::UnknownArgument,
                format!("`{fname}` has no parameter `{}`", name.node),
                name.span,
                "unknown parameter",
            )
            .with_note(format!("{fname}({})", shown(params)));
            d.hint = did_you_mean(&name.node, params.iter().map(|p| &*p.name));
            return Some(d);
        };
        if given[i] {
            let message = format!("`{}` is given twice", name.node);
            return Some(Diagnostic::error(
                Code::UnknownArgument,
                message,
                name.span,
                "already given",
            ));
        }
        given[i] = true;
    }
    let missing = params
        .iter()
        .zip(&given)
        .find(|(p, g)| !p.optional && !p.rest && !**g)?;
    Some(arity(fname, sig, call).with_hint(format!("`{}` is missing", missing.0.name)))
}

fn arity(fname: &str, sig: &Signature, call: Span) -> Diagnostic {
    let params = &sig.params;
    let required = params.iter().filter(|p| !p.optional && !p.rest).count();
    let count = if params.iter().any(|p| p.rest) {
        format!("at least {required}")
    } else if required == params.len() {
        format!("{required}")
    } else {
        format!("{required} to {}", params.len())
    };
    let plural = if count == "1" { "" } else { "s" };
    let mut d = Diagnostic::error(
        Code::WrongArity,
        format!("`{fname}` takes {count} argument{plural}"),
        call,
        "in this call",
    )
    .with_note(format!("{fname}({})", shown(params)));
    if let Some(def) = sig.def {
        d = d.with_label(def, "defined here");
    }
    d
}
