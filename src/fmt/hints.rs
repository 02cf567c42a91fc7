//! What the tokens alone do not tell the formatter, read from the parse tree: where a `/`
//! belongs to a unit (`min/day`) or to a fraction before a unit (`1/3 FTE`), both written
//! without spaces, as opposed to a division `a / b`.

use crate::ast::{DeclItem, Expr, ExprKind, Program, Stmt, StmtKind, UnitExpr};

pub struct Hints {
    /// The byte ranges of every unit, and of every fraction literal with its unit, written in
    /// the program, sorted.
    units: Vec<(u32, u32)>,
}

impl Hints {
    /// Whether byte `at` lies inside a unit (or a fraction literal).
    pub fn in_unit(&self, at: u32) -> bool {
        let i = self.units.partition_point(|(start, _)| *start <= at);
        i > 0 && at < self.units[i - 1].1
    }
}

/// Walk a program once. The walk keeps its own stack: a long chain such as `1 + 1 + … + 1`
/// would otherwise recurse once per term.
pub fn hints(program: &Program) -> Hints {
    let mut units = Vec::new();
    let mut exprs: Vec<&Expr> = Vec::new();
    let mut stmts: Vec<&Stmt> = program.stmts.iter().collect();
    loop {
        if let Some(e) = exprs.pop() {
            expr_children(e, &mut exprs, &mut stmts, &mut units);
        } else if let Some(s) = stmts.pop() {
            stmt_children(s, &mut exprs, &mut stmts, &mut units);
        } else {
            break;
        }
    }
    units.sort_unstable();
    Hints { units }
}

fn range(u: &UnitExpr) -> (u32, u32) {
    (u.span.start, u.span.end)
}

fn expr_children<'a>(
    e: &'a Expr,
    exprs: &mut Vec<&'a Expr>,
    stmts: &mut Vec<&'a Stmt>,
    units: &mut Vec<(u32, u32)>,
) {
    match &e.kind {
        ExprKind::Number(n) if n.over.is_some() => units.push((e.span.start, e.span.end)),
        ExprKind::Number(n) => units.extend(n.unit.as_ref().map(range)),
        ExprKind::List(items, unit) => {
            exprs.extend(items);
            units.extend(unit.as_ref().map(range));
        }
        ExprKind::Record(fields) | ExprKind::Table(fields) => {
            exprs.extend(fields.iter().map(|(_, v)| v))
        }
        ExprKind::Range { start, end, .. } => exprs.extend([&**start, &**end]),
        ExprKind::Unary(_, a) | ExprKind::Field(a, _) | ExprKind::Try(a, None) => exprs.push(a),
        ExprKind::Try(a, Some(b)) => exprs.extend([&**a, &**b]),
        ExprKind::Binary(_, a, b) | ExprKind::Index(a, b) => exprs.extend([&**a, &**b]),
        ExprKind::Convert(a, unit) => {
            exprs.push(a);
            units.push(range(unit));
        }
        ExprKind::Call(f, args) => {
            exprs.push(f);
            exprs.extend(args.iter().map(|a| &a.value));
        }
        ExprKind::If(cond, then, other) => {
            exprs.push(cond);
            stmts.extend(&then.stmts);
            exprs.extend(other.as_deref());
        }
        ExprKind::Block(block) => stmts.extend(&block.stmts),
        ExprKind::Lambda(def) => {
            exprs.push(&def.body);
            exprs.extend(def.params.iter().filter_map(|p| p.default.as_ref()));
        }
        ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Name(_) | ExprKind::Error => {}
    }
}

fn stmt_children<'a>(
    s: &'a Stmt,
    exprs: &mut Vec<&'a Expr>,
    stmts: &mut Vec<&'a Stmt>,
    units: &mut Vec<(u32, u32)>,
) {
    match &s.kind {
        StmtKind::Let(_, e)
        | StmtKind::Assign(_, e)
        | StmtKind::Print(e)
        | StmtKind::Explain(e)
        | StmtKind::Using(e)
        | StmtKind::Expr(e) => exprs.push(e),
        StmtKind::Fn(def) => {
            exprs.push(&def.body);
            exprs.extend(def.params.iter().filter_map(|p| p.default.as_ref()));
        }
        StmtKind::For(_, e, block) => {
            exprs.push(e);
            stmts.extend(&block.stmts);
        }
        StmtKind::Assert(cond, message) => {
            exprs.push(cond);
            exprs.extend(message);
        }
        StmtKind::Audit(audit) => {
            exprs.push(&audit.value);
            exprs.extend(&audit.alpha);
            units.extend(audit.reported.unit.as_ref().map(range));
        }
        StmtKind::Decl(decl) => decl_children(decl, exprs),
        StmtKind::Use(_) | StmtKind::Error => {}
    }
}

fn decl_children<'a>(decl: &'a crate::ast::Decl, exprs: &mut Vec<&'a Expr>) {
    exprs.extend(&decl.calendar);
    for item in &decl.items {
        match item {
            DeclItem::Field(_, e) => exprs.push(e),
            DeclItem::Decl(d) => decl_children(d, exprs),
        }
    }
}
