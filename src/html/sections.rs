//! The report's sections, in the order they appear. Each returns a `<section>` with an `id`
//! the tests and the table of contents use: `summary`, `calendars`, `cadres`, `results`,
//! `audits`, `derivations`, `script`. A link to a script line is `#L12`.

use super::gather::{Declared, Facts};
use super::labels::label;
use super::page::esc;
use super::value::{inline_svg, record, value, worksheet};
use super::Run;
use crate::diagnostic::{Diagnostic, Severity};
use crate::number::Locale;
use crate::output::svg::BarChart;
use crate::span::SourceMap;
use crate::value::Value;

pub(super) fn line_link(line: Option<usize>, locale: Locale) -> String {
    match line {
        Some(n) => format!(
            " <a class=\"line\" href=\"#L{n}\">{} {n}</a>",
            label("line", locale)
        ),
        None => String::new(),
    }
}

fn open(id: &str, key: &str, locale: Locale, first: bool) -> String {
    let class = if first { " class=\"first\"" } else { "" };
    format!(
        "<section id=\"{id}\"{class}>\n<h2>{}</h2>\n",
        label(key, locale)
    )
}

pub(super) fn note(key: &str, locale: Locale) -> String {
    format!("<p class=\"note\">{}</p>\n", label(key, locale))
}

/// Title, lede, date, version, files with checksums, locale, a few headline counts, contents.
pub fn header(f: &Facts, run: &Run) -> String {
    let l = run.locale;
    let mut h = String::from("<section id=\"summary\" class=\"first\">\n<header class=\"top\">\n");
    h.push_str(&format!("<h1>{}</h1>\n", esc(&f.title)));
    h.push_str(&format!(
        "<p class=\"meta\"><span>{}</span><span>{}: {}</span><span>{} {}</span></p>\n</header>\n",
        label("report", l),
        label("date", l),
        esc(&f.date),
        label("version", l),
        env!("CARGO_PKG_VERSION")
    ));
    if !f.lede.is_empty() && f.lede != f.title {
        h.push_str(&format!("<p>{}</p>\n", esc(&f.lede)));
    }
    if run.failed {
        h.push_str(&format!(
            "<p class=\"failed\">{}</p>\n",
            label("run_failed", l)
        ));
    }
    h.push_str(&cards(f, run));
    h.push_str(&format!(
        "<div class=\"scroll\"><table class=\"files\"><caption>{}</caption><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>\n",
        label("files", l),
        label("file", l),
        label("role", l),
        label("checksum", l)
    ));
    let script_sum = super::sha256::hex(run.text.as_bytes());
    h.push_str(&file_row(
        run.name,
        label("script", l),
        Some(&script_sum),
        l,
    ));
    for (path, sum) in &f.inputs {
        h.push_str(&file_row(path, label("data_file", l), sum.as_deref(), l));
    }
    h.push_str("</tbody></table></div>\n");
    h.push_str(&format!(
        "<p class=\"meta\">{}: {}</p>\n",
        label("locale", l),
        label("locale_name", l)
    ));
    h.push_str(&contents(l));
    h.push_str("</section>\n");
    h
}

fn file_row(path: &str, role: &str, sum: Option<&str>, l: Locale) -> String {
    format!(
        "<tr><td>{}</td><td>{role}</td><td class=\"checksum\">{}</td></tr>\n",
        esc(path),
        sum.map_or_else(|| label("unreadable", l).to_string(), esc)
    )
}

fn cards(f: &Facts, run: &Run) -> String {
    let l = run.locale;
    let consistent = f.audits.iter().filter(|a| a.1).count();
    let card =
        |n: String, key: &str| format!("<div class=\"card\"><b>{n}</b>{}</div>", label(key, l));
    let mut c = String::from("<div class=\"cards\">");
    c.push_str(&card(f.calendars.len().to_string(), "count_calendars"));
    c.push_str(&card(f.cadres.len().to_string(), "count_cadres"));
    if !f.audits.is_empty() {
        c.push_str(&format!(
            "<div class=\"card\"><b><span class=\"ok\">{consistent}</span> / <span class=\"bad\">{}</span></b>{}: {} / {}</div>",
            f.audits.len() - consistent,
            label("audit_summary", l),
            label("consistent", l),
            label("not_consistent", l)
        ));
    }
    c.push_str(&card(run.diagnostics.len().to_string(), "count_warnings"));
    c.push_str("</div>\n");
    c
}

fn contents(l: Locale) -> String {
    let mut n = format!("<nav><h3>{}</h3><ol>", label("contents", l));
    for (id, key) in [
        ("calendars", "calendars"),
        ("cadres", "cadres"),
        ("results", "results"),
        ("audits", "audits"),
        ("derivations", "derivations"),
        ("script", "appendix"),
    ] {
        n.push_str(&format!("<li><a href=\"#{id}\">{}</a></li>", label(key, l)));
    }
    n.push_str("</ol></nav>\n");
    n
}

fn figures(d: &Declared, l: Locale) -> String {
    match &d.figures {
        Ok(Value::Record(r)) => record(r, l),
        Ok(v) => value(v, l),
        Err(e) => format!(
            "<p class=\"diag error\">{}: {}</p>\n",
            label("not_computed", l),
            esc(e)
        ),
    }
}

/// Each calendar's working time, and its effective time against the national norm.
pub fn calendars(f: &Facts, l: Locale) -> String {
    // With no calendar the section is one line: it does not take a printed page of its own.
    let mut s = open("calendars", "calendars", l, f.calendars.is_empty());
    if f.calendars.is_empty() {
        s.push_str(&note("no_calendars", l));
    }
    for c in &f.calendars {
        s.push_str(&format!(
            "<h3>{}{}</h3>\n",
            esc(&c.name),
            line_link(c.line, l)
        ));
        s.push_str(&figures(c, l));
        if let Some((norm, table)) = &c.norm {
            s.push_str(&format!(
                "<h4>{} {}</h4>\n",
                label("against_norm", l),
                esc(norm)
            ));
            s.push_str(&match table {
                Ok(v) => value(v, l),
                Err(e) => format!("<p class=\"note\">{}</p>\n", esc(e)),
            });
        }
    }
    s.push_str("</section>\n");
    s
}

/// The ratio chart of the cadres computed with WISN, then each cadre: its WISN table and
/// pressure band, and its ABK-Kes and Kepmenkes 81 worksheets, each method as the script used it.
pub fn cadres(f: &Facts, l: Locale) -> String {
    let mut s = open("cadres", "cadres", l, false);
    if f.cadres.is_empty() {
        s.push_str(&note("no_cadres", l));
    }
    let ratios: Vec<(String, f64)> = f
        .cadres
        .iter()
        .filter_map(|d| match field(d, "ratio") {
            Some(Value::Num(q)) => Some((d.name.clone(), q.value.to_f64())),
            _ => None,
        })
        .collect();
    if !ratios.is_empty() {
        let chart = BarChart {
            title: label("ratio_chart", l).to_string(),
            value_name: "ratio".into(),
            labels: ratios.iter().map(|r| r.0.clone()).collect(),
            groups: None,
            values: ratios.iter().map(|r| r.1).collect(),
            reference: 1.0,
            locale: l,
        };
        s.push_str(&format!(
            "<div class=\"chart\">{}</div>\n",
            inline_svg(&chart.render())
        ));
    }
    for d in &f.cadres {
        // The label a planner gave (`"Bidan Terampil"`), then the script's identifier.
        let heading = match &d.label {
            Some(label) if label != &d.name => {
                format!("{} <code>{}</code>", esc(label), esc(&d.name))
            }
            _ => esc(&d.name),
        };
        s.push_str(&format!("<h3>{heading}{}</h3>\n", line_link(d.line, l)));
        if d.wisn {
            if !d.methods.is_empty() {
                s.push_str(&format!("<h4>{}</h4>\n", label("method_wisn", l)));
            }
            s.push_str(&wisn(f, d, l));
        }
        for m in &d.methods {
            s.push_str(&super::worksheets::laid(m, l));
        }
    }
    s.push_str("</section>\n");
    s
}

/// A field of a cadre's WISN result.
fn field(d: &Declared, k: &str) -> Option<Value> {
    match &d.figures {
        Ok(Value::Record(r)) => r.fields.get(k).cloned(),
        _ => None,
    }
}

/// A cadre's pressure band with the source of its bands, and its WISN table.
fn wisn(f: &Facts, d: &Declared, l: Locale) -> String {
    let mut s = String::new();
    if let Some(p) = field(d, "pressure") {
        let shortage = matches!(field(d, "ratio"), Some(Value::Num(q)) if q.value.to_f64() < 1.0);
        let class = if shortage { "shortage" } else { "enough" };
        // The band table this cadre's result names (a calendar may declare its ministry's),
        // else the one the script used.
        let named = match field(d, "bands") {
            Some(Value::Str(t)) => Some(t.to_string()),
            _ => f.bands.as_ref().map(|(n, src)| format!("{n}: {src}")),
        };
        let source = named
            .map(|t| {
                format!(
                    " <span class=\"note\">({} {})</span>",
                    label("band_source", l),
                    esc(&t)
                )
            })
            .unwrap_or_default();
        s.push_str(&format!(
            "<p>{}: <span class=\"band {class}\">{}</span>{source}</p>\n",
            label("pressure_band", l),
            esc(&p.display(l).to_string())
        ));
    }
    match &d.layout {
        Some(Value::Table(t)) => s.push_str(&worksheet(t, l)),
        _ if d.without_calendar => s.push_str(&note("cadre_no_calendar", l)),
        _ => s.push_str(&figures(d, l)),
    }
    s
}

/// What the script printed, in order, each with its line.
pub fn results(f: &Facts, l: Locale) -> String {
    let mut s = open("results", "results", l, false);
    if f.prints.is_empty() {
        s.push_str(&note("no_results", l));
    }
    for (v, line) in &f.prints {
        s.push_str(&format!(
            "<div class=\"printed\"><p class=\"note\">{}{}</p>\n",
            label("result", l),
            line_link(*line, l)
        ));
        s.push_str(&value(v, l));
        s.push_str("</div>\n");
    }
    s.push_str("</section>\n");
    s
}

/// The audit summary and each audit, then every warning and error, linked to their lines.
pub fn audits(f: &Facts, run: &Run, sources: &SourceMap) -> String {
    let l = run.locale;
    let mut s = open("audits", "audits", l, false);
    if f.audits.is_empty() {
        s.push_str(&note("no_audits", l));
    } else {
        let ok = f.audits.iter().filter(|a| a.1).count();
        s.push_str(&format!(
            "<p>{}: <span class=\"ok\">{ok} {}</span>, <span class=\"bad\">{} {}</span></p>\n",
            label("audit_summary", l),
            label("consistent", l),
            f.audits.len() - ok,
            label("not_consistent", l)
        ));
        s.push_str("<div class=\"scroll\"><table class=\"audits\"><tbody>\n");
        for (text, consistent, line) in &f.audits {
            let (class, word) = if *consistent {
                ("ok", label("consistent", l))
            } else {
                ("bad", label("not_consistent", l))
            };
            s.push_str(&format!(
                "<tr><td class=\"{class}\">{word}</td><td>{}</td><td>{}</td></tr>\n",
                esc(text.trim_end()),
                line_link(*line, l)
            ));
        }
        s.push_str("</tbody></table></div>\n");
    }
    s.push_str(&format!("<h3>{}</h3>\n", label("warnings", l)));
    if run.diagnostics.is_empty() {
        s.push_str(&note("no_warnings", l));
    }
    for d in run.diagnostics {
        s.push_str(&diagnostic(d, run, sources));
    }
    s.push_str("</section>\n");
    s
}

fn diagnostic(d: &Diagnostic, run: &Run, sources: &SourceMap) -> String {
    let l = run.locale;
    // The place the user wrote, by the same blame rule the terminal uses.
    let d = crate::diagnostic::blame(d, sources).unwrap_or_else(|| d.clone());
    let span = d.primary_span();
    let line = ((span.src as usize) < sources.len()
        && !sources.is_stdlib(span.src)
        && sources.name(span.src) == run.name)
        .then(|| sources.line(span));
    let (class, word) = match d.severity {
        Severity::Error => ("diag error", label("error", l)),
        Severity::Warning => ("diag", label("warning", l)),
    };
    let hint = d
        .hint
        .as_ref()
        .map(|h| {
            format!(
                "<br><span class=\"note\">{}: {}</span>",
                label("hint", l),
                esc(h)
            )
        })
        .unwrap_or_default();
    format!(
        "<div class=\"{class}\">{word} <code>{}</code> {}{}{hint}</div>\n",
        d.code.id(),
        esc(&d.message),
        line_link(line, l)
    )
}

/// Each derivation, folded: the script's own `explain`s, then each cadre's required staff.
pub fn derivations(f: &Facts, l: Locale) -> String {
    let mut s = open("derivations", "derivations", l, false);
    let mut any = false;
    for (text, line) in &f.explains {
        s.push_str(&fold(text, *line, l));
        any = true;
    }
    for d in f.cadres.iter().filter(|d| d.wisn) {
        if let Some(text) = &d.derivation {
            s.push_str(&fold(text, d.line, l));
            any = true;
        }
    }
    if !any {
        s.push_str(&note("no_derivations", l));
    }
    s.push_str("</section>\n");
    s
}

fn fold(text: &str, line: Option<usize>, l: Locale) -> String {
    let mut lines = text.lines();
    let head = lines.next().unwrap_or("");
    let result = text.lines().last().unwrap_or("");
    format!(
        "<details><summary>{} {}</summary>\n<p class=\"note\">{}{}</p>\n<pre>{}</pre>\n</details>\n",
        esc(head.trim_start_matches("explain ")),
        esc(result),
        label("derivation_of", l),
        line_link(line, l),
        esc(text)
    )
}

/// The script with numbered lines; line `n` is `#Ln`.
pub fn appendix(run: &Run) -> String {
    let mut s = open("script", "appendix", run.locale, false);
    s.push_str(&format!(
        "<p class=\"meta\">{}</p>\n<ol class=\"script\">\n",
        esc(run.name)
    ));
    for (i, line) in run.text.lines().enumerate() {
        s.push_str(&format!("<li id=\"L{}\">{}</li>\n", i + 1, esc(line)));
    }
    s.push_str("</ol>\n</section>\n");
    s
}
