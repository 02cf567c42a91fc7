//! A cadre's ABK-Kes or Kepmenkes 81 use in the report: the call the script made (linked to
//! its line), where the working time came from, the need in a line, the worksheet (Renbut's
//! ABK layout, or Kepmenkes 81's), and the rule that turns the total into whole persons.
//! Neither method gives a ratio of current to required staff, so neither has a ratio chart
//! or a pressure band; ABK-Kes's gap status (kurang, lebih, sesuai) stands in its place.

use super::gather::Laid;
use super::labels::label;
use super::methods::Method;
use super::page::esc;
use super::sections::line_link;
use super::value::{split_worksheet, value};
use crate::number::Locale;
use crate::value::{Record, Value};

/// The use `m` as a sub-section of its cadre.
pub fn laid(m: &Laid, l: Locale) -> String {
    let key = match m.method {
        Method::AbkKes => "method_abk_kes",
        Method::Kepmenkes81 => "method_kepmenkes_81",
        Method::Wisn => "method_wisn",
    };
    let mut s = format!("<div class=\"method\">\n<h4>{}</h4>\n", label(key, l));
    if !m.call.is_empty() {
        s.push_str(&format!(
            "<p class=\"note\">{}{}: <code>{}</code></p>\n",
            label("as_computed", l),
            line_link(m.line, l),
            esc(&m.call)
        ));
    }
    match &m.result {
        Ok(Value::Record(r)) => {
            s.push_str(&wkt_line(r, &m.wkt, l));
            s.push_str(&match m.method {
                Method::AbkKes => abk_need(r, l),
                _ => k81_need(r, l),
            });
        }
        Ok(other) => s.push_str(&value(other, l)),
        Err(e) => s.push_str(&not_computed(e, l)),
    }
    match &m.layout {
        Ok(Value::Table(t)) => s.push_str(&split_worksheet(t, l)),
        Ok(other) => s.push_str(&value(other, l)),
        Err(e) => s.push_str(&not_computed(e, l)),
    }
    s.push_str(&rule(m, l));
    s.push_str("</div>\n");
    s
}

fn not_computed(e: &str, l: Locale) -> String {
    format!(
        "<p class=\"diag error\">{}: {}</p>\n",
        label("not_computed", l),
        esc(e)
    )
}

/// A field of a result, as `print` shows it in the locale.
fn shown(r: &Record, k: &str, l: Locale) -> String {
    r.fields
        .get(k)
        .map(|v| v.display(l).to_string())
        .unwrap_or_default()
}

/// The WKT in use and where it came from: the cadre's calendar, a norm, or the figure given.
fn wkt_line(r: &Record, given: &Value, l: Locale) -> String {
    let from = match given {
        Value::Nil => label("wkt_calendar", l).to_string(),
        Value::Record(norm) => format!(
            "{} {}",
            label("wkt_norm", l),
            norm.fields
                .get("name")
                .map(|n| n.display(l).to_string())
                .unwrap_or_default()
        ),
        // As written, it is in the call above; its value in minutes is the figure shown.
        _ => label("wkt_given", l).to_string(),
    };
    format!(
        "<p>{}: <b>{}</b>, {from}</p>\n",
        label("wkt", l),
        esc(&shown(r, "wkt", l))
    )
}

/// ABK-Kes's need in whole persons from JKT x STP, and beside the staff in post the gap and
/// its status.
fn abk_need(r: &Record, l: Locale) -> String {
    let mut s = format!(
        "<p>{}: <b>{}</b> {} (JKT × STP = {})",
        label("need", l),
        esc(&shown(r, "needed", l)),
        label("whole_persons", l),
        esc(&shown(r, "total", l))
    );
    if let Some(Value::Num(_)) = r.fields.get("available") {
        s.push_str(&format!(
            " · {}: {} · {}: {}",
            label("in_post", l),
            esc(&shown(r, "available", l)),
            label("gap", l),
            esc(&shown(r, "gap", l))
        ));
    }
    if let Some(Value::Str(status)) = r.fields.get("status") {
        let class = match &**status {
            "kurang" => "shortage",
            "sesuai" | "lebih" => "enough",
            _ => "",
        };
        s.push_str(&format!(
            " <span class=\"band {class}\">{}</span>",
            esc(&shown(r, "status", l))
        ));
    }
    s.push_str("</p>\n");
    s
}

/// Kepmenkes 81's need: the sum of the tasks' needs and the allowance SK, added once.
fn k81_need(r: &Record, l: Locale) -> String {
    format!(
        "<p>{}: <b>{}</b> ({} {} + SK {})</p>\n",
        label("need", l),
        esc(&shown(r, "need", l)),
        label("sum_of_tasks", l),
        esc(&shown(r, "sum_of_tasks", l)),
        esc(&shown(r, "sk", l))
    )
}

/// The rule stated under the worksheet: how the whole persons are counted, and tasks not
/// counted.
fn rule(m: &Laid, l: Locale) -> String {
    let key = match m.method {
        Method::AbkKes => "renbut_rule",
        _ => "k81_rule",
    };
    let mut s = format!("<p class=\"note\">{}", label(key, l));
    if m.rounding != "half_up" && !m.rounding.is_empty() {
        s.push_str(&format!(
            " {} <code>rounding: \"{}\"</code>.",
            label("rounding_asked", l),
            esc(&m.rounding)
        ));
    }
    s.push_str("</p>\n");
    s
}
