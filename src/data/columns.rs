//! Reading CSV text straight into table columns, without a grid of cells in between: each
//! field goes to its column's builder as it is split off, numbers are parsed in place, whole
//! numbers from -127 to 127 kept a byte a cell (Likert answers; see [`Nums`]) and text is
//! dictionary-encoded, so a file costs little more than its columns.
//!
//! The result and every error are those of [`super::csv::parse`] followed by
//! [`super::build`]: an unclosed quote anywhere wins over a ragged line, which wins over a
//! bad header, which wins over a non-numeric cell; among non-numeric cells the leftmost
//! column's first one is reported, because `build` checks column by column.

use super::csv::{self, Records};
use super::{check_headers, non_numeric, parse_number_fast, DataError, Grid, Options};
use crate::table::{Column, Nums, StrBuilder, Table, SMALL_MISSING};
use crate::units::Unit;
use indexmap::IndexMap;
use std::rc::Rc;

/// Read `text` as CSV into a table; `file` names the source in messages.
pub fn read(file: &str, text: &str, delimiter: char, opts: &Options) -> Result<Table, DataError> {
    let mut records = Records::new(text, delimiter);
    let mut fields = Vec::new();
    if records.next_into(file, &mut fields)?.is_none() {
        return super::build(file, &Grid::default(), opts);
    }
    let grid = Grid {
        headers: fields.iter().map(|h| h.trim().to_string()).collect(),
        rows: Vec::new(),
        excel_columns: false,
        first_column: 0,
    };
    let body = records.rest().as_bytes();
    // Line ends bound the row count from above: buffers of this size never grow.
    let (line_ends, quotes) = body.iter().fold((0, false), |(n, q), &b| {
        (n + usize::from(b == b'\n'), q | (b == b'"'))
    });
    let mut cols: Vec<Builder> = grid
        .headers
        .iter()
        .map(|h| Builder::new(h, opts, line_ends + 1))
        .collect();
    match u8::try_from(delimiter) {
        Ok(d) if !quotes && d.is_ascii() && d != b'\r' && d != b'\n' => {
            let rows = PlainRows {
                body: records.rest(),
                line: records.line(),
                delimiter: d,
            };
            rows.read(&mut cols, opts.decimal_comma)
                .map_err(|(line, len)| csv::ragged(file, &grid, line, len, delimiter))?;
        }
        _ => {
            while let Some(line) = records.next_into(file, &mut fields)? {
                if fields.len() != cols.len() {
                    let e = csv::ragged(file, &grid, line, fields.len(), delimiter);
                    // An unclosed quote further on is reported first, as the grid reader does.
                    while records.next_into(file, &mut fields)?.is_some() {}
                    return Err(e);
                }
                for (c, f) in cols.iter_mut().zip(&fields) {
                    c.push(line, f, opts.decimal_comma);
                }
            }
        }
    }
    check_headers(file, &grid)?;
    let mut columns = IndexMap::with_capacity(cols.len());
    for (j, (h, c)) in grid.headers.iter().zip(cols).enumerate() {
        let col = match c.state {
            State::Pending(n) if c.text => Column::Str(vec![None; n].into()),
            State::Pending(n) => Column::Num(vec![f64::NAN; n].into(), Unit::none()),
            State::Small { v, .. } => Column::Num(Nums::from_small(v), Unit::none()),
            State::Num { v, .. } => Column::Num(v.into(), Unit::none()),
            State::Text(b) => Column::Str(b.finish()),
            State::Failed { line, shown, first } => {
                return Err(non_numeric(
                    file,
                    &grid,
                    j,
                    line,
                    &shown,
                    (first.0, &first.1),
                ))
            }
        };
        columns.insert(Rc::from(h.as_str()), col);
    }
    Ok(Table::from_columns(columns))
}

/// The records of a text without a double quote and with a one-byte delimiter, which is
/// nearly every data file: with no quoting to track, a line is split on bytes and each cell
/// goes straight to its column. Lines, blank lines and line ends are as [`Records`] has them.
struct PlainRows<'a> {
    body: &'a str,
    /// The line `body` starts on.
    line: usize,
    delimiter: u8,
}

impl PlainRows<'_> {
    /// Push every record into `cols`; a ragged record is `Err((line, cells))`.
    fn read(&self, cols: &mut [Builder], decimal_comma: bool) -> Result<(), (usize, usize)> {
        let text = self.body;
        let bytes = text.as_bytes();
        let d = self.delimiter;
        let mut line = self.line;
        let mut pos = 0;
        while pos < bytes.len() {
            let mut n = 0;
            let mut cell = pos;
            // Cells are pushed as they are found; a ragged line is an error once its end is
            // found, and a blank line has pushed nothing (it has no delimiter).
            let end = loop {
                match bytes.get(pos) {
                    Some(&b) if b == d => {
                        if let Some(c) = cols.get_mut(n) {
                            c.push(line, &text[cell..pos], decimal_comma);
                        }
                        n += 1;
                        pos += 1;
                        cell = pos;
                    }
                    Some(b'\n') | None => break pos,
                    Some(_) => pos += 1,
                }
            };
            // CRLF: the CR belongs to the line end, except on a last line without one.
            let stop = if end < bytes.len() && end > cell && bytes[end - 1] == b'\r' {
                end - 1
            } else {
                end
            };
            let last = &text[cell..stop];
            if n == 0 && last.trim().is_empty() {
                // A line of nothing but spaces is blank, and skipped.
            } else if n + 1 != cols.len() {
                return Err((line, n + 1));
            } else {
                cols[n].push(line, last, decimal_comma);
            }
            line += 1;
            pos = end + 1;
        }
        Ok(())
    }
}

/// What a column has become so far.
enum State {
    /// Only missing cells yet (this many): the first value decides the type.
    Pending(usize),
    /// Numbers that all fit a byte so far (whole, from -127 to 127: a compact column, see
    /// [`Nums`]); `first` is the line and text of the first value, for the error message.
    Small {
        v: Vec<i8>,
        first: (usize, String),
    },
    /// Numbers, since the first that does not fit a byte.
    Num {
        v: Vec<f64>,
        first: (usize, String),
    },
    Text(StrBuilder),
    /// A cell that is not a number in a numeric column: the error, once the file is read.
    Failed {
        line: usize,
        shown: String,
        first: (usize, String),
    },
}

struct Builder {
    /// This column's missing codes (global and its own), trimmed.
    missing: Vec<String>,
    /// Listed in `text:`: kept as text even when it holds numbers.
    text: bool,
    capacity: usize,
    state: State,
}

impl Builder {
    fn new(h: &str, opts: &Options, capacity: usize) -> Builder {
        let missing = opts
            .missing_codes(h)
            .map(|m| m.trim().to_string())
            .collect();
        Builder {
            missing,
            text: opts.text.iter().any(|t| t == h),
            capacity,
            state: State::Pending(0),
        }
    }

    /// Push a cell as it stands in the file.
    #[inline]
    fn push(&mut self, line: usize, raw: &str, decimal_comma: bool) {
        // The usual cell of a numeric column, a whole number, without the general path's
        // trimming, missing-code comparison and dispatch.
        if self.missing.is_empty() {
            if let Some(m) = whole_number(raw.as_bytes()) {
                match &mut self.state {
                    State::Small { v, .. } if m <= 127 => {
                        v.push(m as i8);
                        return;
                    }
                    // At most 15 digits: exact in an f64.
                    State::Num { v, .. } => {
                        v.push(m as f64);
                        return;
                    }
                    _ => {}
                }
            }
        }
        self.push_general(line, raw, decimal_comma);
    }

    /// Every other cell. Kept out of line so that `push` stays small enough to be inlined
    /// into the splitting loops (worth a fifth of the reading time of a survey file).
    #[inline(never)]
    fn push_general(&mut self, line: usize, raw: &str, decimal_comma: bool) {
        let t = trim(raw);
        let missing = t.is_empty() || self.missing.iter().any(|m| m == t);
        match &mut self.state {
            State::Small { v, first } => {
                if missing {
                    v.push(SMALL_MISSING);
                } else if let Some(x) = parse_number_fast(t, decimal_comma) {
                    match Nums::small_cell(x) {
                        Some(b) => v.push(b),
                        None => {
                            let mut wide = Vec::with_capacity(self.capacity);
                            wide.extend(v.iter().map(|&b| Nums::widen(b)));
                            wide.push(x);
                            self.state = State::Num {
                                v: wide,
                                first: std::mem::take(first),
                            };
                        }
                    }
                } else {
                    self.state = State::Failed {
                        line,
                        shown: t.to_string(),
                        first: std::mem::take(first),
                    };
                }
            }
            State::Num { v, first } => {
                if missing {
                    v.push(f64::NAN);
                } else if let Some(x) = parse_number_fast(t, decimal_comma) {
                    v.push(x);
                } else {
                    self.state = State::Failed {
                        line,
                        shown: t.to_string(),
                        first: std::mem::take(first),
                    };
                }
            }
            State::Text(b) => {
                if missing {
                    b.push_missing();
                } else {
                    b.push_str(t);
                }
            }
            State::Pending(n) => {
                if missing {
                    *n += 1;
                    return;
                }
                let x = if self.text {
                    None
                } else {
                    parse_number_fast(t, decimal_comma)
                };
                let first = (line, t.to_string());
                self.state = match x {
                    Some(x) => match Nums::small_cell(x) {
                        Some(b) => {
                            let mut v = Vec::with_capacity(self.capacity);
                            v.resize(*n, SMALL_MISSING);
                            v.push(b);
                            State::Small { v, first }
                        }
                        None => {
                            let mut v = Vec::with_capacity(self.capacity);
                            v.resize(*n, f64::NAN);
                            v.push(x);
                            State::Num { v, first }
                        }
                    },
                    None => {
                        let mut b = StrBuilder::with_capacity(self.capacity);
                        b.push_missing_n(*n);
                        b.push_str(t);
                        State::Text(b)
                    }
                };
            }
            State::Failed { .. } => {}
        }
    }
}

/// A cell of 1 to 15 ASCII digits as a number (exact in an `f64`, as `str::parse` gives it).
#[inline]
fn whole_number(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 15 {
        return None;
    }
    let mut m = 0u64;
    for &c in b {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        m = m * 10 + u64::from(d);
    }
    Some(m)
}

/// `str::trim`, skipping the work for the usual cell that starts and ends in a visible ASCII
/// character (every whitespace character is below `!` or outside ASCII).
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    let plain = |c: u8| c > b' ' && c < 0x80;
    match (b.first(), b.last()) {
        (Some(&f), Some(&l)) if plain(f) && plain(l) => s,
        _ => s.trim(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{build, DataErrorKind};

    fn opts() -> Options {
        Options::default()
    }

    fn nums(t: &Table, c: &str) -> Vec<f64> {
        match t.columns[c].as_ref() {
            Column::Num(v, _) => v.to_vec(),
            other => panic!("{c} is not numeric: {other:?}"),
        }
    }

    fn texts(t: &Table, c: &str) -> Vec<Option<String>> {
        match t.columns[c].as_ref() {
            Column::Str(v) => v.iter().map(|s| s.map(|s| s.to_string())).collect(),
            other => panic!("{c} is not text: {other:?}"),
        }
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn quoted_delimiter_crlf_bom_and_blank_lines() {
        let t = read(
            "f",
            "\u{feff}name,score\r\n\"a, b\",3\r\n\r\n  \r\nc,4\r\n",
            ',',
            &opts(),
        )
        .unwrap();
        assert_eq!(
            t.columns.keys().map(|k| &**k).collect::<Vec<_>>(),
            ["name", "score"]
        );
        assert_eq!(texts(&t, "name"), vec![s("a, b"), s("c")]);
        assert_eq!(nums(&t, "score"), vec![3.0, 4.0]);
    }

    #[test]
    fn quote_after_text_is_literal_and_doubled_quotes_unescape() {
        let t = read("f", "a,b\nx\"y\",\"say \"\"hi\"\"\"\n", ',', &opts()).unwrap();
        assert_eq!(texts(&t, "a"), vec![s("x\"y\"")]);
        assert_eq!(texts(&t, "b"), vec![s("say \"hi\"")]);
    }

    #[test]
    fn ragged_row_names_its_line_after_a_blank_line() {
        let e = read("f.csv", "a,b\n1,2\n\n3\n", ',', &opts()).unwrap_err();
        assert_eq!(e.kind, DataErrorKind::Ragged);
        assert!(e.message.contains("line 4"), "{}", e.message);
        assert!(
            e.message.contains("column 2 (`b`) is missing"),
            "{}",
            e.message
        );
    }

    #[test]
    fn non_numeric_cell_names_line_and_column() {
        let e = read("f.csv", "a,b\n1,2\n3,x\n", ',', &opts()).unwrap_err();
        assert_eq!(e.kind, DataErrorKind::NonNumeric);
        assert!(
            e.message
                .contains("line 3, column 2 (`b`): \"x\" is not a number")
                && e.message.contains("(line 2 has 2)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn the_leftmost_column_is_reported_first() {
        // Column b goes wrong on line 2, column a only on line 3: a is named, as a check
        // column by column finds it first.
        let e = read("f.csv", "a,b\n1,x\ny,2\n", ',', &opts()).unwrap_err();
        assert!(
            e.message.contains("line 3, column 1 (`a`)"),
            "{}",
            e.message
        );
    }

    #[test]
    fn an_unclosed_quote_wins_over_an_earlier_ragged_line() {
        let e = read("f.csv", "a,b\n1\n\"x,2\n", ',', &opts()).unwrap_err();
        assert_eq!(e.kind, DataErrorKind::Unreadable);
        assert!(e.message.contains("line 3"), "{}", e.message);
    }

    #[test]
    fn decimal_comma_with_semicolons() {
        let o = Options {
            decimal_comma: true,
            ..opts()
        };
        let t = read("f", "a;b\n3,5;1\n2;4,25\n1.234,5;0\n", ';', &o).unwrap();
        assert_eq!(nums(&t, "a"), vec![3.5, 2.0, 1234.5]);
        assert_eq!(nums(&t, "b"), vec![1.0, 4.25, 0.0]);
    }

    #[test]
    fn missing_codes_global_and_per_column() {
        let o = Options {
            missing: vec!["NA".into()],
            missing_in: vec![("b".into(), vec!["99".into()])],
            ..opts()
        };
        let t = read("f", "a,b,c\nNA,99,x\n1,2,99\n, 3 ,NA\n", ',', &o).unwrap();
        let a = nums(&t, "a");
        assert!(a[0].is_nan() && a[2].is_nan() && a[1] == 1.0);
        let b = nums(&t, "b");
        assert!(b[0].is_nan());
        assert_eq!(&b[1..], &[2.0, 3.0]);
        // 99 is a code of b only; c keeps it as a value.
        assert_eq!(texts(&t, "c"), vec![s("x"), s("99"), None]);
    }

    #[test]
    fn small_whole_numbers_are_kept_a_byte_a_cell() {
        let t = read(
            "f",
            "likert,count,signed,late\n1,5,-0,3\n5,200,2,4\n,7,3,4.5\n",
            ',',
            &opts(),
        )
        .unwrap();
        let small = |c: &str| match t.columns[c].as_ref() {
            Column::Num(v, _) => v.small().map(<[i8]>::to_vec),
            other => panic!("{other:?}"),
        };
        assert_eq!(small("likert"), Some(vec![1, 5, SMALL_MISSING]));
        // 200 does not fit a byte, -0 would lose its sign, 4.5 is not whole: widened, with
        // the cells before kept.
        assert_eq!(small("count"), None);
        assert_eq!(nums(&t, "count"), vec![5.0, 200.0, 7.0]);
        assert_eq!(small("signed"), None);
        assert_eq!(nums(&t, "signed")[0].to_bits(), (-0.0f64).to_bits());
        assert_eq!(small("late"), None);
        assert_eq!(nums(&t, "late"), vec![3.0, 4.0, 4.5]);
        let likert = nums(&t, "likert");
        assert!(likert[..2] == [1.0, 5.0] && likert[2].is_nan());
    }

    #[test]
    fn text_columns_are_dictionary_encoded() {
        let o = Options {
            text: vec!["id".into()],
            ..opts()
        };
        let t = read("f", "id,k\n007,b\n008,a\n007,\n,b\n", ',', &o).unwrap();
        assert_eq!(texts(&t, "id"), vec![s("007"), s("008"), s("007"), None]);
        let Column::Str(k) = t.columns["k"].as_ref() else {
            panic!("k is text")
        };
        assert_eq!(k.levels(), &[Rc::from("b"), Rc::from("a")]);
        assert_eq!(k.codes(), &[0, 1, crate::table::MISSING, 0]);
    }

    #[test]
    fn columns_with_no_values() {
        let o = Options {
            text: vec!["t".into()],
            ..opts()
        };
        let t = read("f", "a,b,t\n1,,\n2, ,\n", ',', &o).unwrap();
        assert!(nums(&t, "b").iter().all(|x| x.is_nan()));
        assert_eq!(texts(&t, "t"), vec![None, None]);
        let e = read("f", "", ',', &opts()).unwrap_err();
        assert_eq!(e.kind, DataErrorKind::NoHeader);
    }

    /// The same text through the grid reader and `build`: same table or the same error.
    fn same_as_grid(text: &str, delimiter: char, o: &Options) {
        let via_grid = csv::parse("f", text, delimiter).and_then(|g| build("f", &g, o));
        let direct = read("f", text, delimiter, o);
        match (via_grid, direct) {
            (Ok(a), Ok(b)) => assert_eq!(
                format!("{:?}", a.columns),
                format!("{:?}", b.columns),
                "{text:?}"
            ),
            (Err(a), Err(b)) => assert_eq!(
                (a.kind, a.message, a.hint),
                (b.kind, b.message, b.hint),
                "{text:?}"
            ),
            (a, b) => panic!("{text:?}: {:?} vs {:?}", a.map(|_| ()), b.map(|_| ())),
        }
    }

    #[test]
    fn the_byte_splitter_agrees_with_the_grid_reader_on_random_texts() {
        // Texts without quotes take the byte splitter; a fixed linear congruential sequence
        // makes 3000 of them from the characters that matter to splitting and numbers.
        const CHARS: &[u8] = b"12,,\n\r .-xN";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize
        };
        for _ in 0..3000 {
            let len = 1 + next() % 24;
            let body: String = (0..len)
                .map(|_| CHARS[next() % CHARS.len()] as char)
                .collect();
            let text = format!("a,b\n{body}");
            same_as_grid(&text, ',', &opts());
            let o = Options {
                missing: vec!["N".into()],
                ..opts()
            };
            same_as_grid(&text, ',', &o);
        }
    }

    #[test]
    fn agrees_with_the_grid_reader_on_odd_inputs() {
        let cases = [
            "a,b\n1,2\n",
            "a,b\n1,2",
            "a,b\r\n1,2\r\n",
            "a,b\n1\r,2\n",
            "a,b\n1,2\r\r\n",
            "a,,c\n1,2,3\n",
            "a,a\n1,2\n",
            "a,b\n1\n",
            "a,b\n1,2,3\n",
            "a\n\"\"\n",
            "a\n\"\" \"x\"\n",
            "a\n \"q\" tail\n",
            "a,b\n\"x\ny\",2\n3,4\n",
            "a,b\n\"open,2\n",
            "\"a\nb\",c\n1,2\n",
            "a,b\n 3 , x \n4,y\n",
            "a,b\n1e3,\u{a0}\n2,z\n",
            "a§b\n1§2\n",
            "\n\n a , b \n1,2\n",
            "a,b\n-0,+5\n.5,5.\n",
            "a\nNA\n1\n",
            // Without quotes these take the byte splitter: blank lines of one column, a CR
            // before the end of the text, digits too many for the whole-number path.
            "a\n\n1\n  \n2",
            "a,b\r\n1,2\r",
            "a,b\n1,2\n \r\n3,4\n",
            "a\n1234567890123456\n123456789012345\n0000000000000007\n",
            "a,b\n1,2\n,\n3,4,\n",
            "a,b\n1,2\n3\n4,5,6\n",
        ];
        for c in cases {
            same_as_grid(c, if c.contains('§') { '§' } else { ',' }, &opts());
            same_as_grid(
                c,
                ',',
                &Options {
                    missing: vec!["NA".into(), " x ".into()],
                    text: vec!["b".into()],
                    decimal_comma: true,
                    ..opts()
                },
            );
        }
    }
}
