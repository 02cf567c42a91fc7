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
    g.row(["Correlations", title]);
    g.row([
        "Correlation Coefficient".to_string(),
        loc.fixed(field(r, coefficient), 3),
    ]);
    g.row(["Sig. (2-tailed)".to_string(), loc.fixed(field(r, "p"), 3)]);
    g.row(["N".to_string(), loc.plain(field(r, "n"))]);
    g.render()
}

/// Group Statistics (or Paired Samples Statistics) from a table of n, mean, sd, se_mean.
fn group_statistics(r: &Record, loc: Cells, name: &str, title: &str) -> String {
    let mut out = format!("{title}\n");
    let Some(t) = table(r, name) else {
        return out;
    };
    let mut g = Grid::new(1, 1);
    g.row(["", "N", "Mean", "Std. Deviation", "Std. Error Mean"]);
    for i in 0..t.rows() {
        g.row([
            loc.plain(cell(t, "group", i).as_ref()),
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

fn confidence_label(r: &Record) -> String {
    let c = number(field(r, "confidence")).map_or(0.95, |n| n.to_f64());
    format!("{}%", (c * 100.0 * 1e6).round() / 1e6)
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
    out.push_str("\nIndependent Samples Test\n");
    let ci = confidence_label(r);
    let mut g = Grid::new(1, 1);
    let mut header: Vec<String> = ["", "Levene F", "Sig.", "t", "df", "Sig. (2-tailed)"]
        .map(String::from)
        .to_vec();
    header.extend(["Mean Difference", "Std. Error Difference"].map(String::from));
    header.extend([format!("{ci} CI Lower"), format!("{ci} CI Upper")]);
    g.row(header);
    let mut equal = vec![
        "Equal variances assumed".to_string(),
        loc.fixed(field(r, "levene_f"), 3),
        loc.fixed(field(r, "levene_p"), 3),
    ];
    equal.extend(t_cells(sub(r, "equal"), loc));
    g.row(equal);
    let mut unequal = vec![
        "Equal variances not assumed".to_string(),
        String::new(),
        String::new(),
    ];
    unequal.extend(t_cells(sub(r, "unequal"), loc));
    g.row(unequal);
    out.push_str(&g.render());
    if field(r, "levene_f").is_none() {
        out.push_str("Levene's test is undefined: every case lies as far from its group mean as the others of its group.\n");
    }
    out
}

fn paired(r: &Record, loc: Cells) -> String {
    let mut out = group_statistics(r, loc, "variables", "Paired Samples Statistics");
    if field(r, "r").is_some() {
        out.push_str("\nPaired Samples Correlations\n");
        let mut g = Grid::new(1, 1);
        g.row(["", "N", "Correlation", "Sig."]);
        let n = table(r, "variables").and_then(|t| cell(t, "n", 0));
        g.row([
            "first & second".to_string(),
            loc.plain(n.as_ref()),
            loc.fixed(field(r, "r"), 3),
            loc.fixed(field(r, "r_p"), 3),
        ]);
        out.push_str(&g.render());
    }
    out.push_str("\nPaired Samples Test\n");
    let ci = confidence_label(r);
    let mut g = Grid::new(1, 1);
    g.row(
        [
            "",
            "Mean",
            "Std. Deviation",
            "Std. Error Mean",
            &format!("{ci} CI Lower"),
            &format!("{ci} CI Upper"),
            "t",
            "df",
            "Sig. (2-tailed)",
        ]
        .map(String::from),
    );
    if let Some(t) = sub(r, "test") {
        g.row([
            "first - second".to_string(),
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
    let mut out = String::from("Ranks\n");
    if let Some(t) = table(r, "ranks") {
        let mut g = Grid::new(1, 1);
        g.row(["", "N", "Mean Rank", "Sum of Ranks"]);
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
    out.push_str("\nTest Statistics\n");
    let mut g = Grid::new(1, 0);
    g.row(["Mann-Whitney U".to_string(), loc.fixed(field(r, "u"), 3)]);
    g.row(["Wilcoxon W".to_string(), loc.fixed(field(r, "w"), 3)]);
    g.row(["Z".to_string(), loc.fixed(field(r, "z"), 3)]);
    g.row([
        "Asymp. Sig. (2-tailed)".to_string(),
        loc.fixed(field(r, "p"), 3),
    ]);
    let exact = field(r, "p_exact").is_some();
    if exact {
        g.row([
            "Exact Sig. [2*(1-tailed Sig.)]".to_string(),
            format!("{}b", loc.fixed(field(r, "p_exact"), 3)),
        ]);
    }
    out.push_str(&g.render());
    if exact {
        out.push_str("b. Not corrected for ties.\n");
    }
    out
}

fn wilcoxon(r: &Record, loc: Cells) -> String {
    let mut out = String::from("Ranks\n");
    let mut g = Grid::new(1, 1);
    g.row(["second - first", "N", "Mean Rank", "Sum of Ranks"]);
    for (label, name) in [
        ("Negative Ranks", "negative"),
        ("Positive Ranks", "positive"),
    ] {
        let s = sub(r, name);
        g.row([
            label.to_string(),
            loc.plain(s.and_then(|s| field(s, "n"))),
            loc.fixed(s.and_then(|s| field(s, "mean_rank")), 2),
            loc.fixed(s.and_then(|s| field(s, "rank_sum")), 2),
        ]);
    }
    g.row(["Ties".to_string(), loc.plain(field(r, "zero_differences"))]);
    g.row(["Total".to_string(), loc.plain(field(r, "n"))]);
    out.push_str(&g.render());
    out.push_str("\nTest Statistics\n");
    let mut g = Grid::new(1, 0);
    g.row(["Z".to_string(), format!("{}a", loc.fixed(field(r, "z"), 3))]);
    g.row([
        "Asymp. Sig. (2-tailed)".to_string(),
        loc.fixed(field(r, "p"), 3),
    ]);
    if field(r, "p_exact").is_some() {
        g.row([
            "Exact Sig. (2-tailed)".to_string(),
            loc.fixed(field(r, "p_exact"), 3),
        ]);
    }
    out.push_str(&g.render());
    out.push_str(&format!(
        "a. Based on {}.\n",
        loc.plain(field(r, "based_on"))
    ));
    out
}

fn normality(r: &Record, loc: Cells) -> String {
    let mut out = String::from("Tests of Normality\n");
    let mut g = Grid::new(1, 1);
    g.row([
        "",
        "Kolmogorov-Smirnov(a) Statistic",
        "df",
        "Sig.",
        "Shapiro-Wilk Statistic",
        "df",
        "Sig.",
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
        out.push_str("*. This is a lower bound of the true significance.\n");
    }
    out.push_str("a. Lilliefors Significance Correction\n");
    if let Some(note) = field(r, "note") {
        out.push_str(&format!("{}\n", loc.plain(Some(note))));
    }
    out
}

fn mcnemar(r: &Record, loc: Cells) -> String {
    let exact = matches!(field(r, "exact"), Some(Value::Bool(true)));
    let mut out = String::from("Chi-Square Tests\n");
    let mut g = Grid::new(1, 1);
    let sig = if exact {
        "Exact Sig. (2-sided)"
    } else {
        "Asymp. Sig. (2-sided)"
    };
    g.row(["", "Value", sig]);
    let value = if exact {
        String::new()
    } else {
        loc.fixed(field(r, "chi_square"), 3)
    };
    let p = loc.fixed(field(r, "p"), 3);
    g.row([
        "McNemar Test".to_string(),
        value,
        if exact { format!("{p}a") } else { p },
    ]);
    g.row(["N of Valid Cases".to_string(), loc.plain(field(r, "n"))]);
    out.push_str(&g.render());
    if exact {
        out.push_str("a. Binomial distribution used.\n");
    } else {
        out.push_str("Continuity corrected chi-square (more than 25 discordant pairs).\n");
    }
    out
}
