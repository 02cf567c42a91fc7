//! `wl test`: golden-output tests for planners' own scripts.
//!
//! Each script `NAME.wl` that has a `NAME.out` beside it is run exactly as `wl run NAME.wl`
//! would run it (a child process in the script's own folder, so relative paths and the file
//! names in diagnostics do not depend on where `wl test` was started), and what it printed is
//! compared with the golden file: stdout, then the diagnostics on stderr, then the exit status
//! when it is not 0. `--update` writes the golden files (for every script found, so a new script
//! gets one). A difference is shown as a unified diff.

mod diff;
mod discover;

use crate::output::atomic::write_atomic;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What one script printed, in the layout of a golden file.
pub fn transcript(stdout: &str, stderr: &str, status: i32) -> String {
    let mut out = stdout.to_string();
    if !stderr.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("--- stderr ---\n");
        out.push_str(stderr);
    }
    if status != 0 {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&format!("--- exit status {status} ---\n"));
    }
    out
}

/// The golden file of a script: `NAME.out` beside `NAME.wl`.
pub fn golden_path(script: &Path) -> PathBuf {
    script.with_extension("out")
}

/// Run `wl test` over files and folders (the current folder when none is given); returns the
/// exit status: 0 when every golden file matches, 1 otherwise.
pub fn run(paths: &[PathBuf], update: bool, out: &mut dyn Write) -> i32 {
    let paths = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    };
    let scripts = match discover::scripts(&paths) {
        Ok(s) => s,
        Err(message) => {
            let _ = writeln!(out, "wl test: {message}");
            return 1;
        }
    };
    let mut tally = Tally::default();
    for script in &scripts {
        let golden = golden_path(script);
        if !update && !golden.exists() {
            tally.untested += 1;
            continue;
        }
        match run_one(script) {
            Ok(actual) if update => tally.record_update(&golden, &actual, out),
            Ok(actual) => tally.record_check(script, &golden, &actual, out),
            Err(message) => {
                let _ = writeln!(out, "ERROR {}: {message}", script.display());
                tally.failed += 1;
            }
        }
    }
    tally.finish(update, out)
}

/// Run one script as `wl run` would, in its own folder, and return its transcript.
fn run_one(script: &Path) -> Result<String, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot find wl itself: {e}"))?;
    let dir = script
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = script.file_name().ok_or("not a file")?;
    let output = Command::new(exe)
        .arg("run")
        .arg(name)
        .current_dir(dir)
        .env_remove("WL_LOCALE")
        .output()
        .map_err(|e| format!("cannot run it: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    // A signal leaves no exit code; count it as the failure it is.
    let status = output.status.code().unwrap_or(101);
    Ok(transcript(&stdout, &stderr, status))
}

/// Counts of what happened, and the summary line.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
    written: usize,
    untested: usize,
}

impl Tally {
    fn record_check(&mut self, script: &Path, golden: &Path, actual: &str, out: &mut dyn Write) {
        let expected = match std::fs::read(golden) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                let _ = writeln!(out, "ERROR {}: cannot read it: {e}", golden.display());
                self.failed += 1;
                return;
            }
        };
        if expected == actual {
            self.passed += 1;
            let _ = writeln!(out, "ok     {}", script.display());
        } else {
            self.failed += 1;
            let _ = writeln!(out, "FAILED {}", script.display());
            let _ = write!(out, "{}", diff::unified(golden, &expected, actual));
        }
    }

    fn record_update(&mut self, golden: &Path, actual: &str, out: &mut dyn Write) {
        let unchanged = std::fs::read(golden).is_ok_and(|old| old == actual.as_bytes());
        if unchanged {
            self.passed += 1;
            return;
        }
        match write_atomic(golden, |w| w.write_all(actual.as_bytes())) {
            Ok(()) => {
                self.written += 1;
                let _ = writeln!(out, "wrote  {}", golden.display());
            }
            Err(e) => {
                self.failed += 1;
                let _ = writeln!(out, "ERROR {}: cannot write it: {e}", golden.display());
            }
        }
    }

    fn finish(self, update: bool, out: &mut dyn Write) -> i32 {
        let mut line = if update {
            format!(
                "{} written, {} unchanged, {} failed",
                self.written, self.passed, self.failed
            )
        } else {
            format!("{} passed, {} failed", self.passed, self.failed)
        };
        if self.untested > 0 {
            line.push_str(&format!(
                "; {} script{} without a .out file (`wl test --update` writes one)",
                self.untested,
                if self.untested == 1 { "" } else { "s" }
            ));
        }
        let _ = writeln!(out, "wl test: {line}");
        let ran = self.passed + self.failed + self.written;
        if self.failed > 0 || ran == 0 {
            if ran == 0 {
                let _ = writeln!(out, "wl test: no tests found");
            }
            1
        } else {
            0
        }
    }
}
