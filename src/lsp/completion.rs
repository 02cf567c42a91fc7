//! Completion, by what the cursor follows: after `x.` the fields of the record or declaration
//! `x` is bound to in this file; after a number, `in` or `per`, units; at the start of a line
//! inside `calendar { }`, `cadre { }`, `activity { }`… the kind's fields not yet written and
//! the declarations it may hold; anywhere else the names in scope (the script's, the stdlib's
//! and the natives'), the declaration kinds and the keywords.

use super::document::{Document, DOC_ID};
use super::outline::{definitions, resolve, Def, DefKind};
use super::tokens::Tokens;
use crate::ast::{DeclItem, Expr, ExprKind};
use crate::lexer::Token;
use lsp_types::{
    CompletionItem, CompletionItemKind, Documentation, MarkupContent, MarkupKind, Position,
};

const KEYWORDS: &[&str] = &[
    "let", "fn", "if", "else", "for", "in", "print", "explain", "use", "using", "assert", "audit",
    "reported", "per", "true", "false", "and", "or", "not", "table",
];

pub fn complete(doc: &Document, pos: Position) -> Vec<CompletionItem> {
    let offset = doc.offset(pos);
    let tokens = Tokens::new(&doc.text, DOC_ID);
    let defs = definitions(&doc.program);
    // The word being typed is replaced by the item, so context is read before it.
    let start = match tokens.ident_at(offset) {
        Some((_, span, _)) if span.start as usize <= offset => span.start as usize,
        _ => offset,
    };
    let prev = tokens.before(start);
    let prev_tok = prev.and_then(|p| tokens.get(p));
    if let (Some(Token::Dot), Some(p)) = (prev_tok, prev) {
        return match p.checked_sub(1).and_then(|o| tokens.get(o)) {
            Some(Token::Ident(owner)) => fields_of(&defs, owner, offset),
            _ => Vec::new(),
        };
    }
    let line_start =
        tokens.starts_line(start) || matches!(prev_tok, Some(Token::LBrace | Token::Semicolon));
    if line_start {
        if let Some((Some(kind), open)) = tokens.enclosing(start).last().copied() {
            return declaration_items(kind, &tokens.fields_in(open));
        }
    } else if matches!(prev_tok, Some(Token::Number(_) | Token::In | Token::Per)) {
        return units(&tokens);
    }
    names(&defs, offset)
}

fn item(
    label: &str,
    kind: CompletionItemKind,
    detail: Option<String>,
    doc: Option<String>,
) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind: Some(kind),
        detail,
        documentation: doc.map(|value| {
            Documentation::MarkupContent(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            })
        }),
        ..Default::default()
    }
}

/// The fields of what `owner` is bound to: a record literal's keys, or a declaration's
/// fields as a run gives them (those written, its name, and the lists of what it holds).
fn fields_of(defs: &[Def], owner: &str, offset: usize) -> Vec<CompletionItem> {
    let Some(def) = resolve(defs, owner, offset) else {
        return Vec::new();
    };
    if let (DefKind::Decl, Some(d)) = (def.kind, def.decl) {
        let spec = crate::kinds::kind(&d.kind.node);
        let mut out: Vec<CompletionItem> = Vec::new();
        if d.name.is_some() || d.label.is_some() {
            out.push(item(
                "name",
                CompletionItemKind::FIELD,
                Some("text".into()),
                None,
            ));
        }
        if d.calendar.is_some() {
            out.push(item(
                "calendar",
                CompletionItemKind::FIELD,
                Some("the calendar after `in`".into()),
                None,
            ));
        }
        for it in &d.items {
            if let DeclItem::Field(name, _) = it {
                let docs = spec
                    .and_then(|s| s.field(&name.node))
                    .map(|f| f.doc.to_string());
                out.push(item(
                    &name.node,
                    CompletionItemKind::FIELD,
                    Some(d.kind.node.to_string()),
                    docs,
                ));
            }
        }
        for (child, list) in spec.map_or(&[][..], |s| s.children) {
            out.push(item(
                list,
                CompletionItemKind::FIELD,
                Some(format!("list of {child}")),
                None,
            ));
        }
        return out;
    }
    match def.value {
        Some(Expr {
            kind: ExprKind::Record(entries),
            ..
        }) => entries
            .iter()
            .map(|(k, _)| {
                item(
                    &k.node,
                    CompletionItemKind::FIELD,
                    Some(format!("field of {owner}")),
                    None,
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The time units, and the counted units this file already writes after a number.
fn units(tokens: &Tokens) -> Vec<CompletionItem> {
    let mut names: Vec<&str> = crate::units::builtin_unit_names().collect();
    names.push("%");
    for w in tokens.list.windows(2) {
        if let (Token::Number(_), Token::Ident(u)) = (&w[0].0, &w[1].0) {
            if !names.contains(u) {
                names.push(u);
            }
        }
    }
    names
        .into_iter()
        .map(|n| {
            let detail = if crate::units::is_builtin_time_unit(n) {
                "time unit"
            } else {
                "unit"
            };
            item(n, CompletionItemKind::UNIT, Some(detail.into()), None)
        })
        .collect()
}

/// Inside a declaration's braces: its fields not written yet, and the kinds it may hold.
fn declaration_items(kind: &str, written: &[&str]) -> Vec<CompletionItem> {
    let Some(spec) = crate::kinds::kind(kind) else {
        return Vec::new();
    };
    let mut out: Vec<CompletionItem> = spec
        .fields
        .iter()
        .filter(|f| !written.contains(&f.name))
        .map(|f| {
            let required = if f.required { "required" } else { "optional" };
            let mut it = item(
                f.name,
                CompletionItemKind::FIELD,
                Some(format!("{kind} field, {required}")),
                Some(f.doc.to_string()),
            );
            it.insert_text = Some(format!("{} = ", f.name));
            it
        })
        .collect();
    for (child, _) in spec.children {
        let doc = crate::kinds::kind(child).map(|k| k.doc.to_string());
        out.push(item(
            child,
            CompletionItemKind::STRUCT,
            Some("declaration".into()),
            doc,
        ));
    }
    out
}

/// The names visible at `offset`: the script's, the stdlib's and natives' public functions,
/// the declaration kinds and the keywords.
fn names(defs: &[Def], offset: usize) -> Vec<CompletionItem> {
    let mut out: Vec<CompletionItem> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for d in defs.iter().filter(|d| d.kind != DefKind::Field).rev() {
        let visible = d
            .scope
            .is_none_or(|s| s.start as usize <= offset && offset <= s.end as usize);
        // Each name once, as the last visible definition of it describes it (linear in the
        // definitions: resolving each name again would be quadratic on a long script).
        if visible && seen.insert(d.name) {
            let (kind, detail) = match d.kind {
                DefKind::Fn => (CompletionItemKind::FUNCTION, "function".to_string()),
                DefKind::Decl => (
                    CompletionItemKind::STRUCT,
                    d.decl
                        .map_or("declaration".into(), |x| x.kind.node.to_string()),
                ),
                DefKind::Param => (CompletionItemKind::VARIABLE, "parameter".into()),
                _ => (CompletionItemKind::VARIABLE, "let".into()),
            };
            out.push(item(d.name, kind, Some(detail), None));
        }
    }
    for e in crate::registry::public() {
        if seen.insert(e.name) {
            out.push(item(
                e.name,
                CompletionItemKind::FUNCTION,
                Some(e.signature()),
                Some(e.doc.to_string()),
            ));
        }
    }
    for k in crate::kinds::KINDS {
        if seen.insert(k.name) {
            out.push(item(
                k.name,
                CompletionItemKind::STRUCT,
                Some("declaration".into()),
                Some(k.doc.to_string()),
            ));
        }
    }
    for k in KEYWORDS {
        out.push(item(k, CompletionItemKind::KEYWORD, None, None));
    }
    out
}
