//! Diagnostics: what went wrong, where, and what to do about it.
//!
//! Every phase (lexing, parsing, static checks, evaluation) reports problems as a
//! [`Diagnostic`]: a code from [`crate::codes`], a short message, labelled spans (the first is the
//! primary one) and an optional hint. [`render`] turns one into an ariadne report; it is the only
//! place that talks to ariadne, so wording and layout stay consistent everywhere.

use crate::codes::Code;
use crate::span::{SourceMap, Span};
use ariadne::{Color, Config, IndexType, Label as ALabel, Report, ReportKind};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A span with a short message under it.
#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    pub message: String,
    /// The first label is the primary location.
    pub labels: Vec<Label>,
    pub hint: Option<String>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(
        code: Code,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            labels: vec![Label {
                span,
                message: label.into(),
            }],
            hint: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(
        code: Code,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message, span, label)
        }
    }

    pub fn with_label(mut self, span: Span, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn primary_span(&self) -> Span {
        self.labels.first().map(|l| l.span).unwrap_or_default()
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code.id(), self.message)
    }
}

/// Render a diagnostic as text. `color` should be true only when writing to a terminal, so that
/// snapshots and files stay free of escape codes.
pub fn render(diag: &Diagnostic, sources: &SourceMap, color: bool) -> String {
    let kind = match diag.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    let primary = diag.primary_span();
    let name = |span: Span| sources.name(span.src).to_string();
    let mut report = Report::build(kind, (name(primary), clamp(primary, sources)))
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_code(diag.code.id())
        .with_message(&diag.message);
    for (i, label) in diag.labels.iter().enumerate() {
        let colour = if i == 0 {
            match diag.severity {
                Severity::Error => Color::Red,
                Severity::Warning => Color::Yellow,
            }
        } else {
            Color::Cyan
        };
        report = report.with_label(
            ALabel::new((name(label.span), clamp(label.span, sources)))
                .with_message(&label.message)
                .with_color(colour)
                .with_order(i as i32),
        );
    }
    if let Some(hint) = &diag.hint {
        report = report.with_help(hint);
    }
    for note in &diag.notes {
        report = report.with_note(note);
    }
    let mut out = Vec::new();
    // Only the sources this report points into (a long REPL session has many).
    let mut ids: Vec<_> = diag.labels.iter().map(|l| l.span.src).collect();
    ids.push(primary.src);
    ids.sort_unstable();
    ids.dedup();
    let cache = ariadne::sources(
        ids.into_iter()
            .map(|id| (sources.name(id).to_string(), sources.text(id).to_string())),
    );
    if report.finish().write(cache, &mut out).is_err() {
        return format!("{diag}\n");
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Keep spans inside their source so ariadne never indexes past the end (an end-of-input error
/// points just after the last character).
fn clamp(span: Span, sources: &SourceMap) -> std::ops::Range<usize> {
    let len = sources.text(span.src).len();
    let start = span.start as usize;
    let end = span.end as usize;
    start.min(len)..end.min(len).max(start.min(len))
}

/// Render many diagnostics, one after the other.
pub fn render_all(diags: &[Diagnostic], sources: &SourceMap, color: bool) -> String {
    diags.iter().map(|d| render(d, sources, color)).collect()
}

/// A runtime error: a diagnostic on its way out.
#[derive(Debug)]
pub struct RtError(pub Box<Diagnostic>);

impl RtError {
    pub fn new(
        code: Code,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> RtError {
        RtError(Box::new(Diagnostic::error(code, message, span, label)))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> RtError {
        self.0.hint = Some(hint.into());
        self
    }

    pub fn label(mut self, span: Span, message: impl Into<String>) -> RtError {
        self.0.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> RtError {
        self.0.notes.push(note.into());
        self
    }
}

impl From<Diagnostic> for RtError {
    fn from(d: Diagnostic) -> RtError {
        RtError(Box::new(d))
    }
}

pub type Eval<T> = Result<T, RtError>;
