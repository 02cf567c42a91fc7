//! `wl run SCRIPT --report FILE.html`: one self-contained HTML file a planner can hand on. It
//! is rendered from the run's journal ([`crate::interp::Journal`]: what the script printed,
//! audited, explained, declared, read and computed with a workload method, each with its line)
//! rather than from the printed text, so tables stay tables and every entry links to its line
//! in the script, which the report carries as an appendix. Sections, in order: header (title,
//! date, version, files and their SHA-256, locale), calendars with their working time, each
//! cadre with the methods the script used for it (`methods.rs`: WISN's table with the chart of
//! ratios and the pressure band with its source, ABK-Kes in Renbut's layout, Kepmenkes 81's
//! worksheet), the printed results (batch tables sorted by shortage, SPSS layouts), audits and
//! warnings, derivations (folded), and the script. Labels are English or Indonesian
//! ([`labels`]), numbers in the run's locale.

mod gather;
mod grid;
pub mod labels;
mod methods;
mod page;
mod sections;
pub mod sha256;
mod value;
mod worksheets;

pub use methods::WATCHED;
pub use page::CSP;

use crate::diagnostic::Diagnostic;
use crate::engine::Session;
use crate::number::Locale;

/// What the report is of: the script and how its run ended.
pub struct Run<'a> {
    /// The script's path as given on the command line.
    pub name: &'a str,
    pub text: &'a str,
    /// Warnings, and the error that stopped the run (if one did).
    pub diagnostics: &'a [Diagnostic],
    pub failed: bool,
    pub locale: Locale,
}

/// The report of a finished run of `session`, whose journal was kept with [`WATCHED`]. The
/// journal is consumed; the per-calendar figures, and the per-cadre layouts the script did not
/// compute itself, are computed now, in the same session, by the stdlib's own functions (with
/// the arguments the script gave), with the session's output silenced.
pub fn report(session: &mut Session, run: &Run) -> String {
    let facts = gather::gather(session, run);
    let l = run.locale;
    let mut body = String::new();
    body.push_str(&sections::header(&facts, run));
    body.push_str(&sections::calendars(&facts, l));
    body.push_str(&sections::cadres(&facts, l));
    body.push_str(&sections::results(&facts, l));
    body.push_str(&sections::audits(&facts, run, &session.interp.sources));
    body.push_str(&sections::derivations(&facts, l));
    body.push_str(&sections::appendix(run));
    page::document(labels::lang(l), &facts.title, &body)
}
