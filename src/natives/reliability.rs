//! Scale reliability natives: Cronbach's alpha with the Item-Total Statistics (`reliability`)
//! and item validity against the critical r (`validity`), from a table of item scores or from a
//! `scale` declaration and its responses. Listwise deletion, as SPSS RELIABILITY does.

use super::records::{count, item_answers, num, record, stats_error, table, text};
use super::significance::{alpha_arg, tails_arg};
use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::stats::{self, Tails};
use crate::table::{Column, SMALL_MISSING};
use crate::units::Unit;
use crate::value::Value;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "reliability",
        params: &[req("items"), opt("responses")],
        doc: "Cronbach's alpha (raw and standardized), the Item-Total Statistics (with each item's squared multiple correlation `smc`) and the Summary Item Statistics (`summary.item_means`, `item_variances`, `covariances`, `correlations`: mean, min, max, range, max_min, variance) of a table of item scores, or of `reliability(scale, responses)`; listwise deletion",
        columns: false,
        func: reliability,
    },
    NativeFn {
        name: "validity",
        params: &[
            req("items"),
            opt("responses"),
            opt("alpha"),
            opt("tails"),
            opt("corrected"),
        ],
        doc: "item validity: each item's item-total r against the critical r for the number of complete cases (`corrected: true` uses the corrected item-total r)",
        columns: false,
        func: validity,
    },
];

/// Reliability of item columns read in place (`NaN` or the missing byte): only a column with
/// missing cells gets a mask.
fn reliability_in_place(values: &[stats::Answers<'_>]) -> stats::Result<stats::Reliability> {
    let masks: Vec<Option<Vec<bool>>> = values
        .iter()
        .map(|v| {
            let missing = match v {
                stats::Answers::Small(b) => b.contains(&SMALL_MISSING),
                stats::Answers::Wide(x) => x.iter().any(|x| x.is_nan()),
            };
            missing.then(|| (0..v.len()).map(|r| !v.get(r).is_nan()).collect())
        })
        .collect();
    let cols: Vec<stats::ItemColumn<'_>> = values
        .iter()
        .zip(&masks)
        .map(|(&v, m)| match m {
            Some(m) => stats::ItemColumn::with_mask(v, m),
            None => stats::ItemColumn::complete(v),
        })
        .collect();
    stats::reliability(&cols)
}

/// Reliability of a table of item scores, or of `reliability(scale, responses)`, with the
/// item names.
fn run_reliability(i: &mut dyn Host, a: &Args) -> Eval<(Vec<Rc<str>>, stats::Reliability)> {
    let (names, r) = match (a.value(0), a.get(1)) {
        (Value::Record(r), Some(Value::Table(t))) if r.kind.as_deref() == Some("scale") => {
            match super::scales::plain_item_columns(&r, t) {
                Some(cols) => {
                    let (names, values): (Vec<_>, Vec<_>) = cols.into_iter().unzip();
                    (names, reliability_in_place(&values))
                }
                None => {
                    let (names, cols) = super::scales::item_scores(i, &r, t, a.span(0), a.span(1))?;
                    (names, stats::reliability_from_options(&cols))
                }
            }
        }
        (Value::Table(t), None) => {
            let mut names = Vec::new();
            let mut values = Vec::new();
            for (name, col) in &t.columns {
                let Column::Num(v, _) = col.as_ref() else {
                    return Err(RtError::new(
                        Code::TypeMismatch,
                        format!("column `{name}` does not hold numbers, so it cannot be an item"),
                        a.span(0),
                        "this table",
                    )
                    .hint("keep only the item columns: `select(t, [\"p1\", \"p2\", ...])`, or pass the scale: `reliability(scale, t)`"));
                };
                names.push(name.clone());
                values.push(item_answers(v));
            }
            (names, reliability_in_place(&values))
        }
        _ => {
            return Err(a.wrong(
                0,
                "a table of item scores, or a scale followed by a table of responses",
            ))
        }
    };
    let r = r.map_err(|e| stats_error(e, a.span(0), "these items"))?;
    for note in &r.notes {
        if let stats::Note::ItemZeroVariance { item } = note {
            let name = &names[item - 1];
            return Err(RtError::new(
                Code::ZeroVariance,
                format!(
                    "item `{name}` has zero variance: every complete respondent gave it the same score, so its item-total correlation is undefined"
                ),
                a.span(0),
                "these items",
            )
            .hint(format!("SPSS drops such an item from the scale; leave `{name}` out with `select`")));
        }
    }
    Ok((names, r))
}

fn reliability(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (names, r) = run_reliability(i, a)?;
    let opt_num = |x: Option<f64>| x.map_or(Value::Nil, num);
    let col = |f: &dyn Fn(&stats::ItemStats) -> Option<f64>| item_column(&r, f);
    let items = table(vec![
        (
            Rc::from("item"),
            Column::Str(names.iter().map(|n| Some(n.clone())).collect()),
        ),
        (Rc::from("mean"), col(&|s| Some(s.mean))),
        (Rc::from("sd"), col(&|s| Some(s.sd))),
        (Rc::from("n"), col(&|s| Some(s.n as f64))),
        (
            Rc::from("scale_mean_if_deleted"),
            col(&|s| Some(s.scale_mean_if_deleted)),
        ),
        (
            Rc::from("scale_variance_if_deleted"),
            col(&|s| Some(s.scale_variance_if_deleted)),
        ),
        (
            Rc::from("corrected_item_total_r"),
            col(&|s| s.corrected_item_total_r),
        ),
        (Rc::from("item_total_r"), col(&|s| s.item_total_r)),
        (Rc::from("smc"), col(&|s| s.smc)),
        (Rc::from("alpha_if_deleted"), col(&|s| s.alpha_if_deleted)),
    ]);
    let notes = r.notes.iter().map(|n| text(&n.to_string())).collect();
    Ok(record(
        Some("reliability"),
        vec![
            (
                "cases",
                record(
                    None,
                    vec![
                        ("valid", count(r.n_valid)),
                        ("excluded", count(r.n_excluded)),
                        ("total", count(r.n_total)),
                    ],
                ),
            ),
            ("n_items", count(r.n_items)),
            ("alpha", num(r.alpha)),
            ("standardized_alpha", opt_num(r.standardized_alpha)),
            ("mean_inter_item_r", opt_num(r.mean_inter_item_r)),
            ("scale_mean", num(r.scale_mean)),
            ("scale_variance", num(r.scale_variance)),
            ("scale_sd", num(r.scale_sd)),
            ("items", items),
            (
                "summary",
                record(
                    None,
                    vec![
                        ("item_means", summary(&r.item_means)),
                        ("item_variances", summary(&r.item_variances)),
                        ("covariances", summary(&r.inter_item_covariances)),
                        (
                            "correlations",
                            r.inter_item_correlations
                                .as_ref()
                                .map_or(Value::Nil, summary),
                        ),
                    ],
                ),
            ),
            ("notes", Value::list(notes)),
        ],
    ))
}

fn validity(i: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let alpha = alpha_arg(a, 2)?;
    let tails = tails_arg(a, 3)?;
    let corrected = match a.get(4) {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(a.wrong(4, "true or false")),
    };
    let (names, r) = run_reliability(i, a)?;
    let r_table = stats::critical_r(r.n_valid, alpha, tails)
        .map_err(|e| stats_error(e, a.span(0), "these items"))?;
    let mut verdicts = Vec::new();
    let mut n_valid_items = 0;
    for s in &r.items {
        let used = if corrected {
            s.corrected_item_total_r
        } else {
            s.item_total_r
        };
        let ok = used.is_some_and(|x| x > r_table);
        n_valid_items += ok as usize;
        verdicts.push(Some(Rc::from(if ok { "valid" } else { "invalid" })));
    }
    let col = |f: &dyn Fn(&stats::ItemStats) -> Option<f64>| item_column(&r, f);
    let items = table(vec![
        (
            Rc::from("item"),
            Column::Str(names.iter().map(|n| Some(n.clone())).collect()),
        ),
        (Rc::from("r"), col(&|s| s.item_total_r)),
        (Rc::from("corrected_r"), col(&|s| s.corrected_item_total_r)),
        (
            Rc::from("r_table"),
            Column::Num(vec![r_table; r.items.len()].into(), Unit::none()),
        ),
        (Rc::from("verdict"), Column::Str(verdicts.into())),
    ]);
    Ok(record(
        Some("validity"),
        vec![
            ("n", count(r.n_valid)),
            ("excluded", count(r.n_excluded)),
            ("alpha", num(alpha)),
            ("tails", count(if tails == Tails::One { 1 } else { 2 })),
            ("r_table", num(r_table)),
            (
                "compares",
                text(if corrected {
                    "corrected item-total r"
                } else {
                    "item-total r"
                }),
            ),
            ("items", items),
            ("valid", count(n_valid_items)),
            ("invalid", count(r.items.len() - n_valid_items)),
        ],
    ))
}

/// One row of SPSS's Summary Item Statistics.
fn summary(s: &stats::Summary) -> Value {
    let opt = |x: Option<f64>| x.map_or(Value::Nil, num);
    record(
        None,
        vec![
            ("mean", num(s.mean)),
            ("min", num(s.min)),
            ("max", num(s.max)),
            ("range", num(s.range)),
            ("max_min", opt(s.max_over_min)),
            ("variance", opt(s.variance)),
            ("n", count(s.count)),
        ],
    )
}

/// One statistic of every item of a reliability result, as a column (missing where undefined).
fn item_column(r: &stats::Reliability, f: &dyn Fn(&stats::ItemStats) -> Option<f64>) -> Column {
    Column::Num(
        r.items.iter().map(|s| f(s).unwrap_or(f64::NAN)).collect(),
        Unit::none(),
    )
}
