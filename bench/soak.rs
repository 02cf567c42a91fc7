//! Soak test for memory: many parse + check + run cycles in one process, with the resident
//! set size printed at intervals, to show that a long REPL or language-server session stays
//! flat (issue 15). Run with
//! `cargo run --release --example soak -- [ITERATIONS] [MODE]`, MODE one of `fresh` (a new
//! session per cycle, as a language server checking a file), `repl` (one session that
//! redefines and calls functions, as a REPL) or `parse` (parsing alone).

use std::io::sink;
use wl::engine::Session;

const SCRIPT: &str = include_str!("../examples/wisn_health_centre.wl");

/// Lines a REPL user might type over and over: a function redefined, a helper inside it that
/// captures the call's scope, a lambda, and a call.
const REPL_LINES: [&str; 3] = [
    "fn need(v, t) { fn times_t(x) { x * t }\n let twice = fn(y) => times_t(y) * 2\n twice(v) / 2 }",
    "let f = fn(x) => need(x, 3)",
    "f(12)",
];

/// Resident set size in MiB, from /proc/self/statm (pages; 4 KiB on the machines we use).
fn rss_mib() -> f64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: f64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0.0);
    pages * 4096.0 / (1024.0 * 1024.0)
}

fn fresh_cycle() {
    let mut s = Session::for_script(Box::new(sink()), SCRIPT);
    let diags = s.check("wisn_health_centre.wl", SCRIPT);
    assert!(!diags.iter().any(|d| d.is_error()), "the script checks");
    let mut s = Session::for_script(Box::new(sink()), SCRIPT);
    s.run("wisn_health_centre.wl", SCRIPT)
        .expect("the script runs");
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let mode = args.next().unwrap_or_else(|| "fresh".into());
    let mut repl = Session::new(Box::new(sink()));
    let every = (n / 10).max(1);
    println!(
        "mode {mode}, {n} iterations; RSS at start {:.1} MiB",
        rss_mib()
    );
    for i in 1..=n {
        match mode.as_str() {
            "parse" => drop(wl::parser::parse(SCRIPT, 0)),
            "repl" => {
                for line in REPL_LINES {
                    repl.run("<repl>", line).expect("the line runs");
                }
            }
            _ => fresh_cycle(),
        }
        if i % every == 0 {
            print!("{i:>9} iterations: RSS {:.1} MiB", rss_mib());
            if mode == "repl" {
                // A session keeps the text of every source it ran, for its diagnostics.
                print!(" ({} sources kept)", repl.interp.sources.len());
            }
            println!();
        }
    }
}
