//! `audit`: compare a figure as a paper printed it with the recomputed value, at the precision
//! it was printed with (`0.044` stands for anything in [0.0435, 0.0445)), and say whether a
//! conclusion at a stated alpha flips.
//!
//! When the recomputed value is written as a count over a total (`audit 17 / 22 reported
//! 37.8%`) and the printed figure is a percentage, an inconsistent audit also says which totals
//! turn that count into the printed percentage (seed 000 prints 17 of its "n = 22" as 37.8%,
//! which is 17 of 45) and whether any count out of the stated total could give it.

use super::audit_causes as causes;
use super::audit_words::{fill, phrase};
use super::ops::unit_of;
use super::{Env, Eval, Interp, RtError};
use crate::ast::{Audit, BinaryOp, Expr, ExprKind};
use crate::codes::Code;
use crate::number::{Locale, Num, Rounding};
use crate::units::{Quantity, Unit, WorkLengths};
use crate::value::Value;
use rust_decimal::Decimal;
use std::rc::Rc;

impl Interp {
    pub(super) fn exec_audit(&mut self, audit: &Audit, env: &Rc<Env>) -> Eval<Value> {
        // A count over a total is evaluated in its two parts, so the audit knows both; a ratio
        // of sums (`sum(work) / sum(awt)`) keeps its terms, for the mean of the ratios.
        let mut parts = None;
        let mut terms = None;
        let computed = match &audit.value.kind {
            ExprKind::Binary(BinaryOp::Div, l, r) => {
                let (a, b) = match (summed(l), summed(r)) {
                    (Some(x), Some(y)) => {
                        let (xs, ys) = (self.eval(x, env)?, self.eval(y, env)?);
                        terms = paired(&xs, &ys);
                        (self.sum_of(xs, l, env)?, self.sum_of(ys, r, env)?)
                    }
                    _ => (self.eval(l, env)?, self.eval(r, env)?),
                };
                parts = count_and_total(&a, &b);
                self.binary(BinaryOp::Div, a, l.span, b, r.span, env)?
            }
            _ => self.eval(&audit.value, env)?,
        };
        let Value::Num(computed) = computed else {
            return Err(RtError::new(
                Code::TypeMismatch,
                "an audit compares numbers",
                audit.value.span,
                format!("this is a {}", computed.type_name()),
            ));
        };
        let lit = &audit.reported;
        let mut reported_value = Num::from(lit.value);
        if audit.negative {
            reported_value = reported_value.neg();
        }
        let reported_unit = if lit.percent {
            Unit::from_names(Some("%"), &[])
        } else if let Some(u) = &lit.unit {
            unit_of(u, &self.plurals)
        } else {
            Unit::none()
        };
        let reported = Quantity::new(reported_value, reported_unit.clone());
        let cal = env.calendar();
        let recomputed = self.in_reported_unit(&computed, &reported, audit, cal.as_deref())?;
        let decimals = Num::written_decimals(&lit.text);
        let half = Num::from(Decimal::new(5, decimals + 1));
        let low = reported
            .value
            .sub(half)
            .map_err(|e| self.num_error(e, audit.reported_span))?;
        let high = reported
            .value
            .add(half)
            .map_err(|e| self.num_error(e, audit.reported_span))?;
        let r = recomputed.value;
        let digits = lit.text.replace('_', "");
        // Words and numbers follow the locale, except in JSON, a machine format, which is the
        // same in every locale.
        let locale = if self.output.format == crate::output::Format::Json {
            Locale::En
        } else {
            self.output.locale
        };
        let figure = causes::Printed {
            value: reported.value,
            digits: &digits,
            decimals,
            locale,
        };
        let consistent = figure.fits(r);
        let source = self.sources.text(audit.value.span.src)[audit.value.span.range()].to_string();
        let shown = recomputed
            .value
            .round(decimals as i32 + 2, Rounding::HalfUp);
        let shown = Quantity::new(shown, recomputed.unit.clone());
        // The figure as printed, trailing zeros included: "5.290" says three decimals.
        let printed = {
            let sign = if audit.negative { "-" } else { "" };
            let text = locale
                .localize(&lit.text.replace('_', ""), false)
                .into_owned();
            if reported_unit.is_none() {
                format!("{sign}{text}")
            } else if reported_unit.is_percent() {
                format!("{sign}{text}%")
            } else {
                format!("{sign}{text} {}", reported_unit)
            }
        };
        let mut line = fill(
            "audit {0}: reported {1}, recomputed {2}",
            locale,
            &[&source, &printed, &shown.display(locale).to_string()],
        );
        if consistent {
            self.audits.consistent += 1;
            let at = if decimals == 1 {
                " -> consistent at {0} decimal"
            } else {
                " -> consistent at {0} decimals"
            };
            line.push_str(&fill(at, locale, &[&decimals.to_string()]));
        } else {
            self.audits.inconsistent += 1;
            let diff = r
                .sub(reported.value)
                .map_err(|e| self.num_error(e, audit.reported_span))?;
            let diff = Quantity::new(
                diff.round(decimals as i32 + 2, Rounding::HalfUp),
                recomputed.unit.clone(),
            );
            line.push_str(&fill(
                " -> NOT consistent (difference {0})",
                locale,
                &[&diff.display(locale).to_string()],
            ));
            let mut why = String::new();
            if let (Some((k, n)), true) = (parts, reported_unit.is_percent()) {
                why.push_str(&which_n(k, n, &printed, low, high, locale));
            }
            let ratios: Vec<Num> = terms
                .iter()
                .flatten()
                .filter_map(|(x, y)| {
                    let q = x.div(y, cal.as_deref()).ok()?;
                    self.in_reported_unit(&q, &reported, audit, cal.as_deref())
                        .ok()
                        .map(|q| q.value)
                })
                .collect();
            // A rounding the script states is undone: the causes are tried on its argument.
            let mut unrounded = (r, None);
            if let Some((x, stated)) = stated_rounding(&audit.value) {
                if let Value::Num(q) = self.eval(x, env)? {
                    if let Ok(x) = self.in_reported_unit(&q, &reported, audit, cal.as_deref()) {
                        unrounded = (x.value, Some(stated));
                    }
                }
            }
            let mut found = causes::rounding(unrounded.0, unrounded.1, &figure);
            found.extend(causes::digits(r, &figure));
            found.extend(causes::units(
                &computed,
                &reported_unit,
                cal.as_deref(),
                &figure,
            ));
            if terms.as_ref().is_some_and(|t| t.len() == ratios.len()) {
                found.extend(causes::ratios(&ratios, &figure));
            }
            why.push_str(&causes::verdict(&found, &printed, locale));
            line.push_str(&why);
            let why = why.trim_start_matches("; ");
            let why = if why.is_empty() {
                phrase("no usual cause gives it", locale)
            } else {
                why
            };
            self.audits.not_consistent.push(fill(
                "{0}: reported {1}; {2}",
                locale,
                &[&source, &printed, why],
            ));
        }
        if let Some(alpha) = &audit.alpha {
            let a = self.eval(alpha, env)?;
            let a = match &a {
                Value::Num(q) => q.as_plain(),
                _ => None,
            }
            .ok_or_else(|| {
                RtError::new(
                    Code::TypeMismatch,
                    "alpha must be a number",
                    alpha.span,
                    format!("this is a {}", a.type_name()),
                )
            })?;
            let rep_sig = reported.value < a;
            let new_sig = recomputed.value < a;
            let word = |s: bool| phrase(if s { "significant" } else { "not significant" }, locale);
            let alpha = a.display(locale).to_string();
            if rep_sig == new_sig {
                line.push_str(&fill(
                    "; at alpha {0} both are {1}",
                    locale,
                    &[&alpha, word(rep_sig)],
                ));
            } else {
                line.push_str(&fill(
                    "; at alpha {0} the conclusion FLIPS: reported {1}, recomputed {2}",
                    locale,
                    &[&alpha, word(rep_sig), word(new_sig)],
                ));
            }
        }
        if self.output.format == crate::output::Format::Json {
            // Under --format json every line printed is JSON: an audit is an object.
            line = json_object(&[
                ("audit", &line),
                ("consistent", if consistent { "true" } else { "false" }),
            ]);
        }
        self.write_line(&line);
        Ok(Value::Nil)
    }
}

impl Interp {
    /// The recomputed quantity in the printed unit; a plain proportion audited against a printed
    /// percentage is compared as a percentage.
    fn in_reported_unit(
        &self,
        computed: &Quantity,
        reported: &Quantity,
        audit: &Audit,
        cal: Option<&WorkLengths>,
    ) -> Eval<Quantity> {
        if computed.is_plain() && reported.unit.is_percent() {
            let v = computed
                .value
                .mul(Num::int(100))
                .map_err(|e| self.num_error(e, audit.value.span))?;
            return Ok(Quantity::new(v, reported.unit.clone()));
        }
        computed.convert(&reported.unit, cal).map_err(|e| {
            self.unit_error(e, audit.value.span, computed, audit.reported_span, reported)
        })
    }

    /// The sum of a list or column of numbers, as `sum` computes it.
    fn sum_of(&mut self, xs: Value, call: &Expr, env: &Rc<Env>) -> Eval<Value> {
        let ExprKind::Call(f, args) = &call.kind else {
            return self.eval(call, env);
        };
        let sum = self.eval(f, env)?;
        let arg = super::ArgValue {
            name: None,
            value: xs,
            span: args[0].value.span,
        };
        self.call_value(&sum, vec![arg], call.span)
    }
}

/// `x` and the rule in `round(x, ..., mode: "half_even")` (or `"half_up"`): the script states
/// the rule the paper says it rounded by.
fn stated_rounding(e: &Expr) -> Option<(&Expr, Rounding)> {
    let ExprKind::Call(f, args) = &e.kind else {
        return None;
    };
    if !matches!(&f.kind, ExprKind::Name(n) if &**n == "round") {
        return None;
    }
    let mode = args
        .iter()
        .find(|a| a.name.as_ref().is_some_and(|n| &*n.node == "mode"))?;
    let rule = match &mode.value.kind {
        ExprKind::Str(m) if &**m == "half_even" => Rounding::HalfEven,
        ExprKind::Str(m) if &**m == "half_up" => Rounding::HalfUp,
        _ => return None,
    };
    let x = args.first().filter(|a| a.name.is_none())?;
    Some((&x.value, rule))
}

/// `x` in `sum(x)`, when the expression is a call of `sum` with one argument.
fn summed(e: &Expr) -> Option<&Expr> {
    let ExprKind::Call(f, args) = &e.kind else {
        return None;
    };
    match (&f.kind, args.as_slice()) {
        (ExprKind::Name(n), [a]) if &**n == "sum" && a.name.is_none() => Some(&a.value),
        _ => None,
    }
}

/// The numbers of a list or a column.
fn numbers(v: &Value) -> Option<Vec<Quantity>> {
    let one = |v: Value| match v {
        Value::Num(q) => Some(q),
        _ => None,
    };
    match v {
        Value::List(xs) => xs.iter().cloned().map(one).collect(),
        Value::Column(c) => (0..c.len()).map(|i| one(c.get(i))).collect(),
        _ => None,
    }
}

/// The terms of a ratio of sums, paired, when both sides hold as many numbers.
fn paired(xs: &Value, ys: &Value) -> Option<Vec<(Quantity, Quantity)>> {
    let (xs, ys) = (numbers(xs)?, numbers(ys)?);
    (xs.len() == ys.len()).then(|| xs.into_iter().zip(ys).collect())
}

/// Both sides plain whole numbers, the total above 0: a count and its total.
fn count_and_total(a: &Value, b: &Value) -> Option<(i64, i64)> {
    let whole = |v: &Value| match v {
        Value::Num(q) if q.is_plain() => q.value.as_i64().filter(|x| *x >= 0),
        _ => None,
    };
    let (k, n) = (whole(a)?, whole(b)?);
    (n > 0).then_some((k, n))
}

/// Whether `count / total` as a percentage lies in the printed interval [low, high).
fn gives(count: i64, total: i64, low: Num, high: Num) -> bool {
    let p = Num::int(count)
        .mul(Num::int(100))
        .and_then(|x| x.div(Num::int(total)));
    p.is_ok_and(|p| p >= low && p < high)
}

/// "; 17 / n gives 37.8% for n = 45; no count out of 22 gives 37.8%"
fn which_n(k: i64, n: i64, reported: &str, low: Num, high: Num, locale: Locale) -> String {
    let whole = |x: i64| locale.localize(&x.to_string(), true).into_owned();
    let (kk, nn) = (whole(k), whole(n));
    let mut out = String::new();
    if k > 0 && low > Num::ZERO {
        // k·100/high < m ≤ k·100/low; the bounds are widened by one and checked exactly.
        let bound = |x: Num| {
            Num::int(k * 100)
                .div(x)
                .map(|m| m.to_f64())
                .unwrap_or(f64::MAX)
        };
        let from = (bound(high).floor() as i64).max(1);
        let to = (bound(low).ceil() as i64 + 1).min(from + 100_000);
        let ms: Vec<i64> = (from..=to).filter(|&m| gives(k, m, low, high)).collect();
        out.push_str(&match ms.as_slice() {
            [] => fill("; no total turns {0} into {1}", locale, &[&kk, reported]),
            [m] => fill(
                "; {0} / n gives {1} for n = {2}",
                locale,
                &[&kk, reported, &whole(*m)],
            ),
            [first, .., last] if ms.len() > 4 => fill(
                "; {0} / n gives {1} for n = {2} to {3}",
                locale,
                &[&kk, reported, &whole(*first), &whole(*last)],
            ),
            _ => {
                let list: Vec<String> = ms.iter().map(|m| whole(*m)).collect();
                fill(
                    "; {0} / n gives {1} for n = {2}",
                    locale,
                    &[&kk, reported, &list.join(", ")],
                )
            }
        });
    }
    if n <= 1_000_000 {
        match (0..=n).find(|&j| gives(j, n, low, high)) {
            Some(j) => out.push_str(&fill(
                "; out of {0}, a count of {1} gives {2}",
                locale,
                &[&nn, &whole(j), reported],
            )),
            None => out.push_str(&fill(
                "; no count out of {0} gives {1}",
                locale,
                &[&nn, reported],
            )),
        }
    }
    out
}

/// `{"audit": "...", "consistent": true}`: text fields quoted, `true`/`false` as they are.
pub fn json_object(fields: &[(&str, &str)]) -> String {
    let mut out = Vec::new();
    out.push(b'{');
    for (i, (k, v)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let _ = crate::output::json::write_str(&mut out, k);
        out.push(b':');
        if matches!(*v, "true" | "false") || v.parse::<f64>().is_ok() {
            out.extend_from_slice(v.as_bytes());
        } else {
            let _ = crate::output::json::write_str(&mut out, v);
        }
    }
    out.push(b'}');
    String::from_utf8(out).unwrap_or_default()
}
