//! Lexical environments: a chain of scopes from the innermost block out to the script's globals,
//! then the stdlib's scope, then the natives'. The stdlib and natives scopes are sealed once
//! loaded: a script can shadow their names with its own but never rebind them, and stdlib
//! functions, whose closures hold the stdlib scope, never see the script's names. A scope can
//! also carry the calendar named by `using`, which unit conversions in that scope and the scopes
//! inside it (function bodies defined there included) follow.

use crate::units::WorkLengths;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Default)]
pub struct Env {
    vars: RefCell<HashMap<Rc<str>, Value>>,
    parent: Option<Rc<Env>>,
    calendar: RefCell<Option<Rc<WorkLengths>>>,
    /// A sealed scope (the stdlib's, the natives') cannot be rebound from inside: `x = ...`
    /// stops at it as at the end of the chain.
    sealed: std::cell::Cell<bool>,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<env>")
    }
}

impl Env {
    pub fn root() -> Rc<Env> {
        Rc::new(Env::default())
    }

    pub fn child(parent: &Rc<Env>) -> Rc<Env> {
        Rc::new(Env {
            vars: RefCell::default(),
            parent: Some(parent.clone()),
            calendar: RefCell::default(),
            sealed: Default::default(),
        })
    }

    /// Seal this scope: later `x = ...` from scopes inside it cannot rebind its names.
    pub fn seal(&self) {
        self.sealed.set(true);
    }

    pub fn get(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.vars.borrow().get(name) {
            return Some(v.clone());
        }
        self.parent.as_ref().and_then(|p| p.get(name))
    }

    pub fn define(&self, name: Rc<str>, value: Value) {
        self.vars.borrow_mut().insert(name, value);
    }

    /// Rebind an existing name in the scope that holds it; false if it is not bound anywhere.
    pub fn assign(&self, name: &str, value: Value) -> bool {
        if self.sealed.get() {
            return false;
        }
        if let Some(slot) = self.vars.borrow_mut().get_mut(name) {
            *slot = value;
            return true;
        }
        match &self.parent {
            Some(p) => p.assign(name, value),
            None => false,
        }
    }

    pub fn calendar(&self) -> Option<Rc<WorkLengths>> {
        if let Some(c) = self.calendar.borrow().as_ref() {
            return Some(c.clone());
        }
        self.parent.as_ref().and_then(|p| p.calendar())
    }

    pub fn set_calendar(&self, cal: Rc<WorkLengths>) {
        *self.calendar.borrow_mut() = Some(cal);
    }

    /// The names bound in this scope itself, with their values.
    pub fn locals(&self) -> Vec<(Rc<str>, Value)> {
        self.vars
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    }

    /// Unbind `name` in this scope itself.
    pub fn remove_local(&self, name: &str) {
        self.vars.borrow_mut().remove(name);
    }

    /// Whether this scope itself binds `name`.
    pub fn has_local(&self, name: &str) -> bool {
        self.vars.borrow().contains_key(name)
    }

    /// Every name visible from here (for completion and "did you mean").
    pub fn names(&self) -> Vec<Rc<str>> {
        let mut names: Vec<Rc<str>> = self.vars.borrow().keys().cloned().collect();
        if let Some(p) = &self.parent {
            names.extend(p.names());
        }
        names.sort();
        names.dedup();
        names
    }
}
