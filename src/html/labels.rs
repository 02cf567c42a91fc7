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
        "Staffing need per cadre (WISN)",
        "Kebutuhan tenaga per jenis tenaga (WISN)",
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
        "This cadre is declared without a calendar, so WISN (which needs the calendar's working time) is not computed here; the figures the script computed for it, such as ABK-Kes with `wkt:` given, are under the results the script printed.",
        "Jenis tenaga ini dideklarasikan tanpa kalender, sehingga WISN (yang memerlukan waktu kerja dari kalender) tidak dihitung di sini; angka yang dihitung skrip untuknya, seperti ABK-Kes dengan `wkt:`, ada pada hasil yang dicetak skrip.",
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
