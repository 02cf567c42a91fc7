//! Matching an English message against a catalogue template and filling in its translation.
//!
//! An English template marks each variable part with `{}` (`unknown name `{}``); its
//! translation names them by position, `{0}`, `{1}`, so a language can put them in its own
//! order. Only `{}` and `{N}` are placeholders: other braces (`{ ... }` in a hint quoting wl
//! code) are plain text.

/// A placeholder for the user's own words (an assertion's message): kept exactly as written,
/// neither translated nor given decimal commas.
pub const VERBATIM: &str = "{!}";

/// Whether the `i`-th placeholder of `template` is [`VERBATIM`].
pub fn is_verbatim(template: &str, i: usize) -> bool {
    let mut holes = template.match_indices('{').filter_map(|(at, _)| {
        let rest = &template[at..];
        if rest.starts_with("{}") {
            Some(false)
        } else if rest.starts_with(VERBATIM) {
            Some(true)
        } else {
            None
        }
    });
    holes.nth(i).unwrap_or(false)
}

/// The variable parts of `text` when it matches `template`, shortest first part first (the
/// literal text between placeholders anchors each one); `None` when it does not match.
pub fn captures<'t>(template: &str, text: &'t str) -> Option<Vec<&'t str>> {
    let template = template.replace(VERBATIM, "{}");
    let pieces: Vec<&str> = template.split("{}").collect();
    let rest = text.strip_prefix(pieces[0])?;
    let mut out = Vec::with_capacity(pieces.len() - 1);
    if fill(&pieces[1..], rest, &mut out) {
        Some(out)
    } else {
        None
    }
}

/// Match the remaining literal `pieces`, each preceded by a placeholder, against `text`.
fn fill<'t>(pieces: &[&str], text: &'t str, out: &mut Vec<&'t str>) -> bool {
    let Some((literal, later)) = pieces.split_first() else {
        return text.is_empty();
    };
    if later.is_empty() {
        // The last placeholder takes everything up to the template's final literal.
        return match text.strip_suffix(literal) {
            Some(part) if !part.is_empty() => {
                out.push(part);
                true
            }
            _ => false,
        };
    }
    // Each placeholder holds at least one character; try the shortest first.
    let mut from = text.char_indices().nth(1).map_or(text.len(), |(i, _)| i);
    while let Some(at) = text[from..].find(literal).map(|i| i + from) {
        out.push(&text[..at]);
        if fill(later, &text[at + literal.len()..], out) {
            return true;
        }
        out.pop();
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

/// `translation` with `{0}`, `{1}`, ... replaced by `parts`, in one pass (a part that holds
/// braces is left as it is).
pub fn fill_in(translation: &str, parts: &[impl AsRef<str>]) -> String {
    let mut out = String::with_capacity(translation.len() + 16);
    let mut rest = translation;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let index = after[..digits].parse::<usize>().ok();
        match index.and_then(|i| parts.get(i)) {
            Some(part) if after[digits..].starts_with('}') => {
                out.push_str(part.as_ref());
                rest = &after[digits + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The number of `{}` placeholders in an English template.
#[cfg(test)]
pub fn holes(template: &str) -> usize {
    template.matches("{}").count() + template.matches(VERBATIM).count()
}

/// The highest `{N}` a translation refers to, plus one (0 when it has none).
#[cfg(test)]
pub fn references(translation: &str) -> usize {
    (0..10)
        .filter(|i| translation.contains(&format!("{{{i}}}")))
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn literal_text_anchors_the_parts() {
        assert_eq!(
            captures(
                "cannot combine {} with {}",
                "cannot combine min with visits"
            ),
            Some(vec!["min", "visits"])
        );
        assert_eq!(
            captures("unknown name `{}`", "unknown name `x`"),
            Some(vec!["x"])
        );
        assert_eq!(captures("unknown name `{}`", "unknown field `x`"), None);
        assert_eq!(
            captures("division by zero", "division by zero"),
            Some(vec![])
        );
        assert_eq!(
            captures("{} items", " items"),
            None,
            "a part is never empty"
        );
    }

    #[test]
    fn a_later_literal_is_found_past_an_earlier_false_start() {
        // The first ", called from " is inside the first part.
        assert_eq!(
            captures(
                "in {}, called from your line {}",
                "in `f`, called from `g` (a.wl:2), called from your line 4"
            ),
            Some(vec!["`f`, called from `g` (a.wl:2)", "4"])
        );
    }

    #[test]
    fn verbatim_holes_are_holes_too() {
        let t = "assertion failed: {!} at {}";
        assert_eq!(
            captures(t, "assertion failed: 5.5 h at 3"),
            Some(vec!["5.5 h", "3"])
        );
        assert!(is_verbatim(t, 0));
        assert!(!is_verbatim(t, 1));
        assert!(!is_verbatim("`{label: 1}` {}", 0));
    }

    #[test]
    fn translations_reorder_and_keep_other_braces() {
        let parts = vec!["a".to_string(), "b".to_string()];
        assert_eq!(fill_in("{1} lalu {0}", &parts), "b lalu a");
        assert_eq!(
            fill_in("`cadre {0} in X { ... }`", &parts),
            "`cadre a in X { ... }`"
        );
        assert_eq!(fill_in("{9} {", &parts), "{9} {");
    }

    proptest! {
        /// Whatever fills the holes (without the literal text between them), matching gives the
        /// parts back.
        #[test]
        fn matching_a_filled_template_gives_its_parts(
            a in "[a-zé`0-9 .]{1,12}",
            b in "[a-z0-9%]{1,8}",
        ) {
            prop_assume!(!a.contains(" with "));
            let text = format!("cannot combine {a} with {b}!");
            prop_assert_eq!(
                captures("cannot combine {} with {}!", &text),
                Some(vec![a.as_str(), b.as_str()])
            );
        }
    }
}
