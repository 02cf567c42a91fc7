//! JSON. Numbers are always plain JSON numbers (decimal point, no grouping) whatever the
//! locale, and category words stay English: JSON is for programs. A number with a unit is
//! written as a bare number with its unit moved into the name it is written under, as in the
//! other formats' headers (`"productive (min per day)": 330`); a quantity with no name (a
//! list item, a printed scalar) becomes `{"value": 231, "unit": "min"}`. Missing is `null`.
//! Numbers are written in full: the shortest text that reads back as the same f64 (an exact
//! fraction as its nearest f64), so 4e-12 stays 4e-12. A column is an array (with its unit
//! beside it as a quantity's is: `{"value": [20, 30], "unit": "min"}`).

use super::{write_num, write_shortest, CellStyle, Locale};
use crate::table::{Column, Table};
use crate::value::Value;
use std::io::{self, Write};

/// Write a JSON string literal.
pub fn write_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let esc: Option<&str> = match c {
            '"' => Some("\\\""),
            '\\' => Some("\\\\"),
            '\n' => Some("\\n"),
            '\r' => Some("\\r"),
            '\t' => Some("\\t"),
            c if (c as u32) < 0x20 => None,
            _ => continue,
        };
        w.write_all(&s.as_bytes()[start..i])?;
        match esc {
            Some(e) => w.write_all(e.as_bytes())?,
            None => write!(w, "\\u{:04x}", c as u32)?,
        }
        start = i + c.len_utf8();
    }
    w.write_all(&s.as_bytes()[start..])?;
    w.write_all(b"\"")
}

/// A table as an array of row objects, one row a line.
pub fn write_table(w: &mut impl Write, t: &Table, decimals: Option<u32>) -> io::Result<()> {
    let style = CellStyle::data(Locale::En, decimals);
    let headers = t.headers();
    let cols: Vec<&Column> = t.columns.values().map(|c| c.as_ref()).collect();
    let styles: Vec<CellStyle> = cols
        .iter()
        .map(|c| super::csv::column_style(c, &style))
        .collect();
    let mut buf = String::with_capacity(32);
    w.write_all(b"[")?;
    for r in 0..t.rows() {
        w.write_all(if r == 0 { b"\n  {" } else { b",\n  {" })?;
        for (i, (h, col)) in headers.iter().zip(&cols).enumerate() {
            if i > 0 {
                w.write_all(b", ")?;
            }
            write_str(w, h)?;
            w.write_all(b": ")?;
            match col {
                Column::Num(v, _) if v[r].is_finite() => write_num(w, v[r], &styles[i], &mut buf)?,
                Column::Num(..) => w.write_all(b"null")?,
                Column::Str(v) => match v.get(r) {
                    Some(s) => write_str(w, s)?,
                    None => w.write_all(b"null")?,
                },
                Column::Bool(v) => w.write_all(if v[r] { b"true" } else { b"false" })?,
                Column::Any(v) => write_value(w, &v[r])?,
            }
        }
        w.write_all(b"}")?;
    }
    w.write_all(if t.rows() == 0 { b"]\n" } else { b"\n]\n" })
}

/// Any value as one line of JSON (tables keep their one-row-a-line layout).
pub fn write_value(w: &mut impl Write, v: &Value) -> io::Result<()> {
    match v {
        Value::Nil => w.write_all(b"null"),
        Value::Bool(b) => write!(w, "{b}"),
        Value::Num(q) if q.unit.is_none() => write_number(w, q.value.to_f64()),
        Value::Num(q) => {
            w.write_all(b"{\"value\": ")?;
            write_number(w, q.value.to_f64())?;
            w.write_all(b", \"unit\": ")?;
            write_str(w, &q.unit.to_string())?;
            w.write_all(b"}")
        }
        Value::Column(c) => match c.as_ref() {
            Column::Num(_, unit) if !unit.is_none() => {
                w.write_all(b"{\"value\": ")?;
                write_column(w, c)?;
                w.write_all(b", \"unit\": ")?;
                write_str(w, &unit.to_string())?;
                w.write_all(b"}")
            }
            _ => write_column(w, c),
        },
        Value::Str(s) => write_str(w, s),
        Value::List(items) => {
            w.write_all(b"[")?;
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    w.write_all(b", ")?;
                }
                write_value(w, x)?;
            }
            w.write_all(b"]")
        }
        Value::Record(r) => {
            w.write_all(b"{")?;
            for (i, (k, x)) in r.fields.iter().enumerate() {
                if i > 0 {
                    w.write_all(b", ")?;
                }
                match x {
                    Value::Num(q) if !q.unit.is_none() => {
                        write_str(w, &format!("{k} ({})", q.unit))?;
                        w.write_all(b": ")?;
                        write_number(w, q.value.to_f64())?;
                    }
                    Value::Column(c) if matches!(c.as_ref(), Column::Num(_, u) if !u.is_none()) => {
                        if let Column::Num(_, unit) = c.as_ref() {
                            write_str(w, &format!("{k} ({unit})"))?;
                        }
                        w.write_all(b": ")?;
                        write_column(w, c)?;
                    }
                    _ => {
                        write_str(w, k)?;
                        w.write_all(b": ")?;
                        write_value(w, x)?;
                    }
                }
            }
            w.write_all(b"}")
        }
        Value::Table(t) => {
            let mut out = Vec::new();
            write_table(&mut out, t, None)?;
            w.write_all(String::from_utf8_lossy(&out).trim_end().as_bytes())
        }
        Value::Error(e) => write_error(w, e),
        other => write_str(w, &other.to_string()),
    }
}

/// A caught error as an object a program can test for (`"error" in x`), holding every field a
/// script reads (`code`, `message`, `line` …), rather than its one-line summary.
fn write_error(w: &mut impl Write, e: &crate::value::CaughtError) -> io::Result<()> {
    w.write_all(b"{\"error\": {")?;
    for (i, name) in crate::value::CaughtError::FIELDS.iter().enumerate() {
        if i > 0 {
            w.write_all(b", ")?;
        }
        write_str(w, name)?;
        w.write_all(b": ")?;
        write_value(w, &e.field(name).unwrap_or(Value::Nil))?;
    }
    w.write_all(b"}}")
}

/// A number in full; a NaN or infinity (never a wl value, but a column may hold a NaN for a
/// missing cell) is `null`.
fn write_number(w: &mut impl Write, x: f64) -> io::Result<()> {
    if !x.is_finite() {
        return w.write_all(b"null");
    }
    let mut buf = String::with_capacity(24);
    write_shortest(&mut buf, x);
    w.write_all(buf.as_bytes())
}

/// A column's cells as a JSON array (numbers bare: the unit is written by the caller).
fn write_column(w: &mut impl Write, c: &Column) -> io::Result<()> {
    w.write_all(b"[")?;
    for r in 0..c.len() {
        if r > 0 {
            w.write_all(b", ")?;
        }
        match c {
            Column::Num(v, _) => write_number(w, v[r])?,
            Column::Str(v) => match v.get(r) {
                Some(s) => write_str(w, s)?,
                None => w.write_all(b"null")?,
            },
            Column::Bool(v) => w.write_all(if v[r] { b"true" } else { b"false" })?,
            Column::Any(v) => write_value(w, &v[r])?,
        }
    }
    w.write_all(b"]")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &Value) -> String {
        let mut out = Vec::new();
        write_value(&mut out, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = Vec::new();
        write_str(&mut out, "a \"b\"\n\\ \u{1}é").unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), r#""a \"b\"\n\\ \u0001é""#);
    }

    #[test]
    fn scalars() {
        assert_eq!(s(&Value::Nil), "null");
        assert_eq!(s(&Value::int(-3)), "-3");
        assert_eq!(s(&Value::Str("x".into())), "\"x\"");
    }

    #[test]
    fn numbers_are_written_in_full() {
        // 4e-12 used to be cut to 10 decimals and written as 0.
        assert_eq!(
            s(&Value::num(crate::number::Num::from_f64(4e-12).unwrap())),
            "4e-12"
        );
        // One third as an exact fraction goes out as its nearest f64, in shortest form
        // (Python: repr(1/3) = '0.3333333333333333').
        assert_eq!(
            s(&Value::num(crate::number::Num::ratio(1, 3))),
            "0.3333333333333333"
        );
    }

    #[test]
    fn a_column_is_an_array() {
        let col = Column::Num(
            vec![1.5, f64::NAN, 4e-12].into(),
            crate::units::Unit::none(),
        );
        assert_eq!(
            s(&Value::Column(std::rc::Rc::new(col))),
            "[1.5, null, 4e-12]"
        );
    }

    #[test]
    fn a_caught_error_is_an_object_of_its_fields() {
        let e = crate::value::CaughtError {
            code: crate::codes::Code::DivisionByZero,
            message: "division by zero".into(),
            hint: None,
            file: "plan.wl".into(),
            line: 2,
            column: 7,
        };
        assert_eq!(
            s(&Value::Error(std::rc::Rc::new(e))),
            "{\"error\": {\"code\": \"E0401\", \"title\": \"division by zero\", \
             \"message\": \"division by zero\", \"hint\": null, \"file\": \"plan.wl\", \
             \"line\": 2, \"column\": 7}}"
        );
    }
}
