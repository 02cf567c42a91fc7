//! Numbers written for programs keep every bit (issue 12 item 1): `--format json` and `csv`,
//! and `export` to CSV, JSON and .xlsx write the shortest text that reads back as the same
//! f64, so 4e-12 is no longer written as 0; `decimals:` still fixes the decimals. Text output
//! keeps its readable default and follows `--digits`, `--decimals` and `set_display`.
//!
//! Expected texts are Python's `repr` of the same doubles (the shortest round-trip form):
//! repr(4e-12) = '4e-12', repr(1/3) = '0.3333333333333333', repr(2/3) = '0.6666666666666666'.

// R's reference literals are kept as R printed them (17 significant digits).
#![allow(clippy::excessive_precision)]

use std::io::Read;
use wl::engine::run_to_string_with;
use wl::output::{Format, OutputSettings, Shown};

fn run(src: &str, format: Format, shown: Shown) -> String {
    let (out, ok) = run_to_string_with(
        "t.wl",
        src,
        OutputSettings {
            format,
            shown,
            ..Default::default()
        },
    );
    assert!(ok, "{out}");
    out
}

const TINY: &str = "let t = table { id: [1, 2], x: [0.000000000004, 1/3] }\n";

#[test]
fn json_keeps_every_digit_and_writes_columns_as_arrays() {
    let out = run(
        &format!("{TINY}print t\nprint 0.000000000004\nprint t.x\nprint {{ p: 2/3, w: 20 min }}\n"),
        Format::Json,
        Shown::Default,
    );
    assert_eq!(
        out,
        "[{\"id\": 1, \"x\": 4e-12}, {\"id\": 2, \"x\": 0.3333333333333333}]\n\
         4e-12\n\
         [4e-12, 0.3333333333333333]\n\
         {\"p\": 0.6666666666666666, \"w (min)\": 20}\n"
    );
    // A column with a unit is an array with the unit beside it, as a quantity is.
    let out = run(
        "let t = table { m: [20, 30] min }\nprint t.m\n",
        Format::Json,
        Shown::Default,
    );
    assert_eq!(out, "{\"value\": [20, 30], \"unit\": \"min\"}\n");
}

#[test]
fn csv_output_keeps_every_digit() {
    let out = run(
        &format!("{TINY}print t\nprint {{ p: 0.000000000004 }}\nprint 2/3\n"),
        Format::Csv,
        Shown::Default,
    );
    assert_eq!(
        out,
        "id,x\n1,4e-12\n2,0.3333333333333333\nfield,value\np,4e-12\n0.6666666666666666\n"
    );
}

#[test]
fn text_keeps_its_readable_default_and_follows_the_digits_asked_for() {
    let src = "print 2/3\nprint 1234567.891\nprint 0.000000000004\n";
    assert_eq!(
        run(src, Format::Text, Shown::Default),
        "0.6666666667\n1234567.891\n0\n"
    );
    // 4 significant digits (the whole part is never rounded); 4e-12 then shows.
    assert_eq!(
        run(src, Format::Text, Shown::Digits(4)),
        "0.6667\n1234568\n4e-12\n"
    );
    assert_eq!(
        run(src, Format::Text, Shown::Decimals(2)),
        "0.67\n1234567.89\n0\n"
    );
    // Markdown is for reading too.
    assert_eq!(
        run(
            "print table { x: [2/3] }\n",
            Format::Markdown,
            Shown::Decimals(2)
        ),
        "|    x |\n| ---: |\n| 0.67 |\n"
    );
}

#[test]
fn a_script_sets_the_digits_with_set_display() {
    let out = run(
        "print 2/3\nset_display(digits: 3)\nprint 2/3\nprint [1/3, 2/3]\nset_display(decimals: 1)\nprint 2/3\nset_display()\nprint 2/3\n",
        Format::Text,
        Shown::Default,
    );
    assert_eq!(
        out,
        "0.6666666667\n0.667\n[0.333, 0.667]\n0.7\n0.6666666667\n"
    );
    // JSON ignores it: programs get every digit.
    let out = run(
        "set_display(digits: 2)\nprint 2/3\n",
        Format::Json,
        Shown::Default,
    );
    assert_eq!(out, "0.6666666666666666\n");
    for (src, msg) in [
        (
            "set_display(digits: 0)",
            "0 significant digits is outside 1 to 15",
        ),
        (
            "set_display(decimals: 16)",
            "16 decimals is outside 0 to 15",
        ),
        ("set_display(digits: 3, decimals: 2)", "not both"),
    ] {
        let (out, ok) = wl::run_to_string("t.wl", &format!("{src}\n"));
        assert!(
            !ok && out.contains("E0405") && out.contains(msg),
            "{src}: {out}"
        );
    }
}

fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("wl-precision-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn exports_keep_every_digit_unless_decimals_are_asked_for() {
    let dir = scratch("export");
    let d = dir.display();
    let src = format!(
        "{TINY}export(t, \"{d}/t.csv\")\nexport(t, \"{d}/t.json\")\nexport(t, \"{d}/t.xlsx\")\nexport(t, \"{d}/t4.csv\", decimals: 4)\n"
    );
    let (out, ok) = wl::run_to_string("e.wl", &src);
    assert!(ok, "{out}");
    let read = |n: &str| std::fs::read_to_string(dir.join(n)).unwrap();
    assert_eq!(read("t.csv"), "id,x\n1,4e-12\n2,0.3333333333333333\n");
    assert_eq!(read("t4.csv"), "id,x\n1,0.0000\n2,0.3333\n");
    assert_eq!(
        read("t.json"),
        "[\n  {\"id\": 1, \"x\": 4e-12},\n  {\"id\": 2, \"x\": 0.3333333333333333}\n]\n"
    );
    let file = std::fs::File::open(dir.join("t.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet)
        .unwrap();
    assert!(sheet.contains("<c r=\"B2\"><v>4e-12</v></c>"), "{sheet}");
    assert!(
        sheet.contains("<c r=\"B3\"><v>0.3333333333333333</v></c>"),
        "{sheet}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_cli_takes_digits_and_decimals() {
    let dir = scratch("cli");
    let file = dir.join("s.wl");
    std::fs::write(&file, "print 2/3\n").unwrap();
    let wl = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
            .arg("run")
            .args(args)
            .arg(&file)
            .output()
            .unwrap()
    };
    let out = wl(&["--digits", "3"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0.667\n");
    let out = wl(&["--decimals", "1"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "0.7\n");
    for bad in [
        &["--digits", "0"][..],
        &["--decimals", "16"],
        &["--digits", "3", "--decimals", "2"],
    ] {
        assert_eq!(wl(bad).status.code(), Some(2), "{bad:?}");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn statistics_records_keep_the_computed_double() {
    // The kernel's own double for seed 002's Pearson p (R: 0.044147124184089302) reaches JSON
    // bit for bit, not cut to 15 significant digits.
    let ct = wl::stats::crosstab(&[vec![32.0, 13.0], vec![31.0, 29.0]]).unwrap();
    let out = run(
        "print crosstab([[32, 13], [31, 29]]).pearson.p\n",
        Format::Json,
        Shown::Default,
    );
    let p: f64 = out.trim().parse().unwrap();
    assert_eq!(p.to_bits(), ct.tests.pearson.p.to_bits(), "{out}");
    assert!((p - 0.044147124184089302).abs() < 1e-15, "{out}");
    // Text still shows it for reading.
    let text = run(
        "print crosstab([[32, 13], [31, 29]]).pearson.p\n",
        Format::Text,
        Shown::Default,
    );
    assert_eq!(text, "0.0441471242\n");
}

#[test]
fn explain_shows_its_steps_with_the_digits_asked_for() {
    // 2/3 at 3 significant digits is 0.667; 2/3 + 1 = 5/3 = 1.666... is 1.67 at 3 digits.
    let src = "fn f(x) { x + 1 }\nset_display(digits: 3)\nexplain f(2/3)\n";
    let out = run(src, Format::Text, Shown::Default);
    assert!(out.contains("= 0.667 + 1"), "{out}");
    assert!(out.ends_with("= 1.67\n"), "{out}");
    assert!(!out.contains("0.6666666667"), "{out}");
    // `--digits` on the command line does the same.
    let out = run(
        "fn f(x) { x + 1 }\nexplain f(2/3)\n",
        Format::Text,
        Shown::Digits(3),
    );
    assert!(
        out.ends_with("= 1.67\n") && !out.contains("1.6666666667"),
        "{out}"
    );
}
