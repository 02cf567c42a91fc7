//! An open document: its text as the editor last sent it (full sync), the line index for
//! positions, and the tree and diagnostics of its last check, kept until the next edit so
//! that hover, completion and the rest do not parse it again.

use super::positions::LineIndex;
use crate::ast::Program;
use crate::diagnostic::Diagnostic;
use crate::engine::Session;
use crate::span::SourceId;
use std::path::PathBuf;

/// The source id every open document's spans carry. Documents are never added to the
/// session's source map (it would grow with every keystroke), so this id names no source
/// there: a label with it points into the document itself.
pub const DOC_ID: SourceId = SourceId::MAX;

pub struct Document {
    pub uri: lsp_types::Uri,
    /// The file on disk, for a `file:` URI: `use` paths are relative to its folder.
    pub path: Option<PathBuf>,
    pub text: String,
    pub index: LineIndex,
    pub program: Program,
    pub diagnostics: Vec<Diagnostic>,
}

impl Document {
    /// Check `text` with the session's natives and stdlib in scope, as `wl check` does.
    pub fn new(uri: lsp_types::Uri, text: String, session: &Session) -> Document {
        let (program, diagnostics) = session.check_text(&text, DOC_ID);
        let program = without_broken_lines(&text, program, &diagnostics);
        Document {
            path: super::uri::to_path(&uri),
            uri,
            index: LineIndex::new(&text),
            text,
            program,
            diagnostics,
        }
    }

    /// The byte offset of an editor position.
    pub fn offset(&self, pos: lsp_types::Position) -> usize {
        self.index.offset(&self.text, pos)
    }

    /// The editor range of a byte span.
    pub fn range(&self, span: crate::span::Span) -> lsp_types::Range {
        self.index.range(&self.text, span.range())
    }
}

/// The tree that hover, completion and the rest read. The line being typed often does not
/// parse, and some syntax errors (a line ending in `.`) leave the parser with no tree at all;
/// then the lines with errors are blanked (bytes turned into spaces, so every other span stays
/// where it was) and the text parsed again, a few times at most. The diagnostics stay those of
/// the real text.
fn without_broken_lines(text: &str, program: Program, diags: &[Diagnostic]) -> Program {
    let mut program = program;
    let mut errors: Vec<crate::span::Span> = diags
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.primary_span())
        .collect();
    let mut bytes = text.as_bytes().to_vec();
    for _ in 0..4 {
        if !program.stmts.is_empty() || errors.is_empty() {
            break;
        }
        for span in &errors {
            blank_line(&mut bytes, span.start as usize);
        }
        // Only ASCII spaces replaced whole lines' bytes: still UTF-8.
        let Ok(blanked) = std::str::from_utf8(&bytes) else {
            break;
        };
        let (p, d) = crate::parser::parse(blanked, DOC_ID);
        program = p;
        errors = d
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.primary_span())
            .collect();
    }
    program
}

/// Turn the line holding byte `at` into spaces (its line break kept).
fn blank_line(bytes: &mut [u8], at: usize) {
    let at = at.min(bytes.len());
    let start = bytes[..at]
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let end = bytes[at..]
        .iter()
        .position(|b| *b == b'\n')
        .map_or(bytes.len(), |i| at + i);
    bytes[start..end].iter_mut().for_each(|b| *b = b' ');
}
