//! The REPL driven line by line: bindings persist, incomplete input continues, a bad line shows
//! a diagnostic and the session goes on, results are echoed with their units.

use wl::repl::{Repl, Reply};

fn text(r: Reply) -> String {
    match r {
        Reply::Text(t) => t,
        other => panic!("expected text, got {other:?}"),
    }
}

#[test]
fn a_session_keeps_its_bindings_and_echoes_units() {
    let mut repl = Repl::new();
    assert_eq!(text(repl.feed("let day = 5.5 h")), "");
    // 70% of 5.5 h = 3.85 h = 231 min, by hand.
    assert_eq!(text(repl.feed("70% * day in min")), "231 min\n");
    assert_eq!(text(repl.feed("0.1 + 0.2 == 0.3")), "true\n");
    assert_eq!(text(repl.feed("print day * 2")), "11 h\n");
}

#[test]
fn an_indonesian_session_echoes_and_prints_decimal_commas() {
    let mut repl = Repl::with_locale(wl::output::Locale::Id);
    // 1720 h × 90 = 154800 h; 0.464 as the seed papers print it: 0,464.
    assert_eq!(text(repl.feed("1720 h * 90")), "154.800 h\n");
    assert_eq!(text(repl.feed("0.464")), "0,464\n");
    assert_eq!(text(repl.feed("print 0.464")), "0,464\n");
}

#[test]
fn incomplete_input_continues_on_the_next_line() {
    let mut repl = Repl::new();
    assert_eq!(repl.prompt(), "wl> ");
    assert_eq!(repl.feed("let total = (20 min +"), Reply::More);
    assert_eq!(repl.prompt(), "... ");
    assert_eq!(repl.feed("  10 min)"), Reply::Text(String::new()));
    assert_eq!(repl.prompt(), "wl> ");
    assert_eq!(text(repl.feed("total")), "30 min\n");
    assert_eq!(repl.feed("fn double(x) {"), Reply::More);
    assert_eq!(repl.feed("  x * 2"), Reply::More);
    assert_eq!(text(repl.feed("}")), "");
    assert_eq!(text(repl.feed("double(total)")), "60 min\n");
}

#[test]
fn a_bad_line_shows_a_diagnostic_and_the_session_goes_on() {
    let mut repl = Repl::new();
    text(repl.feed("let staff = 8"));
    let err = text(repl.feed("staf + 1"));
    assert!(
        err.contains("[E0201]") && err.contains("did you mean `staff`?"),
        "{err}"
    );
    let err = text(repl.feed("20 min + 3 visits"));
    assert!(err.contains("[E0301]"), "{err}");
    assert_eq!(text(repl.feed("staff + 1")), "9\n");
}

#[test]
fn commands() {
    let mut repl = Repl::new();
    assert!(text(repl.feed(":help")).contains(":load FILE"));
    assert!(text(repl.feed(":help round")).contains("round(x, digits?, mode?)"));
    assert!(text(repl.feed(":help calendar")).contains("hours_per_day"));
    // Stdlib formulas are described by the comment above their definition.
    assert!(text(repl.feed(":help caf")).contains("CAF = 1 / (1 - total CAS)"));
    assert!(text(repl.feed(":functions")).contains("ceil(x, digits?)"));
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/seed001_time_motion.wl");
    let loaded = text(repl.feed(&format!(":load {}", path.display())));
    assert!(loaded.contains("231 min"), "{loaded}");
    // Bindings made by the loaded file stay in the session.
    assert_eq!(text(repl.feed("effective")), "231 min per day\n");
    assert_eq!(repl.feed(":quit"), Reply::Quit);
}

#[test]
fn completion_knows_bindings_functions_and_units() {
    let mut repl = Repl::new();
    text(repl.feed("let hours_per_week = 40 h"));
    let names = repl.completions();
    for expected in [
        "hours_per_week",
        "round",
        "share",
        "minutes",
        "calendar",
        "using",
    ] {
        assert!(names.iter().any(|n| n == expected), "{expected} missing");
    }
}
