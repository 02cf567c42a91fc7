//! Aligned text grids for the SPSS-style tables: the first `left` columns are labels
//! (left-aligned), the others figures (right-aligned), with a rule under the header rows.

pub struct Grid {
    rows: Vec<Vec<String>>,
    left: usize,
    header_rows: usize,
}

impl Grid {
    pub fn new(left: usize, header_rows: usize) -> Grid {
        Grid {
            rows: Vec::new(),
            left,
            header_rows,
        }
    }

    pub fn row<S: Into<String>>(&mut self, cells: impl IntoIterator<Item = S>) {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    pub fn widths(&self) -> Vec<usize> {
        let n = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        (0..n)
            .map(|j| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(j))
                    .map(|c| c.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect()
    }

    pub fn render(&self) -> String {
        let widths = self.widths();
        let mut out = String::new();
        for (i, r) in self.rows.iter().enumerate() {
            let mut line = String::new();
            for (j, w) in widths.iter().enumerate() {
                let c = r.get(j).map_or("", String::as_str);
                if j > 0 {
                    line.push_str("  ");
                }
                let pad = " ".repeat(w - c.chars().count());
                if j < self.left {
                    line.push_str(c);
                    line.push_str(&pad);
                } else {
                    line.push_str(&pad);
                    line.push_str(c);
                }
            }
            out.push_str(line.trim_end());
            out.push('\n');
            if i + 1 == self.header_rows {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(&rule.join("  "));
                out.push('\n');
            }
        }
        out
    }
}
