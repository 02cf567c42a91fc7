//! Output an office can open (issue 13.5) and the one rule for paths (13.6): a CSV that Excel
//! on Windows reads with its accents (a UTF-8 byte-order mark under `id` or on request), one
//! workbook with several named sheets, quantities of several units written as numbers beside
//! their units, and relative paths resolved against the script's folder for reading and
//! writing alike.

use proptest::prelude::*;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use wl::run_to_string;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-office-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run_in(dir: &Path, src: &str) -> (String, bool) {
    run_to_string(&dir.join("script.wl").display().to_string(), src)
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

#[test]
fn csv_starts_with_a_byte_order_mark_under_id_or_when_asked() {
    let dir = scratch("bom");
    let src = "let t = table { puskesmas: [\"Séparí\"], rasio: [0.5] }\n\
               export(t, \"id.csv\", locale: \"id\")\n\
               export(t, \"en.csv\")\n\
               export(t, \"en-bom.csv\", bom: true)\n\
               export(t, \"id-plain.csv\", locale: \"id\", bom: false)\n\
               let back = read_csv(\"id.csv\", delimiter: \";\", decimal: \",\")\n\
               print back.puskesmas\nprint keys(back)\n";
    let (out, ok) = run_in(&dir, src);
    assert!(ok, "{out}");
    // The mark is not read back as part of the first header, and the accents survive.
    assert_eq!(out, "[\"Séparí\"]\n[\"puskesmas\", \"rasio\"]\n");
    let read = |n: &str| std::fs::read(dir.join(n)).unwrap();
    // Written out by hand: the mark, then the Indonesian CSV (`;`, decimal comma).
    assert_eq!(
        read("id.csv"),
        [BOM, "puskesmas;rasio\nSéparí;0,5\n".as_bytes()].concat()
    );
    assert_eq!(read("en.csv"), "puskesmas,rasio\nSéparí,0.5\n".as_bytes());
    assert_eq!(
        read("en-bom.csv"),
        [BOM, "puskesmas,rasio\nSéparí,0.5\n".as_bytes()].concat()
    );
    assert_eq!(
        read("id-plain.csv"),
        "puskesmas;rasio\nSéparí;0,5\n".as_bytes()
    );
}

/// The sheet names of a workbook and the XML of sheet `n`.
fn workbook(path: &Path) -> (String, Vec<String>) {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut book = String::new();
    zip.by_name("xl/workbook.xml")
        .unwrap()
        .read_to_string(&mut book)
        .unwrap();
    let mut sheets = Vec::new();
    for n in 1.. {
        let Ok(mut f) = zip.by_name(&format!("xl/worksheets/sheet{n}.xml")) else {
            break;
        };
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        sheets.push(s);
    }
    (book, sheets)
}

#[test]
fn a_record_of_tables_is_one_workbook_with_a_sheet_each() {
    let dir = scratch("sheets");
    let src = "let summary = table { cadre: [\"Perawat\", \"Bidan\"], required: [4.3, 2.1] }\n\
               let tasks = table { task: [\"Rawat jalan\"], volume: [12000] visits }\n\
               export({ summary: summary, \"task table\": tasks }, \"wisn.xlsx\")\n\
               print read_xlsx(\"wisn.xlsx\", sheet: \"task table\")\n\
               print read_xlsx(\"wisn.xlsx\", sheet: \"summary\").required\n";
    let (out, ok) = run_in(&dir, src);
    assert!(ok, "{out}");
    // Read back by calamine, which wl uses only for reading.
    assert_eq!(
        out,
        "task         volume (visits)\n-----------  ---------------\nRawat jalan            12000\n[4.3, 2.1]\n"
    );
    let (book, sheets) = workbook(&dir.join("wisn.xlsx"));
    assert!(book.contains("<sheet name=\"summary\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"task table\" sheetId=\"2\" r:id=\"rId2\"/>"), "{book}");
    assert_eq!(sheets.len(), 2);
    assert!(
        sheets[1].contains("<c r=\"B2\"><v>12000</v></c>"),
        "{}",
        sheets[1]
    );
}

#[test]
fn sheets_excel_would_refuse_and_sheets_in_a_csv_are_errors_at_the_call() {
    let dir = scratch("sheet-errors");
    let t = "let t = table { a: [1] }\n";
    for (call, code, words) in [
        (
            "export({ \"2024/25\": t }, \"w.xlsx\")",
            "E0704",
            "cannot hold `/`",
        ),
        (
            "export({ Summary: t, summary: t }, \"w.xlsx\")",
            "E0704",
            "Excel ignores case",
        ),
        (
            "export({ \"a sheet name longer than thirty-one\": t }, \"w.xlsx\")",
            "E0704",
            "at most 31 characters",
        ),
        (
            "export({ a: t, b: t }, \"w.csv\")",
            "E0705",
            "one .xlsx workbook",
        ),
        (
            "export({ a: t, b: 3 }, \"w.xlsx\")",
            "E0402",
            "`b` is not a table",
        ),
    ] {
        let (out, ok) = run_in(&dir, &format!("{t}{call}\n"));
        assert!(!ok, "{call}");
        assert!(
            out.contains(&format!("[{code}]")) && out.contains(words),
            "{call}:\n{out}"
        );
        // The label is under the call's first argument, on line 2.
        assert!(out.contains("script.wl:2:"), "{out}");
    }
    assert!(
        std::fs::read_dir(&dir).unwrap().next().is_none(),
        "nothing written"
    );
}

#[test]
fn quantities_of_several_units_are_numbers_with_a_unit_column_in_every_format() {
    let dir = scratch("units");
    // One column of volumes in two units: held as values, it used to be written as text.
    let src = "let t = [{ task: \"Laporan\", volume: 208.33 laporan }, { task: \"Kunjungan\", volume: 12000 visits }]\n\
               export(t, \"t.csv\", locale: \"id\", bom: false)\n\
               export(t, \"t.md\")\n\
               export(t, \"t.xlsx\")\n\
               export(t, \"t.json\")\n";
    let (out, ok) = run_in(&dir, src);
    assert!(ok, "{out}");
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    // Under `id` the script's own header `task` stays as written (only the stdlib's result
    // labels are translated: number::labels::FIELDS).
    assert_eq!(
        read("t.csv"),
        "task;volume;volume_unit\nLaporan;208,33;laporan\nKunjungan;12000;visits\n"
    );
    assert!(
        read("t.md").contains("| Laporan   | 208.33 | laporan     |"),
        "{}",
        read("t.md")
    );
    let (_, sheets) = workbook(&dir.join("t.xlsx"));
    assert!(
        sheets[0].contains("<c r=\"B2\"><v>208.33</v></c>"),
        "{}",
        sheets[0]
    );
    assert!(
        read("t.json")
            .contains("{\"task\": \"Laporan\", \"volume\": 208.33, \"volume_unit\": \"laporan\"}"),
        "{}",
        read("t.json")
    );
    // And `print` under --format csv.
    let (out, ok) = wl::run_to_string_with(
        "t.wl",
        "print [{ task: \"A\", volume: 2 laporan }, { task: \"B\", volume: 3 visits }]\n",
        wl::output::OutputSettings {
            format: wl::output::Format::Csv,
            locale: wl::number::Locale::En,
            ..Default::default()
        },
    );
    assert!(ok);
    assert_eq!(out, "task,volume,volume_unit\nA,2,laporan\nB,3,visits\n");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever the values and units, the CSV's number column reads back as the numbers and
    /// its unit column as the units, in both locales.
    #[test]
    fn a_mixed_unit_column_round_trips_as_numbers(
        rows in proptest::collection::vec((-1_000_000i64..1_000_000, 0u32..4, 0usize..3), 1..20),
        id in any::<bool>(),
    ) {
        use wl::number::Num;
        use wl::table::{Column, Table};
        use wl::units::{Quantity, Unit};
        use wl::value::Value;
        let units = ["laporan", "visits", "doses"];
        let values: Vec<Value> = rows
            .iter()
            .map(|&(n, scale, u)| {
                let x = Num::int(n).div(Num::int(10i64.pow(scale))).unwrap();
                Value::Num(Quantity::new(x, Unit::from_names(Some(units[u]), &[])))
            })
            .collect();
        let mut cols = indexmap::IndexMap::new();
        cols.insert(std::rc::Rc::from("volume"), Column::Any(values));
        let t = Table::from_columns(cols);
        let locale = if id { wl::number::Locale::Id } else { wl::number::Locale::En };
        let split = wl::output::quantities::numeric_quantities(&t);
        let mut out = Vec::new();
        wl::output::csv::write_table(&mut out, &split, &wl::output::CellStyle::data(locale, None)).unwrap();
        let text = String::from_utf8(out).unwrap();
        let sep = if id { ';' } else { ',' };
        let mut lines = text.lines();
        prop_assert_eq!(lines.next().unwrap(), format!("volume{sep}volume_unit"));
        for (line, &(n, scale, u)) in lines.zip(&rows) {
            let (num, unit) = line.split_once(sep).unwrap();
            let read: f64 = num.replace(',', ".").parse().unwrap();
            let expected = n as f64 / 10f64.powi(scale as i32);
            prop_assert!((read - expected).abs() <= expected.abs() * 1e-15, "{} vs {}", read, expected);
            prop_assert_eq!(unit, units[u]);
        }
    }
}

#[test]
fn relative_paths_are_relative_to_the_script_for_reading_and_writing() {
    let dir = scratch("paths");
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::write(dir.join("data/in.csv"), "a,b\n1,2\n").unwrap();
    std::fs::write(
        dir.join("script.wl"),
        "let t = read_csv(\"data/in.csv\")\nexport(t, \"data/out.csv\")\nchart_wisn(table { cadre: [\"A\"], ratio: [0.5] }, \"data/r.svg\")\n",
    )
    .unwrap();
    // Started from another folder: the files are still found and written beside the script.
    let elsewhere = scratch("paths-cwd");
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .current_dir(&elsewhere)
        .arg("run")
        .arg(dir.join("script.wl"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("data/out.csv")).unwrap(),
        "a,b\n1,2\n"
    );
    assert!(dir.join("data/r.svg").is_file());
    assert!(
        std::fs::read_dir(&elsewhere).unwrap().next().is_none(),
        "nothing in the working folder"
    );
}

#[test]
fn a_failed_write_names_the_rule() {
    let dir = scratch("nowhere");
    let (out, ok) = run_in(&dir, "export(table { a: [1] }, \"no_such_folder/t.csv\")\n");
    assert!(!ok);
    assert!(
        out.contains("[E0702]") && out.contains("relative to the script's folder"),
        "{out}"
    );
}
