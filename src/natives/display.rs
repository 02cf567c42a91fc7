//! `set_display`: the digits `print` shows numbers with from here on in the script, as
//! `wl run --digits` and `--decimals` set them for a whole run. Only reading output follows it
//! (text and Markdown); CSV and JSON output and exports write numbers in full.

use super::{opt, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::number::shown::{Shown, MAX_SHOWN};
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[NativeFn {
    name: "set_display",
    params: &[opt("digits"), opt("decimals")],
    doc: "show printed numbers with `digits:` significant digits (1 to 15; whole parts are never rounded) or up to `decimals:` decimals (0 to 15) from here on; `set_display()` goes back to the default (up to 10 decimals). CSV and JSON always write numbers in full",
    columns: false,
    func: set_display,
}];

fn set_display(host: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let shown = match (a.get(0), a.get(1)) {
        (Some(_), Some(_)) => {
            return Err(RtError::new(
                Code::InvalidValue,
                "give `digits:` or `decimals:`, not both",
                a.span(1),
                "a second setting",
            )
            .hint("`digits: 4` shows 4 significant digits, `decimals: 2` up to 2 decimals"))
        }
        (Some(_), None) => Shown::Digits(setting(a, 0, 1, "significant digits")?),
        (None, Some(_)) => Shown::Decimals(setting(a, 1, 0, "decimals")?),
        (None, None) => Shown::Default,
    };
    host.set_shown(shown);
    Ok(Value::Nil)
}

/// A whole number from `low` to [`MAX_SHOWN`]: beyond 15 digits an f64 shows float noise.
fn setting(a: &Args, i: usize, low: u32, what: &str) -> Eval<u32> {
    let n = a.int(i, 0)?;
    if n < i64::from(low) || n > i64::from(MAX_SHOWN) {
        return Err(RtError::new(
            Code::InvalidValue,
            format!("{n} {what} is outside {low} to {MAX_SHOWN}"),
            a.span(i),
            format!("{what} to show"),
        )
        .hint("a double carries 15 to 17 significant digits; for every digit of a figure, write it to CSV or JSON, which keep numbers in full"));
    }
    Ok(n as u32)
}
