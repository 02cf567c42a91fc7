//! The HTML report as a document, without a browser (tests/report_browser.rs renders it in
//! one): its sections, links from audits and warnings to the script's lines, the checksums of
//! the script and the data it read, and labels in the report's language only.

mod common;

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use wl::number::Locale;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-report-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The report of `text` saved as `dir/contoh.wl`, run in `locale`.
fn report(dir: &Path, text: &str, locale: Locale) -> String {
    common::report::report_of(dir, "contoh.wl", text, locale).0
}

const SCRIPT: &str = "# Puskesmas Contoh: kebutuhan perawat 2026.
# Dihitung dengan WISN.

calendar pkm {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  allowance = 30%
}
cadre perawat in pkm {
  current_staff = 3
  activity \"Rawat jalan\" { standard = 20 min per visit; volume = 12000 visits }
}
let data = read_csv(\"staff.csv\")
print data
audit 21 / 45 reported 46.7%
audit 45 / 105 reported 41.7%
let unused = 52 * 5
  - 15
print round(wisn(perawat).required, 2)
";

#[test]
fn sections_links_and_checksums() {
    let dir = scratch("en");
    std::fs::write(dir.join("staff.csv"), "cadre,staff\nPerawat,3\n").unwrap();
    let html = report(&dir, SCRIPT, Locale::En);
    for id in [
        "summary",
        "calendars",
        "cadres",
        "results",
        "audits",
        "derivations",
        "script",
    ] {
        assert!(html.contains(&format!("<section id=\"{id}\"")), "no {id}");
    }
    // The title is the first sentence of the first comment.
    assert!(html.contains("<h1>Puskesmas Contoh: kebutuhan perawat 2026</h1>"));
    // Each audit links to its own line (16 and 17), the warning W0102 to line 19, where the
    // dropped `- 15` is.
    assert!(
        html.contains(
            "-&gt; consistent at 1 decimal</td><td> <a class=\"line\" href=\"#L16\">line 16</a>"
        ),
        "{html}"
    );
    assert!(html.contains("href=\"#L17\""));
    let w = html
        .find("<code>W0102</code>")
        .expect("the warning is listed");
    assert!(html[w..]
        .split("</div>")
        .next()
        .unwrap()
        .contains("href=\"#L19\""));
    assert!(html.contains("<li id=\"L19\">  - 15</li>"));
    // Checksums, compared with GNU coreutils' sha256sum of the same files.
    for file in ["contoh.wl", "staff.csv"] {
        let sum = Command::new("sha256sum")
            .arg(dir.join(file))
            .output()
            .unwrap();
        let sum = String::from_utf8(sum.stdout).unwrap();
        let sum = sum.split(' ').next().unwrap();
        assert_eq!(sum.len(), 64);
        assert!(
            html.contains(sum),
            "{file}'s checksum {sum} is not in the report"
        );
    }
    // The cadre's WISN figures: AWT (260 - 27) x 8 = 1864 h; 12000 visits x 20 min = 4000 h;
    // required 4000 / 1864 = 2.1459227468.
    assert!(html.contains("2.1459227468"), "{html}");
    assert!(html.contains("1864 h"));
    assert!(html.contains("Content-Security-Policy"));
}

#[test]
fn an_indonesian_report_has_no_english_label() {
    let dir = scratch("id");
    std::fs::write(dir.join("staff.csv"), "cadre,staff\nPerawat,3\n").unwrap();
    let html = report(&dir, SCRIPT, Locale::Id);
    assert!(html.contains("<html lang=\"id\">"));
    assert!(html.contains("2,1459227468"), "decimal comma");
    // The audit lines are Indonesian too.
    assert!(
        html.contains("dilaporkan 46,7%, dihitung ulang 46,667% -&gt; konsisten pada 1 desimal"),
        "{html}"
    );
    assert!(
        html.contains("-&gt; TIDAK konsisten (selisih 1,157%)"),
        "{html}"
    );
    // The report's own words and the audit lines: not the script (its appendix), not the
    // diagnostics and derivations (which the message catalogue translates).
    let text = common::report::main_text(
        &html,
        &[
            ("<section id=\"script\"", "</section>"),
            ("<div class=\"diag", "</div>"),
            ("<pre", "</pre>"),
            ("<details", "</details>"),
        ],
    );
    for (key, en, id) in wl::html::labels::all() {
        if en != id && !id.contains(en) {
            assert!(
                !text.contains(en),
                "English label {key} ({en:?}) in an Indonesian report:\n{text}"
            );
        }
    }
}

#[test]
fn a_report_title_set_in_the_script_is_the_title() {
    let dir = scratch("title");
    let html = report(
        &dir,
        "# not this\nlet report_title = \"Puskesmas Séparí 2026\"\nprint 1\n",
        Locale::En,
    );
    assert!(html.contains("<title>Puskesmas Séparí 2026</title>"));
    assert!(html.contains("<h1>Puskesmas Séparí 2026</h1>"));
}

#[test]
fn a_run_that_fails_still_reports_what_it_computed_and_the_error() {
    let dir = scratch("failed");
    let html = report(&dir, "print 1 + 1\nprint 30 min + 2 visits\n", Locale::En);
    assert!(html.contains("class=\"failed\""));
    let e = html.find("diag error").expect("the error is listed");
    assert!(html[e..].contains("href=\"#L2\""));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// The report's SHA-256 is coreutils' for any bytes (lengths around the 55/56/64-byte
    /// padding edges included).
    #[test]
    fn checksums_agree_with_sha256sum(data in proptest::collection::vec(any::<u8>(), 0..300)) {
        let dir = scratch("sha");
        let path = dir.join(format!("{}.bin", data.len()));
        std::fs::write(&path, &data).unwrap();
        let out = Command::new("sha256sum").arg(&path).output().unwrap();
        let expected = String::from_utf8(out.stdout).unwrap();
        prop_assert_eq!(wl::html::sha256::hex(&data), expected.split(' ').next().unwrap());
    }
}

/// The rows of the first table of `html` after `from`: (difference value, printed or not).
fn printed_rows(html: &str, from: &str) -> Vec<(i64, bool)> {
    let t = &html[html.find(from).unwrap()..];
    let body = &t[t.find("<tbody>").unwrap()..t.find("</tbody>").unwrap()];
    body.split("<tr")
        .skip(1)
        .map(|row| {
            let v = row.split("data-v=\"").nth(1).unwrap();
            let v: i64 = v[..v.find('"').unwrap()].parse().unwrap();
            (v, !row.starts_with(" class=\"screen-only\""))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// A table of more than 50 rows prints its first 50 in the order shown: for a batch's
    /// differences, the 50 largest shortages (the most negative), and a note says how many rows
    /// the screen has; a table of 50 rows or fewer prints whole, with no note.
    #[test]
    fn a_long_table_prints_its_largest_shortages(
        diffs in proptest::collection::vec(-500i64..500, 5..130)
    ) {
        let dir = scratch("print");
        let lines: Vec<String> = diffs
            .iter()
            .enumerate()
            .map(|(i, d)| format!("F{i},{d}"))
            .collect();
        std::fs::write(dir.join("d.csv"), format!("facility,difference\n{}\n", lines.join("\n")))
            .unwrap();
        let html = report(&dir, "print read_csv(\"d.csv\")\n", Locale::En);
        let rows = printed_rows(&html, "<section id=\"results\"");
        let mut sorted = diffs.clone();
        sorted.sort();
        let shown: Vec<i64> = rows.iter().map(|r| r.0).collect();
        prop_assert_eq!(&shown, &sorted, "largest shortage first");
        let printed: Vec<i64> = rows.iter().filter(|r| r.1).map(|r| r.0).collect();
        prop_assert_eq!(&printed[..], &sorted[..sorted.len().min(50)]);
        let note = format!("Printed: the first 50 of these {} rows", diffs.len());
        prop_assert_eq!(html.contains(&note), diffs.len() > 50);
        prop_assert_eq!(html.contains("data-print-rows=\"50\""), diffs.len() > 50);
    }
}

#[test]
fn the_print_note_is_indonesian_with_grouped_numbers() {
    let dir = scratch("print-id");
    let lines: Vec<String> = (0..1200).map(|i| format!("F{i},{}", i % 37 - 18)).collect();
    std::fs::write(
        dir.join("d.csv"),
        format!("facility,difference\n{}\n", lines.join("\n")),
    )
    .unwrap();
    let html = report(&dir, "print read_csv(\"d.csv\")\n", Locale::Id);
    assert!(
        html.contains("Dicetak: 50 baris pertama dari 1.200 baris ini"),
        "1200 grouped as 1.200"
    );
    assert_eq!(html.matches("class=\"screen-only\"").count(), 1150);
}
