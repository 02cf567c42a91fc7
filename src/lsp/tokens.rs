//! The tokens around the cursor: which word the cursor is on, what comes before it, and which
//! declaration's braces it is inside. Read from the lexer's tokens rather than the tree, so
//! that they still answer while the line being typed does not parse yet.

use crate::lexer::{lex, Token};
use crate::span::Span;

/// The lexed text of a document, with the source id its spans carry.
pub struct Tokens<'t> {
    pub list: Vec<(Token<'t>, Span)>,
    text: &'t str,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str, id: crate::span::SourceId) -> Tokens<'t> {
        Tokens {
            list: lex(text, id).0,
            text,
        }
    }

    /// Whether only blanks stand between the start of its line and `offset`. Read from the
    /// text: the lexer drops the line breaks that cannot end a statement.
    pub fn starts_line(&self, offset: usize) -> bool {
        let before = &self.text[..offset.min(self.text.len())];
        let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
        line.trim().is_empty()
    }

    /// The index of the token the cursor is on: one that contains it, or one that ends right
    /// where it stands (the cursor just after a word still names that word).
    pub fn at(&self, offset: usize) -> Option<usize> {
        let inside = |s: &Span| s.start as usize <= offset && offset < s.end as usize;
        let touching = |s: &Span| s.end as usize == offset;
        self.list
            .iter()
            .position(|(t, s)| inside(s) && !matches!(t, Token::Newline))
            .or_else(|| {
                self.list
                    .iter()
                    .position(|(t, s)| touching(s) && matches!(t, Token::Ident(_)))
            })
    }

    /// The name the cursor is on, with its span.
    pub fn ident_at(&self, offset: usize) -> Option<(&'t str, Span, usize)> {
        let i = self.at(offset)?;
        match &self.list[i] {
            (Token::Ident(name), span) => Some((name, *span, i)),
            _ => None,
        }
    }

    pub fn get(&self, i: usize) -> Option<&Token<'t>> {
        self.list.get(i).map(|(t, _)| t)
    }

    /// The index of the last token that ends at or before `offset`.
    pub fn before(&self, offset: usize) -> Option<usize> {
        self.list
            .iter()
            .rposition(|(_, s)| s.end as usize <= offset)
    }

    /// The declaration kinds whose braces enclose `offset`, outermost first (`None` for a
    /// brace that is not a declaration's: a block, a record, a function body). A `{` belongs
    /// to a declaration when the first word of its line is a declaration kind.
    pub fn enclosing(&self, offset: usize) -> Vec<(Option<&'t str>, usize)> {
        let mut stack = Vec::new();
        let mut line_head: Option<&'t str> = None;
        for (i, (tok, span)) in self.list.iter().enumerate() {
            if span.start as usize >= offset {
                break;
            }
            if self.starts_line(span.start as usize) {
                line_head = match tok {
                    Token::Ident(w) => Some(w),
                    _ => None,
                };
            }
            match tok {
                Token::LBrace => {
                    let kind = line_head.filter(|k| crate::kinds::kind(k).is_some());
                    stack.push((kind, i));
                }
                Token::RBrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack
    }

    /// The names given a value (`name =`) directly inside the braces opened at token `open`.
    pub fn fields_in(&self, open: usize) -> Vec<&'t str> {
        let mut depth = 0usize;
        let mut out = Vec::new();
        for (k, (tok, _)) in self.list.iter().enumerate().skip(open) {
            match tok {
                Token::LBrace | Token::LParen | Token::LBracket => depth += 1,
                Token::RBrace | Token::RParen | Token::RBracket => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        break;
                    }
                }
                Token::Ident(name) if depth == 1 => {
                    if matches!(self.get(k + 1), Some(Token::Assign)) {
                        out.push(*name);
                    }
                }
                _ => {}
            }
        }
        out
    }
}
