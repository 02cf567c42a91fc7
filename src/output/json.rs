//! JSON. Numbers are always plain JSON numbers (decimal point, no grouping) whatever the
//! locale, and category words stay English: JSON is for programs. A number with a unit is
//! written as a bare number with its unit moved into the name it is written under, as in the
//! other formats' headers (`"productive (min per day)": 330`); a quantity with no name (a
//! list item, a printed scalar) becomes `{"value": 231, "unit": "min"}`. Missing is `null`.

use super::{write_num, CellStyle, Locale};
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
        Value::Num(q) if q.unit.is_none() => write!(w, "{}", q.value),
        Value::Num(q) => {
            write!(w, "{{\"value\": {}, \"unit\": ", q.value)?;
            write_str(w, &q.unit.to_string())?;
            w.write_all(b"}")
        }
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
                        write!(w, ": {}", q.value)?;
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
        other => write_str(w, &other.to_string()),
    }
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
}
