//! Calls checked before anything runs: the number of arguments and the names of named
//! arguments, against the parameters of natives, stdlib functions and the script's own
//! functions. The messages are those of the binder that matches arguments at run time.

use crate::ast::{Arg, FnDef};
use crate::binding;
use crate::diagnostic::Diagnostic;
use crate::native::ParamShape;
use crate::span::Span;
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

/// The parameters as the binder sees them.
fn shapes(params: &[SigParam]) -> Vec<ParamShape<'_>> {
    params
        .iter()
        .map(|p| ParamShape {
            name: &p.name,
            optional: p.optional,
            rest: p.rest,
        })
        .collect()
}

/// E0210/E0211: the first way the arguments of a call to `fname` do not fit its parameters.
pub fn check_call(fname: &str, sig: &Signature, args: &[Arg], call: Span) -> Option<Diagnostic> {
    let params = shapes(&sig.params);
    let arity = || binding::arity(fname, &params, call, sig.def);
    let max_positional = params.iter().position(|p| p.rest).unwrap_or(params.len());
    let rest = max_positional < params.len();
    let mut given = vec![false; params.len()];
    let mut next = 0;
    for arg in args {
        let Some(name) = &arg.name else {
            if next < max_positional {
                given[next] = true;
                next += 1;
            } else if !rest {
                return Some(arity().with_label(arg.value.span, "one argument too many"));
            }
            continue;
        };
        let Some(i) = params.iter().position(|p| p.name == &*name.node) else {
            return Some(binding::unknown_parameter(
                fname, &params, &name.node, name.span,
            ));
        };
        if given[i] {
            return Some(binding::given_twice(&name.node, name.span));
        }
        given[i] = true;
    }
    let missing = params
        .iter()
        .zip(&given)
        .find(|(p, g)| !p.optional && !p.rest && !**g)?;
    Some(arity().with_hint(format!("`{}` is missing", missing.0.name)))
}
