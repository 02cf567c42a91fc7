//! Helpers the report tests share: the HTML report of a script run as `wl run --report` runs
//! it, and the text of a report's main part with chosen elements cut out.

use std::path::Path;
use wl::engine::Session;
use wl::number::Locale;

/// The report of `text` saved as `dir/file` and run in `locale`, and whether the run failed.
pub fn report_of(dir: &Path, file: &str, text: &str, locale: Locale) -> (String, bool) {
    let name = dir.join(file).display().to_string();
    std::fs::write(&name, text).unwrap();
    let mut session = Session::for_script(Box::new(std::io::sink()), text);
    session.set_output(wl::output::OutputSettings {
        locale,
        ..Default::default()
    });
    session.interp.keep_journal(wl::html::WATCHED);
    let (failed, diags) = match session.run(&name, text) {
        Ok(o) => (false, o.warnings),
        Err(d) => (true, d),
    };
    let run = wl::html::Run {
        name: &name,
        text,
        diagnostics: &diags,
        failed,
        locale,
    };
    (wl::html::report(&mut session, &run), failed)
}

/// The text of the report's `<main>` without the elements opened by each `(open, close)` pair
/// (the script's appendix, say): tags dropped with a line break each, `&amp;` and `&#39;` undone.
pub fn main_text(html: &str, cut: &[(&str, &str)]) -> String {
    let mut body = html[html.find("<main>").unwrap()..html.find("</main>").unwrap()].to_string();
    for (open, close) in cut {
        while let Some(a) = body.find(open) {
            let b = body[a..]
                .find(close)
                .map_or(body.len(), |e| a + e + close.len());
            body.replace_range(a..b, "");
        }
    }
    let mut text = String::new();
    let mut tag = false;
    for c in body.chars() {
        match c {
            '<' => tag = true,
            '>' => {
                tag = false;
                text.push('\n');
            }
            c if !tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&").replace("&#39;", "'")
}
