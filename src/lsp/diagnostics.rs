//! Diagnostics as the editor shows them: the diagnostics `wl check` finds (one checker, the
//! same codes, messages, spans and hints), each with its primary label's range, its secondary
//! labels as related information, and its hint and notes under the message.

use super::document::{Document, DOC_ID};
use crate::diagnostic::{Diagnostic, Severity};
use lsp_types::{
    DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    PublishDiagnosticsParams,
};

/// The `textDocument/publishDiagnostics` notification for a document's last check.
pub fn publish(doc: &Document, version: Option<i32>) -> PublishDiagnosticsParams {
    PublishDiagnosticsParams {
        uri: doc.uri.clone(),
        diagnostics: doc.diagnostics.iter().map(|d| convert(d, doc)).collect(),
        version,
    }
}

/// One diagnostic. The message reads as `wl check` prints it: the message, then what the
/// primary label says under the span, then `help:` and `note:` lines.
pub fn convert(d: &Diagnostic, doc: &Document) -> lsp_types::Diagnostic {
    let mut message = d.message.clone();
    if let Some(label) = d.labels.first().filter(|l| !l.message.is_empty()) {
        message.push_str(&format!("\n{}", label.message));
    }
    if let Some(hint) = &d.hint {
        message.push_str(&format!("\nhelp: {hint}"));
    }
    for note in &d.notes {
        message.push_str(&format!("\nnote: {note}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .skip(1)
        .filter(|l| l.span.src == DOC_ID)
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(doc.uri.clone(), doc.range(l.span)),
            message: l.message.clone(),
        })
        .collect();
    lsp_types::Diagnostic {
        range: doc.range(d.primary_span()),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(d.code.id().to_string())),
        source: Some("wl".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Default::default()
    }
}
