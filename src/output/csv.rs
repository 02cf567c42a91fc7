//! CSV (RFC 4180): a header row with units in brackets, then one line per row; a field is
//! quoted only when it holds the separator, a quote or a line break. Under the `id` locale the
//! separator is `;` and the decimal mark a comma, which is what Excel set to Indonesian reads
//! and writes; numbers are never grouped by thousands in CSV.

use super::{all_whole, write_num, CellStyle, Locale};
use crate::number::labels;
use crate::table::{Column, Table};
use std::io::{self, Write};

/// The field separator for a locale.
pub fn separator(locale: Locale) -> u8 {
    match locale {
        Locale::En => b',',
        Locale::Id => b';',
    }
}

/// Write one text field, quoted if it must be. A field that starts with U+FEFF is quoted too:
/// as the file's first bytes it would read back as a byte-order mark and vanish (a header
/// that was only U+FEFF came back empty).
pub fn write_field(w: &mut impl Write, s: &str, sep: u8) -> io::Result<()> {
    let needs = s.starts_with('\u{feff}')
        || s.bytes()
            .any(|b| b == sep || b == b'"' || b == b'\n' || b == b'\r');
    if !needs {
        return w.write_all(s.as_bytes());
    }
    w.write_all(b"\"")?;
    for (i, part) in s.split('"').enumerate() {
        if i > 0 {
            w.write_all(b"\"\"")?;
        }
        w.write_all(part.as_bytes())?;
    }
    w.write_all(b"\"")
}

/// The style of one column: whole-number columns ignore fixed decimals.
pub fn column_style(col: &Column, style: &CellStyle) -> CellStyle {
    match col {
        Column::Num(v, _) if style.decimals.is_some() && all_whole(v) => CellStyle {
            decimals: None,
            ..*style
        },
        _ => *style,
    }
}

/// Write a whole table. Rows are written straight from the columns: numbers through one
/// reused buffer, text without copying.
pub fn write_table(w: &mut impl Write, t: &Table, style: &CellStyle) -> io::Result<()> {
    let sep = separator(style.locale);
    for (i, h) in t.headers_in(style.locale).iter().enumerate() {
        if i > 0 {
            w.write_all(&[sep])?;
        }
        write_field(w, h, sep)?;
    }
    w.write_all(b"\n")?;
    let cols: Vec<&Column> = t.columns.values().map(|c| c.as_ref()).collect();
    let styles: Vec<CellStyle> = cols.iter().map(|c| column_style(c, style)).collect();
    let mut buf = String::with_capacity(32);
    for r in 0..t.rows() {
        for (i, col) in cols.iter().enumerate() {
            if i > 0 {
                w.write_all(&[sep])?;
            }
            match col {
                Column::Num(v, _) => write_num(w, v[r], &styles[i], &mut buf)?,
                Column::Str(v) => {
                    if let Some(s) = v.get(r) {
                        write_field(w, &labels::label(s, style.locale), sep)?;
                    }
                }
                Column::Bool(v) => w.write_all(if v[r] { b"true" } else { b"false" })?,
                Column::Any(_) => write_field(w, &col.cell(r, style.locale), sep)?,
            }
        }
        w.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Unit;
    use indexmap::IndexMap;
    use std::rc::Rc;

    fn table() -> Table {
        let mut cols = IndexMap::new();
        cols.insert(
            Rc::from("cadre"),
            Column::Str(
                vec![
                    Some(Rc::from("Perawat")),
                    Some(Rc::from("Bidan, desa")),
                    None,
                ]
                .into(),
            ),
        );
        cols.insert(
            Rc::from("ratio"),
            Column::Num(vec![0.464, 1234.5, f64::NAN].into(), Unit::none()),
        );
        Table::new(cols).unwrap()
    }

    fn csv(style: CellStyle) -> String {
        let mut out = Vec::new();
        write_table(&mut out, &table(), &style).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn english_csv_quotes_only_what_it_must() {
        assert_eq!(
            csv(CellStyle::data(Locale::En, None)),
            "cadre,ratio\nPerawat,0.464\n\"Bidan, desa\",1234.5\n,\n"
        );
    }

    #[test]
    fn fixed_decimals() {
        assert_eq!(
            csv(CellStyle::data(Locale::En, Some(4))),
            "cadre,ratio\nPerawat,0.4640\n\"Bidan, desa\",1234.5000\n,\n"
        );
    }

    #[test]
    fn indonesian_csv_uses_semicolons_and_decimal_commas() {
        assert_eq!(
            csv(CellStyle::data(Locale::Id, None)),
            // The headers are Indonesian under `id` too (number::labels::FIELDS).
            "jenis_tenaga;rasio\nPerawat;0,464\nBidan, desa;1234,5\n;\n"
        );
    }

    proptest::proptest! {
        /// Every finite f64 exported to CSV and JSON reads back as the same bits.
        #[test]
        fn every_f64_round_trips(bits in proptest::collection::vec(proptest::prelude::any::<u64>(), 1..20)) {
            let xs: Vec<f64> = bits.iter().map(|b| f64::from_bits(*b)).filter(|x| x.is_finite()).collect();
            proptest::prop_assume!(!xs.is_empty());
            let mut cols = IndexMap::new();
            cols.insert(Rc::from("x"), Column::Num(xs.clone().into(), Unit::none()));
            let t = Table::new(cols).unwrap();
            let mut out = Vec::new();
            write_table(&mut out, &t, &CellStyle::data(Locale::En, None)).unwrap();
            let text = String::from_utf8(out).unwrap();
            let back: Vec<u64> = text.lines().skip(1).map(|l| l.parse::<f64>().unwrap().to_bits()).collect();
            let want: Vec<u64> = xs.iter().map(|x| x.to_bits()).collect();
            proptest::prop_assert_eq!(&back, &want);
            let mut out = Vec::new();
            crate::output::json::write_table(&mut out, &t, None).unwrap();
            let text = String::from_utf8(out).unwrap();
            let back: Vec<u64> = text
                .lines()
                .filter_map(|l| l.split_once("\"x\": "))
                .map(|(_, v)| v.trim_end_matches(['}', ',']).parse::<f64>().unwrap().to_bits())
                .collect();
            proptest::prop_assert_eq!(&back, &want);
        }
    }

    #[test]
    fn quotes_are_doubled() {
        let mut out = Vec::new();
        write_field(&mut out, "say \"hi\"", b',').unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "\"say \"\"hi\"\"\"");
    }
}
