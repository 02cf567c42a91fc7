//! The `try` expression: an error raised inside it becomes a value a script can test, read,
//! print and collect (or the fallback's value), so one failing analysis in a loop does not end
//! the script; `try e` is `e` whenever `e` succeeds; an interrupt and the time limit are never
//! caught.

mod common;
use common::run;

use proptest::prelude::*;
use wl::engine::{run_to_string, Session, SharedBuf};

#[test]
fn an_error_becomes_a_value_with_its_code_message_and_line() {
    // `12 / zero` on line 2 is E0401, reported at the divisor `zero`, column 18; the caught
    // value says so, and the script goes on.
    let out = run("let zero = 0
let x = try 12 / zero
print is_error(x)
print x.code
print x.title
print x.line
print x.column
print x.file
print is_error(12 / 4)
print \"still running\"
");
    assert_eq!(
        out,
        "true\nE0401\ndivision by zero\n2\n18\ntest.wl\nfalse\nstill running\n"
    );
}

#[test]
fn the_value_prints_as_the_diagnostics_one_line_summary() {
    let out = run("let x = try [1, 2, 3][7]\nprint x\nprint x.message\n");
    let message = out.lines().nth(1).expect("two lines").to_string();
    assert_eq!(
        out.lines().next(),
        Some(format!("[E0403] line 1: {message}").as_str()),
        "{out}"
    );
    assert!(message.contains("index 7"), "{out}");
}

#[test]
fn a_success_is_the_value_itself_and_the_fallback_replaces_an_error() {
    let out = run("print try 2 + 3
print try 2 + 3 else 0
print try 2 / 0 else 0
print try [1, 2][5] else \"none\"
let r = try { let a = 4 h; a in min }
print r
");
    assert_eq!(out, "5\n5\n0\nnone\n240 min\n");
}

#[test]
fn the_fallback_is_evaluated_only_when_the_operand_fails() {
    // A fallback that would itself fail shows it is not evaluated when the operand succeeds.
    let out = run("print try 1 else 1 / 0\n");
    assert_eq!(out, "1\n");
    // An error in the fallback is not caught by the same `try`.
    let (out, ok) = run_to_string("test.wl", "print try 1 / 0 else [1][3]\n");
    assert!(!ok);
    assert!(out.contains("[E0403]"), "{out}");
}

#[test]
fn assertions_missing_fields_units_and_data_errors_are_caught() {
    let out = run(
        "let a = try { assert 1 > 2, \"one is not more than two\"; 1 }
print a.code
print a.message
let b = try { x: 1 }.y
print b.code
let c = try 20 min + 3 visits
print c.code
let d = try parse_csv(\"id,score\\n1,30\\n2,31,7\\n\")
print d.code
print d.message
print d.hint != nothing
",
    );
    assert_eq!(
        out,
        "E0409\nassertion failed: one is not more than two\nE0207\nE0301\nE0602\n`text`, line 3: the header has 2 columns but this line has 3 cells, 1 more than the header names (the first extra is column 3)\ntrue\n"
    );
}

#[test]
fn an_error_inside_a_stdlib_formula_is_at_the_scripts_line() {
    // The total allowance of 60% + 45% is at or above 100% (E0501): the formula in the stdlib
    // finds it, and the caught value points at the script's own declaration, never a stdlib line.
    let out = run("calendar rs { hours_per_day = 8 h }
cadre nurse in rs {
  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }
  support \"Meetings\" = 60%
  support \"Reports\" = 45%
}
let x = try caf(nurse)
print x.code
print x.file
print x.line < 7
");
    assert_eq!(out, "E0501\ntest.wl\ntrue\n");
}

#[test]
fn errors_in_a_loop_of_analyses_are_collected_and_the_rest_computed() {
    // Three divisions, the second by zero: 12/4 = 3, 12/6 = 2, and one error on line 4.
    let out = run("let results = []
let errors = []
for d in [4, 0, 6] {
  let r = try 12 / d
  if is_error(r) { errors = errors + [r] } else { results = results + [r] }
}
print results
print len(errors)
print errors[0].line
print errors
");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "[3, 2]");
    assert_eq!(lines[1], "1");
    assert_eq!(lines[2], "4");
    assert!(lines[3].starts_with("[[E0401] line 4: "), "{out}");
}

#[test]
fn an_error_has_only_its_fields() {
    let (out, ok) = run_to_string("test.wl", "let x = try 1 / 0\nprint x.lines\n");
    assert!(!ok);
    assert!(out.contains("[E0207]"), "{out}");
    assert!(out.contains("line"), "the known fields are listed:\n{out}");
    let out = run("let x = try 1 / 0\nprint x.hint\nprint type(x)\n");
    assert_eq!(out, "missing\nerror\n");
}

#[test]
fn the_time_limit_is_never_caught() {
    let mut s = Session::new(Box::new(std::io::sink()));
    s.set_time_limit(Some(std::time::Duration::from_millis(50)));
    let src = "let n = try { let k = 0\n for i in 1..=100000000 { k = k + 1 }\n k }\nprint n\n";
    let diags = s.run("loop.wl", src).unwrap_err();
    assert!(
        s.render(&diags, false).contains("[E0408]"),
        "the time limit stops the script even inside `try`"
    );
}

#[test]
fn the_call_depth_is_restored_after_a_caught_runaway_recursion() {
    // A recursion that hits the call limit (E0406) is caught; calls made after it still have
    // the whole depth available (a leaked depth would fail the second, shallower recursion).
    let out = run("fn f(n) { f(n + 1) }
fn g(n) { if n == 0 { 0 } else { 1 + g(n - 1) } }
let x = try f(0)
print x.code
print g(100)
");
    assert_eq!(out, "E0406\n100\n");
}

#[test]
fn wl_check_reads_try() {
    let mut s = Session::new(Box::new(std::io::sink()));
    let diags = s.check(
        "c.wl",
        "let x = try 1 / 0 else 0\nlet y = try undefined_name\nprint x + y\n",
    );
    let errors: Vec<_> = diags.iter().filter(|d| d.is_error()).collect();
    assert_eq!(
        errors.len(),
        1,
        "the unknown name inside `try` is still reported"
    );
    assert_eq!(errors[0].code.id(), "E0201");
}

/// A small arithmetic expression with numbers, units and operators that sometimes fail
/// (division by zero, minutes plus visits, a power too large).
fn expression() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        (0u32..20).prop_map(|n| n.to_string()),
        (0u32..20).prop_map(|n| format!("{n} min")),
        (0u32..5).prop_map(|n| format!("{n} visits")),
        Just("1.5 h".to_string()),
    ];
    leaf.prop_recursive(4, 24, 2, |inner| {
        (
            inner.clone(),
            prop::sample::select(vec!["+", "-", "*", "/", "^"]),
            inner,
        )
            .prop_map(|(a, op, b)| format!("({a} {op} {b})"))
    })
}

/// Run a script as `run_to_string` does, loading only the stdlib files it names (none here),
/// so that a property can afford many runs.
fn run_quick(src: &str) -> (String, bool) {
    let buf = SharedBuf::default();
    let mut s = Session::for_script(Box::new(buf.clone()), src);
    let result = s.run("p.wl", src);
    let mut out = buf.take();
    let diags = match &result {
        Ok(outcome) => &outcome.warnings,
        Err(diags) => diags,
    };
    out.push_str(&s.render(diags, false));
    (out, result.is_ok())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// `try e` prints what `e` prints when `e` succeeds; when `e` fails with code C, `try e` is
    /// an error value with code C, and the script goes on.
    #[test]
    fn try_e_is_e_whenever_e_succeeds(e in expression()) {
        let (plain, ok) = run_quick(&format!("print {e}\n"));
        let (tried, tried_ok) = run_quick(&format!("let v = try {e}\nprint is_error(v)\nprint v\n"));
        prop_assert!(tried_ok, "`try` ended the script:\n{tried}");
        if ok {
            prop_assert_eq!(tried, format!("false\n{plain}"));
        } else {
            let code = plain.split("[E").nth(1).map(|s| &s[..4]).unwrap_or("");
            prop_assert!(tried.starts_with(&format!("true\n[E{code}] line 1: ")), "{}\n{}", plain, tried);
        }
    }
}

#[test]
fn try_reaches_as_far_right_as_an_expression_and_ends_at_else() {
    // `1 + try 2 / 0 else 5` is 1 + (try (2 / 0) else 5) = 6; in parentheses a `try` is one
    // operand: (try 2 / 0 else 0) + 1 = 1; a line break after `try` and before `else` is
    // dropped, so the last `try` reads as one expression: 3.
    let out = run("print 1 + try 2 / 0 else 5
print (try 2 / 0 else 0) + 1
let x = try
  12 / 0
  else 3
print x
print try try 1 / 0 else [1][4] else \"inner fallback failed\"
");
    assert_eq!(out, "6\n1\n3\ninner fallback failed\n");
}

#[test]
fn try_is_a_keyword() {
    let (out, ok) = run_to_string("test.wl", "let try = 3\n");
    assert!(!ok);
    assert!(out.contains("[E0110]"), "{out}");
}
