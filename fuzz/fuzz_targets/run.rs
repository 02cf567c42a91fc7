//! Fuzz target: `wl run` on arbitrary text with a time limit of one second (as
//! `wl run --time-limit`), output discarded and diagnostics rendered. A hang past the limit,
//! a panic or runaway memory is a finding. Scripts may read and write files (`export`,
//! `read_csv`): the target works in a scratch directory of its own so that relative paths
//! land there.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::Once;
use std::time::Duration;

/// Moves into a scratch directory of this process, on the first input rather than in
/// `init:` (libFuzzer reads `-dict=` and the other relative paths after `init:`).
fn enter_scratch_directory() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let dir = std::env::temp_dir().join(format!("wl-fuzz-run-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        std::env::set_current_dir(&dir).expect("enter scratch directory");
    });
}

fuzz_target!(|data: &[u8]| {
    enter_scratch_directory();
    let text = String::from_utf8_lossy(data).into_owned();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut session = wl::Session::for_script(Box::new(std::io::sink()), &text);
            session.set_time_limit(Some(Duration::from_secs(1)));
            let diags = match session.run("fuzz.wl", &text) {
                Ok(outcome) => outcome.warnings,
                Err(diags) => diags,
            };
            let _ = session.render(&diags, false);
        })
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
});
