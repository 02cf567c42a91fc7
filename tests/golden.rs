//! `wl test`: golden-output tests run through the real binary, as a planner runs them.

use std::path::{Path, PathBuf};
use std::process::Command;

fn wl(args: &[&str], dir: &Path) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("wl runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// A fresh folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wl-golden-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap()
}

#[test]
fn update_writes_golden_files_and_a_clean_run_passes() {
    let dir = folder("update");
    write(&dir, "a.wl", "print 2 + 3\n");
    // A warning goes to stderr and is part of the golden file: a script's own `annual` is
    // W0103 (it has a stdlib function's name).
    write(
        &dir,
        "sub/b.wl",
        "fn annual(x) { x * 2 }\nprint annual(3)\n",
    );
    let (out, status) = wl(&["test", "--update"], &dir);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("2 written, 0 unchanged, 0 failed"), "{out}");
    assert_eq!(read(&dir, "a.out"), "5\n");
    let b = read(&dir, "sub/b.out");
    assert!(b.starts_with("6\n--- stderr ---\n"), "{b}");
    assert!(b.contains("W0103"), "{b}");
    // The diagnostics name the script as it is run, in its own folder.
    assert!(b.contains("b.wl:1:"), "{b}");
    assert!(!b.contains("sub/b.wl"), "{b}");

    let (out, status) = wl(&["test"], &dir);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("ok     ./a.wl"), "{out}");
    assert!(out.contains("wl test: 2 passed, 0 failed"), "{out}");
}

#[test]
fn a_changed_figure_fails_with_a_unified_diff() {
    let dir = folder("diff");
    write(&dir, "wisn.wl", "print 1\nprint 2\nprint 3\n");
    write(&dir, "wisn.out", "1\n2\n4\n");
    let (out, status) = wl(&["test", "wisn.wl"], &dir);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("FAILED wisn.wl"), "{out}");
    assert!(out.contains("--- wisn.out (expected)"), "{out}");
    assert!(out.contains("+++ wisn.out (actual)"), "{out}");
    assert!(out.contains("@@ -1,3 +1,3 @@\n 1\n 2\n-4\n+3\n"), "{out}");
    assert!(out.contains("wl test: 0 passed, 1 failed"), "{out}");
}

#[test]
fn a_failing_script_records_its_diagnostic_and_exit_status() {
    let dir = folder("fail");
    write(&dir, "bad.wl", "print 1\nprint 120 / 0\n");
    let (_, status) = wl(&["test", "--update", "."], &dir);
    assert_eq!(status, 0);
    let golden = read(&dir, "bad.out");
    assert!(golden.starts_with("1\n--- stderr ---\n"), "{golden}");
    assert!(golden.contains("E0401"), "{golden}");
    assert!(golden.ends_with("--- exit status 1 ---\n"), "{golden}");
    // The same failure again is a pass: the golden file expects it.
    let (out, status) = wl(&["test"], &dir);
    assert_eq!(status, 0, "{out}");
}

#[test]
fn scripts_without_a_golden_file_are_counted_and_no_tests_is_a_failure() {
    let dir = folder("none");
    write(&dir, "lib.wl", "fn helper(x) { x }\n");
    let (out, status) = wl(&["test"], &dir);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("1 script without a .out file"), "{out}");
    assert!(out.contains("no tests found"), "{out}");
    let (out, status) = wl(&["test", "missing_dir"], &dir);
    assert_eq!(status, 1);
    assert!(out.contains("missing_dir: no such file or folder"), "{out}");
}

/// The project's own examples keep golden files too: `wl test examples` passes on main.
#[test]
fn the_examples_match_their_golden_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (out, status) = wl(&["test", "examples"], root);
    assert_eq!(status, 0, "{out}");
    assert!(!out.contains("without a .out file"), "{out}");
}
