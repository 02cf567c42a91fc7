//! How `print` and the REPL show values: records one field a line, lists of like records as
//! an aligned table, everything else as its plain text form. Numbers and category words follow
//! the locale (see [`crate::number::Locale`]); the other `--format`s are in
//! [`crate::output::render`].

use crate::number::{labels, Locale};
use crate::table::Table;
use crate::value::Value;
use std::fmt::Write;

/// The text form in wl's default (`en`) locale.
pub fn pretty(v: &Value) -> String {
    pretty_in(v, Locale::En)
}

pub fn pretty_in(v: &Value, locale: Locale) -> String {
    // Statistics results print as the SPSS tables they reproduce.
    if let Some(s) = crate::report::render(v, locale) {
        return s;
    }
    let mut out = String::new();
    write_pretty(&mut out, v, 0, locale);
    out
}

/// Records nested deeper than this print their inner records on one line: each level of
/// indentation repeats on every line below it, so a record nested N deep would otherwise
/// print N² spaces (200 MB for 10,000 levels).
const MAX_INDENT: usize = 2 * 8;

fn write_pretty(out: &mut String, v: &Value, indent: usize, locale: Locale) {
    match v {
        Value::Record(r) if r.kind.is_some() || r.fields.len() > 3 || has_nested(v) => {
            let pad = " ".repeat(indent);
            if indent == 0 {
                if let Some(k) = &r.kind {
                    let _ = writeln!(out, "{k}");
                }
            }
            let width = r
                .fields
                .keys()
                .map(|k| labels::field(k, locale).chars().count())
                .max()
                .unwrap_or(0);
            for (k, field) in &r.fields {
                let k = labels::field(k, locale);
                match field {
                    Value::Record(inner) if !inner.fields.is_empty() && indent < MAX_INDENT => {
                        let _ = writeln!(out, "{pad}  {k}:");
                        write_pretty(out, field, indent + 2, locale);
                    }
                    Value::List(items) if items.iter().any(|x| matches!(x, Value::Record(_))) => {
                        let _ = writeln!(
                            out,
                            "{pad}  {k}: {} item{}",
                            items.len(),
                            if items.len() == 1 { "" } else { "s" }
                        );
                    }
                    Value::Table(t) => {
                        let _ = writeln!(out, "{pad}  {k}:");
                        for line in t.display(locale).to_string().lines() {
                            let _ = writeln!(out, "{pad}    {line}");
                        }
                    }
                    other => {
                        let _ = writeln!(out, "{pad}  {k:width$}  {}", other.display(locale));
                    }
                }
            }
        }
        Value::List(items) if !items.is_empty() && like_records(items) => {
            if let Ok(t) = Table::from_records(items) {
                out.push_str(&t.display(locale).to_string());
            }
        }
        other => {
            let _ = writeln!(out, "{}{}", " ".repeat(indent), other.display(locale));
        }
    }
}

fn has_nested(v: &Value) -> bool {
    match v {
        Value::Record(r) => r
            .fields
            .values()
            .any(|f| matches!(f, Value::Record(_) | Value::Table(_))),
        _ => false,
    }
}

fn like_records(items: &[Value]) -> bool {
    let Some(Value::Record(first)) = items.first() else {
        return false;
    };
    items.iter().all(|x| match x {
        Value::Record(r) => r.fields.keys().eq(first.fields.keys()) && !has_nested(x),
        _ => false,
    })
}

/// The table a value prints as, if it prints as one: a table, or a list of like records.
pub fn as_table(v: &Value) -> Option<std::borrow::Cow<'_, Table>> {
    match v {
        Value::Table(t) => Some(std::borrow::Cow::Borrowed(t)),
        Value::List(items) if !items.is_empty() && like_records(items) => {
            Table::from_records(items).ok().map(std::borrow::Cow::Owned)
        }
        _ => None,
    }
}
