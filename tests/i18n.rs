//! Bahasa Indonesia throughout: every diagnostic code's example rendered under `--locale id`
//! must come out in Indonesian (message, labels, hint, notes and the report's own words), and
//! results printed under `id` must not show English labels. The failure lists exactly which
//! codes lack a translation, so adding a code's catalogue entry (src/i18n/catalogue.rs) is the
//! fix.

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
/// the static check finds), after the blame rule, and the session that rendered them.
fn diagnostics(code: Code) -> (Session, Vec<Diagnostic>) {
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
    let blamed = diags
        .iter()
        .map(|d| blame(d, &s.interp.sources).unwrap_or_else(|| d.clone()))
        .collect();
    (s, blamed)
}

/// English function words that no Indonesian sentence has; text in backticks or double quotes
/// (names, units, the user's own words, wl code) is not looked at.
const ENGLISH: &[&str] = &[
    "the", "is", "are", "and", "not", "of", "with", "must", "cannot", "has", "have", "this",
    "that", "to", "in", "add", "or",
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
        let (session, diags) = diagnostics(code);
        let mut found: Vec<String> = diags.iter().flat_map(leaks).collect();
        let rendered = session.render(&diags, false);
        for word in ["Error:", "Warning:", "Help:", "Note:"] {
            if rendered.contains(word) {
                found.push(format!("{}: the report says {word}", code.id()));
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

#[test]
fn exported_headers_are_indonesian_and_json_stays_english() {
    let src = "let t = table { task: [\"ANC\"], need: [0.72], gap: [3] }\nprint t\n";
    let csv = OutputSettings {
        format: wl::output::Format::from_name("csv").unwrap(),
        locale: Locale::Id,
        ..Default::default()
    };
    let (out, _) = run_to_string_with("t.wl", src, csv);
    assert_eq!(out, "tugas;kebutuhan;kesenjangan\nANC;0,72;3\n");
    let json = OutputSettings {
        format: wl::output::Format::from_name("json").unwrap(),
        locale: Locale::Id,
        ..Default::default()
    };
    let (out, _) = run_to_string_with("t.wl", src, json);
    assert!(out.contains("\"need\""), "{out}");
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
