//! Indonesian labels for the category words wl's functions produce: the words of a
//! [`Locale`], kept beside it so that values and tables print them without reaching into output.
//!
//! Under `--locale id`, a text value that is exactly one of these words is printed as its
//! Indonesian label (in text, CSV, Markdown and .xlsx output; JSON keeps the English word so
//! that programs reading it see one vocabulary). Only whole values are translated, never words
//! inside longer text, and a value with no entry prints unchanged, so adding a new category
//! string elsewhere can never break output.
//!
//! To add a label: append one `("english", "indonesia")` pair to [`ID`], in lower case. A value
//! that starts with a capital letter gets a capitalised label ("High" → "Tinggi").

use crate::number::Locale;
use std::borrow::Cow;

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
    ("below effective time", "di bawah waktu kerja efektif"),
];

/// The label `text` is printed with in `locale`.
pub fn label(text: &str, locale: Locale) -> Cow<'_, str> {
    if locale == Locale::En || text.is_empty() || text.len() > 20 {
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
    fn the_table_has_no_duplicate_and_is_lower_case() {
        for (i, (en, _)) in ID.iter().enumerate() {
            assert_eq!(*en, en.to_lowercase());
            assert!(!ID[..i].iter().any(|(e, _)| e == en), "{en} twice");
        }
    }
}
