//! The `wl` binary: reads flags, then hands over to the library.

fn main() {
    // A generous stack for deeply nested (but within-limit) programs; the interpreter's own
    // depth limits turn anything deeper into a diagnostic.
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(wl::cli::main)
        .expect("cannot start the main thread");
    let code = worker.join().unwrap_or(101);
    std::process::exit(code);
}
