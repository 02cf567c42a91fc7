//! What a `scale` declaration means: reading its options, score range and categories, and the
//! check the `scale` kind runs once its fields are evaluated (a one-item scale, or a reverse
//! item with no score range, fails where it is written). Scoring lives with the natives.

use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::span::Span;
use crate::stats::StatsError;
use crate::value::{Range, Value};
use indexmap::IndexMap;
use std::rc::Rc;

/// A scale record's fields, by name.
pub type ScaleFields = IndexMap<Rc<str>, Value>;

/// The declared options as (label, score), in the order written.
pub fn options(scale: &ScaleFields) -> Vec<(Rc<str>, f64)> {
    match scale.get("options") {
        Some(Value::Record(r)) => r
            .fields
            .iter()
            .filter_map(|(k, v)| match v {
                Value::Num(q) => Some((k.clone(), q.value.to_f64())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The lowest and highest score an item can get, if the scale says.
pub fn score_range(scale: &ScaleFields) -> (Option<f64>, Option<f64>) {
    let get = |f: &str| match scale.get(f) {
        Some(Value::Num(q)) => Some(q.value.to_f64()),
        _ => None,
    };
    let opts = options(scale);
    let lo = opts.iter().map(|o| o.1).reduce(f64::min);
    let hi = opts.iter().map(|o| o.1).reduce(f64::max);
    (get("min").or(lo), get("max").or(hi))
}

/// The categories as (name, range of total score or of percent of the maximum).
pub fn categories(scale: &ScaleFields) -> Vec<(Rc<str>, Rc<Range>)> {
    match scale.get("categories") {
        Some(Value::Record(r)) => r
            .fields
            .iter()
            .filter_map(|(k, v)| match v {
                Value::Range(rg) => Some((k.clone(), rg.clone())),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A scale's fields with the span of each field's name, for errors.
struct Declared<'a> {
    fields: &'a ScaleFields,
    spans: &'a IndexMap<Rc<str>, Span>,
    head: Span,
}

impl Declared<'_> {
    fn error(&self, name: &str, message: String) -> RtError {
        let span = self.spans.get(name).copied().unwrap_or(self.head);
        RtError::new(
            Code::FieldValue,
            format!("`{name}` {message}"),
            span,
            "this field",
        )
    }
}

/// The check of the `scale` kind, once all its fields are evaluated.
pub fn check(fields: &ScaleFields, spans: &IndexMap<Rc<str>, Span>, head: Span) -> Eval<()> {
    let d = Declared {
        fields,
        spans,
        head,
    };
    let n_items = check_items(&d)?;
    check_options(&d)?;
    let (lo, hi) = score_range(fields);
    if let (Some(lo), Some(hi)) = (lo, hi) {
        if lo >= hi {
            return Err(d.error("max", format!("must be above the lowest score ({lo})")));
        }
    }
    check_reverse(&d, n_items, lo.is_some() && hi.is_some())?;
    check_categories(&d, hi.is_some())
}

/// `items`: at least two, as distinct column names or a number.
fn check_items(d: &Declared) -> Eval<usize> {
    let n_items = match d.fields.get("items") {
        Some(Value::List(names)) => {
            for (k, v) in names.iter().enumerate() {
                if !matches!(v, Value::Str(_)) {
                    let msg = format!(
                        "must list column names as text; item {} is {}",
                        k + 1,
                        v.short()
                    );
                    return Err(d.error("items", msg));
                }
                if names[..k].iter().any(|w| w.equals(v)) {
                    return Err(d.error("items", format!("names the column {v} twice")));
                }
            }
            names.len()
        }
        Some(Value::Num(q)) if q.is_plain() && q.value.as_i64().is_some_and(|k| k >= 0) => {
            q.value.as_i64().unwrap_or(0) as usize
        }
        Some(other) => {
            let msg = format!(
                "must be a number of items or a list of column names, not {}",
                other.short()
            );
            return Err(d.error("items", msg));
        }
        None => 0,
    };
    if n_items < 2 {
        let span = d.spans.get("items").copied().unwrap_or(d.head);
        let e = StatsError::TooFewItems { found: n_items };
        return Err(RtError::new(
            Code::ScaleItems,
            e.to_string(),
            span,
            "the items of this scale",
        )
        .hint("reliability and item-total correlations need at least two items"));
    }
    Ok(n_items)
}

/// `options`: at least two labels, each with a plain-number score.
fn check_options(d: &Declared) -> Eval<()> {
    let Some(v) = d.fields.get("options") else {
        return Ok(());
    };
    let Value::Record(r) = v else {
        let msg = format!(
            "must map labels to scores, like {{ \"Selalu\": 3 }}, not {}",
            v.short()
        );
        return Err(d.error("options", msg));
    };
    for (k, s) in &r.fields {
        if !matches!(s, Value::Num(q) if q.is_plain()) {
            let msg = format!(
                "gives \"{k}\" the score {}, which is not a plain number",
                s.short()
            );
            return Err(d.error("options", msg));
        }
    }
    if r.fields.len() < 2 {
        return Err(d.error("options", "needs at least two response options".into()));
    }
    Ok(())
}

/// `reverse`: items of this scale, and a score range to flip them in.
fn check_reverse(d: &Declared, n_items: usize, has_range: bool) -> Eval<()> {
    let Some(rev) = d.fields.get("reverse") else {
        return Ok(());
    };
    let Value::List(list) = rev else {
        return Err(d.error(
            "reverse",
            format!("must be a list of items, not {}", rev.short()),
        ));
    };
    if !list.is_empty() && !has_range {
        let msg = "needs the score range to flip scores: give `options`, or `min` and `max`";
        return Err(d.error("reverse", msg.into()));
    }
    for v in list.iter() {
        let ok = match (v, d.fields.get("items")) {
            (Value::Str(s), Some(Value::List(names))) => {
                names.iter().any(|n| matches!(n, Value::Str(t) if t == s))
            }
            (Value::Num(q), _) => q
                .value
                .as_i64()
                .is_some_and(|k| k >= 1 && k as usize <= n_items),
            _ => false,
        };
        if !ok {
            let msg = format!("lists {}, which is not one of the items", v.short());
            return Err(d.error("reverse", msg));
        }
    }
    Ok(())
}

/// `categories`: ranges all of total scores or all of percentages (which need a maximum).
fn check_categories(d: &Declared, has_max: bool) -> Eval<()> {
    let Some(v) = d.fields.get("categories") else {
        return Ok(());
    };
    let Value::Record(r) = v else {
        let msg = format!("must map category names to score ranges, not {}", v.short());
        return Err(d.error("categories", msg));
    };
    let mut by_percent = None;
    for (k, c) in &r.fields {
        let Value::Range(rg) = c else {
            let msg = format!(
                "gives \"{k}\" {}, not a range such as 19..=38 or 60%..=100%",
                c.short()
            );
            return Err(d.error("categories", msg));
        };
        let pct = rg.start.unit.is_percent();
        let plain = rg.start.is_plain() && rg.end.is_plain();
        if !(plain || pct && rg.end.unit.is_percent()) || by_percent.is_some_and(|b| b != pct) {
            let msg = format!("mixes kinds of range at \"{k}\": use total scores for every category, or percentages for every one");
            return Err(d.error("categories", msg));
        }
        by_percent = Some(pct);
    }
    if by_percent == Some(true) && !has_max {
        let msg = "are percentages of the maximum total, so the scale needs `options` or `max`";
        return Err(d.error("categories", msg.into()));
    }
    Ok(())
}
