//! The tree-walking interpreter.
//!
//! [`Interp`] owns everything a session needs: the loaded sources, the chain of environments
//! (natives, then the sealed stdlib, then the script's globals), where `print` writes, and the limits that turn runaway input into diagnostics
//! instead of crashes: expression depth, call depth, an interrupt flag (Ctrl-C) and a time limit.

mod audit;
mod audit_causes;
pub(crate) mod audit_words;
mod call;
mod catch;
mod decl;
mod explain;
mod expr;
mod host;
mod journal;
mod ops;
mod progress;
mod stdlib;
mod stmt;
mod vector;

pub use journal::{Event, Journal};
pub use stdlib::{needed as needed_stdlib, shadowing_warnings, stdlib_names, StdlibFile};

pub use crate::diagnostic::{Eval, RtError};
pub use crate::env::Env;

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::{SourceMap, Span};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How deep expressions may nest at run time, and calls may recurse.
pub const MAX_DEPTH: usize = 2_000;
pub const MAX_CALL_DEPTH: usize = 500;

/// Tally of `audit` statements, for the summary at the end of a run.
#[derive(Clone, Debug, Default)]
pub struct AuditTally {
    pub consistent: usize,
    pub inconsistent: usize,
    /// Each figure that was not consistent, with what explains it: `21 / 45: reported 46.6%;
    /// explained: truncated instead of rounded`.
    pub not_consistent: Vec<String>,
}

pub struct Interp {
    pub sources: SourceMap,
    /// The natives' scope, outermost; sealed.
    pub natives: std::rc::Rc<Env>,
    /// The stdlib's scope, inside the natives'; sealed. Stdlib closures hold it, so they resolve
    /// names here and in the natives only, whatever the script defines.
    pub stdlib: std::rc::Rc<Env>,
    /// The script's top level (the REPL's bindings), inside the stdlib's scope.
    pub globals: std::rc::Rc<Env>,
    pub out: Box<dyn Write>,
    /// Diagnostics that do not stop the run (warnings), and errors reported together with the
    /// one that does (every syntax error of a file loaded with `use`).
    pub warnings: Vec<Diagnostic>,
    pub interrupt: Arc<AtomicBool>,
    pub time_limit: Option<Duration>,
    pub audits: AuditTally,
    /// How `print` writes values (`--format`, `--locale`).
    pub output: crate::output::OutputSettings,
    deadline: Option<Instant>,
    depth: usize,
    call_depth: usize,
    steps: u64,
    /// The command-line arguments after the script's path (`args()` in a script).
    pub script_args: Vec<String>,
    /// The derivation being recorded by `explain`, if one runs.
    trace: Option<explain::Trace>,
    /// Stdlib files not loaded yet: loaded when a name is not found (see [`stdlib`]).
    pub pending_stdlib: Vec<StdlibFile>,
    /// Files being loaded by `use`, innermost last (to resolve relative paths and catch cycles).
    loading: Vec<PathBuf>,
    /// The plural forms of counted units the session's scripts wrote (see [`crate::units::Plurals`]).
    pub plurals: crate::units::Plurals,
    /// While a stdlib function called from the script's own code runs, that call: a warning a
    /// stdlib formula records is reported there (warnings carry no chain of calls to blame).
    user_call: Option<Span>,
    /// While a stdlib file loads, the script's interrupt and time limit do not apply: the load
    /// is short, and must not fail because of where the script was when it was triggered.
    loading_stdlib: bool,
    /// What the run did, for `wl run --report`; `None` unless a report was asked for.
    pub journal: Option<Journal>,
}

impl Interp {
    pub fn new(out: Box<dyn Write>) -> Interp {
        let natives = Env::root();
        let stdlib = Env::child(&natives);
        let globals = Env::child(&stdlib);
        natives.seal();
        stdlib.seal();
        Interp {
            sources: SourceMap::default(),
            natives,
            stdlib,
            globals,
            out,
            warnings: Vec::new(),
            interrupt: Arc::new(AtomicBool::new(false)),
            time_limit: None,
            audits: AuditTally::default(),
            output: Default::default(),
            deadline: None,
            depth: 0,
            call_depth: 0,
            steps: 0,
            pending_stdlib: Vec::new(),
            trace: None,
            script_args: Vec::new(),
            loading: Vec::new(),
            plurals: Default::default(),
            user_call: None,
            loading_stdlib: false,
            journal: None,
        }
    }

    /// Called before running a top-level program: arms the time limit and clears counters.
    pub fn start(&mut self) {
        self.deadline = self.time_limit.map(|d| Instant::now() + d);
        self.depth = 0;
        self.call_depth = 0;
        self.user_call = None;
        self.interrupt.store(false, Ordering::SeqCst);
    }

    /// Count one evaluation step; every so often look at the interrupt flag and the clock.
    fn tick(&mut self, span: Span) -> Eval<()> {
        self.steps = self.steps.wrapping_add(1);
        if !self.steps.is_multiple_of(1024) || self.loading_stdlib {
            return Ok(());
        }
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::SeqCst);
            return Err(RtError::new(
                Code::Interrupted,
                "evaluation interrupted",
                span,
                "stopped while evaluating this",
            ));
        }
        if let (Some(deadline), Some(limit)) = (self.deadline, self.time_limit) {
            if Instant::now() > deadline {
                return Err(RtError::new(
                    Code::TimeLimit,
                    format!(
                        "the script ran longer than the time limit of {} s",
                        limit.as_secs_f64()
                    ),
                    span,
                    "still evaluating this when time ran out",
                )
                .hint(
                    "raise the limit with `--time-limit SECONDS` if the work is really this long",
                ));
            }
        }
        Ok(())
    }

    /// Run `f` one level deeper, on a stack that grows as needed, within [`MAX_DEPTH`].
    fn deeper<T>(&mut self, span: Span, f: impl FnOnce(&mut Interp) -> Eval<T>) -> Eval<T> {
        if self.depth >= MAX_DEPTH {
            return Err(RtError::new(
                Code::TooDeep,
                format!("expression nested more than {MAX_DEPTH} levels deep"),
                span,
                "too deep here",
            )
            .hint("split the expression with `let` bindings"));
        }
        self.depth += 1;
        let r = stacker::maybe_grow(64 * 1024, 4 * 1024 * 1024, || f(self));
        self.depth -= 1;
        r
    }

    /// Whether a source is one of the embedded stdlib files.
    pub(crate) fn is_stdlib(&self, src: crate::span::SourceId) -> bool {
        self.sources.is_stdlib(src)
    }

    fn write_line(&mut self, text: &str) {
        // Output that cannot be written (a closed pipe) is not an evaluation error. Standard
        // output is line-buffered already; the session flushes at the end of a run.
        let _ = writeln!(self.out, "{text}");
        self.capture_line(text);
    }
}

/// Ending a session frees what it defined. Every function holds the scope it was defined in,
/// and that scope holds the function: without this, a session's globals and the whole stdlib
/// stay allocated after it is gone (issue 15: a language server or a test harness makes many).
/// Values taken out of the session keep working as data; a function among them can only be
/// called by an interpreter, and finds its scope empty.
impl Drop for Interp {
    fn drop(&mut self) {
        self.globals.clear();
        self.stdlib.clear();
        self.natives.clear();
    }
}

pub use audit::json_object;
pub use call::ArgValue;
