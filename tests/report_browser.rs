//! The HTML report of every example, rendered in a real browser (headless Chromium): every
//! section is in the DOM, the numbers in it are the numbers `wl run` prints, nothing outside
//! the file is requested, the console shows no error, and printing to A4 PDF works with a page
//! count in range. Without Chromium these tests skip with a loud message, unless
//! `WL_REQUIRE_BROWSER=1` (as `.ci/run` sets), when they fail.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const SECTIONS: &[&str] = &[
    "summary",
    "calendars",
    "cadres",
    "results",
    "audits",
    "derivations",
    "script",
];

/// The browser, or `None` (after saying so loudly) when it is absent and not required.
fn chromium() -> Option<PathBuf> {
    let found = ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .flat_map(|name| {
            std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
                .map(move |dir| dir.join(name))
                .collect::<Vec<_>>()
        })
        .find(|p| p.is_file());
    if found.is_none() {
        if std::env::var("WL_REQUIRE_BROWSER").as_deref() == Ok("1") {
            panic!("WL_REQUIRE_BROWSER=1 but no chromium on PATH: install it (apt-get install chromium)");
        }
        eprintln!("\n{0}\nSKIPPED: no chromium on PATH, so the HTML report was NOT checked in a browser.\nInstall chromium, or set WL_REQUIRE_BROWSER=1 to make this a failure.\n{0}\n", "*".repeat(78));
    }
    found
}

fn scratch() -> PathBuf {
    let d = std::env::temp_dir().join(format!("wl-report-browser-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// `wl run EXAMPLE [--locale L] --report OUT`: (stdout, the report's path).
fn report(example: &str, locale: &str, dir: &Path) -> (String, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = dir.join(format!("{example}-{locale}.html"));
    let run = Command::new(env!("CARGO_BIN_EXE_wl"))
        .current_dir(root)
        .env("SOURCE_DATE_EPOCH", "1795737600")
        .args([
            "run",
            &format!("examples/{example}.wl"),
            "--locale",
            locale,
            "--report",
        ])
        .arg(&out)
        .output()
        .expect("wl runs");
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{example}: {stderr}");
    assert!(stderr.contains("report written to"), "{stderr}");
    (String::from_utf8_lossy(&run.stdout).into_owned(), out)
}

/// Chromium's own sandbox needs user namespaces, which containers and CI runners often lack.
fn browser(chrome: &Path) -> Command {
    let mut c = Command::new(chrome);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-extensions",
        "--enable-logging=stderr",
        "--v=0",
    ]);
    c
}

/// The DOM after scripts ran, and everything the browser logged (console messages included).
fn dump_dom(chrome: &Path, file: &Path) -> (String, String) {
    let out = browser(chrome)
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The console messages in a browser log. Chromium logs every console message (errors,
/// uncaught exceptions, and the requests its Content-Security-Policy blocked) as a `CONSOLE`
/// line, whatever its level; the report's script writes none, so any is a failure.
fn console_errors(log: &str) -> Vec<&str> {
    log.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

/// Numbers as they are written (`-1.3039671683`, `0,464`, `155.040`).
fn numbers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_digit()
                    || ((chars[i] == '.' || chars[i] == ',')
                        && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit())))
            {
                i += 1;
            }
            out.insert(chars[start..i].iter().collect());
        } else {
            i += 1;
        }
    }
    out
}

/// The text of the element with `id` (its tags removed, entities for `&` and `<` undone).
fn section_text(dom: &str, id: &str) -> String {
    let start = dom
        .find(&format!("<section id=\"{id}\""))
        .unwrap_or_else(|| panic!("no section {id}"));
    let end = dom[start..]
        .find("</section>")
        .map_or(dom.len(), |e| start + e);
    // Charts are left out: their axis ticks are scale marks, not figures.
    let mut html = dom[start..end].to_string();
    while let Some(a) = html.find("<svg") {
        let b = html[a..].find("</svg>").map_or(html.len(), |e| a + e + 6);
        html.replace_range(a..b, "");
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}

/// The number of pages of a PDF Chromium wrote: its page tree's `/Count`.
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Count ")
        .filter_map(|(i, _)| {
            text[i + 7..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .max()
        .unwrap_or(0)
}

fn examples() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "wl"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_example_report_renders_in_a_browser_with_the_printed_numbers() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    for example in examples() {
        let (printed, file) = report(&example, "en", &dir);
        let html = std::fs::read_to_string(&file).unwrap();
        // Self-contained: nothing that names another file or site.
        for needle in ["http:", "https:", " src=", "<link", "url(", "@import"] {
            assert!(
                !html.contains(needle),
                "{example}: the report holds {needle:?}"
            );
        }
        assert!(html.contains("Content-Security-Policy"));
        let (dom, log) = dump_dom(&chrome, &file);
        assert!(dom.contains("<main>"), "{example}: no DOM:\n{log}");
        let errors = console_errors(&log);
        assert!(
            errors.is_empty(),
            "{example}: console errors:\n{}",
            errors.join("\n")
        );
        for id in SECTIONS {
            assert!(
                dom.contains(&format!("<section id=\"{id}\"")),
                "{example}: no section {id}"
            );
        }
        // Every number in the printed results is one `wl run` printed.
        let shown = numbers(&section_text(&dom, "results"));
        let text = numbers(&printed);
        let strays: Vec<&String> = shown
            .iter()
            .filter(|n| !text.contains(*n))
            .filter(|n| !is_line_number(n))
            .collect();
        assert!(
            strays.is_empty(),
            "{example}: numbers not in the printed output: {strays:?}"
        );
        // Every script line a link points to exists.
        for (i, _) in dom.match_indices("href=\"#L") {
            let n: String = dom[i + 8..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            assert!(
                dom.contains(&format!("id=\"L{n}\"")),
                "{example}: link to missing line {n}"
            );
        }
    }
}

/// "line 12" labels are the only numbers of the results section not printed by the script.
fn is_line_number(n: &str) -> bool {
    n.chars().all(|c| c.is_ascii_digit()) && n.len() <= 3
}

#[test]
fn the_headline_figures_of_the_wisn_example_are_the_printed_ones() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    let (printed, file) = report("wisn_health_centre", "en", &dir);
    let (dom, _) = dump_dom(&chrome, &file);
    let cadres = section_text(&dom, "cadres");
    // The nurse's WISN as the script prints it (required 4.3039671683, ratio 0.6970313394:
    // 3 / 4.3039671683 by hand), and the band it falls in.
    for figure in ["4.3039671683", "0.6970313394", "-1.3039671683", "very high"] {
        assert!(printed.contains(figure), "{figure} not printed");
        assert!(
            cadres.contains(figure),
            "{figure} not in the cadres section"
        );
    }
    assert!(
        cadres.contains("provisional"),
        "the band table's source is named"
    );
    let calendars = section_text(&dom, "calendars");
    assert!(calendars.contains("1720"), "AWT 1720 h: {calendars}");
}

#[test]
fn an_indonesian_report_uses_decimal_commas_and_indonesian_labels() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    let (printed, file) = report("wisn_health_centre", "id", &dir);
    let (dom, _) = dump_dom(&chrome, &file);
    assert!(dom.contains("<html lang=\"id\">"));
    let cadres = section_text(&dom, "cadres");
    assert!(printed.contains("4,3039671683"), "{printed}");
    assert!(cadres.contains("4,3039671683"), "{cadres}");
    for english in [
        "Calendars and working time",
        "Derivations",
        "Appendix: the script",
        "Contents",
    ] {
        assert!(
            !dom.contains(english),
            "English label {english:?} in an Indonesian report"
        );
    }
    assert!(dom.contains("Lampiran: skrip") && dom.contains("Penurunan rumus"));
}

#[test]
fn every_example_report_prints_to_a4_pdf() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    for example in examples() {
        let (_, file) = report(&example, "en", &dir);
        let pdf = dir.join(format!("{example}.pdf"));
        let _ = std::fs::remove_file(&pdf);
        let out = browser(&chrome)
            .arg("--no-pdf-header-footer")
            .arg(format!("--print-to-pdf={}", pdf.display()))
            .arg(format!("file://{}", file.display()))
            .output()
            .expect("chromium runs");
        let bytes = std::fs::read(&pdf).unwrap_or_else(|_| {
            panic!(
                "{example}: no PDF:\n{}",
                String::from_utf8_lossy(&out.stderr)
            )
        });
        assert!(bytes.starts_with(b"%PDF"), "{example}");
        let pages = pdf_pages(&bytes);
        // Seven sections, each starting a page, save the calendars' when the script declares
        // none (one line, which does not take a page of its own); the longest example
        // (seed004, with its 45-row data block and long script) stays well under 60 pages.
        let html = std::fs::read_to_string(&file).unwrap();
        let least = 7 - usize::from(html.contains("The script declares no calendar."));
        assert!((least..=60).contains(&pages), "{example}: {pages} pages");
    }
}

#[test]
fn the_policy_would_block_a_request_and_the_log_would_show_it() {
    // The check above is only as good as its detector: a page that does try to load an
    // image under the report's policy must show up as a refused request.
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    let page = dir.join("control.html");
    std::fs::write(
        &page,
        format!(
            "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"></head><body><img src=\"https://example.invalid/x.png\"></body></html>",
            wl::html::CSP
        ),
    )
    .unwrap();
    let (_, log) = dump_dom(&chrome, &page);
    assert!(
        !console_errors(&log).is_empty(),
        "a refused request went unseen:\n{log}"
    );
}

#[test]
fn a_click_on_a_heading_sorts_a_long_table_by_its_figures() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    // Fifteen rows (a table of twelve or more sorts), the ratios out of order; 10 sorts after
    // 9 as a number, before it as text.
    let ratios = [3, 10, 1, 14, 9, 2, 15, 7, 4, 12, 6, 11, 5, 13, 8];
    let names: Vec<String> = (0..ratios.len()).map(|i| format!("\"F{i}\"")).collect();
    let list: Vec<String> = ratios.iter().map(|r| r.to_string()).collect();
    let script = dir.join("sort.wl");
    std::fs::write(
        &script,
        format!(
            "print table {{ facility: [{}], staff: [{}] }}\n",
            names.join(", "),
            list.join(", ")
        ),
    )
    .unwrap();
    let html = dir.join("sort.html");
    let run = Command::new(env!("CARGO_BIN_EXE_wl"))
        .arg("run")
        .arg(&script)
        .arg("--report")
        .arg(&html)
        .output()
        .unwrap();
    assert!(run.status.success());
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("class=\"data sortable\""));
    let order = |clicks: usize| {
        let click = "document.querySelector('table.sortable thead th:nth-child(2)').click();"
            .repeat(clicks);
        let page = dir.join(format!("sort-{clicks}.html"));
        let clicked = text.replace("</body>", &format!("<script>{click}</script></body>"));
        std::fs::write(&page, clicked).unwrap();
        let (dom, _) = dump_dom(&chrome, &page);
        let table = &dom[dom.find("data sortable").unwrap()..];
        let body = &table[table.find("<tbody>").unwrap()..];
        let body = &body[..body.find("</tbody>").unwrap()];
        body.match_indices("data-v=\"")
            .map(|(i, _)| {
                body[i + 8..]
                    .chars()
                    .take_while(|c| *c != '"')
                    .collect::<String>()
                    .parse::<i64>()
                    .unwrap()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(order(0), ratios);
    assert_eq!(order(1), (1..=15).collect::<Vec<_>>());
    assert_eq!(order(2), (1..=15).rev().collect::<Vec<_>>());
}

/// The numbers the report's own labels hold ("PMK 33/2015", "0.4 needs 0, 0.5 needs 1"):
/// words of the report, not figures of the run.
fn label_numbers() -> BTreeSet<String> {
    wl::html::labels::all()
        .iter()
        .flat_map(|(_, en, id)| numbers(en).into_iter().chain(numbers(id)))
        .collect()
}

#[test]
fn the_abk_kes_example_report_has_renbut_tables_with_the_printed_figures() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    for locale in ["en", "id"] {
        let (printed, file) = report("abk_kes_puskesmas", locale, &dir);
        let (dom, log) = dump_dom(&chrome, &file);
        assert!(console_errors(&log).is_empty(), "{log}");
        let cadres = section_text(&dom, "cadres");
        // Both jabatan in Renbut's layout; the task not counted with its reason.
        let heading = match locale {
            "en" => "ABK-Kes (PMK 33/2015), in the layout of Renbut's ABK report",
            _ => "ABK-Kes (PMK 33/2015), dalam tata letak laporan ABK Renbut",
        };
        assert_eq!(cadres.matches(heading).count(), 2, "{cadres}");
        let not_counted = match locale {
            "en" => "no: dilakukan oleh perawat",
            _ => "tidak: dilakukan oleh perawat",
        };
        assert!(cadres.contains(not_counted), "{cadres}");
        assert!(!cadres.contains("cadre_no_calendar") && !cadres.contains("calendar"));
        // Every figure of the section is one `wl run` printed (in the locale's format), save
        // the line numbers of the links and the numbers in the report's own labels.
        let text = numbers(&printed);
        let words = label_numbers();
        let strays: Vec<String> = numbers(&cadres)
            .into_iter()
            .filter(|n| !text.contains(n) && !words.contains(n) && !is_line_number(n))
            .collect();
        assert!(strays.is_empty(), "{locale}: not printed: {strays:?}");
        // The headline figures by hand (the example's header): total 1.8888888889, need 2,
        // gap -1 "kurang"; the coordinator's total 0.3375, need 0.
        let (total, small) = match locale {
            "en" => ("1.8888888889", "0.3375"),
            _ => ("1,8888888889", "0,3375"),
        };
        for figure in [total, small, "kurang", "lebih"] {
            assert!(printed.contains(figure), "{figure} not printed");
            assert!(cadres.contains(figure), "{figure} not in the section");
        }
    }
}

/// The report with a probe that records, after layout, whether every table of a cadre's
/// method (the task table and the totals) ends inside the window: `data-fit="yes"`.
fn with_fit_probe(file: &Path, probe: &Path) {
    let html = std::fs::read_to_string(file).unwrap();
    let script = "<script>var ts = document.querySelectorAll(SELECTOR); \
        document.body.setAttribute('data-fit', ts.length > 0 && Array.prototype.every.call(ts, \
        function (t) { return t.getBoundingClientRect().right <= window.innerWidth + 0.5; }) \
        ? 'yes' : 'no');</script>";
    std::fs::write(probe, html.replace("</body>", &format!("{script}</body>"))).unwrap();
}

#[test]
fn the_renbut_tables_fit_a_desktop_and_the_totals_fit_a_phone() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    let (_, file) = report("abk_kes_puskesmas", "id", &dir);
    // At 1280 px both tables of each jabatan fit without scrolling sideways; at a phone's
    // 390 px the totals stack into heading/figure pairs and fit (the task table scrolls).
    for (width, selector) in [(1280, ".method table"), (390, ".method table.totals")] {
        let probe = dir.join(format!("fit-{width}.html"));
        with_fit_probe(&file, &probe);
        let text = std::fs::read_to_string(&probe).unwrap();
        std::fs::write(&probe, text.replace("SELECTOR", &format!("'{selector}'"))).unwrap();
        let out = browser(&chrome)
            .arg(format!("--window-size={width},900"))
            .arg("--dump-dom")
            .arg(format!("file://{}", probe.display()))
            .output()
            .expect("chromium runs");
        let dom = String::from_utf8_lossy(&out.stdout);
        assert!(
            dom.contains("data-fit=\"yes\""),
            "{selector} overflows at {width} px: {}",
            &dom[..dom.len().min(300)]
        );
    }
}

/// A long table prints its first 50 rows: a 2,000-row batch table prints in a few pages, not
/// dozens, and after a click on a heading the printed rows are the first 50 of the new order.
#[test]
fn a_long_table_prints_its_first_fifty_rows_in_the_order_shown() {
    let Some(chrome) = chromium() else { return };
    let dir = scratch();
    // Differences -1000..999 in a scrambled order (i x 7919 mod 2000 is a permutation).
    let lines: Vec<String> = (0..2000)
        .map(|i| format!("F{i},{}", (i * 7919) % 2000 - 1000))
        .collect();
    std::fs::write(
        dir.join("long.csv"),
        format!("facility,difference\n{}\n", lines.join("\n")),
    )
    .unwrap();
    std::fs::write(dir.join("long.wl"), "print read_csv(\"long.csv\")\n").unwrap();
    let html = dir.join("long.html");
    let run = Command::new(env!("CARGO_BIN_EXE_wl"))
        .arg("run")
        .arg(dir.join("long.wl"))
        .arg("--report")
        .arg(&html)
        .output()
        .unwrap();
    assert!(run.status.success());
    let pdf = dir.join("long.pdf");
    let _ = std::fs::remove_file(&pdf);
    browser(&chrome)
        .arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    // Seven sections (the calendars' sharing a page: this script has none); 50 rows and the
    // script's one line fit a page or two each (7 pages measured). The same report with
    // every row printed took 49 pages.
    let pages = pdf_pages(&std::fs::read(&pdf).unwrap());
    assert!((6..=10).contains(&pages), "{pages} pages");
    // Sorting by the difference column, descending after two clicks: the printed rows are
    // then the 50 largest differences, 999 down to 950.
    let text = std::fs::read_to_string(&html).unwrap();
    let click = "document.querySelector('table.sortable thead th:nth-child(2)').click();";
    let page = dir.join("long-sorted.html");
    std::fs::write(
        &page,
        text.replace(
            "</body>",
            &format!("<script>{click}{click}</script></body>"),
        ),
    )
    .unwrap();
    let (dom, _) = dump_dom(&chrome, &page);
    let table = &dom[dom.find("data sortable").unwrap()..];
    let body = &table[table.find("<tbody>").unwrap()..table.find("</tbody>").unwrap()];
    let printed: Vec<i64> = body
        .split("<tr")
        .skip(1)
        .filter(|row| !row.contains("screen-only"))
        .map(|row| {
            let v = row.split("data-v=\"").nth(1).unwrap();
            v[..v.find('"').unwrap()].parse().unwrap()
        })
        .collect();
    assert_eq!(printed, (950..=999).rev().collect::<Vec<i64>>());
}
