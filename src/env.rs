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

    /// Unbind every name in this scope. Closures defined here hold the scope that holds them,
    /// an `Rc` cycle that is never freed by itself: a session that ends clears its scopes so
    /// that everything it defined is freed.
    pub fn clear(&self) {
        // Taken out first: dropping the values may drop other scopes, never while borrowed.
        let vars = std::mem::take(&mut *self.vars.borrow_mut());
        drop(vars);
    }

    /// Leave a scope (a call's, a block's, a loop iteration's), giving up the handle to it.
    /// When the only other holders of the scope are closures defined in it and bound in it
    /// alone (`fn helper` or `let g = (x) => ...` inside a function body), scope and closures
    /// hold each other and nothing else can reach them: the names are unbound, which frees
    /// both. The test is exact on reference counts, so a scope that a returned or stored
    /// closure still needs is never touched. Cycles through other paths (a closure from an
    /// inner block bound in an outer scope, closures inside lists) are left as they are.
    pub fn release(scope: Rc<Env>) {
        let holders = Rc::strong_count(&scope) - 1;
        if holders == 0 || holders != self_held(&scope) {
            return;
        }
        scope.clear();
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

/// How many references to `scope` come from closures that only `scope`'s own names hold.
fn self_held(scope: &Rc<Env>) -> usize {
    let vars = scope.vars.borrow();
    let mut counted: Vec<*const crate::value::Closure> = Vec::new();
    let mut held = 0;
    for v in vars.values() {
        let Value::Func(c) = v else { continue };
        if !Rc::ptr_eq(&c.env, scope) || counted.contains(&Rc::as_ptr(c)) {
            continue;
        }
        counted.push(Rc::as_ptr(c));
        let bindings = vars
            .values()
            .filter(|w| matches!(w, Value::Func(d) if Rc::ptr_eq(d, c)))
            .count();
        if Rc::strong_count(c) != bindings {
            // Held from outside this scope too (returned, stored, being called): not garbage.
            return usize::MAX;
        }
        held += 1;
    }
    held
}
