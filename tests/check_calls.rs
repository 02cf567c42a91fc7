//! `wl check` on calls: arity and named arguments of natives, stdlib functions and the
//! script's own functions, found without running, with the message a run gives.

use wl::engine::{run_to_string, Session};

fn check(src: &str) -> String {
    let mut s = Session::new(Box::new(std::io::sink()));
    let d = s.check("test.wl", src);
    s.render(&d, false)
}

/// `wl check` reports `code`, and a run of the same script reports the same text.
fn same_as_run(src: &str, code: &str) -> String {
    let checked = check(src);
    assert!(checked.contains(&format!("[{code}]")), "{checked}");
    let (ran, ok) = run_to_string("test.wl", src);
    assert!(!ok, "{ran}");
    assert_eq!(checked.trim(), ran.trim());
    checked
}

#[test]
fn unknown_named_argument_of_a_native() {
    let out = same_as_run("print round(2.345, digts: 2)\n", "E0211");
    assert!(out.contains("did you mean `digits`?"), "{out}");
}

#[test]
fn unknown_named_argument_of_a_stdlib_function() {
    // `wisn(cadre, bands = ...)`: `band` is a typo of `bands`. The script would fail only once
    // the call runs; check finds it first.
    let src = "calendar rs { hours_per_day = 8 h }
cadre nurse in rs {
  activity \"Outpatient\" { standard = 15 min per visit; volume = 12000 visits }
}
print wisn(nurse, band: 2)
";
    let out = check(src);
    assert!(
        out.contains("[E0211]") && out.contains("`wisn` has no parameter `band`"),
        "{out}"
    );
    assert!(out.contains("did you mean `bands`?"), "{out}");
    assert!(out.contains("test.wl:5:"), "{out}");
}

#[test]
fn arity_of_natives_stdlib_and_user_functions() {
    same_as_run("fn add(a, b) { a + b }\nprint add(1)\n", "E0210");
    same_as_run("fn add(a, b) { a + b }\nprint add(1, 2, 3)\n", "E0210");
    same_as_run("print sqrt()\n", "E0210");
    same_as_run("fn f(a, b = 2) { a + b }\nprint f(1, a: 2)\n", "E0211");
    let out = check("print caf()\n");
    assert!(out.contains("`caf` takes 1 argument"), "{out}");
}

#[test]
fn calls_that_fit_are_not_reported() {
    let src = "fn add(a, b = 2) { a + b }
print add(1)
print add(1, b: 3)
print round(2.345, digits: 2)
print max(1, 2, 3)
let add = fn(x) => x
print add(1)
";
    assert_eq!(check(src), "");
    // A parameter of the same name as a function hides it.
    assert_eq!(check("fn g(round) { round(1, 2, 3) }\n"), "");
}

#[test]
fn a_newcomers_mistakes_show_up_before_anything_runs() {
    // An unknown name, a standard without `per visit`, and a stdlib call with an unknown
    // named argument: three reports from one check, none of which needs a run.
    let src = "calendar rs { hours_per_day = 8 h }
cadre nurse in rs {
  activity \"Outpatient\" { standard = 15 min; volume = 12000 visits }
}
print wisn(nurse, band: 2)
print nurs
";
    let out = check(src);
    for code in ["E0208", "E0211", "E0201"] {
        assert!(out.contains(&format!("[{code}]")), "{code}:\n{out}");
    }
}
