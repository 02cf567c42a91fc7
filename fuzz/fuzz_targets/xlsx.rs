//! Fuzz target: `read_xlsx` on arbitrary bytes (zip, XML, shared strings, cell references).
//! calamine reads from a path, so each input is written to a scratch file first.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;
use std::sync::OnceLock;

fn scratch() -> &'static PathBuf {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        std::env::temp_dir().join(format!("wl-fuzz-xlsx-{}.xlsx", std::process::id()))
    })
}

fuzz_target!(|data: &[u8]| {
    let path = scratch();
    std::fs::write(path, data).expect("scratch file");
    // Then into a table, as `read_xlsx` does: header checks and number columns.
    let _ = wl::data::xlsx::read(path, "fuzz.xlsx", None)
        .and_then(|g| wl::data::build("fuzz.xlsx", &g, &wl::data::Options::default()));
});
