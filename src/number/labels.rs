//! Indonesian labels for the category words wl's functions produce: the words of a
//! [`Locale`], kept beside it so that values and tables print them without reaching into output.
//!
//! Under `--locale id`, a text value that is exactly one of these words is printed as its
//! Indonesian label (in text, CSV, Markdown and .xlsx output; JSON keeps the English word so
//! that programs reading it see one vocabulary). Only whole values are translated, never words
//! inside longer text (except the few phrases the stdlib builds around a name or a figure,
//! [`PHRASES`]), and a value with no entry prints unchanged, so adding a new category string
//! elsewhere can never break output.
//!
//! To add a label: append one `("english", "indonesia")` pair to [`ID`], in lower case. A value
//! that starts with a capital letter gets a capitalised label ("High" → "Tinggi").

use crate::number::Locale;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::OnceLock;

/// English category word → Indonesian label. Words other modules produce: workload pressure
/// and productivity categories (WISN, Permenkes 53/2012), BKN FTE categories, audit verdicts.
pub const ID: &[(&str, &str)] = &[
    ("high", "tinggi"),
    ("medium", "sedang"),
    ("moderate", "sedang"),
    ("low", "rendah"),
    ("very high", "sangat tinggi"),
    ("very low", "sangat rendah"),
    ("good", "baik"),
    ("poor", "kurang"),
    ("overload", "beban berlebih"),
    ("underload", "beban kurang"),
    ("normal", "normal"),
    ("shortage", "kurang"),
    ("surplus", "lebih"),
    ("adequate", "sesuai"),
    ("balanced", "sesuai"),
    ("consistent", "konsisten"),
    ("not consistent", "tidak konsisten"),
    ("significant", "signifikan"),
    ("not significant", "tidak signifikan"),
    ("valid", "valid"),
    ("not valid", "tidak valid"),
    ("invalid", "tidak valid"),
    ("reliable", "reliabel"),
    ("not reliable", "tidak reliabel"),
    ("yes", "ya"),
    ("no", "tidak"),
    ("missing", "hilang"),
    ("total", "jumlah"),
    // stdlib/bands.wl: WISN workload pressure (provisional edges), and the verdicts of
    // stdlib/wisn.wl and stdlib/time_motion.wl.
    ("extremely high", "sangat tinggi sekali"),
    ("moderately high", "agak tinggi"),
    ("extremely low", "sangat rendah sekali"),
    ("no workload", "tanpa beban kerja"),
    ("missing staff", "tenaga tidak diketahui"),
    ("no reason given", "tanpa alasan"),
    // The kinds of row of the WHO-layout WISN worksheet (stdlib/wisn.wl).
    ("health service", "pelayanan kesehatan"),
    ("support", "penunjang"),
    ("additional", "tambahan"),
    ("below effective time", "di bawah waktu kerja efektif"),
];

/// English field name (of a record the stdlib returns) or column header → Indonesian, used
/// when a record or table is printed or exported under `id` (JSON keeps the English names, and
/// a script reads the fields by their English names in every locale). The words of the
/// Indonesian guidelines: WKT (waktu kerja tersedia) for AWT, SBK (standar beban kerja) for the
/// standard workload; CAF, IAF, FTE and the other abbreviations stay as planners know them.
/// To add one: append a pair, in lower case; a name with no entry prints unchanged.
pub const FIELDS: &[(&str, &str)] = &[
    ("task", "tugas"),
    ("tasks", "tugas"),
    ("activity", "kegiatan"),
    ("activities", "kegiatan"),
    ("achievement", "capaian"),
    ("norm", "norma"),
    ("sbk", "SBK"),
    ("standard_workload", "SBK"),
    ("need", "kebutuhan"),
    ("needed", "dibutuhkan"),
    ("requirement", "kebutuhan"),
    ("rounding", "pembulatan"),
    ("gap", "kesenjangan"),
    ("standard", "standar"),
    ("awt", "WKT"),
    ("awt_hours", "WKT_jam"),
    ("awt_min", "WKT_menit"),
    ("staff", "staf"),
    ("required", "dibutuhkan"),
    ("required_staff", "staf_dibutuhkan"),
    ("current", "saat_ini"),
    ("current_staff", "staf_saat_ini"),
    ("base_staff", "staf_dasar"),
    ("difference", "selisih"),
    ("wisn_difference", "selisih_wisn"),
    ("ratio", "rasio"),
    ("mean_of_ratios", "rata_rata_rasio"),
    ("ratio_of_sums", "rasio_jumlah"),
    ("pressure", "tekanan"),
    ("category", "kategori"),
    ("cadre", "jenis_tenaga"),
    ("calendar", "kalender"),
    ("facility", "fasilitas"),
    ("facilities", "fasilitas"),
    ("days_off", "hari_libur"),
    ("possible_days", "hari_kerja_mungkin"),
    ("available", "tersedia"),
    ("available_days", "hari_kerja_tersedia"),
    ("hours", "jam"),
    ("minutes", "menit"),
    ("per_day", "per_hari"),
    ("per_week", "per_minggu"),
    ("per_month", "per_bulan"),
    ("per_year", "per_tahun"),
    ("effective_day", "efektif_per_hari"),
    ("effective_week", "efektif_per_minggu"),
    ("effective_year", "efektif_per_tahun"),
    ("year", "tahun"),
    ("name", "nama"),
    ("label", "label"),
    ("note", "catatan"),
    ("hint", "saran"),
    ("quantity", "jumlah"),
    ("volume", "volume"),
    ("results", "hasil"),
    ("inputs", "masukan"),
    ("groups", "kelompok"),
    ("counted", "dihitung"),
    ("change", "perubahan"),
    ("without_workload", "tanpa_beban_kerja"),
    ("workload", "beban_kerja"),
    ("status", "status"),
    ("verdict", "kesimpulan"),
    ("source", "sumber"),
    ("summary", "ringkasan"),
    ("shortage", "kekurangan"),
    ("surplus", "kelebihan"),
    ("reason", "alasan"),
    ("time", "waktu"),
    ("period", "periode"),
    ("observation", "pengamatan"),
    ("percent", "persen"),
    ("percentage", "persentase"),
    ("allowance", "kelonggaran"),
    ("allowances", "kelonggaran"),
    ("support", "penunjang"),
    ("swing", "ayunan"),
    // The WHO-layout WISN worksheet (stdlib/wisn.wl) and the effective time compared with
    // the BKN norm (stdlib/calendar.wl).
    ("component", "komponen"),
    ("kind", "jenis"),
    ("annual_workload", "beban_kerja_tahunan"),
    ("unit", "satuan"),
    ("workload_hours", "jam_beban_kerja"),
    ("awt_days", "WKT_hari"),
    ("required_whole", "dibutuhkan_bulat"),
    ("computed", "hasil_hitung"),
    ("bands", "batas_tekanan"),
    // The summaries of `wisn_batch` (stdlib/batch.wl) and the rows `read_csv(path, bad_rows:
    // "skip")` leaves out.
    ("wisn_ratio", "rasio_wisn"),
    ("mean_of_rounded_ratios", "rata_rata_rasio_dibulatkan"),
    ("left_out", "dikeluarkan"),
    ("rows_left_out", "baris_dikeluarkan"),
    ("facilities_left_out", "fasilitas_dikeluarkan"),
    ("rejected", "ditolak"),
    ("rows", "baris"),
    ("line", "baris"),
    ("file", "berkas"),
    ("source_line", "baris_sumber"),
    // The header of a record written as `field, value` pairs (CSV, Markdown).
    ("value", "nilai"),
    // ABK-Kes and Kepmenkes 81 results and worksheets (stdlib/abk.wl): the acronyms are the
    // regulation's own.
    ("wkt", "WKT"),
    ("wkt_source", "sumber_WKT"),
    ("wkt_min", "WKT_menit"),
    ("norm_min", "norma_menit"),
    ("jkt", "JKT"),
    ("ftp", "FTP"),
    ("stp", "STP"),
    ("sk", "SK"),
    ("sum_of_tasks", "jumlah_kebutuhan_tugas"),
    ("need_whole", "kebutuhan_bulat"),
];

/// Phrases the stdlib builds around a name or a figure (`"no: " + reason`, `"given: " +
/// str(wkt)`): the English before and after one hole, and the Indonesian around the same hole.
/// What fills the hole (the user's reason, a calendar's name, a figure already in the locale's
/// form) is kept as it is.
const PHRASES: &[(&str, &str, &str, &str)] = &[
    ("no: ", "", "tidak: ", ""),
    ("given: ", "", "diberikan: ", ""),
    ("norm ", ")", "norma ", ")"),
    ("STP as printed (", ")", "STP sesuai lembar kerja (", ")"),
    (
        "calendar ",
        ": available days x effective day",
        "kalender ",
        ": hari tersedia x jam kerja efektif sehari",
    ),
    (
        "calendar ",
        ": available days x hours of a day",
        "kalender ",
        ": hari tersedia x jam kerja sehari",
    ),
    (
        "missing staff: no current staff for category ",
        "",
        "tenaga tidak diketahui: tidak ada tenaga saat ini untuk kategori ",
        "",
    ),
    (
        "WISN workload pressure (provisional edges): wl provisional default, not from WHO",
        "",
        "tekanan beban kerja WISN (batas sementara): bawaan sementara wl, bukan dari WHO",
        "",
    ),
    (
        "WISN workload pressure (provisional edges)",
        "",
        "tekanan beban kerja WISN (batas sementara)",
        "",
    ),
    (
        "wl provisional default, not from WHO",
        "",
        "bawaan sementara wl, bukan dari WHO",
        "",
    ),
];

/// `text` in the locale's words when it is one of [`PHRASES`] around its hole.
fn phrase(text: &str) -> Option<String> {
    PHRASES
        .iter()
        .find_map(|(before, after, id_before, id_after)| {
            let hole = text.strip_prefix(before)?.strip_suffix(after)?;
            // A hole may hold a stdlib word itself (`no: no reason given`).
            let hole = label(hole, Locale::Id);
            Some(format!("{id_before}{hole}{id_after}"))
        })
}

thread_local! {
    /// The names the user wrote, by the very string they are held in: the headers of the data
    /// files read, the keys of the record and table literals of the user's script and its
    /// text (`with_column(t, "need", ...)`, `aggregate(t, "cadre", ...)`). A table or record
    /// keeps its keys' strings (shared, not copied) through `select`, `filter`, `sort` and
    /// the like, so a name is the user's wherever it travels, while the stdlib's
    /// own `cadre` (a key of a literal in a stdlib file, another string) is still its result
    /// label. Keeping the strings here keeps them alive, so an address is never reused for
    /// another name within the session.
    static AS_WRITTEN: RefCell<HashMap<usize, Rc<str>>> = RefCell::new(HashMap::new());
}

/// Mark `name` (this string, not every equal one) as the user's own: [`field`] prints it as
/// written in every locale. Only names with an Indonesian label are worth keeping.
pub fn keep_as_written(name: &Rc<str>) {
    // Most text is not a label: a label is short and starts with a lower-case letter. This runs
    // on every string literal a script evaluates, so the label names are a hashed set.
    let could_be = name.len() <= 24 && name.starts_with(|c: char| c.is_ascii_lowercase());
    if could_be && field_names().contains(&**name) {
        AS_WRITTEN.with(|s| s.borrow_mut().insert(address(name), name.clone()));
    }
}

/// The English names of [`FIELDS`], for a quick membership test.
fn field_names() -> &'static HashSet<&'static str> {
    static NAMES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    NAMES.get_or_init(|| FIELDS.iter().map(|(en, _)| *en).collect())
}

/// Forget the user's names: a new session starts.
pub fn forget_names_as_written() {
    AS_WRITTEN.with(|s| s.borrow_mut().clear());
}

fn address(name: &str) -> usize {
    name.as_ptr() as usize
}

/// Whether `name` is one of the strings [`keep_as_written`] kept (the same string, whole).
fn is_as_written(name: &str) -> bool {
    AS_WRITTEN.with(|s| {
        s.borrow()
            .get(&address(name))
            .is_some_and(|kept| kept.len() == name.len())
    })
}

/// The name a record field or table column is printed with in `locale`: a stdlib label in
/// the locale's words, a name the user wrote ([`keep_as_written`]) as written.
pub fn field(name: &str, locale: Locale) -> Cow<'_, str> {
    if locale == Locale::En || is_as_written(name) {
        return Cow::Borrowed(name);
    }
    FIELDS
        .iter()
        .find(|(en, _)| *en == name)
        .map_or(Cow::Borrowed(name), |(_, id)| Cow::Borrowed(*id))
}

/// The label `text` is printed with in `locale`.
pub fn label(text: &str, locale: Locale) -> Cow<'_, str> {
    if locale == Locale::En || text.is_empty() {
        return Cow::Borrowed(text);
    }
    if let Some(id) = phrase(text) {
        return Cow::Owned(id);
    }
    if text.len() > 20 {
        return Cow::Borrowed(text);
    }
    let capital = text.starts_with(|c: char| c.is_uppercase());
    let found = ID
        .iter()
        .find(|(en, _)| en.eq_ignore_ascii_case(text))
        .map(|(_, id)| *id);
    match found {
        Some(id) if capital => {
            let mut c = id.chars();
            Cow::Owned(c.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(c).collect()
            }))
        }
        Some(id) => Cow::Borrowed(id),
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_category_words_are_translated() {
        assert_eq!(label("high", Locale::Id), "tinggi");
        assert_eq!(label("High", Locale::Id), "Tinggi");
        assert_eq!(label("shortage", Locale::Id), "kurang");
        assert_eq!(label("high", Locale::En), "high");
        // Not a whole category word: left alone.
        assert_eq!(label("high volume", Locale::Id), "high volume");
        assert_eq!(label("Perawat", Locale::Id), "Perawat");
    }

    #[test]
    fn field_names_are_translated_whole_and_only_under_id() {
        assert_eq!(field("need", Locale::Id), "kebutuhan");
        assert_eq!(field("gap", Locale::Id), "kesenjangan");
        assert_eq!(field("need", Locale::En), "need");
        assert_eq!(field("needs_more", Locale::Id), "needs_more");
        for (i, (en, _)) in FIELDS.iter().enumerate() {
            assert_eq!(*en, en.to_lowercase());
            // `keep_as_written` looks only at such names.
            assert!(en.len() <= 24 && en.starts_with(|c: char| c.is_ascii_lowercase()));
            assert!(!FIELDS[..i].iter().any(|(e, _)| e == en), "{en} twice");
        }
    }

    #[test]
    fn a_name_the_user_wrote_is_kept_as_written() {
        forget_names_as_written();
        let users: Rc<str> = Rc::from("cadre");
        let stdlibs: Rc<str> = Rc::from("cadre");
        assert_eq!(field(&users, Locale::Id), "jenis_tenaga");
        keep_as_written(&users);
        assert_eq!(field(&users, Locale::Id), "cadre");
        assert_eq!(field(&users.clone(), Locale::Id), "cadre");
        // An equal name held elsewhere (a stdlib result's) is still translated, and so is
        // the beginning of the user's string (`cad` is not the name).
        assert_eq!(field(&stdlibs, Locale::Id), "jenis_tenaga");
        assert_eq!(field(&users[..3], Locale::Id), "cad");
        assert_eq!(field("need", Locale::Id), "kebutuhan");
        forget_names_as_written();
        assert_eq!(field(&users, Locale::Id), "jenis_tenaga");
    }

    #[test]
    fn the_stdlibs_phrases_are_translated_around_what_fills_them() {
        let id = |t| label(t, Locale::Id).into_owned();
        assert_eq!(
            id("no: dilakukan oleh perawat"),
            "tidak: dilakukan oleh perawat"
        );
        assert_eq!(id("no: no reason given"), "tidak: tanpa alasan");
        assert_eq!(id("given: 1200 h per year"), "diberikan: 1200 h per year");
        assert_eq!(
            id("STP as printed (1,25)"),
            "STP sesuai lembar kerja (1,25)"
        );
        assert_eq!(
            id("calendar ruang: available days x hours of a day"),
            "kalender ruang: hari tersedia x jam kerja sehari"
        );
        assert_eq!(id("missing staff"), "tenaga tidak diketahui");
        // English is unchanged, and a text that only starts like a phrase is left alone.
        assert_eq!(label("no: x", Locale::En), "no: x");
        assert_eq!(id("norm of the district"), "norm of the district");
        for (before, after, id_before, id_after) in PHRASES {
            assert!(!before.is_empty() && !id_before.is_empty());
            assert_eq!(after.is_empty(), id_after.is_empty(), "{before}");
        }
    }

    #[test]
    fn the_table_has_no_duplicate_and_is_lower_case() {
        for (i, (en, _)) in ID.iter().enumerate() {
            assert_eq!(*en, en.to_lowercase());
            assert!(!ID[..i].iter().any(|(e, _)| e == en), "{en} twice");
        }
    }
}
