//! Crosstabulation of an R×C table of counts (SPSS CROSSTABS): totals,
//! expected counts, row / column / total percentages and the "Chi-Square
//! Tests" table (Pearson, continuity correction, likelihood ratio,
//! linear-by-linear association with its r, Fisher's exact test for 2×2)
//! with the expected-count footnote, and the "Symmetric Measures" table (phi,
//! Cramér's V and the contingency coefficient with their approximate
//! significance, which is the Pearson chi-square's p, as SPSS prints it).
//!
//! SPSS vs R: SPSS's "Pearson Chi-Square" row is always uncorrected, and the
//! Yates "Continuity Correction" row is printed separately and only for 2×2
//! tables. R's `chisq.test(m)` applies the Yates correction to 2×2 tables by
//! default, so the SPSS Pearson row equals R's `chisq.test(m, correct = FALSE)`
//! and the SPSS continuity row equals R's `chisq.test(m)`. The two corrected
//! statistics agree, including the rule that the statistic is 0 when
//! |ad − bc| ≤ N/2.

use super::distributions::chi_square_sf;
use super::fisher::{fisher_2x2_counts, Fisher2x2};
use super::{integer_counts, validate_table, Result};

/// A test statistic with its degrees of freedom and asymptotic p-value
/// (SPSS "Value", "df", "Asymptotic Significance (2-sided)").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TestStatistic {
    pub value: f64,
    pub df: usize,
    pub p: f64,
}

/// SPSS's "Chi-Square Tests" table.
#[derive(Debug, Clone, PartialEq)]
pub struct ChiSquareTests {
    /// Pearson chi-square, uncorrected, df = (R − 1)(C − 1).
    pub pearson: TestStatistic,
    /// Yates continuity-corrected chi-square; `None` unless the table is 2×2
    /// (SPSS computes it only for 2×2 tables).
    pub continuity_correction: Option<TestStatistic>,
    /// Likelihood ratio G² = 2 Σ O ln(O / E); cells with count 0 contribute 0.
    pub likelihood_ratio: TestStatistic,
    /// Linear-by-linear association M² = (N − 1) r², r the Pearson
    /// correlation between row scores 1..R and column scores 1..C; df 1.
    pub linear_by_linear: TestStatistic,
    /// That r (SPSS's "Pearson's R" of the Symmetric Measures, interval by
    /// interval), signed: positive when higher rows go with higher columns.
    pub linear_by_linear_r: f64,
    /// N of valid cases (the table total).
    pub n_valid: f64,
    /// Number of cells whose expected count is below 5 (SPSS footnote a).
    pub cells_expected_below_5: usize,
    /// The same as a percent of all R·C cells.
    pub percent_cells_expected_below_5: f64,
    /// Smallest expected count.
    pub min_expected: f64,
}

/// SPSS's "Symmetric Measures" (CROSSTABS /STATISTICS=PHI CC), nominal by
/// nominal. Each has the Pearson chi-square's p as its "Approximate
/// Significance": SPSS tests all three against independence with that test.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SymmetricMeasures {
    /// Phi: √(χ²/N), signed on a 2×2 table as SPSS signs it,
    /// (ad − bc) / √(r₁r₂c₁c₂).
    pub phi: f64,
    /// Cramér's V: √(χ² / (N · (min(R, C) − 1))); equal to |phi| on 2×2.
    pub cramers_v: f64,
    /// Contingency coefficient √(χ² / (χ² + N)).
    pub contingency: f64,
    /// The approximate significance of all three (the Pearson chi-square p).
    pub p: f64,
}

/// Everything SPSS CROSSTABS shows for one table. Matrices are row-major,
/// `[row][column]`, in the order of the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Crosstab {
    pub counts: Vec<Vec<f64>>,
    pub row_totals: Vec<f64>,
    pub col_totals: Vec<f64>,
    pub total: f64,
    /// Expected counts under independence: row total × column total / N.
    pub expected: Vec<Vec<f64>>,
    /// Percent within row ("% within" the row variable).
    pub row_percent: Vec<Vec<f64>>,
    /// Percent within column.
    pub col_percent: Vec<Vec<f64>>,
    /// Percent of the grand total.
    pub total_percent: Vec<Vec<f64>>,
    pub tests: ChiSquareTests,
    /// SPSS's "Symmetric Measures", nominal by nominal.
    pub symmetric: SymmetricMeasures,
    /// Fisher's exact test, as SPSS prints it: `Some` for a 2×2 table of
    /// whole-number counts, `None` otherwise (a larger table needs
    /// [`super::fisher::fisher_exact`], which can be slow; fractional weighted
    /// counts have no exact test).
    pub fisher: Option<Fisher2x2>,
}

/// Crosstab and chi-square tests for a table of counts given as rows
/// (`table[row][column]`). Counts must be finite and non-negative; every row
/// and column must have at least one case.
pub fn crosstab(table: &[Vec<f64>]) -> Result<Crosstab> {
    let (r, c) = validate_table(table)?;
    let row_totals: Vec<f64> = table.iter().map(|row| row.iter().sum()).collect();
    let col_totals: Vec<f64> = (0..c)
        .map(|j| table.iter().map(|row| row[j]).sum())
        .collect();
    let n: f64 = row_totals.iter().sum();
    let expected: Vec<Vec<f64>> = row_totals
        .iter()
        .map(|ri| col_totals.iter().map(|cj| ri * cj / n).collect())
        .collect();

    let mut pearson = 0.0f64;
    let mut g2 = 0.0;
    let mut below_5 = 0usize;
    let mut min_expected = f64::INFINITY;
    for i in 0..r {
        for j in 0..c {
            let (o, e) = (table[i][j], expected[i][j]);
            pearson += (o - e) * (o - e) / e;
            if o > 0.0 {
                g2 += o * (o / e).ln();
            }
            if e < 5.0 {
                below_5 += 1;
            }
            min_expected = min_expected.min(e);
        }
    }
    // Rounding can leave G² a hair below 0 for a table exactly at independence.
    g2 = (2.0 * g2).max(0.0);
    let df = (r - 1) * (c - 1);

    let continuity_correction = if r == 2 && c == 2 {
        let (a, b, cc, d) = (table[0][0], table[0][1], table[1][0], table[1][1]);
        // SPSS's closed form; equal to R's min(0.5, |O − E|) rule.
        let diff = (a * d - b * cc).abs();
        let value = if diff > n / 2.0 {
            n * (diff - n / 2.0).powi(2)
                / (row_totals[0] * row_totals[1] * col_totals[0] * col_totals[1])
        } else {
            0.0
        };
        Some(stat(value, 1)?)
    } else {
        None
    };

    let fisher = if r == 2 && c == 2 {
        match integer_counts(table) {
            // `None` also when the table is too large for the exact walk: the report says so.
            Ok(t) => fisher_2x2_counts(t[0][0], t[0][1], t[1][0], t[1][1]).ok(),
            Err(_) => None,
        }
    } else {
        None
    };

    let percent = |den: &dyn Fn(usize, usize) -> f64| -> Vec<Vec<f64>> {
        (0..r)
            .map(|i| (0..c).map(|j| 100.0 * table[i][j] / den(i, j)).collect())
            .collect()
    };
    let row_percent = percent(&|i, _| row_totals[i]);
    let col_percent = percent(&|_, j| col_totals[j]);
    let total_percent = percent(&|_, _| n);

    let pearson = stat(pearson, df)?;
    let lbl_r = linear_by_linear_r(table, &row_totals, &col_totals, n);
    let symmetric = symmetric_measures(table, &row_totals, &col_totals, pearson);
    Ok(Crosstab {
        counts: table.to_vec(),
        symmetric,
        tests: ChiSquareTests {
            pearson,
            continuity_correction,
            likelihood_ratio: stat(g2, df)?,
            // M² = (N − 1) r²
            linear_by_linear: stat((n - 1.0) * lbl_r * lbl_r, 1)?,
            linear_by_linear_r: lbl_r,
            n_valid: n,
            cells_expected_below_5: below_5,
            percent_cells_expected_below_5: 100.0 * below_5 as f64 / (r * c) as f64,
            min_expected,
        },
        row_totals,
        col_totals,
        total: n,
        expected,
        row_percent,
        col_percent,
        total_percent,
        fisher,
    })
}

fn stat(value: f64, df: usize) -> Result<TestStatistic> {
    Ok(TestStatistic {
        value,
        df,
        p: chi_square_sf(value, df as f64)?,
    })
}

/// Phi, Cramér's V and the contingency coefficient from the Pearson
/// chi-square (see [`SymmetricMeasures`]).
fn symmetric_measures(
    table: &[Vec<f64>],
    rows: &[f64],
    cols: &[f64],
    pearson: TestStatistic,
) -> SymmetricMeasures {
    let n: f64 = rows.iter().sum();
    let chi2 = pearson.value;
    let k = rows.len().min(cols.len()) as f64;
    let phi = if table.len() == 2 && cols.len() == 2 {
        let (a, b, c, d) = (table[0][0], table[0][1], table[1][0], table[1][1]);
        // The margins are positive (validate_table), so the root is too.
        let den = (rows[0] * rows[1]).sqrt() * (cols[0] * cols[1]).sqrt();
        ((a * d - b * c) / den).clamp(-1.0, 1.0)
    } else {
        (chi2 / n).sqrt()
    };
    SymmetricMeasures {
        phi,
        cramers_v: (chi2 / (n * (k - 1.0))).sqrt().min(1.0),
        contingency: (chi2 / (chi2 + n)).sqrt(),
        p: pearson.p,
    }
}

/// The count-weighted correlation r of the row and column index scores,
/// computed from centred sums so that it matches a correlation of the
/// expanded case-level data.
fn linear_by_linear_r(table: &[Vec<f64>], rows: &[f64], cols: &[f64], n: f64) -> f64 {
    let mean_r = rows
        .iter()
        .enumerate()
        .map(|(i, t)| (i + 1) as f64 * t)
        .sum::<f64>()
        / n;
    let mean_c = cols
        .iter()
        .enumerate()
        .map(|(j, t)| (j + 1) as f64 * t)
        .sum::<f64>()
        / n;
    let srr: f64 = rows
        .iter()
        .enumerate()
        .map(|(i, t)| t * ((i + 1) as f64 - mean_r).powi(2))
        .sum();
    let scc: f64 = cols
        .iter()
        .enumerate()
        .map(|(j, t)| t * ((j + 1) as f64 - mean_c).powi(2))
        .sum();
    let mut src = 0.0;
    for (i, row) in table.iter().enumerate() {
        for (j, o) in row.iter().enumerate() {
            src += o * ((i + 1) as f64 - mean_r) * ((j + 1) as f64 - mean_c);
        }
    }
    // srr and scc are positive: validate_table guarantees ≥ 2 non-empty rows and columns.
    (src / (srr.sqrt() * scc.sqrt())).clamp(-1.0, 1.0)
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;
    use crate::stats::fisher::OneSidedDirection;
    use crate::stats::table as t;
    use crate::stats::StatsError;

    /// Reference values for a 2×2 table, all from R (see each test).
    struct Ref2x2 {
        pearson: f64,
        pearson_p: f64,
        yates: f64,
        yates_p: f64,
        lr: f64,
        lr_p: f64,
        lbl: f64,
        lbl_p: f64,
        fisher_two: f64,
        fisher_greater: f64,
        fisher_less: f64,
        min_expected: f64,
        below_5: usize,
    }

    fn check_2x2(m: &[Vec<f64>], r: &Ref2x2, expect_greater: bool) {
        let x = crosstab(m).unwrap();
        let s = &x.tests;
        assert_rel(s.pearson.value, r.pearson, 1e-9, "Pearson");
        assert_eq!(s.pearson.df, 1);
        assert_rel(s.pearson.p, r.pearson_p, 1e-6, "Pearson p");
        let y = s.continuity_correction.unwrap();
        assert_rel(y.value, r.yates, 1e-9, "Yates");
        assert_rel(y.p, r.yates_p, 1e-6, "Yates p");
        assert_rel(s.likelihood_ratio.value, r.lr, 1e-9, "LR");
        assert_rel(s.likelihood_ratio.p, r.lr_p, 1e-6, "LR p");
        assert_rel(s.linear_by_linear.value, r.lbl, 1e-9, "linear-by-linear");
        assert_eq!(s.linear_by_linear.df, 1);
        assert_rel(s.linear_by_linear.p, r.lbl_p, 1e-6, "linear-by-linear p");
        assert_rel(s.min_expected, r.min_expected, 1e-12, "min expected");
        assert_eq!(s.cells_expected_below_5, r.below_5);
        assert_rel(
            s.percent_cells_expected_below_5,
            25.0 * r.below_5 as f64,
            1e-12,
            "% cells",
        );
        let f = x.fisher.unwrap();
        assert_rel(f.p_two_sided, r.fisher_two, 1e-6, "Fisher 2-sided");
        assert_rel(f.p_greater, r.fisher_greater, 1e-6, "Fisher greater");
        assert_rel(f.p_less, r.fisher_less, 1e-6, "Fisher less");
        let (dir, one) = if expect_greater {
            (OneSidedDirection::Greater, r.fisher_greater)
        } else {
            (OneSidedDirection::Less, r.fisher_less)
        };
        assert_eq!(f.direction, dir);
        assert_rel(f.p_one_sided, one, 1e-6, "Fisher 1-sided");
    }

    // For every 2×2 below, with m the matrix given row by row:
    //   pearson/pearson_p:  chisq.test(m, correct=FALSE)$statistic / $p.value
    //   yates/yates_p:      chisq.test(m)$statistic / $p.value
    //   lr/lr_p:            MASS::loglm(~1+2, data=as.table(m))$lrt;
    //                       pchisq(lrt, 1, lower.tail=FALSE)
    //   lbl/lbl_p:          (N-1)*cor(rep(row(m),m), rep(col(m),m))^2;
    //                       pchisq(M2, 1, lower.tail=FALSE)
    //   fisher_*:           fisher.test(m)$p.value,
    //                       fisher.test(m, alternative="greater"/"less")$p.value
    //   min_expected/below_5: min(chisq.test(m)$expected), sum(expected < 5)
    #[test]
    fn table_32_13_31_29() {
        let m = t(&[&[32.0, 13.0], &[31.0, 29.0]]);
        let r = Ref2x2 {
            pearson: 4.0509259259259256,
            pearson_p: 0.044147124184089302,
            yates: 3.28125,
            yates_p: 0.070075538593341341,
            lr: 4.11762441644,
            lr_p: 0.042438631635183494,
            lbl: 4.0123456790123466,
            lbl_p: 0.045168268555040671,
            fisher_two: 0.047763621587074694,
            fisher_greater: 0.034375913198271761,
            fisher_less: 0.98714715259949448,
            min_expected: 18.0,
            below_5: 0,
        };
        // a = 32 > E(a) = 27: SPSS's 1-sided is the upper tail.
        check_2x2(&m, &r, true);
        let x = crosstab(&m).unwrap();
        // chisq.test(m)$expected = 27, 18, 36, 24 (row by row)
        assert_eq!(x.expected, t(&[&[27.0, 18.0], &[36.0, 24.0]]));
        assert_eq!(
            (x.row_totals.clone(), x.col_totals.clone(), x.total),
            (vec![45.0, 60.0], vec![63.0, 42.0], 105.0)
        );
        // 100*prop.table(m,1)[1,1]; 100*prop.table(m,2)[2,2]; 100*prop.table(m)[1,2]
        assert_rel(x.row_percent[0][0], 71.111111111111114, 1e-12, "row %");
        assert_rel(x.col_percent[1][1], 69.047619047619051, 1e-12, "col %");
        assert_rel(x.total_percent[0][1], 12.380952380952381, 1e-12, "total %");
    }

    #[test]
    fn table_2_8_19_16() {
        let m = t(&[&[2.0, 8.0], &[19.0, 16.0]]);
        let r = Ref2x2 {
            pearson: 3.6734693877551035,
            pearson_p: 0.055284992717023973,
            yates: 2.4250637755102051,
            yates_p: 0.11940838199542619,
            lr: 3.9122053832186481,
            lr_p: 0.047936652574002647,
            lbl: 3.5918367346938784,
            lbl_p: 0.058064034166922643,
            fisher_two: 0.07756222560533392,
            fisher_greater: 0.99077833451060904,
            fisher_less: 0.057635409308693437,
            min_expected: 4.666666666666667,
            below_5: 1,
        };
        check_2x2(&m, &r, false);
    }

    #[test]
    fn table_2_13_14_16() {
        let m = t(&[&[2.0, 13.0], &[14.0, 16.0]]);
        let r = Ref2x2 {
            pearson: 4.8491379310344831,
            pearson_p: 0.027659952952099314,
            yates: 3.5035021551724141,
            yates_p: 0.061239198599198422,
            lr: 5.3379942527846422,
            lr_p: 0.020865467365452861,
            lbl: 4.7413793103448283,
            lbl_p: 0.029445454315782559,
            fisher_two: 0.046272891784362204,
            fisher_greater: 0.99617679484292476,
            fisher_less: 0.027437119362539779,
            min_expected: 5.333333333333333,
            below_5: 0,
        };
        check_2x2(&m, &r, false);
    }

    #[test]
    fn table_with_zero_cell() {
        let m = t(&[&[0.0, 5.0], &[6.0, 4.0]]);
        let r = Ref2x2 {
            pearson: 5.0,
            pearson_p: 0.025347318677468304,
            yates: 2.8125,
            yates_p: 0.093532512689093072,
            // also 2*sum(m[m>0]*log(m[m>0]/E[m>0])): the zero cell contributes 0
            lr: 6.7301166700925634,
            lr_p: 0.0094798399087085462,
            lbl: 4.6666666666666643,
            lbl_p: 0.030753561259274625,
            fisher_two: 0.043956043956043932,
            fisher_greater: 1.0,
            fisher_less: 0.041958041958041953,
            min_expected: 2.0,
            below_5: 3,
        };
        check_2x2(&m, &r, false);
    }

    #[test]
    fn table_3x4() {
        let m = t(&[
            &[8.0, 12.0, 5.0, 10.0],
            &[6.0, 9.0, 14.0, 7.0],
            &[11.0, 4.0, 6.0, 13.0],
        ]);
        let x = crosstab(&m).unwrap();
        let s = &x.tests;
        // chisq.test(m, correct=FALSE)
        assert_rel(s.pearson.value, 13.008202614379087, 1e-9, "Pearson");
        assert_eq!(s.pearson.df, 6);
        assert_rel(s.pearson.p, 0.042905873522991814, 1e-6, "Pearson p");
        assert!(s.continuity_correction.is_none());
        // MASS::loglm(~1+2, data=as.table(m))$lrt; pchisq(lrt, 6, lower.tail=FALSE)
        assert_rel(s.likelihood_ratio.value, 13.024469756184052, 1e-9, "LR");
        assert_rel(s.likelihood_ratio.p, 0.04264900681971534, 1e-6, "LR p");
        // (N-1)*cor(rep(row(m),m), rep(col(m),m))^2; pchisq(M2, 1, lower.tail=FALSE)
        assert_rel(s.linear_by_linear.value, 0.23212531605103315, 1e-9, "lbl");
        assert_rel(s.linear_by_linear.p, 0.629952397070764, 1e-6, "lbl p");
        // min(chisq.test(m)$expected)
        assert_rel(s.min_expected, 8.0952380952380949, 1e-12, "min E");
        assert_eq!(s.cells_expected_below_5, 0);
        assert_eq!(s.percent_cells_expected_below_5, 0.0);
        // chisq.test(m)$expected[2,4]
        assert_rel(x.expected[1][3], 10.285714285714286, 1e-12, "E[2,4]");
        assert!(x.fisher.is_none());
    }

    #[test]
    fn fractional_counts_give_chi_square_but_no_fisher() {
        let x = crosstab(&t(&[&[2.5, 3.0], &[4.0, 1.5]])).unwrap();
        assert!(x.fisher.is_none());
        assert!(x.tests.pearson.value.is_finite());
    }

    #[test]
    fn exact_independence_has_zero_statistics() {
        let x = crosstab(&t(&[&[10.0, 20.0], &[5.0, 10.0]])).unwrap();
        assert_eq!(x.tests.pearson.value, 0.0);
        assert_eq!(x.tests.pearson.p, 1.0);
        assert_eq!(x.tests.continuity_correction.unwrap().value, 0.0);
        assert!(x.tests.likelihood_ratio.value >= 0.0);
    }

    #[test]
    fn errors() {
        let e = crosstab(&t(&[&[1.0, 2.0]])).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a crosstab needs at least 2 rows and 2 columns; this one has 1 row and 2 columns"
        );
        assert!(matches!(
            crosstab(&[]).unwrap_err(),
            StatsError::TableTooSmall { rows: 0, cols: 0 }
        ));
        assert!(matches!(
            crosstab(&t(&[&[1.0], &[2.0]])).unwrap_err(),
            StatsError::TableTooSmall { rows: 2, cols: 1 }
        ));
        assert_eq!(
            crosstab(&t(&[&[1.0, 2.0], &[3.0]])).unwrap_err(),
            StatsError::RaggedTable {
                row: 2,
                expected: 2,
                found: 1
            }
        );
        assert!(matches!(
            crosstab(&t(&[&[1.0, -2.0], &[3.0, 4.0]])).unwrap_err(),
            StatsError::InvalidCount { row: 1, col: 2, .. }
        ));
        assert!(matches!(
            crosstab(&t(&[&[1.0, f64::NAN], &[3.0, 4.0]])).unwrap_err(),
            StatsError::InvalidCount { row: 1, col: 2, .. }
        ));
        assert!(crosstab(&t(&[&[1.0, f64::INFINITY], &[3.0, 4.0]])).is_err());
        let e = crosstab(&t(&[&[0.0, 0.0], &[3.0, 4.0]])).unwrap_err();
        assert_eq!(
            e,
            StatsError::EmptyRowOrColumn {
                is_row: true,
                index: 1
            }
        );
        assert!(e.to_string().contains("row 1 of the crosstab has no cases"));
        assert_eq!(
            crosstab(&t(&[&[1.0, 0.0], &[3.0, 0.0]])).unwrap_err(),
            StatsError::EmptyRowOrColumn {
                is_row: false,
                index: 2
            }
        );
    }
}
