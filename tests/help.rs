//! The function registry as users meet it: `wl help`, `wl help NAME`, the REPL's `:functions`,
//! `:help` and completion, and the doc comments the parser keeps for them.

use proptest::prelude::*;
use std::process::Command;
use wl::ast::StmtKind;
use wl::repl::{Repl, Reply};

fn wl(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(args)
        .output()
        .expect("wl runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn text(r: Reply) -> String {
    match r {
        Reply::Text(t) => t,
        other => panic!("expected text, got {other:?}"),
    }
}

/// Helpers that only other stdlib functions call (each marked `internal:` in its doc).
const HELPERS: &[&str] = &[
    "units_at_rate",
    "calendar_of",
    "batch_summary",
    "ftp_of",
    "days_off",
];

#[test]
fn wl_help_lists_every_public_function_by_origin() {
    let (code, out, _) = wl(&["help"]);
    assert_eq!(code, 0);
    for heading in [
        "math (native)",
        "statistics (native)",
        "wisn (stdlib/wisn.wl)",
    ] {
        assert!(
            out.lines().any(|l| l == heading),
            "{heading} missing:\n{out}"
        );
    }
    for f in [
        "wisn(cadre, bands?)",
        "awt(cal)",
        "caf(cadre)",
        "round(x, digits?, mode?)",
        "cadre NAME { ... }",
    ] {
        assert!(out.contains(f), "{f} missing");
    }
    for helper in HELPERS {
        assert!(!out.contains(&format!("{helper}(")), "{helper} is listed");
    }
    // `wl help functions`, as the natives' module comment has long promised, is the same list.
    assert_eq!(wl(&["help", "functions"]).1, out);
    // Every public entry is listed, and no internal one.
    for e in wl::registry::all() {
        assert_eq!(
            out.contains(&format!("  {}(", e.name)),
            e.public,
            "{}",
            e.name
        );
    }
}

#[test]
fn wl_help_name_prints_the_signature_and_doc() {
    let (code, out, _) = wl(&["help", "wisn"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("wisn(cadre, bands?)\n"), "{out}");
    assert!(out.contains("The whole WISN result of a cadre"), "{out}");
    assert!(out.contains("(defined in stdlib/wisn.wl)"), "{out}");
    let (_, out, _) = wl(&["help", "sum"]);
    assert!(
        out.starts_with("sum(xs)\n") && out.contains("native, collections"),
        "{out}"
    );
    // A declaration kind, with its fields.
    let (code, out, _) = wl(&["help", "calendar"]);
    assert_eq!(code, 0);
    assert!(out.contains("hours_per_day"), "{out}");
    // A command still has its options.
    let (code, out, _) = wl(&["help", "run"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Usage: wl run") && out.contains("--locale"),
        "{out}"
    );
}

#[test]
fn wl_help_of_an_unknown_name_suggests_the_nearest() {
    let (code, out, err) = wl(&["help", "wisnn"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("no function `wisnn`") && err.contains("`wisn`"),
        "{err}"
    );
}

#[test]
fn repl_functions_and_completion_read_the_registry() {
    let mut repl = Repl::new();
    let listed = text(repl.feed(":functions"));
    for f in ["wisn(cadre, bands?)", "awt(cal)", "caf(cadre)"] {
        assert!(listed.contains(f), "{f} missing from :functions");
    }
    let names = repl.completions();
    assert!(names.iter().any(|n| n == "wisn"));
    for helper in HELPERS {
        assert!(
            !listed.contains(&format!("{helper}(")),
            "{helper} is listed"
        );
        assert!(!names.iter().any(|n| n == helper), "{helper} completes");
    }
    // An internal helper still has its entry when asked for by name.
    let help = text(repl.feed(":help units_at_rate"));
    assert!(help.contains("an internal helper"), "{help}");
}

#[test]
fn repl_help_shows_the_doc_of_a_users_function() {
    let dir = std::env::temp_dir().join(format!("wl-help-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("twice.wl");
    std::fs::write(
        &path,
        "# Twice `x`.\n# Keeps the unit.\nfn twice(x) { x * 2 }\n",
    )
    .unwrap();
    let mut repl = Repl::new();
    text(repl.feed(&format!(":load {}", path.display())));
    let help = text(repl.feed(":help twice"));
    assert_eq!(
        help,
        format!(
            "twice(x)\n  Twice `x`.\n  Keeps the unit.\n  (defined in {})\n",
            path.display()
        )
    );
}

/// The doc of the first statement, a `fn`.
fn doc_of(src: &str) -> Option<String> {
    let (program, diags) = wl::parser::parse(src, 0);
    assert!(diags.is_empty(), "{diags:?}");
    match &program.stmts[0].kind {
        StmtKind::Fn(def) => def.doc.as_deref().map(String::from),
        _ => panic!("not a fn"),
    }
}

#[test]
fn the_parser_keeps_the_comment_directly_above_a_fn() {
    assert_eq!(
        doc_of("# One.\n#\n#   two\nfn f() { 1 }").as_deref(),
        Some("One.\n\n  two")
    );
    // A blank line between comment and `fn` ends the doc; so does code.
    assert_eq!(doc_of("# Header.\n\nfn f() { 1 }"), None);
    assert_eq!(doc_of("fn f() { 1 }"), None);
    let (program, _) = wl::parser::parse("let x = 1 # not a doc\nfn g() { 2 }\n", 0);
    let StmtKind::Fn(def) = &program.stmts[1].kind else {
        panic!("not a fn")
    };
    assert_eq!(def.doc, None);
    // An internal helper says so first.
    let (program, _) = wl::parser::parse("# internal: a step of f.\nfn h() { 3 }\n", 0);
    let StmtKind::Fn(def) = &program.stmts[0].kind else {
        panic!("not a fn")
    };
    assert!(def.is_internal());
}

proptest! {
    /// Whatever comment lines stand directly above a `fn`, its doc is exactly those lines without
    /// their `# ` (surrounding empty lines dropped).
    #[test]
    fn doc_is_the_comment_lines_above(lines in prop::collection::vec("[a-zA-Z0-9 `.,:()%*/+=-]{1,40}", 1..6)) {
        let lines: Vec<String> = lines.iter().map(|l| l.trim_end().to_string()).collect();
        let src: String = lines.iter().map(|l| format!("# {l}\n")).collect::<String>() + "fn f(x) { x }\n";
        let expected = lines.join("\n");
        let expected = expected.trim_matches('\n');
        let got = doc_of(&src);
        if expected.is_empty() {
            prop_assert_eq!(got, None);
        } else {
            prop_assert_eq!(got.as_deref(), Some(expected));
        }
    }
}

#[test]
fn did_you_mean_leaves_internal_helpers_out() {
    // `units_at_rat` is one letter from the internal `units_at_rate`, which a planner never
    // calls: no suggestion rather than a helper. A public name is still suggested.
    let (out, ok) = wl::run_to_string("t.wl", "print units_at_rat(1)\n");
    assert!(
        !ok && out.contains("E0201") && !out.contains("units_at_rate"),
        "{out}"
    );
    let (out, ok) = wl::run_to_string("t.wl", "print wisn_ratoi(1, 2)\n");
    assert!(!ok && out.contains("`wisn_ratio`"), "{out}");
}
