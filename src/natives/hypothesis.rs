//! Hypothesis-test natives: the tests an Indonesian health thesis reports after its crosstabs,
//! each a record a script reads (`t.equal.p`, `mw.u`) and prints as SPSS lays the test out
//! ([`crate::report`]): `spearman`, `kendall`, `t_test` (with Levene's test),
//! `paired_t_test`, `mann_whitney`, `wilcoxon`, `normality` (Lilliefors and Shapiro-Wilk) and
//! `mcnemar`.
//!
//! Missing values are dropped as SPSS drops them: pairwise for the paired tests and
//! correlations (a pair with a missing value is left out), and case by case for the
//! independent tests (a case with a missing value or a missing group is left out).

use super::records::{count, num, record, stats_error, table, text};
use super::stats::numbers;
use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::stats::mcnemar::mcnemar as mcnemar_test;
use crate::stats::nonparametric::{self, RankGroup};
use crate::stats::normality::{self, SHAPIRO_WILK_MAX};
use crate::stats::rank_correlation;
use crate::stats::ttest::{self, GroupStats, TRow};
use crate::stats::StatsError;
use crate::table::Column;
use crate::units::Unit;
use crate::value::Value;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "spearman",
        params: &[req("x"), req("y")],
        doc: "Spearman's rho of two lists with its two-tailed p (SPSS Correlations; pairs with a missing value are left out)",
        columns: false,
        func: spearman,
    },
    NativeFn {
        name: "kendall",
        params: &[req("x"), req("y")],
        doc: "Kendall's tau-b of two lists with its z and two-tailed p (pairs with a missing value are left out)",
        columns: false,
        func: kendall,
    },
    NativeFn {
        name: "t_test",
        params: &[req("x"), opt("y"), opt("by"), opt("confidence")],
        doc: "independent-samples t-test of two groups (two lists, or values and `by:` a list of two group labels) with Levene's test and the equal- and unequal-variance rows",
        columns: false,
        func: t_test,
    },
    NativeFn {
        name: "paired_t_test",
        params: &[req("x"), req("y"), opt("confidence")],
        doc: "paired-samples t-test of two lists (first minus second), with the pair's correlation; pairs with a missing value are left out",
        columns: false,
        func: paired_t_test,
    },
    NativeFn {
        name: "mann_whitney",
        params: &[req("x"), opt("y"), opt("by")],
        doc: "Mann-Whitney U test of two groups (two lists, or values and `by:` group labels): U, Wilcoxon W, z, asymptotic p and, up to 40 cases, exact p",
        columns: false,
        func: mann_whitney,
    },
    NativeFn {
        name: "wilcoxon",
        params: &[req("x"), req("y")],
        doc: "Wilcoxon signed-rank test of two paired lists (second minus first): ranks, z, asymptotic p and, up to 40 non-zero differences, exact p",
        columns: false,
        func: wilcoxon,
    },
    NativeFn {
        name: "normality",
        params: &[req("xs")],
        doc: "tests of normality of a list: Kolmogorov-Smirnov with the Lilliefors correction (5 cases or more) and Shapiro-Wilk (3 to 5000 cases)",
        columns: false,
        func: normality,
    },
    NativeFn {
        name: "mcnemar",
        params: &[req("x"), opt("y")],
        doc: "McNemar's test of a paired 2×2 table (rows: first measurement) or of two paired lists with two categories each; binomial p up to 25 discordant pairs, as SPSS",
        columns: false,
        func: mcnemar,
    },
];

/// The pairs of two lists where both values are present (SPSS's pairwise deletion).
fn pairs(a: &Args, i: usize, j: usize) -> Eval<(Vec<f64>, Vec<f64>)> {
    let (x, _) = numbers(a, i)?;
    let (y, _) = numbers(a, j)?;
    if x.len() != y.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "the second list",
                expected: x.len(),
                found: y.len(),
            },
            a.span(j),
            "this list",
        ));
    }
    Ok(x.iter()
        .zip(&y)
        .filter_map(|(p, q)| Some(((*p)?, (*q)?)))
        .unzip())
}

/// The present values of a list.
fn present(a: &Args, i: usize) -> Eval<Vec<f64>> {
    Ok(numbers(a, i)?.0.into_iter().flatten().collect())
}

/// Two independent groups, from two lists or from values and `by:` labels, with their labels.
fn two_groups(a: &Args, y_at: usize, by_at: usize) -> Eval<([Vec<f64>; 2], [Value; 2])> {
    match (a.get(y_at), a.get(by_at)) {
        (Some(_), Some(_)) => Err(RtError::new(
            Code::TwoGroups,
            "give the second group as a list or the groups with `by:`, not both".to_string(),
            a.span(by_at),
            "`by:` here",
        )),
        (Some(_), None) => Ok((
            [present(a, 0)?, present(a, y_at)?],
            [Value::int(1), Value::int(2)],
        )),
        (None, Some(_)) => split_by(a, by_at),
        (None, None) => Err(RtError::new(
            Code::TwoGroups,
            "an independent-samples test needs two groups".to_string(),
            a.call,
            "only one list given",
        )
        .hint("give a second list, or the group of each value with `by:`")),
    }
}

/// Splits argument 0 by the labels of argument `by_at`, which must take exactly two values;
/// groups in SPSS order (numbers ascending, text alphabetical).
fn split_by(a: &Args, by_at: usize) -> Eval<([Vec<f64>; 2], [Value; 2])> {
    let (values, _) = numbers(a, 0)?;
    let labels = a.list(by_at)?;
    if labels.len() != values.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "the group labels",
                expected: values.len(),
                found: labels.len(),
            },
            a.span(by_at),
            "these labels",
        ));
    }
    let mut distinct: Vec<&Value> = Vec::new();
    for l in labels.iter().filter(|l| !matches!(l, Value::Nil)) {
        if !distinct.iter().any(|d| same_label(d, l)) {
            distinct.push(l);
        }
    }
    if distinct.len() != 2 {
        let shown: Vec<String> = distinct.iter().take(5).map(|v| v.short()).collect();
        return Err(RtError::new(
            Code::TwoGroups,
            format!(
                "the groups must take exactly two values; these take {} ({})",
                distinct.len(),
                shown.join(", ")
            ),
            a.span(by_at),
            "these group labels",
        )
        .hint("select the two groups to compare first, e.g. with `filter`"));
    }
    distinct.sort_by(|p, q| order(p, q));
    let mut groups = [Vec::new(), Vec::new()];
    for (v, l) in values.iter().zip(labels.iter()) {
        if let (Some(v), Some(g)) = (v, distinct.iter().position(|d| same_label(d, l))) {
            groups[g].push(*v);
        }
    }
    Ok((groups, [distinct[0].clone(), distinct[1].clone()]))
}

fn same_label(p: &Value, q: &Value) -> bool {
    match (p, q) {
        (Value::Num(x), Value::Num(y)) => x.value.to_f64() == y.value.to_f64(),
        _ => p.type_name() == q.type_name() && p.to_string() == q.to_string(),
    }
}

fn order(p: &Value, q: &Value) -> std::cmp::Ordering {
    match (p, q) {
        (Value::Num(x), Value::Num(y)) => x.value.to_f64().total_cmp(&y.value.to_f64()),
        _ => p.to_string().cmp(&q.to_string()),
    }
}

fn confidence_arg(a: &Args, i: usize) -> Eval<f64> {
    match a.get(i) {
        None => Ok(0.95),
        Some(_) => {
            let c = a.plain(i)?.to_f64();
            if c > 0.0 && c < 1.0 {
                Ok(c)
            } else {
                Err(stats_error(
                    StatsError::InvalidParameter {
                        what: "the confidence level",
                        value: c,
                        allowed: "between 0 and 1 (e.g. 0.95 or 95%)",
                    },
                    a.span(i),
                    "this confidence level",
                ))
            }
        }
    }
}

fn spearman(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (x, y) = pairs(a, 0, 1)?;
    let r =
        rank_correlation::spearman(&x, &y).map_err(|e| stats_error(e, a.call, "these lists"))?;
    let mut fields = vec![("rho", num(r.coefficient)), ("n", count(r.n))];
    if let Some(t) = r.statistic {
        fields.push(("t", num(t)));
    }
    fields.extend([("df", count(r.n - 2)), ("p", num(r.p_two_tailed))]);
    Ok(record(Some("spearman"), fields))
}

fn kendall(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (x, y) = pairs(a, 0, 1)?;
    let r = rank_correlation::kendall_tau_b(&x, &y)
        .map_err(|e| stats_error(e, a.call, "these lists"))?;
    let mut fields = vec![("tau_b", num(r.coefficient)), ("n", count(r.n))];
    if let Some(z) = r.statistic {
        fields.push(("z", num(z)));
    }
    fields.push(("p", num(r.p_two_tailed)));
    Ok(record(Some("kendall"), fields))
}

fn group_table(labels: &[Value], stats: &[GroupStats]) -> Value {
    let col = |f: fn(&GroupStats) -> f64| {
        Column::Num(
            stats.iter().map(f).collect::<Vec<f64>>().into(),
            Unit::none(),
        )
    };
    table(vec![
        (Rc::from("group"), Column::from_values(labels.to_vec())),
        (Rc::from("n"), col(|g| g.n as f64)),
        (Rc::from("mean"), col(|g| g.mean)),
        (Rc::from("sd"), col(|g| g.sd)),
        (Rc::from("se_mean"), col(|g| g.se_mean)),
    ])
}

fn t_row(r: &TRow) -> Value {
    record(
        None,
        vec![
            ("t", num(r.t)),
            ("df", num(r.df)),
            ("p", num(r.p_two_tailed)),
            ("mean_difference", num(r.mean_difference)),
            ("se_difference", num(r.se_difference)),
            ("lower", num(r.ci_lower)),
            ("upper", num(r.ci_upper)),
        ],
    )
}

fn t_test(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let ([g1, g2], labels) = two_groups(a, 1, 2)?;
    let confidence = confidence_arg(a, 3)?;
    let t = ttest::independent_t(&g1, &g2, confidence)
        .map_err(|e| stats_error(e, a.call, "these groups"))?;
    let mut fields = vec![("groups", group_table(&labels, &t.groups))];
    if let Some(l) = t.levene {
        fields.extend([("levene_f", num(l.f)), ("levene_p", num(l.p))]);
    }
    fields.extend([
        ("equal", t_row(&t.equal_variances)),
        ("unequal", t_row(&t.unequal_variances)),
        ("confidence", num(confidence)),
    ]);
    Ok(record(Some("t_test"), fields))
}

fn paired_t_test(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (x, y) = pairs(a, 0, 1)?;
    let confidence = confidence_arg(a, 2)?;
    let t =
        ttest::paired_t(&x, &y, confidence).map_err(|e| stats_error(e, a.call, "these lists"))?;
    let labels = [text("first"), text("second")];
    let mut fields = vec![("variables", group_table(&labels, &[t.first, t.second]))];
    if let Some((r, p)) = t.correlation {
        fields.extend([("r", num(r)), ("r_p", num(p))]);
    }
    fields.extend([
        ("sd_difference", num(t.sd_difference)),
        ("test", t_row(&t.test)),
        ("confidence", num(confidence)),
    ]);
    Ok(record(Some("paired_t_test"), fields))
}

fn rank_group(g: &RankGroup) -> Value {
    record(
        None,
        vec![
            ("n", count(g.n)),
            ("mean_rank", num(g.mean_rank)),
            ("rank_sum", num(g.rank_sum)),
        ],
    )
}

fn mann_whitney(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let ([g1, g2], labels) = two_groups(a, 1, 2)?;
    let m = nonparametric::mann_whitney(&g1, &g2)
        .map_err(|e| stats_error(e, a.call, "these groups"))?;
    let col = |f: fn(&RankGroup) -> f64| {
        Column::Num(
            m.groups.iter().map(f).collect::<Vec<f64>>().into(),
            Unit::none(),
        )
    };
    let ranks = table(vec![
        (Rc::from("group"), Column::from_values(labels.to_vec())),
        (Rc::from("n"), col(|g| g.n as f64)),
        (Rc::from("mean_rank"), col(|g| g.mean_rank)),
        (Rc::from("rank_sum"), col(|g| g.rank_sum)),
    ]);
    let mut fields = vec![
        ("ranks", ranks),
        ("u", num(m.u)),
        ("w", num(m.w)),
        ("z", num(m.z)),
    ];
    rank_test_p(&mut fields, m.p_asymptotic, m.p_exact, m.ties);
    Ok(record(Some("mann_whitney"), fields))
}

fn wilcoxon(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (x, y) = pairs(a, 0, 1)?;
    let w = nonparametric::wilcoxon_signed_rank(&x, &y)
        .map_err(|e| stats_error(e, a.call, "these lists"))?;
    let mut fields = vec![
        ("negative", rank_group(&w.negative)),
        ("positive", rank_group(&w.positive)),
        ("zero_differences", count(w.zero_differences)),
        ("n", count(x.len())),
        ("z", num(w.z)),
        (
            "based_on",
            text(if w.based_on_positive {
                "positive ranks"
            } else {
                "negative ranks"
            }),
        ),
    ];
    rank_test_p(&mut fields, w.p_asymptotic, w.p_exact, w.ties);
    Ok(record(Some("wilcoxon"), fields))
}

/// The closing fields of a rank test: the asymptotic `p`, the exact p where it was computed, and
/// whether there were ties (the exact p is then "not corrected for ties").
fn rank_test_p(
    fields: &mut Vec<(&'static str, Value)>,
    asymptotic: f64,
    exact: Option<f64>,
    ties: bool,
) {
    fields.push(("p", num(asymptotic)));
    if let Some(p) = exact {
        fields.push(("p_exact", num(p)));
    }
    fields.push(("ties", Value::Bool(ties)));
}

fn normality(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let x = present(a, 0)?;
    let test = |t: normality::NormalityTest| {
        record(
            None,
            vec![
                ("statistic", num(t.statistic)),
                ("df", count(t.n)),
                ("p", num(t.p)),
            ],
        )
    };
    let lf = normality::lilliefors(&x);
    let sw = normality::shapiro_wilk(&x);
    // Too few cases or no spread: both tests fail alike, and that is the error to show.
    if let (Err(e), Err(_)) = (&lf, &sw) {
        return Err(stats_error(e.clone(), a.span(0), "these values"));
    }
    let mut fields = vec![("n", count(x.len()))];
    if let Ok(t) = lf {
        fields.push(("lilliefors", test(t)));
    }
    if let Ok(t) = sw {
        fields.push(("shapiro_wilk", test(t)));
    } else if x.len() > SHAPIRO_WILK_MAX {
        fields.push((
            "note",
            text("Shapiro-Wilk covers 3 to 5000 cases; only the Lilliefors test is given"),
        ));
    }
    Ok(record(Some("normality"), fields))
}

fn mcnemar(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let table_2x2 = match a.get(1) {
        None => counts_table(a)?,
        Some(_) => cross_two(a)?,
    };
    let m = mcnemar_test(&table_2x2).map_err(|e| stats_error(e, a.span(0), "this table"))?;
    let mut fields = vec![
        ("b", count(m.b as usize)),
        ("c", count(m.c as usize)),
        ("n", num(table_2x2.iter().flatten().sum())),
        ("p", num(m.p)),
        ("exact", Value::Bool(m.exact)),
        ("p_exact", num(m.p_exact)),
    ];
    if let (Some(x2), Some(p)) = (m.chi_square, m.p_chi_square) {
        fields.extend([("chi_square", num(x2)), ("p_chi_square", num(p))]);
    }
    Ok(record(Some("mcnemar"), fields))
}

/// A table of counts written as a list of rows.
fn counts_table(a: &Args) -> Eval<Vec<Vec<f64>>> {
    let rows = a.list(0)?;
    rows.iter()
        .map(|row| match row {
            Value::List(cells) => cells
                .iter()
                .map(|c| match c {
                    Value::Num(q) => Ok(q.value.to_f64()),
                    _ => Err(a.wrong(0, "a 2×2 table of counts, e.g. [[12, 3], [5, 10]]")),
                })
                .collect(),
            _ => Err(a.wrong(0, "a 2×2 table of counts, e.g. [[12, 3], [5, 10]]")),
        })
        .collect()
}

/// The 2×2 table of two paired lists with two categories each (pairs with a missing value
/// left out); categories in SPSS order.
fn cross_two(a: &Args) -> Eval<Vec<Vec<f64>>> {
    let (x, y) = (a.list(0)?, a.list(1)?);
    if x.len() != y.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "the second list",
                expected: x.len(),
                found: y.len(),
            },
            a.span(1),
            "this list",
        ));
    }
    let kept: Vec<(&Value, &Value)> = x
        .iter()
        .zip(y.iter())
        .filter(|(p, q)| !matches!(p, Value::Nil) && !matches!(q, Value::Nil))
        .collect();
    let mut cats: Vec<&Value> = Vec::new();
    for v in kept.iter().flat_map(|(p, q)| [*p, *q]) {
        if !cats.iter().any(|c| same_label(c, v)) {
            cats.push(v);
        }
    }
    if cats.len() != 2 {
        return Err(RtError::new(
            Code::TwoGroups,
            format!(
                "McNemar's test compares two categories (e.g. yes/no); these lists take {}",
                cats.len()
            ),
            a.call,
            "these lists",
        ));
    }
    cats.sort_by(|p, q| order(p, q));
    let mut t = vec![vec![0.0; 2]; 2];
    for (p, q) in kept {
        let i = cats.iter().position(|c| same_label(c, p)).unwrap_or(0);
        let j = cats.iter().position(|c| same_label(c, q)).unwrap_or(0);
        t[i][j] += 1.0;
    }
    Ok(t)
}
