//! The stdlib's scope is sealed: a script's names and `using` never change what a stdlib
//! function computes, and loading the stdlib lazily never fails because of the script's state
//! (its names, its depth, its time limit). Issue 10, point 2.

use proptest::prelude::*;
use std::process::Command;
use wl::engine::{Session, SharedBuf, STDLIB};

/// Run `text` as `wl run FILE --time-limit LIMIT` does; the exit code and standard error.
fn run_binary(name: &str, text: &str, limit: &str) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("wl-scope-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", path.to_str().unwrap(), "--time-limit", limit])
        .output()
        .expect("wl runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{name} panicked:\n{stderr}");
    (out.status.code().unwrap_or(-1), stderr)
}

/// Printed output and rendered diagnostics of a script run as `wl run` runs it (lazy stdlib).
fn run_script(text: &str) -> (String, bool) {
    let buf = SharedBuf::default();
    let mut session = Session::for_script(Box::new(buf.clone()), text);
    let result = session.run("script.wl", text);
    let mut out = buf.take();
    let ok = result.is_ok();
    let diags = match result {
        Ok(o) => o.warnings,
        Err(d) => d,
    };
    out.push_str(&session.render(&diags, false));
    (out, ok)
}

#[test]
fn an_unknown_name_deep_in_recursion_loads_the_stdlib_and_is_reported() {
    // Fuzz reproducer run-6: the pending stdlib used to load at the depth of the lookup.
    let text = "fn f(n) { if n == 0 { no_such_name } else { [(f(n - 1))] } }\nprint f(399)\n";
    let (code, err) = run_binary("run6.wl", text, "5");
    assert_eq!(code, 1);
    assert!(err.contains("unknown name `no_such_name`"), "{err}");
}

#[test]
fn a_script_name_that_a_stdlib_file_calls_does_not_break_its_load() {
    // Fuzz reproducer run-8: bands.wl's top level calls the native `band_table`.
    let text = "let band_table = 5\nprint no_such_name\n";
    let (code, err) = run_binary("run8.wl", text, "5");
    assert_eq!(code, 1);
    assert!(err.contains("unknown name `no_such_name`"), "{err}");
}

#[test]
fn a_time_limit_reached_before_a_lazy_load_stops_the_script_not_the_load() {
    // The time limit is spent by the loop; the unknown name then loads the pending stdlib.
    let text = "for i in 0..860 { }\nprint no_such_name\n";
    let (code, err) = run_binary("limit.wl", text, "0");
    assert_eq!(code, 1);
    assert!(
        err.contains("E0408") || err.contains("E0201"),
        "a time limit or the unknown name, not a failed load:\n{err}"
    );
}

#[test]
fn a_script_function_named_like_a_stdlib_one_does_not_change_wisn() {
    // AWT = (260 - 15) days x 8 h = 1960 h; SW = 1960 h / 20 min = 5880 visits;
    // required = 11760 / 5880 = 2 exactly.
    let text = "calendar c {\n  hours_per_day = 8 h\n  public_holidays = 15 days\n}\n\
        cadre nurse in c {\n  activity \"Visits\" { standard = 20 min per visit; volume = 11760 visits }\n}\n\
        fn annual(x) { x * 2 }\nfn awt(c) { 1 h }\nprint wisn(nurse).required\n";
    let (out, ok) = run_script(text);
    assert!(ok, "{out}");
    assert!(out.starts_with("2\n"), "{out}");
    assert!(out.contains("[W0103]"), "{out}");
}

#[test]
fn a_top_level_using_does_not_reach_stdlib_functions() {
    // Without a calendar, 4 h over 1 day cannot be a share; with rsud's 8-hour day it is 50%.
    let text = "calendar rsud {\n  hours_per_day = 8 h\n}\nusing rsud\nprint share(4 h, 1 day, rsud)\nprint share(4 h, 1 day)\n";
    let (out, ok) = run_script(text);
    assert!(!ok);
    assert!(out.starts_with("50%\n"), "{out}");
    assert!(out.contains("[E0302]"), "{out}");
    assert!(out.contains("do not see the script's `using`"), "{out}");
}

#[test]
fn using_reaches_the_body_of_a_function_defined_in_its_scope() {
    // Lexical: the body follows the calendar of the scope it was defined in (8-hour day).
    let text = "calendar rsud {\n  hours_per_day = 8 h\n}\nfn day() { 1 day in h }\nusing rsud\nprint day()\n";
    let (out, ok) = run_script(text);
    assert!(ok, "{out}");
    assert_eq!(out, "8 h\n");
}

#[test]
fn a_stdlib_name_cannot_be_rebound() {
    let (out, ok) = run_script("print wisn_pressure_bands.name\nwisn_pressure_bands = 5\n");
    assert!(!ok);
    assert!(
        out.contains("belongs to the stdlib and cannot be changed"),
        "{out}"
    );
    // Also when the stdlib file that has it is not loaded yet.
    let (out, ok) = run_script("awt = 5\n");
    assert!(!ok);
    assert!(out.contains("`awt` belongs to the stdlib"), "{out}");
    let (out, ok) = run_script("nothing = 5\n");
    assert!(!ok);
    assert!(out.contains("belongs to wl's built-in functions"), "{out}");
}

/// The top-level names the stdlib defines, except the two entry points the probe calls.
fn stdlib_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = wl::interp::stdlib_names(STDLIB)
        .into_iter()
        .filter(|n| !["wisn", "fte"].contains(n))
        .collect();
    names.sort();
    names
}

/// A script definition of `name`: a function of any arity giving a wrong figure, or a value.
fn definition(name: &str, kind: u8) -> String {
    match kind {
        0 => format!("fn {name}(a, b, c) {{ 42 }}\n"),
        1 => format!("fn {name}(x) {{ x * 2 }}\n"),
        2 => format!("let {name} = 7\n"),
        _ => format!("let {name} = {{ name: \"mine\", calendar: 1 }}\n"),
    }
}

/// A cadre under a 1720-hour calendar, and the stdlib computations the property watches.
/// AWT = (260 - 15 - 12 - 10 - 8) days x 8 h = 215 x 8 h = 1720 h; SW = 1720 h x 3 visits/h =
/// 5160 visits; 12000 / 5160 = 2.3255813953...; supports: 2 h per week of a 40-h week = 5%,
/// so CAF = 1 / 0.95 and required = 2.32558139535 / 0.95 = 2.4479804161...
/// FTE = (1000 h + 15% x 1200 h) / 1200 h = 1180 / 1200 = 0.983333...
const CALENDAR_AND_CADRE: &str = "calendar health_centre {\n  hours_per_day = 8 h\n  public_holidays = 15 days\n  annual_leave = 12 days\n  sick_leave = 10 days\n  training = 8 days\n}\n\
    cadre nurse in health_centre {\n  activity \"Visits\" { standard = 20 min per visit; volume = 12000 visits }\n  support \"Meetings\" = 2 h per week\n}\n\
    calendar odd {\n  hours_per_day = 7 h\n  days_per_week = 6 days\n}\n";
const PROBE: &str =
    "print round(wisn(nurse).required, 6)\nprint round(fte(1000 h, 1200 h, 15%), 6)\n";
const EXPECTED: &str = "2.44798\n0.983333\n";

#[test]
fn the_probe_gives_the_hand_calculated_figures() {
    let (out, ok) = run_script(&format!("{CALENDAR_AND_CADRE}{PROBE}"));
    assert!(ok, "{out}");
    assert_eq!(out, EXPECTED);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The stdlib cannot be changed by a script: whatever stdlib names a script defines (as
    /// functions or values), and whether or not it says `using` another calendar, the stdlib's
    /// computations give the same figures.
    #[test]
    fn the_stdlib_cannot_be_changed_by_a_script(
        picks in proptest::collection::vec((0usize..1000, 0u8..4), 1..8),
        using_odd in any::<bool>(),
    ) {
        let names = stdlib_names();
        let mut text = String::from(CALENDAR_AND_CADRE);
        if using_odd {
            text.push_str("using odd\n");
        }
        for (i, kind) in &picks {
            text.push_str(&definition(names[i % names.len()], *kind));
        }
        text.push_str(PROBE);
        let (out, ok) = run_script(&text);
        prop_assert!(ok, "{}", out);
        let printed: String = out.lines().take(2).map(|l| format!("{l}\n")).collect();
        prop_assert_eq!(printed, EXPECTED, "script:\n{}", text);
    }
}
