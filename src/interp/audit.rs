//! `audit`: compare a figure as a paper printed it with the recomputed value, at the precision
//! it was printed with (`0.044` stands for anything in [0.0435, 0.0445)), and say whether a
//! conclusion at a stated alpha flips.

use super::ops::unit_of;
use super::{Env, Eval, Interp, RtError};
use crate::ast::Audit;
use crate::codes::Code;
use crate::number::{Num, Rounding};
use crate::units::{Quantity, Unit};
use crate::value::Value;
use rust_decimal::Decimal;
use std::rc::Rc;

impl Interp {
    pub(super) fn exec_audit(&mut self, audit: &Audit, env: &Rc<Env>) -> Eval<Value> {
        let computed = self.eval(&audit.value, env)?;
        let Value::Num(computed) = computed else {
            return Err(RtError::new(
                Code::TypeMismatch,
                "an audit compares numbers",
                audit.value.span,
                format!("this is a {}", computed.type_name()),
            ));
        };
        let lit = &audit.reported;
        let mut reported_value = Num::Exact(lit.value);
        if audit.negative {
            reported_value = reported_value.neg();
        }
        let reported_unit = if lit.percent {
            Unit::from_names(Some("%"), &[])
        } else if let Some(u) = &lit.unit {
            unit_of(u)
        } else {
            Unit::none()
        };
        let reported = Quantity::new(reported_value, reported_unit.clone());
        // A plain proportion audited against a printed percentage is compared as a percentage.
        let cal = env.calendar();
        let recomputed = if computed.is_plain() && reported_unit.is_percent() {
            Quantity::new(
                computed
                    .value
                    .mul(Num::int(100))
                    .map_err(|e| self.num_error(e, audit.value.span))?,
                reported_unit.clone(),
            )
        } else {
            computed
                .convert(&reported_unit, cal.as_deref())
                .map_err(|e| {
                    self.unit_error(
                        e,
                        audit.value.span,
                        &computed,
                        audit.reported_span,
                        &reported,
                    )
                })?
        };
        let decimals = Num::written_decimals(&lit.text);
        let half = Num::Exact(Decimal::new(5, decimals + 1));
        let low = reported
            .value
            .sub(half)
            .map_err(|e| self.num_error(e, audit.reported_span))?;
        let high = reported
            .value
            .add(half)
            .map_err(|e| self.num_error(e, audit.reported_span))?;
        let r = recomputed.value;
        let consistent = r >= low && r < high;
        let source = &self.sources.text(audit.value.span.src)[audit.value.span.range()];
        let shown = recomputed
            .value
            .round(decimals as i32 + 2, Rounding::HalfUp);
        let shown = Quantity::new(shown, recomputed.unit.clone());
        let locale = self.output.locale;
        let mut line = format!(
            "audit {source}: reported {}, recomputed {}",
            reported.display(locale),
            shown.display(locale)
        );
        if consistent {
            self.audits.consistent += 1;
            line.push_str(&format!(
                " -> consistent at {decimals} decimal{}",
                if decimals == 1 { "" } else { "s" }
            ));
        } else {
            self.audits.inconsistent += 1;
            let diff = r
                .sub(reported.value)
                .map_err(|e| self.num_error(e, audit.reported_span))?;
            let diff = Quantity::new(
                diff.round(decimals as i32 + 2, Rounding::HalfUp),
                recomputed.unit.clone(),
            );
            line.push_str(&format!(
                " -> NOT consistent (difference {})",
                diff.display(locale)
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
            let word = |s: bool| if s { "significant" } else { "not significant" };
            if rep_sig == new_sig {
                line.push_str(&format!(
                    "; at alpha {} both are {}",
                    a.display(locale),
                    word(rep_sig)
                ));
            } else {
                line.push_str(&format!(
                    "; at alpha {} the conclusion FLIPS: reported {}, recomputed {}",
                    a.display(locale),
                    word(rep_sig),
                    word(new_sig)
                ));
            }
        }
        self.write_line(&line);
        Ok(Value::Nil)
    }
}
