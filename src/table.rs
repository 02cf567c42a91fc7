//! Columnar tables: named columns of equal length.
//!
//! Numeric columns are stored as `f64` vectors with one unit for the whole column, so that
//! table-wide operations (sums, group totals, reliability over 100,000 respondents) run as tight
//! native loops; a column read from a file with only small whole numbers keeps a byte a cell
//! until something needs floats ([`Nums`]). A value taken out of a column becomes an exact number again
//! ([`Num::from_f64`]), so a cell written as `0.1` is `0.1`. `NaN` marks a missing cell.

use crate::number::labels;
use crate::number::{Locale, Num};
use crate::units::{Quantity, Unit};
use crate::value::Value;
use indexmap::IndexMap;
use std::fmt;
use std::rc::Rc;

mod nums;
mod strings;
pub use nums::{Nums, SMALL_MISSING};
pub use strings::{StrBuilder, StrColumn, MISSING};

#[derive(Clone, Debug)]
pub enum Column {
    /// Numbers in one unit; `NaN` is a missing value (see [`Nums`] for the compact form).
    Num(Nums, Unit),
    /// Text, dictionary-encoded (see [`StrColumn`]); a missing cell has no level.
    Str(StrColumn),
    Bool(Vec<bool>),
    /// Anything else (records, lists, mixed values).
    Any(Vec<Value>),
}

impl Column {
    pub fn len(&self) -> usize {
        match self {
            Column::Num(v, _) => v.len(),
            Column::Str(v) => v.len(),
            Column::Bool(v) => v.len(),
            Column::Any(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Value {
        match self {
            Column::Num(v, unit) => {
                let x = v[i];
                if x.is_nan() {
                    Value::Nil
                } else {
                    match Num::from_f64(x) {
                        Ok(n) => Value::Num(Quantity::new(n, unit.clone())),
                        Err(_) => Value::Nil,
                    }
                }
            }
            Column::Str(v) => v.get(i).cloned().map_or(Value::Nil, Value::Str),
            Column::Bool(v) => Value::Bool(v[i]),
            Column::Any(v) => v[i].clone(),
        }
    }

    /// Build the most compact column for a list of values: numbers of one unit become `f64`.
    pub fn from_values(values: Vec<Value>) -> Column {
        let first_unit = values.iter().find_map(|v| match v {
            Value::Num(q) => Some(q.unit.clone()),
            _ => None,
        });
        if let Some(unit) = first_unit {
            let all_num = values.iter().all(|v| match v {
                Value::Num(q) => q.unit == unit,
                Value::Nil => true,
                _ => false,
            });
            if all_num {
                return Column::Num(
                    values
                        .iter()
                        .map(|v| match v {
                            Value::Num(q) => q.value.to_f64(),
                            _ => f64::NAN,
                        })
                        .collect(),
                    unit,
                );
            }
        }
        if values
            .iter()
            .all(|v| matches!(v, Value::Str(_) | Value::Nil))
            && !values.is_empty()
        {
            return Column::Str(
                values
                    .into_iter()
                    .map(|v| match v {
                        Value::Str(s) => Some(s),
                        _ => None,
                    })
                    .collect(),
            );
        }
        if values.iter().all(|v| matches!(v, Value::Bool(_))) && !values.is_empty() {
            return Column::Bool(
                values
                    .iter()
                    .map(|v| matches!(v, Value::Bool(true)))
                    .collect(),
            );
        }
        Column::Any(values)
    }

    pub fn values(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }

    /// A cell as text in `locale`, for printing; a missing cell is empty.
    pub fn cell(&self, i: usize, locale: Locale) -> String {
        match self {
            Column::Num(v, _) => {
                if v[i].is_nan() {
                    String::new()
                } else {
                    Num::from_f64(v[i]).map_or(String::new(), |n| n.display(locale).to_string())
                }
            }
            Column::Str(v) => v
                .get(i)
                .map(|s| &**s)
                .map_or(String::new(), |s| labels::label(s, locale).into_owned()),
            other => other.get(i).display(locale).to_string(),
        }
    }

    /// The text of cell `i` of a text column (`None` when missing or not text).
    pub fn text(&self, i: usize) -> Option<&str> {
        match self {
            Column::Str(v) => v.get(i).map(|s| &**s),
            _ => None,
        }
    }

    /// The unit of a numeric column, if it has one.
    pub fn unit(&self) -> Option<&Unit> {
        match self {
            Column::Num(_, u) if !u.is_none() => Some(u),
            _ => None,
        }
    }
}

/// A table's columns by name. Columns are shared, not copied: `t.volume`, `with_column` and
/// `select` hand on the same column, so a million-row table is never duplicated in memory.
pub type Columns = IndexMap<Rc<str>, Rc<Column>>;

#[derive(Clone, Debug, Default)]
pub struct Table {
    pub columns: Columns,
}

impl Table {
    /// A table of columns known to be of one length.
    pub fn from_columns(columns: IndexMap<Rc<str>, Column>) -> Table {
        Table {
            columns: columns.into_iter().map(|(k, c)| (k, Rc::new(c))).collect(),
        }
    }

    /// Make a table; every column must have the same length (the caller reports which does not).
    pub fn new(columns: IndexMap<Rc<str>, Column>) -> Result<Table, (Rc<str>, usize, usize)> {
        let mut expected: Option<usize> = None;
        for (name, col) in &columns {
            match expected {
                None => expected = Some(col.len()),
                Some(n) if n != col.len() => return Err((name.clone(), col.len(), n)),
                _ => {}
            }
        }
        Ok(Table::from_columns(columns))
    }

    /// A table from records, with the fields of the first record as columns. Fails with the
    /// row and field when a row is not a record or lacks a field.
    pub fn from_records(rows: &[Value]) -> Result<Table, (usize, Option<Rc<str>>)> {
        let names: Vec<Rc<str>> = match rows.first() {
            Some(Value::Record(first)) => first.fields.keys().cloned().collect(),
            Some(_) => return Err((0, None)),
            None => Vec::new(),
        };
        let mut cols: Vec<Vec<Value>> = names
            .iter()
            .map(|_| Vec::with_capacity(rows.len()))
            .collect();
        for (r, row) in rows.iter().enumerate() {
            let Value::Record(rec) = row else {
                return Err((r, None));
            };
            for (n, col) in names.iter().zip(cols.iter_mut()) {
                col.push(rec.fields.get(n).cloned().ok_or((r, Some(n.clone())))?);
            }
        }
        let columns = names
            .into_iter()
            .zip(cols)
            .map(|(n, v)| (n, Rc::new(Column::from_values(v))))
            .collect();
        Ok(Table { columns })
    }

    /// For each column, whether it holds numbers (printed right-aligned).
    pub fn numeric_columns(&self) -> Vec<bool> {
        self.columns
            .values()
            .map(|c| matches!(c.as_ref(), Column::Num(..)))
            .collect()
    }

    pub fn rows(&self) -> usize {
        self.columns.values().next().map_or(0, |c| c.len())
    }

    pub fn row(&self, i: usize) -> Value {
        Value::record(
            self.columns
                .iter()
                .map(|(k, c)| (k.clone(), c.get(i)))
                .collect(),
        )
    }
}

impl Table {
    /// Column headers as every output format writes them: the unit in brackets after the name
    /// (`productive (min per day)`), so that a figure never loses its unit on the way out.
    pub fn headers(&self) -> Vec<String> {
        self.headers_in(Locale::En)
    }

    /// [`Table::headers`] with the names in `locale` (`need` → `kebutuhan` under `id`).
    pub fn headers_in(&self, locale: Locale) -> Vec<String> {
        self.columns
            .iter()
            .map(|(name, col)| (labels::field(name, locale), col))
            .map(|(name, col)| match col.unit() {
                Some(u) => format!("{name} ({u})"),
                None => name.to_string(),
            })
            .collect()
    }

    /// This table as aligned text in `locale`.
    pub fn display(&self, locale: Locale) -> TableDisplay<'_> {
        TableDisplay { t: self, locale }
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.display(Locale::En))
    }
}

/// The width of each printed column: its longest cell or header, and at least `min`.
pub fn column_widths(headers: &[String], cells: &[Vec<String>], min: usize) -> Vec<usize> {
    headers
        .iter()
        .zip(cells)
        .map(|(h, col)| {
            col.iter()
                .map(|c| c.chars().count())
                .chain([h.chars().count(), min])
                .max()
                .unwrap_or(min)
        })
        .collect()
}

pub struct TableDisplay<'a> {
    t: &'a Table,
    locale: Locale,
}

/// Aligned text: numbers right-aligned, text left-aligned, units in the header.
impl fmt::Display for TableDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (table, locale) = (self.t, self.locale);
        let headers = table.headers_in(locale);
        let cells: Vec<Vec<String>> = table
            .columns
            .values()
            .map(|c| (0..c.len()).map(|i| c.cell(i, locale)).collect())
            .collect();
        let widths = column_widths(&headers, &cells, 0);
        let right = table.numeric_columns();
        let line = |f: &mut fmt::Formatter<'_>, items: &[String]| -> fmt::Result {
            let mut s = String::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str("  ");
                }
                let pad = widths[i].saturating_sub(item.chars().count());
                if right[i] {
                    s.push_str(&" ".repeat(pad));
                    s.push_str(item);
                } else {
                    s.push_str(item);
                    s.push_str(&" ".repeat(pad));
                }
            }
            writeln!(f, "{}", s.trim_end())
        };
        line(f, &headers)?;
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        writeln!(f, "{}", rule.join("  "))?;
        for r in 0..table.rows() {
            let row: Vec<String> = cells.iter().map(|c| c[r].clone()).collect();
            line(f, &row)?;
        }
        Ok(())
    }
}
