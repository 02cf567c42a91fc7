//! wl: a scripting language for planning health-worker staffing.
//!
//! The modules follow the pipeline: [`lexer`] → [`parser`] → [`ast`] → [`check`] (static) and
//! [`interp`] (evaluation) over [`value`]s, [`number`]s and [`units`]; [`natives`] and the
//! `stdlib/` give the library; [`diagnostic`] renders every problem; [`engine`] is the single
//! entry point that the CLI ([`cli`]), the [`repl`], the language server ([`lsp`]) and the
//! tests use; [`html`] writes the report of a run (`wl run --report`).

pub mod ast;
pub mod binding;
pub mod check;
pub mod cli;
pub mod codes;
pub mod data;
pub mod dates;
pub mod diagnostic;
pub mod display;
pub mod engine;
pub mod env;
pub mod fmt;
pub mod golden;
pub mod html;
pub mod i18n;
pub mod interp;
pub mod kinds;
pub mod lexer;
pub mod lsp;
pub mod native;
pub mod natives;
pub mod number;
pub mod output;
pub mod parser;
pub mod read_limit;
pub mod reference;
pub mod registry;
pub mod repl;
pub mod report;
pub mod scale;
pub mod span;
pub mod stats;
pub mod stdlib;
pub mod suggest;
pub mod table;
pub mod units;
pub mod value;

pub use engine::{run_to_string, run_to_string_with, Session, SharedBuf};
