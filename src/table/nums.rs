//! The numbers of a numeric column. Most are `f64`s; a column read from a data file whose cells
//! are all whole numbers from -127 to 127 (Likert answers, codes, yes/no, staff counts) is kept
//! at one byte a cell instead of eight. A national survey of 300,000 respondents and 100 items
//! is then 30 MB rather than 240 MB, and reliability reads a quarter of the memory.
//!
//! Code that wants floats sees `[f64]` (through `Deref`): a compact column is widened once, on
//! first use, and the widened copy kept. Statistics that can work on the bytes ask for them with
//! [`Nums::small`] and never widen.

use std::cell::OnceCell;
use std::fmt;
use std::ops::Deref;

/// The byte of a missing cell in a compact column (`NaN` in a widened one).
pub const SMALL_MISSING: i8 = i8::MIN;

#[derive(Clone, Default)]
pub struct Nums {
    /// The cells as bytes, for a compact column.
    small: Option<Vec<i8>>,
    /// The cells as floats: set from the start for a float column, on first use for a compact one.
    wide: OnceCell<Vec<f64>>,
}

impl Nums {
    /// A compact column; `SMALL_MISSING` marks a missing cell.
    pub fn from_small(cells: Vec<i8>) -> Nums {
        Nums {
            small: Some(cells),
            wide: OnceCell::new(),
        }
    }

    /// The cells as bytes, if the column is compact.
    pub fn small(&self) -> Option<&[i8]> {
        self.small.as_deref()
    }

    /// The byte for a cell, when it has one: a whole number from -127 to 127 (not `-0`, whose
    /// sign a byte cannot keep).
    pub fn small_cell(x: f64) -> Option<i8> {
        let b = x as i8;
        (b != SMALL_MISSING && f64::from(b).to_bits() == x.to_bits()).then_some(b)
    }

    /// A compact cell as a float.
    pub fn widen(b: i8) -> f64 {
        if b == SMALL_MISSING {
            f64::NAN
        } else {
            f64::from(b)
        }
    }
}

impl From<Vec<f64>> for Nums {
    fn from(v: Vec<f64>) -> Nums {
        Nums {
            small: None,
            wide: OnceCell::from(v),
        }
    }
}

impl FromIterator<f64> for Nums {
    fn from_iter<I: IntoIterator<Item = f64>>(iter: I) -> Nums {
        Nums::from(iter.into_iter().collect::<Vec<f64>>())
    }
}

impl Deref for Nums {
    type Target = [f64];

    fn deref(&self) -> &[f64] {
        self.wide.get_or_init(|| {
            self.small
                .as_deref()
                .unwrap_or_default()
                .iter()
                .map(|&b| Nums::widen(b))
                .collect()
        })
    }
}

/// Shown as its numbers, whatever the storage: a compact column and a float column with the
/// same cells print alike.
impl fmt::Debug for Nums {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_cells_widen_to_the_same_floats() {
        let n = Nums::from_small(vec![1, -3, SMALL_MISSING, 127]);
        assert_eq!(n.small(), Some(&[1, -3, SMALL_MISSING, 127][..]));
        assert_eq!(n.len(), 4);
        assert_eq!((n[0], n[1], n[3]), (1.0, -3.0, 127.0));
        assert!(n[2].is_nan());
        assert_eq!(
            format!("{n:?}"),
            format!("{:?}", vec![1.0, -3.0, f64::NAN, 127.0])
        );
    }

    #[test]
    fn which_numbers_fit_a_byte() {
        assert_eq!(Nums::small_cell(5.0), Some(5));
        assert_eq!(Nums::small_cell(-127.0), Some(-127));
        assert_eq!(Nums::small_cell(-128.0), None, "the missing mark");
        assert_eq!(Nums::small_cell(128.0), None);
        assert_eq!(Nums::small_cell(2.5), None);
        assert_eq!(Nums::small_cell(-0.0), None, "keeps its sign as a float");
        assert_eq!(Nums::small_cell(f64::NAN), None);
    }
}
