//! The definitions of a parsed document: every `let`, `fn`, parameter, `for` variable,
//! declaration and declaration field, with where it is written and where it can be seen.
//! Hover, completion, go to definition and document symbols all read this one list, so they
//! agree on what a name stands for.

use crate::ast::*;
use crate::span::Span;

/// What kind of definition a name has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    Let,
    Fn,
    Param,
    ForVar,
    /// A declaration (`calendar rsud { }`); its kind word is in [`Def::decl`].
    Decl,
    /// A field written inside a declaration (`hours_per_day = 8 h`).
    Field,
}

/// One definition.
pub struct Def<'p> {
    pub name: &'p str,
    pub kind: DefKind,
    /// The name as written.
    pub name_span: Span,
    /// Where the name is visible: `None` for the whole file (a top-level definition).
    pub scope: Option<Span>,
    /// The value a `let` or a field was given.
    pub value: Option<&'p Expr>,
    pub decl: Option<&'p Decl>,
    pub func: Option<&'p FnDef>,
}

/// Every definition in `program`, in source order.
pub fn definitions(program: &Program) -> Vec<Def<'_>> {
    let mut w = Walker { defs: Vec::new() };
    w.stmts(&program.stmts, None);
    w.defs
}

/// What `name` stands for at `offset`: among the definitions visible there, the one in the
/// innermost scope, and of those the last written before `offset` (else the first).
pub fn resolve<'a, 'p>(defs: &'a [Def<'p>], name: &str, offset: usize) -> Option<&'a Def<'p>> {
    let visible = |d: &&Def| {
        d.name == name
            && d.scope
                .is_none_or(|s| s.start as usize <= offset && offset <= s.end as usize)
    };
    let width = |d: &Def| d.scope.map_or(u32::MAX, |s| s.end - s.start);
    let narrowest = defs.iter().filter(visible).map(width).min()?;
    let candidates = || {
        defs.iter()
            .filter(visible)
            .filter(|d| width(d) == narrowest)
    };
    candidates()
        .rfind(|d| d.name_span.start as usize <= offset)
        .or_else(|| candidates().next())
}

struct Walker<'p> {
    defs: Vec<Def<'p>>,
}

impl<'p> Walker<'p> {
    fn add(&mut self, name: &'p Name, kind: DefKind, scope: Option<Span>) -> &mut Def<'p> {
        self.defs.push(Def {
            name: &name.node,
            kind,
            name_span: name.span,
            scope,
            value: None,
            decl: None,
            func: None,
        });
        self.defs.last_mut().expect("just pushed")
    }

    fn stmts(&mut self, stmts: &'p [Stmt], scope: Option<Span>) {
        for s in stmts {
            self.stmt(s, scope);
        }
    }

    fn stmt(&mut self, s: &'p Stmt, scope: Option<Span>) {
        match &s.kind {
            StmtKind::Let(name, e) => {
                self.add(name, DefKind::Let, scope).value = Some(e);
                self.expr(e);
            }
            StmtKind::Assign(_, e)
            | StmtKind::Print(e)
            | StmtKind::Explain(e)
            | StmtKind::Using(e)
            | StmtKind::Expr(e) => self.expr(e),
            StmtKind::Fn(def) => {
                if let Some(name) = &def.name {
                    self.add(name, DefKind::Fn, scope).func = Some(def);
                }
                self.func(def);
            }
            StmtKind::For(var, iter, body) => {
                self.expr(iter);
                self.add(var, DefKind::ForVar, Some(s.span));
                self.stmts(&body.stmts, Some(body.span));
            }
            StmtKind::Assert(c, m) => {
                self.expr(c);
                if let Some(m) = m {
                    self.expr(m);
                }
            }
            StmtKind::Audit(a) => self.expr(&a.value),
            StmtKind::Decl(d) => self.decl(d, scope),
            _ => {}
        }
    }

    fn decl(&mut self, d: &'p Decl, scope: Option<Span>) {
        if let Some(name) = &d.name {
            self.add(name, DefKind::Decl, scope).decl = Some(d);
        }
        if let Some(c) = &d.calendar {
            self.expr(c);
        }
        for item in &d.items {
            match item {
                DeclItem::Field(name, value) => {
                    let def = self.add(name, DefKind::Field, Some(d.span));
                    def.value = Some(value);
                    def.decl = Some(d);
                    self.expr(value);
                }
                DeclItem::Decl(inner) => self.decl(inner, Some(d.span)),
            }
        }
    }

    fn func(&mut self, def: &'p FnDef) {
        for p in &def.params {
            self.add(&p.name, DefKind::Param, Some(def.span));
            if let Some(d) = &p.default {
                self.expr(d);
            }
        }
        self.expr(&def.body);
    }

    fn expr(&mut self, e: &'p Expr) {
        stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &'p Expr) {
        match &e.kind {
            ExprKind::Block(b) => self.stmts(&b.stmts, Some(b.span)),
            ExprKind::If(c, then, otherwise) => {
                self.expr(c);
                self.stmts(&then.stmts, Some(then.span));
                if let Some(o) = otherwise {
                    self.expr(o);
                }
            }
            ExprKind::Lambda(def) => self.func(def),
            ExprKind::Call(f, args) => {
                self.expr(f);
                args.iter().for_each(|a| self.expr(&a.value));
            }
            ExprKind::List(items, _) => items.iter().for_each(|i| self.expr(i)),
            ExprKind::Record(entries) | ExprKind::Table(entries) => {
                entries.iter().for_each(|(_, v)| self.expr(v))
            }
            ExprKind::Range { start, end, .. } | ExprKind::Binary(_, start, end) => {
                self.expr(start);
                self.expr(end);
            }
            ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Unary(_, x) | ExprKind::Convert(x, _) | ExprKind::Field(x, _) => self.expr(x),
            // Literals and names define nothing (and a variant added later is a leaf until
            // it is taught here).
            _ => {}
        }
    }
}

/// The paths of the files a program `use`s, as written, with their spans.
pub fn uses(program: &Program) -> Vec<(&str, Span)> {
    program
        .stmts
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Use(p) => Some((&*p.node, p.span)),
            _ => None,
        })
        .collect()
}
