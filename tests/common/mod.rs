//! Helpers the tests share: run a script that must succeed (or fail with a code), evaluate a
//! script to its value, read a number, and compare it with R's figure at a relative tolerance;
//! the report tests' in [`report`].

// Each test file uses the part it needs; the rest would be reported as dead code per file.
#![allow(dead_code)]

pub mod report;

use wl::engine::Session;
use wl::value::Value;

/// What a script prints; the test fails with the diagnostics if the script fails.
pub fn run(src: &str) -> String {
    let (out, ok) = wl::run_to_string("test.wl", src);
    assert!(ok, "script failed:\n{out}");
    out
}

/// What a script prints when it fails, as it must, with diagnostic `code`.
pub fn fails_with(src: &str, code: &str) -> String {
    let (out, ok) = wl::run_to_string("test.wl", src);
    assert!(!ok, "script should fail with {code}:\n{out}");
    assert!(
        out.contains(&format!("[{code}]")),
        "expected {code}:\n{out}"
    );
    out
}

/// Statistics agree with R to 1e-9 relative, p-values to 1e-6.
pub const STAT: f64 = 1e-9;
pub const P: f64 = 1e-6;

/// The value a script leaves (its last expression); a diagnostic fails the test with its text.
pub fn eval(src: &str) -> Value {
    let mut s = Session::new(Box::new(std::io::sink()));
    match s.run("test.wl", src) {
        Ok(o) => o.value,
        Err(d) => panic!("{}", s.render(&d, false)),
    }
}

/// A number value as f64.
pub fn f(v: &Value) -> f64 {
    match v {
        Value::Num(q) => q.value.to_f64(),
        other => panic!("not a number: {other}"),
    }
}

/// `actual` within relative `tol` of R's `expected` (or within `tol` of an expected 0).
pub fn close(actual: f64, expected: f64, tol: f64, what: &str) {
    assert!(actual.is_finite(), "{what}: {actual}");
    let rel = (actual - expected).abs() / expected.abs().max(f64::MIN_POSITIVE);
    assert!(
        rel <= tol || (expected == 0.0 && actual.abs() <= tol),
        "{what}: wl {actual:.17e}, R {expected:.17e} (relative error {rel:.2e})"
    );
}
