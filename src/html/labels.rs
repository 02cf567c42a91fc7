//! Every label the report itself writes, in English and Indonesian, in one table: a label is
//! looked up by its key, so a missing translation is a test failure, not an English word in
//! an Indonesian report.

use crate::number::Locale;

/// (key, English, Bahasa Indonesia).
const LABELS: &[(&str, &str, &str)] = &[
    ("report", "Staffing report", "Laporan kebutuhan tenaga"),
    ("contents", "Contents", "Daftar isi"),
    ("date", "Date", "Tanggal"),
    ("version", "wl version", "Versi wl"),
    (
        "locale",
        "Language and number format",
        "Bahasa dan format angka",
    ),
    (
        "locale_name",
        "English (0.464; 155040)",
        "Bahasa Indonesia (0,464; 155.040)",
    ),
    ("files", "Files", "Berkas"),
    ("file", "File", "Berkas"),
    ("role", "Role", "Peran"),
    ("script", "script", "skrip"),
    ("data_file", "data read", "data yang dibaca"),
    ("checksum", "SHA-256 checksum", "Checksum SHA-256"),
    (
        "unreadable",
        "could not be read again",
        "tidak dapat dibaca ulang",
    ),
    ("overview", "At a glance", "Ringkasan"),
    (
        "calendars",
        "Calendars and working time",
        "Kalender dan waktu kerja",
    ),
    (
        "no_calendars",
        "The script declares no calendar.",
        "Skrip tidak mendeklarasikan kalender.",
    ),
    (
        "against_norm",
        "Effective time against",
        "Waktu efektif dibandingkan dengan",
    ),
    (
        "cadres",
        "Staffing need per cadre",
        "Kebutuhan tenaga per jenis tenaga",
    ),
    (
        "no_cadres",
        "The script declares no cadre.",
        "Skrip tidak mendeklarasikan jenis tenaga.",
    ),
    (
        "ratio_chart",
        "WISN ratio per cadre",
        "Rasio WISN per jenis tenaga",
    ),
    ("pressure_band", "Workload pressure", "Tekanan beban kerja"),
    ("band_source", "bands from", "batas dari"),
    ("not_computed", "Not computed", "Tidak dihitung"),
    (
        "cadre_no_calendar",
        "This cadre has no calendar, so WISN (which needs the calendar's working time) is not computed for it, and the script computed neither ABK-Kes nor Kepmenkes 81 for it.",
        "Jenis tenaga ini tidak memiliki kalender, sehingga WISN (yang memerlukan waktu kerja dari kalender) tidak dihitung untuknya, dan skrip tidak menghitung ABK-Kes maupun Kepmenkes 81 untuknya.",
    ),
    // A cadre's methods (src/html/worksheets.rs).
    (
        "method_wisn",
        "WISN, in the layout of the WHO software",
        "WISN, dalam tata letak perangkat lunak WHO",
    ),
    (
        "method_abk_kes",
        "ABK-Kes (PMK 33/2015), in the layout of Renbut's ABK report",
        "ABK-Kes (PMK 33/2015), dalam tata letak laporan ABK Renbut",
    ),
    (
        "method_kepmenkes_81",
        "Kepmenkes 81/2004 worksheet",
        "Lembar kerja Kepmenkes 81/2004",
    ),
    ("as_computed", "As the script computed it", "Sebagaimana dihitung skrip"),
    ("wkt", "Available working time (WKT)", "Waktu kerja tersedia (WKT)"),
    (
        "wkt_calendar",
        "from the cadre's calendar",
        "dari kalender jenis tenaga ini",
    ),
    ("wkt_norm", "from the norm", "dari norma"),
    ("wkt_given", "as the script gives it", "sebagaimana ditulis dalam skrip"),
    ("need", "Need", "Kebutuhan"),
    ("whole_persons", "whole persons", "orang"),
    ("in_post", "in post", "tersedia"),
    ("gap", "gap", "kesenjangan"),
    ("sum_of_tasks", "sum of the tasks", "jumlah kebutuhan tugas"),
    (
        "renbut_rule",
        "Whole persons by Renbut's rule: the total (JKT × STP) is rounded to the nearest whole person, a half up, also below one person (0.4 needs 0, 0.5 needs 1), as Renbut's ABK reports print the need. A task marked not counted is listed with its reason and adds nothing to JKT.",
        "Orang utuh menurut aturan Renbut: total (JKT × STP) dibulatkan ke orang utuh terdekat, setengah ke atas, juga di bawah satu orang (0,4 menjadi 0, 0,5 menjadi 1), sebagaimana laporan ABK Renbut mencetak kebutuhan. Tugas yang ditandai tidak dihitung tetap dicantumkan beserta alasannya dan tidak menambah JKT.",
    ),
    (
        "k81_rule",
        "Need = Σ (quantity ÷ SBK) + SK: the allowance SK (the allowance items' share of WKT) is a fraction of one person, added once to the sum; the whole need is rounded half up. A task marked not counted is listed with its reason and adds nothing.",
        "Kebutuhan = Σ (kuantitas ÷ SBK) + SK: standar kelonggaran SK (bagian WKT untuk kegiatan kelonggaran) adalah pecahan dari satu orang, ditambahkan sekali pada jumlahnya; kebutuhan utuh dibulatkan setengah ke atas. Tugas yang ditandai tidak dihitung tetap dicantumkan beserta alasannya dan tidak menambah apa pun.",
    ),
    (
        "rounding_asked",
        "Here the whole persons are rounded as the script asks:",
        "Di sini orang utuh dibulatkan sesuai permintaan skrip:",
    ),
    (
        "results",
        "Results the script printed",
        "Hasil yang dicetak skrip",
    ),
    (
        "no_results",
        "The script printed nothing.",
        "Skrip tidak mencetak apa pun.",
    ),
    (
        "sorted_shortage",
        "Sorted with the largest shortage first; click a column heading to sort by it.",
        "Diurutkan dari kekurangan terbesar; klik judul kolom untuk mengurutkan.",
    ),
    (
        "sortable",
        "Click a column heading to sort by it.",
        "Klik judul kolom untuk mengurutkan.",
    ),
    (
        "print_rows_shortage",
        "Printed: the first {} of these {} rows, in the order shown (the largest shortages first, unless re-sorted); every row is in this file on screen.",
        "Dicetak: {} baris pertama dari {} baris ini, sesuai urutan yang ditampilkan (kekurangan terbesar lebih dulu, kecuali diurutkan ulang); semua baris ada di berkas ini di layar.",
    ),
    (
        "print_rows",
        "Printed: the first {} of these {} rows, in the order shown; every row is in this file on screen.",
        "Dicetak: {} baris pertama dari {} baris ini, sesuai urutan yang ditampilkan; semua baris ada di berkas ini di layar.",
    ),
    ("audits", "Audits and warnings", "Audit dan peringatan"),
    ("audit_summary", "Audits", "Audit"),
    ("consistent", "consistent", "konsisten"),
    ("not_consistent", "not consistent", "tidak konsisten"),
    (
        "no_audits",
        "The script has no audits.",
        "Skrip tidak memiliki audit.",
    ),
    ("warnings", "Warnings and errors", "Peringatan dan galat"),
    ("no_warnings", "No warnings.", "Tidak ada peringatan."),
    ("warning", "warning", "peringatan"),
    ("error", "error", "galat"),
    (
        "run_failed",
        "The run stopped at an error: the figures below are those computed before it.",
        "Skrip berhenti karena galat: angka di bawah dihitung sebelum galat itu.",
    ),
    ("derivations", "Derivations", "Penurunan rumus"),
    ("derivation_of", "How it is derived", "Cara menurunkannya"),
    (
        "no_derivations",
        "No derivations.",
        "Tidak ada penurunan rumus.",
    ),
    ("appendix", "Appendix: the script", "Lampiran: skrip"),
    ("line", "line", "baris"),
    ("field", "Field", "Isian"),
    ("value", "Value", "Nilai"),
    ("statement", "Statement", "Pernyataan"),
    ("result", "Result", "Hasil"),
    ("count_cadres", "cadres", "jenis tenaga"),
    ("count_calendars", "calendars", "kalender"),
    ("count_warnings", "warnings", "peringatan"),
    ("hint", "hint", "saran"),
];

/// The label `key` in `locale`. An unknown key is a programming error, caught by the test
/// that renders every section; it shows as the key itself rather than stopping a report.
pub fn label(key: &str, locale: Locale) -> &'static str {
    LABELS
        .iter()
        .find(|(k, _, _)| *k == key)
        .map(|(_, en, id)| match locale {
            Locale::En => *en,
            Locale::Id => *id,
        })
        .unwrap_or("?")
}

/// Every label as (key, English, Indonesian), for the tests that look for leaks.
pub fn all() -> &'static [(&'static str, &'static str, &'static str)] {
    LABELS
}

/// The label's BCP 47 language tag, for `<html lang>`.
pub fn lang(locale: Locale) -> &'static str {
    match locale {
        Locale::En => "en",
        Locale::Id => "id",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_has_both_languages_and_keys_are_unique() {
        for (i, (k, en, id)) in LABELS.iter().enumerate() {
            assert!(!en.is_empty() && !id.is_empty(), "{k}");
            assert!(LABELS[..i].iter().all(|(k2, _, _)| k2 != k), "{k} twice");
        }
    }
}
