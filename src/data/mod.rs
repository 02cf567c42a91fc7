//! Reading data files into tables: CSV ([`csv`]) and Excel .xlsx ([`xlsx`]) both produce a grid
//! of cells with a header row, and [`build`] turns that grid into a [`Table`] the same way for
//! both: a column is numeric when its first non-missing cell is a number, and any later cell
//! that is not a number is an error naming the file, row and column (never a silent NaN).
//! Empty cells and the configured missing codes (e.g. "NA", "99") become missing values, which
//! statistics count as SPSS's "Missing" rather than use. [`lenient`] builds the table a reader
//! asked to keep going past bad rows returns (`bad_rows: "skip"`).

pub mod columns;
pub mod csv;
pub mod lenient;
mod number;
pub mod xlsx;

pub use number::parse_number_fast;

use crate::table::{Column, Table};
use crate::units::Unit;
use indexmap::IndexMap;
use std::rc::Rc;

/// One cell as the file holds it.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Num(f64),
}

/// A grid read from a file: a header and data rows, each with the row number a user sees in
/// the file (a CSV line number, an Excel row number).
#[derive(Debug, Default)]
pub struct Grid {
    pub headers: Vec<String>,
    pub rows: Vec<(usize, Vec<Cell>)>,
    /// How columns are named in messages: CSV counts them, Excel gives letters.
    pub excel_columns: bool,
    /// Excel column index of the first column (a sheet's data need not start in column A).
    pub first_column: usize,
}

/// Why a file could not become a table.
#[derive(Debug, Clone, PartialEq)]
pub enum DataErrorKind {
    Unreadable,
    Ragged,
    NonNumeric,
    NoHeader,
    DuplicateColumn,
    NoSuchSheet,
}

#[derive(Debug, Clone)]
pub struct DataError {
    pub kind: DataErrorKind,
    pub message: String,
    pub hint: Option<String>,
}

impl DataError {
    pub fn new(kind: DataErrorKind, message: String) -> DataError {
        DataError {
            kind,
            message,
            hint: None,
        }
    }

    fn hint(mut self, h: String) -> DataError {
        self.hint = Some(h);
        self
    }
}

/// Reading options shared by every format.
#[derive(Debug, Default, Clone)]
pub struct Options {
    /// Cell texts that mean "missing" in every column, besides an empty cell (compared after
    /// trimming).
    pub missing: Vec<String>,
    /// Missing codes of single columns, as SPSS declares missing values per variable (a
    /// respondent may well be called "NA").
    pub missing_in: Vec<(String, Vec<String>)>,
    /// Columns to keep as text even when they hold numbers (codes, ids).
    pub text: Vec<String>,
    /// Read `3,5` as 3.5 (files saved by a spreadsheet set to Indonesian).
    pub decimal_comma: bool,
}

impl Options {
    /// The missing codes of column `h`: the ones for every column and its own.
    pub fn missing_codes<'o>(&'o self, h: &'o str) -> impl Iterator<Item = &'o String> + 'o {
        self.missing.iter().chain(
            self.missing_in
                .iter()
                .filter(move |(c, _)| c == h)
                .flat_map(|(_, m)| m),
        )
    }
}

/// `C` for the third column, `AA` for the 27th.
pub fn column_letter(mut i: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

impl Grid {
    /// "column 2 (`score`)" or "column C (`score`)".
    pub fn column_name(&self, j: usize) -> String {
        let head = self
            .headers
            .get(j)
            .map_or(String::new(), |h| format!(" (`{h}`)"));
        if self.excel_columns {
            format!("column {}{head}", column_letter(self.first_column + j))
        } else {
            format!("column {}{head}", j + 1)
        }
    }

    pub(crate) fn row_word(&self) -> &'static str {
        if self.excel_columns {
            "row"
        } else {
            "line"
        }
    }
}

/// A number as a data file writes it; `inf`, `NaN` and the like are not numbers here.
pub fn parse_number(s: &str, decimal_comma: bool) -> Option<f64> {
    let t = s.trim();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '+' | '-' | '.' | ',' | 'e' | 'E'))
        || !t.chars().any(|c| c.is_ascii_digit())
    {
        return None;
    }
    let owned;
    let t = if decimal_comma {
        owned = t.replace('.', "").replace(',', ".");
        owned.as_str()
    } else if t.contains(',') {
        return None;
    } else {
        t
    };
    t.parse::<f64>().ok().filter(|x| x.is_finite())
}

/// A grid must have a header row of distinct, non-empty names.
pub fn check_headers(file: &str, grid: &Grid) -> Result<(), DataError> {
    if grid.headers.is_empty() {
        return Err(DataError::new(
            DataErrorKind::NoHeader,
            format!("`{file}` has no header row: the first row must name the columns"),
        ));
    }
    let mut seen: IndexMap<&str, usize> = IndexMap::new();
    for (j, h) in grid.headers.iter().enumerate() {
        if h.trim().is_empty() {
            return Err(DataError::new(
                DataErrorKind::NoHeader,
                format!("`{file}`: {} has an empty header", grid.column_name(j)),
            )
            .hint("every column needs a name in the header row".into()));
        }
        if let Some(first) = seen.insert(h.as_str(), j) {
            return Err(DataError::new(
                DataErrorKind::DuplicateColumn,
                format!(
                    "`{file}`: {} and {} are both named `{h}`",
                    grid.column_name(first),
                    grid.column_name(j)
                ),
            )
            .hint("rename one of them in the header row".into()));
        }
    }
    Ok(())
}

/// The error for a cell that is not a number in a column that holds numbers: `shown` on
/// row `n` of column `j`, whose first value `first_text` is on row `first_row`.
pub fn non_numeric(
    file: &str,
    grid: &Grid,
    j: usize,
    n: usize,
    shown: &str,
    (first_row, first_text): (usize, &str),
) -> DataError {
    let h = &grid.headers[j];
    DataError::new(
        DataErrorKind::NonNumeric,
        format!(
            "`{file}`, {} {n}, {}: \"{shown}\" is not a number, but the column holds numbers ({} {first_row} has {first_text})",
            grid.row_word(),
            grid.column_name(j),
            grid.row_word()
        ),
    )
    .hint(format!(
        "if \"{shown}\" marks a missing answer, add it to `missing: [\"{shown}\"]`; to keep the column as text, `text: [\"{h}\"]`"
    ))
}

/// Turn a grid into a table, inferring column types; `file` names the source in messages.
pub fn build(file: &str, grid: &Grid, opts: &Options) -> Result<Table, DataError> {
    check_headers(file, grid)?;
    let mut columns: IndexMap<Rc<str>, Column> = IndexMap::new();
    for (j, h) in grid.headers.iter().enumerate() {
        let codes: Vec<&String> = opts.missing_codes(h).collect();
        let is_missing = |c: &Cell| match c {
            Cell::Empty => true,
            Cell::Text(s) => {
                let t = s.trim();
                t.is_empty() || codes.iter().any(|m| m.trim() == t)
            }
            Cell::Num(x) => codes
                .iter()
                .any(|m| parse_number(m, opts.decimal_comma) == Some(*x)),
        };
        let cells = || grid.rows.iter().map(move |(n, r)| (*n, &r[j]));
        let as_num = |c: &Cell| match c {
            Cell::Num(x) => Some(*x),
            Cell::Text(s) => parse_number(s, opts.decimal_comma),
            Cell::Empty => None,
        };
        let first = cells().find(|(_, c)| !is_missing(c));
        let numeric =
            !opts.text.iter().any(|t| t == h) && first.is_none_or(|(_, c)| as_num(c).is_some());
        let col = if numeric {
            let mut v = Vec::with_capacity(grid.rows.len());
            for (n, c) in cells() {
                if is_missing(c) {
                    v.push(f64::NAN);
                    continue;
                }
                match as_num(c) {
                    Some(x) => v.push(x),
                    None => {
                        let shown = match c {
                            Cell::Text(s) => s.trim().to_string(),
                            _ => String::new(),
                        };
                        let (fr, fc) = first.map_or((0, String::new()), |(r, c)| {
                            (
                                r,
                                match c {
                                    Cell::Num(x) => x.to_string(),
                                    Cell::Text(s) => s.trim().to_string(),
                                    Cell::Empty => String::new(),
                                },
                            )
                        });
                        return Err(non_numeric(file, grid, j, n, &shown, (fr, &fc)));
                    }
                }
            }
            Column::Num(v.into(), Unit::none())
        } else {
            Column::Str(
                cells()
                    .map(|(_, c)| match c {
                        _ if is_missing(c) => None,
                        Cell::Text(s) => Some(Rc::from(s.trim())),
                        Cell::Num(x) => Some(Rc::from(
                            crate::number::Num::from_f64(*x)
                                .map_or(x.to_string(), |n| n.to_string())
                                .as_str(),
                        )),
                        Cell::Empty => None,
                    })
                    .collect(),
            )
        };
        columns.insert(Rc::from(h.trim()), col);
    }
    Ok(Table::from_columns(columns))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(27), "AB");
        assert_eq!(column_letter(701), "ZZ");
        assert_eq!(column_letter(702), "AAA");
    }

    #[test]
    fn numbers_as_files_write_them() {
        assert_eq!(parse_number(" 3.5 ", false), Some(3.5));
        assert_eq!(parse_number("3,5", true), Some(3.5));
        assert_eq!(parse_number("1.234,5", true), Some(1234.5));
        assert_eq!(parse_number("3,5", false), None);
        assert_eq!(parse_number("inf", false), None);
        assert_eq!(parse_number("NaN", false), None);
        assert_eq!(parse_number("-", false), None);
        assert_eq!(parse_number("1e3", false), Some(1000.0));
    }
}
