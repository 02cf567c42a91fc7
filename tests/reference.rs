//! The reference a newcomer reads (docs/reference.md): generated from the registry, the
//! declaration kinds and the code catalogue; the committed file is what `wl reference` prints;
//! `wl help NAME` and the REPL's `:help NAME` show the same entries; no public name is left
//! undocumented.

use std::process::Command;
use std::sync::OnceLock;
use wl::codes::Code;
use wl::engine::Session;
use wl::reference::REGENERATE;
use wl::registry;
use wl::repl::{Repl, Reply};

/// The generated reference, made once: it renders every code's example.
fn markdown() -> String {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(wl::reference::markdown).clone()
}

fn committed() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/reference.md"))
        .expect("docs/reference.md exists")
}

fn wl(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("wl runs");
    assert!(out.status.success(), "wl {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_committed_reference_is_up_to_date() {
    let generated = markdown();
    let committed = committed();
    if committed != generated {
        let line = committed
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or(
                committed.lines().count().min(generated.lines().count()),
                |i| i,
            )
            + 1;
        panic!(
            "docs/reference.md is out of date (first difference at line {line}); regenerate it \
             from the repository root with `{REGENERATE}`"
        );
    }
    // The command prints exactly that.
    assert_eq!(wl(&["reference"]), generated);
}

#[test]
fn every_public_function_kind_and_code_has_its_entry() {
    let text = markdown();
    for e in registry::public() {
        let entry = format!("#### {}\n\n```text\n{}```\n", e.name, e.help());
        assert!(text.contains(&entry), "{} has no entry", e.name);
    }
    // No internal helper is in the reference.
    for e in registry::all().iter().filter(|e| !e.public) {
        assert!(!text.contains(&format!("#### {}\n", e.name)), "{}", e.name);
    }
    for k in wl::kinds::KINDS {
        let entry = format!("### {}\n\n```text\n{}```\n", k.name, registry::kind_help(k));
        assert!(text.contains(&entry), "{} has no entry", k.name);
    }
    for &code in Code::ALL {
        assert!(
            text.contains(&format!("### {} {}\n", code.id(), code.title())),
            "{} has no entry",
            code.id()
        );
        if !code.example().is_empty() {
            let shown = format!("```wl\n{}```", code.example());
            assert!(text.contains(&shown), "{}: example missing", code.id());
        }
    }
}

#[test]
fn no_public_name_is_undocumented() {
    let mut bare = Vec::new();
    for e in registry::public() {
        if e.doc.trim().is_empty() {
            bare.push(format!("function {}", e.name));
        }
    }
    for k in wl::kinds::KINDS {
        if k.doc.trim().is_empty() || registry::kind_example(k.name).is_empty() {
            bare.push(format!("declaration kind {}", k.name));
        }
        for f in k.fields {
            if f.doc.trim().is_empty() {
                bare.push(format!("field {}.{}", k.name, f.name));
            }
        }
    }
    for &code in Code::ALL {
        let entry = wl::reference::code_help(code, wl::number::Locale::En);
        if code.title().is_empty() || entry.contains("No short program triggers it.") {
            bare.push(format!("code {}", code.id()));
        }
    }
    assert!(bare.is_empty(), "undocumented: {bare:?}");
}

#[test]
fn wl_help_and_repl_help_show_the_reference_entry() {
    let text = markdown();
    let mut repl = Repl::new();
    for name in ["wisn", "round", "abk_kes", "cadre", "calendar"] {
        let help = wl(&["help", name]);
        assert!(
            text.contains(&help),
            "wl help {name} differs from the reference"
        );
        match repl.feed(&format!(":help {name}")) {
            Reply::Text(t) => assert_eq!(t, help, ":help {name}"),
            other => panic!("{other:?}"),
        }
    }
    // A code: its title, example and what wl says, as in the reference.
    let help = wl(&["help", "E0301"]);
    assert!(
        help.starts_with("E0301 quantities of different dimensions\n"),
        "{help}"
    );
    assert!(help.contains("  print 20 min + 3 visits\n"), "{help}");
    assert!(
        help.contains("[E0301] Error: cannot combine min with visits"),
        "{help}"
    );
    let report = wl::reference::example_report(Code::DimensionMismatch, wl::number::Locale::En);
    assert!(text.contains(&format!("```text\n{report}```")));
    assert!(help.ends_with(&report));
}

#[test]
fn every_declaration_example_checks_and_runs_clean() {
    for k in wl::kinds::KINDS {
        let src = format!("{}\n", registry::kind_example(k.name));
        let mut s = Session::new(Box::new(std::io::sink()));
        let diags = s.check("example.wl", &src);
        assert!(diags.is_empty(), "{}: {}", k.name, s.render(&diags, false));
        let (out, ok) = wl::run_to_string("example.wl", &src);
        assert!(ok && out.is_empty(), "{}: {out}", k.name);
    }
}
