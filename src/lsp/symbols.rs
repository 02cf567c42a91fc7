//! Document symbols, the editor's outline: the top-level calendars, cadres, scales and other
//! declarations (with the declarations and fields inside them), functions and `let`s.

use super::document::Document;
use crate::ast::{Decl, DeclItem, StmtKind};
use crate::check::{constant, Const};
use lsp_types::{DocumentSymbol, SymbolKind};

pub fn symbols(doc: &Document) -> Vec<DocumentSymbol> {
    doc.program
        .stmts
        .iter()
        .filter_map(|s| match &s.kind {
            StmtKind::Decl(d) => Some(declaration(doc, d)),
            StmtKind::Fn(def) => def.name.as_ref().map(|n| {
                let params: Vec<&str> = def.params.iter().map(|p| &*p.name.node).collect();
                symbol(
                    doc,
                    &n.node,
                    Some(format!("({})", params.join(", "))),
                    SymbolKind::FUNCTION,
                    (s.span, n.span),
                    Vec::new(),
                )
            }),
            StmtKind::Let(n, e) => {
                let kind = match constant(e) {
                    Some(Const::Num(_) | Const::Text | Const::Bool(_)) => SymbolKind::CONSTANT,
                    None => SymbolKind::VARIABLE,
                };
                Some(symbol(
                    doc,
                    &n.node,
                    None,
                    kind,
                    (s.span, n.span),
                    Vec::new(),
                ))
            }
            _ => None,
        })
        .collect()
}

/// A declaration, named by its name or label (else its kind word), with what it holds.
fn declaration(doc: &Document, d: &Decl) -> DocumentSymbol {
    let children = d
        .items
        .iter()
        .map(|item| match item {
            DeclItem::Field(name, value) => symbol(
                doc,
                &name.node,
                None,
                SymbolKind::FIELD,
                (name.span.to(value.span), name.span),
                Vec::new(),
            ),
            DeclItem::Decl(inner) => declaration(doc, inner),
        })
        .collect();
    let kind = match &*d.kind.node {
        "calendar" => SymbolKind::STRUCT,
        "cadre" => SymbolKind::CLASS,
        "scale" => SymbolKind::ENUM,
        _ => SymbolKind::OBJECT,
    };
    let name = d.title().unwrap_or(&d.kind.node);
    let selection = d
        .name
        .as_ref()
        .map(|n| n.span)
        .or(d.label.as_ref().map(|l| l.span))
        .unwrap_or(d.kind.span);
    symbol(
        doc,
        name,
        Some(d.kind.node.to_string()),
        kind,
        (d.span, selection),
        children,
    )
}

fn symbol(
    doc: &Document,
    name: &str,
    detail: Option<String>,
    kind: SymbolKind,
    (whole, selection): (crate::span::Span, crate::span::Span),
    children: Vec<DocumentSymbol>,
) -> DocumentSymbol {
    // The protocol wants the selection inside the whole range.
    let whole = whole.to(selection);
    #[allow(deprecated)]
    DocumentSymbol {
        name: name.to_string(),
        detail,
        kind,
        tags: None,
        deprecated: None,
        range: doc.range(whole),
        selection_range: doc.range(selection),
        children: (!children.is_empty()).then_some(children),
    }
}
