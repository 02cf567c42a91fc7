//! Natives that write files: `export` (a table as CSV, JSON, Markdown or .xlsx) and the SVG
//! charts. Paths follow wl's one rule ([`super::script_path`]): relative to the folder of the
//! script that names them. Every file is written
//! atomically ([`crate::output::atomic`]): a failed or interrupted write leaves any existing
//! file as it was.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::Locale;
use crate::output::{atomic, csv, json, markdown, quantities, svg, xlsx, CellStyle};
use crate::table::{Column, Table};
use crate::value::Value;
use std::borrow::Cow;
use std::path::Path;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "export",
        params: &[
            req("table"),
            req("path"),
            opt("format"),
            opt("decimals"),
            opt("locale"),
            opt("bom"),
        ],
        doc: "write a table to a file, format from the extension (.csv .json .md .xlsx) or `format:`; a record of tables (`{summary: t1, tasks: t2}`) to .xlsx is one workbook with a sheet per field; `decimals: 4` fixes the decimals; `bom: true` starts a CSV with a UTF-8 byte-order mark (the default under locale id) so Excel on Windows keeps accents; written whole or not at all",
        columns: false,
        func: export,
    },
    NativeFn {
        name: "chart_wisn",
        params: &[
            req("table"),
            req("path"),
            opt("label"),
            opt("value"),
            opt("group"),
            opt("title"),
            opt("reference"),
        ],
        doc: "SVG bar chart of WISN ratios (line at 1) or differences (line at 0) per `label`, grouped by `group`; shortages in red",
        columns: false,
        func: chart_wisn,
    },
    NativeFn {
        name: "chart_likert",
        params: &[
            req("table"),
            req("path"),
            req("options"),
            opt("items"),
            opt("title"),
        ],
        doc: "SVG 100% stacked bars of Likert answers per item; `options` names the answer codes 1, 2, ... (a list) or maps names to codes (a record)",
        columns: false,
        func: chart_likert,
    },
];

/// The file formats `export` writes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FileFormat {
    Csv,
    Json,
    Markdown,
    Xlsx,
}

const FORMAT_NAMES: &str = "csv, json, md or xlsx";

fn file_format(name: &str) -> Option<FileFormat> {
    Some(match name.to_ascii_lowercase().as_str() {
        "csv" => FileFormat::Csv,
        "json" => FileFormat::Json,
        "md" | "markdown" => FileFormat::Markdown,
        "xlsx" => FileFormat::Xlsx,
        _ => return None,
    })
}

/// The table argument: a table, or a list of records with the same fields.
fn table_arg<'a>(a: &'a Args, i: usize) -> Eval<Cow<'a, Table>> {
    a.get(i)
        .and_then(crate::display::as_table)
        .ok_or_else(|| a.wrong(i, "a table (or a list of records with the same fields)"))
}

fn locale_arg(interp: &dyn Host, a: &Args, i: usize) -> Eval<Locale> {
    match a.get(i) {
        None => Ok(interp.locale()),
        Some(_) => {
            let name = a.str(i)?;
            Locale::from_name(&name).ok_or_else(|| {
                RtError::new(
                    Code::InvalidValue,
                    format!("unknown locale `{name}`"),
                    a.span(i),
                    "not a locale wl knows",
                )
                .hint("the locales are \"en\" and \"id\"")
            })
        }
    }
}

/// Report a failed write on the path argument, with the operating system's reason.
fn write_error(a: &Args, i: usize, path: &str, e: std::io::Error) -> RtError {
    RtError::new(
        Code::WriteFailed,
        format!("cannot write {path}: {e}"),
        a.span(i),
        "this file",
    )
    .hint(
        "a relative path is relative to the script's folder; the folder must exist and be writable",
    )
}

/// What `export` writes: one table, or named tables for the sheets of a workbook.
enum Exported<'a> {
    One(Cow<'a, Table>),
    Sheets(Vec<(String, Cow<'a, Table>)>),
}

/// The first argument: a table (or list of like records), or a record whose every field is
/// one (a workbook's sheets, in field order).
fn exported<'a>(a: &'a Args) -> Eval<Exported<'a>> {
    if let Some(Value::Record(r)) = a.get(0) {
        if !r.fields.is_empty() && r.kind.is_none() {
            let mut sheets: Vec<(String, Cow<Table>)> = Vec::new();
            for (name, v) in &r.fields {
                let t = crate::display::as_table(v).ok_or_else(|| {
                    RtError::new(
                        Code::TypeMismatch,
                        format!("the field `{name}` is not a table, so it cannot be a sheet"),
                        a.span(0),
                        "these sheets",
                    )
                    .hint("each field of the record is one sheet: give each a table")
                })?;
                if let Some(why) = xlsx::sheet_name_problem(name) {
                    return Err(RtError::new(
                        Code::SheetName,
                        format!("`{name}` cannot name a sheet: {why}"),
                        a.span(0),
                        "these sheets",
                    )
                    .hint(
                        "name the field with letters, digits, spaces or `_`, at most 31 characters",
                    ));
                }
                if sheets
                    .iter()
                    .any(|(n, _)| n.to_lowercase() == name.to_lowercase())
                {
                    return Err(RtError::new(
                        Code::SheetName,
                        format!(
                            "two sheets would be named `{name}`: Excel ignores case in sheet names"
                        ),
                        a.span(0),
                        "these sheets",
                    ));
                }
                sheets.push((name.to_string(), t));
            }
            return Ok(Exported::Sheets(sheets));
        }
    }
    table_arg(a, 0).map(Exported::One)
}

fn export_format(a: &Args, path: &str) -> Eval<FileFormat> {
    if a.get(2).is_some() {
        let name = a.str(2)?;
        return file_format(&name).ok_or_else(|| {
            RtError::new(
                Code::UnknownExportFormat,
                format!("unknown export format `{name}`"),
                a.span(2),
                "not a format wl writes",
            )
            .hint(format!("the formats are {FORMAT_NAMES}"))
        });
    }
    let ext = Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().into_owned());
    ext.as_deref().and_then(file_format).ok_or_else(|| {
        RtError::new(
            Code::UnknownExportFormat,
            match &ext {
                Some(e) => format!("cannot tell the export format from `.{e}`"),
                None => "cannot tell the export format: the path has no extension".into(),
            },
            a.span(1),
            "this path",
        )
        .hint("end the path with .csv, .json, .md or .xlsx, or name the format: `format: \"csv\"`")
    })
}

fn decimals_arg(a: &Args, i: usize) -> Eval<Option<u32>> {
    if a.get(i).is_none() {
        return Ok(None);
    }
    let d = a.int(i, 0)?;
    if !(0..=10).contains(&d) {
        return Err(RtError::new(
            Code::InvalidValue,
            format!("{d} decimals is outside 0 to 10"),
            a.span(i),
            "the number of decimals",
        ));
    }
    Ok(Some(d as u32))
}

/// Whether a CSV starts with a byte-order mark: as asked, else under `id` (the planners who
/// open CSV files in Excel on Windows, which reads a file without one as the ANSI code page).
fn bom_arg(a: &Args, i: usize, locale: Locale) -> Eval<bool> {
    match a.get(i) {
        None => Ok(locale == Locale::Id),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(a.wrong(i, "true or false")),
    }
}

fn export(interp: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let what = exported(a)?;
    let path = a.str(1)?;
    let format = export_format(a, &path)?;
    let decimals = decimals_arg(a, 3)?;
    let locale = locale_arg(interp, a, 4)?;
    let bom = bom_arg(a, 5, locale)?;
    let style = CellStyle::data(locale, decimals);
    let table = match what {
        Exported::One(t) => t,
        Exported::Sheets(sheets) if format == FileFormat::Xlsx => {
            let split: Vec<(&str, Cow<Table>)> = sheets
                .iter()
                .map(|(n, t)| (n.as_str(), quantities::numeric_quantities(t)))
                .collect();
            let refs: Vec<(&str, &Table)> = split.iter().map(|(n, t)| (*n, t.as_ref())).collect();
            let full = super::script_path(interp, a.call, &path);
            atomic::write_atomic(&full, |w| xlsx::write_workbook(w, &refs, &style))
                .map_err(|e| write_error(a, 1, &path, e))?;
            return Ok(Value::Nil);
        }
        Exported::Sheets(_) => {
            return Err(RtError::new(
                Code::SheetsNeedXlsx,
                "several tables can only be written to one .xlsx workbook",
                a.span(0),
                "a record of tables",
            )
            .hint("end the path with .xlsx, or export each table to its own file"))
        }
    };
    let table = quantities::numeric_quantities(&table);
    let full = super::script_path(interp, a.call, &path);
    let result = atomic::write_atomic(&full, |w| match format {
        FileFormat::Csv => {
            if bom {
                std::io::Write::write_all(w, "\u{feff}".as_bytes())?;
            }
            csv::write_table(w, &table, &style)
        }
        FileFormat::Json => json::write_table(w, &table, decimals),
        FileFormat::Markdown => markdown::write_table(
            w,
            &table,
            &CellStyle {
                group: true,
                ..style
            },
        ),
        FileFormat::Xlsx => xlsx::write_table(w, &table, &style),
    });
    result.map_err(|e| write_error(a, 1, &path, e))?;
    Ok(Value::Nil)
}

/// A column of the table by the name given in argument `i` (or `default`), with a "did you
/// mean" when it is misspelt.
fn column<'t>(t: &'t Table, a: &Args, i: usize, default: &str) -> Eval<(&'t Column, String)> {
    let name: String = match a.get(i) {
        Some(_) => a.str(i)?.to_string(),
        None => default.to_string(),
    };
    match t.columns.get(name.as_str()) {
        Some(c) => Ok((c, name)),
        None => {
            let mut err = RtError::new(
                Code::NoSuchColumn,
                format!("the table has no column `{name}`"),
                a.span(i),
                if a.get(i).is_some() {
                    "this column name"
                } else {
                    "the default column name is used here"
                },
            );
            let names: Vec<&str> = t.columns.keys().map(|k| &**k).collect();
            err = match crate::suggest::did_you_mean(&name, names.iter().copied()) {
                Some(h) => err.hint(h),
                None => err.hint(format!("its columns are: {}", names.join(", "))),
            };
            Err(err)
        }
    }
}

fn text_cells(col: &Column, locale: Locale) -> Vec<String> {
    (0..col.len()).map(|r| col.cell(r, locale)).collect()
}

fn opt_text(a: &Args, i: usize) -> Eval<Option<String>> {
    match a.get(i) {
        None => Ok(None),
        Some(_) => Ok(Some(a.str(i)?.to_string())),
    }
}

fn write_svg(interp: &dyn Host, a: &Args, path_arg: usize, svg: String) -> Eval<Value> {
    let path = a.str(path_arg)?;
    let full = super::script_path(interp, a.call, &path);
    atomic::write_atomic(&full, |w| std::io::Write::write_all(w, svg.as_bytes()))
        .map_err(|e| write_error(a, path_arg, &path, e))?;
    Ok(Value::Nil)
}

fn chart_wisn(interp: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let t = table_arg(a, 0)?;
    let locale = interp.locale();
    let (labels, _) = column(&t, a, 2, "cadre")?;
    let (values, value_name) = column(&t, a, 3, "ratio")?;
    let Column::Num(values, _) = values else {
        return Err(RtError::new(
            Code::TypeMismatch,
            format!("the column `{value_name}` does not hold numbers"),
            a.span(3),
            "the values to chart",
        ));
    };
    let groups = match a.get(4) {
        None => None,
        Some(_) => Some(text_cells(column(&t, a, 4, "")?.0, locale)),
    };
    let reference = match a.get(6) {
        Some(_) => a.plain(6)?.to_f64(),
        // A WISN difference is judged against 0, a ratio against 1.
        None if value_name.contains("diff") => 0.0,
        None => 1.0,
    };
    let chart = svg::BarChart {
        title: opt_text(a, 5)?.unwrap_or_else(|| format!("WISN {value_name}")),
        value_name,
        labels: text_cells(labels, locale),
        groups,
        values: values.to_vec(),
        reference,
        locale,
    };
    write_svg(interp, a, 1, chart.render())
}

fn chart_likert(interp: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let t = table_arg(a, 0)?;
    let locale = interp.locale();
    // Option names in code order, with their codes.
    let options: Vec<(String, f64)> = match a.value(2) {
        Value::List(names) => names
            .iter()
            .enumerate()
            .map(|(k, v)| (v.display(locale).to_string(), (k + 1) as f64))
            .collect(),
        Value::Record(r) => {
            let mut pairs = Vec::new();
            for (k, v) in &r.fields {
                match v {
                    Value::Num(q) => pairs.push((k.to_string(), q.value.to_f64())),
                    _ => return Err(a.wrong(2, "a record of option names to numeric codes")),
                }
            }
            pairs.sort_by(|x, y| x.1.total_cmp(&y.1));
            pairs
        }
        _ => return Err(a.wrong(2, "a list of option names, or a record of names to codes")),
    };
    if options.is_empty() {
        return Err(RtError::new(
            Code::InvalidValue,
            "a Likert chart needs at least one answer option",
            a.span(2),
            "no options",
        ));
    }
    let items: Vec<String> = match a.get(3) {
        Some(_) => {
            let mut names = Vec::new();
            for (k, v) in a.list(3)?.iter().enumerate() {
                let Value::Str(s) = v else {
                    return Err(a.wrong(3, "a list of column names"));
                };
                if !t.columns.contains_key(s) {
                    return Err(RtError::new(
                        Code::NoSuchColumn,
                        format!("the table has no column `{s}` (item {})", k + 1),
                        a.span(3),
                        "these item names",
                    ));
                }
                names.push(s.to_string());
            }
            names
        }
        None => t
            .columns
            .iter()
            .filter(|(k, c)| matches!(c.as_ref(), Column::Num(..)) && !k.eq_ignore_ascii_case("id"))
            .map(|(k, _)| k.to_string())
            .collect(),
    };
    let mut shares = Vec::with_capacity(items.len());
    for name in &items {
        let Some(Column::Num(v, _)) = t.columns.get(name.as_str()).map(|c| c.as_ref()) else {
            return Err(RtError::new(
                Code::TypeMismatch,
                format!("the item column `{name}` does not hold numeric answer codes"),
                a.span(0),
                "this table",
            ));
        };
        let mut counts = vec![0usize; options.len()];
        let mut valid = 0usize;
        for x in v.iter().filter(|x| !x.is_nan()) {
            if let Some(k) = options.iter().position(|(_, code)| code == x) {
                counts[k] += 1;
                valid += 1;
            }
        }
        shares.push(svg::LikertRow {
            item: name.clone(),
            counts,
            n: valid,
        });
    }
    let chart = svg::LikertChart {
        title: opt_text(a, 4)?.unwrap_or_else(|| "Answers per item".into()),
        options: options.into_iter().map(|(n, _)| n).collect(),
        rows: shares,
        locale,
    };
    write_svg(interp, a, 1, chart.render())
}
