//! Hostile input to the real binary: never a panic, a stack overflow or a hang; always a
//! diagnostic and a non-zero exit status (or success, for the empty file).

use std::process::Command;

fn run(name: &str, bytes: &[u8]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("wl-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", path.to_str().unwrap(), "--time-limit", "20"])
        .output()
        .expect("wl runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{name} panicked:\n{stderr}");
    (out.status.code().unwrap_or(-1), stderr)
}

#[test]
fn empty_file_runs() {
    assert_eq!(run("empty.wl", b"").0, 0);
}

#[test]
fn deep_nesting() {
    let src = format!("print {}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let (code, err) = run("nesting.wl", src.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("E0112"));
}

#[test]
fn huge_numbers() {
    let src = format!(
        "print {}\nprint 99999999999999999999999999 * 99999999999\n",
        "9".repeat(5000)
    );
    let (code, err) = run("huge.wl", src.as_bytes());
    assert_eq!(code, 1);
    assert!(err.contains("E0104"));
    let (code, err) = run(
        "overflow.wl",
        b"print 99999999999999999999999999 * 99999999999\n",
    );
    assert_eq!(code, 1);
    assert!(err.contains("E0404"), "{err}");
}

#[test]
fn unterminated_strings_and_blocks() {
    let (code, err) = run("unterminated.wl", b"print \"abc\nlet x = {\nfn f(\n");
    assert_eq!(code, 1);
    assert!(err.contains("E0102"));
}

#[test]
fn binary_garbage() {
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let (code, _) = run("garbage.wl", &bytes);
    assert_eq!(code, 1);
}

#[test]
fn runaway_recursion_and_mutual_recursion() {
    let (code, err) = run(
        "rec.wl",
        b"fn a(n) { b(n) }\nfn b(n) { a(n) }\nprint a(1)\n",
    );
    assert_eq!(code, 1);
    assert!(err.contains("E0406"));
}

#[test]
fn failed_assertion_exits_1_and_usage_error_exits_2() {
    assert_eq!(run("assert.wl", b"assert 1 == 2\n").0, 1);
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .arg("frobnicate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn check_reports_without_running() {
    let dir = std::env::temp_dir().join(format!("wl-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("c.wl");
    // `check` must not run the loop (it would hit the assertion) but must see the typo.
    std::fs::write(&path, "let staff = 3\nassert staff == 4\nprint staf\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("E0201") && !err.contains("E0409"), "{err}");
}

#[test]
fn check_with_only_warnings_says_so() {
    // A script whose only finding is a warning (W0103: its own `annual`) passes, and the summary
    // line does not claim "no problems found" under the warning it has just shown.
    let dir = std::env::temp_dir().join(format!("wl-hostile-warn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("w.wl");
    std::fs::write(&path, "fn annual(x) {\n  x\n}\nprint annual(2)\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    let (err, text) = (
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout),
    );
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("W0103"), "{err}");
    assert!(text.ends_with("no errors, 1 warning\n"), "{text}");
}

#[test]
fn a_conversion_that_overflows_is_reported() {
    // Fuzz reproducer run-2: the overflow error has one label, which the conversion relabelled.
    let (code, err) = run("convert_overflow.wl", b"print 1e28 h in min\n");
    assert_eq!(code, 1);
    assert!(err.contains("E0404"), "{err}");
}
