//! Reading that keeps going past bad rows (`read_csv(path, bad_rows: "skip")`): a ragged line or
//! a cell that is not a number in a column of numbers leaves its row out instead of stopping the
//! read, and each row left out is kept with its line, the column at fault, why, and its cells as
//! written, so a batch can report it and leave out the facility it belongs to.
//!
//! A strict read lets the first value of a column decide whether it holds numbers. Here one bad
//! first value must not turn a column of numbers into text (and so hide every later number), so
//! a column holds numbers when more of its values are numbers than are not; `text:` still keeps
//! a column as text. The good rows keep the line they came from, in the column `source_line`,
//! so a problem found later (a missing standard) still names its line.

use super::{build, non_numeric, parse_number, Cell, DataError, DataErrorKind, Grid, Options};
use crate::table::{Column, Table};
use crate::units::Unit;
use std::rc::Rc;

/// The column that holds each good row's line (an Excel row number for a sheet).
pub const SOURCE_LINE: &str = "source_line";

/// A row left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub line: usize,
    /// The column at fault (`column 4 (`volume`)`), when one cell is.
    pub column: Option<String>,
    pub kind: DataErrorKind,
    /// Why, without the file and line (they are fields of their own).
    pub reason: String,
    /// The whole message, file and line included, as a strict read would report it.
    pub message: String,
    pub hint: Option<String>,
    /// The row's cells as written, by header (a ragged line's by position).
    pub cells: Vec<(String, Option<String>)>,
}

/// The good rows as a table (with [`SOURCE_LINE`]) and the rows left out, in line order.
#[derive(Debug)]
pub struct Lenient {
    pub table: Table,
    pub rejected: Vec<Rejected>,
}

/// Build a table from `grid`, leaving out the rows with a cell that is not a number in a
/// column of numbers; `ragged` are the records already left out for their width (CSV only).
pub fn build_lenient(
    file: &str,
    mut grid: Grid,
    ragged: Vec<Rejected>,
    opts: &Options,
) -> Result<Lenient, DataError> {
    super::check_headers(file, &grid)?;
    if grid.headers.iter().any(|h| h.trim() == SOURCE_LINE) {
        return Err(DataError::new(
            DataErrorKind::DuplicateColumn,
            format!("`{file}` has a column named `{SOURCE_LINE}`, the name the line of each row is kept under"),
        )
        .hint("rename that column in the header row".into()));
    }
    let numeric = numeric_columns(&grid, opts);
    let mut rejected = ragged;
    let rows = std::mem::take(&mut grid.rows);
    for (n, cells) in rows {
        match first_bad_cell(&grid, &numeric, &cells, opts) {
            None => grid.rows.push((n, cells)),
            Some(j) => rejected.push(non_numeric_row(file, &grid, j, n, &cells)),
        }
    }
    rejected.sort_by_key(|r| r.line);
    // Columns that hold text by the majority rule are text for `build` too, whatever their
    // first value; the others now hold only numbers and missing values.
    let mut as_text = opts.clone();
    for (h, num) in grid.headers.iter().zip(&numeric) {
        if !num {
            as_text.text.push(h.clone());
        }
    }
    let mut table = build(file, &grid, &as_text)?;
    let lines: Vec<f64> = grid.rows.iter().map(|(n, _)| *n as f64).collect();
    table.columns.insert(
        Rc::from(SOURCE_LINE),
        Rc::new(Column::Num(lines.into(), Unit::none())),
    );
    Ok(Lenient { table, rejected })
}

/// A ragged record as a row left out; `error` is the strict read's error for it.
pub fn ragged_row(
    file: &str,
    grid: &Grid,
    line: usize,
    cells: Vec<String>,
    error: DataError,
) -> Rejected {
    let prefix = format!("`{file}`, line {line}: ");
    Rejected {
        line,
        column: None,
        kind: DataErrorKind::Ragged,
        reason: error
            .message
            .strip_prefix(&prefix)
            .unwrap_or(&error.message)
            .to_string(),
        message: error.message,
        hint: error.hint,
        cells: grid
            .headers
            .iter()
            .cloned()
            .zip(cells.into_iter().map(Some).chain(std::iter::repeat(None)))
            .map(|(h, c)| (h, c.filter(|c| !c.trim().is_empty())))
            .collect(),
    }
}

/// Whether each column holds numbers: listed in `text:` it does not; otherwise when more of
/// its values (missing ones aside) are numbers than are not.
fn numeric_columns(grid: &Grid, opts: &Options) -> Vec<bool> {
    (0..grid.headers.len())
        .map(|j| {
            let h = &grid.headers[j];
            if opts.text.iter().any(|t| t == h) {
                return false;
            }
            let (mut nums, mut texts) = (0usize, 0usize);
            for (_, cells) in &grid.rows {
                match value(&cells[j], h, opts) {
                    CellKind::Missing => {}
                    CellKind::Number => nums += 1,
                    CellKind::Text => texts += 1,
                }
            }
            nums >= texts
        })
        .collect()
}

/// What a cell holds, for the majority rule.
enum CellKind {
    Missing,
    Number,
    Text,
}

fn value(c: &Cell, h: &str, opts: &Options) -> CellKind {
    match c {
        Cell::Empty => CellKind::Missing,
        Cell::Num(x) => {
            let code = opts
                .missing_codes(h)
                .any(|m| parse_number(m, opts.decimal_comma) == Some(*x));
            if code {
                CellKind::Missing
            } else {
                CellKind::Number
            }
        }
        Cell::Text(s) => {
            let t = s.trim();
            if t.is_empty() || opts.missing_codes(h).any(|m| m.trim() == t) {
                CellKind::Missing
            } else if parse_number(t, opts.decimal_comma).is_some() {
                CellKind::Number
            } else {
                CellKind::Text
            }
        }
    }
}

/// The leftmost column of numbers where this row has text.
fn first_bad_cell(grid: &Grid, numeric: &[bool], cells: &[Cell], opts: &Options) -> Option<usize> {
    (0..cells.len())
        .find(|&j| numeric[j] && matches!(value(&cells[j], &grid.headers[j], opts), CellKind::Text))
}

/// The row on line `n` left out for the text in its column `j`.
fn non_numeric_row(file: &str, grid: &Grid, j: usize, n: usize, cells: &[Cell]) -> Rejected {
    let text = |c: &Cell| match c {
        Cell::Empty => None,
        Cell::Text(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Cell::Num(x) => Some(x.to_string()),
    };
    let shown = text(&cells[j]).unwrap_or_default();
    let column = grid.column_name(j);
    let error = non_numeric(file, grid, j, n, &shown, (0, ""));
    let message = format!(
        "`{file}`, {} {n}, {column}: \"{shown}\" is not a number, but the column holds numbers",
        grid.row_word()
    );
    Rejected {
        line: n,
        reason: format!("{column}: \"{shown}\" is not a number"),
        column: Some(column),
        kind: DataErrorKind::NonNumeric,
        message,
        hint: error.hint,
        cells: grid
            .headers
            .iter()
            .cloned()
            .zip(cells.iter().map(text))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::csv;
    use proptest::prelude::*;

    /// A data row as generated: its two numbers, whether each is spoilt with a letter, and
    /// whether the line lost its last cell.
    #[derive(Clone, Debug)]
    struct Row {
        a: u16,
        b: u16,
        bad_a: bool,
        bad_b: bool,
        ragged: bool,
    }

    fn row() -> impl Strategy<Value = Row> {
        (
            any::<u16>(),
            any::<u16>(),
            prop::bool::weighted(0.15),
            prop::bool::weighted(0.15),
            prop::bool::weighted(0.1),
        )
            .prop_map(|(a, b, bad_a, bad_b, ragged)| Row {
                a,
                b,
                bad_a,
                bad_b,
                ragged,
            })
    }

    fn text(rows: &[Row]) -> String {
        let mut s = String::from("id,a,b\n");
        for (i, r) in rows.iter().enumerate() {
            let a = if r.bad_a {
                format!("{}O", r.a)
            } else {
                r.a.to_string()
            };
            let b = if r.bad_b {
                format!("x{}", r.b)
            } else {
                r.b.to_string()
            };
            if r.ragged {
                s.push_str(&format!("r{i},{a}\n"));
            } else {
                s.push_str(&format!("r{i},{a},{b}\n"));
            }
        }
        s
    }

    fn read(text: &str) -> Lenient {
        let (grid, ragged) = csv::parse_lenient("t.csv", text, ',').unwrap();
        let ragged = ragged
            .into_iter()
            .map(|(n, cells)| {
                let e = csv::ragged("t.csv", &grid, n, cells.len(), ',');
                ragged_row("t.csv", &grid, n, cells, e)
            })
            .collect();
        build_lenient("t.csv", grid, ragged, &Options::default()).unwrap()
    }

    fn nums(t: &Table, name: &str) -> Vec<f64> {
        match t.columns.get(name).map(|c| c.as_ref()) {
            Some(Column::Num(v, _)) => (0..v.len()).map(|i| v[i]).collect(),
            other => panic!("{name} is not numeric: {other:?}"),
        }
    }

    proptest! {
        /// Every data row is either kept, with its line, or left out, with its line; the rows
        /// left out are exactly the ragged ones and those with a spoilt number in a column that
        /// most rows give as a number; the kept rows carry their numbers unchanged.
        #[test]
        fn each_row_is_kept_or_left_out_with_its_line(rows in prop::collection::vec(row(), 1..30)) {
            let whole: Vec<(usize, &Row)> = rows.iter().enumerate().filter(|(_, r)| !r.ragged).collect();
            // The rule: a column holds numbers when at least as many rows give a number as not.
            let a_numeric = whole.iter().filter(|(_, r)| !r.bad_a).count() * 2 >= whole.len();
            let b_numeric = whole.iter().filter(|(_, r)| !r.bad_b).count() * 2 >= whole.len();
            let left_out = |r: &Row| r.ragged || (a_numeric && r.bad_a) || (b_numeric && r.bad_b);
            let expected_out: Vec<usize> = rows.iter().enumerate().filter(|(_, r)| left_out(r)).map(|(i, _)| i + 2).collect();
            let kept: Vec<(usize, &Row)> = rows.iter().enumerate().filter(|(_, r)| !left_out(r)).collect();
            let read = read(&text(&rows));
            prop_assert_eq!(read.rejected.iter().map(|r| r.line).collect::<Vec<_>>(), expected_out);
            prop_assert_eq!(read.table.rows() + read.rejected.len(), rows.len());
            let lines: Vec<f64> = kept.iter().map(|(i, _)| (*i + 2) as f64).collect();
            prop_assert_eq!(nums(&read.table, SOURCE_LINE), lines);
            if a_numeric && !kept.is_empty() {
                let a: Vec<f64> = kept.iter().map(|(_, r)| f64::from(r.a)).collect();
                prop_assert_eq!(nums(&read.table, "a"), a);
            }
            if b_numeric && !kept.is_empty() {
                let b: Vec<f64> = kept.iter().map(|(_, r)| f64::from(r.b)).collect();
                prop_assert_eq!(nums(&read.table, "b"), b);
            }
        }
    }

    #[test]
    fn a_file_without_bad_rows_reads_as_the_strict_reader_reads_it() {
        let text = "id,a,b\nr0,1,2.5\nr1,,4\nr2,7,NA\n";
        let opts = Options {
            missing: vec!["NA".into()],
            ..Options::default()
        };
        let strict =
            crate::data::build("t.csv", &csv::parse("t.csv", text, ',').unwrap(), &opts).unwrap();
        let (grid, ragged) = csv::parse_lenient("t.csv", text, ',').unwrap();
        assert!(ragged.is_empty());
        let lenient = build_lenient("t.csv", grid, Vec::new(), &opts).unwrap();
        assert!(lenient.rejected.is_empty());
        for name in ["a", "b"] {
            let (x, y) = (nums(&strict, name), nums(&lenient.table, name));
            assert_eq!(x.len(), y.len());
            assert!(
                x.iter()
                    .zip(&y)
                    .all(|(p, q)| p == q || (p.is_nan() && q.is_nan())),
                "{name}: {x:?} {y:?}"
            );
        }
        assert_eq!(nums(&lenient.table, SOURCE_LINE), vec![2.0, 3.0, 4.0]);
    }
}
