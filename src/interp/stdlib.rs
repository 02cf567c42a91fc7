//! Loading the embedded stdlib. Parsing all of it took most of the start-up time of a short
//! script (about 2.5 ms of 4), so `wl run` loads only the files whose names the script
//! mentions (and the files those use); the rest wait in `pending_stdlib`. A name that is not
//! found loads them before it is reported unknown, so a script never sees a difference —
//! only the REPL and `wl check`, which list every name, load everything at once.

use super::Interp;
use crate::env::Env;
use std::collections::HashSet;

/// A stdlib file: its name (as messages show it) and text.
pub type StdlibFile = (&'static str, &'static str);

impl Interp {
    /// Run one stdlib file in the globals. With `keep_existing`, a name the globals already
    /// have (a definition of the script running) is not replaced, and the file's own
    /// functions see the script's definition too, as they would had the file been loaded
    /// first and the script redefined the name. (No stdlib name is a native's; see the test.)
    pub(crate) fn load_stdlib_file(&mut self, (name, text): StdlibFile, keep_existing: bool) {
        let id = self.sources.add(name, text);
        self.stdlib_ids.push(id);
        let (program, diags) = crate::parser::parse(text, id);
        let env = if keep_existing {
            Env::child(&self.globals)
        } else {
            self.globals.clone()
        };
        let result = if diags.iter().any(|d| d.is_error()) {
            Err(diags)
        } else {
            self.exec_stmts(&program.stmts, &env)
                .map_err(|e| vec![*e.0])
        };
        if let Err(diags) = result {
            // The stdlib is part of the binary and tested; failing to load it is a bug.
            panic!(
                "stdlib {name} failed to load:\n{}",
                crate::diagnostic::render_all(&diags, &self.sources, false)
            );
        }
        if keep_existing {
            for (k, v) in env.locals() {
                if self.globals.has_local(&k) {
                    env.remove_local(&k);
                } else {
                    self.globals.define(k, v);
                }
            }
        }
    }

    /// Load the stdlib files not loaded yet; false if there were none.
    pub(crate) fn load_pending_stdlib(&mut self) -> bool {
        let pending = std::mem::take(&mut self.pending_stdlib);
        for file in &pending {
            self.load_stdlib_file(*file, true);
        }
        !pending.is_empty()
    }

    /// A global by name, loading the pending stdlib if it is not (yet) defined.
    pub(crate) fn global(&mut self, name: &str) -> Option<crate::value::Value> {
        match self.globals.get(name) {
            Some(v) => Some(v),
            None if self.load_pending_stdlib() => self.globals.get(name),
            None => None,
        }
    }
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
    fn no_stdlib_definition_shares_a_natives_name() {
        // Loading late keeps the names already defined, which must then be the script's.
        let natives: HashSet<&str> = crate::natives::all().map(|n| n.name).collect();
        for (file, text) in crate::engine::STDLIB {
            for name in definitions(text) {
                assert!(!natives.contains(name), "{file} redefines native `{name}`");
            }
        }
    }
}
