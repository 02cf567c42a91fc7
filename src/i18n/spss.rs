//! The words of the SPSS-style statistics tables (headings, row and column terms, footnotes)
//! in Bahasa Indonesia, for `print` and the HTML report under `--locale id`.
//!
//! The terms follow the Indonesian statistics usage of SPSS output as Indonesian theses and
//! textbooks print it ("Ringkasan Pemrosesan Kasus", "Tabulasi Silang", "Uji Chi-Square",
//! "Estimasi Risiko", "Statistik Reliabilitas", "Frekuensi", "Jumlah", "Hilang"). Kept as
//! written: proper names (Pearson, Fisher, Cronbach, Levene, Mann-Whitney, Wilcoxon, Kendall,
//! Spearman, Kolmogorov-Smirnov, Shapiro-Wilk, Lilliefors, McNemar, Tukey), the statistics'
//! symbols (N, df, t, F, Z, U, W, r, Phi, Cramer's V) and "Sig.", which Indonesian output keeps
//! as SPSS prints it; "Chi-Square" stays too ("Uji Chi-Square"), as Indonesian texts write it.
//! A proper name moves after the noun it qualifies ("Alpha Cronbach", "Uji Eksak Fisher").
//!
//! A phrase with parts is written with `{0}`, `{1}` in both languages, so a language can put
//! the parts (a variable's name, a count) in its own order. An English phrase with no entry
//! prints unchanged; `tests/i18n.rs` lists the English terms an Indonesian table must not show.

use super::template::{captures, fill_in};
use crate::number::Locale;

/// English term or phrase → Indonesian.
pub static TERMS: &[(&str, &str)] = &[
    // Crosstabs
    ("Case Processing Summary", "Ringkasan Pemrosesan Kasus"),
    ("Valid", "Valid"),
    ("Missing", "Hilang"),
    ("Total", "Total"),
    ("Percent", "Persen"),
    ("Row", "Baris"),
    ("Column", "Kolom"),
    ("{0} * {1} Crosstabulation", "Tabulasi Silang {0} * {1}"),
    ("Count", "Jumlah"),
    ("Expected Count", "Jumlah yang Diharapkan"),
    ("% within {0}", "% dalam {0}"),
    ("Chi-Square Tests", "Uji Chi-Square"),
    ("Value", "Nilai"),
    ("Asymp. Sig. (2-sided)", "Sig. Asimtotik (2-sisi)"),
    ("Exact Sig. (2-sided)", "Sig. Eksak (2-sisi)"),
    ("Exact Sig. (1-sided)", "Sig. Eksak (1-sisi)"),
    ("Pearson Chi-Square", "Chi-Square Pearson"),
    ("Continuity Correction", "Koreksi Kontinuitas"),
    ("Likelihood Ratio", "Rasio Kemungkinan"),
    ("Fisher's Exact Test", "Uji Eksak Fisher"),
    ("Linear-by-Linear Association", "Asosiasi Linear-dengan-Linear"),
    ("N of Valid Cases", "Jumlah Kasus Valid"),
    (
        "a. {0} cells ({1}%) have expected count less than 5. The minimum expected count is {2}.",
        "a. {0} sel ({1}%) memiliki jumlah yang diharapkan kurang dari 5. Jumlah minimum yang diharapkan adalah {2}.",
    ),
    ("b. Computed only for a 2x2 table", "b. Hanya dihitung untuk tabel 2x2"),
    ("Symmetric Measures", "Ukuran Simetris"),
    ("Approximate Significance", "Signifikansi Aproksimasi"),
    ("Nominal by Nominal", "Nominal dengan Nominal"),
    ("Contingency Coefficient", "Koefisien Kontingensi"),
    ("Risk Estimate", "Estimasi Risiko"),
    ("{0}% Confidence Interval", "Interval Kepercayaan {0}%"),
    ("Lower", "Bawah"),
    ("Upper", "Atas"),
    ("Odds Ratio for {0} ({1} / {2})", "Rasio Odds untuk {0} ({1} / {2})"),
    ("For cohort {0} = {1}", "Untuk kohort {0} = {1}"),
    ("Note: {0}", "Catatan: {0}"),
    // Reliability and item validity
    ("Cases", "Kasus"),
    ("Excluded (a)", "Dikecualikan (a)"),
    (
        "a. Listwise deletion based on all variables in the procedure.",
        "a. Penghapusan listwise berdasarkan semua variabel dalam prosedur.",
    ),
    ("Reliability Statistics", "Statistik Reliabilitas"),
    ("Cronbach's Alpha", "Alpha Cronbach"),
    (
        "Cronbach's Alpha Based on Standardized Items",
        "Alpha Cronbach Berdasarkan Item yang Dibakukan",
    ),
    ("N of Items", "Jumlah Item"),
    ("Item-Total Statistics", "Statistik Item-Total"),
    ("Scale Mean if Item Deleted", "Rata-rata Skala jika Item Dihapus"),
    ("Scale Variance if Item Deleted", "Varians Skala jika Item Dihapus"),
    ("Corrected Item-Total Correlation", "Korelasi Item-Total Terkoreksi"),
    ("Squared Multiple Correlation", "Kuadrat Korelasi Berganda"),
    ("Cronbach's Alpha if Item Deleted", "Alpha Cronbach jika Item Dihapus"),
    ("Summary Item Statistics", "Ringkasan Statistik Item"),
    ("Mean", "Rata-rata"),
    ("Minimum", "Minimum"),
    ("Maximum", "Maksimum"),
    ("Range", "Rentang"),
    ("Maximum / Minimum", "Maksimum / Minimum"),
    ("Variance", "Varians"),
    ("Item Means", "Rata-rata Item"),
    ("Item Variances", "Varians Item"),
    ("Inter-Item Covariances", "Kovarians Antar-Item"),
    ("Inter-Item Correlations", "Korelasi Antar-Item"),
    (
        "Item validity: {0} against r table {1} (n = {2}, alpha {3}, {4}-tailed)",
        "Validitas item: {0} terhadap r tabel {1} (n = {2}, alpha {3}, {4} sisi)",
    ),
    ("item-total r", "r item-total"),
    ("corrected item-total r", "r item-total terkoreksi"),
    ("item", "item"),
    ("corrected r", "r terkoreksi"),
    ("r table", "r tabel"),
    ("verdict", "kesimpulan"),
    ("{0} valid, {1} invalid", "{0} valid, {1} tidak valid"),
    // Frequencies and the Statistics table
    ("Frequency", "Frekuensi"),
    ("Valid Percent", "Persen Valid"),
    ("Cumulative Percent", "Persen Kumulatif"),
    ("System", "Sistem"),
    ("Statistics", "Statistik"),
    ("Std. Error of Mean", "Galat Baku Rata-rata"),
    ("Median", "Median"),
    ("Mode", "Modus"),
    ("Std. Deviation", "Simpangan Baku"),
    ("Skewness", "Kemencengan"),
    ("Std. Error of Skewness", "Galat Baku Kemencengan"),
    ("Kurtosis", "Kurtosis"),
    ("Std. Error of Kurtosis", "Galat Baku Kurtosis"),
    ("Sum", "Jumlah"),
    ("Percentiles", "Persentil"),
    ("Tukey's Hinges", "Engsel Tukey"),
    (
        "a. Multiple modes exist. The smallest value is shown",
        "a. Terdapat lebih dari satu modus. Yang ditampilkan adalah nilai terkecil",
    ),
    // Hypothesis tests
    ("Correlations", "Korelasi"),
    ("Spearman's rho", "Rho Spearman"),
    ("Kendall's tau_b", "Tau_b Kendall"),
    ("Correlation Coefficient", "Koefisien Korelasi"),
    ("Sig. (2-tailed)", "Sig. (2-sisi)"),
    ("Group Statistics", "Statistik Kelompok"),
    ("Std. Error Mean", "Galat Baku Rata-rata"),
    ("Independent Samples Test", "Uji Sampel Independen"),
    ("Levene F", "F Levene"),
    ("Mean Difference", "Selisih Rata-rata"),
    ("Std. Error Difference", "Galat Baku Selisih"),
    ("{0} CI Lower", "Batas Bawah IK {0}"),
    ("{0} CI Upper", "Batas Atas IK {0}"),
    ("Equal variances assumed", "Varians sama diasumsikan"),
    ("Equal variances not assumed", "Varians sama tidak diasumsikan"),
    (
        "Levene's test is undefined: every case lies as far from its group mean as the others of its group.",
        "Uji Levene tidak terdefinisi: setiap kasus sama jauhnya dari rata-rata kelompoknya seperti kasus lain dalam kelompok itu.",
    ),
    ("Paired Samples Statistics", "Statistik Sampel Berpasangan"),
    ("Paired Samples Correlations", "Korelasi Sampel Berpasangan"),
    ("Correlation", "Korelasi"),
    ("first", "pertama"),
    ("second", "kedua"),
    ("first & second", "pertama & kedua"),
    ("Paired Samples Test", "Uji Sampel Berpasangan"),
    ("first - second", "pertama - kedua"),
    ("second - first", "kedua - pertama"),
    ("Ranks", "Peringkat"),
    ("Mean Rank", "Rata-rata Peringkat"),
    ("Sum of Ranks", "Jumlah Peringkat"),
    ("Test Statistics", "Statistik Uji"),
    ("Mann-Whitney U", "U Mann-Whitney"),
    ("Wilcoxon W", "W Wilcoxon"),
    ("Asymp. Sig. (2-tailed)", "Sig. Asimtotik (2-sisi)"),
    ("Exact Sig. [2*(1-tailed Sig.)]", "Sig. Eksak [2*(Sig. 1-sisi)]"),
    ("Exact Sig. (2-tailed)", "Sig. Eksak (2-sisi)"),
    ("b. Not corrected for ties.", "b. Tidak dikoreksi untuk nilai kembar."),
    ("Negative Ranks", "Peringkat Negatif"),
    ("Positive Ranks", "Peringkat Positif"),
    ("Ties", "Kembar"),
    ("a. Based on {0}.", "a. Berdasarkan {0}."),
    ("positive ranks", "peringkat positif"),
    ("negative ranks", "peringkat negatif"),
    ("Tests of Normality", "Uji Normalitas"),
    ("Kolmogorov-Smirnov(a) Statistic", "Statistik Kolmogorov-Smirnov(a)"),
    ("Shapiro-Wilk Statistic", "Statistik Shapiro-Wilk"),
    (
        "*. This is a lower bound of the true significance.",
        "*. Ini adalah batas bawah signifikansi yang sebenarnya.",
    ),
    ("a. Lilliefors Significance Correction", "a. Koreksi Signifikansi Lilliefors"),
    (
        "Shapiro-Wilk covers 3 to 5000 cases; only the Lilliefors test is given",
        "Shapiro-Wilk mencakup 3 sampai 5000 kasus; hanya uji Lilliefors yang diberikan",
    ),
    ("McNemar Test", "Uji McNemar"),
    ("a. Binomial distribution used.", "a. Menggunakan distribusi binomial."),
    (
        "Continuity corrected chi-square (more than 25 discordant pairs).",
        "Chi-square dengan koreksi kontinuitas (lebih dari 25 pasangan sumbang).",
    ),
];

/// The notes a statistics result carries as text (`notes` of a crosstab): English with `{}`
/// holes → Indonesian with `{0}`; a part is itself looked up in [`TERMS`] and these notes.
pub static NOTES: &[(&str, &str)] = &[
    (
        "Fisher's exact test is not shown: the counts are not whole numbers",
        "Uji eksak Fisher tidak ditampilkan: jumlahnya bukan bilangan bulat",
    ),
    (
        "Fisher's exact test is not shown: {}",
        "Uji eksak Fisher tidak ditampilkan: {0}",
    ),
    (
        "the table is too large to compute Fisher's exact test exactly (it would take more than {} steps); use the chi-square test (in a table larger than 2×2, merging categories also helps)",
        "tabel terlalu besar untuk menghitung uji eksak Fisher secara eksak (lebih dari {0} langkah); gunakan uji chi-square (pada tabel lebih besar dari 2×2, menggabungkan kategori juga membantu)",
    ),
    // stats::Note, the notes of a crosstab's risk estimate and of a reliability analysis.
    (
        "item {} has zero variance, so its correlation is undefined",
        "item {0} memiliki varians nol, sehingga korelasinya tidak terdefinisi",
    ),
    (
        "without item {} the remaining items' total has zero variance, so its item-total correlation and alpha if deleted are undefined",
        "tanpa item {0}, total item lainnya memiliki varians nol, sehingga korelasi item-total dan alpha jika item dihapus tidak terdefinisi",
    ),
    (
        "the mean inter-item correlation is -1/(k-1), so standardized alpha is undefined",
        "rata-rata korelasi antar-item adalah -1/(k-1), sehingga alpha yang dibakukan tidak terdefinisi",
    ),
    (
        "the scale has only 2 items, so alpha if item deleted is undefined (one item would be left)",
        "skala hanya memiliki 2 item, sehingga alpha jika item dihapus tidak terdefinisi (hanya satu item yang tersisa)",
    ),
    (
        "the determinant of the inter-item correlation matrix is zero or approximately zero (an item is a linear combination of others), so the squared multiple correlations, which need its inverse, are left blank, as SPSS leaves them",
        "determinan matriks korelasi antar-item nol atau hampir nol (sebuah item adalah kombinasi linear item lain), sehingga kuadrat korelasi berganda, yang memerlukan inversnya, dikosongkan, seperti pada SPSS",
    ),
    (
        "cell {} (row {}, column {}) has count 0, so the {} is left out, as SPSS leaves it out (no 0.5 is added to the cells)",
        "sel {0} (baris {1}, kolom {2}) berjumlah 0, sehingga {3} tidak ditampilkan, seperti pada SPSS (sel tidak ditambah 0,5)",
    ),
];

/// `english` (a term, or a phrase with `{0}`, `{1}` holes) with `parts` filled in, in `locale`.
pub fn phrase(english: &str, parts: &[&str], locale: Locale) -> String {
    let parts: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    let template = match locale {
        Locale::En => english,
        Locale::Id => TERMS
            .iter()
            .find(|(en, _)| *en == english)
            .map_or(english, |(_, id)| *id),
    };
    fill_in(template, &parts)
}

/// A text a result carries (a note, a field's value such as "positive ranks") in `locale`:
/// the whole text when it is a term, else a note's template; unchanged when neither matches.
pub fn text(english: &str, locale: Locale) -> String {
    if locale == Locale::En {
        return english.to_string();
    }
    if let Some((_, id)) = TERMS.iter().find(|(en, _)| *en == english) {
        return (*id).to_string();
    }
    for (en, id) in NOTES {
        if let Some(parts) = captures(en, english) {
            let parts: Vec<String> = parts.into_iter().map(|p| text(p, locale)).collect();
            return fill_in(id, &parts);
        }
    }
    english.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_the_template_filled_in() {
        assert_eq!(
            phrase("{0} * {1} Crosstabulation", &["a", "b"], Locale::En),
            "a * b Crosstabulation"
        );
        assert_eq!(
            phrase("{0} * {1} Crosstabulation", &["a", "b"], Locale::Id),
            "Tabulasi Silang a * b"
        );
        assert_eq!(phrase("Count", &[], Locale::Id), "Jumlah");
        assert_eq!(phrase("no such term", &[], Locale::Id), "no such term");
    }

    #[test]
    fn every_term_is_listed_once_and_keeps_its_holes() {
        for (i, (en, id)) in TERMS.iter().enumerate() {
            assert!(!TERMS[..i].iter().any(|(e, _)| e == en), "{en} twice");
            // At most 5 parts (`every_part_is_shown_as_given` fills 5).
            assert!(!en.contains("{5}"), "{en}");
            for k in 0..6 {
                let hole = format!("{{{k}}}");
                assert_eq!(en.contains(&hole), id.contains(&hole), "{en} / {id}");
            }
            // The HTML report splits a table's text at two spaces.
            assert!(!id.contains("  "), "{id}");
        }
    }

    proptest::proptest! {
        /// Whatever a variable is called, every phrase shows each of its parts exactly as
        /// given, in either language: a name is placed, never lost or altered.
        #[test]
        fn every_part_is_shown_as_given(
            i in 0..TERMS.len(),
            parts in proptest::collection::vec("[A-Za-z_é0-9 .%]{1,10}", 5),
        ) {
            let (en, _) = TERMS[i];
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            for locale in [Locale::En, Locale::Id] {
                let shown = phrase(en, &parts, locale);
                for (k, p) in parts.iter().enumerate() {
                    if en.contains(&format!("{{{k}}}")) {
                        proptest::prop_assert!(shown.contains(p), "{} lost {} in {}", en, p, shown);
                    }
                }
                proptest::prop_assert!(!shown.contains('{'), "{}", shown);
            }
        }
    }

    #[test]
    fn a_note_and_its_part_are_translated() {
        assert_eq!(
            text(
                "Fisher's exact test is not shown: the counts are not whole numbers",
                Locale::Id
            ),
            "Uji eksak Fisher tidak ditampilkan: jumlahnya bukan bilangan bulat"
        );
        assert_eq!(text("positive ranks", Locale::Id), "peringkat positif");
        assert_eq!(text("positive ranks", Locale::En), "positive ranks");
    }
}
