//! The SVG charts. Each was rendered to PNG (rsvg-convert) and looked at before its snapshot
//! was accepted; the snapshots keep them from changing unseen. The structural checks below say
//! what must hold whatever the styling: one bar per row, coloured by shortage, the reference
//! line where it belongs, percentages that add up.

use std::path::{Path, PathBuf};
use wl::run_to_string;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-chart-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

const WISN: &str = r#"let w = table {
  facility: ["Puskesmas Banggai", "Puskesmas Banggai", "Puskesmas Banggai", "RSUD Luwuk", "RSUD Luwuk"],
  cadre: ["Perawat", "Bidan", "Dokter Umum", "Perawat", "Analis Laboratorium"],
  ratio: [0.46, 1.12, 0.83, 1.0, 1.37],
  difference: [-7, 1, -1, 0, 3],
}
chart_wisn(w, "DIR/ratio.svg", group: "facility", title: "WISN ratio per cadre")
chart_wisn(w, "DIR/difference.svg", value: "difference")
"#;

fn run(dir: &Path, src: &str) {
    let (out, ok) = run_to_string("chart.wl", &src.replace("DIR", &dir.display().to_string()));
    assert!(ok, "{out}");
}

#[test]
fn wisn_ratio_chart() {
    let dir = scratch("wisn");
    run(&dir, WISN);
    let svg = std::fs::read_to_string(dir.join("ratio.svg")).unwrap();
    // Two shortages (0.46 and 0.83 are below 1) and three without, plus one legend swatch each.
    assert_eq!(svg.matches(wl::output::svg::SHORTAGE).count(), 2 + 1);
    assert_eq!(svg.matches(wl::output::svg::NO_SHORTAGE).count(), 3 + 1);
    assert!(svg.contains("stroke-dasharray"));
    assert!(svg.contains(">1.0</text>"));
    assert!(svg.contains(">RSUD Luwuk</text>"));
    insta::assert_snapshot!("wisn_ratio_svg", svg);
    let diff = std::fs::read_to_string(dir.join("difference.svg")).unwrap();
    // Differences are judged against 0: -7 and -1 are shortages, 0 is not.
    assert_eq!(diff.matches(wl::output::svg::SHORTAGE).count(), 2 + 1);
    assert!(diff.contains("difference below 0"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn likert_chart() {
    let dir = scratch("likert");
    run(
        &dir,
        r#"let answers = table {
  id: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  q01: [1, 2, 3, 3, 2, 1, 3, 3, 2, 3],
  q02: [3, 3, 3, 3, 2, 3, 3, 3, 3, 3],
  q03: [1, 1, 1, 2, 1, 1, 3, 1, 2, 1],
}
chart_likert(answers, "DIR/likert.svg", options: { "Tidak Pernah": 1, "Kadang-kadang": 2, "Selalu": 3 }, title: "Kelelahan kerja")
"#,
    );
    let svg = std::fs::read_to_string(dir.join("likert.svg")).unwrap();
    // q01: 2 x 1, 3 x 2, 5 x 3 of 10 answers; the id column is not an item.
    for pct in [">20%<", ">30%<", ">50%<", ">90%<", ">70%<"] {
        assert!(svg.contains(pct), "{pct}");
    }
    assert!(!svg.contains(">id</text>"));
    assert_eq!(svg.matches("n=10").count(), 3);
    insta::assert_snapshot!("likert_svg", svg);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_misspelt_column_is_a_diagnostic_and_writes_nothing() {
    let dir = scratch("typo");
    let src = format!(
        "let w = table {{ cadre: [\"A\"], ratio: [0.5] }}\nchart_wisn(w, \"{}/w.svg\", label: \"cadr\")\n",
        dir.display()
    );
    let (out, ok) = run_to_string("typo.wl", &src);
    assert!(!ok);
    assert!(
        out.contains("[E0703]") && out.contains("did you mean `cadre`?"),
        "{out}"
    );
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    std::fs::remove_dir_all(dir).unwrap();
}
