//! Which workload methods the script used for each cadre, and with which arguments: read from
//! the journal's record of the script's calls (`wisn`, `abk_kes`, `kepmenkes_81` and their
//! `_table` layouts), so that the report lays out the method the script computed with the
//! arguments it gave (`wkt:`, `bands:`, `rounding:`), not a method or arguments guessed after
//! the run. Calls that differ only in how they were written (`abk_kes` and `abk_kes_table` with
//! the same `wkt:`) are one use; a different `wkt:` is another use, shown on its own.

use crate::number::Locale;
use crate::value::Value;
use std::rc::Rc;

/// The stdlib functions whose calls the journal records for the report.
pub const WATCHED: &[&str] = &[
    "wisn",
    "wisn_table",
    "required_staff",
    "abk_kes",
    "abk_kes_table",
    "kepmenkes_81",
    "kepmenkes_81_table",
];

/// A workload method the report lays out for a cadre, in the order a cadre's section shows them.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
pub enum Method {
    Wisn,
    AbkKes,
    Kepmenkes81,
}

impl Method {
    /// The method's result function, its layout function, and the parameters (besides the
    /// cadre) of its layout, which the result function takes too save `rounding`
    /// ([`Method::result_takes`]).
    pub fn functions(self) -> (&'static str, &'static str, [&'static str; 2]) {
        match self {
            Method::Wisn => ("wisn", "wisn_table", ["bands", "rounding"]),
            Method::AbkKes => ("abk_kes", "abk_kes_table", ["wkt", "rounding"]),
            Method::Kepmenkes81 => ("kepmenkes_81", "kepmenkes_81_table", ["wkt", "rounding"]),
        }
    }

    /// Whether the method's result function takes `param` (`wisn` and `kepmenkes_81` do not
    /// round, so they have no `rounding:`; their layouts have).
    pub fn result_takes(self, param: &str) -> bool {
        param != "rounding" || self == Method::AbkKes
    }
}

/// One use of a method on one cadre, as the script made it.
#[derive(Clone)]
pub struct Use {
    pub method: Method,
    /// The cadre, as the script passed it.
    pub cadre: Value,
    /// The method's parameters besides the cadre ([`Method::functions`]), as bound: the
    /// argument given or the stdlib's default.
    pub args: Vec<(Rc<str>, Value)>,
    /// The script's line of the first call, and that call as written.
    pub line: Option<usize>,
    pub call: String,
    /// What the script's calls returned: the method's result (`wisn`, `abk_kes`,
    /// `kepmenkes_81`) and its layout (`*_table` of this one cadre), when it called them.
    pub result: Option<Value>,
    pub layout: Option<Value>,
}

/// A call recorded in the journal, as the uses it makes: one per cadre (`wisn_table` takes a
/// list), none for a function the report does not lay out.
pub fn uses_of(
    function: &str,
    args: &[(Rc<str>, Value)],
    result: &Value,
    line: Option<usize>,
    call: &str,
) -> Vec<Use> {
    let method = match function {
        "wisn" | "wisn_table" | "required_staff" => Method::Wisn,
        "abk_kes" | "abk_kes_table" => Method::AbkKes,
        "kepmenkes_81" | "kepmenkes_81_table" => Method::Kepmenkes81,
        _ => return Vec::new(),
    };
    let (main, table, _) = method.functions();
    let bound = bound(method, args);
    let subject = args.first().map(|(_, v)| v.clone()).unwrap_or(Value::Nil);
    let (cadres, single) = match &subject {
        Value::List(items) => (items.as_ref().clone(), false),
        other => (vec![other.clone()], true),
    };
    cadres
        .into_iter()
        .filter(is_cadre)
        .map(|cadre| Use {
            method,
            cadre,
            args: bound.clone(),
            line,
            call: call.to_string(),
            result: (function == main).then(|| result.clone()),
            layout: (function == table && single).then(|| result.clone()),
        })
        .collect()
}

/// WISN of `cadre` with the stdlib's defaults: what a cadre's section shows when the script
/// used no method for it.
pub fn plain_wisn(cadre: &Value) -> Use {
    Use {
        method: Method::Wisn,
        cadre: cadre.clone(),
        args: bound(Method::Wisn, &[]),
        line: None,
        call: String::new(),
        result: None,
        layout: None,
    }
}

/// The method's parameters besides the cadre, from a call's `args`, with the stdlib's default
/// for those it has not (`kepmenkes_81` has no `rounding:`; its layout's default is half up).
fn bound(method: Method, args: &[(Rc<str>, Value)]) -> Vec<(Rc<str>, Value)> {
    let arg = |name: &str| args.iter().find(|(k, _)| &**k == name).map(|(_, v)| v);
    let (_, _, params) = method.functions();
    params
        .iter()
        .map(|&p| {
            let default = if p == "rounding" {
                Value::Str(Rc::from("half_up"))
            } else {
                Value::Nil
            };
            (Rc::from(p), arg(p).cloned().unwrap_or(default))
        })
        .collect()
}

fn is_cadre(v: &Value) -> bool {
    matches!(v, Value::Record(r) if r.kind.as_deref() == Some("cadre"))
}

/// Whether `v` is the declared cadre `declared`: the same declaration (where it was written),
/// else, for a cadre with no declaration site, the same name.
pub fn same_cadre(v: &Value, declared: &Value) -> bool {
    let (Value::Record(a), Value::Record(b)) = (v, declared) else {
        return false;
    };
    match (a.origin, b.origin) {
        (Some(x), Some(y)) => x == y,
        _ => {
            a.fields.get("name").map(|n| n.to_string())
                == b.fields.get("name").map(|n| n.to_string())
        }
    }
}

/// Merge `new` into `uses`: a use of the same method with the same arguments keeps its first
/// line and call and gains the results it lacked; any other is added.
pub fn merge(uses: &mut Vec<Use>, new: Use) {
    let key = |u: &Use| {
        let args: Vec<String> = u
            .args
            .iter()
            .map(|(_, v)| format!("{:?}", v.display(Locale::En).to_string()))
            .collect();
        (u.method, args)
    };
    let k = key(&new);
    match uses.iter_mut().find(|u| key(u) == k) {
        Some(u) => {
            u.result = u.result.take().or(new.result);
            u.layout = u.layout.take().or(new.layout);
        }
        None => uses.push(new),
    }
}

/// A call as the script wrote it, on one line, shortened past 120 characters.
pub fn call_text(source: &str) -> String {
    let one: String = source.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() <= 120 {
        return one;
    }
    let cut: String = one.chars().take(117).collect();
    format!("{cut}…")
}
