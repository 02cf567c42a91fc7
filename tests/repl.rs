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

#[test]
fn completion_after_a_dot_offers_the_fields_of_the_value() {
    let mut repl = Repl::new();
    text(repl.feed("let r = { ratio: 0.5, required: 3, pressure: \"high\" }"));
    text(repl.feed("let t = table { cadre: [\"Perawat\"], ratio: [0.464] }"));
    text(repl.feed("calendar rs { hours_per_day = 8 h }"));
    text(repl.feed("cadre nurse in rs { activity \"Ward\" { standard = 30 min per patient; volume = 900 patients } }"));
    text(repl.feed("let nested = { inner: { awt: 1, caf: 2 } }"));
    let complete = |line: &str| repl.complete(line, line.len());
    // Several candidates: all of them, replacing only the part after the dot.
    assert_eq!(
        complete("print r.r"),
        (8, vec!["ratio".to_string(), "required".to_string()])
    );
    assert_eq!(complete("r.").1, vec!["ratio", "required", "pressure"]);
    assert_eq!(complete("t.").1, vec!["cadre", "ratio"]);
    // A declaration's fields, its activities among them.
    let nurse = complete("nurse.").1;
    assert!(nurse.iter().any(|f| f == "activities"), "{nurse:?}");
    assert!(nurse.iter().any(|f| f == "name"), "{nurse:?}");
    assert_eq!(complete("rs.hours").1, vec!["hours_per_day"]);
    // A path of fields.
    assert_eq!(complete("nested.inner.c"), (13, vec!["caf".to_string()]));
    // Not a value with fields: nothing, rather than every name.
    assert!(complete("0.").1.is_empty());
    assert!(complete("nobody.").1.is_empty());
    // Without a dot, names as before.
    assert!(complete("rou").1.contains(&"round".to_string()));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(40))]
    /// Whatever the record's keys, `x.` offers exactly them, in order, and a prefix of one
    /// offers exactly the keys with that prefix.
    #[test]
    fn completion_offers_exactly_the_keys(keys in proptest::collection::btree_set("[a-z][a-z_]{0,6}", 1..6)) {
        let keys: Vec<String> = keys.into_iter().filter(|k| !wl::lexer::Token::KEYWORDS.contains(&k.as_str())).collect();
        proptest::prop_assume!(!keys.is_empty());
        let mut repl = Repl::new();
        let fields: Vec<String> = keys.iter().enumerate().map(|(i, k)| format!("{k}: {i}")).collect();
        text(repl.feed(&format!("let x = {{ {} }}", fields.join(", "))));
        proptest::prop_assert_eq!(repl.complete("x.", 2).1, keys.clone());
        let prefix = &keys[0][..1];
        let line = format!("x.{prefix}");
        let expected: Vec<String> = keys.iter().filter(|k| k.starts_with(prefix)).cloned().collect();
        proptest::prop_assert_eq!(repl.complete(&line, line.len()), (2, expected));
    }
}
