//! `export`: files written by a script, read back and compared with what was written out by
//! hand; the .xlsx is unzipped and its sheet XML checked; a failed export leaves an existing
//! file whole.

use std::io::Read;
use std::path::{Path, PathBuf};
use wl::run_to_string;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-export-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const TABLE: &str = r#"let t = table {
  cadre: ["Perawat", "Bidan \"desa\""],
  ratio: [0.464, 1.5],
  need: [155040, 12.34567] h,
}
"#;

fn export(dir: &Path, call: &str) -> (String, bool) {
    let src = format!(
        "{TABLE}{}\n",
        call.replace("DIR", &dir.display().to_string())
    );
    run_to_string("export.wl", &src)
}

#[test]
fn csv_json_and_markdown_files() {
    let dir = scratch("text");
    for call in [
        r#"export(t, "DIR/t.csv")"#,
        r#"export(t, "DIR/t4.csv", decimals: 4)"#,
        r#"export(t, "DIR/id.csv", locale: "id")"#,
        r#"export(t, "DIR/t.json")"#,
        r#"export(t, "DIR/t.md")"#,
        r#"export(t, "DIR/t.txt", format: "csv")"#,
    ] {
        let (out, ok) = export(&dir, call);
        assert!(ok, "{call}: {out}");
        assert_eq!(out, "");
    }
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    assert_eq!(
        read("t.csv"),
        "cadre,ratio,need (h)\nPerawat,0.464,155040\n\"Bidan \"\"desa\"\"\",1.5,12.34567\n"
    );
    assert_eq!(read("t.txt"), read("t.csv"));
    assert_eq!(
        read("t4.csv"),
        "cadre,ratio,need (h)\nPerawat,0.4640,155040.0000\n\"Bidan \"\"desa\"\"\",1.5000,12.3457\n"
    );
    // Under `id` a CSV starts with a UTF-8 byte-order mark, for Excel on Windows; the
    // headers are the script's own names, written as they are (only the stdlib's result
    // labels are translated: number::labels::FIELDS).
    assert_eq!(
        read("id.csv"),
        "\u{feff}cadre;ratio;need (h)\nPerawat;0,464;155040\n\"Bidan \"\"desa\"\"\";1,5;12,34567\n"
    );
    assert_eq!(
        read("t.json"),
        "[\n  {\"cadre\": \"Perawat\", \"ratio\": 0.464, \"need (h)\": 155040},\n  {\"cadre\": \"Bidan \\\"desa\\\"\", \"ratio\": 1.5, \"need (h)\": 12.34567}\n]\n"
    );
    assert_eq!(
        read("t.md"),
        "| cadre        | ratio | need (h) |\n| ------------ | ----: | -------: |\n| Perawat      | 0.464 |   155040 |\n| Bidan \"desa\" |   1.5 | 12.34567 |\n"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn xlsx_has_numeric_cells_and_inline_text() {
    let dir = scratch("xlsx");
    let (out, ok) = export(&dir, r#"export(t, "DIR/t.xlsx")"#);
    assert!(ok, "{out}");
    let file = std::fs::File::open(dir.join("t.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "xl/styles.xml",
    ] {
        assert!(zip.by_name(part).is_ok(), "{part} missing");
    }
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet)
        .unwrap();
    let data = &sheet[sheet.find("<sheetData>").unwrap()..];
    assert_eq!(
        data,
        "<sheetData>\
<row r=\"1\"><c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">cadre</t></is></c>\
<c r=\"B1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">ratio</t></is></c>\
<c r=\"C1\" t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">need (h)</t></is></c></row>\
<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Perawat</t></is></c>\
<c r=\"B2\"><v>0.464</v></c><c r=\"C2\"><v>155040</v></c></row>\
<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Bidan &quot;desa&quot;</t></is></c>\
<c r=\"B3\"><v>1.5</v></c><c r=\"C3\"><v>12.34567</v></c></row>\
</sheetData></worksheet>"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_failed_export_leaves_the_existing_file_whole_and_no_temporary() {
    let dir = scratch("fail");
    let target = dir.join("t.csv");
    std::fs::write(&target, "previous results\n").unwrap();
    // An unknown format is refused before anything is written.
    let (out, ok) = export(&dir, r#"export(t, "DIR/t.csv", format: "docx")"#);
    assert!(!ok && out.contains("[E0701]"), "{out}");
    // A table argument that is not a table fails before the write starts too.
    let (out, ok) = export(&dir, r#"export(42, "DIR/t.csv")"#);
    assert!(!ok && out.contains("[E0402]"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&target).unwrap(),
        "previous results\n"
    );
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["t.csv"]);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_list_of_records_exports_as_a_table() {
    let dir = scratch("records");
    let src = format!(
        "let rows = [{{ cadre: \"Perawat\", ratio: 0.5 }}, {{ cadre: \"Bidan\", ratio: 1.25 }}]\nexport(rows, \"{}/r.csv\")\n",
        dir.display()
    );
    let (out, ok) = run_to_string("r.wl", &src);
    assert!(ok, "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.join("r.csv")).unwrap(),
        "cadre,ratio\nPerawat,0.5\nBidan,1.25\n"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
