//! Band tables: labelled intervals with explicit edges, for the workload-pressure labels of a
//! WISN ratio, the BKN FTE bands and the productivity bands of time-and-motion studies.
//!
//! Published band tables leave their edges vague ("0 – 0.99 underload, 1 – 1.28 normal"), so a
//! band here says for each edge whether it belongs to the band: `from` (≥) or `above` (>) below,
//! `to` (≤) or `below` (<) above. The table is checked when it is made: bands must be in order and
//! must meet exactly, with no overlap and no gap, so every value classifies one way.

use super::{opt, req, Args, NativeFn};
use crate::codes::Code;
use crate::diagnostic::{Eval, RtError};
use crate::native::Host;
use crate::units::Quantity;
use crate::value::{Record, Value};
use indexmap::IndexMap;
use std::cmp::Ordering;
use std::rc::Rc;

pub static NATIVES: &[NativeFn] = &[
    NativeFn {
        name: "band_table",
        params: &[req("name"), req("bands"), opt("source"), opt("provisional")],
        doc: "a band table: `band_table(\"FTE (BKN 2010)\", [{label: \"normal\", from: 1, to: 1.28}, ...], source: \"...\")`; edges `from` (≥) / `above` (>), `to` (≤) / `below` (<)",
        columns: false,
        func: band_table,
    },
    NativeFn {
        name: "classify",
        params: &[req("x"), req("table")],
        doc: "the label of the band of `table` that holds `x`",
        columns: true,
        func: classify,
    },
];

/// One edge of a band: its value and whether the value itself is inside the band.
#[derive(Clone)]
struct Edge {
    at: Quantity,
    closed: bool,
}

struct Band {
    label: Rc<str>,
    lower: Option<Edge>,
    upper: Option<Edge>,
}

fn bad(a: &Args, i: usize, message: String, hint: &str) -> RtError {
    RtError::new(Code::BadBands, message, a.span(i), "in this band table").hint(hint.to_string())
}

fn edge(r: &Record, closed: &str, open: &str) -> Result<Option<Edge>, String> {
    match (r.fields.get(closed), r.fields.get(open)) {
        (Some(_), Some(_)) => Err(format!("a band gives both `{closed}` and `{open}`")),
        (Some(Value::Num(q)), None) => Ok(Some(Edge {
            at: q.clone(),
            closed: true,
        })),
        (None, Some(Value::Num(q))) => Ok(Some(Edge {
            at: q.clone(),
            closed: false,
        })),
        (None, None) => Ok(None),
        (Some(v), None) | (None, Some(v)) => Err(format!("an edge must be a number, not {v}")),
    }
}

fn cmp(a: &Quantity, b: &Quantity) -> Result<Ordering, String> {
    match a.compare(b, None) {
        Ok(Some(o)) => Ok(o),
        _ => Err(format!("edges {a} and {b} cannot be compared")),
    }
}

fn parse_bands(rows: &[Value]) -> Result<Vec<Band>, String> {
    let mut bands = Vec::new();
    for row in rows {
        let Value::Record(r) = row else {
            return Err(format!(
                "each band is a record like {{label: \"normal\", from: 1, to: 1.28}}, not {}",
                row.short()
            ));
        };
        let label = match r.fields.get("label") {
            Some(Value::Str(s)) => s.clone(),
            _ => return Err("each band needs a `label` in quotes".into()),
        };
        for k in r.fields.keys() {
            if !["label", "from", "above", "to", "below"].contains(&&**k) {
                return Err(format!(
                    "band \"{label}\" has a field `{k}`; a band has label, from/above and to/below"
                ));
            }
        }
        let lower = edge(r, "from", "above")?;
        let upper = edge(r, "to", "below")?;
        if let (Some(l), Some(u)) = (&lower, &upper) {
            let o = cmp(&l.at, &u.at)?;
            if o == Ordering::Greater || (o == Ordering::Equal && !(l.closed && u.closed)) {
                return Err(format!(
                    "band \"{label}\" is empty: its lower edge is not below its upper edge"
                ));
            }
        }
        bands.push(Band {
            label,
            lower,
            upper,
        });
    }
    if bands.is_empty() {
        return Err("a band table needs at least one band".into());
    }
    for pair in bands.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let (Some(up), Some(low)) = (&a.upper, &b.lower) else {
            let which = if a.upper.is_none() {
                &a.label
            } else {
                &b.label
            };
            return Err(format!(
                "band \"{which}\" is open-ended but is not at the end of the table"
            ));
        };
        match cmp(&up.at, &low.at)? {
            Ordering::Less => {
                return Err(format!(
                    "there is a gap between \"{}\" and \"{}\": values between {} and {} fall in no band",
                    a.label, b.label, up.at, low.at
                ))
            }
            Ordering::Greater => {
                return Err(format!(
                    "\"{}\" and \"{}\" overlap or are out of order",
                    a.label, b.label
                ))
            }
            Ordering::Equal if up.closed && low.closed => {
                return Err(format!(
                    "\"{}\" and \"{}\" both include {}: say which band it belongs to (`to` and `above`, or `below` and `from`)",
                    a.label, b.label, up.at
                ))
            }
            Ordering::Equal if !up.closed && !low.closed => {
                return Err(format!(
                    "neither \"{}\" nor \"{}\" includes {}: use `to` or `from` on one side",
                    a.label, b.label, up.at
                ))
            }
            Ordering::Equal => {}
        }
    }
    Ok(bands)
}

fn band_table(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let name = a.str(0)?;
    let rows = a.list(1)?;
    parse_bands(&rows).map_err(|m| {
        bad(
            a,
            1,
            format!("band table \"{name}\": {m}"),
            "bands go from low to high and meet exactly: `{label: \"a\", below: 1}, {label: \"b\", from: 1, to: 1.28}`",
        )
    })?;
    let mut fields: IndexMap<Rc<str>, Value> = IndexMap::new();
    fields.insert(Rc::from("name"), Value::Str(name));
    if a.get(2).is_some() {
        fields.insert(Rc::from("source"), Value::Str(a.str(2)?));
    }
    let provisional = match a.get(3) {
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(a.wrong(3, "true or false")),
        None => false,
    };
    fields.insert(Rc::from("provisional"), Value::Bool(provisional));
    fields.insert(Rc::from("bands"), Value::List(rows));
    Ok(Value::Record(Rc::new(Record {
        kind: Some(Rc::from("band_table")),
        fields,
        calendar: None,
        origin: Some(a.call),
        field_spans: None,
    })))
}

/// Whether `x` is on the inner side of an edge; `outside` is the side beyond it (Less for a
/// lower edge, Greater for an upper one). No edge holds everything.
fn within(x: &Quantity, edge: &Option<Edge>, outside: Ordering) -> Result<bool, String> {
    match edge {
        None => Ok(true),
        Some(e) => Ok(match cmp(x, &e.at)? {
            Ordering::Equal => e.closed,
            o => o != outside,
        }),
    }
}

fn inside(x: &Quantity, b: &Band) -> Result<bool, String> {
    Ok(within(x, &b.lower, Ordering::Less)? && within(x, &b.upper, Ordering::Greater)?)
}

fn describe(b: &Band) -> String {
    let low = b
        .lower
        .as_ref()
        .map(|e| format!("{} {}", if e.closed { "from" } else { "above" }, e.at));
    let up = b
        .upper
        .as_ref()
        .map(|e| format!("{} {}", if e.closed { "to" } else { "below" }, e.at));
    let edges: Vec<String> = [low, up].into_iter().flatten().collect();
    format!("{}: {}", b.label, edges.join(" "))
}

fn classify(_: &mut dyn Host, a: &mut Args) -> Eval<Value> {
    let Some(Value::Record(t)) = a.get(1) else {
        return Err(a.wrong(1, "a band table"));
    };
    let (Some(Value::List(rows)), Some(Value::Str(name))) =
        (t.fields.get("bands"), t.fields.get("name"))
    else {
        return Err(a.wrong(1, "a band table made by `band_table`"));
    };
    let bands = parse_bands(rows).map_err(|m| bad(a, 1, m, "make the table with `band_table`"))?;
    // A whole column is classified cell by cell; a missing cell stays missing.
    if let Value::Column(c) = a.value(0) {
        let mut labels = Vec::with_capacity(c.len());
        for i in 0..c.len() {
            labels.push(match c.get(i) {
                Value::Num(x) => Value::Str(band_of(a, &x, &bands, name)?),
                _ => Value::Nil,
            });
        }
        return Ok(Value::Column(Rc::new(crate::table::Column::from_values(
            labels,
        ))));
    }
    let x = a.quantity(0)?;
    band_of(a, &x, &bands, name).map(Value::Str)
}

fn band_of(a: &Args, x: &Quantity, bands: &[Band], name: &str) -> Eval<Rc<str>> {
    for b in bands {
        match inside(x, b) {
            Ok(true) => return Ok(b.label.clone()),
            Ok(false) => {}
            Err(m) => {
                return Err(RtError::new(
                    Code::DimensionMismatch,
                    format!("{x} cannot be placed in band table \"{name}\": {m}"),
                    a.span(0),
                    format!("this is {x}"),
                ))
            }
        }
    }
    let mut err = RtError::new(
        Code::OutsideBands,
        format!("{x} falls in no band of \"{name}\""),
        a.span(0),
        format!("this is {x}"),
    );
    for b in bands {
        err = err.note(describe(b));
    }
    Err(err.hint("add a band that covers this value, or check the value"))
}
