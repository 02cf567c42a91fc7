//! Runtime values. Lists, records and tables are shared by reference counting; records and
//! tables keep fields in the order the planner wrote them (indexmap), so cadres and survey items
//! print in that order.

use crate::ast::FnDef;
use crate::env::Env;
use crate::native::NativeFn;
use crate::number::{Locale, Num};
use crate::table::Table;
use crate::units::{Quantity, WorkLengths};
use indexmap::IndexMap;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Value {
    /// No value: the result of a statement, or a missing cell.
    Nil,
    Bool(bool),
    Num(Quantity),
    Str(Rc<str>),
    List(Rc<Vec<Value>>),
    Record(Rc<Record>),
    Table(Rc<Table>),
    /// A column of a table (`t.volume`), or a column computed from columns
    /// (`t.volume * t.unit_time`): numbers stay a vector of `f64` with one unit.
    Column(Rc<crate::table::Column>),
    /// `19..=38`: kept as bounds so that it can be a score band as well as a loop range.
    Range(Rc<Range>),
    Func(Rc<Closure>),
    Native(&'static NativeFn),
    /// A diagnostic caught by `try`, kept as a value a script can test, read and collect.
    Error(Rc<CaughtError>),
}

/// What a script sees of a diagnostic that `try` caught: its code, message and hint, and the
/// place it is reported at (after the blame rule, so the script's own line, never a stdlib
/// line).
#[derive(Clone, Debug)]
pub struct CaughtError {
    pub code: crate::codes::Code,
    pub message: Rc<str>,
    pub hint: Option<Rc<str>>,
    /// The source the error is reported in (the script's path).
    pub file: Rc<str>,
    /// Line and column, counted from 1.
    pub line: usize,
    pub column: usize,
}

impl CaughtError {
    /// The fields a script reads, in the order a record of them prints.
    pub const FIELDS: &'static [&'static str] =
        &["code", "title", "message", "hint", "file", "line", "column"];

    /// The value of field `name` (`x.code`, `x.line`), if it is one of [`Self::FIELDS`].
    pub fn field(&self, name: &str) -> Option<Value> {
        let text = |s: &str| Value::Str(Rc::from(s));
        Some(match name {
            "code" => text(self.code.id()),
            "title" => text(self.code.title()),
            "message" => Value::Str(self.message.clone()),
            "hint" => self.hint.clone().map_or(Value::Nil, Value::Str),
            "file" => Value::Str(self.file.clone()),
            "line" => Value::int(self.line as i64),
            "column" => Value::int(self.column as i64),
            _ => return None,
        })
    }
}

/// The one-line summary: `[E0401] line 3: division by zero`.
impl fmt::Display for CaughtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "[{}] line {}: {}",
            self.code.id(),
            self.line,
            self.message
        )
    }
}

#[derive(Clone, Debug)]
pub struct Range {
    pub start: Quantity,
    pub end: Quantity,
    pub inclusive: bool,
}

impl Range {
    /// The first and last whole numbers a `for` loop walks (`0..5` is 0 to 4, `1..=5` is 1
    /// to 5; the last is below the first when the range is empty); `None` for fractional ends
    /// (or an end past the smallest whole number).
    pub fn whole_bounds(&self) -> Option<(i64, i64)> {
        let (first, end) = (self.start.value.as_i64()?, self.end.value.as_i64()?);
        let last = if self.inclusive {
            end
        } else {
            end.checked_sub(1)?
        };
        Some((first, last))
    }
}

/// A record: ordered named fields. Declarations produce records tagged with their kind.
#[derive(Clone, Debug, Default)]
pub struct Record {
    pub kind: Option<Rc<str>>,
    pub fields: IndexMap<Rc<str>, Value>,
    /// For a `calendar`, the working lengths that unit conversions use.
    pub calendar: Option<Rc<WorkLengths>>,
    /// For a declaration, where it was written: a check on its values (total allowance at or
    /// above 100%, say) points there rather than inside the stdlib formula that found it.
    pub origin: Option<crate::span::Span>,
    /// For a declaration, where each field was written (`standard = 15 min`): an error a
    /// stdlib formula meets in a field's value is reported there.
    pub field_spans: Option<Rc<IndexMap<Rc<str>, crate::span::Span>>>,
}

/// A user function with the environment it was defined in.
pub struct Closure {
    pub def: Rc<FnDef>,
    pub env: Rc<Env>,
}

impl fmt::Debug for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<fn {}>", self.name())
    }
}

impl Closure {
    pub fn name(&self) -> &str {
        self.def.name.as_ref().map_or("<lambda>", |n| &n.node)
    }
}

impl Value {
    pub fn num(n: Num) -> Value {
        Value::Num(Quantity::plain(n))
    }

    pub fn int(i: i64) -> Value {
        Value::num(Num::int(i))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(items))
    }

    pub fn record(fields: IndexMap<Rc<str>, Value>) -> Value {
        Value::Record(Rc::new(Record {
            kind: None,
            fields,
            calendar: None,
            origin: None,
            field_spans: None,
        }))
    }

    /// The value itself when it is short enough for a label, otherwise its type ("a list").
    pub fn short(&self) -> String {
        let s = self.to_string();
        if s.chars().count() > 30 {
            format!("a {}", self.type_name())
        } else {
            s
        }
    }

    /// The name of this value's type as users see it in messages.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil => "nothing".into(),
            Value::Bool(_) => "true/false".into(),
            Value::Num(q) if q.is_plain() => "number".into(),
            Value::Num(q) if q.unit.is_percent() => "percentage".into(),
            Value::Num(q) => format!("quantity in {}", q.unit),
            Value::Str(_) => "text".into(),
            Value::List(_) => "list".into(),
            Value::Record(r) => match &r.kind {
                Some(k) => k.to_string(),
                None => "record".into(),
            },
            Value::Table(_) => "table".into(),
            Value::Column(_) => "column".into(),
            Value::Range(_) => "range".into(),
            Value::Func(_) | Value::Native(_) => "function".into(),
            Value::Error(_) => "error".into(),
        }
    }

    pub fn truthy(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Structural equality; quantities compare by value in the left one's unit.
    pub fn equals(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Num(a), Value::Num(b)) => {
                a.compare(b, None).ok().flatten() == Some(std::cmp::Ordering::Equal)
            }
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::List(a), Value::List(b)) => {
                a.len() == b.len() && a.iter().zip(b.iter()).all(|(x, y)| x.equals(y))
            }
            (Value::Record(a), Value::Record(b)) => {
                a.fields.len() == b.fields.len()
                    && a.fields
                        .iter()
                        .zip(b.fields.iter())
                        .all(|((ka, va), (kb, vb))| ka == kb && va.equals(vb))
            }
            (Value::Range(a), Value::Range(b)) => {
                a.inclusive == b.inclusive
                    && Value::Num(a.start.clone()).equals(&Value::Num(b.start.clone()))
                    && Value::Num(a.end.clone()).equals(&Value::Num(b.end.clone()))
            }
            (Value::Table(a), Value::Table(b)) => Rc::ptr_eq(a, b),
            (Value::Column(a), Value::Column(b)) => {
                a.len() == b.len() && (0..a.len()).all(|i| a.get(i).equals(&b.get(i)))
            }
            (Value::Func(a), Value::Func(b)) => Rc::ptr_eq(a, b),
            (Value::Native(a), Value::Native(b)) => std::ptr::eq(*a, *b),
            (Value::Error(a), Value::Error(b)) => {
                a.code == b.code
                    && a.message == b.message
                    && (&a.file, a.line, a.column) == (&b.file, b.line, b.column)
            }
            _ => false,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.display(Locale::En))
    }
}

/// A value shown in a locale: numbers localized and, outside `en`, category words translated
/// (see [`crate::number::labels`]).
pub struct ValueDisplay<'a> {
    v: &'a Value,
    locale: Locale,
    /// How many lists and records enclose this value.
    depth: usize,
}

/// Lists and records nested deeper than this show as `…`: the text would be unreadable, and
/// each level is a stack frame (a 200,000-deep list overflowed the stack when printed).
const MAX_DISPLAY_DEPTH: usize = 1000;

impl Value {
    pub fn display(&self, locale: Locale) -> ValueDisplay<'_> {
        ValueDisplay {
            v: self,
            locale,
            depth: 0,
        }
    }
}

impl fmt::Display for ValueDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        let nested = |f: &mut fmt::Formatter<'_>, v: &Value| write_nested(f, v, locale, self.depth);
        if self.depth >= MAX_DISPLAY_DEPTH && matches!(self.v, Value::List(_) | Value::Record(_)) {
            return f.write_str("…");
        }
        match self.v {
            Value::Nil => f.write_str("missing"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Num(q) => write!(f, "{}", q.display(locale)),
            Value::Str(s) => f.write_str(&crate::number::labels::label(s, locale)),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    nested(f, v)?;
                }
                f.write_str("]")
            }
            Value::Record(r) => {
                if let Some(k) = &r.kind {
                    write!(f, "{k} ")?;
                }
                f.write_str("{")?;
                for (i, (k, v)) in r.fields.iter().enumerate() {
                    f.write_str(if i > 0 { ", " } else { " " })?;
                    write!(f, "{}: ", crate::number::labels::field(k, locale))?;
                    nested(f, v)?;
                }
                f.write_str(if r.fields.is_empty() { "}" } else { " }" })
            }
            Value::Table(t) => write!(f, "{}", t.display(locale)),
            Value::Column(c) => {
                f.write_str("[")?;
                for i in 0..c.len() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    nested(f, &c.get(i))?;
                }
                f.write_str("]")
            }
            Value::Range(r) => write!(
                f,
                "{}{}{}",
                r.start.display(locale),
                if r.inclusive { "..=" } else { ".." },
                r.end.display(locale)
            ),
            Value::Func(c) => write!(f, "<function {}>", c.name()),
            Value::Native(n) => write!(f, "<function {}>", n.name),
            Value::Error(e) => write!(f, "{e}"),
        }
    }
}

/// Strings inside lists and records are quoted so that `["a, b"]` is not mistaken for two items.
fn write_nested(
    f: &mut fmt::Formatter<'_>,
    v: &Value,
    locale: Locale,
    depth: usize,
) -> fmt::Result {
    match v {
        Value::Str(s) => write!(f, "{:?}", crate::number::labels::label(s, locale)),
        other => {
            let inner = ValueDisplay {
                v: other,
                locale,
                depth: depth + 1,
            };
            write!(f, "{inner}")
        }
    }
}
