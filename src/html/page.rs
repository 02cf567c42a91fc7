//! The frame of the report: the document head with its Content-Security-Policy (nothing may
//! be fetched: styles and the little script are inline, charts are inline SVG), the stylesheet
//! for screen, phone and A4 print, and the script for folding and sorting.

/// Escape text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The policy that keeps the file self-contained: a browser refuses any request it would make.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

const STYLE: &str = r#"
:root { --ink: #1d2433; --muted: #5a6478; --rule: #d5dae3; --band: #f3f5f9; --ok: #1a7f37; --bad: #b42318; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #fff; }
main { max-width: 1200px; margin: 0 auto; padding: 24px 28px 48px; }
header.top { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
h1 { font-size: 26px; margin: 0 0 6px; line-height: 1.2; }
h2 { font-size: 20px; margin: 32px 0 12px; padding-bottom: 4px; border-bottom: 1px solid var(--rule); }
h3 { font-size: 16px; margin: 22px 0 8px; }
.meta { color: var(--muted); margin: 0; }
.meta span + span::before { content: " · "; }
nav ol { columns: 2; margin: 8px 0 0; padding-left: 20px; }
nav a, a { color: var(--accent); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; margin: 12px 0; }
.card { border: 1px solid var(--rule); border-radius: 6px; padding: 8px 14px; background: var(--band); min-width: 140px; }
.card b { display: block; font-size: 22px; }
.scroll { overflow-x: auto; margin: 8px 0 14px; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { background: var(--band); border-bottom: 2px solid #aab3c2; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
table.data { font-size: 14px; }
table.spss th[colspan] { text-align: center; }
table.audits td:first-child, table.audits td:last-child { white-space: nowrap; }
table.data td, table.data th { padding: 4px 8px; white-space: nowrap; }
table.data td.long { white-space: normal; min-width: 16em; }
tbody tr:nth-child(even) td { background: #fafbfd; }
table.worksheet tr.total td { font-weight: 600; border-top: 2px solid #aab3c2; background: var(--band); }
table.worksheet tr.excluded td { color: var(--muted); font-style: italic; }
table.totals tr.total td { border-top: 0; }
.print-only { display: none; }
.method { margin: 10px 0 22px; }
.method h4 { margin: 14px 0 4px; }
.method p { margin: 4px 0; }
table.kv th { font-weight: normal; color: var(--muted); white-space: nowrap; }
table.sortable thead th { cursor: pointer; }
table.sortable thead th::after { content: " \2195"; color: #9aa3b2; font-size: 11px; }
.note { color: var(--muted); font-size: 13px; margin: 4px 0; }
.band { display: inline-block; padding: 1px 10px; border-radius: 10px; font-weight: 600; background: var(--band); border: 1px solid var(--rule); }
.band.shortage { background: #fde8e6; border-color: #f3b4ad; color: var(--bad); }
.band.enough { background: #e6f4ea; border-color: #a8d5b5; color: var(--ok); }
.ok { color: var(--ok); font-weight: 600; }
.bad { color: var(--bad); font-weight: 600; }
.chart svg { max-width: 100%; height: auto; }
.diag { border-left: 4px solid #e0a100; padding: 4px 10px; margin: 8px 0; background: #fffaf0; }
.diag.error { border-color: var(--bad); background: #fff4f2; }
.diag code { font-weight: 600; }
.failed { border: 2px solid var(--bad); padding: 8px 12px; color: var(--bad); }
pre { font: 12.5px/1.4 ui-monospace, "Cascadia Mono", Consolas, "DejaVu Sans Mono", monospace; white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; }
details { border: 1px solid var(--rule); border-radius: 6px; padding: 6px 12px; margin: 8px 0; }
summary { cursor: pointer; font-weight: 600; }
.text { background: var(--band); padding: 6px 10px; border-radius: 4px; }
ol.script { font: 12.5px/1.45 ui-monospace, Consolas, "DejaVu Sans Mono", monospace; padding-left: 4.2em; margin: 0; }
ol.script li { min-height: 1.45em; white-space: pre-wrap; overflow-wrap: anywhere; padding-left: 0.6em; border-left: 1px solid var(--rule); }
ol.script li::marker { color: #9aa3b2; }
ol.script li:target { background: #fff3b0; }
.checksum { font-family: ui-monospace, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; }
@media (max-width: 600px) {
  main { padding: 14px 12px 32px; }
  h1 { font-size: 21px; }
  nav ol { columns: 1; }
  th, td { padding: 3px 6px; }
  .card { min-width: 0; flex: 1 1 40%; padding: 6px 10px; }
  table.files thead { display: none; }
  table.files tr { display: block; border-bottom: 1px solid var(--rule); padding: 4px 0; }
  table.files td { display: block; border: 0; padding: 1px 6px; }
  table.totals thead { display: none; }
  table.totals tr, table.totals td { display: block; }
  table.totals td { display: flex; justify-content: space-between; gap: 16px; border: 0; border-bottom: 1px solid var(--rule); min-width: 14em; }
  table.totals td::before { content: attr(data-h); font-weight: normal; color: var(--muted); }
}
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  section { break-before: page; }
  section.first { break-before: auto; }
  thead { display: table-header-group; }
  tr, .diag, .card { break-inside: avoid; }
  h2, h3, h4, caption { break-after: avoid; }
  table.totals, .method > p { break-inside: avoid; }
  .scroll { overflow: visible; }
  table { max-width: 100%; }
  table.data { font-size: 8.5pt; }
  table.data td, table.data th { white-space: normal; padding: 2px 5px; }
  .chart svg { max-height: 230mm; }
  table.sortable thead th::after { content: ""; }
  tr.screen-only, p.screen-only { display: none; }
  .print-only { display: block; }
  details { border: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Sorting by a column heading (numbers by their `data-v`, text by its letters; a long table's
/// printed rows follow the new order), and opening every folded derivation before printing so
/// that the paper holds them.
const SCRIPT: &str = r#"
document.querySelectorAll("table.sortable").forEach(function (t) {
  t.querySelectorAll("thead th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var body = t.tBodies[0], rows = Array.prototype.slice.call(body.rows);
      var dir = th.getAttribute("data-dir") === "asc" ? -1 : 1;
      th.setAttribute("data-dir", dir === 1 ? "asc" : "desc");
      rows.sort(function (a, b) {
        var x = a.cells[col], y = b.cells[col];
        if (!x || !y) return 0;
        var vx = x.getAttribute("data-v"), vy = y.getAttribute("data-v");
        if (vx !== null && vy !== null) return dir * (parseFloat(vx) - parseFloat(vy));
        return dir * x.textContent.localeCompare(y.textContent);
      });
      var limit = parseInt(t.getAttribute("data-print-rows") || "0", 10);
      rows.forEach(function (r, i) {
        body.appendChild(r);
        if (limit) r.classList.toggle("screen-only", i >= limit);
      });
    });
  });
});
window.addEventListener("beforeprint", function () {
  document.querySelectorAll("details").forEach(function (d) { d.open = true; });
});
"#;

/// The whole document around `body`.
pub fn document(lang: &str, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n\
         <script>{SCRIPT}</script>\n</body>\n</html>\n",
        esc(title)
    )
}
