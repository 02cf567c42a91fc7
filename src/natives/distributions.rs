//! Distribution natives: cdf and quantile of the normal, t, chi-square and F distributions
//! (`t_cdf(2.1, 18, tail: "upper")`, `chi_square_quantile(0.05, 3, tail: "upper")`) and the
//! critical values of a thesis's tables (`critical_t`, `critical_chi_square`, `critical_f`),
//! read with the alpha and tails arguments `critical_r` reads.

use super::records::{num, stats_error};
use super::significance::{alpha_arg, tails_arg};
use super::{opt, req, Args, NativeFn};
use crate::diagnostic::Eval;
use crate::native::Host;
use crate::stats::{Distribution, StatsError, Tail, Tails};
use crate::value::Value;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "normal_cdf",
        params: &[req("x"), opt("tail")],
        doc: "P(Z ≤ x) of the standard normal; tail: \"upper\" gives P(Z > x), \"two\" gives P(|Z| ≥ |x|) (R pnorm)",
        columns: false,
        func: normal_cdf,
    },
    NativeFn {
        name: "normal_quantile",
        params: &[req("p"), opt("tail")],
        doc: "the z with P(Z ≤ z) = p; tail: \"upper\" for P(Z > z) = p (R qnorm)",
        columns: false,
        func: normal_quantile,
    },
    NativeFn {
        name: "t_cdf",
        params: &[req("x"), req("df"), opt("tail")],
        doc: "P(T ≤ x) of Student's t with df degrees of freedom; tail: \"upper\" or \"two\" (the two-tailed p of a t statistic) (R pt)",
        columns: false,
        func: t_cdf,
    },
    NativeFn {
        name: "t_quantile",
        params: &[req("p"), req("df"), opt("tail")],
        doc: "the t with P(T ≤ t) = p for df degrees of freedom; tail: \"upper\" for P(T > t) = p (R qt)",
        columns: false,
        func: t_quantile,
    },
    NativeFn {
        name: "chi_square_cdf",
        params: &[req("x"), req("df"), opt("tail")],
        doc: "P(X ≤ x) of chi-square with df degrees of freedom; tail: \"upper\" for the p-value of a statistic (R pchisq)",
        columns: false,
        func: chi_square_cdf,
    },
    NativeFn {
        name: "chi_square_quantile",
        params: &[req("p"), req("df"), opt("tail")],
        doc: "the x with P(X ≤ x) = p for chi-square with df degrees of freedom; tail: \"upper\" for P(X > x) = p (R qchisq)",
        columns: false,
        func: chi_square_quantile,
    },
    NativeFn {
        name: "f_cdf",
        params: &[req("x"), req("df1"), req("df2"), opt("tail")],
        doc: "P(F ≤ x) of F with df1 and df2 degrees of freedom; tail: \"upper\" for the p-value of a statistic (R pf)",
        columns: false,
        func: f_cdf,
    },
    NativeFn {
        name: "f_quantile",
        params: &[req("p"), req("df1"), req("df2"), opt("tail")],
        doc: "the x with P(F ≤ x) = p for F with df1 and df2 degrees of freedom; tail: \"upper\" for P(F > x) = p (R qf)",
        columns: false,
        func: f_quantile,
    },
    NativeFn {
        name: "critical_t",
        params: &[req("df"), opt("alpha"), opt("tails")],
        doc: "critical t (\"t tabel\") for df degrees of freedom at alpha (default 0.05), 1 or 2 tails (default 2)",
        columns: false,
        func: critical_t,
    },
    NativeFn {
        name: "critical_chi_square",
        params: &[req("df"), opt("alpha")],
        doc: "critical chi-square (\"chi-square tabel\") for df degrees of freedom at alpha (default 0.05): the upper alpha quantile",
        columns: false,
        func: critical_chi_square,
    },
    NativeFn {
        name: "critical_f",
        params: &[req("df1"), req("df2"), opt("alpha")],
        doc: "critical F (\"F tabel\") for df1 and df2 degrees of freedom at alpha (default 0.05): the upper alpha quantile",
        columns: false,
        func: critical_f,
    },
];

/// Which tail a cdf or quantile reads: "lower" (the default) or "upper"; "two" where allowed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TailArg {
    One(Tail),
    Two,
}

fn tail_arg(a: &Args, i: usize, two_allowed: bool) -> Eval<TailArg> {
    if a.get(i).is_none() {
        return Ok(TailArg::One(Tail::Lower));
    }
    let s = a.str(i)?;
    match &*s {
        "lower" => Ok(TailArg::One(Tail::Lower)),
        "upper" => Ok(TailArg::One(Tail::Upper)),
        "two" if two_allowed => Ok(TailArg::Two),
        _ => {
            let allowed = if two_allowed {
                "\"lower\", \"upper\" or \"two\""
            } else {
                "\"lower\" or \"upper\""
            };
            Err(crate::diagnostic::RtError::new(
                crate::codes::Code::StatisticsOption,
                format!("tail must be {allowed}; got \"{s}\""),
                a.span(i),
                "this tail",
            )
            .hint("\"upper\" gives P(X > x), the p-value of a statistic"))
        }
    }
}

/// A real number argument (degrees of freedom may be fractional, e.g. Welch's).
fn real(a: &Args, i: usize) -> Eval<f64> {
    Ok(a.plain(i)?.to_f64())
}

fn df_arg(a: &Args, i: usize) -> Eval<f64> {
    let df = real(a, i)?;
    if df.is_finite() && df > 0.0 {
        Ok(df)
    } else {
        Err(stats_error(
            StatsError::InvalidParameter {
                what: "degrees of freedom",
                value: df,
                allowed: "a positive number",
            },
            a.span(i),
            "these degrees of freedom",
        ))
    }
}

/// The cdf of `d` at argument 0 in the tail argument `tail_at`.
fn cdf(a: &Args, d: Distribution, tail_at: usize, two_allowed: bool) -> Eval<Value> {
    let x = real(a, 0)?;
    let p = match tail_arg(a, tail_at, two_allowed)? {
        TailArg::One(t) => d.cdf(x, t),
        TailArg::Two => d.cdf(-x.abs(), Tail::Lower).map(|p| (2.0 * p).min(1.0)),
    };
    p.map(num)
        .map_err(|e| stats_error(e, a.span(0), "this value"))
}

/// The quantile of `d` at probability argument 0.
fn quantile(a: &Args, d: Distribution, tail_at: usize) -> Eval<Value> {
    let p = real(a, 0)?;
    // `tail_arg` refuses "two" here, so `Two` never arrives.
    let t = match tail_arg(a, tail_at, false)? {
        TailArg::One(t) => t,
        TailArg::Two => Tail::Lower,
    };
    d.quantile(p, t)
        .map(num)
        .map_err(|e| stats_error(e, a.span(0), "this probability"))
}

fn normal_cdf(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    cdf(a, Distribution::Normal, 1, true)
}

fn normal_quantile(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    quantile(a, Distribution::Normal, 1)
}

fn t_cdf(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    cdf(a, Distribution::T { df: df_arg(a, 1)? }, 2, true)
}

fn t_quantile(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    quantile(a, Distribution::T { df: df_arg(a, 1)? }, 2)
}

fn chi_square_cdf(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    cdf(a, Distribution::ChiSquare { df: df_arg(a, 1)? }, 2, false)
}

fn chi_square_quantile(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    quantile(a, Distribution::ChiSquare { df: df_arg(a, 1)? }, 2)
}

fn f_distribution(a: &Args) -> Eval<Distribution> {
    Ok(Distribution::F {
        df1: df_arg(a, 1)?,
        df2: df_arg(a, 2)?,
    })
}

fn f_cdf(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    cdf(a, f_distribution(a)?, 3, false)
}

fn f_quantile(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    quantile(a, f_distribution(a)?, 3)
}

/// The upper `alpha` quantile of `d` for a critical value.
fn upper(a: &Args, d: Distribution, alpha: f64) -> Eval<Value> {
    d.quantile(alpha, Tail::Upper)
        .map(num)
        .map_err(|e| stats_error(e, a.call, "for this call"))
}

fn critical_t(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let df = df_arg(a, 0)?;
    let alpha = alpha_arg(a, 1)?;
    let per_tail = match tails_arg(a, 2)? {
        Tails::One => alpha,
        Tails::Two => alpha / 2.0,
    };
    if per_tail >= 0.5 {
        return Err(stats_error(
            StatsError::InvalidParameter {
                what: "a one-tailed alpha",
                value: alpha,
                allowed: "below 0.5",
            },
            a.span(1),
            "this alpha",
        ));
    }
    upper(a, Distribution::T { df }, per_tail)
}

fn critical_chi_square(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let df = df_arg(a, 0)?;
    upper(a, Distribution::ChiSquare { df }, alpha_arg(a, 1)?)
}

fn critical_f(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let d = Distribution::F {
        df1: df_arg(a, 0)?,
        df2: df_arg(a, 1)?,
    };
    upper(a, d, alpha_arg(a, 2)?)
}
