//! Reading CSV and .xlsx into tables: types, missing values, and the diagnostics for bad files
//! (each names the file, the row or line, and the column). `tests/data/survey.xlsx` is made by
//! `tests/data/make_survey_xlsx.py`; its contents are listed there.

use wl::engine::Session;

/// Run at the repository root, so that data paths resolve as in the examples.
fn run(src: &str) -> (String, bool) {
    let buf = wl::SharedBuf::default();
    let mut s = Session::new(Box::new(buf.clone()));
    let name = concat!(env!("CARGO_MANIFEST_DIR"), "/test.wl");
    match s.run(name, src) {
        Ok(_) => (buf.take(), true),
        Err(d) => (format!("{}{}", buf.take(), s.render(&d, false)), false),
    }
}

fn ok(src: &str) -> String {
    let (out, ok) = run(src);
    assert!(ok, "{out}");
    out
}

fn fails(src: &str, code: &str, needles: &[&str]) {
    let (out, ok) = run(src);
    assert!(!ok, "should fail:\n{out}");
    assert!(out.contains(code), "expected {code}:\n{out}");
    for n in needles {
        assert!(out.contains(n), "expected {n:?} in:\n{out}");
    }
}

#[test]
fn csv_types_quotes_and_missing() {
    let out = ok(
        r#"let t = parse_csv("nama,skor,kode\n\"Séparí, III\",3,A1\nJ,NA,7\nMA,,B\n", missing: ["NA"])
print keys(t)
print t.nama
print t.skor
let d = descriptives([1, 2] + t.skor)
print [d.n, d.missing]
"#,
    );
    assert_eq!(
        out,
        "[\"nama\", \"skor\", \"kode\"]\n[\"Séparí, III\", \"J\", \"MA\"]\n[3, missing, missing]\n[3, 2]\n"
    );
}

#[test]
fn semicolons_and_decimal_commas() {
    let out = ok("let t = parse_csv(\"a;b\\n3,5;1\\n2;4,25\\n\", delimiter: \";\", decimal: \",\")\nprint t.a\nprint t.b\n");
    assert_eq!(out, "[3.5, 2]\n[1, 4.25]\n");
}

#[test]
fn text_option_keeps_codes_as_text() {
    let out = ok("let t = parse_csv(\"id\\n007\\nX1\\n\", text: [\"id\"])\nprint t.id\n");
    assert_eq!(out, "[\"007\", \"X1\"]\n");
}

#[test]
fn csv_file_relative_to_the_script() {
    let out = ok("let t = read_csv(\"examples/data/seed004_master_data.csv\")\nprint len(t)\nprint t.nama[0]\n");
    assert_eq!(out, "45\nGPR\n");
}

#[test]
fn csv_errors_name_file_line_and_column() {
    fails(
        "let t = parse_csv(\"a,b\\n1,2\\n3\\n\")",
        "E0602",
        &["line 3", "column 2 (`b`) is missing"],
    );
    fails(
        "let t = parse_csv(\"a,b\\n1,2\\n3,x\\n\")",
        "E0603",
        &["line 3", "column 2 (`b`)", "\"x\""],
    );
    fails(
        "let t = read_csv(\"tests/data/none.csv\")",
        "E0601",
        &["tests/data/none.csv", "no such file"],
    );
    fails(
        "let t = parse_csv(\"a,,c\\n1,2,3\\n\")",
        "E0604",
        &["column 2"],
    );
}

#[test]
fn xlsx_first_sheet_with_missing_codes() {
    let out = ok(
        r#"let t = read_xlsx("tests/data/survey.xlsx", missing: { p1: ["NA"] })
print keys(t)
print t.nama
print t.p1
print t.p2
let r = reliability(select(t, ["p1", "p3"]))
print [r.cases.valid, r.cases.excluded]
"#,
    );
    assert_eq!(
        out,
        "[\"id\", \"nama\", \"p1\", \"p2\", \"p3\"]\n[\"GPR\", \"J\", \"MA\", \"R\", \"NA\"]\n[1, 2, 2, 1, missing]\n[1, 1, missing, 1, 1]\n[4, 1]\n"
    );
}

#[test]
fn xlsx_errors_give_excel_rows_and_column_letters() {
    fails(
        "let t = read_xlsx(\"tests/data/survey.xlsx\")",
        "E0603",
        &["row 6", "column C (`p1`)", "\"NA\""],
    );
    fails(
        "let t = read_xlsx(\"tests/data/survey.xlsx\", sheet: \"Usia\")",
        "E0603",
        &["row 4", "column B (`umur`)", "\"tua\""],
    );
    fails(
        "let t = read_xlsx(\"tests/data/survey.xlsx\", sheet: \"usia\")",
        "E0606",
        &["\"Kuesioner\", \"Usia\""],
    );
    fails(
        "let t = read_xlsx(\"examples/data/seed004_master_data.csv\")",
        "E0601",
        &["Excel workbook"],
    );
}

#[test]
fn xlsx_named_sheet() {
    let out = ok("let t = read_xlsx(\"tests/data/survey.xlsx\", sheet: \"Usia\", text: [\"umur\"])\nprint t.umur\n");
    assert_eq!(out, "[\"41\", \"29.5\", \"tua\"]\n");
}

#[test]
fn missing_codes_for_every_column_also_blank_a_name_called_na() {
    // Seed 004 has a respondent whose initials are "NA": per-column codes keep her.
    let out =
        ok("let t = read_xlsx(\"tests/data/survey.xlsx\", missing: [\"NA\"])\nprint t.nama[4]\n");
    assert_eq!(out, "missing\n");
}
