//! Scale reliability (SPSS RELIABILITY /MODEL=ALPHA with /STATISTICS=
//! DESCRIPTIVE SCALE and /SUMMARY=TOTAL): Case Processing Summary, Cronbach's
//! alpha raw and standardized, Item Statistics, Scale Statistics and the
//! Item-Total Statistics table, including the uncorrected item-total
//! correlation that Indonesian validity analyses report as "r hitung".
//!
//! Input is column-major, one [`ItemColumn`] per item, matching how a
//! columnar table stores variables: the values plus an optional validity
//! mask. Cases with any missing item are dropped (listwise deletion, SPSS's
//! default). `psych::alpha` in R instead uses pairwise deletion by default, so
//! it agrees with SPSS only on complete data.
//!
//! Cost: one pass over the data accumulating per-item sums and the k×k
//! cross-product matrix, O(n·k²); everything else is derived from the k×k
//! matrix. Values are shifted by the first complete respondent's answers
//! before accumulating, which keeps the sums small, and for whole-number
//! answers (Likert scales) makes every sum, and every variance and covariance
//! numerator, exact — so a zero variance is detected as exactly zero.

use super::inter_item::{pairs, squared_multiple_correlations, summary, Summary};
use super::{Note, Result, StatsError};

/// The answers to one item: floats, or bytes (a compact column of whole numbers, in which
/// `i8::MIN` stands for a missing answer, as `NaN` does among floats).
#[derive(Debug, Clone, Copy)]
pub enum Answers<'a> {
    Wide(&'a [f64]),
    Small(&'a [i8]),
}

impl Answers<'_> {
    pub fn len(&self) -> usize {
        match self {
            Answers::Wide(v) => v.len(),
            Answers::Small(v) => v.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Answer `r` as a float (`NaN` when a byte marks it missing).
    pub fn get(&self, r: usize) -> f64 {
        match self {
            Answers::Wide(v) => v[r],
            Answers::Small(v) if v[r] == i8::MIN => f64::NAN,
            Answers::Small(v) => f64::from(v[r]),
        }
    }

    /// The first answer that is not a finite number (a byte is one unless it marks a gap).
    fn first_not_finite(&self) -> Option<usize> {
        match self {
            Answers::Wide(v) => v.iter().position(|x| !x.is_finite()),
            Answers::Small(v) => v.iter().position(|&b| b == i8::MIN),
        }
    }

    /// `out[k] = answer(from + k) - shift` for a run of respondents.
    fn shifted_run(&self, from: usize, out: &mut [f64], shift: f64) {
        let to = from + out.len();
        match self {
            Answers::Wide(v) => {
                for (c, &x) in out.iter_mut().zip(&v[from..to]) {
                    *c = x - shift;
                }
            }
            Answers::Small(v) => {
                for (c, &b) in out.iter_mut().zip(&v[from..to]) {
                    *c = f64::from(b) - shift;
                }
            }
        }
    }
}

impl<'a> From<&'a [f64]> for Answers<'a> {
    fn from(v: &'a [f64]) -> Self {
        Answers::Wide(v)
    }
}

impl<'a> From<&'a Vec<f64>> for Answers<'a> {
    fn from(v: &'a Vec<f64>) -> Self {
        Answers::Wide(v)
    }
}

impl<'a, const N: usize> From<&'a [f64; N]> for Answers<'a> {
    fn from(v: &'a [f64; N]) -> Self {
        Answers::Wide(v)
    }
}

impl<'a> From<&'a [i8]> for Answers<'a> {
    fn from(v: &'a [i8]) -> Self {
        Answers::Small(v)
    }
}

/// One item of a scale: an answer per respondent and which answers are valid.
#[derive(Debug, Clone, Copy)]
pub struct ItemColumn<'a> {
    /// The answers; entries marked invalid are ignored and may hold anything.
    pub values: Answers<'a>,
    /// `valid[i] == false` marks respondent i's answer as missing;
    /// `None` means every answer is valid.
    pub valid: Option<&'a [bool]>,
}

impl<'a> ItemColumn<'a> {
    /// An item without missing answers.
    pub fn complete(values: impl Into<Answers<'a>>) -> Self {
        ItemColumn {
            values: values.into(),
            valid: None,
        }
    }

    /// An item with a validity mask (`false` = missing).
    pub fn with_mask(values: impl Into<Answers<'a>>, valid: &'a [bool]) -> Self {
        ItemColumn {
            values: values.into(),
            valid: Some(valid),
        }
    }

    fn is_valid(&self, row: usize) -> bool {
        self.valid.is_none_or(|m| m[row])
    }
}

/// Item Statistics and Item-Total Statistics for one item.
#[derive(Debug, Clone, PartialEq)]
pub struct ItemStats {
    pub mean: f64,
    /// Standard deviation (n − 1).
    pub sd: f64,
    /// Number of complete cases used (the same for every item).
    pub n: usize,
    /// Mean of the total score without this item.
    pub scale_mean_if_deleted: f64,
    /// Variance of the total score without this item.
    pub scale_variance_if_deleted: f64,
    /// Correlation of the item with the total of the other items (SPSS
    /// "Corrected Item-Total Correlation", psych `r.drop`). `None` if the item
    /// or the rest-total has zero variance (see `notes`).
    pub corrected_item_total_r: Option<f64>,
    /// Correlation of the item with the total including the item (psych
    /// `raw.r`; the "r hitung" of item validity). `None` if the item has zero
    /// variance.
    pub item_total_r: Option<f64>,
    /// Cronbach's alpha of the other items. `None` for a 2-item scale or when
    /// the rest-total has zero variance (see `notes`).
    pub alpha_if_deleted: Option<f64>,
    /// Squared multiple correlation with the other items (SPSS "Squared
    /// Multiple Correlation", psych `smc`). `None` when an item has zero
    /// variance or the correlation matrix is singular (see `notes`).
    pub smc: Option<f64>,
}

/// Full reliability analysis of a scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Reliability {
    /// Cases with every item answered (Case Processing Summary "Valid").
    pub n_valid: usize,
    /// Cases dropped for a missing answer ("Excluded").
    pub n_excluded: usize,
    pub n_total: usize,
    pub n_items: usize,
    /// Cronbach's alpha from the covariance matrix. Can be negative, which
    /// SPSS also reports (it signals negatively related items).
    pub alpha: f64,
    /// Alpha based on standardized items, k·r̄ / (1 + (k − 1)·r̄). `None` if an
    /// item has zero variance (its correlations are undefined).
    pub standardized_alpha: Option<f64>,
    /// Mean of the k(k − 1)/2 inter-item correlations r̄; `None` as above.
    pub mean_inter_item_r: Option<f64>,
    /// Scale Statistics: mean, variance and SD of the total score.
    pub scale_mean: f64,
    pub scale_variance: f64,
    pub scale_sd: f64,
    /// One entry per item, in input order.
    pub items: Vec<ItemStats>,
    /// Summary Item Statistics: item means and item variances.
    pub item_means: Summary,
    pub item_variances: Summary,
    /// Summary of the k(k − 1)/2 inter-item covariances.
    pub inter_item_covariances: Summary,
    /// Summary of the inter-item correlations; `None` if an item has zero variance.
    pub inter_item_correlations: Option<Summary>,
    /// Why any `Option` above is `None`.
    pub notes: Vec<Note>,
}

/// Reliability of the scale formed by `items` (column-major). Errors: fewer
/// than 2 items, columns or masks of different lengths, a valid answer that
/// is NaN/infinite, fewer than 2 complete respondents, or a total score with
/// zero variance.
pub fn reliability(items: &[ItemColumn<'_>]) -> Result<Reliability> {
    let k = items.len();
    if k < 2 {
        return Err(StatsError::TooFewItems { found: k });
    }
    let n_total = items[0].values.len();
    for (j, item) in items.iter().enumerate() {
        if item.values.len() != n_total {
            return Err(StatsError::ItemLengthMismatch {
                item: j + 1,
                mask: false,
                expected: n_total,
                found: item.values.len(),
            });
        }
        if let Some(m) = item.valid {
            if m.len() != n_total {
                return Err(StatsError::ItemLengthMismatch {
                    item: j + 1,
                    mask: true,
                    expected: n_total,
                    found: m.len(),
                });
            }
        }
        // Checked for every valid answer, also of respondents excluded for a
        // missing answer elsewhere: a NaN marked valid is a data error.
        let bad = match item.valid {
            // Without a mask, a plain scan the compiler can unroll.
            None => item.values.first_not_finite(),
            Some(_) => (0..n_total).find(|&r| item.is_valid(r) && !item.values.get(r).is_finite()),
        };
        if let Some(row) = bad {
            return Err(StatsError::NotFiniteAnswer {
                item: j + 1,
                respondent: row + 1,
            });
        }
    }

    // Upper triangle of the cross-product matrix, row-major: (i, j) with j ≥ i.
    let tri = |i: usize, j: usize| i * k - i * (i + 1) / 2 + j;
    let (cross, sums, shift, n) = accumulate(items, n_total);
    if n < 2 {
        return Err(StatsError::TooFewCompleteCases { found: n });
    }

    // c[i][j] = n·S_ij − S_i·S_j = n(n − 1)·cov_ij: exact for whole numbers.
    let nf = n as f64;
    let mut c = vec![vec![0.0f64; k]; k];
    for i in 0..k {
        for j in i..k {
            let v = nf * cross[tri(i, j)] - sums[i] * sums[j];
            c[i][j] = v;
            c[j][i] = v;
        }
    }
    let scale = nf * (nf - 1.0);
    let row_sum: Vec<f64> = c.iter().map(|r| r.iter().sum()).collect();
    let total: f64 = row_sum.iter().sum();
    let diag_sum: f64 = (0..k).map(|i| c[i][i]).sum();
    // Whole-number data give an exact 0; fractional data may leave rounding
    // dust, which must not pass for a real (tiny) variance.
    let negligible = |v: f64, reference: f64| v <= 1e-12 * reference;
    if negligible(total, diag_sum) {
        return Err(StatsError::ZeroTotalVariance);
    }

    let kf = k as f64;
    let alpha = kf / (kf - 1.0) * (1.0 - diag_sum / total);
    let means: Vec<f64> = (0..k).map(|j| shift[j] + sums[j] / nf).collect();
    let scale_mean: f64 = means.iter().sum();

    let mut notes = Vec::new();
    let zero_item: Vec<bool> = (0..k).map(|i| c[i][i] == 0.0).collect();
    for (i, _) in zero_item.iter().enumerate().filter(|z| *z.1) {
        notes.push(Note::ItemZeroVariance { item: i + 1 });
    }
    if k == 2 {
        notes.push(Note::TwoItemScale);
    }

    let cov: Vec<Vec<f64>> = c
        .iter()
        .map(|row| row.iter().map(|v| v / scale).collect())
        .collect();
    let corr: Option<Vec<Vec<f64>>> = (!zero_item.iter().any(|&z| z)).then(|| {
        (0..k)
            .map(|i| {
                (0..k)
                    .map(|j| {
                        if i == j {
                            1.0
                        } else {
                            clamp_r(c[i][j] / (c[i][i] * c[j][j]).sqrt())
                        }
                    })
                    .collect()
            })
            .collect()
    });
    let smc = corr.as_deref().and_then(squared_multiple_correlations);
    if corr.is_some() && smc.is_none() {
        notes.push(Note::SingularCorrelations);
    }

    let mut item_stats = Vec::with_capacity(k);
    for i in 0..k {
        let rest_total = total - 2.0 * row_sum[i] + c[i][i];
        let rest_diag = diag_sum - c[i][i];
        let rest_zero = negligible(rest_total, rest_diag);
        if rest_zero {
            notes.push(Note::ZeroVarianceIfDeleted { item: i + 1 });
        }
        let corrected = (!zero_item[i] && !rest_zero)
            .then(|| clamp_r((row_sum[i] - c[i][i]) / (c[i][i] * rest_total).sqrt()));
        let uncorrected = (!zero_item[i]).then(|| clamp_r(row_sum[i] / (c[i][i] * total).sqrt()));
        let alpha_if_deleted =
            (k > 2 && !rest_zero).then(|| (kf - 1.0) / (kf - 2.0) * (1.0 - rest_diag / rest_total));
        item_stats.push(ItemStats {
            mean: means[i],
            sd: (c[i][i] / scale).sqrt(),
            n,
            scale_mean_if_deleted: scale_mean - means[i],
            scale_variance_if_deleted: rest_total.max(0.0) / scale,
            corrected_item_total_r: corrected,
            item_total_r: uncorrected,
            alpha_if_deleted,
            smc: smc.as_ref().map(|v| v[i]),
        });
    }

    let inter_item_correlations = corr.as_deref().map(|r| summary(&pairs(r)));
    let mean_inter_item_r = inter_item_correlations.map(|s| s.mean);
    let standardized_alpha = mean_inter_item_r.and_then(|r| {
        let den = 1.0 + (kf - 1.0) * r;
        if negligible(den.abs(), 1.0) {
            notes.push(Note::StandardizedAlphaUndefined);
            None
        } else {
            Some(kf * r / den)
        }
    });

    Ok(Reliability {
        n_valid: n,
        n_excluded: n_total - n,
        n_total,
        n_items: k,
        alpha,
        standardized_alpha,
        mean_inter_item_r,
        scale_mean,
        scale_variance: total / scale,
        scale_sd: (total / scale).sqrt(),
        item_means: summary(&means),
        item_variances: summary(&(0..k).map(|i| cov[i][i]).collect::<Vec<_>>()),
        inter_item_covariances: summary(&pairs(&cov)),
        inter_item_correlations,
        items: item_stats,
        notes,
    })
}

/// Respondents per block of [`accumulate`]: a block of 40 items is 80 KB, which stays in the
/// L2 cache while every pair of items is multiplied over it.
const BLOCK: usize = 256;

/// The shifted sums and the upper triangle of the cross-product matrix over the complete
/// respondents, the shift (the first complete respondent's answers) and their number.
///
/// Complete respondents are copied block by block into a column-major scratch matrix, and
/// each pair of items is a dot product over the block: contiguous, with independent lanes
/// that the compiler vectorizes, where a respondent-by-respondent update of the triangle
/// was not. The summation order does not matter for whole-number answers, whose sums are
/// exact either way.
fn accumulate(items: &[ItemColumn<'_>], n_total: usize) -> (Vec<f64>, Vec<f64>, Vec<f64>, usize) {
    let k = items.len();
    let masked = items.iter().any(|it| it.valid.is_some());
    let complete = |row: usize| !masked || items.iter().all(|it| it.is_valid(row));
    let mut cross = vec![0.0f64; k * (k + 1) / 2];
    let mut sums = vec![0.0f64; k];
    let Some(first) = (0..n_total).find(|&r| complete(r)) else {
        return (cross, sums, Vec::new(), 0);
    };
    let shift: Vec<f64> = items.iter().map(|it| it.values.get(first)).collect();
    let mut block = vec![0.0f64; k * BLOCK];
    let mut small = vec![0i16; k * BLOCK];
    let mut rows = Vec::with_capacity(BLOCK);
    let mut n = 0;
    let mut start = first;
    while start < n_total {
        let end = (start + BLOCK).min(n_total);
        rows.clear();
        rows.extend((start..end).filter(|&r| complete(r)));
        let m = rows.len();
        for (j, it) in items.iter().enumerate() {
            let col = &mut block[j * BLOCK..j * BLOCK + m];
            if m == end - start {
                it.values.shifted_run(start, col, shift[j]);
            } else {
                for (c, &r) in col.iter_mut().zip(&rows) {
                    *c = it.values.get(r) - shift[j];
                }
            }
            sums[j] += block[j * BLOCK..j * BLOCK + m].iter().sum::<f64>();
        }
        // Likert answers shifted by the first respondent's are small whole numbers: as i16
        // their products are summed exactly in i32 lanes, four times as many per instruction
        // as in f64. The result is the same, every sum being exact either way.
        let whole = block[..k * BLOCK]
            .chunks(BLOCK)
            .zip(small.chunks_mut(BLOCK))
            .all(|(d, s)| {
                d[..m].iter().zip(&mut s[..m]).all(|(&x, q)| {
                    *q = x as i16;
                    f64::from(*q) == x && q.unsigned_abs() <= SMALL
                })
            });
        let mut idx = 0;
        for i in 0..k {
            for j in i..k {
                cross[idx] += if whole {
                    f64::from(dot_small(
                        &small[i * BLOCK..i * BLOCK + m],
                        &small[j * BLOCK..j * BLOCK + m],
                    ))
                } else {
                    dot(
                        &block[i * BLOCK..i * BLOCK + m],
                        &block[j * BLOCK..j * BLOCK + m],
                    )
                };
                idx += 1;
            }
        }
        n += m;
        start = end;
    }
    (cross, sums, shift, n)
}

/// The largest shifted answer summed as an integer: BLOCK products of at most SMALL² stay
/// far inside an i32 (256 x 127² < 2^22).
const SMALL: u16 = 127;

/// A dot product of small whole numbers; integer addition is associative, so the compiler
/// vectorizes the sum (`pmaddwd` on x86-64).
fn dot_small(a: &[i16], b: &[i16]) -> i32 {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| i32::from(x) * i32::from(y))
        .sum()
}

/// A dot product in eight independent lanes (a single running sum cannot be vectorized,
/// floating-point addition not being associative).
fn dot(a: &[f64], b: &[f64]) -> f64 {
    let mut acc = [0.0f64; 8];
    let (ca, cb) = (a.chunks_exact(8), b.chunks_exact(8));
    let tail: f64 = ca
        .remainder()
        .iter()
        .zip(cb.remainder())
        .map(|(x, y)| x * y)
        .sum();
    for (x, y) in ca.zip(cb) {
        for l in 0..8 {
            acc[l] += x[l] * y[l];
        }
    }
    ((acc[0] + acc[4]) + (acc[1] + acc[5])) + ((acc[2] + acc[6]) + (acc[3] + acc[7])) + tail
}

/// Convenience form of [`reliability`] for column-major answers where `None`
/// is a missing answer (`items[j][i]` = respondent i's answer to item j).
pub fn reliability_from_options(items: &[Vec<Option<f64>>]) -> Result<Reliability> {
    let values: Vec<Vec<f64>> = items
        .iter()
        .map(|col| col.iter().map(|v| v.unwrap_or(0.0)).collect())
        .collect();
    let masks: Vec<Vec<bool>> = items
        .iter()
        .map(|col| col.iter().map(Option::is_some).collect())
        .collect();
    let columns: Vec<ItemColumn<'_>> = values
        .iter()
        .zip(&masks)
        .map(|(v, m)| ItemColumn::with_mask(v, m))
        .collect();
    reliability(&columns)
}

/// Rounding can push a correlation of ±1 a hair outside [−1, 1].
fn clamp_r(r: f64) -> f64 {
    r.clamp(-1.0, 1.0)
}

#[cfg(test)]
// Reference literals are R's `sprintf("%.17g", x)` output, kept verbatim.
#[allow(clippy::excessive_precision)]
mod tests {
    use super::*;
    use crate::stats::assert_rel;

    /// 10 respondents × 5 Likert (1–4) items; respondent 8 skipped item 2.
    /// In R:
    /// d <- data.frame(i1=c(3,2,4,1,3,2,4,3,1,2), i2=c(4,2,4,2,3,3,3,NA,1,3),
    ///   i3=c(3,3,4,1,2,2,4,3,2,3), i4=c(4,2,3,2,3,2,4,3,1,3),
    ///   i5=c(3,1,4,2,3,3,4,2,2,2)); cc <- na.omit(d); a <- psych::alpha(cc)
    fn likert() -> Vec<Vec<Option<f64>>> {
        let cols: [[f64; 10]; 5] = [
            [3.0, 2.0, 4.0, 1.0, 3.0, 2.0, 4.0, 3.0, 1.0, 2.0],
            [4.0, 2.0, 4.0, 2.0, 3.0, 3.0, 3.0, f64::NAN, 1.0, 3.0],
            [3.0, 3.0, 4.0, 1.0, 2.0, 2.0, 4.0, 3.0, 2.0, 3.0],
            [4.0, 2.0, 3.0, 2.0, 3.0, 2.0, 4.0, 3.0, 1.0, 3.0],
            [3.0, 1.0, 4.0, 2.0, 3.0, 3.0, 4.0, 2.0, 2.0, 2.0],
        ];
        cols.iter()
            .map(|c| c.iter().map(|&v| (!v.is_nan()).then_some(v)).collect())
            .collect()
    }

    #[test]
    fn answers_as_bytes_give_the_same_results() {
        // The same 10 x 5 answers as `likert()`, as a compact column stores them: bytes, with
        // i8::MIN for respondent 8's skipped item 2. R's psych::alpha on na.omit(d): raw_alpha
        // 0.92270194986072418 and var(rowSums(cc)) 19.944444444444443.
        let bytes: Vec<Vec<i8>> = likert()
            .iter()
            .map(|c| c.iter().map(|v| v.map_or(i8::MIN, |x| x as i8)).collect())
            .collect();
        let masks: Vec<Vec<bool>> = bytes
            .iter()
            .map(|c| c.iter().map(|&b| b != i8::MIN).collect())
            .collect();
        let items: Vec<ItemColumn<'_>> = bytes
            .iter()
            .zip(&masks)
            .map(|(b, m)| ItemColumn::with_mask(&b[..], m))
            .collect();
        let r = reliability(&items).unwrap();
        assert_eq!((r.n_valid, r.n_excluded), (9, 1));
        assert_rel(r.alpha, 0.92270194986072418, 1e-9, "raw_alpha");
        assert_rel(r.scale_variance, 19.944444444444443, 1e-9, "var(tot)");
        // A byte marking a gap without a mask is refused, as NaN is.
        let e = reliability(&[
            ItemColumn::complete(&bytes[0][..]),
            ItemColumn::complete(&bytes[1][..]),
        ])
        .unwrap_err();
        assert!(
            matches!(
                e,
                StatsError::NotFiniteAnswer {
                    item: 2,
                    respondent: 8
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn likert_matches_psych_and_spss_definitions() {
        let r = reliability_from_options(&likert()).unwrap();
        // nrow(na.omit(d)) = 9
        assert_eq!(
            (r.n_valid, r.n_excluded, r.n_total, r.n_items),
            (9, 1, 10, 5)
        );
        // a$total$raw_alpha; also k/(k-1)*(1-sum(diag(cov(cc)))/sum(cov(cc)))
        assert_rel(r.alpha, 0.92270194986072418, 1e-9, "raw_alpha");
        // a$total$std.alpha, a$total$average_r
        assert_rel(
            r.standardized_alpha.unwrap(),
            0.92190374749301163,
            1e-9,
            "std.alpha",
        );
        assert_rel(
            r.mean_inter_item_r.unwrap(),
            0.70246439912733771,
            1e-9,
            "average_r",
        );
        // var(rowSums(cc)), mean(rowSums(cc))
        assert_rel(r.scale_variance, 19.944444444444443, 1e-9, "var(tot)");
        assert_rel(r.scale_mean, 13.222222222222221, 1e-9, "mean(tot)");
        // a$item.stats$mean, a$item.stats$sd
        let mean = [
            2.4444444444444446,
            2.7777777777777777,
            2.6666666666666665,
            2.6666666666666665,
            2.6666666666666665,
        ];
        let sd = [1.1303883305208779, 0.97182531580755005, 1.0, 1.0, 1.0];
        // a$alpha.drop$raw_alpha
        let drop = [
            0.87378640776699013,
            0.90376569037656895,
            0.92473118279569899,
            0.90120824449182657,
            0.91718001368925395,
        ];
        // a$item.stats$r.drop; also cor(cc[,i], tot-cc[,i])
        let r_drop = [
            0.94431269549003494,
            0.80794875837547553,
            0.69597054535375269,
            0.81961884635780791,
            0.73635778844784605,
        ];
        // a$item.stats$raw.r; also cor(cc[,i], tot)
        let raw_r = [
            0.96843734821637817,
            0.87683703837876825,
            0.8023728736767316,
            0.88634212789871514,
            0.83036262508405945,
        ];
        // mean(tot)-colMeans(cc)
        let smean = [
            10.777777777777777,
            10.444444444444443,
            10.555555555555555,
            10.555555555555555,
            10.555555555555555,
        ];
        // sapply(1:5, function(i) var(tot - cc[,i]))
        let svar = [
            11.444444444444445,
            13.277777777777779,
            13.777777777777779,
            13.027777777777779,
            13.527777777777779,
        ];
        for (i, it) in r.items.iter().enumerate() {
            let w = format!("item {}", i + 1);
            assert_eq!(it.n, 9);
            assert_rel(it.mean, mean[i], 1e-9, &w);
            assert_rel(it.sd, sd[i], 1e-9, &w);
            assert_rel(it.alpha_if_deleted.unwrap(), drop[i], 1e-9, &w);
            assert_rel(it.corrected_item_total_r.unwrap(), r_drop[i], 1e-9, &w);
            assert_rel(it.item_total_r.unwrap(), raw_r[i], 1e-9, &w);
            assert_rel(it.scale_mean_if_deleted, smean[i], 1e-9, &w);
            assert_rel(it.scale_variance_if_deleted, svar[i], 1e-9, &w);
        }
        assert!(r.notes.is_empty());
    }

    #[test]
    fn mask_api_equals_option_api() {
        let opts = likert();
        let values: Vec<Vec<f64>> = opts
            .iter()
            .map(|c| c.iter().map(|v| v.unwrap_or(f64::NAN)).collect())
            .collect();
        let masks: Vec<Vec<bool>> = opts
            .iter()
            .map(|c| c.iter().map(Option::is_some).collect())
            .collect();
        let cols: Vec<ItemColumn> = values
            .iter()
            .zip(&masks)
            .map(|(v, m)| ItemColumn::with_mask(v, m))
            .collect();
        assert_eq!(
            reliability(&cols).unwrap(),
            reliability_from_options(&opts).unwrap()
        );
    }

    /// 1000 respondents × 8 items generated by a formula (same in R), with
    /// respondent i missing item i %% 97 when that is < 8. In R:
    /// i <- 0:999; d <- sapply(0:7, function(j) { base <- (i*37 + 11) %% 5;
    ///   noise <- ((i*i*3 + i*j*7 + j*j*5 + j*3 + i) %% 11) %/% 4 - 1;
    ///   v <- pmin(pmax(base + noise, 0), 4) + 1; v[i %% 97 == j] <- NA; v })
    /// cc <- na.omit(d); a <- psych::alpha(as.data.frame(cc))
    #[test]
    fn generated_scale_matches_psych() {
        let cols: Vec<Vec<Option<f64>>> = (0..8i64)
            .map(|j| {
                (0..1000i64)
                    .map(|i| {
                        let base = (i * 37 + 11) % 5;
                        let noise = ((i * i * 3 + i * j * 7 + j * j * 5 + j * 3 + i) % 11) / 4 - 1;
                        let v = ((base + noise).clamp(0, 4) + 1) as f64;
                        (i % 97 != j).then_some(v)
                    })
                    .collect()
            })
            .collect();
        let r = reliability_from_options(&cols).unwrap();
        assert_eq!((r.n_valid, r.n_excluded), (912, 88)); // nrow(na.omit(d))
        assert_rel(r.alpha, 0.9513621756676286, 1e-9, "raw_alpha");
        assert_rel(
            r.standardized_alpha.unwrap(),
            0.95137353043880746,
            1e-9,
            "std.alpha",
        );
        assert_rel(r.scale_variance, 93.208253894890902, 1e-9, "var(tot)");
        let drop = [
            0.94809290309193284,
            0.94655955250214441,
            0.94293437191953755,
            0.94144358201035805,
            0.94136067420275193,
            0.94296623406317848,
            0.94659745179932187,
            0.94816635293299278,
        ];
        let r_drop = [
            0.76743713648117329,
            0.79151166521223859,
            0.84762455151586091,
            0.87068684945616326,
            0.87189155234286819,
            0.84718388054382221,
            0.79080767240392202,
            0.76617114555683119,
        ];
        let raw_r = [
            0.8236808645079764,
            0.84261036417788382,
            0.88592025470035429,
            0.90340849214780305,
            0.90436273255857114,
            0.88551906702415351,
            0.84187655836097541,
            0.82257501165915781,
        ];
        let sd = [
            1.3990011953392438,
            1.4014677585351887,
            1.3993401271380459,
            1.3936132825848644,
            1.3952946845472423,
            1.3968672220684131,
            1.3960811747199575,
            1.3960811747199575,
        ];
        let mean = [
            2.7828947368421053,
            2.7861842105263159,
            2.7850877192982457,
            2.7861842105263159,
            2.7817982456140351,
            2.7817982456140351,
            2.7817982456140351,
            2.7817982456140351,
        ];
        for (i, it) in r.items.iter().enumerate() {
            let w = format!("item {}", i + 1);
            assert_rel(it.alpha_if_deleted.unwrap(), drop[i], 1e-9, &w);
            assert_rel(it.corrected_item_total_r.unwrap(), r_drop[i], 1e-9, &w);
            assert_rel(it.item_total_r.unwrap(), raw_r[i], 1e-9, &w);
            assert_rel(it.sd, sd[i], 1e-9, &w);
            assert_rel(it.mean, mean[i], 1e-9, &w);
        }
    }

    #[test]
    fn large_and_fractional_scores_take_the_float_path_with_the_same_alpha() {
        // numpy: k/(k-1) * (1 - trace(C)/sum(C)) with C = np.cov(X, rowvar=False)
        // = 0.958863381940305 for X, and for X/100 - 2.5 (alpha is scale-free).
        let x = [
            [100.0, 250.0, 300.0],
            [400.0, 420.0, 610.0],
            [900.0, 700.0, 880.0],
            [150.0, 160.0, 140.0],
            [620.0, 640.0, 500.0],
        ];
        for f in [|v: f64| v, |v: f64| v / 100.0 - 2.5] {
            let cols: Vec<Vec<f64>> = (0..3)
                .map(|j| x.iter().map(|r| f(r[j])).collect())
                .collect();
            let items: Vec<ItemColumn<'_>> = cols.iter().map(ItemColumn::complete).collect();
            let r = reliability(&items).unwrap();
            assert_rel(r.alpha, 0.958863381940305, 1e-12, "alpha");
        }
    }

    #[test]
    fn zero_variance_item_gives_none_with_reason_not_nan() {
        // z <- data.frame(i1=c(3,2,4,1,3,2), i2=c(3,3,3,3,3,3), i3=c(4,2,4,2,3,1))
        let i1 = [3.0, 2.0, 4.0, 1.0, 3.0, 2.0];
        let i2 = [3.0; 6];
        let i3 = [4.0, 2.0, 4.0, 2.0, 3.0, 1.0];
        let cols = [
            ItemColumn::complete(&i1),
            ItemColumn::complete(&i2),
            ItemColumn::complete(&i3),
        ];
        let r = reliability(&cols).unwrap();
        // k/(k-1)*(1-sum(diag(cov(z)))/sum(cov(z)))
        assert_rel(r.alpha, 0.65693430656934315, 1e-9, "alpha");
        assert_eq!(r.standardized_alpha, None);
        assert_eq!(r.mean_inter_item_r, None);
        assert_eq!(r.items[1].corrected_item_total_r, None);
        assert_eq!(r.items[1].item_total_r, None);
        assert_eq!(r.items[1].sd, 0.0);
        assert_eq!(r.notes, vec![Note::ItemZeroVariance { item: 2 }]);
        assert_eq!(
            r.notes[0].to_string(),
            "item 2 has zero variance, so its correlation is undefined"
        );
        // sapply(1:3, function(i) var(tot - z[,i]))
        let svar = [1.4666666666666666, 4.5666666666666664, 1.1000000000000001];
        // cor(z[,i], tot-z[,i]) and cor(z[,i], tot) for i = 1, 3
        let (corr, raw) = (
            [0.78729582162221701, 0.78729582162221701],
            [0.93696484393974522, 0.95311454667541062],
        );
        // alpha of the remaining two items by the covariance formula: 0, 0.87591240875912413, 0
        let drop = [0.0, 0.87591240875912413, 0.0];
        for i in 0..3 {
            assert_rel(r.items[i].scale_variance_if_deleted, svar[i], 1e-9, "svar");
            assert_rel(
                r.items[i].alpha_if_deleted.unwrap(),
                drop[i],
                1e-9,
                "alpha if deleted",
            );
        }
        for (n, i) in [0, 2].into_iter().enumerate() {
            assert_rel(
                r.items[i].corrected_item_total_r.unwrap(),
                corr[n],
                1e-9,
                "r.drop",
            );
            assert_rel(r.items[i].item_total_r.unwrap(), raw[n], 1e-9, "raw.r");
        }
    }

    #[test]
    fn two_items_have_no_alpha_if_deleted() {
        let a = [1.0, 2.0, 3.0, 4.0];
        let b = [2.0, 2.0, 4.0, 3.0];
        let r = reliability(&[ItemColumn::complete(&a), ItemColumn::complete(&b)]).unwrap();
        assert!(r.items.iter().all(|it| it.alpha_if_deleted.is_none()));
        assert!(r.notes.contains(&Note::TwoItemScale));
        assert!(r.alpha.is_finite());
    }

    #[test]
    fn errors() {
        let a = [1.0, 2.0, 3.0];
        let e = reliability(&[ItemColumn::complete(&a)]).unwrap_err();
        assert_eq!(e.to_string(), "a scale needs at least 2 items; found 1");
        assert_eq!(
            reliability(&[]).unwrap_err(),
            StatsError::TooFewItems { found: 0 }
        );

        let short = [1.0, 2.0];
        let e = reliability(&[ItemColumn::complete(&a), ItemColumn::complete(&short)]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "item 2 has 2 answers but item 1 has 3; every item needs one entry per respondent"
        );
        let mask = [true, false];
        assert!(matches!(
            reliability(&[ItemColumn::complete(&a), ItemColumn::with_mask(&a, &mask)]).unwrap_err(),
            StatsError::ItemLengthMismatch {
                item: 2,
                mask: true,
                ..
            }
        ));

        let mask = [true, false, false];
        let e =
            reliability(&[ItemColumn::complete(&a), ItemColumn::with_mask(&a, &mask)]).unwrap_err();
        assert_eq!(
            e.to_string(),
            "reliability needs at least 2 respondents with complete answers; found 1"
        );

        let b = [3.0, 2.0, 1.0];
        let e = reliability(&[ItemColumn::complete(&a), ItemColumn::complete(&b)]).unwrap_err();
        assert_eq!(e, StatsError::ZeroTotalVariance);
        // Same with fractional answers, where rounding could leave a tiny non-zero total variance.
        let x = [0.1, 0.7, 0.3, 0.9];
        let y: Vec<f64> = x.iter().map(|v| 1.3 - v).collect();
        assert_eq!(
            reliability(&[ItemColumn::complete(&x), ItemColumn::complete(&y)]).unwrap_err(),
            StatsError::ZeroTotalVariance
        );

        let nan = [1.0, f64::NAN, 2.0];
        assert_eq!(
            reliability(&[ItemColumn::complete(&a), ItemColumn::complete(&nan)]).unwrap_err(),
            StatsError::NotFiniteAnswer {
                item: 2,
                respondent: 2
            }
        );
        // A NaN marked missing is fine.
        let m = [true, false, true];
        let nan_masked = [1.0, f64::NAN, 2.0];
        let d = [1.0, 5.0, 3.0];
        let r = reliability(&[
            ItemColumn::with_mask(&nan_masked, &m),
            ItemColumn::complete(&d),
        ])
        .unwrap();
        assert_eq!(r.n_valid, 2);
    }

    /// Timing check, run with `cargo test --release -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn speed_100k_by_40() {
        let (n, k) = (100_000usize, 40usize);
        let cols: Vec<Vec<f64>> = (0..k)
            .map(|j| {
                (0..n)
                    .map(|i| (((i * 7 + j * 13 + i * j) % 11) / 3 + 1) as f64)
                    .collect()
            })
            .collect();
        let items: Vec<ItemColumn> = cols.iter().map(ItemColumn::complete).collect();
        let t = std::time::Instant::now();
        let r = reliability(&items).unwrap();
        let dt = t.elapsed();
        eprintln!("100,000 × 40 reliability: {dt:?} (alpha {})", r.alpha);
        assert!(r.alpha.is_finite());
    }
}
