//! Natives for the errors that `try` catches: `is_error` tells an error value from a result,
//! so a script can keep the results of a loop of analyses and list the ones that failed.

use super::{req, Args, NativeFn};
use crate::diagnostic::Eval;
use crate::native::Host;
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[NativeFn {
    name: "is_error",
    params: &[req("x")],
    doc: "whether `x` is an error caught by `try` (read it with `x.code`, `x.message`, `x.hint`, `x.line`)",
    columns: false,
    func: is_error,
}];

fn is_error(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    Ok(Value::Bool(matches!(a.get(0), Some(Value::Error(_)))))
}
