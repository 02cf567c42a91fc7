//! SPSS-style statistics tables (Crosstabulation, Chi-Square Tests, Reliability, ...) as HTML
//! tables. The layouts are built once, in [`crate::report`], as aligned text; this reads that
//! text back rather than building each layout a second time, so the report shows exactly the
//! cells `print` shows. A block is a title line, header lines, a rule of dashes whose runs mark
//! the columns, body lines, and footnotes (`a. ...`). A header cell that spans several columns
//! ("95% Confidence Interval") gets a colspan.

use super::page::esc;

/// The HTML of a report's text: one table per block, text outside a table as a note.
pub fn to_html(text: &str) -> String {
    let mut out = String::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        match lines.iter().position(|l| is_rule(l)) {
            Some(r) => out.push_str(&table(&lines, r)),
            None => {
                for l in lines {
                    out.push_str(&format!("<p class=\"note\">{}</p>\n", esc(l.trim())));
                }
            }
        }
    }
    out
}

fn is_rule(line: &str) -> bool {
    line.contains('-') && line.chars().all(|c| c == '-' || c == ' ')
}

/// The columns, as character ranges, from the runs of dashes in the rule.
fn columns(rule: &str) -> Vec<(usize, usize)> {
    let mut cols = Vec::new();
    let mut start = None;
    for (i, c) in rule.chars().chain(std::iter::once(' ')).enumerate() {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                cols.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    cols
}

/// The pieces of a line separated by two or more spaces, with their character ranges.
fn pieces(line: &str) -> Vec<(usize, usize, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !(chars[i] == ' ' && chars.get(i + 1).is_none_or(|c| *c == ' ')) {
            i += 1;
        }
        out.push((start, i, chars[start..i].iter().collect()));
    }
    out
}

/// One row as (first column, span, text) cells placed by overlap with the columns.
fn place(line: &str, cols: &[(usize, usize)]) -> Vec<(usize, usize, String)> {
    let mut cells: Vec<(usize, usize, String)> = Vec::new();
    for (s, e, text) in pieces(line) {
        let hit: Vec<usize> = (0..cols.len())
            .filter(|&j| s < cols[j].1 && e > cols[j].0)
            .collect();
        let (first, span) = match (hit.first(), hit.last()) {
            (Some(&a), Some(&b)) => (a, b - a + 1),
            // Text in the gap between two columns belongs to the nearer one on its left.
            _ => (cols.iter().rposition(|c| c.0 <= s).unwrap_or(0), 1),
        };
        match cells.last_mut() {
            Some(last) if last.0 + last.1 > first => last.2.push_str(&format!(" {text}")),
            _ => cells.push((first, span, text)),
        }
    }
    cells
}

fn looks_numeric(s: &str) -> bool {
    let t = s.trim_end_matches(|c: char| c.is_ascii_lowercase() || c == '%');
    !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || ".,-+<>".contains(c) || c == 'E' || c == 'e')
}

fn row_html(line: &str, cols: &[(usize, usize)], tag: &str, numeric: &[bool]) -> String {
    let mut html = String::from("<tr>");
    let mut next = 0;
    for (first, span, text) in place(line, cols) {
        while next < first {
            html.push_str(&format!("<{tag}></{tag}>"));
            next += 1;
        }
        // A heading over a column of figures is aligned with them.
        let heading_of_figures = tag == "th" && span == 1 && numeric.get(first) == Some(&true);
        let class = if looks_numeric(&text) || heading_of_figures {
            " class=\"n\""
        } else {
            ""
        };
        let colspan = if span > 1 {
            format!(" colspan=\"{span}\"")
        } else {
            String::new()
        };
        html.push_str(&format!("<{tag}{class}{colspan}>{}</{tag}>", esc(&text)));
        next = first + span;
    }
    while next < cols.len() {
        html.push_str(&format!("<{tag}></{tag}>"));
        next += 1;
    }
    html.push_str("</tr>\n");
    html
}

fn is_footnote(line: &str) -> bool {
    let b = line.as_bytes();
    b.len() > 2 && b[0].is_ascii_lowercase() && b[1] == b'.' && b[2] == b' '
}

/// A block with its rule at line `r`: lines before the header are the title.
fn table(lines: &[&str], r: usize) -> String {
    let cols = columns(lines[r]);
    let (title, head) = if r >= 2 {
        (Some(lines[0]), &lines[1..r])
    } else {
        (None, &lines[..r])
    };
    let mut numeric = vec![false; cols.len()];
    for l in lines[r + 1..].iter().filter(|l| !is_footnote(l)) {
        for (first, span, text) in place(l, &cols) {
            if span == 1 && looks_numeric(&text) {
                numeric[first] = true;
            }
        }
    }
    let mut html = String::from("<div class=\"scroll\"><table class=\"spss\">");
    if let Some(t) = title {
        html.push_str(&format!("<caption>{}</caption>", esc(t.trim())));
    }
    html.push_str("<thead>\n");
    for l in head {
        html.push_str(&row_html(l, &cols, "th", &numeric));
    }
    html.push_str("</thead><tbody>\n");
    let mut notes = Vec::new();
    for l in &lines[r + 1..] {
        if is_footnote(l) || !notes.is_empty() {
            notes.push(*l);
        } else {
            html.push_str(&row_html(l, &cols, "td", &numeric));
        }
    }
    html.push_str("</tbody></table></div>\n");
    for n in notes {
        html.push_str(&format!("<p class=\"note\">{}</p>\n", esc(n.trim())));
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    // The Risk Estimate table of examples/seed002 (as printed by `wl run`), by hand: a title,
    // a header whose "95% Confidence Interval" spans Lower and Upper, and four body rows.
    const RISK: &str = "Risk Estimate
                                                    95% Confidence Interval
                                             Value  Lower  Upper
-------------------------------------------  -----  -----  -----
Odds Ratio for Kompetensi (Rendah / Tinggi)  2.303  1.014  5.227
N of Valid Cases                               105
";

    #[test]
    fn a_spanning_header_and_empty_cells() {
        let html = to_html(RISK);
        assert!(html.contains("<caption>Risk Estimate</caption>"), "{html}");
        assert!(
            html.contains(
                "<tr><th></th><th></th><th colspan=\"2\">95% Confidence Interval</th></tr>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<td>Odds Ratio for Kompetensi (Rendah / Tinggi)</td><td class=\"n\">2.303</td>"
            ),
            "{html}"
        );
        assert!(
            html.contains("<td>N of Valid Cases</td><td class=\"n\">105</td><td></td><td></td>"),
            "{html}"
        );
    }

    proptest::proptest! {
        /// Every cell of a table laid out by the SPSS layouts' own grid comes back as one
        /// HTML cell, in its row, whatever the widths of the cells around it.
        #[test]
        fn every_cell_of_a_grid_is_a_cell_of_the_table(
            rows in proptest::collection::vec(
                proptest::collection::vec("[A-Za-z]{1,8}( [A-Za-z]{1,6})?|[0-9]{1,5}(\\.[0-9]{1,3})?%?", 4),
                2..6,
            ),
        ) {
            let mut g = crate::report::Grid::new(1, 1);
            for r in &rows {
                g.row(r.iter().cloned());
            }
            let html = to_html(&format!("Title\n{}", g.render()));
            let body: Vec<&str> = html.split("<tr>").skip(2).collect();
            proptest::prop_assert_eq!(body.len(), rows.len() - 1);
            for (r, tr) in rows[1..].iter().zip(body) {
                for cell in r {
                    let needle = format!(">{}</td>", esc(cell));
                    proptest::prop_assert!(tr.contains(&needle), "{} not a cell of {}", cell, tr);
                }
            }
        }
    }

    #[test]
    fn footnotes_follow_the_table() {
        let html = to_html("Chi-Square Tests\n     Value\n---  -----\nA    4.051a\na. 0 cells.\n");
        assert!(html.contains("<td class=\"n\">4.051a</td>"), "{html}");
        assert!(html.contains("<p class=\"note\">a. 0 cells.</p>"), "{html}");
    }
}
