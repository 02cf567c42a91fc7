//! Hover: what the word under the cursor is. A function's signature and doc (the registry's,
//! for natives and the stdlib; the doc comment, for the script's own), a declaration kind and
//! its fields, a declaration field's doc, and a name bound to a constant with its value and
//! unit, read with the same constant folding `wl check` applies.

use super::document::{Document, DOC_ID};
use super::outline::{definitions, resolve, Def, DefKind};
use super::tokens::Tokens;
use crate::ast::{Expr, ExprKind};
use crate::check::{constant, Const};
use crate::lexer::Token;
use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

pub fn hover(doc: &Document, pos: Position) -> Option<Hover> {
    let offset = doc.offset(pos);
    let tokens = Tokens::new(&doc.text, DOC_ID);
    let (word, span, i) = tokens.ident_at(offset)?;
    let defs = definitions(&doc.program);
    let text = describe(doc, &tokens, &defs, word, i, offset)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text,
        }),
        range: Some(doc.range(span)),
    })
}

fn describe(
    doc: &Document,
    tokens: &Tokens,
    defs: &[Def],
    word: &str,
    i: usize,
    offset: usize,
) -> Option<String> {
    if let Some(text) = after_dot(doc, tokens, defs, word, i, offset) {
        return Some(text);
    }
    let span = tokens.list[i].1;
    // The word where it is defined, then a declaration's kind word, then what it refers to.
    if let Some(def) = defs.iter().find(|d| d.name_span == span) {
        return Some(definition(doc, def));
    }
    if crate::kinds::kind(word).is_some()
        && matches!(tokens.get(i + 1), Some(Token::Ident(_) | Token::Str(_)))
    {
        return crate::registry::help(word).ok().map(code_block);
    }
    if let Some(def) = resolve(defs, word, offset) {
        return Some(definition(doc, def));
    }
    if let Some(entry) = crate::registry::find(word) {
        return Some(code_block(entry.help()));
    }
    if crate::kinds::kind(word).is_some() {
        return crate::registry::help(word).ok().map(code_block);
    }
    crate::units::is_builtin_time_unit(word).then(|| format!("`{word}`: a unit of time"))
}

/// `x.field`: a field of a declaration or of a record literal the script defines.
fn after_dot(
    doc: &Document,
    tokens: &Tokens,
    defs: &[Def],
    word: &str,
    i: usize,
    offset: usize,
) -> Option<String> {
    if i < 2 || tokens.get(i - 1) != Some(&Token::Dot) {
        return None;
    }
    let Some(Token::Ident(owner)) = tokens.get(i - 2) else {
        return None;
    };
    let def = resolve(defs, owner, offset)?;
    if let Some(d) = def.decl.filter(|_| def.kind == DefKind::Decl) {
        let field = defs.iter().find(|f| {
            f.kind == DefKind::Field
                && f.name == word
                && f.decl.is_some_and(|fd| std::ptr::eq(fd, d))
        });
        return Some(match field {
            Some(f) => definition(doc, f),
            None => field_doc(&d.kind.node, word)?,
        });
    }
    let Some(Expr {
        kind: ExprKind::Record(entries),
        ..
    }) = def.value
    else {
        return None;
    };
    let (_, value) = entries.iter().find(|(k, _)| &*k.node == word)?;
    Some(format!(
        "field `{word}` of `{owner}`{}",
        value_line(doc, value)
    ))
}

/// What a definition is, in a few lines.
fn definition(doc: &Document, def: &Def) -> String {
    match def.kind {
        DefKind::Let => format!(
            "```wl\nlet {}\n```{}",
            def.name,
            def.value.map_or(String::new(), |v| value_line(doc, v))
        ),
        DefKind::Fn => def.func.map_or_else(String::new, |f| {
            let params: Vec<String> = f
                .params
                .iter()
                .map(|p| {
                    format!(
                        "{}{}",
                        p.name.node,
                        if p.default.is_some() { "?" } else { "" }
                    )
                })
                .collect();
            let docs = f
                .doc
                .as_deref()
                .map_or(String::new(), |d| format!("\n\n{d}"));
            format!("```wl\nfn {}({})\n```{docs}", def.name, params.join(", "))
        }),
        DefKind::Param => format!("parameter `{}`", def.name),
        DefKind::ForVar => format!("loop variable `{}`", def.name),
        DefKind::Decl => def.decl.map_or_else(String::new, |d| {
            let spec = crate::kinds::kind(&d.kind.node);
            let kind_doc = spec.map_or(String::new(), |s| format!(": {}", s.doc));
            format!(
                "```wl\n{} {}\n```\n{}{kind_doc}",
                d.kind.node, def.name, d.kind.node
            )
        }),
        DefKind::Field => {
            let kind = def.decl.map_or("", |d| &*d.kind.node);
            let about =
                field_doc(kind, def.name).unwrap_or_else(|| format!("field `{}`", def.name));
            let value = def.value.map_or(String::new(), |v| value_line(doc, v));
            format!("{about}{value}")
        }
    }
}

/// A declaration kind's field: its doc and whether it is required.
fn field_doc(kind: &str, field: &str) -> Option<String> {
    let spec = crate::kinds::kind(kind)?;
    let f = spec.field(field)?;
    let required = if f.required { " (required)" } else { "" };
    Some(format!("`{kind}.{field}`{required}: {}", f.doc))
}

/// `\n\nvalue: 20 min per visit (unit: min per visit)` for a constant; the source text
/// otherwise (its first line).
fn value_line(doc: &Document, value: &Expr) -> String {
    match constant(value) {
        Some(Const::Num(q)) => {
            let unit = if q.unit.is_none() {
                "no unit".to_string()
            } else {
                format!("unit: {}", q.unit)
            };
            format!("\n\nvalue: `{q}` ({unit})")
        }
        _ => {
            let text = doc.text.get(value.span.range()).unwrap_or("");
            let first = text.lines().next().unwrap_or("");
            format!("\n\n`= {first}`")
        }
    }
}

fn code_block(text: String) -> String {
    format!("```text\n{}```", text)
}
