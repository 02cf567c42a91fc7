//! SPSS-style printed forms of statistics results. A result is an ordinary wl record (kind
//! `crosstab`, `descriptives`, `frequencies`, `reliability`, `validity`) whose fields a script reads; this
//! module only decides how `print` lays it out, reading the same fields, so what is printed is
//! always what the script can use. Numbers go through [`Num::fixed`] with the decimals SPSS
//! shows for each statistic.

mod crosstab;
mod descriptives;
mod frequencies;
mod grid;
mod hypothesis;
mod reliability;

use crate::number::{Locale, Num};
use crate::table::Table;
use crate::value::{Record, Value};

pub use grid::Grid;

/// The SPSS-style text of a statistics result in `locale`, or `None` for any other value.
pub fn render(v: &Value, locale: Locale) -> Option<String> {
    let Value::Record(r) = v else {
        return None;
    };
    render_record(r, Cells { locale })
}

/// How the cells of a report are written: the layouts size their columns from the rendered
/// cells, so every number is localized where it is formatted (a decimal comma under `id`).
#[derive(Clone, Copy)]
struct Cells {
    locale: Locale,
}

impl Cells {
    /// A number to `decimals` places; blank when the value is missing (SPSS leaves such cells
    /// empty).
    fn fixed(self, v: Option<&Value>, decimals: u32) -> String {
        number(v).map_or(String::new(), |n| self.fixed_num(n, decimals))
    }

    /// A number to `decimals` places in the report's locale.
    fn fixed_num(self, n: Num, decimals: u32) -> String {
        self.locale.localize(&n.fixed(decimals), false).into_owned()
    }

    /// A value as wl prints it (counts, labels); blank when missing.
    fn plain(self, v: Option<&Value>) -> String {
        match v {
            None | Some(Value::Nil) => String::new(),
            Some(v) => v.display(self.locale).to_string(),
        }
    }

    fn text(self, v: Option<&Value>) -> String {
        self.plain(v)
    }

    /// A heading or term of the tables in the report's locale.
    fn t(self, english: &str) -> String {
        crate::i18n::spss::phrase(english, &[], self.locale)
    }

    /// A phrase with `{0}`, `{1}` parts (a variable's name, a count) in the report's locale.
    fn f(self, english: &str, parts: &[&str]) -> String {
        crate::i18n::spss::phrase(english, parts, self.locale)
    }

    /// A text a result carries (a note, "positive ranks") in the report's locale.
    fn note(self, v: Option<&Value>) -> String {
        match v {
            Some(Value::Str(s)) => crate::i18n::spss::text(s, self.locale),
            other => self.plain(other),
        }
    }
}

fn render_record(r: &Record, loc: Cells) -> Option<String> {
    match r.kind.as_deref()? {
        "crosstab" => Some(crosstab::render(r, loc)),
        "descriptives" => Some(descriptives::render(r, loc)),
        "frequencies" => Some(frequencies::render(r, loc)),
        "reliability" => Some(reliability::render(r, loc)),
        "validity" => Some(reliability::render_validity(r, loc)),
        kind => hypothesis::render(kind, r, loc),
    }
}

fn field<'a>(r: &'a Record, name: &str) -> Option<&'a Value> {
    r.fields.get(name)
}

fn sub<'a>(r: &'a Record, name: &str) -> Option<&'a Record> {
    match r.fields.get(name) {
        Some(Value::Record(s)) => Some(s),
        _ => None,
    }
}

fn table<'a>(r: &'a Record, name: &str) -> Option<&'a Table> {
    match r.fields.get(name) {
        Some(Value::Table(t)) => Some(t),
        _ => None,
    }
}

fn number(v: Option<&Value>) -> Option<Num> {
    match v {
        Some(Value::Num(q)) => Some(q.value),
        _ => None,
    }
}

/// The cell of column `col`, row `row`; `None` past the end (a record edited by a script may
/// pair tables of different sizes: see [`inconsistency`]).
fn cell(t: &Table, col: &str, row: usize) -> Option<Value> {
    t.columns
        .get(col)
        .filter(|c| row < c.len())
        .map(|c| c.get(row))
}

/// Why a statistics result cannot be printed as its report, if it cannot: a script may replace
/// a field (`with_field(c, "counts", …)`), and the report reads its tables side by side. `None`
/// for any other value.
pub fn inconsistency(v: &Value) -> Option<String> {
    let Value::Record(r) = v else {
        return None;
    };
    if r.kind.as_deref() != Some("crosstab") {
        return None;
    }
    let counts = table(r, "counts")?;
    let names: Vec<&str> = counts.columns.keys().map(|k| &**k).collect();
    ["expected", "row_percent", "col_percent", "total_percent"]
        .into_iter()
        .find_map(|name| {
            let other = table(r, name)?;
            let other_names: Vec<&str> = other.columns.keys().map(|k| &**k).collect();
            if other.rows() != counts.rows() {
                Some(format!(
                    "this crosstab's `counts` has {} rows but its `{name}` has {}",
                    counts.rows(),
                    other.rows()
                ))
            } else if other_names != names {
                Some(format!(
                    "this crosstab's `counts` and `{name}` have different columns ({} and {})",
                    names.join(", "),
                    other_names.join(", ")
                ))
            } else {
                None
            }
        })
}
