//! Data natives: `read_csv`, `parse_csv`, `read_xlsx` (tables from files, see [`crate::data`])
//! and `select` (the columns an analysis uses). Paths follow wl's one rule
//! ([`super::script_path`]): relative to the script's folder. With `bad_rows: "skip"` a reader
//! leaves bad rows out, each with a warning, and returns them beside the good ones (see
//! [`crate::data::lenient`]).

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::data::lenient::{self, Lenient, Rejected};
use crate::data::{self, DataError, DataErrorKind, Options};
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::suggest::did_you_mean;
use crate::table::Table;
use crate::value::Value;
use indexmap::IndexMap;
use std::path::PathBuf;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "read_csv",
        params: &[
            req("path"),
            opt("missing"),
            opt("text"),
            opt("delimiter"),
            opt("decimal"),
            opt("bad_rows"),
        ],
        doc: "a table from a CSV file with a header row; `missing: [\"NA\"]` codes besides empty cells (or per column: `missing: { skor: [\"NA\", 99] }`), `text: [cols]` kept as text, `delimiter: \";\"`, `decimal: \",\"`; `bad_rows: \"skip\"` leaves out ragged rows and rows with text in a column of numbers, with a warning each, and returns `{file, rows, rejected}` (the good rows with their `source_line`, and each row left out with its line, column, reason and cells)",
        columns: false,
        func: read_csv,
    },
    NativeFn {
        name: "parse_csv",
        params: &[
            req("csv"),
            opt("missing"),
            opt("text"),
            opt("delimiter"),
            opt("decimal"),
            opt("bad_rows"),
        ],
        doc: "a table from CSV text written in the script, with the options of `read_csv` (`bad_rows: \"skip\"` included)",
        columns: false,
        func: parse_csv,
    },
    NativeFn {
        name: "read_xlsx",
        params: &[
            req("path"),
            opt("sheet"),
            opt("missing"),
            opt("text"),
            opt("bad_rows"),
        ],
        doc: "a table from an Excel .xlsx sheet (the first, or `sheet: \"name\"`) whose first row is the header; `bad_rows: \"skip\"` as in `read_csv`",
        columns: false,
        func: read_xlsx,
    },
    NativeFn {
        name: "select",
        params: &[req("table"), req("columns")],
        doc: "a table with only the named columns, in the order given: `select(t, [\"p1\", \"p2\"])`",
        columns: false,
        func: select,
    },
];

fn code_of(kind: &DataErrorKind) -> Code {
    match kind {
        DataErrorKind::Unreadable => Code::DataFileUnreadable,
        DataErrorKind::Ragged => Code::RaggedRow,
        DataErrorKind::NonNumeric => Code::NonNumericCell,
        DataErrorKind::NoHeader => Code::NoHeader,
        DataErrorKind::DuplicateColumn => Code::DuplicateColumn,
        DataErrorKind::NoSuchSheet => Code::NoSuchSheet,
    }
}

fn data_error(e: DataError, a: &Args) -> RtError {
    let mut err = RtError::new(code_of(&e.kind), e.message, a.call, "read here");
    err.0.hint = e.hint;
    err
}

fn texts(a: &Args, i: usize) -> Eval<Vec<String>> {
    match a.get(i) {
        None => Ok(Vec::new()),
        Some(Value::Str(s)) => Ok(vec![s.to_string()]),
        Some(_) => Ok(a.list(i)?.iter().map(|v| v.to_string()).collect()),
    }
}

fn options(a: &Args, missing: usize, text: usize, decimal: Option<usize>) -> Eval<Options> {
    let decimal_comma = match decimal.and_then(|d| a.get(d).map(|_| d)) {
        None => false,
        Some(d) => match &*a.str(d)? {
            "," => true,
            "." => false,
            _ => return Err(a.wrong(d, "\".\" or \",\"")),
        },
    };
    let (all, per_column) = match a.get(missing) {
        Some(Value::Record(r)) => {
            let mut per = Vec::new();
            for (k, v) in &r.fields {
                let codes = match v {
                    Value::List(l) => l.iter().map(|x| x.to_string()).collect(),
                    other => vec![other.to_string()],
                };
                per.push((k.to_string(), codes));
            }
            (Vec::new(), per)
        }
        _ => (texts(a, missing)?, Vec::new()),
    };
    Ok(Options {
        missing: all,
        missing_in: per_column,
        text: texts(a, text)?,
        decimal_comma,
    })
}

fn delimiter(a: &Args, i: usize) -> Eval<char> {
    match a.get(i) {
        None => Ok(','),
        Some(_) => {
            let s = a.str(i)?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c != '"' && c != '\n' => Ok(c),
                _ => Err(a.wrong(i, "one character such as \",\" or \";\"")),
            }
        }
    }
}

/// A path by wl's one rule (see [`super::script_path`]).
fn resolve(i: &dyn Host, a: &Args, path: &str) -> PathBuf {
    super::script_path(i, a.call, path)
}

fn table(t: Table) -> Value {
    Value::Table(Rc::new(t))
}

/// A table read from the user's file: its headers are the user's names, printed as written
/// in every locale (see [`crate::number::labels::keep_as_written`]).
fn users_table(t: Table) -> Value {
    for name in t.columns.keys() {
        crate::number::labels::keep_as_written(name);
    }
    table(t)
}

fn read_csv(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let path = a.str(0)?;
    let opts = options(a, 1, 2, Some(4))?;
    let delim = delimiter(a, 3)?;
    let full = resolve(i, a, &path);
    let bytes = crate::read_limit::read(&full, crate::read_limit::DATA_CAP).map_err(|e| {
        let (reason, hint) = match &e {
            crate::read_limit::ReadError::Io(e) => (
                io_reason(e),
                "paths are relative to the script that reads them",
            ),
            too_large => (
                format!("{too_large}, the most `read_csv` reads"),
                "split the file, or keep only the columns the script needs",
            ),
        };
        data_error(
            DataError::new(
                DataErrorKind::Unreadable,
                format!("cannot read `{path}`: {reason}"),
            ),
            a,
        )
        .hint(hint)
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let upto = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = upto.iter().filter(|b| **b == b'\n').count() + 1;
        data_error(
            DataError::new(
                DataErrorKind::Unreadable,
                format!("`{path}`, line {line}: the file is not UTF-8 text"),
            ),
            a,
        )
        .hint("save it from the spreadsheet as \"CSV UTF-8\"")
    })?;
    i.note_input(&full);
    if skipping(a, 5)? {
        return read_csv_lenient(i, a, &path, &text, delim, &opts);
    }
    data::columns::read(&path, &text, delim, &opts)
        .map(users_table)
        .map_err(|e| data_error(e, a))
}

/// The OS reason without the "(os error 2)" suffix, which means nothing to a planner.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    }
}

fn parse_csv(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let text = a.str(0)?;
    let opts = options(a, 1, 2, Some(4))?;
    let delim = delimiter(a, 3)?;
    if skipping(a, 5)? {
        return read_csv_lenient(i, a, "text", &text, delim, &opts);
    }
    data::columns::read("text", &text, delim, &opts)
        .map(users_table)
        .map_err(|e| data_error(e, a))
}

fn read_xlsx(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let path = a.str(0)?;
    let sheet = match a.get(1) {
        None => None,
        Some(_) => Some(a.str(1)?),
    };
    let opts = options(a, 2, 3, None)?;
    let full = resolve(i, a, &path);
    if !full.is_file() {
        return Err(data_error(
            DataError::new(
                DataErrorKind::Unreadable,
                format!("cannot read `{path}`: no such file"),
            ),
            a,
        )
        .hint("paths are relative to the script that reads them"));
    }
    let grid = data::xlsx::read(&full, &path, sheet.as_deref()).map_err(|e| data_error(e, a))?;
    i.note_input(&full);
    if skipping(a, 4)? {
        let read =
            lenient::build_lenient(&path, grid, Vec::new(), &opts).map_err(|e| data_error(e, a))?;
        return Ok(lenient_value(i, a, &path, read));
    }
    data::build(&path, &grid, &opts)
        .map(users_table)
        .map_err(|e| data_error(e, a))
}

/// Whether argument `i` (`bad_rows:`) asks to leave bad rows out: "skip", or "stop" (the
/// default) for an error at the first.
fn skipping(a: &Args, i: usize) -> Eval<bool> {
    match a.get(i) {
        None => Ok(false),
        Some(_) => match &*a.str(i)? {
            "skip" => Ok(true),
            "stop" => Ok(false),
            _ => Err(a.wrong(i, "\"skip\" or \"stop\"")),
        },
    }
}

/// A CSV text read with its bad rows left out.
fn read_csv_lenient(
    i: &mut dyn Host,
    a: &Args,
    file: &str,
    text: &str,
    delim: char,
    opts: &Options,
) -> Eval<Value> {
    let (grid, ragged) =
        data::csv::parse_lenient(file, text, delim).map_err(|e| data_error(e, a))?;
    let ragged = ragged
        .into_iter()
        .map(|(n, cells)| {
            let e = data::csv::ragged(file, &grid, n, cells.len(), delim);
            lenient::ragged_row(file, &grid, n, cells, e)
        })
        .collect();
    let read = lenient::build_lenient(file, grid, ragged, opts).map_err(|e| data_error(e, a))?;
    Ok(lenient_value(i, a, file, read))
}

/// Rows left out get a warning each, up to this many; one more warning counts the rest.
const MAX_ROW_WARNINGS: usize = 20;

/// `{file, rows, rejected}`, with a warning at the call for each row left out.
fn lenient_value(i: &mut dyn Host, a: &Args, file: &str, read: Lenient) -> Value {
    for r in read.rejected.iter().take(MAX_ROW_WARNINGS) {
        let mut w = data_error(
            DataError::new(
                r.kind.clone(),
                format!("{}; the row is left out", r.message),
            ),
            a,
        );
        w.0.hint = r.hint.clone();
        w.0.severity = crate::diagnostic::Severity::Warning;
        w.0.labels[0].message = "read here, with `bad_rows: \"skip\"`".into();
        i.warnings().push(*w.0);
    }
    if let Some(first) = read.rejected.get(MAX_ROW_WARNINGS) {
        let more = read.rejected.len() - MAX_ROW_WARNINGS;
        let mut w = data_error(
            DataError::new(
                first.kind.clone(),
                format!(
                    "`{file}`: {more} more rows are left out, from line {} on",
                    first.line
                ),
            ),
            a,
        );
        w.0.severity = crate::diagnostic::Severity::Warning;
        w.0.hint = Some("the result's `rejected` lists every row left out, with its reason".into());
        i.warnings().push(*w.0);
    }
    let rejected = read
        .rejected
        .into_iter()
        .map(|r| rejected_record(file, r))
        .collect();
    let fields = [
        ("file", Value::Str(Rc::from(file))),
        ("rows", users_table(read.table)),
        ("rejected", Value::list(rejected)),
    ];
    Value::record(fields.into_iter().map(|(k, v)| (Rc::from(k), v)).collect())
}

/// A row left out as a script reads it: `{file, line, column, code, reason, cells}`.
fn rejected_record(file: &str, r: Rejected) -> Value {
    let text = |s: Option<String>| s.map_or(Value::Nil, |s| Value::Str(Rc::from(s)));
    let cells = r
        .cells
        .into_iter()
        .map(|(h, c)| (Rc::from(h.as_str()), text(c)))
        .collect();
    let fields = [
        ("file", Value::Str(Rc::from(file))),
        ("line", Value::int(r.line as i64)),
        ("column", text(r.column)),
        ("code", Value::Str(Rc::from(code_of(&r.kind).id()))),
        ("reason", Value::Str(Rc::from(r.reason))),
        ("cells", Value::record(cells)),
    ];
    Value::record(fields.into_iter().map(|(k, v)| (Rc::from(k), v)).collect())
}

fn select(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let Value::Table(t) = a.value(0) else {
        return Err(a.wrong(0, "a table"));
    };
    let names = texts(a, 1)?;
    let mut columns = IndexMap::new();
    for n in names {
        let Some((k, c)) = t.columns.get_key_value(n.as_str()) else {
            let mut e = RtError::new(
                Code::NoSuchField,
                format!("the table has no column `{n}`"),
                a.span(1),
                "these columns",
            );
            e.0.hint = did_you_mean(&n, t.columns.keys().map(|k| &**k));
            return Err(e);
        };
        columns.insert(k.clone(), c.clone());
    }
    Ok(table(Table { columns }))
}
