//! Markdown (GitHub pipe tables), for pasting into reports: numbers right-aligned, columns
//! padded so the source reads as a table too, units in the header. Numbers are written as for
//! reading, so under the `id` locale they are grouped by thousands (155.040).

use super::{write_num, CellStyle};
use crate::number::labels;
use crate::table::{Column, Table};
use std::io::{self, Write};

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Write a table.
pub fn write_table(w: &mut impl Write, t: &Table, style: &CellStyle) -> io::Result<()> {
    // Markdown is read, not parsed: numbers as wl shows them, not in full.
    let style = &CellStyle {
        full: false,
        ..*style
    };
    let headers: Vec<String> = t
        .headers_in(style.locale)
        .iter()
        .map(|h| escape(h))
        .collect();
    let mut buf = String::new();
    let cells: Vec<Vec<String>> = t
        .columns
        .values()
        .map(|col| {
            let style = &super::csv::column_style(col, style);
            (0..col.len())
                .map(|r| match col.as_ref() {
                    Column::Num(v, _) => {
                        let mut out = Vec::new();
                        let _ = write_num(&mut out, v[r], style, &mut buf);
                        String::from_utf8_lossy(&out).into_owned()
                    }
                    Column::Str(v) => v
                        .get(r)
                        .map_or(String::new(), |s| escape(&labels::label(s, style.locale))),
                    other => escape(&other.cell(r, style.locale)),
                })
                .collect()
        })
        .collect();
    let right = t.numeric_columns();
    // A Markdown separator needs three dashes at least.
    let widths = crate::table::column_widths(&headers, &cells, 3);
    let line = |w: &mut dyn Write, items: &mut dyn Iterator<Item = &String>| -> io::Result<()> {
        w.write_all(b"|")?;
        for (i, item) in items.enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(item.chars().count()));
            if right[i] {
                write!(w, " {pad}{item} |")?;
            } else {
                write!(w, " {item}{pad} |")?;
            }
        }
        w.write_all(b"\n")
    };
    line(w, &mut headers.iter())?;
    w.write_all(b"|")?;
    for (i, width) in widths.iter().enumerate() {
        let dashes = "-".repeat(width.saturating_sub(1));
        if right[i] {
            write!(w, " {dashes}: |")?;
        } else {
            write!(w, " {dashes}- |")?;
        }
    }
    w.write_all(b"\n")?;
    for r in 0..t.rows() {
        line(w, &mut cells.iter().map(|c| &c[r]))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::Locale;
    use crate::units::Unit;
    use indexmap::IndexMap;
    use std::rc::Rc;

    #[test]
    fn a_pipe_table_with_numbers_right_aligned() {
        let mut cols = IndexMap::new();
        cols.insert(
            Rc::from("cadre"),
            Column::Str(vec![Some(Rc::from("Perawat")), Some(Rc::from("a|b"))].into()),
        );
        cols.insert(
            Rc::from("need"),
            Column::Num(vec![155040.0, 0.464].into(), Unit::none()),
        );
        let t = Table::new(cols).unwrap();
        let mut out = Vec::new();
        let style = CellStyle {
            locale: Locale::Id,
            decimals: None,
            group: true,
            full: false,
        };
        write_table(&mut out, &t, &style).unwrap();
        // Headers in Indonesian under `id` (number::labels::FIELDS), widths following them.
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "| jenis_tenaga | kebutuhan |\n\
             | ------------ | --------: |\n\
             | Perawat      |   155.040 |\n\
             | a\\|b         |     0,464 |\n"
        );
    }
}
