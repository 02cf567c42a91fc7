//! Excel .xlsx sheets through `calamine`: the first sheet or a named one, its used range read
//! as a grid whose first row is the header. Rows are numbered and columns lettered as Excel
//! shows them, so an error says "row 7, column C" and the user finds the cell.

use super::{column_letter, Cell, DataError, DataErrorKind, Grid};
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
    check_references(path, file)?;
    let cells = sparse_cells(&mut wb, &name, file)?;
    build_grid(cells, file)
}

/// Excel's sheet size: columns A to XFD, rows 1 to 1,048,576.
const MAX_COLUMNS: u32 = 16_384;
const MAX_ROWS: u32 = 1_048_576;

/// The most cells a sheet may hold, stored or implied by the header's width times the rows
/// (ten million: a survey of 100,000 respondents and 100 items).
const MAX_CELLS: usize = 10_000_000;

/// A non-empty cell at its (row, column), both from 0.
type SparseCell = ((u32, u32), Data);

/// The sheet's non-empty cells with their (row, column), in sheet order. Read one at a time
/// with calamine's cell reader rather than as a `Range`: a `Range` is filled out to the whole
/// rectangle of used cells, so a few-KB file with cells A1 and XFD1048576 asked for 512 GiB.
fn sparse_cells<RS: std::io::Read + std::io::Seek>(
    wb: &mut Xlsx<RS>,
    name: &str,
    file: &str,
) -> Result<Vec<SparseCell>, DataError> {
    let unreadable = |e: calamine::XlsxError| {
        DataError::new(
            DataErrorKind::Unreadable,
            format!("cannot read sheet \"{name}\" of `{file}`: {e}"),
        )
    };
    let mut reader = match wb.worksheet_cells_reader(name) {
        Ok(r) => r,
        // A chart sheet or the like: no cells (as calamine's own range reader treats it).
        Err(calamine::XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(e) => return Err(unreadable(e)),
    };
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        if *cell.get_value() == calamine::DataRef::Empty {
            continue;
        }
        if row >= MAX_ROWS || col >= MAX_COLUMNS {
            return Err(outside_sheet(file, row, col));
        }
        if cells.len() == MAX_CELLS {
            return Err(too_many_cells(file));
        }
        cells.push(((row, col), Data::from(cell.get_value().clone())));
    }
    Ok(cells)
}

/// Refuses a workbook whose row or cell references (`r="…"`) lie outside Excel's sheet, before
/// calamine reads them: calamine 0.38 adds up a reference's digits in a `u32` without checking,
/// so `r="4294967297"` wraps to row 1 (and panics in a build with overflow checks). One pass
/// over each worksheet's XML as it is decompressed, holding nothing but the reference read.
fn check_references(path: &Path, file: &str) -> Result<(), DataError> {
    let Ok(mut zip) = std::fs::File::open(path).map(zip::ZipArchive::new) else {
        return Ok(());
    };
    let Ok(zip) = zip.as_mut() else {
        return Ok(()); // not a zip: calamine says so
    };
    for i in 0..zip.len() {
        let Ok(entry) = zip.by_index(i) else { continue };
        let Ok(name) = entry.name() else { continue };
        // Every XML part, not only those named `xl/worksheets/…`: calamine finds a sheet by a
        // name that may differ in case from the one it is stored under (fuzzing found
        // `xl/workshEets/sheet1.xml` read as sheet 1), and other parts hold only valid ranges.
        if name.to_ascii_lowercase().ends_with(".xml") {
            if let Some(bad) = first_bad_reference(std::io::BufReader::new(entry)) {
                let mut e = DataError::new(
                    DataErrorKind::Unreadable,
                    format!("`{file}` refers to row or cell `{bad}`, outside an Excel sheet"),
                );
                e.hint = Some(SHEET_SIZE_HINT.into());
                return Err(e);
            }
        }
    }
    Ok(())
}

/// The first cell reference, in an `r="…"` (a cell or row) or a `ref="…"` (a range such as the
/// sheet's `<dimension ref="A1:C9">`, which calamine parses too), with more than 3 column
/// letters or a row past 1,048,576 (bytes of the XML up to a read error, which calamine
/// reports).
fn first_bad_reference(xml: impl std::io::BufRead) -> Option<String> {
    const KEYS: [&[u8]; 2] = [b" r=\"", b" ref=\""];
    let (mut matched, mut value, mut inside) = ([0usize; 2], Vec::new(), false);
    for b in xml.bytes().map_while(Result::ok) {
        if inside {
            if b == b'"' {
                inside = false;
                let parts = value.split(|c| *c == b':' || *c == b' ');
                if let Some(bad) = parts.into_iter().find(|r| reference_too_large(r)) {
                    return Some(String::from_utf8_lossy(bad).into_owned());
                }
            } else if value.len() < 48 {
                value.push(b);
            } else {
                return Some(format!("{}…", String::from_utf8_lossy(&value)));
            }
            continue;
        }
        let b = if b.is_ascii_whitespace() { b' ' } else { b };
        for (m, key) in matched.iter_mut().zip(KEYS) {
            *m = if b == key[*m] {
                *m + 1
            } else {
                usize::from(b == key[0])
            };
            if *m == key.len() {
                inside = true;
            }
        }
        if inside {
            matched = [0; 2];
            value.clear();
        }
    }
    None
}

fn reference_too_large(r: &[u8]) -> bool {
    let r = r.strip_prefix(b"$").unwrap_or(r);
    let letters = r.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &r[letters..];
    let digits = digits.strip_prefix(b"$").unwrap_or(digits);
    let row = std::str::from_utf8(digits)
        .ok()
        .and_then(|d| d.parse::<u64>().ok());
    letters > 3 || digits.len() > 7 || row.is_some_and(|n| n > u64::from(MAX_ROWS))
}

const SHEET_SIZE_HINT: &str = "a sheet has at most 1,048,576 rows and 16,384 columns (A to XFD); the file is damaged or was not written by a spreadsheet";

fn outside_sheet(file: &str, row: u32, col: u32) -> DataError {
    let mut e = DataError::new(
        DataErrorKind::Unreadable,
        format!(
            "`{file}` has a cell at row {}, column {} ({}{}), outside an Excel sheet",
            u64::from(row) + 1,
            u64::from(col) + 1,
            column_letter(col as usize),
            u64::from(row) + 1
        ),
    );
    e.hint = Some(SHEET_SIZE_HINT.into());
    e
}

fn too_many_cells(file: &str) -> DataError {
    let mut e = DataError::new(
        DataErrorKind::Unreadable,
        format!("`{file}` holds more than 10,000,000 cells, the most `read_xlsx` reads"),
    );
    e.hint = Some("save the sheet as CSV and read it with `read_csv`, or split it".into());
    e
}

/// The grid of the sparse cells: the first used row is the header, columns start at the
/// leftmost used column, and rows with no value are left out (as the range reader did).
fn build_grid(mut cells: Vec<SparseCell>, file: &str) -> Result<Grid, DataError> {
    // Stable: of two cells at one position the later in the file wins, as in calamine.
    cells.sort_by_key(|(pos, _)| *pos);
    let Some(row0) = cells.first().map(|((r, _), _)| *r) else {
        return Ok(Grid::default());
    };
    let col0 = cells.iter().map(|((_, c), _)| *c).min().unwrap_or(0);
    let mut grid = Grid {
        headers: Vec::new(),
        rows: Vec::new(),
        excel_columns: true,
        first_column: col0 as usize,
    };
    let mut rest = cells.as_slice();
    while let Some(((row, _), _)) = rest.first() {
        let n = rest.iter().take_while(|((r, _), _)| r == row).count();
        let (this, tail) = rest.split_at(n);
        rest = tail;
        if *row == row0 {
            grid.headers = header(this, col0);
            continue;
        }
        let width = grid.headers.len();
        if let Some(((_, c), _)) = this.iter().find(|((_, c), _)| (c - col0) as usize >= width) {
            return Err(DataError::new(
                DataErrorKind::Ragged,
                format!(
                    "`{file}`, row {}: {} holds a value but has no header",
                    u64::from(*row) + 1,
                    grid.column_name((c - col0) as usize)
                ),
            ));
        }
        if (grid.rows.len() + 1).saturating_mul(width.max(1)) > MAX_CELLS {
            return Err(too_many_cells(file));
        }
        let mut out = vec![Cell::Empty; width];
        for ((_, c), v) in this {
            out[(c - col0) as usize] = cell_of(v);
        }
        if out.iter().all(|c| *c == Cell::Empty) {
            continue;
        }
        grid.rows.push((*row as usize + 1, out));
    }
    Ok(grid)
}

/// The header names from the first row's cells, trailing empty ones dropped (unused columns,
/// not unnamed ones).
fn header(cells: &[SparseCell], col0: u32) -> Vec<String> {
    let width = cells
        .last()
        .map_or(0, |((_, c), _)| (c - col0) as usize + 1);
    let mut names = vec![String::new(); width];
    for ((_, c), v) in cells {
        names[(c - col0) as usize] = text_of(v).trim().to_string();
    }
    while names.last().is_some_and(|h| h.is_empty()) {
        names.pop();
    }
    names
}

fn cell_of(v: &Data) -> Cell {
    match v {
        Data::Empty => Cell::Empty,
        Data::Int(i) => Cell::Num(*i as f64),
        Data::Float(x) => Cell::Num(*x),
        Data::DateTime(d) => Cell::Num(d.as_f64()),
        other => Cell::Text(text_of(other)),
    }
}

fn text_of(c: &Data) -> String {
    match c {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_past_the_sheet_are_found() {
        let xml = |r: &str| format!("<row r=\"1\"><c r=\"A1\"/></row><row\nr=\"{r}\"></row>");
        for ok in ["1048576", "XFD1048576", "A1", "zz9"] {
            assert_eq!(first_bad_reference(xml(ok).as_bytes()), None, "{ok}");
        }
        // Row 1,048,577; four letters; a row that wraps a u32 to 1.
        for bad in ["1048577", "AAAA1", "4294967297", "A00000001"] {
            assert_eq!(
                first_bad_reference(xml(bad).as_bytes()),
                Some(bad.to_string())
            );
        }
        // A range (`<dimension ref="A1:C9">`, which calamine also parses: fuzzing found its
        // column letters overflowing) is checked end by end; other attributes are not
        // references.
        assert_eq!(
            first_bad_reference(&b"<d ref=\"A1:ZZZZ9\" xr=\"99999999\"/>"[..]),
            Some("ZZZZ9".to_string())
        );
        assert_eq!(
            first_bad_reference(&b"<d ref=\"$A$1:$XFD$1048576\" xr=\"99999999\"/>"[..]),
            None
        );
    }
}
