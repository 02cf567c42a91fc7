//! The protocol loop: the initialize handshake, then requests and notifications one at a
//! time until `shutdown` and `exit`. Documents are synchronized whole (each change sends the
//! full text), checked at once, and their diagnostics published.

use super::definition::Context;
use super::document::Document;
use crate::engine::Session;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{
    Completion, DocumentSymbolRequest, GotoDefinition, HoverRequest, Request as _,
};
use lsp_types::{
    CompletionOptions, DocumentSymbolResponse, GotoDefinitionResponse, HoverProviderCapability,
    OneOf, PositionEncodingKind, ServerCapabilities, TextDocumentSyncCapability,
    TextDocumentSyncKind, Uri,
};
use std::collections::HashMap;
use std::error::Error;
use std::path::{Path, PathBuf};

type BoxError = Box<dyn Error + Send + Sync>;

/// What the server offers.
pub fn capabilities() -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(PositionEncodingKind::UTF16),
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![".".to_string()]),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        document_symbol_provider: Some(OneOf::Left(true)),
        ..Default::default()
    }
}

/// Serve one client on `conn` until it shuts the server down. `cache` is the folder the
/// stdlib files are written under for go to definition.
pub fn serve(conn: &Connection, cache: &Path) -> Result<(), BoxError> {
    let caps = serde_json::to_value(capabilities())?;
    conn.initialize(caps)?;
    let mut state = State {
        session: Session::new(Box::new(std::io::sink())),
        docs: HashMap::new(),
        stdlib_folder: super::stdlib_files::folder(cache),
    };
    for msg in &conn.receiver {
        match msg {
            Message::Request(req) => {
                if conn.handle_shutdown(&req)? {
                    return Ok(());
                }
                conn.sender.send(Message::Response(state.request(req)))?;
            }
            Message::Notification(n) => {
                if let Some(out) = state.notify(n)? {
                    conn.sender.send(Message::Notification(out))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

struct State {
    /// Natives and the stdlib, loaded once; every check reads its names and signatures.
    session: Session,
    docs: HashMap<String, Document>,
    stdlib_folder: PathBuf,
}

impl State {
    fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            HoverRequest::METHOD => self.hover(req.params),
            Completion::METHOD => self.completion(req.params),
            GotoDefinition::METHOD => self.definition(req.params),
            DocumentSymbolRequest::METHOD => self.symbols(req.params),
            _ => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("wl lsp does not handle `{}`", req.method),
                )
            }
        };
        match result {
            Ok(value) => Response::new_ok(id, value),
            Err(e) => Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string()),
        }
    }

    fn doc(&self, uri: &Uri) -> Option<&Document> {
        self.docs.get(uri.as_str())
    }

    fn hover(&self, params: serde_json::Value) -> Result<serde_json::Value, BoxError> {
        let p: lsp_types::HoverParams = serde_json::from_value(params)?;
        let at = p.text_document_position_params;
        let hover = self
            .doc(&at.text_document.uri)
            .and_then(|d| super::hover::hover(d, at.position));
        Ok(serde_json::to_value(hover)?)
    }

    fn completion(&self, params: serde_json::Value) -> Result<serde_json::Value, BoxError> {
        let p: lsp_types::CompletionParams = serde_json::from_value(params)?;
        let at = p.text_document_position;
        let items = self
            .doc(&at.text_document.uri)
            .map(|d| super::completion::complete(d, at.position))
            .unwrap_or_default();
        Ok(serde_json::to_value(items)?)
    }

    fn definition(&self, params: serde_json::Value) -> Result<serde_json::Value, BoxError> {
        let p: lsp_types::GotoDefinitionParams = serde_json::from_value(params)?;
        let at = p.text_document_position_params;
        // A `use`d file open in the editor is read as the editor has it, unsaved edits included.
        let read = |path: &Path| {
            self.docs
                .values()
                .find(|d| d.path.as_deref() == Some(path))
                .map(|d| d.text.clone())
                .or_else(|| std::fs::read_to_string(path).ok())
        };
        let cx = Context {
            read: &read,
            stdlib_folder: &self.stdlib_folder,
        };
        let loc = self
            .doc(&at.text_document.uri)
            .and_then(|d| super::definition::definition(d, at.position, &cx));
        Ok(serde_json::to_value(
            loc.map(GotoDefinitionResponse::Scalar),
        )?)
    }

    fn symbols(&self, params: serde_json::Value) -> Result<serde_json::Value, BoxError> {
        let p: lsp_types::DocumentSymbolParams = serde_json::from_value(params)?;
        let symbols = self
            .doc(&p.text_document.uri)
            .map(super::symbols::symbols)
            .map(DocumentSymbolResponse::Nested);
        Ok(serde_json::to_value(symbols)?)
    }

    /// Open, change and close a document; the first two answer with its diagnostics.
    fn notify(&mut self, n: Notification) -> Result<Option<Notification>, BoxError> {
        let (uri, text, version) = match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let p: lsp_types::DidOpenTextDocumentParams = serde_json::from_value(n.params)?;
                let d = p.text_document;
                (d.uri, d.text, d.version)
            }
            DidChangeTextDocument::METHOD => {
                let p: lsp_types::DidChangeTextDocumentParams = serde_json::from_value(n.params)?;
                // Full sync: the last change holds the whole text.
                let Some(change) = p.content_changes.into_iter().last() else {
                    return Ok(None);
                };
                (p.text_document.uri, change.text, p.text_document.version)
            }
            DidCloseTextDocument::METHOD => {
                let p: lsp_types::DidCloseTextDocumentParams = serde_json::from_value(n.params)?;
                self.docs.remove(p.text_document.uri.as_str());
                // Closing clears what the editor shows for it.
                let clear =
                    lsp_types::PublishDiagnosticsParams::new(p.text_document.uri, Vec::new(), None);
                return Ok(Some(Notification::new(
                    PublishDiagnostics::METHOD.to_string(),
                    clear,
                )));
            }
            _ => return Ok(None),
        };
        let doc = Document::new(uri, text, &self.session);
        let params = super::diagnostics::publish(&doc, Some(version));
        self.docs.insert(doc.uri.as_str().to_string(), doc);
        Ok(Some(Notification::new(
            PublishDiagnostics::METHOD.to_string(),
            params,
        )))
    }
}
