//! The run's journal: what a script printed, audited, explained, declared and read, in order,
//! each with the place in the script it came from. It is kept only when a report is asked for
//! (`wl run --report`), so an ordinary run pays one `Option` test a statement. The report
//! renders from these values, not from the printed text, so it lays tables out as tables and
//! links every entry to its script line.

use super::{Eval, Interp};
use crate::span::Span;
use crate::value::Value;
use std::path::PathBuf;
use std::rc::Rc;

/// One thing a run did that a report shows.
#[derive(Clone, Debug)]
pub enum Event {
    /// `print EXPR`: the value printed.
    Print { value: Value, span: Span },
    /// `audit ...`: the line it printed, and whether it was consistent.
    Audit {
        text: String,
        consistent: bool,
        span: Span,
    },
    /// `explain EXPR`: the derivation it printed.
    Explain { text: String, span: Span },
    /// A named declaration (`calendar`, `cadre`, `scale`, ...) and its value.
    Declared {
        name: Rc<str>,
        value: Value,
        span: Span,
    },
    /// A data file read (`read_csv`, `read_xlsx`), as the path resolved to.
    Input { path: PathBuf },
    /// A call the script made of a stdlib function the journal watches (the report's workload
    /// methods: `abk_kes`, `wisn`, ...): its parameters as bound, defaults included, and what it
    /// returned. Only calls written in the script (not those the stdlib makes), only those that
    /// returned.
    Called {
        function: Rc<str>,
        args: Vec<(Rc<str>, Value)>,
        result: Value,
        span: Span,
    },
}

/// The events, and the text of the statement being captured (an audit or an explain writes
/// lines; the journal keeps them as one entry).
#[derive(Default, Debug)]
pub struct Journal {
    pub events: Vec<Event>,
    capture: Option<String>,
    /// The stdlib functions whose calls from the script are recorded as [`Event::Called`].
    watched: &'static [&'static str],
}

impl Interp {
    /// Start keeping a journal (before the run), recording the script's calls of the stdlib
    /// functions named in `watched` with their arguments and results. The report layer names
    /// them (`crate::html::WATCHED`), so the interpreter knows no stdlib function by name.
    pub fn keep_journal(&mut self, watched: &'static [&'static str]) {
        self.journal = Some(Journal {
            watched,
            ..Journal::default()
        });
    }

    /// Whether a call of `function` (defined at `def`) from `call` is one to record: a journal
    /// is kept and watches it, the function is the stdlib's, and the script wrote the call.
    pub(super) fn watches(&self, function: &str, def: Span, call: Span) -> bool {
        self.journal
            .as_ref()
            .is_some_and(|j| j.watched.contains(&function))
            && self.is_stdlib(def.src)
            && !self.is_stdlib(call.src)
    }

    /// Add an event, if a journal is kept. `event` is only built then.
    pub(super) fn note(&mut self, event: impl FnOnce() -> Event) {
        if let Some(j) = &mut self.journal {
            j.events.push(event());
        }
    }

    /// A line written by `print`, `audit` or `explain`: kept while a statement is captured.
    pub(super) fn capture_line(&mut self, text: &str) {
        if let Some(buf) = self.journal.as_mut().and_then(|j| j.capture.as_mut()) {
            buf.push_str(text);
            buf.push('\n');
        }
    }

    /// Run an audit or explain statement, capturing the lines it writes when a journal is
    /// kept; `make` turns the text and whether the audit tally's consistent count rose into
    /// the event.
    pub(super) fn captured(
        &mut self,
        run: impl FnOnce(&mut Interp) -> Eval<Value>,
        make: impl FnOnce(String, bool) -> Event,
    ) -> Eval<Value> {
        let Some(j) = &mut self.journal else {
            return run(self);
        };
        let outer = j.capture.replace(String::new());
        let before = self.audits.consistent;
        let r = run(self);
        let consistent = self.audits.consistent > before;
        if let Some(j) = &mut self.journal {
            let text = std::mem::replace(&mut j.capture, outer).unwrap_or_default();
            if r.is_ok() {
                j.events.push(make(text, consistent));
            }
        }
        r
    }
}
