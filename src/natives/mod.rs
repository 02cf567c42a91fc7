//! The functions written in Rust, by group (one module a group). Each entry
//! ([`NativeFn`], in `crate::native`) carries its parameters and a one-line doc; together with
//! the stdlib's functions they make the one function registry ([`crate::registry`]) that drives
//! `:functions`, `:help`, `wl help` and completion.

mod bands;
mod collections;
mod crosstab;
mod data;
mod dates;
mod display;
mod distributions;
mod errors;
mod hypothesis;
mod math;
mod output;
mod records;
mod reliability;
pub(crate) mod scales;
mod script;
mod signal;
mod significance;
mod stats;
mod tables;
mod text;

pub use crate::native::{opt, req, rest, Args, Host, NativeFn, Param};

/// wl's one rule for a path a script names (`read_csv`, `read_xlsx`, `export`, the charts, as
/// `use` already did): a relative path is relative to the folder of the script that names it,
/// so a script reads and writes the same files from whatever folder it is started in. Input
/// typed at the REPL has no folder: there it is the working folder.
pub(crate) fn script_path(
    host: &dyn Host,
    call: crate::span::Span,
    path: &str,
) -> std::path::PathBuf {
    let here = std::path::Path::new(host.source_name(call.src));
    match here.parent() {
        Some(dir) => dir.join(path),
        None => std::path::PathBuf::from(path),
    }
}

/// The natives by group: the group's name (as `wl help` lists it) and its entries.
pub static GROUPS: &[(&str, &[NativeFn])] = &[
    ("math", math::NATIVES),
    ("collections", collections::NATIVES),
    ("text", text::NATIVES),
    ("bands", bands::NATIVES),
    ("signals", signal::NATIVES),
    ("errors", errors::NATIVES),
    ("dates", dates::NATIVES),
    ("data", data::NATIVES),
    ("statistics", stats::NATIVES),
    ("crosstabs", crosstab::NATIVES),
    ("significance", significance::NATIVES),
    ("distributions", distributions::NATIVES),
    ("tests", hypothesis::NATIVES),
    ("reliability", reliability::NATIVES),
    ("scales", scales::NATIVES),
    ("output", output::NATIVES),
    ("display", display::NATIVES),
    ("tables", tables::NATIVES),
    ("script", script::NATIVES),
];

/// Every native function.
pub fn all() -> impl Iterator<Item = &'static NativeFn> {
    GROUPS.iter().flat_map(|(_, natives)| natives.iter())
}

pub fn find(name: &str) -> Option<&'static NativeFn> {
    all().find(|n| n.name == name)
}
