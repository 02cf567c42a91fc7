//! Bahasa Indonesia throughout: every diagnostic code's example rendered under `--locale id`
//! must come out in Indonesian (message, labels, hint, notes and the report's own words), and
//! results printed under `id` must not show English labels. The failure lists exactly which
//! codes lack a translation, so adding a code's catalogue entry (src/i18n/catalogue.rs) is the
//! fix.

mod common;

use wl::codes::Code;
use wl::diagnostic::{blame, Diagnostic};
use wl::engine::{run_to_string_with, Session};
use wl::i18n::{translate, translate_masked};
use wl::number::Locale;
use wl::output::OutputSettings;

fn id() -> OutputSettings {
    OutputSettings {
        locale: Locale::Id,
        ..OutputSettings::default()
    }
}

/// The diagnostics a code's example produces (from `wl run`, or `wl check` for a problem only
/// the static check finds), and the session that rendered them.
fn first_diagnostics(code: Code) -> (Session, Vec<Diagnostic>) {
    let src = code.example();
    let mut s = Session::new(Box::new(std::io::sink()));
    s.set_output(id());
    let mut diags = match s.run("example.wl", src) {
        Ok(outcome) => outcome.warnings,
        Err(d) => d,
    };
    if !diags.iter().any(|d| d.code == code) {
        let mut fresh = Session::new(Box::new(std::io::sink()));
        fresh.set_output(id());
        diags = fresh.check("example.wl", src);
        s = fresh;
    }
    (s, diags)
}

/// Every diagnostic a code's example gives, from `wl run` and from `wl check` (which may find
/// more, or word the same problem otherwise), after the blame rule: each group with the
/// session that rendered it.
fn diagnostics(code: Code) -> Vec<(Session, Vec<Diagnostic>)> {
    let (s, first) = first_diagnostics(code);
    let mut checking = Session::new(Box::new(std::io::sink()));
    checking.set_output(id());
    let more: Vec<Diagnostic> = checking
        .check("example.wl", code.example())
        .into_iter()
        .filter(|d| {
            !first
                .iter()
                .any(|e| e.message == d.message && e.code == d.code)
        })
        .collect();
    [(s, first), (checking, more)]
        .into_iter()
        .map(|(s, diags)| {
            let blamed = diags
                .iter()
                .map(|d| blame(d, &s.interp.sources).unwrap_or_else(|| d.clone()))
                .collect();
            (s, blamed)
        })
        .collect()
}

/// English function words that no Indonesian sentence has; text in backticks or double quotes
/// (names, units, the user's own words, wl code) is not looked at.
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "are",
    "and",
    "not",
    "of",
    "with",
    "must",
    "cannot",
    "has",
    "have",
    "this",
    "that",
    "to",
    "in",
    "add",
    "or",
    "an",
    "expected",
    "unexpected",
    "expression",
    "name",
    "block",
    "while",
    "reading",
    "line",
    "number",
    "string",
    "something",
];

fn unquoted_words(text: &str) -> Vec<String> {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in text.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '`' || c == '"' => quote = Some(c),
            None => out.push(c),
        }
    }
    out.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// What of a diagnostic is still English: texts with no template, and English words left in
/// a translated text (a part no template covered).
fn leaks(d: &Diagnostic) -> Vec<String> {
    let code = d.code.id();
    let texts = std::iter::once(d.message.as_str())
        .chain(d.labels.iter().map(|l| l.message.as_str()))
        .chain(d.hint.as_deref())
        .chain(d.notes.iter().map(String::as_str));
    let mut out = Vec::new();
    for text in texts {
        match translate(code, text).and(translate_masked(code, text)) {
            None => out.push(format!("{code}: no template for {text:?}")),
            // A function's signature in a note is wl code.
            Some(signature) if is_signature(&signature) => {}
            Some(indonesian) => {
                let english: Vec<String> = unquoted_words(&indonesian)
                    .into_iter()
                    .filter(|w| ENGLISH.contains(&w.as_str()))
                    .collect();
                if !english.is_empty() {
                    out.push(format!(
                        "{code}: English {english:?} left in {indonesian:?}"
                    ));
                }
            }
        }
    }
    out
}

/// `add(a, b)`, `round(x, digits?, mode?)`.
fn is_signature(text: &str) -> bool {
    text.split_once('(').is_some_and(|(name, rest)| {
        !name.is_empty()
            && name.chars().all(|c| c.is_alphanumeric() || c == '_')
            && rest.ends_with(')')
    })
}

#[test]
fn every_codes_example_is_indonesian_under_locale_id() {
    let mut missing_codes = Vec::new();
    let mut details = Vec::new();
    for &code in Code::ALL {
        if code.example().is_empty() {
            continue;
        }
        let mut found = Vec::new();
        for (session, diags) in diagnostics(code) {
            found.extend(diags.iter().flat_map(leaks));
            let rendered = session.render(&diags, false);
            for word in ["Error:", "Warning:", "Help:", "Note:"] {
                if rendered.contains(word) {
                    found.push(format!("{}: the report says {word}", code.id()));
                }
            }
        }
        if !found.is_empty() {
            missing_codes.push(code.id());
            details.extend(found);
        }
    }
    assert!(
        missing_codes.is_empty(),
        "codes without a full Indonesian translation (add or fix their entries in \
         src/i18n/catalogue.rs): {missing_codes:?}\n{}",
        details.join("\n")
    );
}

#[test]
fn a_rendered_report_reads_in_indonesian() {
    let (out, ok) = run_to_string_with("example.wl", Code::UnknownName.example(), id());
    assert!(!ok);
    // Hand-written expectation: the catalogue's E0201 templates and did-you-mean.
    assert!(
        out.contains("[E0201] Galat: nama `hours_per_dya` tidak dikenal"),
        "{out}"
    );
    assert!(out.contains("Saran: maksud Anda `hours_per_day`?"), "{out}");
    assert!(
        out.contains("tidak ada yang didefinisikan dengan nama ini di sini"),
        "{out}"
    );
}

#[test]
fn numbers_inside_a_translated_message_use_decimal_commas() {
    let (out, _) = run_to_string_with("example.wl", Code::OutsideBands.example(), id());
    // `0.46 falls in no band of "FTE"`, and the band `normal: from 1 to 1.28` in the note.
    assert!(
        out.contains("0,46 tidak masuk rentang mana pun dalam \"FTE\""),
        "{out}"
    );
    assert!(out.contains("normal: dari 1 sampai 1,28"), "{out}");
}

const PUSKESMAS: &str = "calendar pkm {
  hours_per_day = 7 h
  days_per_week = 6 days
  public_holidays = 16 days
  annual_leave = 12 days
  allowance = 30%
}
cadre bidan in pkm {
  current_staff = 4
  activity \"ANC\" { standard = 20 min per visit; volume = 3000 visits }
  support \"Rapat\" = 2 h per week
}
";

/// Every English field name with an Indonesian label, as it would head a printed field or a
/// column.
fn english_labels_in(out: &str) -> Vec<&'static str> {
    wl::number::labels::FIELDS
        .iter()
        .filter(|(en, id)| en != id)
        .filter(|(en, _)| {
            out.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with(&format!("{en} ")) || l.starts_with(&format!("{en}:"))
            }) || out
                .lines()
                .any(|l| l.split("  ").any(|cell| cell.trim() == *en))
        })
        .map(|(en, _)| *en)
        .collect()
}

#[test]
fn printed_workload_results_carry_no_english_labels() {
    for call in [
        "abk_kes(bidan)",
        "wisn(bidan)",
        "kepmenkes_81(bidan)",
        "working_time(pkm)",
    ] {
        let src = format!("{PUSKESMAS}print {call}\n");
        let (en, ok) = run_to_string_with("p.wl", &src, OutputSettings::default());
        assert!(ok, "{en}");
        let (out, ok) = run_to_string_with("p.wl", &src, id());
        assert!(ok, "{out}");
        assert!(
            !english_labels_in(&en).is_empty(),
            "the check sees English labels: {en}"
        );
        assert_eq!(
            english_labels_in(&out),
            Vec::<&str>::new(),
            "{call}:\n{out}"
        );
    }
    // The labels the issue names, in the ABK-Kes task table (hand-checked against PMK 33/2015's
    // worksheet headings: tugas, capaian, norma, SBK, kebutuhan, kesenjangan).
    let (out, _) = run_to_string_with("p.wl", &format!("{PUSKESMAS}print abk_kes(bidan)\n"), id());
    for label in [
        "tugas",
        "capaian",
        "norma",
        "SBK",
        "kebutuhan",
        "kesenjangan",
        "dibutuhkan",
    ] {
        assert!(out.contains(label), "{label} missing:\n{out}");
    }
}

/// The stdlib's own words in the worksheets: every record field and table column printed in
/// English must come out translated (a name is checked whether or not the label table knows
/// it), and the phrases the stdlib builds around a name or a figure too.
#[test]
fn the_worksheets_fields_and_phrases_are_indonesian() {
    let cadre = "cadre jab {
  current_staff = 1
  stp = 1.25
  activity \"ANC\" { standard = 20 min per visit; volume = 3000 visits }
  activity \"KB\" { standard = 10 min per visit; volume = 30 visits; include = false; reason = \"oleh perawat\" }
}
";
    for call in [
        "abk_kes_table(bidan)",
        "kepmenkes_81_table(bidan)",
        "kepmenkes_81(bidan)",
        "wisn_table(bidan)",
        "abk_kes(jab, wkt: 1200 h per year)",
        "abk_kes_table(jab, wkt: 1200 h per year)",
        "kepmenkes_81_table(jab, wkt: 1200 h per year)",
    ] {
        let src = format!("{PUSKESMAS}{cadre}print {call}\n");
        let (en, ok) = run_to_string_with("p.wl", &src, OutputSettings::default());
        assert!(ok, "{en}");
        let (out, ok) = run_to_string_with("p.wl", &src, id());
        assert!(ok, "{out}");
        // The names heading fields and columns in English: snake_case words of two or more
        // parts, which no Indonesian label shares with its English name.
        let names: Vec<&str> = en
            .split_whitespace()
            .filter(|w| w.contains('_') && w.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .collect();
        assert!(!names.is_empty(), "the check sees English names: {en}");
        let english: Vec<&str> = names
            .into_iter()
            .filter(|w| out.split_whitespace().any(|o| o == *w))
            .collect();
        assert_eq!(english, Vec::<&str>::new(), "{call}:\n{out}");
        for phrase in [
            "no: ",
            "given: ",
            "as printed",
            "available days",
            "missing staff",
        ] {
            assert!(!out.contains(phrase), "{call}: `{phrase}` in\n{out}");
        }
    }
}

#[test]
fn exported_headers_are_indonesian_and_json_stays_english() {
    // A stdlib result's table: its column names are the stdlib's labels.
    let src = format!("{PUSKESMAS}print abk_kes(bidan).tasks\n");
    let csv = OutputSettings {
        format: wl::output::Format::from_name("csv").unwrap(),
        locale: Locale::Id,
        ..Default::default()
    };
    let (out, _) = run_to_string_with("t.wl", &src, csv);
    // Hand-written from the label table: task, achievement, norm, sbk, requirement, counted.
    assert!(
        out.starts_with(
            "tugas;capaian (visits);norma (min per visit);SBK (visits);kebutuhan;dihitung\n"
        ),
        "{out}"
    );
    let json = OutputSettings {
        format: wl::output::Format::from_name("json").unwrap(),
        locale: Locale::Id,
        ..Default::default()
    };
    let (out, _) = run_to_string_with("t.wl", &src, json);
    assert!(out.contains("\"requirement\""), "{out}");
    assert!(!out.contains("kebutuhan"), "{out}");
}

#[test]
fn str_and_explain_use_decimal_commas() {
    let src = format!(
        "{PUSKESMAS}print str(0.464) + \" \" + str(155040.5) + \" \" + str(2026) + \" \" + str([0.5, \"a.b\"])\nexplain caf(bidan)\n"
    );
    let (out, ok) = run_to_string_with("p.wl", &src, id());
    assert!(ok, "{out}");
    // str writes no thousands dot, so `2026` can go into a file name; quoted text is kept.
    assert!(
        out.starts_with("0,464 155040,5 2026 [0,5, \"a.b\"]\n"),
        "{out}"
    );
    // The support activity: 2 h a week of a 6-day week of 7 h days is 2 / 42 = 4.7619047619%;
    // CAF = 1 / (1 - 2/42) = 42/40 = 1.05.
    assert!(out.contains("cas(Rapat, pkm) = 4,7619047619%"), "{out}");
    assert!(out.contains("= 1 / (1 - 4,7619047619%)"), "{out}");
    assert!(out.ends_with("= 1,05\n"), "{out}");
    let (en, _) = run_to_string_with("p.wl", &src, OutputSettings::default());
    assert!(
        en.starts_with("0.464 155040.5 2026 [0.5, \"a.b\"]\n"),
        "{en}"
    );
}

proptest::proptest! {
    // Each case starts a session with the whole stdlib: a few dozen cases cover the shapes
    // (sign, scale, digits) without a minute of test time.
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(40))]
    /// `number(str(x))` gives `x` back under `id`, for any exact decimal.
    #[test]
    fn str_round_trips_through_number_under_id(units in -10_000_000i64..10_000_000, scale in 0u32..6) {
        let x = rust_decimal::Decimal::new(units, scale);
        let src = format!("assert number(str({x})) == {x}\nprint str({x})\n");
        let (out, ok) = run_to_string_with("p.wl", &src, id());
        proptest::prop_assert!(ok, "{}", out);
        proptest::prop_assert!(!out.contains('.'), "{}", out);
    }
}

/// The stdlib files of the workload methods: each public function has an Indonesian doc.
const WORKLOAD_FILES: &[&str] = &[
    "stdlib/wisn.wl",
    "stdlib/abk.wl",
    "stdlib/fte.wl",
    "stdlib/calendar.wl",
    "stdlib/norms.wl",
    "stdlib/time_motion.wl",
    "stdlib/sensitivity.wl",
    "stdlib/batch.wl",
];

#[test]
fn every_workload_function_has_an_indonesian_doc_that_help_shows() {
    use wl::registry::Origin;
    let mut missing = Vec::new();
    for e in wl::registry::public() {
        let Origin::Stdlib { file } = e.origin else {
            continue;
        };
        if !WORKLOAD_FILES.contains(&file) {
            continue;
        }
        match e.doc_id {
            Some(doc) => {
                assert!(e.help_in(Locale::Id).contains(doc.lines().next().unwrap()));
            }
            None => missing.push(e.name),
        }
    }
    assert!(
        missing.is_empty(),
        "no Indonesian doc in src/i18n/docs.rs: {missing:?}"
    );
    // And every Indonesian doc is of a public workload function (none left for a renamed one).
    for (name, _) in wl::i18n::docs::DOCS {
        let e = wl::registry::find(name).unwrap_or_else(|| panic!("{name} is not a function"));
        assert!(e.public, "{name} is internal");
        assert!(
            matches!(e.origin, Origin::Stdlib { file } if WORKLOAD_FILES.contains(&file)),
            "{name}"
        );
    }
    let mut repl = wl::repl::Repl::with_locale(Locale::Id);
    let wl::repl::Reply::Text(help) = repl.feed(":help caf") else {
        panic!("text expected")
    };
    assert_eq!(
        help,
        "caf(cadre)\n  CAF = 1 / (1 - total CAS). Total 100% atau lebih tidak menyisakan waktu untuk pelayanan.\n  (didefinisikan di stdlib/wisn.wl)\n"
    );
    // English stays English.
    let mut repl = wl::repl::Repl::new();
    let wl::repl::Reply::Text(help) = repl.feed(":help caf") else {
        panic!("text expected")
    };
    assert!(
        help.contains("A total of 100% or more leaves no time for services."),
        "{help}"
    );
}

#[test]
fn wl_check_takes_the_locale() {
    let dir = std::env::temp_dir().join(format!("wl-i18n-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("typo.wl");
    std::fs::write(&file, Code::UnknownName.example()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["check", "--locale", "id"])
        .arg(&file)
        .output()
        .expect("wl runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("nama `hours_per_dya` tidak dikenal"),
        "{stderr}"
    );
    assert!(stdout.ends_with(": 1 galat\n"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A scratch folder for a script and its data.
fn scratch(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("wl-i18n-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A statistics script printing every SPSS table wl lays out: Crosstabs (a 2x2 table with its
/// Risk Estimate, one with a zero cell, whose note replaces it, and a 2x3 table), the
/// Statistics table (two modes), Frequencies with a missing value, Reliability (with a 2-item
/// scale's note) and item validity, and the hypothesis tests' tables, with the notes of an
/// undefined Levene's test and of a sample too large for Shapiro-Wilk.
const STATISTICS: &str = "# Statistik dalam tata letak SPSS
let g1 = [72, 68, 75, 80, 66, 71, 74, 69, 77, 73, 70]
let g2 = [65, 70, 62, 68, 64, 60, 67, 63, 66]
let a = [3, 5, 2, 8, 7, 4, 6, 9, 5, 6]
let b = [10, 14, 9, 20, 15, 13, 13, 22, 11, 17]
let butir = table { q1: [4, 3, 5, 2, 4, 3, 5, 4], q2: [4, 2, 5, 3, 4, 3, 4, 4], q3: [3, 3, 4, 2, 5, 2, 5, 3] }
let d = read_csv(\"skor.csv\", missing: [\"NA\"])
print crosstab([[32, 13], [31, 29]])
print crosstab([[5, 0], [3, 4]])
print crosstab([[10, 5, 3], [4, 8, 9]])
print descriptives(d.skor)
print frequencies(d.skor)
print reliability(butir)
print reliability(table { q1: [4, 3, 5, 2, 4], q2: [4, 2, 5, 3, 3] })
print validity(butir)
print t_test(g1, g2)
print paired_t_test(a, b)
print mann_whitney(g1, g2)
print wilcoxon(a, b)
print normality(g1)
print mcnemar([[794, 86], [150, 570]])
print mcnemar([[10, 3], [9, 8]])
print spearman(a, b)
print kendall(a, b)
# Levene tidak terdefinisi; Shapiro-Wilk hanya sampai 5000 kasus
print t_test([1, 3, 1, 3], [5, 7, 5, 7])
print normality(map(0..5200, fn(i) => i * 7919 - floor(i * 7919 / 1000) * 1000))
";

/// The English of the SPSS tables that Indonesian tables must not show: headings, row and
/// column terms, footnotes. Terms Indonesian SPSS output keeps (Valid, Total, N, df, Sig.,
/// Chi-Square, Phi, Cramer's V, Median, Minimum, Kurtosis, and the names Pearson, Fisher,
/// Cronbach, Levene, Mann-Whitney, Wilcoxon, Spearman, Kendall) are not listed.
const SPSS_ENGLISH: &[&str] = &[
    "Case Processing Summary",
    "Crosstabulation",
    "Count",
    "Expected Count",
    "% within",
    "Chi-Square Tests",
    "Pearson Chi-Square",
    "Continuity Correction",
    "Likelihood Ratio",
    "Fisher's Exact Test",
    "Linear-by-Linear Association",
    "N of Valid Cases",
    "Asymp. Sig.",
    "Exact Sig.",
    "(2-sided)",
    "(1-sided)",
    "(2-tailed)",
    "have expected count less than 5",
    "Computed only for a 2x2 table",
    "Symmetric Measures",
    "Approximate Significance",
    "Nominal by Nominal",
    "Contingency Coefficient",
    "Risk Estimate",
    "Confidence Interval",
    "Odds Ratio",
    "For cohort",
    "Note:",
    "has count 0",
    "Cases",
    "Excluded",
    "Listwise deletion",
    "Reliability Statistics",
    "Cronbach's Alpha",
    "Based on Standardized Items",
    "N of Items",
    "Item-Total Statistics",
    "Scale Mean if Item Deleted",
    "Scale Variance if Item Deleted",
    "Corrected Item-Total Correlation",
    "Squared Multiple Correlation",
    "if Item Deleted",
    "Summary Item Statistics",
    "Item Means",
    "Item Variances",
    "Inter-Item",
    "only 2 items",
    "Item validity",
    "against r table",
    "corrected r",
    "invalid",
    "Frequency",
    "Percent",
    "Valid Percent",
    "Cumulative Percent",
    "Missing",
    "System",
    "Statistics",
    "Mean",
    "Std. Error",
    "Std. Deviation",
    "Mode",
    "Variance",
    "Skewness",
    "Maximum",
    "Range",
    "Sum",
    "Percentiles",
    "Tukey's Hinges",
    "Multiple modes exist",
    "Correlations",
    "Correlation Coefficient",
    "Spearman's rho",
    "Kendall's tau_b",
    "Group Statistics",
    "Independent Samples Test",
    "Levene F",
    "Mean Difference",
    "CI Lower",
    "CI Upper",
    "Equal variances",
    "Paired Samples",
    "first",
    "second",
    "Ranks",
    "Mean Rank",
    "Sum of Ranks",
    "Test Statistics",
    "Mann-Whitney U",
    "Wilcoxon W",
    "Negative Ranks",
    "Positive Ranks",
    "Ties",
    "Based on",
    "negative ranks",
    "Not corrected for ties",
    "Tests of Normality",
    "Statistic",
    "lower bound",
    "Significance Correction",
    "McNemar Test",
    "Binomial distribution",
    "Continuity corrected",
    "Levene's test is undefined",
    "only the Lilliefors test is given",
    "Row",
    "Column",
];

/// The text of an HTML report's `<main>`, without the script's appendix.
fn report_text(html: &str) -> String {
    common::report::main_text(html, &[("<section id=\"script\"", "</section>")])
}

/// The printed text and the HTML report of [`STATISTICS`] in `locale`.
fn statistics(locale: Locale) -> (String, String) {
    let dir = scratch(&format!("stats-{locale:?}"));
    std::fs::write(dir.join("skor.csv"), "skor\n3\nNA\n4\n2\n5\n2\n4\n").unwrap();
    let name = dir.join("statistik.wl").display().to_string();
    std::fs::write(&name, STATISTICS).unwrap();
    let settings = OutputSettings {
        locale,
        ..OutputSettings::default()
    };
    let (text, ok) = run_to_string_with(&name, STATISTICS, settings);
    assert!(ok, "{text}");
    let (html, failed) = common::report::report_of(&dir, "statistik.wl", STATISTICS, locale);
    assert!(!failed);
    std::fs::remove_dir_all(&dir).unwrap();
    (text, report_text(&html))
}

#[test]
fn spss_tables_are_indonesian_in_print_and_in_the_report() {
    let (en_text, en_html) = statistics(Locale::En);
    // The script shows every term, so its absence under `id` means something.
    let unused: Vec<&str> = SPSS_ENGLISH
        .iter()
        .copied()
        .filter(|t| !en_text.contains(t) || !en_html.contains(t))
        .collect();
    assert!(unused.is_empty(), "not shown in English: {unused:?}");
    let (id_text, id_html) = statistics(Locale::Id);
    for (what, out) in [("print", &id_text), ("--report", &id_html)] {
        let english: Vec<&str> = SPSS_ENGLISH
            .iter()
            .copied()
            .filter(|t| out.contains(t))
            .collect();
        assert!(english.is_empty(), "{what}: English {english:?} in\n{out}");
    }
    // The terms of Indonesian SPSS output the issue names, hand-written.
    for term in [
        "Ringkasan Pemrosesan Kasus",
        "Tabulasi Silang",
        "Uji Chi-Square",
        "Estimasi Risiko",
        "Statistik Reliabilitas",
        "Statistik Item-Total",
        "Frekuensi",
        "Jumlah yang Diharapkan",
        "Hilang",
    ] {
        assert!(id_text.contains(term), "{term} missing:\n{id_text}");
        assert!(id_html.contains(term), "{term} missing:\n{id_html}");
    }
    // Figures are the same figures with decimal commas: Pearson's chi-square of
    // [[32, 13], [31, 29]] is 4.051 (the SPSS output of seed 002, as the English snapshot).
    assert!(en_text.contains("4.051a") && id_text.contains("4,051a"));
}

#[test]
fn tolerant_reading_warns_in_indonesian() {
    let dir = scratch("lenient");
    // Line 3 has text in a column of numbers, line 4 one cell too many, line 5 one too few;
    // lines 6 to 35 are good (so `a` holds numbers by the majority rule), and lines 36 to 55
    // have text again: 23 rows left out, past the 20 warnings, so one warning counts the
    // last 3, from line 53 on.
    let mut csv = String::from("id,a,b\nr0,1,2\nr1,x,3\nr2,1,2,3\nr3,4\n");
    for i in 0..30 {
        csv.push_str(&format!("g{i},{i},1\n"));
    }
    for i in 0..20 {
        csv.push_str(&format!("s{i},y,1\n"));
    }
    std::fs::write(dir.join("bad.csv"), csv).unwrap();
    let name = dir.join("baca.wl").display().to_string();
    let src = "let r = read_csv(\"bad.csv\", bad_rows: \"skip\")\nprint r.rows\n";
    let mut s = Session::new(Box::new(std::io::sink()));
    s.set_output(id());
    let warnings = s.run(&name, src).expect("runs").warnings;
    let codes: Vec<&str> = warnings.iter().map(|d| d.code.id()).collect();
    assert_eq!(codes.len(), 21, "{codes:?}");
    for code in ["E0602", "E0603"] {
        assert!(codes.contains(&code), "{codes:?}");
    }
    let found: Vec<String> = warnings.iter().flat_map(leaks).collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
    let rendered = s.render(&warnings, false);
    assert!(!rendered.contains("Warning:"), "{rendered}");
    // Hand-written from the catalogue's templates.
    assert!(
        rendered.contains("`bad.csv`, baris 5: header memiliki 3 kolom tetapi baris ini memiliki 2 sel; kolom 3 (`b`) tidak ada; baris ini dikeluarkan"),
        "{rendered}"
    );
    assert!(
        rendered.contains("`bad.csv`: 3 baris lagi dikeluarkan, mulai baris 53"),
        "{rendered}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Syntax errors come in more shapes than the codes' examples show: what was found (a number,
/// a name, a string, the end of a line) and the list of what could have come instead.
const SYNTAX_ERRORS: &[&str] = &[
    "print f((r) => 1)",
    "let x = (1 + ",
    "print [1, 2",
    "let = 3",
    "print {a: 1",
    "calendar c { hours_per_day 7 h }",
    "print 1 +* 2",
    "if 1 { 2 } else",
    "print t.",
    "let let = 2",
    "let x = 30% visits",
    "print \"a\" \"b\"",
    "print [1,, 2]",
    "fn f(a b) { a }",
    "print f(1 2)",
    "audit 1 / 2 reported",
    "print x y",
    "let x = 1,5",
    "print 1 +",
    "calendar { }",
    "let f = fn(",
    "print try",
    "for x in [1, 2] print x",
];

#[test]
fn syntax_errors_of_every_shape_are_indonesian() {
    let mut found = Vec::new();
    for src in SYNTAX_ERRORS {
        let mut s = Session::new(Box::new(std::io::sink()));
        s.set_output(id());
        let diags = s.check("example.wl", src);
        assert!(!diags.is_empty(), "{src} has no error");
        for d in &diags {
            found.extend(leaks(d).into_iter().map(|l| format!("{src:?}: {l}")));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The header line of the first table printed in `out`.
fn first_header(out: &str) -> &str {
    out.lines().next().unwrap_or_default()
}

/// Whether a printed record in `out` has the field `name` with the value `value`.
fn has_field(out: &str, name: &str, value: &str) -> bool {
    out.lines()
        .any(|l| l.split_whitespace().collect::<Vec<_>>() == [name, value])
}

#[test]
fn a_users_column_keeps_its_name_and_a_stdlib_label_is_translated() {
    let dir = scratch("names");
    std::fs::write(dir.join("staf.csv"), "facility,cadre,need\nPKM A,bidan,3\n").unwrap();
    let name = dir.join("nama.wl").display().to_string();
    let src = format!(
        "let staf = read_csv(\"staf.csv\")\nprint staf\nprint select(staf, [\"cadre\", \"need\"])\n\
         print {{ need: 2, gap: 1 }}\nprint with_field({{ awt: 1 }}, \"staff\", 2)\n\
         print with_column(select(staf, [\"need\"]), \"gap\", [1])\n\
         print aggregate(staf, \"facility\", {{ need: \"sum\" }})\n{PUSKESMAS}print wisn(bidan)\n"
    );
    let (out, ok) = run_to_string_with(&name, &src, id());
    assert!(ok, "{out}");
    // The user's CSV header, also after `select`, and the user's record: as written.
    assert_eq!(
        first_header(&out).split_whitespace().collect::<Vec<_>>(),
        ["facility", "cadre", "need"],
        "{out}"
    );
    assert!(out.contains("\ncadre  need\n"), "{out}");
    assert!(out.contains("{ need: 2, gap: 1 }"), "{out}");
    // A name given as text to `with_field` or `with_column` in the user's script, too.
    assert!(out.contains("{ awt: 1, staff: 2 }"), "{out}");
    assert!(out.contains("\nneed  gap\n"), "{out}");
    // A column named by text in the user's script (`aggregate`'s `by`).
    assert!(out.contains("\nfacility  need\n"), "{out}");
    // The stdlib's result has its own `cadre` and `required`: its labels, in Indonesian
    // (src/number/labels.rs: cadre → jenis_tenaga, required → dibutuhkan).
    assert!(has_field(&out, "jenis_tenaga", "bidan"), "{out}");
    assert!(out.contains("\n  dibutuhkan "), "{out}");
    // CSV export keeps the user's header too.
    let csv = OutputSettings {
        format: wl::output::Format::from_name("csv").unwrap(),
        locale: Locale::Id,
        ..Default::default()
    };
    let (out, _) = run_to_string_with(&name, "print read_csv(\"staf.csv\")\n", csv);
    assert!(out.contains("facility;cadre;need\n"), "{out}");
    std::fs::remove_dir_all(&dir).unwrap();
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
    /// Whichever stdlib label a user's data file uses as a header, an `id` run prints the
    /// header as written, while the stdlib's own result still says `jenis_tenaga`.
    #[test]
    fn any_label_the_user_writes_is_printed_as_written(i in 0..wl::number::labels::FIELDS.len()) {
        let (label, _) = wl::number::labels::FIELDS[i];
        // `cadre` itself would be both: the stdlib's label is checked with another name.
        proptest::prop_assume!(label != "cadre");
        let dir = scratch(&format!("label-{i}"));
        std::fs::write(dir.join("d.csv"), format!("{label},x\n1,2\n")).unwrap();
        let name = dir.join("d.wl").display().to_string();
        let src = format!("print read_csv(\"d.csv\")\nprint {{ {label}: 5 }}\n{PUSKESMAS}print wisn(bidan)\n");
        let (out, ok) = run_to_string_with(&name, &src, id());
        std::fs::remove_dir_all(&dir).unwrap();
        proptest::prop_assert!(ok, "{}", out);
        proptest::prop_assert_eq!(
            first_header(&out).split_whitespace().next(),
            Some(label),
            "{}", out
        );
        let record_line = format!("{{ {label}: 5 }}");
        proptest::prop_assert!(out.contains(&record_line), "{}", out);
        proptest::prop_assert!(has_field(&out, "jenis_tenaga", "bidan"), "{}", out);
    }
}

/// A native given an argument of the wrong kind says what it wanted and what it got
/// (`Args::wrong`): one call for each kind of wish, and each type a value can have.
const WRONG_KINDS: &[&str] = &[
    "print aggregate(table { a: [1] }, \"a\", [\"a\"])",
    "print crosstab(\"x\")",
    "print read_csv(\"x.csv\", bad_rows: \"maybe\")",
    "print read_csv(\"x.csv\", delimiter: 5)",
    "print with_field(5, \"a\", 1)",
    "print with_column(table { a: [1] }, \"b\", 5)",
    "print select(table { a: [1] }, 5)",
    "print len(5)",
    "print mean(\"x\")",
    "print reliability(5)",
    "print sort([1], 5 h)",
    "print merge([1], 30%)",
    "print t_test(nothing_here_is, 1)",
    "print frequencies(5)",
    "print percentile([1, 2], \"x\")",
    "print round(1.5, \"x\")",
];

#[test]
fn a_wrong_kind_of_argument_is_named_in_indonesian() {
    let mut found = Vec::new();
    let mut seen = 0;
    for src in WRONG_KINDS {
        let mut s = Session::new(Box::new(std::io::sink()));
        s.set_output(id());
        let diags = match s.run("example.wl", src) {
            Ok(o) => o.warnings,
            Err(d) => d,
        };
        seen += diags
            .iter()
            .filter(|d| d.code == Code::TypeMismatch)
            .count();
        for d in &diags {
            found.extend(leaks(d).into_iter().map(|l| format!("{src:?}: {l}")));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    assert!(seen >= 10, "only {seen} of the calls are E0402");
}
