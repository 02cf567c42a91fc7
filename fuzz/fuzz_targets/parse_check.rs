//! Fuzz target: `wl check` on arbitrary text (parse, name and kind checks, and rendering the
//! diagnostics as the CLI does). Must never panic, hang or exhaust memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // As the CLI reads a script: invalid UTF-8 replaced, not refused.
    let text = String::from_utf8_lossy(data).into_owned();
    // The CLI runs on a 256 MiB stack (src/main.rs); so does the target, or deep but legal
    // nesting would be reported as a stack overflow that users never see.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut session = wl::Session::new(Box::new(std::io::sink()));
            let diags = session.check("fuzz.wl", &text);
            let _ = session.render(&diags, false);
        })
        .expect("spawn")
        .join()
        .unwrap_or_else(|e| std::panic::resume_unwind(e));
});
