//! Data natives: `read_csv`, `parse_csv`, `read_xlsx` (tables from files, see [`crate::data`])
//! and `select` (the columns an analysis uses). Paths follow wl's one rule
//! ([`super::script_path`]): relative to the script's folder.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
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
        ],
        doc: "a table from a CSV file with a header row; `missing: [\"NA\"]` codes besides empty cells (or per column: `missing: { skor: [\"NA\", 99] }`), `text: [cols]` kept as text, `delimiter: \";\"`, `decimal: \",\"`",
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
        ],
        doc: "a table from CSV text written in the script, with the options of `read_csv`",
        columns: false,
        func: parse_csv,
    },
    NativeFn {
        name: "read_xlsx",
        params: &[req("path"), opt("sheet"), opt("missing"), opt("text")],
        doc: "a table from an Excel .xlsx sheet (the first, or `sheet: \"name\"`) whose first row is the header",
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

fn data_error(e: DataError, a: &Args) -> RtError {
    let code = match e.kind {
        DataErrorKind::Unreadable => Code::DataFileUnreadable,
        DataErrorKind::Ragged => Code::RaggedRow,
        DataErrorKind::NonNumeric => Code::NonNumericCell,
        DataErrorKind::NoHeader => Code::NoHeader,
        DataErrorKind::DuplicateColumn => Code::DuplicateColumn,
        DataErrorKind::NoSuchSheet => Code::NoSuchSheet,
    };
    let mut err = RtError::new(code, e.message, a.call, "read here");
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
    data::columns::read(&path, &text, delim, &opts)
        .map(table)
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

fn parse_csv(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let text = a.str(0)?;
    let opts = options(a, 1, 2, Some(4))?;
    let delim = delimiter(a, 3)?;
    data::columns::read("text", &text, delim, &opts)
        .map(table)
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
    data::build(&path, &grid, &opts)
        .map(table)
        .map_err(|e| data_error(e, a))
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
