//! The interpreter as the natives see it: the [`Host`] interface, implemented by [`Interp`].

use super::{ArgValue, Interp};
use crate::diagnostic::{Diagnostic, Eval, RtError};
use crate::native::Host;
use crate::number::shown::Shown;
use crate::number::{Locale, NumError};
use crate::span::{SourceId, Span};
use crate::value::Value;

impl Host for Interp {
    fn call(&mut self, f: &Value, args: Vec<(Value, Span)>, span: Span) -> Eval<Value> {
        let args = args
            .into_iter()
            .map(|(value, span)| ArgValue {
                name: None,
                value,
                span,
            })
            .collect();
        self.call_value(f, args, span)
    }

    fn iterate(&mut self, v: &Value, span: Span) -> Eval<Vec<Value>> {
        Interp::iterate(self, v, span)
    }

    fn warnings(&mut self) -> &mut Vec<Diagnostic> {
        &mut self.warnings
    }

    fn locale(&self) -> Locale {
        self.output.locale
    }

    fn set_shown(&mut self, shown: Shown) {
        self.output.shown = shown;
    }

    fn source_name(&self, src: SourceId) -> &str {
        self.sources.name(src)
    }

    fn script_args(&self) -> &[String] {
        &self.script_args
    }

    fn num_error(&self, e: NumError, span: Span) -> RtError {
        Interp::num_error(self, e, span)
    }

    fn note_input(&mut self, path: &std::path::Path) {
        let path = path.to_path_buf();
        self.note(|| super::Event::Input { path });
    }

    fn user_call(&self, at: Span) -> Option<Span> {
        self.user_call.filter(|_| self.is_stdlib(at.src))
    }

    fn in_users_script(&self, at: Span) -> bool {
        !self.is_stdlib(at.src)
    }
}
