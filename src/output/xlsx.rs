//! .xlsx (Office Open XML spreadsheet), written by hand: one or more named worksheets in a zip
//! with the small parts Excel, LibreOffice and openpyxl need. Numbers are numeric cells (so a planner
//! can sum them in Excel), text is inline strings, missing cells are left out, the header row
//! is bold and frozen. Numbers are stored as the full double (the shortest text that reads back
//! as the same f64); fixed `decimals` round the stored value and set a matching number format.
//!
//! Hand-written rather than through an xlsx crate: the format needed here is a single sheet of
//! plain cells, about a hundred lines, and the zip crate it rides on is already built for
//! reading .xlsx.

use super::CellStyle;
use crate::number::labels;
use crate::table::{Column, Table};
use std::io::{self, Seek, Write};
use zip::write::SimpleFileOptions;

/// `[Content_Types].xml` for `n` sheets.
fn content_types(n: usize) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#,
    );
    for i in 1..=n {
        s.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
    }
    s.push_str(r#"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#);
    s
}

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;

/// `xl/workbook.xml`: the sheets by name, in order.
fn workbook(names: &[&str]) -> io::Result<Vec<u8>> {
    let mut w = Vec::new();
    w.write_all(br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#)?;
    for (i, name) in names.iter().enumerate() {
        w.write_all(b"<sheet name=\"")?;
        write_xml_text(&mut w, name)?;
        write!(w, r#"" sheetId="{0}" r:id="rId{0}"/>"#, i + 1)?;
    }
    w.write_all(b"</sheets></workbook>")?;
    Ok(w)
}

/// `xl/_rels/workbook.xml.rels`: sheet `i` is `rId{i}`, the styles come after them.
fn workbook_rels(n: usize) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for i in 1..=n {
        s.push_str(&format!(r#"<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"#));
    }
    s.push_str(&format!(r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#, n + 1));
    s
}

/// Why Excel would refuse `name` as a sheet name, if it would: 1 to 31 characters, none of
/// `: \ / ? * [ ]`, no apostrophe at either end.
pub fn sheet_name_problem(name: &str) -> Option<String> {
    let len = name.chars().count();
    if len == 0 {
        return Some("a sheet name cannot be empty".into());
    }
    if len > 31 {
        return Some(format!(
            "a sheet name has at most 31 characters, and this one has {len}"
        ));
    }
    if let Some(c) = name.chars().find(|c| r"\/?*[]:".contains(*c)) {
        return Some(format!("a sheet name cannot hold `{c}`"));
    }
    if name.starts_with('\'') || name.ends_with('\'') {
        return Some("a sheet name cannot begin or end with an apostrophe".into());
    }
    None
}

/// Styles: 0 default, 1 bold (header), 2 fixed decimals (custom format 164).
fn styles(decimals: Option<u32>) -> String {
    let code = match decimals {
        Some(0) => "0".to_string(),
        Some(d) => format!("0.{}", "0".repeat(d as usize)),
        None => "General".to_string(),
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="{code}"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    )
}

/// Escape text for XML, dropping the control characters XML 1.0 cannot hold.
fn write_xml_text(w: &mut impl Write, s: &str) -> io::Result<()> {
    for c in s.chars() {
        match c {
            '&' => w.write_all(b"&amp;")?,
            '<' => w.write_all(b"&lt;")?,
            '>' => w.write_all(b"&gt;")?,
            '"' => w.write_all(b"&quot;")?,
            '\t' | '\n' | '\r' => write!(w, "{c}")?,
            c if (c as u32) < 0x20 => {}
            c => write!(w, "{c}")?,
        }
    }
    Ok(())
}

fn write_inline(w: &mut impl Write, cell: &str, text: &str, style: u8) -> io::Result<()> {
    write!(w, r#"<c r="{cell}" t="inlineStr""#)?;
    if style != 0 {
        write!(w, r#" s="{style}""#)?;
    }
    w.write_all(b"><is><t xml:space=\"preserve\">")?;
    write_xml_text(w, text)?;
    w.write_all(b"</t></is></c>")
}

/// The worksheet XML.
pub fn write_sheet(w: &mut impl Write, t: &Table, style: &CellStyle) -> io::Result<()> {
    let letters: Vec<String> = (0..t.columns.len())
        .map(crate::data::column_letter)
        .collect();
    let headers = t.headers_in(style.locale);
    w.write_all(br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>"#)?;
    for (i, (h, col)) in headers.iter().zip(t.columns.values()).enumerate() {
        let longest = match col.as_ref() {
            Column::Str(v) => v
                .levels()
                .iter()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0),
            _ => 10,
        };
        let width = longest.max(h.chars().count()).clamp(8, 60) + 2;
        write!(
            w,
            r#"<col min="{0}" max="{0}" width="{width}" customWidth="1"/>"#,
            i + 1
        )?;
    }
    w.write_all(b"</cols><sheetData><row r=\"1\">")?;
    for (h, l) in headers.iter().zip(&letters) {
        write_inline(w, &format!("{l}1"), h, 1)?;
    }
    w.write_all(b"</row>")?;
    let num_style = if style.decimals.is_some() {
        r#" s="2""#
    } else {
        ""
    };
    let whole: Vec<bool> = t
        .columns
        .values()
        .map(|c| matches!(c.as_ref(), Column::Num(v, _) if super::all_whole(v)))
        .collect();
    let mut buf = String::with_capacity(32);
    for r in 0..t.rows() {
        let row = r + 2;
        write!(w, r#"<row r="{row}">"#)?;
        for (c, (col, l)) in t.columns.values().zip(&letters).enumerate() {
            match col.as_ref() {
                Column::Num(v, _) => {
                    let x = v[r];
                    if !x.is_finite() {
                        continue;
                    }
                    let fixed = style.decimals.filter(|_| !whole[c]);
                    let s = if fixed.is_some() { num_style } else { "" };
                    write!(w, r#"<c r="{l}{row}"{s}><v>"#)?;
                    match fixed {
                        Some(d) => {
                            buf.clear();
                            super::write_fixed(&mut buf, x, d);
                            w.write_all(buf.as_bytes())?;
                        }
                        // The full double: the shortest text that reads back as `x`.
                        None => {
                            buf.clear();
                            super::write_shortest(&mut buf, x);
                            w.write_all(buf.as_bytes())?;
                        }
                    }
                    w.write_all(b"</v></c>")?;
                }
                Column::Str(v) => {
                    if let Some(s) = v.get(r) {
                        write_inline(w, &format!("{l}{row}"), &labels::label(s, style.locale), 0)?;
                    }
                }
                Column::Bool(v) => {
                    write!(w, r#"<c r="{l}{row}" t="b"><v>{}</v></c>"#, u8::from(v[r]))?;
                }
                Column::Any(_) => {
                    write_inline(w, &format!("{l}{row}"), &col.cell(r, style.locale), 0)?;
                }
            }
        }
        w.write_all(b"</row>")?;
    }
    w.write_all(b"</sheetData></worksheet>")
}

/// Write a whole .xlsx package of one sheet, named "Sheet1".
pub fn write_table<W: Write + Seek>(w: W, t: &Table, style: &CellStyle) -> io::Result<()> {
    write_workbook(w, &[("Sheet1", t)], style)
}

/// Write a workbook with one sheet per named table, in order. The names must be valid (see
/// [`sheet_name_problem`]) and distinct ignoring case, as Excel requires.
pub fn write_workbook<W: Write + Seek>(
    w: W,
    sheets: &[(&str, &Table)],
    style: &CellStyle,
) -> io::Result<()> {
    let mut zip = zip::ZipWriter::new(w);
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let names: Vec<&str> = sheets.iter().map(|(n, _)| *n).collect();
    let parts: [(&str, Vec<u8>); 4] = [
        (
            "[Content_Types].xml",
            content_types(sheets.len()).into_bytes(),
        ),
        ("_rels/.rels", ROOT_RELS.as_bytes().to_vec()),
        ("xl/workbook.xml", workbook(&names)?),
        (
            "xl/_rels/workbook.xml.rels",
            workbook_rels(sheets.len()).into_bytes(),
        ),
    ];
    for (name, bytes) in parts {
        zip.start_file(name, opts)?;
        zip.write_all(&bytes)?;
    }
    zip.start_file("xl/styles.xml", opts)?;
    zip.write_all(styles(style.decimals).as_bytes())?;
    for (i, (_, t)) in sheets.iter().enumerate() {
        zip.start_file(format!("xl/worksheets/sheet{}.xml", i + 1), opts)?;
        let mut sheet = io::BufWriter::with_capacity(64 * 1024, &mut zip);
        write_sheet(&mut sheet, t, style)?;
        sheet.flush()?;
    }
    zip.finish()?;
    Ok(())
}
