//! `wl lsp`: a language server over stdio for editors. One concept per file: the protocol
//! loop ([`server`]), open documents ([`document`]), positions in UTF-16 ([`positions`]),
//! `file:` URIs ([`uri`]), the tokens around the cursor ([`tokens`]), the definitions of a
//! document ([`outline`]), and one file per feature: [`diagnostics`] (from the same check as
//! `wl check`), [`hover`], [`completion`], [`definition`] (with the stdlib written out by
//! [`stdlib_files`]) and [`symbols`].

pub mod completion;
pub mod definition;
pub mod diagnostics;
pub mod document;
pub mod hover;
pub mod outline;
pub mod positions;
pub mod server;
pub mod stdlib_files;
pub mod symbols;
pub mod tokens;
pub mod uri;

pub use server::{capabilities, serve};

/// `wl lsp`: serve the editor on stdin and stdout; the exit status.
pub fn run_stdio() -> i32 {
    let (conn, io_threads) = lsp_server::Connection::stdio();
    let served = serve(&conn, &stdlib_files::default_cache());
    // The writer thread ends when the connection's sender is dropped.
    drop(conn);
    let joined = io_threads.join();
    match (served, joined) {
        (Ok(()), Ok(())) => 0,
        (Err(e), _) => {
            eprintln!("wl lsp: {e}");
            1
        }
        (_, Err(e)) => {
            eprintln!("wl lsp: {e}");
            1
        }
    }
}
