//! Loading the embedded stdlib into its own sealed scope. The stdlib's functions resolve names
//! there and in the natives only: a script's own `annual` or top-level `using` never changes
//! what they compute. Parsing all of it took most of the start-up time of a short script (about
//! 2.5 ms of 4), so `wl run` loads only the files whose names the script mentions (and the
//! files those use); the rest wait in `pending_stdlib`. A name that is not found loads them
//! before it is reported unknown, so a script never sees a difference — only the REPL and
//! `wl check`, which list every name, load everything at once. A load runs with limits of its
//! own, so where the script was when it triggered the load (deep in recursion, at its time
//! limit, interrupted, with its own names defined) cannot make it fail.

use super::Interp;
use crate::ast::{Program, StmtKind};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use std::collections::HashSet;

/// A stdlib file: its name (as messages show it) and text.
pub type StdlibFile = (&'static str, &'static str);

/// What the interpreter saves of the script's run while a stdlib file loads.
struct Saved {
    depth: usize,
    call_depth: usize,
    trace: Option<super::explain::Trace>,
    warnings: usize,
}

impl Interp {
    /// Run one stdlib file in the stdlib's scope, with fresh limits.
    pub(crate) fn load_stdlib_file(&mut self, (name, text): StdlibFile) {
        let id = self.sources.add_stdlib(name, text);
        let (program, diags) = crate::parser::parse(text, id);
        let saved = self.enter_stdlib_load();
        let result = if diags.iter().any(|d| d.is_error()) {
            Err(diags)
        } else {
            let env = self.stdlib.clone();
            self.exec_stmts(&program.stmts, &env)
                .map_err(|e| vec![*e.0])
        };
        self.leave_stdlib_load(saved);
        if let Err(diags) = result {
            // The stdlib is part of the binary and tested, and nothing of the script can reach
            // its load: failing to load it is a bug.
            panic!(
                "stdlib {name} failed to load:\n{}",
                crate::diagnostic::render_all(&diags, &self.sources, false)
            );
        }
    }

    fn enter_stdlib_load(&mut self) -> Saved {
        self.loading_stdlib = true;
        Saved {
            depth: std::mem::take(&mut self.depth),
            call_depth: std::mem::take(&mut self.call_depth),
            trace: self.trace.take(),
            warnings: self.warnings.len(),
        }
    }

    fn leave_stdlib_load(&mut self, saved: Saved) {
        self.loading_stdlib = false;
        self.depth = saved.depth;
        self.call_depth = saved.call_depth;
        self.trace = saved.trace;
        self.warnings.truncate(saved.warnings);
    }

    /// Load the stdlib files not loaded yet; false if there were none.
    pub(crate) fn load_pending_stdlib(&mut self) -> bool {
        let pending = std::mem::take(&mut self.pending_stdlib);
        for file in &pending {
            self.load_stdlib_file(*file);
        }
        !pending.is_empty()
    }

    /// A stdlib (or native) function by name, loading the pending stdlib if it is not (yet)
    /// defined; never the script's definition of the same name.
    pub(crate) fn global(&mut self, name: &str) -> Option<crate::value::Value> {
        match self.stdlib.get(name) {
            Some(v) => Some(v),
            None if self.load_pending_stdlib() => self.stdlib.get(name),
            None => None,
        }
    }
}

/// The names the stdlib files define at top level.
pub fn stdlib_names<'a>(files: &[(&'a str, &'a str)]) -> HashSet<&'a str> {
    files
        .iter()
        .flat_map(|(_, text)| definitions(text))
        .collect()
}

/// W0103 for each top-level definition of a script that has a stdlib name: the script may
/// have its own `annual`, but should know the stdlib keeps its own.
pub fn shadowing_warnings(program: &Program, stdlib: &HashSet<&str>) -> Vec<Diagnostic> {
    program
        .stmts
        .iter()
        .filter_map(|stmt| match &stmt.kind {
            StmtKind::Let(name, _) => Some(name),
            StmtKind::Fn(def) => def.name.as_ref(),
            StmtKind::Decl(decl) => decl.name.as_ref(),
            _ => None,
        })
        .filter(|name| stdlib.contains(&*name.node))
        .map(|name| {
            Diagnostic::warning(
                Code::ShadowsStdlib,
                format!("`{}` is also a name of the stdlib", name.node),
                name.span,
                "this is the script's own, for the script only",
            )
            .with_note(format!(
                "the stdlib's formulas keep using their own `{}`: what `wisn`, `fte` and the other methods compute does not change",
                name.node
            ))
            .with_hint("give it another name if the script also needs the stdlib's")
        })
        .collect()
}

/// Which of `files` (in load order, each using only earlier ones) a script with text `text`
/// needs: those defining a word of the script, and the files those need in turn. Words in
/// comments and strings count too, which at worst loads a file early. A word the script
/// first meets as its own definition (`let awt = 1720 h` at a line start, not used again on
/// that line) is the script's name, not the stdlib's. A wrong guess costs only time: a name
/// not found loads the rest.
pub fn needed(files: &[StdlibFile], text: &str) -> Vec<bool> {
    let mut want: HashSet<&str> = HashSet::new();
    let mut own: HashSet<&str> = HashSet::new();
    for line in text.lines() {
        let defined = definitions(line).next();
        let names = names(line);
        for &w in &names {
            if own.contains(w) || want.contains(w) {
                continue;
            }
            let redefined_here = names.iter().filter(|x| **x == w).count() > 1;
            if Some(w) == defined && !redefined_here {
                own.insert(w);
            } else {
                want.insert(w);
            }
        }
    }
    let mut need = vec![false; files.len()];
    for (i, (_, body)) in files.iter().enumerate().rev() {
        if definitions(body).any(|n| want.contains(n)) {
            need[i] = true;
            want.extend(words(body));
        }
    }
    need
}

/// The names on a line of a script, as the lexer sees them: not words in strings or
/// comments (neither runs past the end of a line, so a line lexes on its own).
fn names(line: &str) -> Vec<&str> {
    use crate::lexer::Token;
    use logos::Logos;
    Token::lexer(line)
        .filter_map(|t| match t {
            Ok(Token::Ident(s)) => Some(s),
            _ => None,
        })
        .collect()
}

/// Identifier-like words.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

/// The names a stdlib file defines at top level: `fn name` and `let name` at a line start.
fn definitions(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter_map(|l| {
        let rest = l.strip_prefix("fn ").or_else(|| l.strip_prefix("let "))?;
        words(rest).next()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: &[StdlibFile] = &[
        ("a.wl", "fn base(x) {\n  x\n}\n"),
        ("b.wl", "let table_b = 1\nfn uses_base(y) {\n  base(y)\n}\n"),
        ("c.wl", "fn other() {\n  2\n}\n"),
    ];

    #[test]
    fn a_file_is_needed_for_its_names_and_brings_what_it_uses() {
        assert_eq!(needed(FILES, "print 1"), vec![false, false, false]);
        assert_eq!(needed(FILES, "print uses_base(3)"), vec![true, true, false]);
        // b needs a: its body calls `base`.
        assert_eq!(needed(FILES, "print table_b"), vec![true, true, false]);
        assert_eq!(
            needed(FILES, "print other() + base(1)"),
            vec![true, false, true]
        );
        // A longer word that merely contains a name does not count.
        assert_eq!(needed(FILES, "let based = 1"), vec![false, false, false]);
        // The script's own `base`, defined before any use, is not the stdlib's ...
        assert_eq!(
            needed(FILES, "let base = 2\nprint base\n"),
            vec![false, false, false]
        );
        // ... unless the definition uses the stdlib's, or something uses it first.
        assert_eq!(
            needed(FILES, "let base = base(2)\n"),
            vec![true, false, false]
        );
        assert_eq!(
            needed(FILES, "print base(1)\nlet base = 2\n"),
            vec![true, false, false]
        );
        // Strings and comments name nothing.
        assert_eq!(
            needed(FILES, "print \"base=\" + str(1) # other\n"),
            vec![false, false, false]
        );
    }

    #[test]
    fn a_lazy_load_is_not_subject_to_the_scripts_limits() {
        // The script is at the depth limit, past its deadline and interrupted when a name
        // sends for the pending stdlib: the load still succeeds, and the script's state is
        // given back to it (the interrupt then stops the script, as it should).
        let mut s = crate::engine::Session::for_script(Box::new(std::io::sink()), "print 1");
        assert!(!s.interp.pending_stdlib.is_empty());
        let interp = &mut s.interp;
        interp.time_limit = Some(std::time::Duration::ZERO);
        interp.deadline = Some(std::time::Instant::now());
        interp
            .interrupt
            .store(true, std::sync::atomic::Ordering::SeqCst);
        interp.depth = super::super::MAX_DEPTH - 1;
        interp.call_depth = super::super::MAX_CALL_DEPTH;
        assert!(interp.load_pending_stdlib());
        assert!(interp.stdlib.get("wisn").is_some());
        assert_eq!(interp.depth, super::super::MAX_DEPTH - 1);
        assert_eq!(interp.call_depth, super::super::MAX_CALL_DEPTH);
        assert!(interp.interrupt.load(std::sync::atomic::Ordering::SeqCst));
    }

    #[test]
    fn no_stdlib_definition_shares_a_natives_name() {
        // The stdlib's scope lies inside the natives': a stdlib name equal to a native's would
        // hide the native from every stdlib formula.
        let natives: HashSet<&str> = crate::natives::all().map(|n| n.name).collect();
        for (file, text) in crate::engine::STDLIB {
            for name in definitions(text) {
                assert!(!natives.contains(name), "{file} redefines native `{name}`");
            }
        }
    }
}
