//! Quantities of several units in one column, made fit for a data file. A column of
//! quantities that share a unit is already numeric (its unit goes into the header); a column
//! whose rows have different units (the volumes of a task table: visits, reports, doses) is
//! held as values and would be written as text such as `208,33 laporan`, which a spreadsheet
//! cannot sum. Before a table is written to a file, such a column becomes two: the numbers,
//! and beside them a `NAME_unit` text column naming each row's unit.

use crate::table::{Column, Table};
use crate::value::Value;
use indexmap::IndexMap;
use std::borrow::Cow;
use std::rc::Rc;

/// `t` with every mixed-unit quantity column split into numbers and units; borrowed when
/// there is none.
pub fn numeric_quantities(t: &Table) -> Cow<'_, Table> {
    if !t.columns.values().any(|c| mixed_quantities(c)) {
        return Cow::Borrowed(t);
    }
    let mut columns = IndexMap::new();
    for (name, col) in &t.columns {
        let Column::Any(values) = col.as_ref() else {
            columns.insert(name.clone(), col.clone());
            continue;
        };
        if !mixed_quantities(col) {
            columns.insert(name.clone(), col.clone());
            continue;
        }
        let numbers: Vec<f64> = values.iter().map(number).collect();
        let units: Vec<Option<Rc<str>>> = values.iter().map(unit_text).collect();
        columns.insert(
            name.clone(),
            Rc::new(Column::Num(numbers.into(), crate::units::Unit::none())),
        );
        columns.insert(
            Rc::from(format!("{name}_unit")),
            Rc::new(Column::Str(units.into())),
        );
    }
    Cow::Owned(Table { columns })
}

/// A value column holding only quantities (and missing cells), at least one of them.
fn mixed_quantities(c: &Column) -> bool {
    let Column::Any(values) = c else {
        return false;
    };
    values.iter().any(|v| matches!(v, Value::Num(_)))
        && values
            .iter()
            .all(|v| matches!(v, Value::Num(_) | Value::Nil))
}

fn number(v: &Value) -> f64 {
    match v {
        Value::Num(q) => q.value.to_f64(),
        _ => f64::NAN,
    }
}

/// The unit as a header would write it (`visits`, `min per visit`); empty for a plain number,
/// missing for a missing cell.
fn unit_text(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Num(q) => Some(Rc::from(q.unit.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::number::Num;
    use crate::units::{Quantity, Unit};

    fn q(x: i64, unit: &str) -> Value {
        Value::Num(Quantity::new(
            Num::int(x),
            Unit::from_names(Some(unit), &[]),
        ))
    }

    #[test]
    fn a_column_of_mixed_units_becomes_numbers_and_units() {
        let mut cols = IndexMap::new();
        cols.insert(
            Rc::from("volume"),
            Column::Any(vec![q(12000, "visits"), Value::Nil, q(208, "laporan")]),
        );
        let t = Table::from_columns(cols);
        let out = numeric_quantities(&t);
        assert_eq!(out.headers(), ["volume", "volume_unit"]);
        let Column::Num(v, _) = out.columns["volume"].as_ref() else {
            panic!("not numeric");
        };
        assert_eq!(v[0], 12000.0);
        assert!(v[1].is_nan());
        assert_eq!(v[2], 208.0);
        assert_eq!(out.columns["volume_unit"].text(0), Some("visits"));
        assert_eq!(out.columns["volume_unit"].text(1), None);
        assert_eq!(out.columns["volume_unit"].text(2), Some("laporan"));
    }

    #[test]
    fn a_table_without_them_is_not_copied() {
        let mut cols = IndexMap::new();
        cols.insert(Rc::from("name"), Column::Any(vec![Value::Bool(true)]));
        let t = Table::from_columns(cols);
        assert!(matches!(numeric_quantities(&t), Cow::Borrowed(_)));
    }
}
