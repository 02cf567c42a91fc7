//! Dictionary-encoded text columns: one `u32` code per cell into a list of distinct levels.
//!
//! Survey and staffing files repeat a few labels (facility ids, cadres, activities) over a
//! million rows; a code per cell costs 4 bytes where an `Rc<str>` per cell cost 16 plus a heap
//! block, and grouping or cross-tabulating can work on the codes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// The code of a missing cell.
pub const MISSING: u32 = u32::MAX;

/// Text cells as codes into `levels`, in order of first appearance; [`MISSING`] is no value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StrColumn {
    codes: Vec<u32>,
    levels: Vec<Rc<str>>,
}

impl StrColumn {
    /// Parts made elsewhere; every code must be [`MISSING`] or index `levels`.
    pub fn from_parts(codes: Vec<u32>, levels: Vec<Rc<str>>) -> StrColumn {
        debug_assert!(codes
            .iter()
            .all(|&c| c == MISSING || (c as usize) < levels.len()));
        StrColumn { codes, levels }
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// Cell `i`, `None` when missing.
    pub fn get(&self, i: usize) -> Option<&Rc<str>> {
        match self.codes[i] {
            MISSING => None,
            c => Some(&self.levels[c as usize]),
        }
    }

    /// The cells in order.
    pub fn iter(&self) -> impl Iterator<Item = Option<&Rc<str>>> + '_ {
        self.codes.iter().map(move |&c| match c {
            MISSING => None,
            c => Some(&self.levels[c as usize]),
        })
    }

    /// One code per cell ([`MISSING`] for a missing cell).
    pub fn codes(&self) -> &[u32] {
        &self.codes
    }

    /// The distinct texts, in order of first appearance.
    pub fn levels(&self) -> &[Rc<str>] {
        &self.levels
    }
}

impl FromIterator<Option<Rc<str>>> for StrColumn {
    fn from_iter<I: IntoIterator<Item = Option<Rc<str>>>>(iter: I) -> StrColumn {
        let iter = iter.into_iter();
        let mut b = StrBuilder::with_capacity(iter.size_hint().0);
        for s in iter {
            b.push_rc(s);
        }
        b.finish()
    }
}

impl From<Vec<Option<Rc<str>>>> for StrColumn {
    fn from(v: Vec<Option<Rc<str>>>) -> StrColumn {
        v.into_iter().collect()
    }
}

/// FxHash (the rustc hasher): the keys are short labels from our own files, so a fast
/// non-keyed hash is enough and SipHash would dominate reading a large file.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Index = HashMap<Rc<str>, u32, BuildHasherDefault<FxHasher>>;

/// Builds a [`StrColumn`] cell by cell, sharing one `Rc<str>` per distinct text.
#[derive(Default)]
pub struct StrBuilder {
    col: StrColumn,
    index: Index,
    /// The last code pushed: files are often sorted, so a run of equal cells skips the hash.
    last: u32,
}

impl StrBuilder {
    pub fn with_capacity(n: usize) -> StrBuilder {
        StrBuilder {
            col: StrColumn {
                codes: Vec::with_capacity(n),
                levels: Vec::new(),
            },
            index: Index::default(),
            last: MISSING,
        }
    }

    pub fn push_missing(&mut self) {
        self.col.codes.push(MISSING);
    }

    /// Push `n` missing cells.
    pub fn push_missing_n(&mut self, n: usize) {
        self.col.codes.resize(self.col.codes.len() + n, MISSING);
    }

    /// Push a text, copying it only the first time it is seen.
    pub fn push_str(&mut self, s: &str) {
        let code = self.code_of(s, |s| Rc::from(s));
        self.col.codes.push(code);
    }

    /// Push a cell, keeping the given `Rc` when its text is new.
    pub fn push_rc(&mut self, s: Option<Rc<str>>) {
        match s {
            None => self.push_missing(),
            Some(rc) => {
                let code = self.code_of(&rc.clone(), |_| rc);
                self.col.codes.push(code);
            }
        }
    }

    fn code_of(&mut self, s: &str, make: impl FnOnce(&str) -> Rc<str>) -> u32 {
        if self.last != MISSING && &*self.col.levels[self.last as usize] == s {
            return self.last;
        }
        let code = match self.index.get(s) {
            Some(&c) => c,
            None => {
                // MISSING is the one code a level may not take.
                let c = u32::try_from(self.col.levels.len())
                    .ok()
                    .filter(|&c| c != MISSING)
                    .expect("fewer than 4 billion distinct texts in a column");
                let rc = make(s);
                self.col.levels.push(rc.clone());
                self.index.insert(rc, c);
                c
            }
        };
        self.last = code;
        code
    }

    pub fn len(&self) -> usize {
        self.col.len()
    }

    pub fn is_empty(&self) -> bool {
        self.col.is_empty()
    }

    pub fn finish(mut self) -> StrColumn {
        self.col.codes.shrink_to_fit();
        self.col
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rc(s: &str) -> Option<Rc<str>> {
        Some(Rc::from(s))
    }

    #[test]
    fn levels_in_order_of_first_appearance_and_missing_cells() {
        let c: StrColumn = vec![rc("bidan"), None, rc("perawat"), rc("bidan"), None]
            .into_iter()
            .collect();
        assert_eq!(c.len(), 5);
        assert_eq!(c.levels(), &[Rc::from("bidan"), Rc::from("perawat")]);
        assert_eq!(c.codes(), &[0, MISSING, 1, 0, MISSING]);
        assert_eq!(c.get(1), None);
        assert_eq!(c.get(3).map(|s| &**s), Some("bidan"));
        let back: Vec<Option<&str>> = c.iter().map(|s| s.map(|s| &**s)).collect();
        assert_eq!(
            back,
            vec![Some("bidan"), None, Some("perawat"), Some("bidan"), None]
        );
    }

    #[test]
    fn equal_texts_share_one_level() {
        let mut b = StrBuilder::with_capacity(4);
        b.push_str("a");
        b.push_str("b");
        b.push_str("a");
        b.push_missing_n(2);
        b.push_str("b");
        let c = b.finish();
        assert_eq!(c.levels().len(), 2);
        assert_eq!(c.codes(), &[0, 1, 0, MISSING, MISSING, 1]);
        // An empty text is a value, not a missing cell.
        let e: StrColumn = vec![rc(""), None].into();
        assert_eq!(e.get(0).map(|s| &**s), Some(""));
        assert_eq!(e.get(1), None);
    }
}
