//! `--format` and `--locale`: what `print` writes, checked against output written out by hand.

use wl::output::{Format, Locale, OutputSettings};
use wl::run_to_string_with;

const SCRIPT: &str = r#"let t = table {
  cadre: ["Perawat", "Bidan, desa"],
  ratio: [0.464, 1.5],
  need: [155040, 12] h,
  pressure: ["high", "low"],
}
print t
print { awt: 1720 h, ratio: 0.464, category: "medium" }
print 1234567.5
"#;

fn run(format: Format, locale: Locale) -> String {
    let (out, ok) = run_to_string_with(
        "t.wl",
        SCRIPT,
        OutputSettings {
            format,
            locale,
            ..Default::default()
        },
    );
    assert!(ok, "{out}");
    out
}

#[test]
fn text_in_english_is_unchanged() {
    assert_eq!(
        run(Format::Text, Locale::En),
        "\
cadre        ratio  need (h)  pressure
-----------  -----  --------  --------
Perawat      0.464    155040  high
Bidan, desa    1.5        12  low
{ awt: 1720 h, ratio: 0.464, category: \"medium\" }
1234567.5
"
    );
}

#[test]
fn text_in_indonesian_has_decimal_commas_thousands_dots_and_labels() {
    assert_eq!(
        run(Format::Text, Locale::Id),
        // Category words in Indonesian; the field names and column headers are the script's
        // own and stay as written (only the stdlib's result labels are translated:
        // number::labels::FIELDS).
        "\
cadre        ratio  need (h)  pressure
-----------  -----  --------  --------
Perawat      0,464   155.040  tinggi
Bidan, desa    1,5        12  rendah
{ awt: 1.720 h, ratio: 0,464, category: \"sedang\" }
1.234.567,5
"
    );
}

#[test]
fn csv() {
    assert_eq!(
        run(Format::Csv, Locale::En),
        "\
cadre,ratio,need (h),pressure
Perawat,0.464,155040,high
\"Bidan, desa\",1.5,12,low
field,value
awt (h),1720
ratio,0.464
category,medium
1234567.5
"
    );
}

#[test]
fn csv_in_indonesian_uses_semicolons_and_no_thousands_separator() {
    assert_eq!(
        run(Format::Csv, Locale::Id),
        // The script's own headers and field names as written; the header wl writes for a
        // record's pairs (`value`) and the category words in Indonesian.
        "\
cadre;ratio;need (h);pressure
Perawat;0,464;155040;tinggi
Bidan, desa;1,5;12;rendah
field;nilai
awt (h);1720
ratio;0,464
category;sedang
1234567,5
"
    );
}

#[test]
fn json_is_one_value_per_print_and_ignores_the_locale() {
    // JSON Lines: the table is one line.
    let expected = "\
[{\"cadre\": \"Perawat\", \"ratio\": 0.464, \"need (h)\": 155040, \"pressure\": \"high\"}, \
{\"cadre\": \"Bidan, desa\", \"ratio\": 1.5, \"need (h)\": 12, \"pressure\": \"low\"}]
{\"awt (h)\": 1720, \"ratio\": 0.464, \"category\": \"medium\"}
1234567.5
";
    assert_eq!(run(Format::Json, Locale::En), expected);
    assert_eq!(run(Format::Json, Locale::Id), expected);
}

#[test]
fn markdown() {
    assert_eq!(
        run(Format::Markdown, Locale::En),
        "\
| cadre       | ratio | need (h) | pressure |
| ----------- | ----: | -------: | -------- |
| Perawat     | 0.464 |   155040 | high     |
| Bidan, desa |   1.5 |       12 | low      |
| field    | value  |
| -------- | ------ |
| awt (h)  | 1720   |
| ratio    | 0.464  |
| category | medium |
1234567.5
"
    );
}

#[test]
fn audits_follow_the_locale() {
    let (out, _) = run_to_string_with(
        "a.wl",
        "audit 21 / 45 reported 46.7%\n",
        OutputSettings {
            format: Format::Text,
            locale: Locale::Id,
            ..Default::default()
        },
    );
    assert!(
        out.starts_with("audit 21 / 45: dilaporkan 46,7%, dihitung ulang 46,667% -> konsisten"),
        "{out}"
    );
}

#[test]
fn spss_tables_follow_the_locale() {
    // Seed 002's competence table: Pearson chi-square 4.051, p 0.044 (SPSS, as the paper prints).
    let (out, ok) = run_to_string_with(
        "c.wl",
        "print crosstab([[32, 13], [31, 29]])\n",
        OutputSettings {
            format: Format::Text,
            locale: Locale::Id,
            ..Default::default()
        },
    );
    assert!(ok, "{out}");
    assert!(out.contains("4,051a"), "{out}");
    assert!(out.contains("0,044"), "{out}");
}

#[test]
fn the_cli_takes_format_and_locale() {
    let dir = std::env::temp_dir().join(format!("wl-cli-format-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("s.wl");
    std::fs::write(&file, "print 0.464\nprint 155040\n").unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", "--format", "csv", "--locale", "id"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0,464\n155040\n");
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", "--format", "docx"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(dir).unwrap();
}
