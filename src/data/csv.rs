//! A small CSV reader: RFC 4180 quoting (a quoted field may hold the delimiter, doubled quotes
//! and line breaks), LF or CRLF line ends, a UTF-8 byte-order mark (Excel writes one), and a
//! chosen delimiter (`;` in files saved by a spreadsheet set to Indonesian). Blank lines are
//! skipped. Every record must have as many cells as the header; a ragged line is an error with
//! its line number.
//!
//! [`Records`] splits the text record by record, lending unquoted fields as slices of the
//! text (a 100,000-row survey has four million cells; a `String` each dominated reading it).
//! [`parse`] collects a whole [`Grid`]; [`super::columns`] feeds columns directly.

use super::{Cell, DataError, DataErrorKind, Grid};
use std::borrow::Cow;

/// How a field ended.
#[derive(Clone, Copy, PartialEq)]
enum End {
    Delimiter,
    Line,
    Eof,
}

/// The records of a CSV text, one at a time.
pub struct Records<'a> {
    text: &'a str,
    pos: usize,
    /// The line `pos` is on (quoted line breaks count).
    line: usize,
    delimiter: char,
    /// The delimiter's UTF-8 bytes (usually one).
    delim: [u8; 4],
    delim_len: usize,
    done: bool,
}

impl<'a> Records<'a> {
    pub fn new(text: &'a str, delimiter: char) -> Records<'a> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut delim = [0; 4];
        let delim_len = delimiter.encode_utf8(&mut delim).len();
        Records {
            text,
            pos: 0,
            line: 1,
            delimiter,
            delim,
            delim_len,
            done: false,
        }
    }

    /// The text after the current position (to size column buffers).
    pub fn rest(&self) -> &'a str {
        &self.text[self.pos..]
    }

    /// The line the current position is on.
    pub fn line(&self) -> usize {
        self.line
    }

    /// The next record that is not blank, into `fields`, with the line it starts on; `None`
    /// at the end. A quote left open at the end of the text is an error naming the line its
    /// record starts on.
    pub fn next_into(
        &mut self,
        file: &str,
        fields: &mut Vec<Cow<'a, str>>,
    ) -> Result<Option<usize>, DataError> {
        loop {
            if self.done {
                return Ok(None);
            }
            fields.clear();
            let start = self.line;
            let mut quoted = false;
            loop {
                let (field, end) = self.field(file, start, &mut quoted)?;
                fields.push(field);
                match end {
                    End::Delimiter => {}
                    End::Line => break,
                    End::Eof => {
                        self.done = true;
                        break;
                    }
                }
            }
            // A line of nothing but spaces is blank; `""` on its own line is an empty value.
            let blank = fields.len() == 1 && !quoted && fields[0].trim().is_empty();
            if !blank {
                return Ok(Some(start));
            }
        }
    }

    /// One field from the current position. The common unquoted field is a slice of the text;
    /// a quote opens quoting only where the field so far is blank, as in the reader this
    /// replaces, and is literal after other text.
    fn field(
        &mut self,
        file: &str,
        start_line: usize,
        quoted: &mut bool,
    ) -> Result<(Cow<'a, str>, End), DataError> {
        let text = self.text;
        let bytes = text.as_bytes();
        let d0 = self.delim[0];
        let p = self.pos;
        let mut i = p;
        let mut quotes_literal = false;
        loop {
            while i < bytes.len() {
                let b = bytes[i];
                if b == d0 || b == b'\n' || (b == b'"' && !quotes_literal) {
                    break;
                }
                i += 1;
            }
            if i == bytes.len() {
                self.pos = i;
                return Ok((Cow::Borrowed(&text[p..i]), End::Eof));
            }
            let b = bytes[i];
            if b == d0 {
                // A one-byte delimiter needs no comparison (no memcmp call per field).
                if self.delim_len == 1 || bytes[i..].starts_with(&self.delim[..self.delim_len]) {
                    self.pos = i + self.delim_len;
                    return Ok((Cow::Borrowed(&text[p..i]), End::Delimiter));
                }
                i += 1;
            } else if b == b'\n' {
                self.pos = i + 1;
                self.line += 1;
                // CRLF: the CR belongs to the line end, a lone CR to the field.
                let e = if i > p && bytes[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                return Ok((Cow::Borrowed(&text[p..e]), End::Line));
            } else if text[p..i].trim().is_empty() {
                *quoted = true;
                return self.quoted(file, start_line, i + 1);
            } else {
                quotes_literal = true;
                i += 1;
            }
        }
    }

    /// The rest of a field whose opening quote is at `from - 1`, character by character:
    /// doubled quotes, quoted line breaks, text after the closing quote.
    fn quoted(
        &mut self,
        file: &str,
        start_line: usize,
        from: usize,
    ) -> Result<(Cow<'a, str>, End), DataError> {
        let rest = &self.text[from..];
        let mut field = String::new();
        let mut in_quotes = true;
        let mut chars = rest.char_indices().peekable();
        while let Some((off, c)) = chars.next() {
            let next = chars.peek().map(|&(_, c)| c);
            if in_quotes {
                match c {
                    '"' if next == Some('"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => in_quotes = false,
                    '\n' => {
                        self.line += 1;
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
                }
                c if c == self.delimiter => {
                    self.pos = from + off + c.len_utf8();
                    return Ok((Cow::Owned(field), End::Delimiter));
                }
                '\r' if next == Some('\n') => {}
                '\n' => {
                    self.line += 1;
                    self.pos = from + off + 1;
                    return Ok((Cow::Owned(field), End::Line));
                }
                _ => field.push(c),
            }
        }
        if in_quotes {
            return Err(DataError::new(
                DataErrorKind::Unreadable,
                format!(
                    "`{file}`: the quoted field that starts on line {start_line} is never closed"
                ),
            ));
        }
        self.pos = self.text.len();
        Ok((Cow::Owned(field), End::Eof))
    }
}

/// The error for a data line with `len` cells under a header of another width.
pub fn ragged(file: &str, grid: &Grid, line: usize, len: usize, delimiter: char) -> DataError {
    let what = if len > grid.headers.len() {
        format!(
            "{} cells, {} more than the header names (the first extra is column {})",
            len,
            len - grid.headers.len(),
            grid.headers.len() + 1
        )
    } else {
        format!("{} cells; {} is missing", len, grid.column_name(len))
    };
    DataError::new(
        DataErrorKind::Ragged,
        format!(
            "`{file}`, line {line}: the header has {} columns but this line has {what}",
            grid.headers.len()
        ),
    )
    .hint(format!(
        "a value containing `{delimiter}` must be in double quotes; an empty answer still needs its `{delimiter}`"
    ))
}

/// Split `text` into a grid; `file` names the source in messages.
pub fn parse(file: &str, text: &str, delimiter: char) -> Result<Grid, DataError> {
    let (grid, ragged) = split(file, text, delimiter, false)?;
    match ragged.first() {
        Some((n, r)) => Err(self::ragged(file, &grid, *n, r.len(), delimiter)),
        None => Ok(grid),
    }
}

/// A ragged record: its line and its cells as written.
pub type RaggedRecord = (usize, Vec<String>);

/// Split `text` into a grid and the ragged records left out of it, each with its line: the
/// reader that keeps going past bad rows (see [`super::lenient`]). A quote never closed still
/// stops the reading, since everything after it is one field.
pub fn parse_lenient(
    file: &str,
    text: &str,
    delimiter: char,
) -> Result<(Grid, Vec<RaggedRecord>), DataError> {
    split(file, text, delimiter, true)
}

/// The grid, and the ragged records: all of them when `keep_going`, else the first only.
fn split(
    file: &str,
    text: &str,
    delimiter: char,
    keep_going: bool,
) -> Result<(Grid, Vec<RaggedRecord>), DataError> {
    let mut records = Records::new(text, delimiter);
    let mut fields = Vec::new();
    let mut all: Vec<(usize, Vec<String>)> = Vec::new();
    while let Some(line) = records.next_into(file, &mut fields)? {
        all.push((line, fields.drain(..).map(Cow::into_owned).collect()));
    }
    let mut it = all.into_iter();
    let Some((_, headers)) = it.next() else {
        return Ok((Grid::default(), Vec::new()));
    };
    let headers: Vec<String> = headers.into_iter().map(|h| h.trim().to_string()).collect();
    let mut grid = Grid {
        headers,
        rows: Vec::new(),
        excel_columns: false,
        first_column: 0,
    };
    let mut ragged_records = Vec::new();
    for (n, r) in it {
        if r.len() != grid.headers.len() {
            ragged_records.push((n, r));
            if keep_going {
                continue;
            }
            break;
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
    Ok((grid, ragged_records))
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
