//! W0101: a counted unit that looks like a misspelt time unit (`5 hous`). Any word after a
//! number is a counted unit, so the rule is narrow: the word must be one edit from a time unit
//! (two for words of five letters or more), start with the same letter, and not be a count noun
//! planners use (`unit`, `materi`, `berkas`, `tindakan`, ...); Indonesian abbreviations (`mnt`
//! for `menit`) are caught by name. A word is reported once, with a label at each place it is
//! written.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::suggest::distance;
use crate::units::{builtin_unit_names, singular};

/// Count nouns that sit close to a time unit but are what is counted (English and Indonesian).
const COUNT_NOUNS: &[&str] = &[
    "unit", "units", "item", "items", "set", "sets", "minor", "materi", "berkas", "tindakan",
    "hasil", "hamil", "harian", "menu", "jamaah",
];

/// Indonesian abbreviations of time units, too short to be caught as typos.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("mnt", "menit"),
    ("dtk", "s"),
    ("bln", "bulan"),
    ("thn", "tahun"),
    ("mgg", "minggu"),
];

/// The time unit `word` is probably a typo or an abbreviation of, if any.
pub fn looks_like(word: &str) -> Option<&'static str> {
    if let Some((_, unit)) = ABBREVIATIONS.iter().find(|(a, _)| *a == word) {
        return Some(unit);
    }
    let len = word.chars().count();
    // A count noun in the plural too: `menus` is `menu`s, not a misspelt `mins`.
    let lower = word.to_lowercase();
    let counted = |w: &str| COUNT_NOUNS.contains(&w);
    if len < 2 || counted(&lower) || counted(&singular(&lower)) {
        return None;
    }
    let limit = if len >= 5 { 2 } else { 1 };
    let first = word.chars().next()?.to_ascii_lowercase();
    builtin_unit_names()
        .filter(|t| t.starts_with(first) && *t != word)
        .map(|t| (distance(word, t), t))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, t)| (*d, t.len()))
        .map(|(_, t)| t)
}

/// The words seen so far that look like typos, each with every place it was written.
#[derive(Default)]
pub struct Typos {
    seen: Vec<(String, &'static str, Vec<Span>)>,
}

impl Typos {
    /// Note a counted unit written at `at`.
    pub fn note(&mut self, word: &str, at: Span) {
        if let Some(entry) = self.seen.iter_mut().find(|(w, _, _)| w == word) {
            entry.2.push(at);
        } else if let Some(t) = looks_like(word) {
            self.seen.push((word.to_string(), t, vec![at]));
        }
    }

    /// One warning per word, at its first place, with the others labelled.
    pub fn into_diagnostics(self) -> impl Iterator<Item = Diagnostic> {
        self.seen.into_iter().map(|(word, time, spans)| {
            let times = match spans.len() {
                1 => String::new(),
                n => format!(" ({n} times)"),
            };
            let mut d = Diagnostic::warning(
                Code::UnitLooksLikeTypo,
                format!("`{word}` is taken as a counted unit, like `visits`{times}"),
                spans[0],
                "not a time unit",
            )
            .with_hint(format!(
                "did you mean `{time}`? If `{word}` is what is counted, this warning can be ignored"
            ));
            for s in &spans[1..] {
                d = d.with_label(*s, "here too");
            }
            d
        })
    }
}

#[cfg(test)]
mod tests {
    use super::looks_like;
    use proptest::prelude::*;

    #[test]
    fn count_nouns_planners_write_are_not_taken_for_time_units() {
        // Reported last round as `day` for `bayi` and `months` for `births`: neither starts with
        // the letter of the time unit, so neither is suggested.
        for word in [
            "bayi",
            "births",
            "birth",
            "babies",
            "pasien",
            "kunjungan",
            "dosis",
            "deliveries",
            "persalinan",
            "rujukan",
            "sampel",
            "materi",
            "berkas",
            "tindakan",
            "unit",
            "kasus",
        ] {
            assert_eq!(looks_like(word), None, "{word}");
        }
    }

    #[test]
    fn misspelt_time_units_are_caught() {
        for (word, unit) in [("hous", "hour"), ("mintues", "minutes"), ("bulna", "bulan")] {
            assert_eq!(looks_like(word), Some(unit), "{word}");
        }
        assert_eq!(looks_like("mnt"), Some("menit"));
    }

    proptest! {
        #[test]
        fn a_suggested_time_unit_starts_with_the_words_letter(word in "[a-z]{2,9}") {
            // Abbreviations (`mnt` for `menit`, `dtk` for `s`) are listed by name.
            if let Some(unit) = looks_like(&word).filter(|_| !["mnt", "dtk", "bln", "thn", "mgg"].contains(&word.as_str())) {
                prop_assert_eq!(unit.chars().next(), word.chars().next());
            }
        }
    }
}
