//! A small CSV reader: RFC 4180 quoting (a quoted field may hold the delimiter, doubled quotes
//! and line breaks), LF or CRLF line ends, a UTF-8 byte-order mark (Excel writes one), and a
//! chosen delimiter (`;` in files saved by a spreadsheet set to Indonesian). Blank lines are
//! skipped. Every record must have as many cells as the header; a ragged line is an error with
//! its line number.

use super::{Cell, DataError, DataErrorKind, Grid};

/// Split `text` into a grid; `file` names the source in messages.
pub fn parse(file: &str, text: &str, delimiter: char) -> Result<Grid, DataError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records: Vec<(usize, Vec<String>)> = Vec::new();
    let mut field = String::new();
    let mut record: Vec<String> = Vec::new();
    let mut line = 1;
    let mut start_line = 1;
    let mut in_quotes = false;
    let mut quoted_field = false;
    let mut chars = text.chars().peekable();
    let mut end_record =
        |record: &mut Vec<String>, field: &mut String, start: usize, quoted: bool| {
            let blank = record.is_empty() && field.trim().is_empty() && !quoted;
            record.push(std::mem::take(field));
            let r = std::mem::take(record);
            if !blank {
                records.push((start, r));
            }
        };
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
                quoted_field = true;
            }
            c if c == delimiter => {
                record.push(std::mem::take(&mut field));
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                end_record(&mut record, &mut field, start_line, quoted_field);
                quoted_field = false;
                line += 1;
                start_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(DataError::new(
            DataErrorKind::Unreadable,
            format!("`{file}`: the quoted field that starts on line {start_line} is never closed"),
        ));
    }
    end_record(&mut record, &mut field, start_line, quoted_field);
    let mut it = records.into_iter();
    let Some((_, headers)) = it.next() else {
        return Ok(Grid::default());
    };
    let headers: Vec<String> = headers.into_iter().map(|h| h.trim().to_string()).collect();
    let mut grid = Grid {
        headers,
        rows: Vec::new(),
        excel_columns: false,
        first_column: 0,
    };
    for (n, r) in it {
        if r.len() != grid.headers.len() {
            let what = if r.len() > grid.headers.len() {
                format!(
                    "{} cells, {} more than the header names (the first extra is column {})",
                    r.len(),
                    r.len() - grid.headers.len(),
                    grid.headers.len() + 1
                )
            } else {
                format!(
                    "{} cells; {} is missing",
                    r.len(),
                    grid.column_name(r.len())
                )
            };
            return Err(DataError::new(
                DataErrorKind::Ragged,
                format!(
                    "`{file}`, line {n}: the header has {} columns but this line has {what}",
                    grid.headers.len()
                ),
            )
            .hint(format!(
                "a value containing `{delimiter}` must be in double quotes; an empty answer still needs its `{delimiter}`"
            )));
        }
        let cells = r
            .into_iter()
            .map(|s| {
                if s.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(s)
                }
            })
            .collect();
        grid.rows.push((n, cells));
    }
    Ok(grid)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(g: &Grid, r: usize) -> Vec<Cell> {
        g.rows[r].1.clone()
    }

    #[test]
    fn quotes_crlf_bom_and_blank_lines() {
        let g = parse(
            "t",
            "\u{feff}name,score\r\n\"Séparí, III\",3\r\n\r\n\"say \"\"hi\"\"\",\r\n",
            ',',
        )
        .unwrap();
        assert_eq!(g.headers, vec!["name", "score"]);
        assert_eq!(g.rows.len(), 2);
        assert_eq!(
            cells(&g, 0),
            vec![Cell::Text("Séparí, III".into()), Cell::Text("3".into())]
        );
        assert_eq!(
            cells(&g, 1),
            vec![Cell::Text("say \"hi\"".into()), Cell::Empty]
        );
        assert_eq!(g.rows[1].0, 4, "line numbers count the blank line");
    }

    #[test]
    fn a_quoted_line_break_stays_in_its_field() {
        let g = parse("t", "a;b\n\"x\ny\";2\n3;4\n", ';').unwrap();
        assert_eq!(cells(&g, 0)[0], Cell::Text("x\ny".into()));
        assert_eq!(g.rows[1].0, 4);
    }

    #[test]
    fn ragged_line_is_named() {
        let e = parse("f.csv", "a,b\n1,2\n3\n", ',').unwrap_err();
        assert_eq!(e.kind, DataErrorKind::Ragged);
        assert!(e.message.contains("line 3"), "{}", e.message);
        assert!(e.message.contains("column 2 (`b`)"), "{}", e.message);
    }

    #[test]
    fn unclosed_quote_is_an_error() {
        let e = parse("f.csv", "a,b\n\"1,2\n", ',').unwrap_err();
        assert_eq!(e.kind, DataErrorKind::Unreadable);
    }
}
