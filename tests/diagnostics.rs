//! Every diagnostic code in the catalogue, triggered by its example program and rendered as the
//! user sees it (no colour). Each snapshot was read and checked by hand: the code, the message,
//! the label under the right characters, and the hint.

use wl::codes::Code;
use wl::engine::{run_to_string, Session};

/// Render what `wl run` would show for a program (static codes come from `wl check`).
fn report(code: Code) -> String {
    let src = code.example();
    let static_only = matches!(code, Code::UnitLooksLikeTypo);
    if static_only {
        let mut s = Session::new(Box::new(std::io::sink()));
        let d = s.check("example.wl", src);
        return s.render(&d, false);
    }
    run_to_string("example.wl", src).0
}

#[test]
fn every_code_with_an_example_renders_its_report() {
    let mut missing = Vec::new();
    for &code in Code::ALL {
        if code.example().is_empty() {
            continue;
        }
        let text = report(code);
        if !text.contains(&format!("[{}]", code.id())) {
            missing.push(format!("{} ({}):\n{text}", code.id(), code.title()));
        }
        insta::assert_snapshot!(
            format!("{}_{}", code.id(), code.title().replace(' ', "_")),
            text
        );
    }
    assert!(
        missing.is_empty(),
        "examples that did not produce their code:\n{}",
        missing.join("\n")
    );
}

#[test]
fn a_hundred_thousand_open_parentheses_is_a_diagnostic() {
    let src = format!("print {}1{}", "(".repeat(100_000), ")".repeat(100_000));
    let (out, ok) = run_to_string("deep.wl", &src);
    assert!(!ok);
    assert!(out.contains("[E0112]"), "{}", &out[..out.len().min(500)]);
}

#[test]
fn a_long_chain_of_minus_signs_is_a_diagnostic() {
    let src = format!("print {}1", "-".repeat(50_000));
    let (out, ok) = run_to_string("deep.wl", &src);
    assert!(!ok);
    assert!(out.contains("[E0112]"));
}

#[test]
fn a_very_long_sum_is_a_diagnostic_not_a_stack_overflow() {
    let src = format!("print 1{}", " + 1".repeat(20_000));
    let (out, ok) = run_to_string("long.wl", &src);
    assert!(!ok);
    assert!(out.contains("[E0112]"), "{}", &out[..out.len().min(500)]);
}

#[test]
fn runaway_recursion_is_a_diagnostic() {
    let (out, ok) = run_to_string("rec.wl", Code::CallDepth.example());
    assert!(!ok);
    assert!(out.contains("[E0406]"));
}

#[test]
fn a_time_limit_stops_a_long_loop() {
    let mut s = Session::new(Box::new(std::io::sink()));
    s.set_time_limit(Some(std::time::Duration::from_millis(50)));
    let src = "let n = 0\nfor i in 1..=100000000 { n = n + 1 }\n";
    let diags = s.run("loop.wl", src).unwrap_err();
    let text = s.render(&diags, false);
    // Where the clock is read depends on timing, so check the report's code and message only.
    assert!(text.contains("[E0408]"), "{text}");
    assert!(text.contains("time limit of 0.05 s"), "{text}");
}

#[test]
fn an_interrupt_stops_evaluation_and_the_session_goes_on() {
    let mut s = Session::new(Box::new(std::io::sink()));
    s.run("a.wl", "let kept = 42\n").unwrap();
    s.interp.start();
    let flag = s.interp.interrupt.clone();
    // Raise the flag from another thread shortly after the loop starts, as Ctrl-C does.
    let raiser = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(30));
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    let src = "let n = 0\nfor i in 1..=100000000 { n = n + 1 }\n";
    let id = s.interp.sources.add("loop.wl", src);
    let (program, _) = wl::parser::parse(src, id);
    let globals = s.interp.globals.clone();
    let err = s.interp.exec_stmts(&program.stmts, &globals).unwrap_err();
    raiser.join().unwrap();
    assert_eq!(err.0.code, Code::Interrupted);
    let again = s.run("b.wl", "kept + 1\n").unwrap();
    assert_eq!(again.value.to_string(), "43");
}

#[test]
fn labels_land_under_the_right_characters_after_non_ascii_text() {
    // An accented facility name and a `≥` in a comment come before the error on the same line
    // and the line above; the underline must sit under `jam_kerja`, not shifted by the extra bytes.
    let src = "# cadres with ≥ 5 staff\nlet fasilitas = \"Puskesmas Séparí\"; print jam_kerja\n";
    let (out, _) = run_to_string("unicode.wl", src);
    insta::assert_snapshot!("unicode_spans", out);
}

#[test]
fn one_run_reports_every_syntax_error() {
    let src = "let a = (1 + ) * 2\nlet b = 3\nlet c = [1, 2,, 3]\nprint a +\n";
    let (out, ok) = run_to_string("many.wl", src);
    assert!(!ok);
    let count = out.matches("Error:").count();
    assert!(count >= 2, "expected several errors, got {count}:\n{out}");
    insta::assert_snapshot!("several_syntax_errors", out);
}

#[test]
fn a_used_file_reports_every_syntax_error() {
    let dir = std::env::temp_dir().join(format!("wl_use_errors_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lib.wl"),
        "let a = (1 + ) * 2\nlet b = 3\nlet c = [1, 2 3]\n",
    )
    .unwrap();
    let main = dir.join("main.wl");
    let (out, ok) = run_to_string(main.to_str().unwrap(), "use \"lib.wl\"\nprint b\n");
    std::fs::remove_dir_all(&dir).ok();
    assert!(!ok);
    // Line 1's `)` and line 3's `3`, in that order, each traced back to the `use`.
    let first = out.find("unexpected `)`").expect(&out);
    let second = out.find("unexpected number `3`").expect(&out);
    assert!(first < second, "{out}");
    assert_eq!(out.matches("loaded from here").count(), 2, "{out}");
}
