//! Questionnaire scales: `score(scale, responses)` and the item scores reliability reads.
//!
//! A scale names its items (a count, or the columns that hold them), maps response labels to
//! scores (`"Selalu": 3`), lists reverse-scored items (scored `min + max - x`) and sorts
//! respondents into categories by total score (`19..=38`) or by the total as a percentage of
//! the maximum possible total (`60%..=100%`). What the declaration means, and its check, are in
//! [`crate::scale`].

use super::records::num;
use super::{req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::scale::{categories, options, score_range};
use crate::span::Span;
use crate::stats::Answers;
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
    columns: false,
    func: score,
}];

/// Item names and, per item, each respondent's score (`None` for a missing answer).
pub(super) type ItemScores = (Vec<Rc<str>>, Vec<Vec<Option<f64>>>);

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
    if reverse || !options(&scale.fields).is_empty() {
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
    let (lo, hi) = score_range(&scale.fields);
    let in_range = |x: f64| x.is_nan() || (lo.is_none_or(|l| x >= l) && hi.is_none_or(|h| x <= h));
    names
        .into_iter()
        .map(|name| match t.columns.get(&name).map(|c| c.as_ref()) {
            Some(Column::Num(v, _)) => {
                let answers = super::records::item_answers(v);
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
    _: &mut dyn Host,
    scale: &Record,
    t: &Table,
    scale_span: Span,
    table_span: Span,
) -> Eval<ItemScores> {
    let names = item_names(scale, t, scale_span, table_span)?;
    let reverse = reverse_items(scale, &names);
    let (lo, hi) = score_range(&scale.fields);
    let scoring = Scoring {
        opts: options(&scale.fields),
        lo,
        hi,
        scale_name: scale
            .fields
            .get("name")
            .map_or("the scale".to_string(), |n| format!("scale `{n}`")),
        scale_span,
        table_span,
    };
    let mut cols = Vec::with_capacity(names.len());
    for (j, name) in names.iter().enumerate() {
        let Some(col) = t.columns.get(name) else {
            let mut e = RtError::new(
                Code::NoSuchField,
                format!(
                    "the responses have no column `{name}`, an item of {}",
                    scoring.scale_name
                ),
                table_span,
                "these responses",
            );
            e.0.hint = did_you_mean(name, t.columns.keys().map(|k| &**k));
            return Err(e);
        };
        let mut out = scoring.column(name, col, t.rows())?;
        if let (true, Some(lo), Some(hi)) = (reverse.contains(&j), lo, hi) {
            for x in out.iter_mut().flatten() {
                *x = lo + hi - *x;
            }
        }
        cols.push(out);
    }
    Ok((names, cols))
}

/// The item columns a scale names, or every column when it gives their number (which must then
/// be the table's number of columns).
fn item_names(scale: &Record, t: &Table, scale_span: Span, table_span: Span) -> Eval<Vec<Rc<str>>> {
    match scale.fields.get("items") {
        Some(Value::List(names)) => Ok(names
            .iter()
            .map(|v| Rc::from(v.to_string().as_str()))
            .collect()),
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
            Ok(t.columns.keys().cloned().collect())
        }
        _ => Ok(Vec::new()),
    }
}

/// The positions among `names` of the reverse-scored items (named, or numbered from 1).
fn reverse_items(scale: &Record, names: &[Rc<str>]) -> Vec<usize> {
    match scale.fields.get("reverse") {
        Some(Value::List(list)) => list
            .iter()
            .filter_map(|v| match v {
                Value::Str(s) => names.iter().position(|n| n == s),
                Value::Num(q) => q.value.as_i64().map(|k| k as usize - 1),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// How the answers of one item column become scores.
struct Scoring {
    opts: Vec<(Rc<str>, f64)>,
    lo: Option<f64>,
    hi: Option<f64>,
    scale_name: String,
    scale_span: Span,
    table_span: Span,
}

impl Scoring {
    /// Each respondent's score on the item `name` (`None` for a missing answer).
    fn column(&self, name: &str, col: &Column, rows: usize) -> Eval<Vec<Option<f64>>> {
        let mut out = Vec::with_capacity(rows);
        match col {
            Column::Num(v, _) => {
                for (row, x) in v.iter().enumerate() {
                    if x.is_nan() {
                        out.push(None);
                    } else if self.allows(*x) {
                        out.push(Some(*x));
                    } else {
                        return Err(self.not_a_response(name, row, col.get(row).to_string()));
                    }
                }
            }
            Column::Str(v) => {
                for (row, s) in v.iter().enumerate() {
                    let Some(s) = s else {
                        out.push(None);
                        continue;
                    };
                    let want = s.trim().to_lowercase();
                    match self.opts.iter().find(|o| o.0.trim().to_lowercase() == want) {
                        Some(o) => out.push(Some(o.1)),
                        None => return Err(self.not_a_response(name, row, format!("\"{s}\""))),
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
                    self.table_span,
                    "these responses",
                ))
            }
        }
        Ok(out)
    }

    /// A numeric answer is one of the options' scores, or within the score range.
    fn allows(&self, x: f64) -> bool {
        if !self.opts.is_empty() {
            self.opts.iter().any(|o| o.1 == x)
        } else {
            self.lo.is_none_or(|l| x >= l) && self.hi.is_none_or(|h| x <= h)
        }
    }

    fn not_a_response(&self, name: &str, row: usize, shown: String) -> RtError {
        let listed: Vec<String> = self
            .opts
            .iter()
            .map(|(k, v)| format!("\"{k}\" = {v}"))
            .collect();
        let mut e = RtError::new(
            Code::ScaleAnswer,
            format!(
                "respondent {} answered {shown} to item `{name}`, which is not a response of {}",
                row + 1,
                self.scale_name
            ),
            self.table_span,
            "these responses",
        )
        .label(self.scale_span, "the scale");
        if !listed.is_empty() {
            e = e.hint(format!("the responses are: {}", listed.join(", ")));
        } else if let (Some(lo), Some(hi)) = (self.lo, self.hi) {
            e = e.hint(format!("scores run from {lo} to {hi}"));
        }
        e
    }
}

fn in_range(x: f64, r: &Range) -> bool {
    let (a, b) = (r.start.value.to_f64(), r.end.value.to_f64());
    x >= a && if r.inclusive { x <= b } else { x < b }
}

fn score(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
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
    let (_, hi) = score_range(&scale.fields);
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
    let cats = categories(&scale.fields);
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
