//! Natives about the running script itself: the arguments it was started with, so that one
//! script serves many input files (`wl run batch.wl facilities.csv results.csv`).

use super::NativeFn;
use crate::value::Value;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[NativeFn {
    name: "args",
    params: &[],
    doc: "the command-line arguments after the script's path, as a list of text",
    columns: false,
    func: |i, _| {
        Ok(Value::list(
            i.script_args()
                .iter()
                .map(|s| Value::Str(Rc::from(s.as_str())))
                .collect(),
        ))
    },
}];
