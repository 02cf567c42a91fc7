//! The reference a newcomer reads: `docs/reference.md`, printed by `wl reference`, generated
//! from the one registry (every public function), the declaration kinds (`kinds`) and the
//! catalogue of diagnostic codes (`codes`, each with its example program rendered as wl shows
//! it). `wl help NAME` and the REPL's `:help NAME` print the same entry text, so the three never
//! disagree; a test fails when the committed file is not what this module generates.
//!
//! It renders example programs, so it sits above the engine, beside the CLI and the REPL.

use crate::codes::Code;
use crate::engine::Session;
use crate::number::Locale;
use crate::output::OutputSettings;
use crate::registry::{self, Entry, Origin};

/// The command that rewrites the committed reference (run from the repository root: two code
/// examples read and write paths relative to it).
pub const REGENERATE: &str = "cargo run -- reference > docs/reference.md";

/// The whole reference, as Markdown.
pub fn markdown() -> String {
    let mut out = String::new();
    out.push_str(&intro());
    out.push_str(&functions());
    out.push_str(&declarations());
    out.push_str(&codes());
    out
}

fn intro() -> String {
    let groups: Vec<String> = origins()
        .iter()
        .map(|o| format!("[{}](#{})", o.heading(), anchor(&o.heading())))
        .collect();
    format!(
        "# wl reference\n\n\
         Every function a script can call, every kind of declaration and every diagnostic code, \
         generated from wl itself (`wl reference`; regenerate this file with `{REGENERATE}`). \
         `wl help NAME` prints the same entry for a function, a declaration kind or a code \
         (`wl help wisn`, `wl help cadre`, `wl help E0301`), and so does `:help NAME` in the \
         REPL. A parameter ending in `?` may be left out; one ending in `...` takes any number \
         of values.\n\n\
         - [Functions](#functions): {}\n\
         - [Declarations](#declarations): {}\n\
         - [Diagnostic codes](#diagnostic-codes)\n\n",
        groups.join(", "),
        crate::kinds::KINDS
            .iter()
            .map(|k| format!("[{0}](#{0})", k.name))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The groups of natives and the stdlib files, in the registry's order.
fn origins() -> Vec<Origin> {
    let mut seen: Vec<Origin> = Vec::new();
    for e in registry::public() {
        if !seen.contains(&e.origin) {
            seen.push(e.origin);
        }
    }
    seen
}

/// GitHub's anchor for a heading: lower case, spaces to `-`, punctuation dropped.
fn anchor(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

fn functions() -> String {
    let mut out = String::from(
        "## Functions\n\nNatives are written in Rust; the stdlib functions are written in wl \
         (`stdlib/`), and `explain` shows their formulas step by step.\n\n",
    );
    for origin in origins() {
        let entries: Vec<&Entry> = registry::public().filter(|e| e.origin == origin).collect();
        out.push_str(&format!("### {}\n\n", origin.heading()));
        let names: Vec<String> = entries
            .iter()
            .map(|e| format!("[`{0}`](#{1})", e.name, anchor(e.name)))
            .collect();
        out.push_str(&format!("{}\n\n", names.join(" · ")));
        for e in entries {
            out.push_str(&format!("#### {}\n\n```text\n{}```\n\n", e.name, e.help()));
        }
    }
    out
}

fn declarations() -> String {
    let mut out = String::from(
        "## Declarations\n\nA declaration names a calendar, a cadre (with its activities) or a \
         questionnaire scale; wl checks every field's value and unit before anything runs.\n\n",
    );
    for k in crate::kinds::KINDS {
        out.push_str(&format!(
            "### {}\n\n```text\n{}```\n\n",
            k.name,
            registry::kind_help(k)
        ));
    }
    out
}

fn codes() -> String {
    let mut out = String::from(
        "## Diagnostic codes\n\nEvery problem wl reports carries one of these codes (`E` an \
         error, which stops the run; `W` a warning). Each is shown with a small program that \
         triggers it and what wl prints for it.\n\n",
    );
    for &code in Code::ALL {
        out.push_str(&format!("### {} {}\n\n", code.id(), code.title()));
        let example = code.example();
        if example.is_empty() {
            out.push_str(&format!("{}\n\n", no_example(code)));
            continue;
        }
        out.push_str(&format!(
            "```wl\n{example}```\n\n```text\n{}```\n\n",
            example_report(code, Locale::En)
        ));
    }
    out
}

/// Why a code has no example program: what triggers it cannot be written in a few lines.
fn no_example(code: Code) -> &'static str {
    match code {
        Code::TooDeep => {
            "Input nested hundreds of levels deep (brackets, operators or a very long sum), which \
             wl stops reading rather than overflow its stack."
        }
        Code::Interrupted => "Ctrl-C pressed while the REPL evaluates a line.",
        Code::TimeLimit => "A run longer than `wl run --time-limit SECONDS` (600 by default).",
        _ => "No short program triggers it.",
    }
}

/// What wl shows for a code's example program, without colour: the report of `wl run`, or of
/// `wl check` for a problem only the static check finds, in `locale`.
pub fn example_report(code: Code, locale: Locale) -> String {
    let src = code.example();
    let settings = OutputSettings {
        locale,
        ..OutputSettings::default()
    };
    let (out, _) = crate::engine::run_to_string_with("example.wl", src, settings);
    if out.contains(&format!("[{}]", code.id())) {
        return out;
    }
    let mut session = Session::new(Box::new(std::io::sink()));
    session.set_output(settings);
    let diags = session.check("example.wl", src);
    session.render(&diags, false)
}

/// The code named `name` (`E0301`, `e0301`), if it is one.
pub fn code_named(name: &str) -> Option<Code> {
    Code::ALL
        .iter()
        .copied()
        .find(|c| c.id().eq_ignore_ascii_case(name))
}

/// `wl help E0301`: the code's title, its example program and what wl prints for it.
pub fn code_help(code: Code, locale: Locale) -> String {
    let mut s = format!("{} {}\n", code.id(), crate::i18n::title(&code, locale));
    let example = code.example();
    if example.is_empty() {
        s.push_str(&format!("  {}\n", no_example(code)));
        return s;
    }
    let (example_word, says) = match locale {
        Locale::En => ("example", "wl says"),
        Locale::Id => ("contoh", "wl menampilkan"),
    };
    s.push_str(&format!("{example_word}:\n"));
    for line in example.lines() {
        s.push_str(&format!("  {line}\n"));
    }
    s.push_str(&format!("{says}:\n"));
    s.push_str(&example_report(code, locale));
    s
}

/// `wl help NAME` and `:help NAME`: a function, a declaration kind or a diagnostic code; `Err`
/// with a did-you-mean when the name is none of them.
pub fn help(name: &str) -> Result<String, String> {
    help_in(name, Locale::En)
}

/// [`help`] in `locale`: under `id` a stdlib function's Indonesian doc, and a code's example
/// rendered in Indonesian.
pub fn help_in(name: &str, locale: Locale) -> Result<String, String> {
    match code_named(name) {
        Some(code) => Ok(code_help(code, locale)),
        None => registry::help_in(name, locale),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_github() {
        assert_eq!(anchor("wisn (stdlib/wisn.wl)"), "wisn-stdlibwisnwl");
        assert_eq!(anchor("math (native)"), "math-native");
        assert_eq!(anchor("band_table"), "band_table");
    }

    #[test]
    fn a_code_is_found_by_its_id_in_any_case() {
        assert_eq!(code_named("e0301"), Some(Code::DimensionMismatch));
        assert_eq!(code_named("E9999"), None);
    }
}
