//! Go to definition: a name to where it is defined, in this file (its innermost visible
//! definition), in a file it `use`s (and the files those use), or in the stdlib (written out
//! as read-only files, see [`super::stdlib_files`]); `x.field` to the field written in the
//! declaration or record `x` is bound to; a `use` path to the file itself.

use super::document::{Document, DOC_ID};
use super::outline::{definitions, resolve, uses, Def, DefKind};
use super::positions::LineIndex;
use super::tokens::Tokens;
use crate::ast::{Expr, ExprKind};
use crate::lexer::Token;
use crate::span::Span;
use lsp_types::{Location, Position, Range};
use std::path::{Path, PathBuf};

/// How deep a chain of `use`s is followed.
const MAX_USE_DEPTH: usize = 8;

/// What go to definition needs besides the document: the text of another file (the editor's
/// copy when it is open, else the disk's), and where the stdlib files are written.
pub struct Context<'a> {
    pub read: &'a dyn Fn(&Path) -> Option<String>,
    pub stdlib_folder: &'a Path,
}

pub fn definition(doc: &Document, pos: Position, cx: &Context) -> Option<Location> {
    let offset = doc.offset(pos);
    let tokens = Tokens::new(&doc.text, DOC_ID);
    let i = tokens.at(offset)?;
    let base = doc.path.as_deref().and_then(Path::parent);
    if let (Token::Str(_), span) = &tokens.list[i] {
        let (path, _) = uses(&doc.program)
            .into_iter()
            .find(|(_, s)| s.start <= span.start && span.end <= s.end)?;
        let full = base?.join(path);
        return file_location(&full, Range::default());
    }
    let Token::Ident(word) = tokens.list[i].0 else {
        return None;
    };
    let span = tokens.list[i].1;
    let defs = definitions(&doc.program);
    let here = |s: Span| Location::new(doc.uri.clone(), doc.range(s));
    if let Some(s) = after_dot(&tokens, &defs, word, i, offset) {
        return Some(here(s));
    }
    if let Some(d) = defs.iter().find(|d| d.name_span == span) {
        return Some(here(d.name_span));
    }
    if let Some(d) = resolve(&defs, word, offset) {
        return Some(here(d.name_span));
    }
    let mut seen = Vec::new();
    if let Some(loc) = base.and_then(|b| in_uses(&doc.program, b, word, cx, 0, &mut seen)) {
        return Some(loc);
    }
    in_stdlib(word, cx)
}

/// The span of `field` in the declaration or record literal `owner` (before the dot) is.
fn after_dot(tokens: &Tokens, defs: &[Def], word: &str, i: usize, offset: usize) -> Option<Span> {
    if i < 2 || tokens.get(i - 1) != Some(&Token::Dot) {
        return None;
    }
    let Some(Token::Ident(owner)) = tokens.get(i - 2) else {
        return None;
    };
    let def = resolve(defs, owner, offset)?;
    if let (DefKind::Decl, Some(d)) = (def.kind, def.decl) {
        return defs
            .iter()
            .find(|f| {
                f.kind == DefKind::Field
                    && f.name == word
                    && f.decl.is_some_and(|fd| std::ptr::eq(fd, d))
            })
            .map(|f| f.name_span);
    }
    match def.value {
        Some(Expr {
            kind: ExprKind::Record(entries),
            ..
        }) => entries
            .iter()
            .find(|(k, _)| &*k.node == word)
            .map(|(k, _)| k.span),
        _ => None,
    }
}

/// A top-level definition of `word` in the files `program` uses, the last `use` first (its
/// definitions are the ones in force after it), then the files those use.
fn in_uses(
    program: &crate::ast::Program,
    base: &Path,
    word: &str,
    cx: &Context,
    depth: usize,
    seen: &mut Vec<PathBuf>,
) -> Option<Location> {
    if depth >= MAX_USE_DEPTH {
        return None;
    }
    for (path, _) in uses(program).into_iter().rev() {
        let full = base.join(path);
        if seen.contains(&full) {
            continue;
        }
        seen.push(full.clone());
        let Some(text) = (cx.read)(&full) else {
            continue;
        };
        let (used, _) = crate::parser::parse(&text, DOC_ID);
        let defs = definitions(&used);
        if let Some(d) = defs
            .iter()
            .rev()
            .find(|d| d.scope.is_none() && d.name == word)
        {
            let range = LineIndex::new(&text).range(&text, d.name_span.range());
            return file_location(&full, range);
        }
        let next = full.parent().unwrap_or(base).to_path_buf();
        if let Some(loc) = in_uses(&used, &next, word, cx, depth + 1, seen) {
            return Some(loc);
        }
    }
    None
}

/// A top-level definition of `word` in the stdlib, in its file written out for the editor.
fn in_stdlib(word: &str, cx: &Context) -> Option<Location> {
    for (name, text) in crate::stdlib::STDLIB {
        let (program, _) = crate::parser::parse(text, DOC_ID);
        let defs = definitions(&program);
        let Some(d) = defs.iter().find(|d| d.scope.is_none() && d.name == word) else {
            continue;
        };
        let range = LineIndex::new(text).range(text, d.name_span.range());
        let path = super::stdlib_files::materialize(cx.stdlib_folder, name).ok()?;
        return file_location(&path, range);
    }
    None
}

fn file_location(path: &Path, range: Range) -> Option<Location> {
    let absolute = std::path::absolute(path).ok()?;
    Some(Location::new(super::uri::from_path(&absolute)?, range))
}
