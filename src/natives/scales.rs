//! Questionnaire scales: what a `scale` declaration means and `score(scale, responses)`.
//!
//! A scale names its items (a count, or the columns that hold them), maps response labels to
//! scores (`"Selalu": 3`), lists reverse-scored items (scored `min + max - x`) and sorts
//! respondents into categories by total score (`19..=38`) or by the total as a percentage of
//! the maximum possible total (`60%..=100%`). The declaration is checked when it is evaluated,
//! so a one-item scale or a reverse item with no score range fails where it is written.

use super::stats::{num, stats_error};
use super::{req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::interp::Interp;
use crate::span::Span;
use crate::stats::{Answers, StatsError};
use crate::suggest::did_you_mean;
use crate::table::{Column, Table, SMALL_MISSING};
use crate::units::Unit;
use crate::value::{Range, Record, Value};
use indexmap::IndexMap;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[NativeFn {
    name: "score",
    params: &[req("scale"), req("responses")],
    doc: "score a table of responses on a scale: each respondent's item scores (reverse items flipped), total, percent of the maximum and category",
    func: score,
}];

/// Item names and, per item, each respondent's score (`None` for a missing answer).
pub(super) type ItemScores = (Vec<Rc<str>>, Vec<Vec<Option<f64>>>);

fn field_error(name: &str, span: Span, message: String) -> RtError {
    RtError::new(
        Code::FieldValue,
        format!("`{name}` {message}"),
        span,
        "this field",
    )
}

/// The declared options as (label, score), in the order written.
fn options(scale: &Record) -> Vec<(Rc<str>, f64)> {
    match scale.fields.get("options") {
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
fn score_range(scale: &Record) -> (Option<f64>, Option<f64>) {
    let get = |f: &str| match scale.fields.get(f) {
        Some(Value::Num(q)) => Some(q.value.to_f64()),
        _ => None,
    };
    let opts = options(scale);
    let lo = opts.iter().map(|o| o.1).reduce(f64::min);
    let hi = opts.iter().map(|o| o.1).reduce(f64::max);
    (get("min").or(lo), get("max").or(hi))
}

fn categories(scale: &Record) -> Vec<(Rc<str>, Rc<Range>)> {
    match scale.fields.get("categories") {
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

/// Check a scale declaration's fields once all are evaluated.
pub(crate) fn check_scale(
    fields: &IndexMap<Rc<str>, Value>,
    spans: &IndexMap<Rc<str>, Span>,
    head: Span,
) -> Eval<()> {
    let span = |f: &str| spans.get(f).copied().unwrap_or(head);
    let n_items = match fields.get("items") {
        Some(Value::List(names)) => {
            for (k, v) in names.iter().enumerate() {
                if !matches!(v, Value::Str(_)) {
                    return Err(field_error(
                        "items",
                        span("items"),
                        format!(
                            "must list column names as text; item {} is {}",
                            k + 1,
                            v.short()
                        ),
                    ));
                }
                if names[..k].iter().any(|w| w.equals(v)) {
                    return Err(field_error(
                        "items",
                        span("items"),
                        format!("names the column {v} twice"),
                    ));
                }
            }
            names.len()
        }
        Some(Value::Num(q)) if q.is_plain() && q.value.as_i64().is_some_and(|k| k >= 0) => {
            q.value.as_i64().unwrap_or(0) as usize
        }
        Some(other) => {
            return Err(field_error(
                "items",
                span("items"),
                format!(
                    "must be a number of items or a list of column names, not {}",
                    other.short()
                ),
            ))
        }
        None => 0,
    };
    if n_items < 2 {
        return Err(stats_error(
            StatsError::TooFewItems { found: n_items },
            span("items"),
            "the items of this scale",
        )
        .hint("reliability and item-total correlations need at least two items"));
    }
    if let Some(v) = fields.get("options") {
        let Value::Record(r) = v else {
            return Err(field_error(
                "options",
                span("options"),
                format!(
                    "must map labels to scores, like {{ \"Selalu\": 3 }}, not {}",
                    v.short()
                ),
            ));
        };
        for (k, s) in &r.fields {
            if !matches!(s, Value::Num(q) if q.is_plain()) {
                return Err(field_error(
                    "options",
                    span("options"),
                    format!(
                        "gives \"{k}\" the score {}, which is not a plain number",
                        s.short()
                    ),
                ));
            }
        }
        if r.fields.len() < 2 {
            return Err(field_error(
                "options",
                span("options"),
                "needs at least two response options".into(),
            ));
        }
    }
    let rec = Record {
        kind: None,
        fields: fields.clone(),
        calendar: None,
        origin: None,
        field_spans: None,
    };
    let (lo, hi) = score_range(&rec);
    if let (Some(lo), Some(hi)) = (lo, hi) {
        if lo >= hi {
            return Err(field_error(
                "max",
                span("max"),
                format!("must be above the lowest score ({lo})"),
            ));
        }
    }
    if let Some(rev) = fields.get("reverse") {
        let Value::List(list) = rev else {
            return Err(field_error(
                "reverse",
                span("reverse"),
                format!("must be a list of items, not {}", rev.short()),
            ));
        };
        if !list.is_empty() && (lo.is_none() || hi.is_none()) {
            return Err(field_error(
                "reverse",
                span("reverse"),
                "needs the score range to flip scores: give `options`, or `min` and `max`".into(),
            ));
        }
        for v in list.iter() {
            let ok = match (v, fields.get("items")) {
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
                return Err(field_error(
                    "reverse",
                    span("reverse"),
                    format!("lists {}, which is not one of the items", v.short()),
                ));
            }
        }
    }
    if let Some(v) = fields.get("categories") {
        let Value::Record(r) = v else {
            return Err(field_error(
                "categories",
                span("categories"),
                format!("must map category names to score ranges, not {}", v.short()),
            ));
        };
        let mut by_percent = None;
        for (k, c) in &r.fields {
            let Value::Range(rg) = c else {
                return Err(field_error(
                    "categories",
                    span("categories"),
                    format!(
                        "gives \"{k}\" {}, not a range such as 19..=38 or 60%..=100%",
                        c.short()
                    ),
                ));
            };
            let pct = rg.start.unit.is_percent();
            let plain = rg.start.is_plain() && rg.end.is_plain();
            if !(plain || pct && rg.end.unit.is_percent()) || by_percent.is_some_and(|b| b != pct) {
                return Err(field_error(
                    "categories",
                    span("categories"),
                    format!("mixes kinds of range at \"{k}\": use total scores for every category, or percentages for every one"),
                ));
            }
            by_percent = Some(pct);
        }
        if by_percent == Some(true) && hi.is_none() {
            return Err(field_error(
                "categories",
                span("categories"),
                "are percentages of the maximum total, so the scale needs `options` or `max`"
                    .into(),
            ));
        }
    }
    Ok(())
}

/// The item columns of a scale whose answers are plain scores in range (no response labels,
/// no reverse items), borrowed from the table: a 100,000-respondent scale is not copied.
/// `None` when [`item_scores`] must do the work, or find the error to report.
pub(super) fn plain_item_columns<'t>(
    scale: &Record,
    t: &'t Table,
) -> Option<Vec<(Rc<str>, Answers<'t>)>> {
    let reverse = match scale.fields.get("reverse") {
        None => false,
        Some(Value::List(l)) => !l.is_empty(),
        Some(_) => true,
    };
    if reverse || !options(scale).is_empty() {
        return None;
    }
    let names: Vec<Rc<str>> = match scale.fields.get("items") {
        Some(Value::List(names)) => names
            .iter()
            .map(|v| Rc::from(v.to_string().as_str()))
            .collect(),
        Some(Value::Num(q)) if q.value.as_i64() == Some(t.columns.len() as i64) => {
            t.columns.keys().cloned().collect()
        }
        _ => return None,
    };
    let (lo, hi) = score_range(scale);
    let in_range = |x: f64| x.is_nan() || (lo.is_none_or(|l| x >= l) && hi.is_none_or(|h| x <= h));
    names
        .into_iter()
        .map(|name| match t.columns.get(&name).map(|c| c.as_ref()) {
            Some(Column::Num(v, _)) => {
                let answers = super::stats::item_answers(v);
                let fits = match answers {
                    // A compact column is checked on its bytes, without widening it.
                    Answers::Small(b) => b
                        .iter()
                        .all(|&b| b == SMALL_MISSING || in_range(f64::from(b))),
                    Answers::Wide(x) => x.iter().all(|&x| in_range(x)),
                };
                fits.then_some((name, answers))
            }
            _ => None,
        })
        .collect()
}

/// The item columns of a response table and each respondent's score on them (`None` missing),
/// with response labels turned into scores and reverse items flipped.
pub(super) fn item_scores(
    _: &mut Interp,
    scale: &Record,
    t: &Table,
    scale_span: Span,
    table_span: Span,
) -> Eval<ItemScores> {
    let names: Vec<Rc<str>> = match scale.fields.get("items") {
        Some(Value::List(names)) => names
            .iter()
            .map(|v| Rc::from(v.to_string().as_str()))
            .collect(),
        Some(Value::Num(q)) => {
            let k = q.value.as_i64().unwrap_or(0) as usize;
            if t.columns.len() != k {
                return Err(RtError::new(
                    Code::TableShape,
                    format!(
                        "the scale has {k} items but the table has {} columns",
                        t.columns.len()
                    ),
                    table_span,
                    "this table",
                )
                .label(scale_span, "this scale")
                .hint("name the item columns in the scale: `items = [\"p1\", \"p2\", ...]`"));
            }
            t.columns.keys().cloned().collect()
        }
        _ => Vec::new(),
    };
    let opts = options(scale);
    let (lo, hi) = score_range(scale);
    let reverse: Vec<usize> = match scale.fields.get("reverse") {
        Some(Value::List(list)) => list
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => names.iter().position(|n| n == s),
                Value::Num(q) => q.value.as_i64().map(|k| k as usize - 1),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let scale_name = scale
        .fields
        .get("name")
        .map_or("the scale".to_string(), |n| format!("scale `{n}`"));
    let mut cols = Vec::with_capacity(names.len());
    for (j, name) in names.iter().enumerate() {
        let Some(col) = t.columns.get(name) else {
            let mut e = RtError::new(
                Code::NoSuchField,
                format!("the responses have no column `{name}`, an item of {scale_name}"),
                table_span,
                "these responses",
            );
            e.0.hint = did_you_mean(name, t.columns.keys().map(|k| &**k));
            return Err(e);
        };
        let bad = |row: usize, shown: String| {
            let listed: Vec<String> = opts.iter().map(|(k, v)| format!("\"{k}\" = {v}")).collect();
            let mut e = RtError::new(
                Code::ScaleAnswer,
                format!(
                    "respondent {} answered {shown} to item `{name}`, which is not a response of {scale_name}",
                    row + 1
                ),
                table_span,
                "these responses",
            )
            .label(scale_span, "the scale");
            if !listed.is_empty() {
                e = e.hint(format!("the responses are: {}", listed.join(", ")));
            } else if let (Some(lo), Some(hi)) = (lo, hi) {
                e = e.hint(format!("scores run from {lo} to {hi}"));
            }
            e
        };
        let mut out = Vec::with_capacity(t.rows());
        match col.as_ref() {
            Column::Num(v, _) => {
                for (row, x) in v.iter().enumerate() {
                    if x.is_nan() {
                        out.push(None);
                        continue;
                    }
                    let ok = if !opts.is_empty() {
                        opts.iter().any(|o| o.1 == *x)
                    } else {
                        lo.is_none_or(|l| *x >= l) && hi.is_none_or(|h| *x <= h)
                    };
                    if !ok {
                        return Err(bad(row, col.get(row).to_string()));
                    }
                    out.push(Some(*x));
                }
            }
            Column::Str(v) => {
                for (row, s) in v.iter().enumerate() {
                    let Some(s) = s else {
                        out.push(None);
                        continue;
                    };
                    let want = s.trim().to_lowercase();
                    match opts.iter().find(|o| o.0.trim().to_lowercase() == want) {
                        Some(o) => out.push(Some(o.1)),
                        None => return Err(bad(row, format!("\"{s}\""))),
                    }
                }
            }
            other => {
                return Err(RtError::new(
                    Code::TypeMismatch,
                    format!(
                        "column `{name}` holds {}, not answers",
                        other.get(0).type_name()
                    ),
                    table_span,
                    "these responses",
                ))
            }
        }
        if reverse.contains(&j) {
            if let (Some(lo), Some(hi)) = (lo, hi) {
                for x in out.iter_mut().flatten() {
                    *x = lo + hi - *x;
                }
            }
        }
        cols.push(out);
    }
    Ok((names, cols))
}

fn in_range(x: f64, r: &Range) -> bool {
    let (a, b) = (r.start.value.to_f64(), r.end.value.to_f64());
    x >= a && if r.inclusive { x <= b } else { x < b }
}

fn score(i: &mut Interp, a: &mut Args) -> Eval<Value> {
    let Value::Record(scale) = a.value(0) else {
        return Err(a.wrong(0, "a scale"));
    };
    if scale.kind.as_deref() != Some("scale") {
        return Err(a.wrong(0, "a scale"));
    }
    let Value::Table(t) = a.value(1) else {
        return Err(a.wrong(1, "a table of responses"));
    };
    let (names, cols) = item_scores(i, &scale, &t, a.span(0), a.span(1))?;
    let n = t.rows();
    let (_, hi) = score_range(&scale);
    let max_total = hi.map(|h| h * names.len() as f64);
    let totals: Vec<f64> = (0..n)
        .map(|r| {
            cols.iter()
                .map(|c| c[r])
                .sum::<Option<f64>>()
                .unwrap_or(f64::NAN)
        })
        .collect();
    let percents: Option<Vec<f64>> =
        max_total.map(|m| totals.iter().map(|t| t / m * 100.0).collect());
    let cats = categories(&scale);
    let mut category: Vec<Option<Rc<str>>> = Vec::with_capacity(n);
    if !cats.is_empty() {
        let by_pct = cats[0].1.start.unit.is_percent();
        for r in 0..n {
            let x = match (&percents, by_pct) {
                (Some(p), true) => p[r],
                _ => totals[r],
            };
            if x.is_nan() {
                category.push(None);
                continue;
            }
            match cats.iter().find(|(_, rg)| in_range(x, rg)) {
                Some((name, _)) => category.push(Some(name.clone())),
                None => {
                    let shown = if by_pct {
                        format!("{}%", num(x))
                    } else {
                        num(x).to_string()
                    };
                    return Err(RtError::new(
                        Code::ScaleAnswer,
                        format!(
                            "respondent {}'s total {shown} falls in none of the scale's categories",
                            r + 1
                        ),
                        a.span(1),
                        "these responses",
                    )
                    .label(a.span(0), "this scale")
                    .hint("make the category ranges cover every possible total"));
                }
            }
        }
    }
    let mut columns: IndexMap<Rc<str>, Column> = t
        .columns
        .iter()
        .filter(|(k, _)| !names.contains(k))
        .map(|(k, c)| (k.clone(), c.as_ref().clone()))
        .collect();
    for (name, c) in names.iter().zip(&cols) {
        columns.insert(
            name.clone(),
            Column::Num(
                c.iter().map(|x| x.unwrap_or(f64::NAN)).collect(),
                Unit::none(),
            ),
        );
    }
    columns.insert(Rc::from("total"), Column::Num(totals.into(), Unit::none()));
    if let Some(p) = percents {
        columns.insert(
            Rc::from("percent"),
            Column::Num(p.into(), Unit::from_names(Some("%"), &[])),
        );
    }
    if !cats.is_empty() {
        columns.insert(Rc::from("category"), Column::Str(category.into()));
    }
    Ok(Value::Table(Rc::new(Table::from_columns(columns))))
}
