//! The formatter's view of a source: its lines, each a list of tokens and an optional comment.

use crate::lexer::Token;
use crate::span::Span;
use logos::Logos;

/// One token with the text it is printed as.
pub struct Tok<'src> {
    pub token: Token<'src>,
    pub text: &'src str,
    pub span: Span,
}

/// One source line: its tokens and the comment that ends it, if any.
#[derive(Default)]
pub struct Line<'src> {
    pub tokens: Vec<Tok<'src>>,
    pub comment: Option<&'src str>,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.tokens.is_empty() && self.comment.is_none()
    }

    /// Roughly how long the line prints, to size the output buffer.
    pub fn width(&self) -> usize {
        self.tokens.iter().map(|t| t.text.len() + 1).sum::<usize>()
            + self.comment.map_or(0, str::len)
            + 1
    }
}

/// Split a source that lexes cleanly into lines. The lexer skips comments, so each comment is
/// found in the gap before the token that follows it (a comment runs to the end of its line,
/// and the line break is a token).
pub fn split(src: &str) -> Vec<Line<'_>> {
    let mut lines = vec![Line::default()];
    let mut lexer = Token::lexer(src);
    let mut gap_start = 0;
    while let Some(result) = lexer.next() {
        let range = lexer.span();
        let Ok(token) = result else { continue };
        let line = lines.last_mut().expect("one line at least");
        line.comment = line.comment.or(comment_in(&src[gap_start..range.start]));
        gap_start = range.end;
        if token == Token::Newline {
            lines.push(Line::default());
            continue;
        }
        let text = printed(&token, &src[range.clone()]);
        let span = Span::new(0, range);
        line.tokens.push(Tok { token, text, span });
    }
    let line = lines.last_mut().expect("one line at least");
    line.comment = line.comment.or(comment_in(&src[gap_start..]));
    lines
}

/// The comment in a gap between tokens: from `#` to the end of the gap.
fn comment_in(gap: &str) -> Option<&str> {
    gap.find('#').map(|i| &gap[i..])
}

/// Literals print as written; keywords and punctuation in their canonical spelling (`≤` as
/// `<=`).
fn printed<'src>(token: &Token<'src>, written: &'src str) -> &'src str {
    match token.symbol() {
        "" => written,
        symbol => symbol,
    }
}
