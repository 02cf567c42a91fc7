//! Significance natives: Pearson `correlation` with its test, the critical r of an r table
//! (`critical_r`) and the p-value of a printed chi-square statistic (`chi_square_p`), with the
//! alpha and tails arguments that `validity` reads the same way.

use super::records::{count, num, record, stats_error};
use super::stats::numbers;
use super::{opt, req, Args, NativeFn};
use crate::diagnostic::Eval;
use crate::native::Host;
use crate::stats::{self, StatsError, Tails};
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "critical_r",
        params: &[req("n"), opt("alpha"), opt("tails")],
        doc: "critical Pearson r (\"r tabel\") for n cases at alpha (default 0.05), 1 or 2 tails (default 2)",
        columns: false,
        func: critical_r,
    },
    NativeFn {
        name: "chi_square_p",
        params: &[req("value"), req("df")],
        doc: "upper-tail p-value of a chi-square statistic with df degrees of freedom (SPSS \"Asymp. Sig.\"), to check a printed statistic against its printed p",
        columns: false,
        func: chi_square_p,
    },
    NativeFn {
        name: "correlation",
        params: &[req("x"), req("y")],
        doc: "Pearson r of two lists with its t, df and two-tailed p; pairs with a missing value are left out",
        columns: false,
        func: correlation,
    },
];

fn critical_r(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let n = a.int(0, 0)?;
    let alpha = alpha_arg(a, 1)?;
    let tails = tails_arg(a, 2)?;
    if n < 0 {
        return Err(a.wrong(0, "a number of cases of 0 or more"));
    }
    stats::critical_r(n as usize, alpha, tails)
        .map(num)
        .map_err(|e| stats_error(e, a.call, "for this call"))
}

pub(super) fn alpha_arg(a: &Args, i: usize) -> Eval<f64> {
    match a.get(i) {
        None => Ok(0.05),
        Some(_) => {
            let x = a.plain(i)?.to_f64();
            if x > 0.0 && x < 1.0 {
                Ok(x)
            } else {
                Err(stats_error(
                    StatsError::InvalidParameter {
                        what: "alpha",
                        value: x,
                        allowed: "between 0 and 1 (e.g. 0.05 or 5%)",
                    },
                    a.span(i),
                    "this alpha",
                ))
            }
        }
    }
}

pub(super) fn tails_arg(a: &Args, i: usize) -> Eval<Tails> {
    let t = a.int(i, 2)?;
    Tails::from_count(t.clamp(0, 100) as u32).map_err(|e| stats_error(e, a.span(i), "here"))
}

fn chi_square_p(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let x = a.plain(0)?.to_f64();
    let df = a.int(1, 1)?;
    if df < 1 {
        return Err(a.wrong(1, "a whole number of degrees of freedom of 1 or more"));
    }
    if x < 0.0 {
        return Err(a.wrong(0, "a chi-square value of 0 or more"));
    }
    stats::chi_square_sf(x, df as f64)
        .map(num)
        .map_err(|e| stats_error(e, a.span(0), "this value"))
}

fn correlation(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let (x, _) = numbers(a, 0)?;
    let (y, _) = numbers(a, 1)?;
    if x.len() != y.len() {
        return Err(stats_error(
            StatsError::LengthMismatch {
                what: "y",
                expected: x.len(),
                found: y.len(),
            },
            a.span(1),
            "this list",
        ));
    }
    let (xs, ys): (Vec<f64>, Vec<f64>) = x
        .iter()
        .zip(&y)
        .filter_map(|(a, b)| Some(((*a)?, (*b)?)))
        .unzip();
    let c = stats::pearson(&xs, &ys).map_err(|e| stats_error(e, a.call, "these lists"))?;
    let mut fields = vec![("r", num(c.r)), ("n", count(c.n)), ("df", count(c.df))];
    if let Some(t) = c.t {
        fields.push(("t", num(t)));
    }
    fields.push(("p", num(c.p_two_tailed)));
    Ok(record(Some("correlation"), fields))
}
