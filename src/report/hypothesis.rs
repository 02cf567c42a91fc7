//! SPSS's tables for the hypothesis tests of [`crate::natives`]' `tests` group: Correlations
//! (Spearman, Kendall), Group Statistics and the Independent Samples Test (Levene's test and
//! both t rows), the Paired Samples tables, the Mann-Whitney and Wilcoxon Ranks and Test
//! Statistics, Tests of Normality and McNemar's test. Figures to 3 decimals as SPSS shows them;
//! Welch's fractional df to 3 as well.

use super::{cell, field, number, sub, table, Cells, Grid};
use crate::stats::normality::LILLIEFORS_LOWER_BOUND;
use crate::value::{Record, Value};

/// The table of a test record of kind `kind`, or `None` for other kinds.
pub fn render(kind: &str, r: &Record, loc: Cells) -> Option<String> {
    Some(match kind {
        "spearman" => correlation(r, loc, "Spearman's rho", "rho"),
        "kendall" => correlation(r, loc, "Kendall's tau_b", "tau_b"),
        "t_test" => t_test(r, loc),
        "paired_t_test" => paired(r, loc),
        "mann_whitney" => mann_whitney(r, loc),
        "wilcoxon" => wilcoxon(r, loc),
        "normality" => normality(r, loc),
        "mcnemar" => mcnemar(r, loc),
        _ => return None,
    })
}

fn correlation(r: &Record, loc: Cells, title: &str, coefficient: &str) -> String {
    let mut g = Grid::new(1, 1);
    g.row([loc.t("Correlations"), loc.t(title)]);
    g.row([
        loc.t("Correlation Coefficient"),
        loc.fixed(field(r, coefficient), 3),
    ]);
    g.row([loc.t("Sig. (2-tailed)"), loc.fixed(field(r, "p"), 3)]);
    g.row(["N".to_string(), loc.plain(field(r, "n"))]);
    g.render()
}

/// Group Statistics (or Paired Samples Statistics) from a table of n, mean, sd, se_mean.
fn group_statistics(r: &Record, loc: Cells, name: &str, title: &str) -> String {
    let mut out = format!("{}\n", loc.t(title));
    let Some(t) = table(r, name) else {
        return out;
    };
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        "N".into(),
        loc.t("Mean"),
        loc.t("Std. Deviation"),
        loc.t("Std. Error Mean"),
    ]);
    for i in 0..t.rows() {
        let group = cell(t, "group", i);
        g.row([
            // A paired test's rows are the native's "first" and "second"; a t-test's groups
            // are the user's labels.
            if name == "variables" {
                loc.note(group.as_ref())
            } else {
                loc.plain(group.as_ref())
            },
            loc.plain(cell(t, "n", i).as_ref()),
            loc.fixed(cell(t, "mean", i).as_ref(), 3),
            loc.fixed(cell(t, "sd", i).as_ref(), 3),
            loc.fixed(cell(t, "se_mean", i).as_ref(), 3),
        ]);
    }
    out.push_str(&g.render());
    out
}

/// df as SPSS shows it: whole when whole, else to 3 decimals (Welch).
fn df_cell(loc: Cells, v: Option<&Value>) -> String {
    match number(v) {
        Some(n) if n.to_f64().fract() == 0.0 => loc.plain(v),
        _ => loc.fixed(v, 3),
    }
}

/// "95%" (a decimal comma under `id`: "97,5%").
fn confidence_label(r: &Record, loc: Cells) -> String {
    let c = number(field(r, "confidence")).map_or(0.95, |n| n.to_f64());
    let percent = format!("{}", (c * 100.0 * 1e6).round() / 1e6);
    format!("{}%", loc.locale.localize(&percent, false))
}

/// The t, df, Sig., mean difference, SE and interval cells of a t row.
fn t_cells(row: Option<&Record>, loc: Cells) -> Vec<String> {
    let Some(row) = row else {
        return Vec::new();
    };
    vec![
        loc.fixed(field(row, "t"), 3),
        df_cell(loc, field(row, "df")),
        loc.fixed(field(row, "p"), 3),
        loc.fixed(field(row, "mean_difference"), 3),
        loc.fixed(field(row, "se_difference"), 3),
        loc.fixed(field(row, "lower"), 3),
        loc.fixed(field(row, "upper"), 3),
    ]
}

fn t_test(r: &Record, loc: Cells) -> String {
    let mut out = group_statistics(r, loc, "groups", "Group Statistics");
    out.push_str(&format!("\n{}\n", loc.t("Independent Samples Test")));
    let ci = confidence_label(r, loc);
    let mut g = Grid::new(1, 1);
    let header = vec![
        String::new(),
        loc.t("Levene F"),
        "Sig.".into(),
        "t".into(),
        "df".into(),
        loc.t("Sig. (2-tailed)"),
        loc.t("Mean Difference"),
        loc.t("Std. Error Difference"),
        loc.f("{0} CI Lower", &[&ci]),
        loc.f("{0} CI Upper", &[&ci]),
    ];
    g.row(header);
    let mut equal = vec![
        loc.t("Equal variances assumed"),
        loc.fixed(field(r, "levene_f"), 3),
        loc.fixed(field(r, "levene_p"), 3),
    ];
    equal.extend(t_cells(sub(r, "equal"), loc));
    g.row(equal);
    let mut unequal = vec![
        loc.t("Equal variances not assumed"),
        String::new(),
        String::new(),
    ];
    unequal.extend(t_cells(sub(r, "unequal"), loc));
    g.row(unequal);
    out.push_str(&g.render());
    if field(r, "levene_f").is_none() {
        out.push_str(&format!("{}\n", loc.t("Levene's test is undefined: every case lies as far from its group mean as the others of its group.")));
    }
    out
}

fn paired(r: &Record, loc: Cells) -> String {
    let mut out = group_statistics(r, loc, "variables", "Paired Samples Statistics");
    if field(r, "r").is_some() {
        out.push_str(&format!("\n{}\n", loc.t("Paired Samples Correlations")));
        let mut g = Grid::new(1, 1);
        g.row([
            String::new(),
            "N".into(),
            loc.t("Correlation"),
            "Sig.".into(),
        ]);
        let n = table(r, "variables").and_then(|t| cell(t, "n", 0));
        g.row([
            loc.t("first & second"),
            loc.plain(n.as_ref()),
            loc.fixed(field(r, "r"), 3),
            loc.fixed(field(r, "r_p"), 3),
        ]);
        out.push_str(&g.render());
    }
    out.push_str(&format!("\n{}\n", loc.t("Paired Samples Test")));
    let ci = confidence_label(r, loc);
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        loc.t("Mean"),
        loc.t("Std. Deviation"),
        loc.t("Std. Error Mean"),
        loc.f("{0} CI Lower", &[&ci]),
        loc.f("{0} CI Upper", &[&ci]),
        "t".into(),
        "df".into(),
        loc.t("Sig. (2-tailed)"),
    ]);
    if let Some(t) = sub(r, "test") {
        g.row([
            loc.t("first - second"),
            loc.fixed(field(t, "mean_difference"), 3),
            loc.fixed(field(r, "sd_difference"), 3),
            loc.fixed(field(t, "se_difference"), 3),
            loc.fixed(field(t, "lower"), 3),
            loc.fixed(field(t, "upper"), 3),
            loc.fixed(field(t, "t"), 3),
            df_cell(loc, field(t, "df")),
            loc.fixed(field(t, "p"), 3),
        ]);
    }
    out.push_str(&g.render());
    out
}

fn mann_whitney(r: &Record, loc: Cells) -> String {
    let mut out = format!("{}\n", loc.t("Ranks"));
    if let Some(t) = table(r, "ranks") {
        let mut g = Grid::new(1, 1);
        g.row([
            String::new(),
            "N".into(),
            loc.t("Mean Rank"),
            loc.t("Sum of Ranks"),
        ]);
        for i in 0..t.rows() {
            g.row([
                loc.plain(cell(t, "group", i).as_ref()),
                loc.plain(cell(t, "n", i).as_ref()),
                loc.fixed(cell(t, "mean_rank", i).as_ref(), 2),
                loc.fixed(cell(t, "rank_sum", i).as_ref(), 2),
            ]);
        }
        out.push_str(&g.render());
    }
    out.push_str(&format!("\n{}\n", loc.t("Test Statistics")));
    let mut g = Grid::new(1, 0);
    g.row([loc.t("Mann-Whitney U"), loc.fixed(field(r, "u"), 3)]);
    g.row([loc.t("Wilcoxon W"), loc.fixed(field(r, "w"), 3)]);
    g.row(["Z".to_string(), loc.fixed(field(r, "z"), 3)]);
    g.row([loc.t("Asymp. Sig. (2-tailed)"), loc.fixed(field(r, "p"), 3)]);
    let exact = field(r, "p_exact").is_some();
    if exact {
        g.row([
            loc.t("Exact Sig. [2*(1-tailed Sig.)]"),
            format!("{}b", loc.fixed(field(r, "p_exact"), 3)),
        ]);
    }
    out.push_str(&g.render());
    if exact {
        out.push_str(&format!("{}\n", loc.t("b. Not corrected for ties.")));
    }
    out
}

fn wilcoxon(r: &Record, loc: Cells) -> String {
    let mut out = format!("{}\n", loc.t("Ranks"));
    let mut g = Grid::new(1, 1);
    g.row([
        loc.t("second - first"),
        "N".into(),
        loc.t("Mean Rank"),
        loc.t("Sum of Ranks"),
    ]);
    for (label, name) in [
        ("Negative Ranks", "negative"),
        ("Positive Ranks", "positive"),
    ] {
        let s = sub(r, name);
        g.row([
            loc.t(label),
            loc.plain(s.and_then(|s| field(s, "n"))),
            loc.fixed(s.and_then(|s| field(s, "mean_rank")), 2),
            loc.fixed(s.and_then(|s| field(s, "rank_sum")), 2),
        ]);
    }
    g.row([loc.t("Ties"), loc.plain(field(r, "zero_differences"))]);
    g.row([loc.t("Total"), loc.plain(field(r, "n"))]);
    out.push_str(&g.render());
    out.push_str(&format!("\n{}\n", loc.t("Test Statistics")));
    let mut g = Grid::new(1, 0);
    g.row(["Z".to_string(), format!("{}a", loc.fixed(field(r, "z"), 3))]);
    g.row([loc.t("Asymp. Sig. (2-tailed)"), loc.fixed(field(r, "p"), 3)]);
    if field(r, "p_exact").is_some() {
        g.row([
            loc.t("Exact Sig. (2-tailed)"),
            loc.fixed(field(r, "p_exact"), 3),
        ]);
    }
    out.push_str(&g.render());
    let based_on = loc.f("a. Based on {0}.", &[&loc.note(field(r, "based_on"))]);
    out.push_str(&format!("{based_on}\n"));
    out
}

fn normality(r: &Record, loc: Cells) -> String {
    let mut out = format!("{}\n", loc.t("Tests of Normality"));
    let mut g = Grid::new(1, 1);
    g.row([
        String::new(),
        loc.t("Kolmogorov-Smirnov(a) Statistic"),
        "df".into(),
        "Sig.".into(),
        loc.t("Shapiro-Wilk Statistic"),
        "df".into(),
        "Sig.".into(),
    ]);
    let mut bound = false;
    let mut row = vec![String::new()];
    match sub(r, "lilliefors") {
        Some(t) => {
            let p = number(field(t, "p")).map(|n| n.to_f64());
            let sig = match p {
                Some(p) if p > LILLIEFORS_LOWER_BOUND => {
                    bound = true;
                    format!(
                        "{}*",
                        loc.fixed_num(
                            crate::number::Num::from_f64(LILLIEFORS_LOWER_BOUND)
                                .unwrap_or(crate::number::Num::ZERO),
                            3
                        )
                    )
                }
                _ => loc.fixed(field(t, "p"), 3),
            };
            row.extend([
                loc.fixed(field(t, "statistic"), 3),
                loc.plain(field(t, "df")),
                sig,
            ]);
        }
        None => row.extend([String::new(), String::new(), String::new()]),
    }
    if let Some(t) = sub(r, "shapiro_wilk") {
        row.extend([
            loc.fixed(field(t, "statistic"), 3),
            loc.plain(field(t, "df")),
            loc.fixed(field(t, "p"), 3),
        ]);
    }
    g.row(row);
    out.push_str(&g.render());
    if bound {
        let bound = loc.t("*. This is a lower bound of the true significance.");
        out.push_str(&format!("{bound}\n"));
    }
    let correction = loc.t("a. Lilliefors Significance Correction");
    out.push_str(&format!("{correction}\n"));
    if let Some(note) = field(r, "note") {
        out.push_str(&format!("{}\n", loc.note(Some(note))));
    }
    out
}

fn mcnemar(r: &Record, loc: Cells) -> String {
    let exact = matches!(field(r, "exact"), Some(Value::Bool(true)));
    let mut out = format!("{}\n", loc.t("Chi-Square Tests"));
    let mut g = Grid::new(1, 1);
    let sig = if exact {
        "Exact Sig. (2-sided)"
    } else {
        "Asymp. Sig. (2-sided)"
    };
    g.row([String::new(), loc.t("Value"), loc.t(sig)]);
    let value = if exact {
        String::new()
    } else {
        loc.fixed(field(r, "chi_square"), 3)
    };
    let p = loc.fixed(field(r, "p"), 3);
    g.row([
        loc.t("McNemar Test"),
        value,
        if exact { format!("{p}a") } else { p },
    ]);
    g.row([loc.t("N of Valid Cases"), loc.plain(field(r, "n"))]);
    out.push_str(&g.render());
    let footnote = if exact {
        "a. Binomial distribution used."
    } else {
        "Continuity corrected chi-square (more than 25 discordant pairs)."
    };
    out.push_str(&format!("{}\n", loc.t(footnote)));
    out
}
