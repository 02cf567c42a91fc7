//! Source files and byte spans into them.
//!
//! Every token, AST node and diagnostic carries a [`Span`]: the id of the source it came from
//! (the user's script, a `use`d file, a stdlib file, a REPL line) and a byte range. The same type
//! serves chumsky (which works in bytes) and ariadne (told to count bytes too), so a label always
//! lands under the right characters, accents and `≥` included.

use std::cell::OnceCell;
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

/// Which source a span points into; an index into the [`SourceMap`].
pub type SourceId = u32;

/// A byte range in one source.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub src: SourceId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(src: SourceId, range: Range<usize>) -> Self {
        Span {
            src,
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The smallest span covering both (they must be in the same source).
    pub fn to(self, other: Span) -> Span {
        Span {
            src: self.src,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl chumsky::span::Span for Span {
    type Context = SourceId;
    type Offset = usize;

    fn new(src: SourceId, range: Range<usize>) -> Self {
        Span::new(src, range)
    }
    fn context(&self) -> SourceId {
        self.src
    }
    fn start(&self) -> usize {
        self.start as usize
    }
    fn end(&self) -> usize {
        self.end as usize
    }
}

/// A value with the span it was written at.
#[derive(Clone, Debug)]
pub struct Spanned<T> {
    pub node: T,
    pub span: Span,
}

impl<T> Spanned<T> {
    pub fn new(node: T, span: Span) -> Self {
        Spanned { node, span }
    }
}

/// One loaded source text.
#[derive(Clone, Debug)]
pub struct Source {
    pub name: String,
    /// Shared with the line index, so that building the index copies no text.
    pub text: Rc<str>,
    /// One of the embedded stdlib files: diagnostics blame the user's code, not these.
    pub stdlib: bool,
    /// ariadne's line index of `text`, built the first time a diagnostic points here and kept:
    /// building it walks the whole text, which per diagnostic made rendering 1,000 diagnostics
    /// of a long script quadratic.
    index: OnceCell<ariadne::Source<Rc<str>>>,
}

/// All sources seen in a session, so diagnostics can show any of them.
#[derive(Default, Debug)]
pub struct SourceMap {
    sources: Vec<Source>,
}

impl SourceMap {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> SourceId {
        self.push(name.into(), text.into(), false)
    }

    /// Add an embedded stdlib file.
    pub fn add_stdlib(&mut self, name: impl Into<String>, text: impl Into<String>) -> SourceId {
        self.push(name.into(), text.into(), true)
    }

    fn push(&mut self, name: String, text: String, stdlib: bool) -> SourceId {
        self.sources.push(Source {
            name,
            text: Rc::from(text),
            stdlib,
            index: OnceCell::new(),
        });
        (self.sources.len() - 1) as SourceId
    }

    /// Whether a source is one of the embedded stdlib files.
    pub fn is_stdlib(&self, id: SourceId) -> bool {
        self.sources.get(id as usize).is_some_and(|s| s.stdlib)
    }

    /// The 1-based line a byte offset of a source is on.
    pub fn line(&self, span: Span) -> usize {
        let text = self.text(span.src);
        let end = (span.start as usize).min(text.len());
        text.as_bytes()[..end]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1
    }

    pub fn text(&self, id: SourceId) -> &str {
        &self.sources[id as usize].text
    }

    pub fn name(&self, id: SourceId) -> &str {
        &self.sources[id as usize].name
    }
}

impl SourceMap {
    /// The sources as ariadne reads them, by id, each line index built once and then kept.
    pub fn cache(&self) -> SourceCache<'_> {
        SourceCache(self)
    }

    pub fn len(&self) -> usize {
        self.sources.len()
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

/// A [`SourceMap`] seen as ariadne's cache of sources: reports name sources by [`SourceId`],
/// and the header shows the source's name.
pub struct SourceCache<'a>(&'a SourceMap);

impl ariadne::Cache<SourceId> for SourceCache<'_> {
    type Storage = Rc<str>;

    fn fetch(&mut self, id: &SourceId) -> Result<&ariadne::Source<Rc<str>>, impl fmt::Debug> {
        match self.0.sources.get(*id as usize) {
            Some(s) => Ok(s
                .index
                .get_or_init(|| ariadne::Source::from(Rc::clone(&s.text)))),
            None => Err(format!("no source {id}")),
        }
    }

    fn display<'b>(&self, id: &'b SourceId) -> Option<impl fmt::Display + 'b> {
        self.0.sources.get(*id as usize).map(|s| s.name.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ariadne::Cache;

    #[test]
    fn a_sources_line_index_is_built_once_and_is_ariadnes_own() {
        let mut map = SourceMap::default();
        let id = map.add("a.wl", "let a = 1\r\nlet b = é\n\nprint a\n");
        let mut cache = map.cache();
        let first: *const _ = cache.fetch(&id).expect("known source");
        let second: *const _ = cache.fetch(&id).expect("known source");
        assert_eq!(first, second, "the index is kept, not rebuilt");
        let fresh = ariadne::Source::from(map.text(id));
        let cached = map.cache().fetch(&id).expect("known source").clone();
        // Line by line as ariadne itself splits the text (CRLF, an accent, an empty line).
        assert_eq!(
            cached.lines().collect::<Vec<_>>(),
            fresh.lines().collect::<Vec<_>>()
        );
        assert!(
            map.cache().fetch(&7).is_err(),
            "an unknown id is an error, not a panic"
        );
        assert_eq!(
            map.cache().display(&id).map(|d| d.to_string()),
            Some("a.wl".into())
        );
    }
}
