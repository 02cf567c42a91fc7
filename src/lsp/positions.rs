//! Positions: wl's spans are byte offsets into UTF-8 text, LSP positions are a line and a
//! column counted in UTF-16 code units (the protocol's default and only mandatory encoding).
//! [`LineIndex`] converts both ways, so `é` (2 bytes, 1 unit) and `𝑥` (4 bytes, 2 units) land
//! where the editor shows them.

use lsp_types::{Position, Range};

/// Where each line of a text starts, to convert offsets without walking the whole text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset of the start of each line; the first is 0.
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineIndex {
            starts,
            len: text.len() as u32,
        }
    }

    /// The position of a byte offset (clamped to the text, and back to a character boundary).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(self.len as usize);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|s| *s as usize <= offset) - 1;
        let start = self.starts[line] as usize;
        let character = text[start..offset].encode_utf16().count();
        Position::new(line as u32, character as u32)
    }

    /// The byte offset of a position. A column past the end of its line means the line's end
    /// (before its `\r\n`), a line past the last means the end of the text, as the protocol
    /// asks; a column inside a surrogate pair rounds down to the character's start.
    pub fn offset(&self, text: &str, pos: Position) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let start = start as usize;
        let end = self
            .starts
            .get(pos.line as usize + 1)
            .map_or(text.len(), |s| *s as usize);
        let line = &text[start..end];
        let line = match line.strip_suffix('\n') {
            Some(l) => l.strip_suffix('\r').unwrap_or(l),
            None => line,
        };
        let mut units = 0u32;
        for (i, c) in line.char_indices() {
            units += c.len_utf16() as u32;
            if units > pos.character {
                return start + i;
            }
        }
        start + line.len()
    }

    /// The range of a byte range.
    pub fn range(&self, text: &str, bytes: std::ops::Range<usize>) -> Range {
        Range::new(
            self.position(text, bytes.start),
            self.position(text, bytes.end),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn columns_count_utf16_units() {
        // "let é = 𝑥": `let ` is bytes 0..4 and units 0..4; `é` bytes 4..6, one unit (4..5);
        // ` = ` bytes 6..9, units 5..8; `𝑥` bytes 9..13, a surrogate pair: units 8..10.
        let text = "a\nlet é = 𝑥\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 2 + 4), Position::new(1, 4));
        assert_eq!(idx.position(text, 2 + 6), Position::new(1, 5));
        assert_eq!(idx.position(text, 2 + 9), Position::new(1, 8));
        assert_eq!(idx.position(text, 2 + 13), Position::new(1, 10));
        assert_eq!(idx.offset(text, Position::new(1, 8)), 2 + 9);
        assert_eq!(idx.offset(text, Position::new(1, 10)), 2 + 13);
        // Inside the surrogate pair: the character's start.
        assert_eq!(idx.offset(text, Position::new(1, 9)), 2 + 9);
        // Past the line's end: the end of the line, not the next line.
        assert_eq!(idx.offset(text, Position::new(0, 99)), 1);
        assert_eq!(idx.offset(text, Position::new(9, 0)), text.len());
    }

    #[test]
    fn crlf_line_ends_are_not_columns() {
        let text = "ab\r\ncd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset(text, Position::new(0, 5)), 2);
        assert_eq!(idx.position(text, 4), Position::new(1, 0));
    }

    proptest! {
        /// Every character boundary survives the trip to a position and back, whatever the
        /// mix of ASCII, accents, astral characters and line ends.
        #[test]
        fn offsets_round_trip(text in "[a-zé≥𝑥\n\r ]{0,40}") {
            let idx = LineIndex::new(&text);
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                // A `\n` right after `\r` is the one boundary a position cannot name apart
                // from the `\r` (both are the line's end).
                if text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                    continue;
                }
                let pos = idx.position(&text, offset);
                prop_assert_eq!(idx.offset(&text, pos), offset);
            }
        }
    }
}
