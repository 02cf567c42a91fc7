//! The native-function registry: one entry per function written in Rust, with its parameters and
//! a one-line doc. The same table drives argument binding and arity errors, REPL completion and
//! `:help`, and the reference list (`wl help functions`).

mod bands;
mod collections;
mod crosstab;
mod data;
mod dates;
mod math;
mod output;
pub(crate) mod scales;
mod script;
mod signal;
mod stats;
mod tables;
mod text;

pub use crate::native::{opt, req, rest, Args, Host, NativeFn, Param};

/// Every native function.
pub fn all() -> impl Iterator<Item = &'static NativeFn> {
    math::NATIVES
        .iter()
        .chain(collections::NATIVES.iter())
        .chain(text::NATIVES.iter())
        .chain(bands::NATIVES.iter())
        .chain(signal::NATIVES.iter())
        .chain(dates::NATIVES.iter())
        .chain(data::NATIVES.iter())
        .chain(stats::NATIVES.iter())
        .chain(scales::NATIVES.iter())
        .chain(output::NATIVES.iter())
        .chain(tables::NATIVES.iter())
        .chain(script::NATIVES.iter())
}

pub fn takes_columns(name: &str) -> bool {
    find(name).is_some_and(|n| n.columns)
}

pub fn find(name: &str) -> Option<&'static NativeFn> {
    all().find(|n| n.name == name)
}

#[cfg(test)]
mod registry_tests {
    #[test]
    fn every_native_has_its_own_name() {
        let mut names: Vec<&str> = super::all().map(|n| n.name).collect();
        let total = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), total, "two natives share a name");
    }
}
