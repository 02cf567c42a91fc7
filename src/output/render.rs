//! What `print` writes under `wl run --format csv|json|md`.
//!
//! A table (or a list of like records) is written whole in the format. A record is written as
//! name/value pairs: in CSV a `field,value` table, in Markdown a two-column table, in JSON an
//! object. Nested records flatten to dotted names (`pearson.p`); a field holding a table is
//! written after the record's other fields as its own table, under a line naming it. Anything
//! else is one value a line: its text form in CSV and Markdown, one JSON value in JSON (so a
//! JSON run's output is JSON Lines). Numbers with units keep them: in the name for a column or
//! a field (`awt (h per year)`), in the text for a lone value (`231 min`). CSV and JSON write
//! numbers in full (the shortest text that reads back as the same f64); text and Markdown
//! show them for reading, with the digits of `--digits`, `--decimals` or `set_display`.

use super::{csv, json, markdown, CellStyle, Format, OutputSettings};
use crate::display::{as_table, pretty_in};
use crate::number::shown::with_shown;
use crate::table::{Column, Table};
use crate::value::Value;
use indexmap::IndexMap;
use std::rc::Rc;

/// The text `print` writes for `v` (without the final line break).
pub fn render(v: &Value, settings: &OutputSettings) -> String {
    let locale = settings.locale;
    let mut out: Vec<u8> = Vec::new();
    match settings.format {
        Format::Text => {
            let text = with_shown(settings.shown, || pretty_in(v, locale));
            return text.trim_end_matches('\n').to_string();
        }
        Format::Json => {
            let _ = json::write_value(&mut out, v);
            // JSON Lines: one value a line. Line breaks inside strings are escaped (`\n`), so
            // every raw line break here is layout and can go.
            let text = String::from_utf8_lossy(&out)
                .replace("[\n  {", "[{")
                .replace(",\n  {", ", {")
                .replace("\n]", "]");
            return text.replace('\n', "");
        }
        Format::Csv | Format::Markdown => with_shown(settings.shown, || {
            let style = CellStyle {
                locale,
                decimals: None,
                group: settings.format == Format::Markdown,
                full: settings.format == Format::Csv,
            };
            let write_table = |out: &mut Vec<u8>, t: &Table| {
                // Quantities of several units in one column are written as numbers beside a
                // unit column, never as text a spreadsheet cannot sum.
                let t = &*super::quantities::numeric_quantities(t);
                let _ = match settings.format {
                    Format::Csv => csv::write_table(out, t, &style),
                    _ => markdown::write_table(out, t, &style),
                };
            };
            if let Some(t) = as_table(v) {
                write_table(&mut out, &t);
            } else if let Value::Record(r) = v {
                let mut pairs = Vec::new();
                let mut tables = Vec::new();
                flatten(&r.fields, "", locale, (&mut pairs, &mut tables));
                write_table(&mut out, &pairs_table(pairs, &style));
                for (name, t) in tables {
                    let caption = if settings.format == Format::Csv {
                        format!("\n{name}\n")
                    } else {
                        format!("\n**{name}**\n\n")
                    };
                    out.extend_from_slice(caption.as_bytes());
                    write_table(&mut out, &t);
                }
            } else {
                let text = match v {
                    Value::Num(_) if style.full => number_text(v, &style),
                    _ => v.display(locale).to_string(),
                };
                if settings.format == Format::Csv {
                    let _ = csv::write_field(&mut out, &text, csv::separator(locale));
                } else {
                    out.extend_from_slice(text.as_bytes());
                }
            }
        }),
    }
    String::from_utf8_lossy(&out)
        .trim_end_matches('\n')
        .to_string()
}

/// A number (a field's value, or a lone value) as a cell's text: in full for CSV, as shown for
/// Markdown; a percentage keeps its sign and any other unit follows the number.
fn number_text(v: &Value, style: &CellStyle) -> String {
    let Value::Num(q) = v else {
        return v.display(style.locale).to_string();
    };
    let plain = if style.full {
        super::shortest(q.value.to_f64())
    } else {
        q.value.to_string()
    };
    let n = style.locale.localize(&plain, style.group);
    if q.unit.is_percent() {
        format!("{n}%")
    } else if q.unit.is_none() {
        n.into_owned()
    } else {
        format!("{n} {}", q.unit)
    }
}

type Pairs = Vec<(String, Value)>;

/// A record's fields as `name, value` pairs and its tables, nested names joined with dots
/// (`pearson.p`, `awt (h)`); each part in `locale`'s words when it is a stdlib label, as written
/// when it is the user's (decided on the field's own name, before it is joined).
fn flatten(
    fields: &IndexMap<Rc<str>, Value>,
    prefix: &str,
    locale: crate::number::Locale,
    (pairs, tables): (&mut Pairs, &mut Vec<(String, Table)>),
) {
    for (k, v) in fields {
        let name = format!("{prefix}{}", crate::number::labels::field(k, locale));
        if let Some(t) = as_table(v) {
            tables.push((name, t.into_owned()));
            continue;
        }
        match v {
            Value::Record(inner) => flatten(
                &inner.fields,
                &format!("{name}."),
                locale,
                (&mut *pairs, &mut *tables),
            ),
            Value::Num(q) if !q.unit.is_none() && !q.unit.is_percent() => {
                let plain = Value::num(q.value);
                pairs.push((format!("{name} ({})", q.unit), plain));
            }
            other => pairs.push((name, other.clone())),
        }
    }
}

/// A `field | value` table; values are text so that mixed kinds line up in one column.
fn pairs_table(pairs: Pairs, style: &CellStyle) -> Table {
    let (names, values): (Vec<_>, Vec<_>) = pairs.into_iter().unzip();
    let mut cols = IndexMap::new();
    let names = names.iter().map(|n| Some(Rc::from(n.as_str())));
    cols.insert(Rc::from("field"), Column::Str(names.collect()));
    let all_plain = values
        .iter()
        .all(|v| matches!(v, Value::Num(q) if q.unit.is_none()));
    let column = if all_plain {
        Column::from_values(values)
    } else {
        Column::Str(
            values
                .iter()
                .map(|v| match v {
                    Value::Str(s) => Some(s.clone()),
                    Value::Num(_) => Some(Rc::from(number_text(v, style))),
                    other => Some(Rc::from(other.display(style.locale).to_string())),
                })
                .collect(),
        )
    };
    cols.insert(Rc::from("value"), column);
    Table::from_columns(cols)
}
