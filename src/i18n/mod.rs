//! Bahasa Indonesia for what wl says under `--locale id`: the diagnostics' messages, labels,
//! hints and notes, through a message catalogue keyed by code with English as the fallback, and
//! the few words around them (`Error`, `Help`, `Note`).
//!
//! Why a hand-written catalogue of templates rather than Fluent: wl builds each message in
//! English where the problem is found (a few hundred `format!` sites across the lexer, parser,
//! checks, interpreter, natives and the stdlib's `fail` calls). Fluent would move every one of
//! them into `.ftl` files with named arguments, touching every module, and add a dozen crates.
//! Here the English text stays where it is written and the catalogue matches it at rendering
//! time against templates (`unknown name `{}``), filling the Indonesian template with the parts
//! (`nama `{0}` tidak dikenal`). A part is itself translated when a template matches it (the
//! type in "{} cannot be called"), and its decimal points become commas; a `{!}` part is the
//! user's own words and is kept exactly as written. The cost: a message
//! whose English wording changes loses its translation silently, so a test renders every
//! code's example under `id` and names each code with text the catalogue does not cover.
//!
//! To translate a new code: add one [`Entry`] to `catalogue.rs` with its title and its
//! templates; texts any code may show (`in this call`) go in [`COMMON`]. The Indonesian docs of
//! the workload functions are in [`docs`].

mod catalogue;
pub mod docs;
pub mod spss;
mod template;

pub use catalogue::{Entry, CATALOGUE, COMMON};
pub use template::fill_in;

use crate::number::Locale;

/// How deep the parts of a message are translated in turn (a chain of calls nests).
const MAX_DEPTH: usize = 8;

/// The catalogue entry of a code (`E0301`).
pub fn entry(code: &str) -> Option<&'static Entry> {
    CATALOGUE.iter().find(|e| e.code == code)
}

/// `text`, shown by a diagnostic with code `code`, in `locale`; English text with no template
/// stays as it is. See [`translate`] for whether a template matched.
pub fn localize(code: &str, text: &str, locale: Locale) -> String {
    match locale {
        Locale::En => text.to_string(),
        Locale::Id => translate(code, text).unwrap_or_else(|| text.to_string()),
    }
}

/// The Indonesian for `text` from the templates of `code` and the common ones; `None` when no
/// template matches, which is how the leak test finds what is missing.
pub fn translate(code: &str, text: &str) -> Option<String> {
    translate_at(entry(code), text, 0, false)
}

/// [`translate`] with the user's own words (a `{!}` part) shown as `…`: what a test looks at
/// for English left in a translation.
pub fn translate_masked(code: &str, text: &str) -> Option<String> {
    translate_at(entry(code), text, 0, true)
}

fn translate_at(entry: Option<&Entry>, text: &str, depth: usize, mask: bool) -> Option<String> {
    if depth > MAX_DEPTH {
        return None;
    }
    let own = entry.map_or(&[][..], |e| e.texts);
    let shared = entry.map_or(&[][..], |e| e.shared);
    let title = entry.map(|e| (e.english_title(), e.title));
    let templates = own
        .iter()
        .chain(shared)
        .copied()
        .chain(title)
        .chain(COMMON.iter().copied());
    for (english, indonesian) in templates {
        if let Some(parts) = template::captures(english, text) {
            let parts: Vec<String> = parts
                .into_iter()
                .enumerate()
                .map(|(i, p)| match template::is_verbatim(english, i) {
                    true if mask => "…".to_string(),
                    true => p.to_string(),
                    false => {
                        translate_at(entry, p, depth + 1, mask).unwrap_or_else(|| decimal_commas(p))
                    }
                })
                .collect();
            return Some(template::fill_in(indonesian, &parts));
        }
    }
    None
}

/// `0.46` → `0,46` in a part of a message: a point between two digits, outside text quoted with
/// backticks or double quotes (a name, a file, the user's own words).
pub fn decimal_commas(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut quote: Option<char> = None;
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        match quote {
            Some(q) if c == q => quote = None,
            None if c == '`' || c == '"' => quote = Some(c),
            _ => {}
        }
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        out.push(if c == '.' && quote.is_none() && between_digits {
            ','
        } else {
            c
        });
    }
    out
}

/// The words a report is headed and annotated with.
pub struct Words {
    pub error: &'static str,
    pub warning: &'static str,
    pub help: &'static str,
    pub note: &'static str,
}

pub fn words(locale: Locale) -> Words {
    match locale {
        Locale::En => Words {
            error: "Error",
            warning: "Warning",
            help: "Help",
            note: "Note",
        },
        Locale::Id => Words {
            error: "Galat",
            warning: "Peringatan",
            help: "Saran",
            note: "Catatan",
        },
    }
}

/// A code's title in `locale` (the English one when it has no entry yet).
pub fn title(code: &crate::codes::Code, locale: Locale) -> &'static str {
    match (locale, entry(code.id())) {
        (Locale::Id, Some(e)) => e.title,
        _ => code.title(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;

    #[test]
    fn a_message_and_its_parts_are_translated() {
        assert_eq!(
            translate("E0201", "unknown name `hours_per_dya`").as_deref(),
            Some("nama `hours_per_dya` tidak dikenal")
        );
        // The type inside the message has its own template.
        assert_eq!(
            translate("E0212", "a number cannot be called").as_deref(),
            Some("angka tidak dapat dipanggil")
        );
        assert_eq!(translate("E0201", "something new"), None);
    }

    #[test]
    fn numbers_in_parts_get_decimal_commas_and_quoted_text_is_left_alone() {
        assert_eq!(decimal_commas("0.46 and 1.28"), "0,46 and 1,28");
        assert_eq!(
            decimal_commas("`v1.2` \"5.5 h\" 5.5 h"),
            "`v1.2` \"5.5 h\" 5,5 h"
        );
        assert_eq!(decimal_commas("0..3 and x.y"), "0..3 and x.y");
    }

    #[test]
    fn every_entry_names_a_known_code_once_and_fills_only_its_holes() {
        let mut seen = Vec::new();
        for e in CATALOGUE {
            assert!(
                Code::ALL.iter().any(|c| c.id() == e.code),
                "{} is not a code",
                e.code
            );
            assert!(!seen.contains(&e.code), "{} has two entries", e.code);
            seen.push(e.code);
            for (en, id) in e.texts.iter().chain(e.shared).chain(COMMON) {
                assert!(
                    template::references(id) <= template::holes(en),
                    "{}: `{id}` refers to a part `{en}` does not have",
                    e.code
                );
            }
        }
    }

    #[test]
    fn a_batch_warning_names_its_rows_in_indonesian_and_leaves_the_notes_to_common() {
        assert_eq!(
            translate(
                "E0504",
                "`pkm.csv`: no standard for activity \"xray\" of category \"nurse\" at line 6 (F), line 9 (H), and 2 more; left out with the rest of each facility's rows"
            )
            .as_deref(),
            Some("`pkm.csv`: tidak ada standar untuk kegiatan \"xray\" pada kategori \"nurse\" di baris 6 (F), baris 9 (H), dan 2 lainnya; dikeluarkan bersama semua baris lain dari fasilitasnya")
        );
        // The chain of calls is COMMON's: no template of the rows takes it first.
        assert_eq!(
            translate("E0504", "in `wisn_batch`, called from your line 7").as_deref(),
            Some("di `wisn_batch`, dipanggil dari baris 7 Anda")
        );
    }

    #[test]
    fn english_stays_english() {
        assert_eq!(
            localize("E0201", "unknown name `x`", Locale::En),
            "unknown name `x`"
        );
    }
}
