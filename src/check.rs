//! Static checks for `wl check`: everything that can be known without running the script.
//! Unknown names (with "did you mean"), unknown declaration kinds and fields, missing required
//! fields, fields given twice, field values of the wrong dimension when they are constants
//! (the rule evaluation applies, [`kinds::check_value`]), calls with the wrong number of
//! arguments or an unknown named argument, counted units that look like misspelt time units,
//! and formulas whose value is dropped (a line that starts with `-` meant to continue the one
//! above). Also the warnings on figures a planner rarely means: numbers with an Indonesian
//! thousands dot ([`lexical`]), whole persons rounded before they are summed ([`rounding`]), an
//! activity left out without a reason, and, on constant declaration values, the plausibility
//! rules evaluation also applies ([`plausible`], [`deducted`]).

mod calls;
mod consts;
mod deducted;
mod lexical;
pub mod plausible;
pub use deducted::counted_again;
mod rounding;
mod typos;

pub use calls::{check_call, SigParam, Signature, Signatures};
pub use consts::{constant, literal, Const};

use crate::ast::*;
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::kinds;
use crate::number::Num;
use crate::span::Span;
use crate::units::Atom;
use std::collections::HashMap;
use std::rc::Rc;

/// The names of one scope; a function's entry holds its parameters, for checking calls.
type Scope = HashMap<Rc<str>, Option<Rc<Signature>>>;

struct Checker {
    scopes: Vec<Scope>,
    diags: Vec<Diagnostic>,
    /// After a `use`, names may come from the other file: stop reporting unknown names.
    opaque: bool,
    /// Apply the rules on declaration values ([`plausible`]) to the constants: `wl check` does;
    /// a run leaves them to evaluation, which sees every value, so each is reported once.
    values: bool,
    /// What is known of each calendar declared with constant fields.
    calendars: HashMap<Rc<str>, CalendarFacts>,
    typos: typos::Typos,
    rounded: rounding::Rounded,
}

/// E0201, with a "did you mean" among the names in scope (shared with evaluation).
pub fn unknown_name(name: &str, span: Span, in_scope: &[Rc<str>]) -> Diagnostic {
    let mut d = Diagnostic::error(
        Code::UnknownName,
        format!("unknown name `{name}`"),
        span,
        "nothing with this name is defined here",
    );
    // The stdlib's internal helpers are in scope but are not what a planner meant.
    let candidates = in_scope
        .iter()
        .map(|n| &**n)
        .filter(|n| !crate::registry::is_internal(n));
    d.hint = crate::suggest::did_you_mean(name, candidates).or_else(|| {
        crate::units::is_builtin_time_unit(name)
            .then(|| format!("a unit goes right after a number: `1 {name}`"))
    });
    d
}

/// The warnings of a program (no name checks): what `wl run` shows before running it.
pub fn warnings(program: &Program) -> Vec<Diagnostic> {
    let mut c = Checker::new(vec![Scope::new()], true, false);
    c.stmts(&program.stmts);
    c.finish().into_iter().filter(|d| !d.is_error()).collect()
}

/// Every problem that can be found without running `program`; `globals` are the names already
/// defined, `sigs` the parameters of the natives and stdlib functions among them.
pub fn check(program: &Program, globals: &[Rc<str>], sigs: &Signatures) -> Vec<Diagnostic> {
    let globals = globals.iter().map(|g| (g.clone(), sigs.get(g))).collect();
    let mut c = Checker::new(vec![globals], false, true);
    c.stmts(&program.stmts);
    c.finish()
}

impl Checker {
    fn new(scopes: Vec<Scope>, opaque: bool, values: bool) -> Checker {
        Checker {
            scopes,
            diags: Vec::new(),
            opaque,
            values,
            calendars: HashMap::new(),
            typos: typos::Typos::default(),
            rounded: rounding::Rounded::default(),
        }
    }

    /// The diagnostics, with the warnings gathered over the whole program (one per typo).
    fn finish(mut self) -> Vec<Diagnostic> {
        self.diags.extend(self.typos.into_diagnostics());
        self.diags
    }

    fn define(&mut self, name: &Rc<str>) {
        if let Some(s) = self.scopes.last_mut() {
            s.insert(name.clone(), None);
        }
    }

    fn define_fn(&mut self, def: &FnDef) {
        if let (Some(n), Some(s)) = (&def.name, self.scopes.last_mut()) {
            s.insert(n.node.clone(), Some(Rc::new(Signature::of_fn(def))));
        }
    }

    fn known(&self, name: &str) -> bool {
        self.scopes.iter().any(|s| s.contains_key(name))
    }

    /// The parameters of the function `name` stands for here, if it is a known function (an
    /// inner `let` of the same name hides it).
    fn signature(&self, name: &str) -> Option<Rc<Signature>> {
        self.scopes
            .iter()
            .rev()
            .find_map(|s| s.get(name))
            .cloned()
            .flatten()
    }

    fn scoped(&mut self, f: impl FnOnce(&mut Checker)) {
        self.scopes.push(Scope::new());
        f(self);
        self.scopes.pop();
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        // Functions are visible in their whole block, so they may call each other.
        for s in stmts {
            if let StmtKind::Fn(def) = &s.kind {
                self.define_fn(def);
            }
        }
        for (k, s) in stmts.iter().enumerate() {
            // The last statement of a block is its value (and the REPL echoes it).
            if k + 1 < stmts.len() {
                self.unused_value(s);
            }
            self.stmt(s);
        }
    }

    /// A formula on a line of its own, neither printed nor bound: its value is dropped. Calls,
    /// `if` and blocks are left alone, as they may print, export or warn.
    fn unused_value(&mut self, s: &Stmt) {
        let StmtKind::Expr(e) = &s.kind else { return };
        let formula = matches!(
            e.kind,
            ExprKind::Number(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_)
                | ExprKind::Name(_)
                | ExprKind::List(..)
                | ExprKind::Record(_)
                | ExprKind::Table(_)
                | ExprKind::Range { .. }
                | ExprKind::Unary(..)
                | ExprKind::Binary(..)
                | ExprKind::Convert(..)
                | ExprKind::Field(..)
                | ExprKind::Index(..)
        );
        if !formula {
            return;
        }
        let mut d = Diagnostic::warning(
            Code::UnusedValue,
            "this value is computed and then dropped",
            e.span,
            "not printed, bound or returned",
        );
        d = if matches!(e.kind, ExprKind::Unary(UnaryOp::Neg, _)) {
            d.with_hint("a line that starts with `-` is a statement of its own; to go on with the formula above, end that line with the operator")
        } else {
            d.with_hint("`print` it, or bind it with `let`")
        };
        self.diags.push(d);
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Let(name, e) => {
                self.expr(e);
                self.rounded.bind(&name.node, e);
                self.define(&name.node);
            }
            StmtKind::Assign(name, e) => {
                self.expr(e);
                self.name(&name.node, name.span);
            }
            StmtKind::Fn(def) => self.func(def),
            StmtKind::Print(e) | StmtKind::Explain(e) | StmtKind::Expr(e) | StmtKind::Using(e) => {
                self.expr(e)
            }
            StmtKind::For(var, iter, body) => {
                self.expr(iter);
                self.diags.extend(rounding::in_loop(&body.stmts));
                self.scoped(|c| {
                    c.define(&var.node);
                    c.stmts(&body.stmts);
                });
            }
            StmtKind::Use(_) => self.opaque = true,
            StmtKind::Assert(cond, msg) => {
                self.expr(cond);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Audit(a) => {
                self.expr(&a.value);
                self.unit_names(a.reported.unit.as_ref());
                if let Some(al) = &a.alpha {
                    self.expr(al);
                }
            }
            StmtKind::Decl(d) => {
                self.decl(d, None);
                if let Some(n) = &d.name {
                    self.define(&n.node);
                }
            }
            StmtKind::Error => {}
        }
    }

    fn func(&mut self, def: &FnDef) {
        self.scoped(|c| {
            for p in &def.params {
                if let Some(d) = &p.default {
                    c.expr(d);
                }
                c.define(&p.name.node);
            }
            c.expr(&def.body);
        });
    }

    fn name(&mut self, name: &str, span: Span) {
        if self.opaque || self.known(name) {
            return;
        }
        let in_scope: Vec<Rc<str>> = self.scopes.iter().flat_map(|s| s.keys().cloned()).collect();
        self.diags.push(unknown_name(name, span, &in_scope));
    }

    fn unit_names(&mut self, unit: Option<&UnitExpr>) {
        let Some(u) = unit else { return };
        for n in u.numerator.iter().chain(u.per.iter()) {
            if let Atom::Count { .. } = Atom::from_name(&n.node) {
                self.typos.note(&n.node, n.span);
            }
        }
    }

    fn block(&mut self, b: &Block) {
        self.scoped(|c| c.stmts(&b.stmts));
    }

    fn expr(&mut self, e: &Expr) {
        // Long operator chains nest deeply; grow the stack rather than overflow it.
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(lit) => {
                self.unit_names(lit.unit.as_ref());
                self.diags.extend(lexical::thousands_dot(lit, e.span));
            }
            ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Error => {}
            ExprKind::Name(n) => self.name(n, e.span),
            ExprKind::List(items, unit) => {
                items.iter().for_each(|i| self.expr(i));
                self.unit_names(unit.as_ref());
            }
            ExprKind::Record(entries) | ExprKind::Table(entries) => {
                entries.iter().for_each(|(_, v)| self.expr(v));
            }
            ExprKind::Range { start, end, .. } => {
                self.expr(start);
                self.expr(end);
            }
            ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Convert(x, u) => {
                self.expr(x);
                self.unit_names(Some(u));
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                args.iter().for_each(|a| self.expr(&a.value));
                self.call(f, args, e.span);
            }
            ExprKind::Field(x, _) => self.expr(x),
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::If(c, then, otherwise) => {
                self.expr(c);
                self.block(then);
                if let Some(o) = otherwise {
                    self.expr(o);
                }
            }
            ExprKind::Block(b) => self.block(b),
            ExprKind::Lambda(def) => self.func(def),
            ExprKind::Try(body, fallback) => {
                self.expr(body);
                if let Some(f) = fallback {
                    self.expr(f);
                }
            }
        }
    }

    /// A call of a function known by name: its arguments fit its parameters.
    fn call(&mut self, f: &Expr, args: &[Arg], span: Span) {
        let ExprKind::Name(name) = &f.kind else {
            return;
        };
        self.diags
            .extend(rounding::in_sum(name, args, span, &self.rounded));
        self.rounded.column(name, args);
        if let Some(d) = self
            .signature(name)
            .and_then(|sig| check_call(name, &sig, args, span))
        {
            self.diags.push(d);
        }
    }

    fn decl(&mut self, d: &Decl, parent: Option<&'static kinds::KindSpec>) {
        if let Some(cal) = &d.calendar {
            self.expr(cal);
        }
        let spec = kinds::kind(&d.kind.node);
        match (spec, parent) {
            (None, _) => self
                .diags
                .push(kinds::unknown_kind(&d.kind.node, d.kind.span)),
            (Some(s), Some(p)) if p.child_list(s.name).is_none() => self
                .diags
                .push(kinds::not_allowed_in(p, s.name, d.kind.span)),
            _ => {}
        }
        let mut seen: Vec<(Rc<str>, Span)> = Vec::new();
        let mut consts: Vec<(&'static str, Const, Span)> = Vec::new();
        self.scoped(|c| {
            for item in &d.items {
                match item {
                    DeclItem::Field(name, value) => {
                        c.expr(value);
                        if let Some(s) = spec.filter(|s| s.field(&name.node).is_none()) {
                            c.diags.push(kinds::unknown_field(s, &name.node, name.span));
                        }
                        if let Some(f) = spec.and_then(|s| s.field(&name.node)) {
                            c.field_value(f, value, &mut consts);
                        }
                        if let Some((_, first)) = seen.iter().find(|(n, _)| *n == name.node) {
                            c.diags
                                .push(kinds::duplicate_field(&name.node, name.span, *first));
                        }
                        seen.push((name.node.clone(), name.span));
                        c.define(&name.node);
                    }
                    DeclItem::Decl(inner) => c.decl(inner, spec),
                }
            }
        });
        if let Some(s) = spec {
            self.across_fields(s, d, &consts);
            let missing = s.missing(|f| seen.iter().any(|(n, _)| &**n == f));
            if !missing.is_empty() {
                let head = d.head();
                let title = d.title();
                self.diags
                    .push(kinds::missing_fields(s, title, &missing, head));
            }
        }
    }

    /// A field whose value is a constant: the rule evaluation applies to it, now.
    fn field_value(
        &mut self,
        f: &'static kinds::FieldSpec,
        value: &Expr,
        consts: &mut Vec<(&'static str, Const, Span)>,
    ) {
        if let (true, ExprKind::Number(lit)) = (f.name == "volume", &value.kind) {
            self.diags.extend(lexical::volume_dot(lit, value.span));
        }
        let Some(k) = constant(value) else { return };
        let given = match &k {
            Const::Num(q) => kinds::Given::Num(q),
            Const::Text => kinds::Given::Text,
            Const::Bool(_) => kinds::Given::Bool,
        };
        match kinds::check_value(f.name, f.expect, &given, value.span) {
            Ok(()) => consts.push((f.name, k, value.span)),
            Err(d) => self.diags.push(*d),
        }
    }

    /// The rules across a declaration's fields (as evaluation applies them), on constants.
    fn across_fields(&mut self, spec: &kinds::KindSpec, d: &Decl, consts: &[(&str, Const, Span)]) {
        let num = |name: &str| {
            consts.iter().find_map(|(n, k, s)| match k {
                Const::Num(q) if *n == name => Some((q, *s)),
                _ => None,
            })
        };
        match spec.name {
            "calendar" if self.values => {
                let values = plausible::CalendarValues::from_fields(consts.iter().filter_map(
                    |(n, k, s)| match k {
                        Const::Num(q) => Some((*n, q, *s)),
                        _ => None,
                    },
                ));
                self.diags.extend(plausible::calendar(&values));
                if let Some(name) = &d.name {
                    let deducts = consts
                        .iter()
                        .filter_map(|(n, k, _)| match k {
                            Const::Num(q) if q.value > Num::ZERO => {
                                Some((n.to_string(), q.to_string()))
                            }
                            _ => None,
                        })
                        .collect();
                    let facts = CalendarFacts {
                        week: values.week_hours(),
                        deducts,
                    };
                    self.calendars.insert(name.node.clone(), facts);
                }
            }
            "activity" => {
                self.diags.extend(without_reason(d));
                if let (Some(standard), Some(volume)) = (num("standard"), num("volume")) {
                    if let Err(e) = kinds::standard_matches_volume(standard, volume) {
                        self.diags.push(*e);
                    }
                }
            }
            "cadre" => {
                let activities: Vec<&Decl> = d
                    .items
                    .iter()
                    .filter_map(|i| match i {
                        DeclItem::Decl(inner) if &*inner.kind.node == "activity" => Some(inner),
                        _ => None,
                    })
                    .collect();
                if self.values {
                    self.unit_times(d, &activities);
                    self.counted_again(d);
                }
                if activities.iter().all(|a| excluded(a)) {
                    let head = d.head();
                    let title = d.title();
                    let title = title.unwrap_or("cadre");
                    self.diags
                        .push(kinds::no_counted_activity(title, head, activities.len()));
                }
            }
            _ => {}
        }
    }
}

/// A calendar's constants, for the rules on the cadres declared in it.
struct CalendarFacts {
    /// The clock hours of its working week.
    week: Option<Num>,
    /// Its fields with a value above zero, and that value as written (`12 days`).
    deducts: Vec<(String, String)>,
}

impl Checker {
    /// The calendar a cadre is declared `in`, with its name, when it was declared with constants.
    fn calendar_of(&self, cadre: &Decl) -> Option<(&Rc<str>, &CalendarFacts)> {
        match cadre.calendar.as_ref().map(|c| &c.kind) {
            Some(ExprKind::Name(cal)) => self.calendars.get_key_value(cal),
            _ => None,
        }
    }

    /// W0526 on a cadre's support activities.
    fn counted_again(&mut self, cadre: &Decl) {
        let Some((name, facts)) = self.calendar_of(cadre) else {
            return;
        };
        let deducts = |field: &str| {
            facts
                .deducts
                .iter()
                .find(|(f, _)| f == field)
                .map(|(_, v)| v.clone())
        };
        let found: Vec<Diagnostic> = cadre
            .items
            .iter()
            .filter_map(|i| match i {
                DeclItem::Decl(s) if &*s.kind.node == "support" => {
                    let at = s.name.as_ref().map_or(s.span, |n| n.span);
                    deducted::counted_again(s.title()?, at, name, deducts)
                }
                _ => None,
            })
            .collect();
        self.diags.extend(found);
    }

    /// W0525 on the constant standards of a cadre's activities, when its calendar is known.
    fn unit_times(&mut self, cadre: &Decl, activities: &[&Decl]) {
        let Some(week) = self.calendar_of(cadre).and_then(|(_, f)| f.week) else {
            return;
        };
        for a in activities {
            for item in &a.items {
                let DeclItem::Field(n, v) = item else {
                    continue;
                };
                if let ("standard", Some(Const::Num(q))) = (&*n.node, constant(v)) {
                    self.diags
                        .extend(plausible::unit_time(&q, n.span.to(v.span), week));
                }
            }
        }
    }
}

/// W0523: `include = false` with no `reason`: the task table cannot say why it is left out.
fn without_reason(a: &Decl) -> Option<Diagnostic> {
    let has = |name: &str| {
        a.items
            .iter()
            .any(|i| matches!(i, DeclItem::Field(n, _) if &*n.node == name))
    };
    let include = a.items.iter().find_map(|i| match i {
        DeclItem::Field(n, v)
            if &*n.node == "include" && matches!(v.kind, ExprKind::Bool(false)) =>
        {
            Some(n.span.to(v.span))
        }
        _ => None,
    })?;
    if has("reason") {
        return None;
    }
    let what = a.title().unwrap_or("this activity");
    Some(
        Diagnostic::warning(
            Code::ExcludedWithoutReason,
            format!("activity \"{what}\" is left out without a reason"),
            include,
            "not counted",
        )
        .with_hint("say why it is not counted: `reason = \"done by another cadre\"`; the task table prints the reason beside it"),
    )
}

/// An activity written with `include = false`.
fn excluded(a: &Decl) -> bool {
    a.items.iter().any(|i| {
        matches!(i, DeclItem::Field(n, v) if &*n.node == "include" && matches!(v.kind, ExprKind::Bool(false)))
    })
}
