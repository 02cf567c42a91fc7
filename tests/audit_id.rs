//! Audits in Bahasa Indonesia: under `--locale id` every audit line, every cause it names and
//! the audit summary are in Indonesian with decimal commas; the JSON form stays English, with
//! decimal points.

use wl::engine::run_to_string_with;
use wl::number::Locale;
use wl::output::{Format, OutputSettings};

fn run(src: &str, format: Format, locale: Locale) -> String {
    let settings = OutputSettings {
        format,
        locale,
        ..OutputSettings::default()
    };
    let (out, ok) = run_to_string_with("audit.wl", src, settings);
    assert!(ok, "{out}");
    out
}

/// One audit of each kind: consistent, not consistent, each explanation of a wrong total, each
/// cause `audit_causes.rs` names, several causes at once, both alpha verdicts.
const VARIANTS: &str = r#"calendar rs { hours_per_day = 8 h }
using rs
audit 21 / 45 reported 46.7%
audit 0.0521 reported 0.045 alpha 0.05
audit 0.044 reported 0.044 alpha 0.05
audit 45 / 105 reported 41.7%
audit 3 / 1000 reported 0.35%
audit 20 / 45 reported 46.7%
audit 1 / 4 reported 30.0%
audit 2 / 3 reported 0.66
audit 1.21 reported 1.3
audit 2.345 reported 2.34
audit 3.12 reported 3.21
audit 1.253 reported 7.253
audit 1.25 reported 1.27
audit 2 days reported 2 h
audit 2 days reported 48 h
audit 90 min reported 90 h
audit 21 / 45 reported 46.7
audit 21 / 45 reported 0.47%
audit sum([1, 90]) / sum([10, 100]) reported 0.5
audit sum([1, 90]) / sum([8, 100]) reported 0.52
audit round(-2.345, 2, mode: "half_even") reported -2.35
audit round(2.345, 2, mode: "half_up") reported 2.34
"#;

/// The English words of audit lines, their causes and the summary; none may be left under
/// `id` (the audited expression itself is the script's own text and has none of them).
const ENGLISH: &[&str] = &[
    "reported",
    "recomputed",
    "consistent",
    "decimal",
    "difference",
    "gives",
    "for n =",
    " to ",
    "out of",
    "a count of",
    "no total turns",
    "explained",
    "causes give",
    "none is named",
    "at alpha",
    "both are",
    "conclusion",
    "FLIPS",
    "significant",
    "truncated",
    "instead of",
    "rounded",
    "printed as",
    "swapped",
    "changed",
    "proportion",
    "percentage",
    "% sign",
    "counted at",
    "calendar day",
    "working day",
    "mean of the ratios",
    "ratio of the sums",
    "was stated",
    "no usual cause",
    "audits:",
];

/// The audit lines and the summary of a run's output.
fn audit_lines(out: &str) -> Vec<&str> {
    out.lines()
        .filter(|l| l.starts_with("audit") || l.starts_with("  tidak konsisten: "))
        .collect()
}

fn assert_indonesian(out: &str) {
    let lines = audit_lines(out);
    assert!(lines.len() > 2, "{out}");
    for line in lines {
        for en in ENGLISH {
            assert!(
                !line.contains(en),
                "English {en:?} in an Indonesian audit line:\n{line}"
            );
        }
    }
    assert!(!out.contains("  not consistent: "), "{out}");
}

#[test]
fn every_kind_of_audit_line_is_indonesian() {
    let out = run(VARIANTS, Format::Text, Locale::Id);
    assert_indonesian(&out);
    for expected in [
        "audit 21 / 45: dilaporkan 46,7%, dihitung ulang 46,667% -> konsisten pada 1 desimal\n",
        "audit 0.0521: dilaporkan 0,045, dihitung ulang 0,0521 -> TIDAK konsisten (selisih 0,0071); pada alfa 0,05 kesimpulannya BERBALIK: dilaporkan signifikan, dihitung ulang tidak signifikan\n",
        "-> konsisten pada 3 desimal; pada alfa 0,05 keduanya signifikan\n",
        "; 45 / n menghasilkan 41,7% untuk n = 108; tidak ada jumlah dari total 105 yang menghasilkan 41,7%\n",
        "; 3 / n menghasilkan 0,35% untuk n = 846 sampai 869; tidak ada jumlah dari total 1.000 yang menghasilkan 0,35%\n",
        "; dari total 45, jumlah 21 menghasilkan 46,7%\n",
        "; tidak ada total yang menjadikan 1 sebesar 30,0%",
        "; penjelasan: dua angka tertukar (3,12 tercetak sebagai 3,21)\n",
        "; 2 penyebab sama-sama menghasilkan 2,34, sehingga tidak ada yang ditetapkan: ",
        "; penjelasan: hari tercetak sebagai jam\n",
        "; penjelasan: menit tercetak sebagai jam\n",
        "\naudit: 2 konsisten, 20 tidak konsisten\n",
        "\n  tidak konsisten: 1.25: dilaporkan 1,27; tidak ada penyebab lazim yang menghasilkannya\n",
    ] {
        assert!(out.contains(expected), "no {expected:?} in:\n{out}");
    }
}

#[test]
fn a_published_study_audited_in_indonesian() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/seed002_pekanbaru_por.wl"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let settings = OutputSettings {
        locale: Locale::Id,
        ..OutputSettings::default()
    };
    let (out, ok) = run_to_string_with("examples/seed002_pekanbaru_por.wl", &text, settings);
    assert!(ok, "{out}");
    assert_indonesian(&out);
    assert!(
        out.contains("\naudit: 18 konsisten, 9 tidak konsisten\n"),
        "{out}"
    );
}

#[test]
fn json_audits_stay_english() {
    let src = "audit 2 / 3 reported 0.66\naudit 1 reported 1.0\n";
    let out = run(src, Format::Json, Locale::Id);
    // Words and numbers alike: JSON is the same in every locale.
    assert!(
        out.contains("\"2 / 3: reported 0.66; explained: truncated instead of rounded\""),
        "{out}"
    );
    assert!(out.contains("recomputed 0.6667 -> NOT consistent"), "{out}");
    assert!(out.contains("\"audits_consistent\":1"), "{out}");
    assert!(
        !out.contains("dilaporkan") && !out.contains("penjelasan"),
        "{out}"
    );
}
