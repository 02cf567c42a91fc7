//! The syntax tree. Each variant's doc line shows the surface syntax it stands for, so this file
//! is also a compact reference card of the language (the normative grammar is in `grammar/`).
//! Every node keeps its span so that runtime errors can underline the exact sub-expression.

use crate::span::{Span, Spanned};
use rust_decimal::Decimal;
use std::rc::Rc;

pub type Name = Spanned<Rc<str>>;

/// A unit as written after a number or after `in`: `min`, `visits`, `%`, `min per visit`,
/// `h/day`.
#[derive(Clone, Debug)]
pub struct UnitExpr {
    /// The unit before `per` (`%` is written as the name "%").
    pub numerator: Option<Name>,
    /// The units after each `per` or `/`.
    pub per: Vec<Name>,
    pub span: Span,
}

/// A number as written, exactly: its value and its text (the text tells the printed precision
/// of a reported figure).
#[derive(Clone, Debug)]
pub struct NumberLit {
    pub value: Decimal,
    pub text: Rc<str>,
    pub percent: bool,
    pub unit: Option<UnitExpr>,
    /// The denominator of a fraction written before a unit (`1/3 FTE`, `2/3 h per week`): the
    /// literal is `value / over` of its unit, exactly. Never zero (`1/0 FTE` stays a division).
    pub over: Option<Decimal>,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// `42`, `5.5 h`, `20 min per visit`, `30%`
    Number(NumberLit),
    /// `"Perawat"`
    Str(Rc<str>),
    /// `true`, `false`
    Bool(bool),
    /// `hours_per_day`
    Name(Rc<str>),
    /// `[330, 300, 321]`, `[330, 300] min/day`
    List(Vec<Expr>, Option<UnitExpr>),
    /// `{ "Tidak Pernah": 1, Selalu: 3 }`
    Record(Vec<(Name, Expr)>),
    /// `table { cadre: ["Kapus", "Perawat"], productive: [330, 321] min }`
    Table(Vec<(Name, Expr)>),
    /// `19..=38` (inclusive), `0..n` (end excluded)
    Range {
        start: Box<Expr>,
        end: Box<Expr>,
        inclusive: bool,
    },
    /// `-x`, `not done`
    Unary(UnaryOp, Box<Expr>),
    /// `a + b`, `a and b`, `a <= b`
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    /// `x in h`, `share in %`
    Convert(Box<Expr>, UnitExpr),
    /// `f(x, of: cal, rounding: floor)`
    Call(Box<Expr>, Vec<Arg>),
    /// `calendar.hours_per_day`
    Field(Box<Expr>, Name),
    /// `xs[0]`, `t["cadre"]`
    Index(Box<Expr>, Box<Expr>),
    /// `if a > b { a } else { b }`
    If(Box<Expr>, Box<Block>, Option<Box<Expr>>),
    /// `{ let x = 1; x + 1 }`
    Block(Box<Block>),
    /// `fn(x) => x * 2`, `fn(x) { x * 2 }`
    Lambda(Rc<FnDef>),
    /// `try wisn(nurse)`: the value, or the error raised inside it as a value;
    /// `try wisn(nurse) else nothing`: the fallback's value instead of the error
    Try(Box<Expr>, Option<Box<Expr>>),
    /// A part of the source that did not parse (only produced by error recovery).
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
    Eq,
    NotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    And,
    Or,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Pow => "^",
            BinaryOp::Eq => "==",
            BinaryOp::NotEq => "!=",
            BinaryOp::Lt => "<",
            BinaryOp::LtEq => "<=",
            BinaryOp::Gt => ">",
            BinaryOp::GtEq => ">=",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
        }
    }
}

/// A call argument, positional (`x`) or named (`of: cal`).
#[derive(Clone, Debug)]
pub struct Arg {
    pub name: Option<Name>,
    pub value: Expr,
}

/// A function: `fn name(a, b = 2) { body }` or a lambda `fn(a) => body`.
#[derive(Debug)]
pub struct FnDef {
    pub name: Option<Name>,
    pub params: Vec<Param>,
    pub body: Expr,
    pub span: Span,
    /// The doc comment: the `#` lines directly above a named function, without the `#` (see
    /// [`crate::parser::parse`]). A doc that starts `internal:` marks a helper that listings leave
    /// out.
    pub doc: Option<Rc<str>>,
}

/// The word that opens the doc comment of a helper a planner does not call.
pub const INTERNAL_MARKER: &str = "internal:";

impl FnDef {
    /// Whether the doc comment marks this function as an internal helper.
    pub fn is_internal(&self) -> bool {
        self.doc
            .as_deref()
            .is_some_and(|d| d.starts_with(INTERNAL_MARKER))
    }
}

#[derive(Debug)]
pub struct Param {
    pub name: Name,
    pub default: Option<Expr>,
}

/// Statements between braces; the value of the block is that of its last expression.
#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// `let effective = 70% * 5.5 h`
    Let(Name, Expr),
    /// `total = total + x` (the name must be bound already)
    Assign(Name, Expr),
    /// `fn fte(hours, awt) { hours / awt }`
    Fn(Rc<FnDef>),
    /// `print wisn(nurse)`
    Print(Expr),
    /// `explain required_staff(nurse)`: the value and, step by step, the formulas that made it
    Explain(Expr),
    /// `for cadre in cadres { print cadre.name }`
    For(Name, Expr, Block),
    /// `use "standards.wl"`
    Use(Spanned<Rc<str>>),
    /// `using rsud` — unit conversions in the rest of the block follow this calendar
    Using(Expr),
    /// `assert effective == 231 min, "Permenkes 53/2012"`
    Assert(Expr, Option<Expr>),
    /// `audit chi_square(t).pearson.p reported 0.045 alpha 0.05`
    Audit(Audit),
    /// `calendar rsud { hours_per_day = 8 h }`
    Decl(Decl),
    /// An expression whose value is the block's result (and is echoed in the REPL).
    Expr(Expr),
    /// A statement that did not parse (only produced by error recovery).
    Error,
}

#[derive(Clone, Debug)]
pub struct Audit {
    pub value: Expr,
    pub reported: NumberLit,
    pub reported_span: Span,
    pub negative: bool,
    pub alpha: Option<Expr>,
}

/// A declaration: `KIND NAME [in CALENDAR] { field = value ... }`, or with a string label
/// `activity "Home visit" { ... }`, or the one-line form `support "Meetings" = 2 h per week`.
#[derive(Clone, Debug)]
pub struct Decl {
    pub kind: Name,
    pub name: Option<Name>,
    pub label: Option<Spanned<Rc<str>>>,
    pub calendar: Option<Expr>,
    pub items: Vec<DeclItem>,
    pub span: Span,
}

impl Decl {
    /// Where a diagnostic about the whole declaration points: its name, or its kind word.
    pub fn head(&self) -> Span {
        self.name.as_ref().map_or(self.kind.span, |n| n.span)
    }

    /// Its name (`cadre nurse`) or label (`activity "Home visits"`), if it has one.
    pub fn title(&self) -> Option<&str> {
        self.name
            .as_ref()
            .map(|n| &*n.node)
            .or(self.label.as_ref().map(|l| &*l.node))
    }
}

#[derive(Clone, Debug)]
pub enum DeclItem {
    /// `hours_per_day = 8 h`
    Field(Name, Expr),
    /// A nested declaration.
    Decl(Decl),
}

/// A parsed source file.
#[derive(Clone, Debug)]
pub struct Program {
    pub stmts: Vec<Stmt>,
}

/// Dropping a left-deep chain such as `1 + 1 + ... + 1` (tens of thousands of terms) would
/// recurse once per term and overflow the stack; take the chain apart with an explicit stack.
impl Drop for Expr {
    fn drop(&mut self) {
        let mut pending: Vec<Box<Expr>> = Vec::new();
        take_children(&mut self.kind, &mut pending);
        while let Some(mut e) = pending.pop() {
            take_children(&mut e.kind, &mut pending);
        }
    }
}

// The boxes come straight out of the tree; unboxing would move each node once more.
#[allow(clippy::vec_box)]
fn take_children(kind: &mut ExprKind, out: &mut Vec<Box<Expr>>) {
    match std::mem::replace(kind, ExprKind::Error) {
        ExprKind::Unary(_, a)
        | ExprKind::Convert(a, _)
        | ExprKind::Field(a, _)
        | ExprKind::Try(a, None) => out.push(a),
        ExprKind::Binary(_, a, b)
        | ExprKind::Index(a, b)
        | ExprKind::Try(a, Some(b))
        | ExprKind::Range {
            start: a, end: b, ..
        } => {
            out.push(a);
            out.push(b);
        }
        ExprKind::Call(f, args) => {
            out.push(f);
            out.extend(args.into_iter().map(|a| Box::new(a.value)));
        }
        other => *kind = other,
    }
}

impl Expr {
    /// Move the node's kind out, leaving an error node behind (an `Expr` cannot be
    /// destructured by value because of its iterative `Drop`).
    pub fn into_kind(mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Error)
    }
}
