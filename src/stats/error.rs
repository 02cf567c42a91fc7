//! Errors and notes of the statistics kernel, worded for health-workforce
//! planners rather than for programmers: each message says what is wrong with
//! the data and, where it helps, what to do about it.
//!
//! `StatsError` is for "this statistic cannot be computed at all";
//! `Note` is for "this one cell of the output is blank, and here is why"
//! (the equivalent of an SPSS footnote).

use std::fmt;

/// Why a computation could not be carried out.
#[derive(Debug, Clone, PartialEq)]
pub enum StatsError {
    /// The input has no values at all.
    Empty { what: &'static str },
    /// A value that must be a finite number is NaN or infinite.
    /// `position` is 1-based, as planners count.
    NotFinite { what: &'static str, position: usize },
    /// Fewer valid cases than the statistic needs.
    TooFewCases {
        what: &'static str,
        needed: usize,
        found: usize,
    },
    /// Two inputs that must be paired case by case have different lengths.
    LengthMismatch {
        what: &'static str,
        expected: usize,
        found: usize,
    },
    /// A variable is constant, so a correlation involving it is undefined.
    ZeroVariance { what: &'static str },
    /// A crosstab with fewer than 2 rows or 2 columns.
    TableTooSmall { rows: usize, cols: usize },
    /// A crosstab whose rows do not all have the same number of cells.
    RaggedTable {
        row: usize,
        expected: usize,
        found: usize,
    },
    /// A cell count that is negative, NaN or infinite (1-based position).
    InvalidCount { row: usize, col: usize, value: f64 },
    /// An exact test was asked for on a table with a fractional count.
    NonIntegerCount { row: usize, col: usize, value: f64 },
    /// A row or column of a crosstab with no cases (1-based index).
    EmptyRowOrColumn { is_row: bool, index: usize },
    /// A statistic that exists only for 2×2 tables was asked for on another shape.
    NotTwoByTwo { rows: usize, cols: usize },
    /// An exact computation would need more work than the budget allows.
    TooLargeForExact { budget: u64 },
    /// A scale with fewer than 2 items.
    TooFewItems { found: usize },
    /// Fewer than 2 respondents answered every item.
    TooFewCompleteCases { found: usize },
    /// Every respondent has the same total score.
    ZeroTotalVariance,
    /// An item (1-based) whose answers or validity mask do not cover every respondent.
    ItemLengthMismatch {
        item: usize,
        mask: bool,
        expected: usize,
        found: usize,
    },
    /// An answer marked valid that is NaN or infinite (1-based item and respondent).
    NotFiniteAnswer { item: usize, respondent: usize },
    /// A parameter outside its allowed range, e.g. a confidence level of 1.5.
    InvalidParameter {
        what: &'static str,
        value: f64,
        allowed: &'static str,
    },
    /// A test that is undefined for these data, and why (e.g. every case has the same value).
    Undefined {
        what: &'static str,
        why: &'static str,
    },
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use StatsError::*;
        match self {
            Empty { what } => write!(f, "there is no data: {what} is empty"),
            NotFinite { what, position } => write!(
                f,
                "value {position} of {what} is not a valid number (it is missing, NaN or infinite)"
            ),
            TooFewCases {
                what,
                needed,
                found,
            } => write!(
                f,
                "{what} needs at least {needed} valid cases; found {found}"
            ),
            LengthMismatch {
                what,
                expected,
                found,
            } => write!(
                f,
                "{what} must have one value per case: expected {expected} values but found {found}"
            ),
            ZeroVariance { what } => write!(
                f,
                "{what} has zero variance (every case has the same value), so its correlation is undefined"
            ),
            TableTooSmall { rows, cols } => write!(
                f,
                "a crosstab needs at least 2 rows and 2 columns; this one has {} and {}",
                plural(*rows, "row", "rows"),
                plural(*cols, "column", "columns")
            ),
            RaggedTable {
                row,
                expected,
                found,
            } => write!(
                f,
                "every row of a crosstab must have the same number of cells: row 1 has {expected} but row {row} has {found}"
            ),
            InvalidCount { row, col, value } => write!(
                f,
                "the count in row {row}, column {col} is {value}; counts must be zero or positive numbers"
            ),
            NonIntegerCount { row, col, value } => write!(
                f,
                "Fisher's exact test needs whole-number counts, but the count in row {row}, column {col} is {value}"
            ),
            EmptyRowOrColumn { is_row, index } => write!(
                f,
                "{} {index} of the crosstab has no cases; remove empty rows and columns before testing",
                if *is_row { "row" } else { "column" }
            ),
            NotTwoByTwo { rows, cols } => write!(
                f,
                "this statistic is only defined for a 2×2 table; this one is {rows}×{cols}"
            ),
            TooLargeForExact { budget } => write!(
                f,
                "the table is too large to compute Fisher's exact test exactly (it would take more than {budget} steps); use the chi-square test (in a table larger than 2×2, merging categories also helps)"
            ),
            TooFewItems { found } => write!(
                f,
                "a scale needs at least 2 items; found {found}"
            ),
            TooFewCompleteCases { found } => write!(
                f,
                "reliability needs at least 2 respondents with complete answers; found {found}"
            ),
            ZeroTotalVariance => write!(
                f,
                "every respondent has the same total score, so the total has zero variance and Cronbach's alpha is undefined"
            ),
            ItemLengthMismatch {
                item,
                mask: false,
                expected,
                found,
            } => write!(
                f,
                "item {item} has {found} answers but item 1 has {expected}; every item needs one entry per respondent"
            ),
            ItemLengthMismatch {
                item,
                mask: true,
                expected,
                found,
            } => write!(
                f,
                "the validity mask of item {item} has {found} entries but there are {expected} respondents"
            ),
            NotFiniteAnswer { item, respondent } => write!(
                f,
                "the answer of respondent {respondent} to item {item} is not a valid number (NaN or infinite); mark it as missing instead"
            ),
            InvalidParameter {
                what,
                value,
                allowed,
            } => write!(f, "{what} must be {allowed}; got {value}"),
            Undefined { what, why } => write!(f, "{what} cannot be computed: {why}"),
        }
    }
}

impl std::error::Error for StatsError {}

/// Why one field of a result is `None` (the SPSS footnote for a blank cell).
/// Item and cell numbers are 1-based.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    /// An item with zero variance: its correlations are undefined.
    ItemZeroVariance { item: usize },
    /// Dropping this item leaves a total score with zero variance.
    ZeroVarianceIfDeleted { item: usize },
    /// With 2 items, dropping one leaves a single item, for which alpha is undefined.
    TwoItemScale,
    /// The mean inter-item correlation is −1/(k − 1), where standardized alpha divides by zero.
    StandardizedAlphaUndefined,
    /// The inter-item correlation matrix cannot be inverted (an item is a linear combination
    /// of others), so the squared multiple correlations are undefined.
    SingularCorrelations,
    /// A 2×2 cell with count 0: SPSS prints no Risk Estimate for the table.
    ZeroCell {
        cell: char,
        row: usize,
        col: usize,
        affects: &'static str,
    },
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Note::ItemZeroVariance { item } => write!(
                f,
                "item {item} has zero variance, so its correlation is undefined"
            ),
            Note::ZeroVarianceIfDeleted { item } => write!(
                f,
                "without item {item} the remaining items' total has zero variance, so its item-total correlation and alpha if deleted are undefined"
            ),
            Note::StandardizedAlphaUndefined => write!(
                f,
                "the mean inter-item correlation is -1/(k-1), so standardized alpha is undefined"
            ),
            Note::TwoItemScale => write!(
                f,
                "the scale has only 2 items, so alpha if item deleted is undefined (one item would be left)"
            ),
            Note::SingularCorrelations => write!(
                f,
                "the determinant of the inter-item correlation matrix is zero or approximately zero (an item is a linear combination of others), so the squared multiple correlations, which need its inverse, are left blank, as SPSS leaves them"
            ),
            Note::ZeroCell {
                cell,
                row,
                col,
                affects,
            } => write!(
                f,
                "cell {cell} (row {row}, column {col}) has count 0, so the {affects} is left out, as SPSS leaves it out (no 0.5 is added to the cells)"
            ),
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
