//! The words of `audit` lines, the causes they name and the audit summary, in English and
//! Bahasa Indonesia, in one table. A phrase is looked up by its English template, so the
//! English output is the template itself; `{0}`, `{1}`, … are filled with the parts (numbers
//! already written in the locale's format). JSON audits are English with decimal points in
//! every locale: JSON is a machine format.

use crate::number::Locale;

/// (English, Bahasa Indonesia), in the formal register of Ministry of Health documents.
const PHRASES: &[(&str, &str)] = &[
    // The audit line.
    (
        "audit {0}: reported {1}, recomputed {2}",
        "audit {0}: dilaporkan {1}, dihitung ulang {2}",
    ),
    (
        " -> consistent at {0} decimal",
        " -> konsisten pada {0} desimal",
    ),
    (
        " -> consistent at {0} decimals",
        " -> konsisten pada {0} desimal",
    ),
    (
        " -> NOT consistent (difference {0})",
        " -> TIDAK konsisten (selisih {0})",
    ),
    (
        "; at alpha {0} both are {1}",
        "; pada alfa {0} keduanya {1}",
    ),
    (
        "; at alpha {0} the conclusion FLIPS: reported {1}, recomputed {2}",
        "; pada alfa {0} kesimpulannya BERBALIK: dilaporkan {1}, dihitung ulang {2}",
    ),
    ("significant", "signifikan"),
    ("not significant", "tidak signifikan"),
    // Which totals give the printed percentage.
    (
        "; no total turns {0} into {1}",
        "; tidak ada total yang menjadikan {0} sebesar {1}",
    ),
    (
        "; {0} / n gives {1} for n = {2}",
        "; {0} / n menghasilkan {1} untuk n = {2}",
    ),
    (
        "; {0} / n gives {1} for n = {2} to {3}",
        "; {0} / n menghasilkan {1} untuk n = {2} sampai {3}",
    ),
    (
        "; out of {0}, a count of {1} gives {2}",
        "; dari total {0}, jumlah {1} menghasilkan {2}",
    ),
    (
        "; no count out of {0} gives {1}",
        "; tidak ada jumlah dari total {0} yang menghasilkan {1}",
    ),
    // The causes (audit_causes.rs).
    ("; explained: {0}", "; penjelasan: {0}"),
    (
        "; {0} causes give {1} equally, so none is named: {2}",
        "; {0} penyebab sama-sama menghasilkan {1}, sehingga tidak ada yang ditetapkan: {2}",
    ),
    ("truncated instead of rounded", "dipotong, bukan dibulatkan"),
    (
        "rounded up instead of rounded",
        "dibulatkan ke atas, bukan ke angka terdekat",
    ),
    (
        "a tie rounded half-even (to the even digit) instead of half-up",
        "nilai tengah dibulatkan ke angka genap (half-even), bukan ke atas (half-up)",
    ),
    (
        "rounded half-up where half-even was stated",
        "dibulatkan secara half-up, padahal yang dinyatakan half-even",
    ),
    (
        "rounded half-even where half-up was stated",
        "dibulatkan secara half-even, padahal yang dinyatakan half-up",
    ),
    (
        "two digits swapped ({0} printed as {1})",
        "dua angka tertukar ({0} tercetak sebagai {1})",
    ),
    (
        "one digit changed ({0} printed as {1})",
        "satu angka berubah ({0} tercetak sebagai {1})",
    ),
    (
        "a proportion printed as a percentage",
        "proporsi tercetak sebagai persentase",
    ),
    (
        "a proportion printed with a % sign",
        "proporsi tercetak dengan tanda %",
    ),
    ("{0} printed as {1}", "{0} tercetak sebagai {1}"),
    ("minutes", "menit"),
    ("hours", "jam"),
    ("days", "hari"),
    ("weeks", "minggu"),
    (
        "days counted at 24 hours (a calendar day), not at the calendar's working day",
        "hari dihitung 24 jam (hari kalender), bukan menurut hari kerja kalender",
    ),
    (
        "the mean of the ratios, not the ratio of the sums",
        "rata-rata rasio, bukan rasio jumlah",
    ),
    (
        "the mean of the ratios each rounded to {0} decimals, not the ratio of the sums",
        "rata-rata rasio yang masing-masing dibulatkan ke {0} desimal, bukan rasio jumlah",
    ),
    // The summary.
    ("{0}: reported {1}; {2}", "{0}: dilaporkan {1}; {2}"),
    (
        "no usual cause gives it",
        "tidak ada penyebab lazim yang menghasilkannya",
    ),
    (
        "audits: {0} consistent, {1} not consistent",
        "audit: {0} konsisten, {1} tidak konsisten",
    ),
    ("\n  not consistent: ", "\n  tidak konsisten: "),
];

/// The phrase `english` in `locale`; English (and a phrase not in the table) as it is.
pub fn phrase(english: &'static str, locale: Locale) -> &'static str {
    match locale {
        Locale::En => english,
        Locale::Id => PHRASES
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, id)| id),
    }
}

/// The phrase `english` in `locale` with `{0}`, `{1}`, … replaced by `parts` (in one pass, so
/// a part that holds braces is left as it is).
pub fn fill(english: &'static str, locale: Locale, parts: &[&str]) -> String {
    crate::i18n::fill_in(phrase(english, locale), parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phrase_has_its_own_indonesian() {
        for (en, id) in PHRASES {
            assert_ne!(en, id);
            let holes = |t: &str| t.matches('{').count();
            assert_eq!(holes(en), holes(id), "{en}");
        }
    }

    #[test]
    fn parts_fill_their_places() {
        assert_eq!(
            fill(
                "; {0} / n gives {1} for n = {2}",
                Locale::Id,
                &["45", "41,7%", "108"]
            ),
            "; 45 / n menghasilkan 41,7% untuk n = 108"
        );
        assert_eq!(
            fill("{0}: reported {1}; {2}", Locale::En, &["a{1}", "2", "x"]),
            "a{1}: reported 2; x"
        );
    }
}
