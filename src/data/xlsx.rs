//! Excel .xlsx sheets through `calamine`: the first sheet or a named one, its used range read
//! as a grid whose first row is the header. Rows are numbered and columns lettered as Excel
//! shows them, so an error says "row 7, column C" and the user finds the cell.

use super::{Cell, DataError, DataErrorKind, Grid};
use calamine::{open_workbook, Data, Reader, Xlsx};
use std::path::Path;

/// Read one sheet (the first when `sheet` is `None`); `file` names the source in messages.
pub fn read(path: &Path, file: &str, sheet: Option<&str>) -> Result<Grid, DataError> {
    let mut wb: Xlsx<_> = open_workbook(path).map_err(|e| {
        DataError::new(
            DataErrorKind::Unreadable,
            format!("cannot read `{file}` as an Excel workbook: {e}"),
        )
    })?;
    let names = wb.sheet_names();
    let name = match sheet {
        Some(s) => {
            if !names.iter().any(|n| n == s) {
                let list: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
                let mut e = DataError::new(
                    DataErrorKind::NoSuchSheet,
                    format!("`{file}` has no sheet named \"{s}\""),
                );
                e.hint = Some(format!("its sheets are: {}", list.join(", ")));
                return Err(e);
            }
            s.to_string()
        }
        None => names.first().cloned().ok_or_else(|| {
            DataError::new(DataErrorKind::NoHeader, format!("`{file}` has no sheets"))
        })?,
    };
    let range = wb.worksheet_range(&name).map_err(|e| {
        DataError::new(
            DataErrorKind::Unreadable,
            format!("cannot read sheet \"{name}\" of `{file}`: {e}"),
        )
    })?;
    let (row0, col0) = range.start().unwrap_or((0, 0));
    let mut rows = range.rows();
    let Some(header) = rows.next() else {
        return Ok(Grid::default());
    };
    let mut grid = Grid {
        headers: header
            .iter()
            .map(|c| text_of(c).trim().to_string())
            .collect(),
        rows: Vec::new(),
        excel_columns: true,
        first_column: col0 as usize,
    };
    // Trailing header cells left empty are unused columns, not unnamed ones.
    while grid.headers.last().is_some_and(|h| h.is_empty()) {
        grid.headers.pop();
    }
    let width = grid.headers.len();
    for (i, r) in rows.enumerate() {
        let excel_row = row0 as usize + i + 2;
        if let Some(j) = (width..r.len()).find(|&j| r[j] != Data::Empty) {
            return Err(DataError::new(
                DataErrorKind::Ragged,
                format!(
                    "`{file}`, row {excel_row}: {} holds a value but has no header",
                    grid.column_name(j)
                ),
            ));
        }
        let cells: Vec<Cell> = (0..width)
            .map(|j| match r.get(j).unwrap_or(&Data::Empty) {
                Data::Empty => Cell::Empty,
                Data::Int(i) => Cell::Num(*i as f64),
                Data::Float(x) => Cell::Num(*x),
                Data::DateTime(d) => Cell::Num(d.as_f64()),
                other => Cell::Text(text_of(other)),
            })
            .collect();
        if cells.iter().all(|c| *c == Cell::Empty) {
            continue;
        }
        grid.rows.push((excel_row, cells));
    }
    Ok(grid)
}

fn text_of(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
        other => other.to_string(),
    }
}
