//! Diagnostics: what went wrong, where, and what to do about it.
//!
//! Every phase (lexing, parsing, static checks, evaluation) reports problems as a
//! [`Diagnostic`]: a code from [`crate::codes`], a short message, labelled spans (the first is the
//! primary one) and an optional hint. [`render`] turns one into an ariadne report; it is the only
//! place that builds one, so wording and layout stay consistent everywhere (the sources' line
//! indexes, which ariadne reads, are kept in [`SourceMap`]).
//!
//! A runtime error also carries the calls it unwound through ([`Frame`], pushed only as it
//! unwinds, so a run that succeeds pays nothing). Rendering applies one blame rule to them
//! ([`blame`]): a problem found inside the stdlib is reported at the innermost place in the
//! user's own code, with the stdlib lines as secondary labels and the chain of calls in a note.

use crate::codes::Code;
use crate::number::Locale;
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
    /// The calls a runtime error unwound through, innermost first.
    pub frames: Vec<Frame>,
    /// The declaration field a failing operation took its value from (`a.standard` in a stdlib
    /// formula), when it did: the blame rule puts the main label there.
    pub field: Option<Label>,
    /// The parameter whose argument the problem is in (`fail(..., arg: "wkt")`): the blame rule
    /// puts the main label on that argument of the script's own call.
    pub arg: Option<String>,
}

/// A call a runtime error unwound through.
#[derive(Clone, Debug)]
pub struct Frame {
    /// The function called (`<lambda>` for a function literal).
    pub function: String,
    /// Where it was called.
    pub call: Span,
    /// For a stdlib function, the declaration it was given that the user wrote (an activity, a
    /// cadre), as a label: shown beside the user's call so the planner sees which one it was.
    pub subject: Option<Label>,
    /// For a call from the script into the stdlib, where each argument was written, by the
    /// parameter it was bound to (`wkt` → `wkt: 300 min per day`); empty for other calls.
    pub args: Vec<(String, Span)>,
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
            frames: Vec::new(),
            field: None,
            arg: None,
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
    render_in(diag, sources, color, Locale::En)
}

/// [`render`] in a locale: under `id` the texts go through the message catalogue
/// ([`crate::i18n`]; English where it has no template) and the report's own words are
/// Indonesian.
pub fn render_in(diag: &Diagnostic, sources: &SourceMap, color: bool, locale: Locale) -> String {
    let blamed = blame(diag, sources);
    // A blamed error's labels in the user's source (the call, the declaration) are listed in
    // line order, so they read as one excerpt of the user's file before the stdlib's lines.
    let user_src = blamed.as_ref().map(|d| d.primary_span().src);
    let localized =
        (locale != Locale::En).then(|| localize(blamed.as_ref().unwrap_or(diag), locale));
    let blamed = localized.or(blamed);
    let order = |i: usize, label: &Label| match user_src {
        Some(src) if label.span.src == src => (label.span.start as i32).saturating_sub(1 << 30),
        _ => i as i32,
    };
    let diag = blamed.as_ref().unwrap_or(diag);
    let words = crate::i18n::words(locale);
    let kind = match (diag.severity, locale) {
        (Severity::Error, Locale::En) => ReportKind::Error,
        (Severity::Warning, Locale::En) => ReportKind::Warning,
        (Severity::Error, _) => ReportKind::Custom(words.error, Color::Red),
        (Severity::Warning, _) => ReportKind::Custom(words.warning, Color::Yellow),
    };
    let primary = diag.primary_span();
    let mut report = Report::build(kind, (primary.src, clamp(primary, sources)))
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
            ALabel::new((label.span.src, clamp(label.span, sources)))
                .with_message(&label.message)
                .with_color(colour)
                .with_order(order(i, label)),
        );
    }
    if let Some(hint) = &diag.hint {
        report = report.with_help(hint);
    }
    for note in &diag.notes {
        report = report.with_note(note);
    }
    let mut out = Vec::new();
    // Each source's line index is built once, the first time a report points into it.
    if report.finish().write(sources.cache(), &mut out).is_err() {
        return format!("{diag}\n");
    }
    let text = String::from_utf8_lossy(&out).into_owned();
    match locale {
        Locale::En => text,
        // ariadne colours a custom kind's word even with colour off: take that out again.
        _ if !color => rename_sections(&strip_ansi(&text), &words),
        _ => rename_sections(&text, &words),
    }
}

/// A diagnostic with its message, labels, hint and notes in `locale`.
fn localize(diag: &Diagnostic, locale: Locale) -> Diagnostic {
    let code = diag.code.id();
    let tr = |text: &str| crate::i18n::localize(code, text, locale);
    let mut d = diag.clone();
    d.message = tr(&d.message);
    for label in &mut d.labels {
        label.message = tr(&label.message);
    }
    d.hint = d.hint.as_deref().map(tr);
    d.notes = d.notes.iter().map(|n| tr(n)).collect();
    d
}

/// ariadne writes `Help:` and `Note:` (or `Help 1:`) itself: put the locale's words there, on
/// the lines where they follow the margin, past any colour codes.
fn rename_sections(text: &str, words: &crate::i18n::Words) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let renamed = ["Help", "Note"].iter().find_map(|&word| {
            let at = line.find(word)?;
            let margin = strip_ansi(&line[..at]);
            let after = strip_ansi(&line[at + word.len()..]);
            let is_section = margin.trim_end().ends_with('│')
                && margin.trim_start().starts_with('│')
                && (after.starts_with(':') || after.starts_with(' '));
            let local = if word == "Help" {
                words.help
            } else {
                words.note
            };
            is_section.then(|| format!("{}{local}{}", &line[..at], &line[at + word.len()..]))
        });
        out.push_str(renamed.as_deref().unwrap_or(line));
    }
    out
}

/// `text` without ANSI colour sequences (`ESC [ ... m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The blame rule, for an error that unwound through the stdlib: its main label is the innermost
/// place in the user's own source (the user's call that led into the stdlib, when the problem
/// was found on a stdlib line), the stdlib lines stay as secondary labels, the declaration the
/// stdlib was working on is shown, and a note gives the chain of calls. `None`: keep as is.
pub fn blame(diag: &Diagnostic, sources: &SourceMap) -> Option<Diagnostic> {
    let stdlib = |s: Span| sources.is_stdlib(s.src);
    let primary = diag.primary_span();
    if !stdlib(primary) && !diag.frames.iter().any(|f| stdlib(f.call)) {
        return other_files(diag);
    }
    // The innermost call written in the user's source.
    let k = diag.frames.iter().position(|f| !stdlib(f.call))?;
    let user_call = diag.frames[k].call;
    let mut d = diag.clone();
    if !stdlib(primary) {
        // Already at the user's own declaration (a stdlib formula's `fail(..., at: cadre)`):
        // the call that led there is shown beside it.
        let labelled = d.labels.iter().any(|l| l.span == user_call);
        return (!labelled).then(|| d.with_label(user_call, "in this call"));
    }
    let call = Label {
        span: user_call,
        message: "in this call".into(),
    };
    let field = diag.field.as_ref().filter(|f| !stdlib(f.span)).cloned();
    // The argument the formula failed on, as the user's call wrote it, or else the field of a
    // declaration the value was written in.
    match argument(diag, k).or(field) {
        Some(written) => {
            d.labels.insert(0, written);
            d.labels.insert(1, call);
        }
        None => {
            d.labels.insert(0, call);
            // A declaration the stdlib reached on its own (an activity of the cadre passed),
            // not the one the user's call passed, which the call already shows.
            let passed = diag.frames[k].subject.as_ref().map(|l| l.span);
            let subject = diag.frames[..k]
                .iter()
                .filter_map(|f| f.subject.as_ref())
                .find(|l| !stdlib(l.span) && Some(l.span) != passed);
            if let Some(l) = subject {
                // Beside the call, so the two of the user's source are read together.
                d.labels.insert(1, l.clone());
            }
        }
    }
    // `fail` is how a stdlib formula reports: the formula is where the chain starts.
    let start = usize::from(diag.frames[0].function == "fail" && k > 0);
    d.notes.push(chain(&diag.frames[start..=k], sources));
    Some(d)
}

/// The argument named by `fail(..., arg:)` in the user's call `frames[k]`, as a label.
fn argument(diag: &Diagnostic, k: usize) -> Option<Label> {
    let name = diag.arg.as_deref()?;
    let (_, span) = diag.frames[k].args.iter().find(|(n, _)| n == name)?;
    Some(Label {
        span: *span,
        message: format!("`{name}` given here"),
    })
}

/// An error in a user's function of another file (one loaded with `use`): the call in each
/// other file it came through is labelled too.
fn other_files(diag: &Diagnostic) -> Option<Diagnostic> {
    let mut d = diag.clone();
    for f in &diag.frames {
        let seen = d.labels.iter().any(|l| l.span.src == f.call.src);
        if !seen {
            d = d.with_label(f.call, "in this call");
        }
    }
    (d.labels.len() > diag.labels.len()).then_some(d)
}

/// "in `staff_for`, called from `activity_staff` (stdlib/wisn.wl:84), called from your line 30":
/// `frames` runs from the innermost call to the user's own.
fn chain(frames: &[Frame], sources: &SourceMap) -> String {
    let shown = |f: &Frame| match f.function.as_str() {
        "<lambda>" => "a function literal".to_string(),
        name => format!("`{name}`"),
    };
    let mut parts = vec![format!("in {}", shown(&frames[0]))];
    for pair in frames.windows(2) {
        let at = pair[0].call;
        parts.push(format!(
            "called from {} ({}:{})",
            shown(&pair[1]),
            sources.name(at.src),
            sources.line(at)
        ));
    }
    let last = frames[frames.len() - 1].call;
    parts.push(format!("called from your line {}", sources.line(last)));
    if parts.len() > 7 {
        // A long chain (recursion, nested maps): its ends say where it started and ended.
        let tail = parts.split_off(parts.len() - 3);
        parts.truncate(3);
        parts.push("…".into());
        parts.extend(tail);
    }
    parts.join(", ")
}

/// Keep spans inside their source so ariadne never indexes past the end (an end-of-input error
/// points just after the last character), and on character boundaries, where ariadne slices
/// the text (a span into the middle of `é` would make it panic).
fn clamp(span: Span, sources: &SourceMap) -> std::ops::Range<usize> {
    let text = sources.text(span.src);
    let boundary = |i: usize| {
        let mut i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = boundary(span.start as usize);
    start..boundary(span.end as usize).max(start)
}

/// Render many diagnostics, one after the other.
pub fn render_all(diags: &[Diagnostic], sources: &SourceMap, color: bool) -> String {
    render_all_in(diags, sources, color, Locale::En)
}

/// [`render_all`] in a locale.
pub fn render_all_in(
    diags: &[Diagnostic],
    sources: &SourceMap,
    color: bool,
    locale: Locale,
) -> String {
    diags
        .iter()
        .map(|d| render_in(d, sources, color, locale))
        .collect()
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

    /// The declaration field the failing operation took a value from; the innermost is kept.
    pub fn field(mut self, field: Option<Label>) -> RtError {
        if self.0.field.is_none() {
            self.0.field = field;
        }
        self
    }

    /// Record a call this error unwinds through (innermost first).
    pub fn frame(mut self, frame: Frame) -> RtError {
        self.0.frames.push(frame);
        self
    }
}

impl From<Box<Diagnostic>> for RtError {
    fn from(d: Box<Diagnostic>) -> RtError {
        RtError(d)
    }
}

impl From<Diagnostic> for RtError {
    fn from(d: Diagnostic) -> RtError {
        RtError(Box::new(d))
    }
}

pub type Eval<T> = Result<T, RtError>;

#[cfg(test)]
mod tests {
    use super::*;

    /// A script and a stdlib file; spans by the text they cover.
    fn sources() -> (SourceMap, impl Fn(u32, &str) -> Span) {
        let mut map = SourceMap::default();
        map.add(
            "script.wl",
            "cadre nurse in rs {\n  activity \"Visits\" { standard = 15 min }\n}\nprint wisn(nurse)\n",
        );
        map.add_stdlib(
            "stdlib/x.wl",
            "fn wisn(c) {\n  inner(c)\n}\nfn inner(c) {\n  a / b\n}\n",
        );
        let texts: Vec<String> = (0..2).map(|i| map.text(i).to_string()).collect();
        let span = move |src: u32, part: &str| {
            let start = texts[src as usize].find(part).expect("in the text");
            Span::new(src, start..start + part.len())
        };
        (map, span)
    }

    fn frame(function: &str, call: Span, subject: Option<Label>) -> Frame {
        Frame {
            function: function.into(),
            call,
            subject,
            args: Vec::new(),
        }
    }

    #[test]
    fn a_stdlib_error_is_blamed_on_the_users_call_with_the_chain() {
        let (map, span) = sources();
        let activity = Label {
            span: span(0, "\"Visits\""),
            message: "the activity this was computing".into(),
        };
        let mut d = Diagnostic::error(
            Code::DimensionMismatch,
            "cannot combine",
            span(1, "a"),
            "this",
        );
        d.frames = vec![
            frame("inner", span(1, "inner(c)"), Some(activity)),
            frame("wisn", span(0, "wisn(nurse)"), None),
        ];
        let b = blame(&d, &map).expect("blamed");
        assert_eq!(b.primary_span(), span(0, "wisn(nurse)"));
        assert_eq!(b.labels[1].span, span(0, "\"Visits\""));
        assert_eq!(
            b.labels[2].span,
            span(1, "a"),
            "the stdlib line stays, second"
        );
        assert_eq!(
            b.notes.last().unwrap(),
            "in `inner`, called from `wisn` (stdlib/x.wl:2), called from your line 4"
        );
    }

    #[test]
    fn the_declaration_field_the_value_came_from_is_the_main_label() {
        let (map, span) = sources();
        let mut d = Diagnostic::error(
            Code::DimensionMismatch,
            "cannot combine",
            span(1, "a"),
            "this",
        );
        d.field = Some(Label {
            span: span(0, "standard = 15 min"),
            message: "the activity's `standard`, used here".into(),
        });
        d.frames = vec![frame("wisn", span(0, "wisn(nurse)"), None)];
        let b = blame(&d, &map).expect("blamed");
        assert_eq!(b.primary_span(), span(0, "standard = 15 min"));
        assert_eq!(b.labels[1].span, span(0, "wisn(nurse)"));
    }

    #[test]
    fn the_argument_named_by_fail_is_the_main_label_before_a_field() {
        let (map, span) = sources();
        let mut d = Diagnostic::error(Code::NoYearWithoutCalendar, "per day", span(1, "a"), "t");
        d.arg = Some("c".into());
        d.field = Some(Label {
            span: span(0, "standard = 15 min"),
            message: "the activity's `standard`, used here".into(),
        });
        let mut call = frame("wisn", span(0, "wisn(nurse)"), None);
        call.args = vec![("c".into(), span(0, "nurse)"))];
        d.frames = vec![call];
        let b = blame(&d, &map).expect("blamed");
        assert_eq!(b.primary_span(), span(0, "nurse)"));
        assert_eq!(b.labels[1].span, span(0, "wisn(nurse)"));
        // A name the call did not give falls back to the field.
        d.arg = Some("wkt".into());
        let b = blame(&d, &map).expect("blamed");
        assert_eq!(b.primary_span(), span(0, "standard = 15 min"));
    }

    #[test]
    fn a_long_chain_keeps_its_ends() {
        let (map, span) = sources();
        let mut d = Diagnostic::error(Code::CallDepth, "deep", span(1, "a"), "here");
        d.frames = (0..9)
            .map(|i| frame(&format!("f{i}"), span(1, "inner(c)"), None))
            .collect();
        d.frames.push(frame("wisn", span(0, "wisn(nurse)"), None));
        let note = blame(&d, &map).expect("blamed").notes.pop().unwrap();
        assert!(note.starts_with("in `f0`, called from `f1`"), "{note}");
        assert!(note.contains("…"), "{note}");
        assert!(
            note.ends_with("called from `wisn` (stdlib/x.wl:2), called from your line 4"),
            "{note}"
        );
    }

    #[test]
    fn an_error_in_the_users_own_code_is_left_alone() {
        let (map, span) = sources();
        let mut d = Diagnostic::error(Code::TypeMismatch, "no", span(0, "nurse"), "here");
        d.frames = vec![frame("f", span(0, "wisn(nurse)"), None)];
        assert!(blame(&d, &map).is_none());
    }

    /// The line index is kept across renders: a diagnostic rendered after others (the index
    /// already built) reads exactly as it does alone in a fresh session. Spans fall anywhere,
    /// past the end and inside `é` included: rendering never panics.
    #[test]
    fn rendering_with_a_kept_index_is_rendering_afresh() {
        use proptest::prelude::*;
        let spans = prop::collection::vec((0usize..80, 0usize..6), 1..5);
        proptest!(|(text in "(let é = [a-z0-9 ]{0,12}\\r?\\n){1,6}", spans in spans)| {
            let diag = |(start, len): (usize, usize)| {
                Diagnostic::error(Code::UnknownName, "no", Span::new(0, start..start + len), "here")
            };
            let mut warm = SourceMap::default();
            warm.add("a.wl", text.clone());
            let warm_text: String = spans.iter().map(|s| render(&diag(*s), &warm, false)).collect();
            let cold_text: String = spans
                .iter()
                .map(|s| {
                    let mut cold = SourceMap::default();
                    cold.add("a.wl", text.clone());
                    render(&diag(*s), &cold, false)
                })
                .collect();
            prop_assert_eq!(warm_text, cold_text);
        });
    }
}
