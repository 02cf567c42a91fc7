//! The one entry point: load a source, parse it, check or evaluate it, and return a value or
//! diagnostics. The CLI, the REPL, the example runner and the tests all go through [`Session`].

use crate::diagnostic::{render_all_in, Diagnostic};
use crate::interp::Interp;
use crate::output::OutputSettings;
use crate::value::Value;
use std::io::Write;
use std::rc::Rc;
use std::time::Duration;

pub use crate::stdlib::STDLIB;

/// W0103 for the script's top-level definitions that have a stdlib name.
fn shadowing(program: &crate::ast::Program) -> Vec<Diagnostic> {
    crate::interp::shadowing_warnings(program, &crate::interp::stdlib_names(STDLIB))
}

/// What a run produced.
#[derive(Debug)]
pub struct Outcome {
    /// The value of the last expression statement (echoed by the REPL).
    pub value: Value,
    pub warnings: Vec<Diagnostic>,
}

pub struct Session {
    pub interp: Interp,
}

impl Session {
    /// A session whose `print` output goes to `out`, with natives and the stdlib loaded.
    pub fn new(out: Box<dyn Write>) -> Session {
        let mut session = Session::bare(out);
        for file in STDLIB {
            session.interp.load_stdlib_file(*file);
        }
        session
    }

    /// A session for running the script `text`: the stdlib files it names are loaded now, the
    /// others only if a name turns out to be missing (see [`crate::interp::needed_stdlib`]),
    /// which keeps the start-up of a short script to about a millisecond.
    pub fn for_script(out: Box<dyn Write>, text: &str) -> Session {
        let mut session = Session::bare(out);
        let need = crate::interp::needed_stdlib(STDLIB, text);
        for (file, need) in STDLIB.iter().zip(need) {
            if need {
                session.interp.load_stdlib_file(*file);
            } else {
                session.interp.pending_stdlib.push(*file);
            }
        }
        session
    }

    /// Natives only.
    fn bare(out: Box<dyn Write>) -> Session {
        // The names the last session's user wrote are not this one's.
        crate::number::labels::forget_names_as_written();
        let interp = Interp::new(out);
        for native in crate::natives::all() {
            interp
                .natives
                .define(Rc::from(native.name), Value::Native(native));
        }
        // The absent value, for optional parameters: `fn f(digits = nothing)`.
        interp.natives.define(Rc::from("nothing"), Value::Nil);
        Session { interp }
    }

    /// `:help` for a function the user defined in this session: its signature, its doc comment
    /// and the source it is in. Stdlib functions are described by [`crate::registry`].
    pub fn describe_function(&self, name: &str) -> Option<String> {
        let Some(Value::Func(c)) = self.interp.globals.get(name) else {
            return None;
        };
        let span = c.def.span;
        if self.interp.is_stdlib(span.src) {
            return None;
        }
        let params: Vec<String> = c
            .def
            .params
            .iter()
            .map(|p| {
                if p.default.is_some() {
                    format!("{}?", p.name.node)
                } else {
                    p.name.node.to_string()
                }
            })
            .collect();
        let mut out = format!("{name}({})\n", params.join(", "));
        for line in c.def.doc.as_deref().unwrap_or("").lines() {
            out.push_str(&format!("  {line}\n").replace("  \n", "\n"));
        }
        out.push_str(&format!(
            "  (defined in {})\n",
            self.interp.sources.name(span.src)
        ));
        Some(out)
    }

    /// How `print` writes values from now on (`--format`, `--locale`).
    pub fn set_output(&mut self, settings: OutputSettings) {
        self.interp.output = settings;
    }

    pub fn set_time_limit(&mut self, limit: Option<Duration>) {
        self.interp.time_limit = limit;
    }

    /// Parse and evaluate a source in the global scope (bindings persist across calls, as the
    /// REPL needs). Syntax errors stop evaluation; all of them are returned.
    pub fn run(&mut self, name: &str, text: &str) -> Result<Outcome, Vec<Diagnostic>> {
        let id = self.interp.sources.add(name, text);
        let (program, diags) = crate::parser::parse(text, id);
        if diags.iter().any(Diagnostic::is_error) {
            return Err(diags);
        }
        self.interp.plurals.learn_source(text);
        self.interp.warnings.extend(diags);
        self.interp
            .warnings
            .extend(crate::check::warnings(&program));
        self.interp.warnings.extend(shadowing(&program));
        self.interp.start();
        let globals = self.interp.globals.clone();
        let result = self.interp.exec_stmts(&program.stmts, &globals);
        let _ = self.interp.out.flush();
        let warnings = std::mem::take(&mut self.interp.warnings);
        match result {
            Ok(value) => Ok(Outcome { value, warnings }),
            Err(e) => {
                let mut all = warnings;
                all.push(*e.0);
                Err(all)
            }
        }
    }

    /// Parse and statically check a source without evaluating it.
    pub fn check(&mut self, name: &str, text: &str) -> Vec<Diagnostic> {
        let id = self.interp.sources.add(name, text);
        self.check_text(text, id).1
    }

    /// What [`Session::check`] does, on a text the caller keeps itself under the source id
    /// `id`, with the tree it parsed: the language server checks a file again on every edit
    /// and must not add a source to the session each time.
    pub fn check_text(
        &self,
        text: &str,
        id: crate::span::SourceId,
    ) -> (crate::ast::Program, Vec<Diagnostic>) {
        let (program, mut diags) = crate::parser::parse(text, id);
        let globals: Vec<Rc<str>> = self.interp.globals.names();
        diags.extend(crate::check::check(&program, &globals, &signatures()));
        diags.extend(shadowing(&program));
        (program, diags)
    }

    pub fn render(&self, diags: &[Diagnostic], color: bool) -> String {
        render_all_in(
            diags,
            &self.interp.sources,
            color,
            self.interp.output.locale,
        )
    }

    /// The text of the audit summary, if the run had audits: the counts, then each figure that
    /// was not consistent with what explains it.
    pub fn audit_summary(&self) -> Option<String> {
        let t = &self.interp.audits;
        (t.consistent + t.inconsistent > 0).then(|| {
            if self.interp.output.format == crate::output::Format::Json {
                let (c, n) = (t.consistent.to_string(), t.inconsistent.to_string());
                let counts = crate::interp::json_object(&[
                    ("audits_consistent", &c),
                    ("audits_not_consistent", &n),
                ]);
                if t.not_consistent.is_empty() {
                    return counts;
                }
                let mut list = Vec::new();
                for (i, line) in t.not_consistent.iter().enumerate() {
                    list.push(if i == 0 { b'[' } else { b',' });
                    let _ = crate::output::json::write_str(&mut list, line);
                }
                list.push(b']');
                let list = String::from_utf8(list).unwrap_or_default();
                return format!(
                    "{},\"not_consistent\":{list}}}",
                    &counts[..counts.len() - 1]
                );
            }
            use crate::interp::audit_words::{fill, phrase};
            let words = self.interp.output.locale;
            let mut out = fill(
                "audits: {0} consistent, {1} not consistent",
                words,
                &[
                    &words.localize(&t.consistent.to_string(), true),
                    &words.localize(&t.inconsistent.to_string(), true),
                ],
            );
            for line in &t.not_consistent {
                out.push_str(phrase("\n  not consistent: ", words));
                out.push_str(line);
            }
            out
        })
    }
}

/// The parameters of every native and stdlib function, for `wl check`.
fn signatures() -> crate::check::Signatures {
    let mut sigs = crate::check::Signatures::default();
    // The registry lists natives before the stdlib, so a stdlib function of the same name
    // replaces a native here as it does at run time.
    for e in crate::registry::all() {
        let params = e
            .params
            .iter()
            .map(|p| crate::check::SigParam {
                name: std::rc::Rc::from(p.name),
                optional: p.optional,
                rest: p.rest,
            })
            .collect();
        sigs.add(e.name, params);
    }
    sigs
}

/// An in-memory writer for capturing `print` output (tests, the REPL's echo).
#[derive(Clone, Default)]
pub struct SharedBuf(pub Rc<std::cell::RefCell<Vec<u8>>>);

impl SharedBuf {
    pub fn take(&self) -> String {
        String::from_utf8_lossy(&std::mem::take(&mut *self.0.borrow_mut())).into_owned()
    }
}

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Run a whole script and return everything a user would see: printed output, then warnings
/// and errors rendered without colour. Used by the example and snapshot tests.
pub fn run_to_string(name: &str, text: &str) -> (String, bool) {
    run_to_string_with(name, text, OutputSettings::default())
}

/// [`run_to_string`] with an output format and locale, as `wl run --format F --locale L`.
pub fn run_to_string_with(name: &str, text: &str, settings: OutputSettings) -> (String, bool) {
    let buf = SharedBuf::default();
    let mut session = Session::new(Box::new(buf.clone()));
    session.set_output(settings);
    let result = session.run(name, text);
    let mut out = buf.take();
    let ok = match result {
        Ok(outcome) => {
            out.push_str(&session.render(&outcome.warnings, false));
            true
        }
        Err(diags) => {
            out.push_str(&session.render(&diags, false));
            false
        }
    };
    if let Some(s) = session.audit_summary() {
        out.push_str(&s);
        out.push('\n');
    }
    (out, ok)
}
