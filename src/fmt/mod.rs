//! `wl fmt`: one canonical layout for a script, changing only whitespace.
//!
//! A line break can end a statement in wl, so the formatter never joins or splits lines: it
//! sets the spacing between tokens ([`spacing`]), the indentation of each line ([`indent`]),
//! collapses runs of blank lines to one, aligns runs of trailing comments, and keeps every
//! comment. Whatever it produces is lexed again and must give the same tokens as the input
//! ([`format`] refuses otherwise), so formatting can never change what a script means.

mod hints;
mod indent;
mod lines;
mod spacing;

use crate::diagnostic::Diagnostic;
use crate::lexer::{lex, Token};
use lines::Line;

/// Why a source could not be formatted.
#[derive(Debug)]
pub enum FmtError {
    /// The source does not lex or parse: formatting it could only guess.
    Invalid(Vec<Diagnostic>),
    /// The formatted text would not read back as the same tokens (a formatter bug, reported
    /// rather than written).
    Changed,
}

/// Format one source text. The result ends with exactly one newline (empty input stays empty).
pub fn format(text: &str) -> Result<String, FmtError> {
    let (program, diags) = crate::parser::parse(text, 0);
    if diags.iter().any(|d| d.is_error()) {
        return Err(FmtError::Invalid(diags));
    }
    let hints = hints::hints(&program);
    let lines = lines::split(text);
    let out = render(&lines, &hints);
    if same_tokens(text, &out) {
        Ok(out)
    } else {
        Err(FmtError::Changed)
    }
}

/// Lay the lines out: indentation, spacing, at most one blank line in a row, aligned trailing
/// comments.
fn render(lines: &[Line], hints: &hints::Hints) -> String {
    let indents = indent::indents(lines);
    let mut code: Vec<Option<String>> = Vec::with_capacity(lines.len());
    for (line, depth) in lines.iter().zip(&indents) {
        code.push(line_code(line, *depth, hints));
    }
    let columns = comment_columns(lines, &code);
    let mut out = String::with_capacity(lines.iter().map(|l| l.width()).sum::<usize>() + 64);
    let mut blank_run = true; // no blank lines at the start
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            if !blank_run {
                out.push('\n');
            }
            blank_run = true;
            continue;
        }
        blank_run = false;
        let body = code[i].as_deref().unwrap_or("");
        out.push_str(body);
        if let Some(comment) = line.comment {
            if body.is_empty() {
                out.push_str(&"  ".repeat(indents[i]));
            } else {
                let pad = columns[i].saturating_sub(body.chars().count()).max(1);
                out.push_str(&" ".repeat(pad));
            }
            out.push_str(comment.trim_end());
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    if out == "\n" {
        out.clear();
    }
    out
}

/// The code part of a line (indentation and tokens), or `None` for a comment-only line.
fn line_code(line: &Line, depth: usize, hints: &hints::Hints) -> Option<String> {
    if line.tokens.is_empty() {
        return None;
    }
    let mut s = "  ".repeat(depth);
    let mut prev: Option<&lines::Tok> = None;
    let mut before_prev: Option<&lines::Tok> = None;
    for tok in &line.tokens {
        if let Some(p) = prev {
            if spacing::space_between(before_prev, p, tok, hints) {
                s.push(' ');
            }
        }
        s.push_str(tok.text);
        before_prev = prev;
        prev = Some(tok);
    }
    Some(s)
}

/// The column each trailing comment starts at: a run of consecutive lines that all end in a
/// comment is aligned two spaces after the longest code in the run, as planners line up their
/// source notes by hand.
fn comment_columns(lines: &[Line], code: &[Option<String>]) -> Vec<usize> {
    let trailing = |i: usize| lines[i].comment.is_some() && code[i].is_some();
    let mut columns = vec![0; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !trailing(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && trailing(i) {
            i += 1;
        }
        let width = (start..i)
            .map(|j| code[j].as_deref().map_or(0, |c| c.chars().count()))
            .max()
            .unwrap_or(0);
        for column in &mut columns[start..i] {
            *column = width + 2;
        }
    }
    columns
}

/// Whether two texts read as the same statements: the same tokens once the lexer's layout pass
/// has dropped the line breaks that cannot end a statement.
fn same_tokens(a: &str, b: &str) -> bool {
    let (ta, _) = lex(a, 0);
    let (tb, _) = lex(b, 0);
    ta.len() == tb.len()
        && ta
            .iter()
            .zip(&tb)
            .all(|((x, _), (y, _)): (&(Token, _), &(Token, _))| x == y)
}
