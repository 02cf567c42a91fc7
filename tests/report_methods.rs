//! The report's per-cadre section lays out the method the script used, with the arguments it
//! gave: ABK-Kes in Renbut's layout, Kepmenkes 81's worksheet, WISN in WHO's (the default when
//! the script used no method for a cadre), each with its figures, its counted and not-counted
//! tasks and the rule for whole persons; in Indonesian under `--locale id`.

mod common;

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use wl::engine::Session;
use wl::number::Locale;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-report-m-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The report of `text`, saved and run as `dir/skrip.wl` in `locale`; the run must succeed.
fn report(dir: &Path, text: &str, locale: Locale) -> String {
    let (html, failed) = common::report::report_of(dir, "skrip.wl", text, locale);
    assert!(!failed, "the script failed:\n{text}");
    html
}

fn example(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(root.join("examples").join(name)).unwrap()
}

/// The cadres section's HTML.
fn cadres(html: &str) -> &str {
    let a = html
        .find("<section id=\"cadres\"")
        .expect("a cadres section");
    let b = html[a..].find("</section>").unwrap();
    &html[a..a + b]
}

/// The part of the cadres section for the cadre declared as `name`.
fn cadre<'a>(html: &'a str, name: &str) -> &'a str {
    let s = cadres(html);
    // A heading is the cadre's name, or its label then the name in code.
    let a = s
        .find(&format!("<h3>{name} "))
        .or_else(|| {
            let at = s.find(&format!(" <code>{name}</code>"))?;
            s[..at].rfind("<h3>")
        })
        .unwrap_or_else(|| panic!("no cadre {name}:\n{s}"));
    let b = s[a + 4..].find("<h3>").map_or(s.len(), |e| a + 4 + e);
    &s[a..b]
}

/// The text of an HTML fragment: tags dropped, `&amp;` undone.
fn text(html: &str) -> String {
    let mut out = String::new();
    let mut tag = false;
    for c in html.chars() {
        match c {
            '<' => tag = true,
            '>' => tag = false,
            c if !tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&").replace("&#39;", "'")
}

/// Each table in `html`: its body rows, each the text of its non-empty cells.
fn tables(html: &str) -> Vec<Vec<Vec<String>>> {
    html.split("<tbody>")
        .skip(1)
        .map(|t| {
            let body = t.split("</tbody>").next().unwrap();
            body.split("<tr")
                .skip(1)
                .map(|row| {
                    row.split("<td")
                        .skip(1)
                        .map(|c| text(&format!("<td{c}")).trim().to_string())
                        .filter(|c| !c.is_empty())
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// The rows of a printed table (`wl run`'s text) whose first column is `first`, each its
/// cells after the first as the text output splits them (runs of two or more spaces).
fn printed_rows(out: &str, first: &str) -> Vec<Vec<String>> {
    out.lines()
        .filter(|l| l.starts_with(first))
        .map(|l| {
            l[first.len()..]
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect()
        })
        .collect()
}

#[test]
fn the_abk_kes_example_has_renbut_tables_with_the_printed_figures() {
    let dir = scratch("abk");
    let html = report(&dir, &example("abk_kes_puskesmas.wl"), Locale::En);
    let section = cadres(&html);
    assert!(
        !section.contains("without a calendar") && !section.contains("has no calendar"),
        "no note that WISN needs a calendar:\n{section}"
    );
    // No WISN for a cadre the script computed ABK-Kes for: no WHO table, no ratio chart.
    assert!(!section.contains("<svg"), "{section}");
    let terampil = cadre(&html, "bidan_terampil");
    // Headed by the label the script gave (`label = "Bidan Terampil"`), then the identifier.
    assert!(
        terampil.starts_with("<h3>Bidan Terampil <code>bidan_terampil</code>"),
        "{terampil}"
    );
    assert!(terampil.contains("ABK-Kes (PMK 33/2015), in the layout of Renbut's ABK report"));
    assert!(terampil.contains("href=\"#L36\""), "linked to the call");
    assert!(terampil.contains("abk_kes_table(bidan_terampil, wkt: 1200 h per year)"));
    // The rows are those `wl run` prints (examples/abk_kes_puskesmas.out, which
    // tests/examples.rs keeps equal to the run's output): each task row's cells, and the total
    // row's figures in the table of totals (whose caption is the row's name, "Jumlah").
    let printed = printed_rows(&example("abk_kes_puskesmas.out"), "Bidan Terampil");
    let t = tables(terampil);
    assert_eq!(t.len(), 2, "{terampil}");
    assert_eq!(t[0].len() + t[1].len(), printed.len());
    for (shown, row) in t[0].iter().zip(&printed) {
        assert_eq!(shown, row);
    }
    let total = printed.last().unwrap();
    assert_eq!(&total[..2], ["Jumlah", "jumlah"]);
    assert_eq!(t[1][0], total[2..]);
    // The figures, by hand (the example's header): JKT = 1 + 0.2 + 0.3 + 0.2 = 1.7, FTP = 2% +
    // 8% = 10%, STP = 1 / 0.9, total = 1.7 / 0.9 = 1.8888888889, need 2, one in post: gap -1,
    // "kurang". Immunisation is listed, not counted, with its reason, and needs 0.
    assert_eq!(
        t[1][0],
        [
            "10",
            "72000",
            "1.7",
            "1.1111111111",
            "1.8888888889",
            "2",
            "1",
            "-1",
            "kurang"
        ]
    );
    assert_eq!(
        t[0][4],
        [
            "Imunisasi bayi",
            "tugas pokok",
            "no: dilakukan oleh perawat",
            "suntikan",
            "1800",
            "10",
            "7200",
            "0"
        ]
    );
    assert!(terampil.contains("<tr class=\"excluded\"><td>Imunisasi bayi</td>"));
    assert!(text(terampil).contains("Need: 2 whole persons (JKT × STP = 1.8888888889)"));
    assert!(text(terampil).contains("72000 min, as the script gives it"));
    // The whole-person rule, stated with its source.
    assert!(terampil.contains("Whole persons by Renbut's rule"));
    assert!(terampil.contains("0.4 needs 0, 0.5 needs 1"));
    // Bidan Koordinator, from `abk_kes` (not the table): STP 1.25 as printed, JKT 324 x 60 /
    // 72000 = 0.27, total 0.3375, below half a person: 0 whole persons; one in post, gap 1.
    let koordinator = cadre(&html, "bidan_koordinator");
    assert!(koordinator.contains("abk_kes(bidan_koordinator, wkt: 1200 h per year)"));
    let t = tables(koordinator);
    assert_eq!(
        t[0][1],
        ["STP as printed (1.25)", "tugas penunjang", "20"],
        "STP 1.25 is an FTP of 1 - 1 / 1.25 = 20%"
    );
    assert_eq!(
        t[1][0],
        ["20", "72000", "0.27", "1.25", "0.3375", "0", "1", "1", "lebih"]
    );
}

/// A Kepmenkes 81 worksheet, by hand. WKT = 1200 h = 72000 min. Triase: SBK 72000 / 10 = 7200,
/// need 7200 / 7200 = 1. Tindakan: SBK 72000 / 30 = 2400, need 1200 / 2400 = 0.5. Edukasi: SBK
/// 72000 / 15 = 4800, not counted (need 0). Sum 1.5. The meeting, 2 h a month = 1440 min a year
/// = 2% of WKT: SK 0.02, added once. Need 1.52, whole (half up) 2.
const K81: &str = "# Perawat IGD, Kepmenkes 81/2004.
cadre perawat_igd {
  label = \"Perawat IGD\"
  activity \"Triase\" { standard = 10 min per pasien; volume = 7200 pasien }
  activity \"Tindakan\" { standard = 30 min per tindakan; volume = 1200 tindakan }
  activity \"Edukasi\" {
    standard = 15 min per pasien
    volume = 100 pasien
    include = false
    reason = \"oleh petugas promkes\"
  }
  support \"Rapat\" = 2 h per month
}
let k = kepmenkes_81(perawat_igd, wkt: 1200 h per year)
print k.need
";

#[test]
fn a_kepmenkes_81_script_has_its_worksheet() {
    let dir = scratch("k81");
    let html = report(&dir, K81, Locale::En);
    let s = cadre(&html, "perawat_igd");
    assert!(s.contains("Kepmenkes 81/2004 worksheet"), "{s}");
    assert!(s.contains("kepmenkes_81(perawat_igd, wkt: 1200 h per year)"));
    assert!(!s.contains("has no calendar"), "{s}");
    assert!(
        text(s).contains("Need: 1.52 (sum of the tasks 1.5 + SK 0.02)"),
        "{s}"
    );
    let t = tables(s);
    assert_eq!(
        t[0],
        [
            vec![
                "Triase",
                "kegiatan pokok",
                "yes",
                "pasien",
                "7200",
                "10",
                "7200",
                "1"
            ],
            vec![
                "Tindakan",
                "kegiatan pokok",
                "yes",
                "tindakan",
                "1200",
                "30",
                "2400",
                "0.5"
            ],
            vec![
                "Edukasi",
                "kegiatan pokok",
                "no: oleh petugas promkes",
                "pasien",
                "100",
                "15",
                "4800",
                "0"
            ],
            vec!["Rapat", "kelonggaran", "0.02"],
        ]
    );
    // The total row: need 1.52, SK 0.02, WKT 72000, sum 1.5, whole 2.
    assert_eq!(t[1], [vec!["1.52", "0.02", "72000", "1.5", "2"]]);
    assert!(s.contains("added once to the sum"));
}

/// A cadre in a calendar: WISN where the script used it, ABK-Kes where it did, each with the
/// script's arguments. AWT (260 - 27) x 8 h = 1864 h; the work 12000 x 20 min = 4000 h. WISN
/// needs 4000 / 1864 = 2.1459227468. ABK-Kes at 1200 h: JKT = 4000 / 1200 = 3.3333333333, no
/// supporting tasks (STP 1), rounded up as the script asks: 4 (half up would give 3).
const BOTH: &str = "# Puskesmas Contoh.
calendar pkm {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
}
cadre perawat in pkm {
  current_staff = 3
  activity \"Rawat jalan\" { standard = 20 min per visit; volume = 12000 visits }
}
cadre bidan in pkm {
  current_staff = 3
  activity \"Rawat jalan\" { standard = 20 min per visit; volume = 12000 visits }
}
print round(wisn(perawat).required, 4)
print abk_kes(perawat, wkt: 1200 h per year, rounding: \"ceil\").needed
print abk_kes(bidan, wkt: 1200 h per year).needed
";

#[test]
fn each_method_a_script_used_is_shown_with_its_arguments() {
    let dir = scratch("both");
    let html = report(&dir, BOTH, Locale::En);
    let perawat = cadre(&html, "perawat");
    assert!(perawat.contains("<h4>WISN, in the layout of the WHO software</h4>"));
    assert!(perawat.contains("2.1459227468"), "the WISN table");
    let abk = &perawat[perawat.find("<div class=\"method\">").expect("ABK-Kes")..];
    assert!(abk.contains("rounding: \"ceil\""), "{abk}");
    assert_eq!(
        tables(abk)[1][0],
        [
            "0",
            "72000",
            "3.3333333333",
            "1",
            "3.3333333333",
            "4",
            "3",
            "-1",
            "kurang"
        ]
    );
    // bidan: ABK-Kes only, so no WISN table, no derivation of its WISN need, and only perawat
    // in the ratio chart.
    let bidan = cadre(&html, "bidan");
    assert!(!bidan.contains("WISN"), "{bidan}");
    assert_eq!(tables(bidan)[1][0][5], "3", "3.3333333333 half up");
    let derivations = &html[html.find("<section id=\"derivations\"").unwrap()..];
    assert!(!derivations.contains("required_staff(bidan)"));
}

#[test]
fn a_wisn_example_keeps_its_who_tables() {
    let dir = scratch("wisn");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let text = example("wisn_health_centre.wl");
    // The example reads its data next to it.
    for entry in std::fs::read_dir(root.join("data")).unwrap().flatten() {
        let to = dir.join("data");
        std::fs::create_dir_all(&to).unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
    let html = report(&dir, &text, Locale::En);
    let s = cadres(&html);
    assert!(
        !s.contains("class=\"method\""),
        "no ABK-Kes or Kepmenkes 81"
    );
    assert!(!s.contains("<h4>"), "one method: no method headings");
    assert!(s.contains("<svg"), "the ratio chart");
    for name in ["nurse", "nurse_b", "nurse_c", "midwife"] {
        let c = cadre(&html, name);
        assert!(
            c.contains("<table class=\"data worksheet\">"),
            "{name}: {c}"
        );
        assert!(c.contains("class=\"band "), "{name}: its pressure band");
    }
    // The midwife, by hand in the example's comments: required 1.1666666667 / 0.9 + 0.25 =
    // 1.5462962963, 2 in post: ratio 1.2934131737, "low" pressure.
    let midwife = cadre(&html, "midwife");
    for figure in ["1.5462962963", "1.2934131737", ">low</span>"] {
        assert!(midwife.contains(figure), "{figure}: {midwife}");
    }
}

#[test]
fn the_method_sections_are_indonesian_under_locale_id() {
    let dir = scratch("id");
    for script in [
        example("abk_kes_puskesmas.wl"),
        K81.to_string(),
        BOTH.to_string(),
    ] {
        let html = report(&dir, &script, Locale::Id);
        let body = text(&cadres(&html).replace('>', ">\n"));
        // Every label of the report's own: none in English (the labels whose Indonesian
        // contains the English word, "WKT", "SK", are the same in both).
        for (key, en, id) in wl::html::labels::all() {
            if en != id && !id.contains(en) {
                assert!(
                    !body.contains(en),
                    "English label {key} ({en:?}) in an Indonesian report:\n{body}"
                );
            }
        }
        for english in ["whole persons", "in post", "Need", "as the script", "rule"] {
            assert!(!body.contains(english), "{english:?} in:\n{body}");
        }
    }
    let html = report(&dir, &example("abk_kes_puskesmas.wl"), Locale::Id);
    let body = text(cadres(&html));
    assert!(body.contains("ABK-Kes (PMK 33/2015), dalam tata letak laporan ABK Renbut"));
    assert!(
        body.contains("Kebutuhan: 2 orang (JKT × STP = 1,8888888889)"),
        "{body}"
    );
    assert!(body.contains("Orang utuh menurut aturan Renbut"));
    assert!(body.contains("0,4 menjadi 0, 0,5 menjadi 1"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// For any jabatan (tasks counted or not, a supporting share, a WKT in hours), the need the
    /// report shows is Renbut's: JKT = sum of counted volume x norm / WKT, total = JKT / (1 -
    /// FTP), the nearest whole person, a half up. Computed here in integers: with the norms in
    /// minutes, total = 100 x sum / (60 x WKT_h x (100 - FTP%)), and the half-up whole number of
    /// n / d is floor((2n + d) / 2d).
    #[test]
    fn the_reported_need_is_renbuts_rule(
        tasks in proptest::collection::vec((1u64..60, 1u64..20_000, any::<bool>()), 1..5),
        share in 0u64..40,
        wkt_h in 800u64..2000,
    ) {
        // A jabatan with no counted task is refused (E0220): the first task is counted.
        let mut tasks = tasks;
        tasks[0].2 = true;
        let mut src = String::from("cadre j {\n  current_staff = 1\n");
        for (i, (norm, volume, counted)) in tasks.iter().enumerate() {
            src.push_str(&format!(
                "  activity \"T{i}\" {{ standard = {norm} min per unit; volume = {volume} units"
            ));
            if !counted {
                src.push_str("; include = false; reason = \"lain\"");
            }
            src.push_str(" }\n");
        }
        src.push_str(&format!("  support \"S\" = {share}%\n}}\n"));
        src.push_str(&format!("let r = abk_kes(j, wkt: {wkt_h} h per year)\n"));
        let dir = scratch("prop");
        let html = report(&dir, &src, Locale::En);
        let s = cadre(&html, "j");
        let work: u64 = tasks.iter().filter(|t| t.2).map(|t| t.0 * t.1).sum();
        let n = 100 * work;
        let d = 60 * wkt_h * (100 - share);
        let need = (2 * n + d) / (2 * d);
        let t = tables(s);
        prop_assert_eq!(t[0].len(), tasks.len() + 1, "a row per task and the support");
        let total = &t[1][0];
        // ftp, wkt_min, jkt, stp, total, needed, ...
        prop_assert_eq!(&total[5], &need.to_string(), "{}", s);
        for (row, task) in t[0].iter().zip(&tasks) {
            prop_assert_eq!(row[2] == "no: lain", !task.2);
        }
    }
}

/// The journal records the calls the script wrote, with their arguments as bound (defaults
/// included), and not the calls the stdlib makes inside them (`wisn` calls `required_staff`).
#[test]
fn the_journal_records_the_scripts_calls_only() {
    let text = "calendar pkm {\n  hours_per_day = 8 h\n}\ncadre perawat in pkm {\n  activity \"A\" { standard = 20 min per visit; volume = 1000 visits }\n}\nlet w = wisn(perawat)\nlet t = wisn_table(perawat, rounding: \"ceil\")\n";
    let mut session = Session::for_script(Box::new(std::io::sink()), text);
    session.interp.keep_journal(wl::html::WATCHED);
    session.run("j.wl", text).unwrap();
    let calls: Vec<(String, Vec<(String, String)>)> = session
        .interp
        .journal
        .take()
        .unwrap()
        .events
        .into_iter()
        .filter_map(|e| match e {
            wl::interp::Event::Called { function, args, .. } => Some((
                function.to_string(),
                args.iter()
                    .skip(1)
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    let pair = |k: &str, v: &str| (k.to_string(), v.to_string());
    // `nothing`, the default of `bands:`, prints as "missing".
    assert_eq!(
        calls,
        [
            ("wisn".to_string(), vec![pair("bands", "missing")]),
            (
                "wisn_table".to_string(),
                vec![pair("bands", "missing"), pair("rounding", "ceil")]
            ),
        ]
    );
}
