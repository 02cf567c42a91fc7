//! Values as HTML: a table as a table (numbers right-aligned, with their machine value in
//! `data-v` for sorting and for tests), a record as a field/value table with its nested tables
//! after it, a statistics result in its SPSS layouts, anything else as its text. Every cell
//! is the text `print` shows in the report's locale, so the report and the printed output
//! agree to the digit.

use super::grid;
use super::labels::label;
use super::page::esc;
use crate::number::Locale;
use crate::output::svg::BarChart;
use crate::table::{Column, Table};
use crate::value::{Record, Value};

/// Tables with at least this many rows can be sorted by clicking a heading.
const SORTABLE_ROWS: usize = 12;
/// Tables with at most this many rows get a chart of their ratio column.
const CHART_ROWS: usize = 80;
/// On paper a longer table shows its first this many rows in the order shown (a batch's
/// largest shortages first), with a note; the screen keeps every row. Measured: a report of
/// one 2,000-row table printed 49 A4 pages whole and 7 with this; a 2,000-facility batch (a
/// table of 4,000 facility rows and one of 400 district rows) 69 and 10.
const PRINT_ROWS: usize = 50;

/// Any value.
pub fn value(v: &Value, locale: Locale) -> String {
    if let Some(text) = crate::report::render(v, locale) {
        return grid::to_html(&text);
    }
    if let Some(t) = crate::display::as_table(v) {
        return table(&t, None, locale);
    }
    match v {
        Value::Record(r) => record(r, locale),
        Value::Str(s) => format!("<pre class=\"text\">{}</pre>\n", esc(s)),
        other => format!(
            "<pre class=\"text\">{}</pre>\n",
            esc(&other.display(locale).to_string())
        ),
    }
}

/// A record: its plain fields as a two-column table, then each nested record or table.
pub fn record(r: &Record, locale: Locale) -> String {
    let mut kv = String::new();
    let mut nested = String::new();
    for (k, v) in &r.fields {
        // A stdlib result's field in the locale's words; the user's own names as written.
        let name = crate::number::labels::field(k, locale);
        let k = name.as_ref();
        let is_table = crate::display::as_table(v).is_some();
        match v {
            _ if crate::report::render(v, locale).is_some() => {
                nested.push_str(&format!("<h4>{}</h4>\n{}", esc(k), value(v, locale)));
            }
            _ if is_table => {
                if let Some(t) = crate::display::as_table(v) {
                    nested.push_str(&table(&t, Some(k), locale));
                }
            }
            // A declaration inside a result (a cadre's calendar) is named, not repeated.
            Value::Record(inner) if inner.origin.is_some() || inner.calendar.is_some() => {
                kv.push_str(&kv_row(k, &title(inner, locale), false))
            }
            Value::Record(inner) => {
                nested.push_str(&format!("<h4>{}</h4>\n{}", esc(k), record(inner, locale)));
            }
            Value::Num(q) => {
                let text = q.display(locale).to_string();
                kv.push_str(&kv_row(k, &text, true));
            }
            other => kv.push_str(&kv_row(k, &other.display(locale).to_string(), false)),
        }
    }
    let mut out = String::new();
    if !kv.is_empty() {
        out.push_str(&format!(
            "<div class=\"scroll\"><table class=\"kv\"><tbody>\n{kv}</tbody></table></div>\n"
        ));
    }
    out.push_str(&nested);
    out
}

/// How a declaration nested in a record is named: its `name`, else its text.
fn title(r: &Record, locale: Locale) -> String {
    match r.fields.get("name") {
        Some(v) => v.display(locale).to_string(),
        None => Value::Record(std::rc::Rc::new(r.clone()))
            .display(locale)
            .to_string(),
    }
}

fn kv_row(k: &str, v: &str, numeric: bool) -> String {
    let class = if numeric { " class=\"n\"" } else { "" };
    format!("<tr><th>{}</th><td{class}>{}</td></tr>\n", esc(k), esc(v))
}

/// The column holding a WISN difference (a shortage is below 0), if any.
fn difference_column(t: &Table) -> Option<&str> {
    t.columns
        .iter()
        .find(|(k, c)| k.ends_with("difference") && matches!(c.as_ref(), Column::Num(..)))
        .map(|(k, _)| &**k)
}

/// The row order: a table with a difference column and several rows lists the largest
/// shortage (the most negative difference) first; missing values last.
fn order(t: &Table) -> (Vec<usize>, bool) {
    let rows: Vec<usize> = (0..t.rows()).collect();
    let Some(name) = difference_column(t).filter(|_| t.rows() >= 5) else {
        return (rows, false);
    };
    let Some(Column::Num(v, _)) = t.columns.get(name).map(|c| c.as_ref()) else {
        return (rows, false);
    };
    let mut rows = rows;
    rows.sort_by(|&a, &b| match (v[a].is_nan(), v[b].is_nan()) {
        (false, false) => v[a].total_cmp(&v[b]),
        (x, y) => x.cmp(&y),
    });
    (rows, true)
}

/// A table, with a caption, sorting for long tables, and a chart of its ratio column.
pub fn table(t: &Table, caption: Option<&str>, locale: Locale) -> String {
    let (rows, sorted) = order(t);
    let sortable = t.rows() >= SORTABLE_ROWS;
    let class = if sortable { "data sortable" } else { "data" };
    let mut html = grid(t, caption, &rows, class, locale);
    if rows.len() > PRINT_ROWS {
        html.push_str(&print_note(rows.len(), sorted, locale));
    }
    if sorted {
        html.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            label("sorted_shortage", locale)
        ));
    } else if sortable {
        // Paper cannot be clicked: the note is for the screen.
        html.push_str(&format!(
            "<p class=\"note screen-only\">{}</p>\n",
            label("sortable", locale)
        ));
    }
    if let Some(svg) = ratio_chart(t, &rows, locale) {
        html.push_str(&format!("<div class=\"chart\">{svg}</div>\n"));
    }
    html
}

/// The note, shown only on paper, that a long table is printed in part.
fn print_note(rows: usize, sorted: bool, locale: Locale) -> String {
    let key = if sorted {
        "print_rows_shortage"
    } else {
        "print_rows"
    };
    let n = |k: usize| locale.localize(&k.to_string(), true).into_owned();
    format!(
        "<p class=\"note print-only\">{}</p>\n",
        label(key, locale)
            .replacen("{}", &n(PRINT_ROWS), 1)
            .replacen("{}", &n(rows), 1)
    )
}

/// A worksheet (WHO's WISN layout, Renbut's task table): its rows in their own order, a row
/// per activity and then the total, with no re-sorting and no chart of its own.
pub fn worksheet(t: &Table, locale: Locale) -> String {
    let rows: Vec<usize> = (0..t.rows()).collect();
    grid(t, None, &rows, "data worksheet", locale)
}

const TOTAL: &str = " class=\"total\"";

/// A worksheet row's class: `total` for the cadre's total row (its `kind` is "total" or
/// "jumlah"), `excluded` for a task marked not counted (its `counted` is "no: reason").
fn row_class(t: &Table, r: usize) -> &'static str {
    let text = |k: &str| match t.columns.get(k).map(|c| c.as_ref()) {
        Some(c @ Column::Str(_)) => c.cell(r, Locale::En),
        _ => String::new(),
    };
    if matches!(text("kind").as_str(), "total" | "jumlah") {
        TOTAL
    } else if text("counted").starts_with("no") {
        " class=\"excluded\""
    } else {
        ""
    }
}

/// The HTML table itself: a header row, then `rows` in that order, of all the columns.
fn grid(t: &Table, caption: Option<&str>, rows: &[usize], class: &str, locale: Locale) -> String {
    let all: Vec<usize> = (0..t.columns.len()).collect();
    grid_of(t, caption, rows, &all, class, locale)
}

/// The HTML table of the columns `shown` (by position) of `rows`; headings in the locale.
fn grid_of(
    t: &Table,
    caption: Option<&str>,
    rows: &[usize],
    shown: &[usize],
    class: &str,
    locale: Locale,
) -> String {
    // Past PRINT_ROWS rows, a data table prints only its first ones; the sorting script
    // moves the mark with the order (`data-print-rows`).
    let limit = (!class.contains("worksheet") && rows.len() > PRINT_ROWS).then_some(PRINT_ROWS);
    let mut html = match limit {
        Some(n) => {
            format!("<div class=\"scroll\"><table class=\"{class}\" data-print-rows=\"{n}\">")
        }
        None => format!("<div class=\"scroll\"><table class=\"{class}\">"),
    };
    if let Some(c) = caption {
        html.push_str(&format!("<caption>{}</caption>", esc(c)));
    }
    html.push_str("<thead><tr>");
    let headers = t.headers_in(locale);
    let cols: Vec<&Column> = t.columns.values().map(|c| c.as_ref()).collect();
    for &i in shown {
        let n = if matches!(cols[i], Column::Num(..)) {
            " class=\"n\""
        } else {
            ""
        };
        html.push_str(&format!("<th{n}>{}</th>", esc(&headers[i])));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    let worksheet = class.contains("worksheet");
    // A totals row stacks into heading/figure pairs on a phone; each cell carries its heading.
    let stacked = class.contains("totals");
    for (at, &r) in rows.iter().enumerate() {
        let row = match limit {
            Some(n) if at >= n => " class=\"screen-only\"",
            _ if worksheet => row_class(t, r),
            _ => "",
        };
        html.push_str(&format!("<tr{row}>"));
        for &c in shown {
            let td = cell(cols[c], r, locale);
            if stacked {
                let named = format!("<td data-h=\"{}\"", esc(&headers[c]));
                html.push_str(&td.replacen("<td", &named, 1));
            } else {
                html.push_str(&td);
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody></table></div>\n");
    html
}

/// The columns that name the cadre a worksheet row belongs to.
const CADRE_COLUMNS: &[&str] = &["jabatan", "cadre"];
/// The columns that name or describe a row rather than hold its figures.
const ROW_COLUMNS: &[&str] = &["jabatan", "cadre", "component", "kind", "counted", "unit"];

/// A wide worksheet of one cadre (Renbut's ABK layout, Kepmenkes 81's) as two tables a page
/// can hold: the task rows with the columns they fill, then the total row with the figures it
/// fills. Every cell `print` shows is kept, save the cadre's name, which the section heading
/// gives. A worksheet with no total row, or of several cadres, is shown whole.
pub fn split_worksheet(t: &Table, locale: Locale) -> String {
    let (totals, tasks): (Vec<usize>, Vec<usize>) =
        (0..t.rows()).partition(|&r| row_class(t, r) == TOTAL);
    let names: Vec<&str> = t.columns.keys().map(|k| &**k).collect();
    let one_cadre = names.iter().enumerate().all(|(i, k)| {
        !CADRE_COLUMNS.contains(k)
            || (0..t.rows()).all(|r| t.columns[i].cell(r, locale) == t.columns[i].cell(0, locale))
    });
    if totals.len() != 1 || tasks.is_empty() || !one_cadre {
        return worksheet(t, locale);
    }
    let filled = |rows: &[usize], skip: &[&str]| -> Vec<usize> {
        (0..names.len())
            .filter(|&i| !skip.contains(&names[i]))
            .filter(|&i| {
                rows.iter()
                    .any(|&r| !t.columns[i].cell(r, locale).is_empty())
            })
            .collect()
    };
    let caption = t
        .columns
        .get("component")
        .map(|c| c.cell(totals[0], locale));
    let mut html = grid_of(
        t,
        None,
        &tasks,
        &filled(&tasks, CADRE_COLUMNS),
        "data worksheet",
        locale,
    );
    html.push_str(&grid_of(
        t,
        caption.as_deref(),
        &totals,
        &filled(&totals, ROW_COLUMNS),
        "data worksheet totals",
        locale,
    ));
    html
}

fn cell(c: &Column, r: usize, locale: Locale) -> String {
    let text = esc(&c.cell(r, locale));
    match c {
        // The machine value round-trips (Rust prints the shortest f64 that reads back).
        Column::Num(v, _) if v[r].is_finite() => {
            format!("<td class=\"n\" data-v=\"{}\">{text}</td>", v[r])
        }
        Column::Num(..) => "<td class=\"n\"></td>".to_string(),
        // Long text (a reason, a note) wraps; names and categories stay on one line.
        _ if text.chars().count() > 40 => format!("<td class=\"long\">{text}</td>"),
        _ => format!("<td>{text}</td>"),
    }
}

/// A bar chart of a ratio column (`ratio`, `wisn_ratio`, `ratio_of_sums`) against 1, bars
/// labelled by the last two text columns and grouped by the one before them.
fn ratio_chart(t: &Table, rows: &[usize], locale: Locale) -> Option<String> {
    if rows.len() > CHART_ROWS || rows.is_empty() {
        return None;
    }
    // The facility's own ratio first, then a summary's ratio of sums (the ratio of the
    // summed staff, which is the level's figure), then any other ratio.
    let rank = |k: &str| match k {
        "ratio" | "wisn_ratio" => 0,
        "ratio_of_sums" => 1,
        _ => 2,
    };
    let (name, values) = t
        .columns
        .iter()
        .filter_map(|(k, c)| match c.as_ref() {
            Column::Num(v, _) if k.contains("ratio") => Some((k, v)),
            _ => None,
        })
        .min_by_key(|(k, _)| rank(k))?;
    let texts: Vec<&Column> = t
        .columns
        .values()
        .map(|c| c.as_ref())
        .filter(|c| matches!(c, Column::Str(_)))
        .collect();
    let pressure_last = texts.len() > 1;
    // A trailing band column (`pressure`) describes the bar; it does not name it.
    let names: &[&Column] = if pressure_last
        && t.columns
            .keys()
            .last()
            .is_some_and(|k| k.contains("pressure"))
    {
        &texts[..texts.len() - 1]
    } else {
        &texts
    };
    if names.is_empty() {
        return None;
    }
    let take = names.len().min(2);
    let label_cols = &names[names.len() - take..];
    let group_col = (names.len() > take).then(|| names[names.len() - take - 1]);
    let labels = rows
        .iter()
        .map(|&r| {
            label_cols
                .iter()
                .map(|c| c.cell(r, locale))
                .collect::<Vec<_>>()
                .join(" · ")
        })
        .collect();
    let chart = BarChart {
        title: name.to_string(),
        value_name: name.to_string(),
        labels,
        groups: group_col.map(|g| rows.iter().map(|&r| g.cell(r, locale)).collect()),
        values: rows.iter().map(|&r| values[r]).collect(),
        reference: 1.0,
        locale,
    };
    Some(inline_svg(&chart.render()))
}

/// An SVG document made an inline element: no namespace URL (inline SVG in HTML needs none,
/// and the report holds no URL at all), and scaled to the page's width.
pub fn inline_svg(svg: &str) -> String {
    svg.replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1)
        .replacen("<svg ", "<svg role=\"img\" ", 1)
}
