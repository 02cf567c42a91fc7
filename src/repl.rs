//! The REPL: a thin loop over [`Session`]. Input that stops in the middle of a construct
//! (an open bracket, a trailing operator) continues on the next line; a bad line shows its
//! diagnostic and the session goes on with its bindings; Ctrl-C during evaluation stops the
//! evaluation, not the REPL. [`Repl::feed`] holds all the logic so tests can drive it line by
//! line, and [`Repl::complete`] all of completion; [`run`] adds rustyline (history, the list of
//! candidates) on top.

use crate::display::pretty_in;
use crate::engine::{Session, SharedBuf};
use crate::output::{Locale, OutputSettings};
use crate::value::Value;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::Ordering;

pub const HELP: &str = "\
Type a statement or expression and press Enter; its value is shown with its unit.
Input continues on the next line while brackets are open or a line ends with an operator.

  :help            this text
  :help NAME       what a function, declaration kind or diagnostic code (E0301) is
  :functions       every function, by group
  :load FILE       run a .wl file in this session (its bindings stay)
  :quit            leave (Ctrl-D does too)

Tab completes names; after `x.` it offers the fields of `x` (a record's keys, a table's
columns, a declaration's fields). Ctrl-C stops a long evaluation and keeps the session.";

/// [`HELP`] in Bahasa Indonesia, for `wl repl --locale id`.
pub const HELP_ID: &str = "\
Ketik pernyataan atau ekspresi lalu tekan Enter; nilainya ditampilkan dengan satuannya.
Masukan berlanjut ke baris berikutnya selama kurung masih terbuka atau baris diakhiri operator.

  :help            teks ini
  :help NAMA       kegunaan sebuah fungsi, jenis deklarasi atau kode diagnostik (E0301)
  :functions       semua fungsi, per kelompok
  :load BERKAS     jalankan berkas .wl dalam sesi ini (nama-namanya tetap ada)
  :quit            keluar (Ctrl-D juga)

Tab melengkapi nama; setelah `x.` Tab menawarkan field dari `x` (kunci record, kolom tabel,
field deklarasi). Ctrl-C menghentikan evaluasi yang lama tanpa menutup sesi.
Angka diketik dengan titik desimal (`0.5`), juga di sini: dengan koma, `[0,5]` bisa berarti
dua angka.";

/// What the REPL has to say after a line.
#[derive(Debug, PartialEq, Eq)]
pub enum Reply {
    /// The input is incomplete: show the continuation prompt.
    More,
    /// Text to show (may be empty).
    Text(String),
    Quit,
}

pub struct Repl {
    pub session: Session,
    out: SharedBuf,
    pending: String,
    line_no: usize,
}

impl Default for Repl {
    fn default() -> Self {
        Repl::new()
    }
}

impl Repl {
    pub fn new() -> Repl {
        Repl::with_locale(Locale::default())
    }

    /// A REPL whose values and prints read in `locale` (decimal commas for `id`).
    pub fn with_locale(locale: Locale) -> Repl {
        let out = SharedBuf::default();
        let mut session = Session::new(Box::new(out.clone()));
        session.set_output(OutputSettings {
            locale,
            ..OutputSettings::default()
        });
        Repl {
            session,
            out,
            pending: String::new(),
            line_no: 0,
        }
    }

    pub fn prompt(&self) -> &'static str {
        if self.pending.is_empty() {
            "wl> "
        } else {
            "... "
        }
    }

    /// Feed one line of input.
    pub fn feed(&mut self, line: &str) -> Reply {
        if self.pending.is_empty() {
            let trimmed = line.trim();
            if let Some(cmd) = trimmed.strip_prefix(':') {
                return self.command(cmd);
            }
            if trimmed.is_empty() {
                return Reply::Text(String::new());
            }
        }
        self.pending.push_str(line);
        self.pending.push('\n');
        let text = std::mem::take(&mut self.pending);
        let name = format!("<repl {}>", self.line_no + 1);
        // Input that stops inside a construct is not evaluated (a syntax error stops the run
        // before anything happens): keep it and wait for more; a blank line forces evaluation.
        let result = self.session.run(&name, &text);
        if let Err(diags) = &result {
            if crate::parser::is_incomplete(diags) && !line.trim().is_empty() {
                self.pending = text;
                return Reply::More;
            }
        }
        self.line_no += 1;
        let mut shown = self.out.take();
        match result {
            Ok(outcome) => {
                shown.push_str(&self.session.render(&outcome.warnings, color()));
                if !matches!(outcome.value, Value::Nil) {
                    let output = self.session.interp.output;
                    let text = crate::number::shown::with_shown(output.shown, || {
                        pretty_in(&outcome.value, output.locale)
                    });
                    shown.push_str(&text);
                }
            }
            Err(diags) => shown.push_str(&self.session.render(&diags, color())),
        }
        Reply::Text(shown)
    }

    fn command(&mut self, cmd: &str) -> Reply {
        let (name, arg) = cmd
            .split_once(' ')
            .map_or((cmd, ""), |(a, b)| (a, b.trim()));
        match name {
            "q" | "quit" | "exit" => Reply::Quit,
            "help" | "h" if arg.is_empty() => {
                let text = match self.session.interp.output.locale {
                    Locale::En => HELP,
                    Locale::Id => HELP_ID,
                };
                Reply::Text(format!("{text}\n"))
            }
            "help" | "h" => Reply::Text(help_for(&self.session, arg)),
            "functions" => Reply::Text(crate::registry::listing()),
            "load" => match crate::read_limit::read(
                std::path::Path::new(arg),
                crate::read_limit::SCRIPT_CAP,
            ) {
                Ok(bytes) => {
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    let result = self.session.run(arg, &text);
                    let mut shown = self.out.take();
                    match result {
                        Ok(o) => shown.push_str(&self.session.render(&o.warnings, color())),
                        Err(d) => shown.push_str(&self.session.render(&d, color())),
                    }
                    Reply::Text(shown)
                }
                Err(e) => Reply::Text(format!("cannot read {arg}: {e}\n")),
            },
            other => Reply::Text(format!("unknown command :{other}; type :help\n")),
        }
    }

    /// Names for tab completion: bindings, public functions (not the stdlib's internal helpers),
    /// keywords and unit names.
    pub fn completions(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .session
            .interp
            .globals
            .names()
            .iter()
            .filter(|n| !crate::registry::is_internal(n))
            .map(|n| n.to_string())
            .collect();
        names.extend(crate::registry::public().map(|e| e.name.to_string()));
        names.extend(crate::lexer::Token::KEYWORDS.iter().map(|k| k.to_string()));
        names.extend(crate::units::builtin_unit_names().map(String::from));
        names.extend(crate::kinds::KINDS.iter().map(|k| k.name.to_string()));
        names.sort();
        names.dedup();
        names
    }

    /// Tab completion of the word before `pos`: where it starts and the candidates. After
    /// `x.` (or `x.y.`) the candidates are the fields of that value; otherwise the names of
    /// [`Repl::completions`].
    pub fn complete(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let before = &line[..pos];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let word = &before[start..];
        if let Some((path, partial)) = word.rsplit_once('.') {
            let found = self
                .fields_of(path)
                .into_iter()
                .filter(|f| f.starts_with(partial))
                .collect();
            return (pos - partial.len(), found);
        }
        if word.is_empty() {
            return (pos, Vec::new());
        }
        let found = self
            .completions()
            .into_iter()
            .filter(|n| n.starts_with(word))
            .collect();
        (start, found)
    }

    /// The fields of the value at `path` (`nurse`, `result.activities`): a record's keys (a
    /// declaration's fields included), a table's columns; none for anything else.
    pub fn fields_of(&self, path: &str) -> Vec<String> {
        let mut names = path.split('.');
        let first = names.next().unwrap_or("");
        let mut value = self.session.interp.globals.get(first);
        for name in names {
            value = match value {
                Some(Value::Record(r)) => r.fields.get(name).cloned(),
                _ => None,
            };
        }
        match value {
            Some(Value::Record(r)) => r.fields.keys().map(|k| k.to_string()).collect(),
            Some(Value::Table(t)) => t.columns.keys().map(|k| k.to_string()).collect(),
            _ => Vec::new(),
        }
    }
}

/// A function of this session (one the user defined) first, then the registry's entry, a
/// declaration kind, or a did-you-mean.
fn help_for(session: &Session, name: &str) -> String {
    if let Some(text) = session.describe_function(name) {
        return text;
    }
    let locale = session.interp.output.locale;
    crate::reference::help_in(name, locale).unwrap_or_else(|not_found| not_found)
}

fn color() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
}

struct WlHelper {
    repl: Rc<RefCell<Repl>>,
}

impl Completer for WlHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        // The REPL is borrowed mutably only while a line is evaluated, never while one is read.
        let Ok(repl) = self.repl.try_borrow() else {
            return Ok((pos, Vec::new()));
        };
        let (start, found) = repl.complete(line, pos);
        let pairs = found
            .into_iter()
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for WlHelper {
    type Hint = String;
}
impl Highlighter for WlHelper {}
impl Validator for WlHelper {}
impl Helper for WlHelper {}

fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("WL_HISTORY") {
        return Some(p.into());
    }
    std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".wl_history"))
}

/// Run the interactive REPL until :quit or end of input. Returns the exit status.
pub fn run(locale: Locale) -> i32 {
    let repl = Rc::new(RefCell::new(Repl::with_locale(locale)));
    let flag = repl.borrow().session.interp.interrupt.clone();
    // Ctrl-C while a line is being evaluated sets the flag the interpreter polls; while reading
    // a line, rustyline handles it itself.
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    // Several candidates are listed below the line (as a shell does) rather than cycled through.
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .build();
    let mut editor: Editor<WlHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("wl: cannot start the line editor: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(WlHelper { repl: repl.clone() }));
    let history = history_path();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "wl {} — type :help for help, :quit to leave",
        env!("CARGO_PKG_VERSION")
    );
    loop {
        let prompt = repl.borrow().prompt();
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                let reply = repl.borrow_mut().feed(&line);
                match reply {
                    Reply::More => {}
                    Reply::Text(t) => print!("{t}"),
                    Reply::Quit => break,
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C at the prompt drops a half-typed multi-line input.
                repl.borrow_mut().pending.clear();
                println!("(interrupted; :quit to leave)");
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("wl: {e}");
                break;
            }
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    0
}
