//! The fuzzing findings of issue 15, each as a regression test on the real binary: a
//! diagnostic (exit 1) or a correct result (exit 0), quickly, never a panic, a hang or runaway
//! memory. The reproducers were minimised from libFuzzer runs (see fuzz/README.md).

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wl-fuzz-findings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `wl CMD file args…` on `src` written to `name`; (exit code, stdout, stderr), after
/// asserting that it did not panic and finished within `secs` seconds.
fn wl(cmd: &str, name: &str, src: &str, args: &[&str], secs: u64) -> (i32, String, String) {
    let path = dir().join(name);
    std::fs::write(&path, src).unwrap();
    let start = Instant::now();
    let mut c = Command::new(env!("CARGO_BIN_EXE_wl"));
    c.arg(cmd).arg(&path);
    if cmd == "run" {
        c.args(["--time-limit", "20"]);
    }
    let out = c.args(args).output().expect("wl runs");
    let took = start.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{name} panicked:\n{stderr}");
    assert!(
        took < Duration::from_secs(secs),
        "{name} took {took:?}:\n{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.code().unwrap_or(-1), stdout, stderr)
}

fn run(name: &str, src: &str) -> (i32, String, String) {
    wl("run", name, src, &[], 10)
}

/// run-1: sort of 21+ mixed numbers and texts panicked in the standard library's sort.
#[test]
fn sort_of_mixed_kinds_is_an_error_naming_them() {
    let (code, _, err) = run(
        "sort-mixed.wl",
        "print sort([9,\"s\",10,\"s\",11,2,\"s\",7,\"s\",8,\"s\",6,4,\"s\",3,\"s\",1,\"s\",0,\"s\",5])\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("sort needs items of one kind, and item 1 is a number but item 2 is a text"),
        "{err}"
    );
    let (code, out, err) = run(
        "sort-units.wl",
        "print sort([3 h, 30 min, 1 h, 90 min])\nprint sort([\"b\", \"a\"])\n",
    );
    assert_eq!(code, 0, "{err}");
    // 30 min < 1 h < 90 min < 3 h
    assert_eq!(out, "[30 min, 1 h, 90 min, 3 h]\n[\"a\", \"b\"]\n");
}

/// run-3: critical_r(1e8) ran for minutes inside statrs' t inverse.
#[test]
fn critical_r_of_a_huge_sample_is_quick() {
    let (code, out, err) = run("critical-r.wl", "print critical_r(1e8)\n");
    assert_eq!(code, 0, "{err}");
    // R 4.2: n <- 1e8; df <- n - 2; t <- qt(0.975, df); t / sqrt(df + t^2)
    // = 0.0001959963990216801, printed to wl's 10 decimals.
    assert_eq!(out, "0.0001959964\n");
}

/// run-4: Fisher's 2x2 for N = 4e15 walked ~1e9 weights into a Vec (4 GiB and more).
#[test]
fn crosstab_of_a_huge_table_leaves_fisher_out_with_a_note() {
    let (code, out, err) = run(
        "crosstab-huge.wl",
        "print crosstab([[1e15, 1e15], [1e15, 1e15]])\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("Fisher's Exact Test"), "{out}");
    assert!(
        out.contains("Note: Fisher's exact test is not shown: the table is too large"),
        "{out}"
    );
}

/// run-5: a range was materialised as a 100M-item list for `sum`.
#[test]
fn ranges_stream_into_the_list_natives() {
    let (code, out, err) = run(
        "range-sum.wl",
        "print sum(0..99999999)\nprint mean(1..=10)\nprint sum(1 h..=3 h)\nprint sum(5..1)\n\
         print map(1..=3, fn(x) => x * 2)\nprint filter(1..=6, fn(x) => x > 4)\n",
    );
    assert_eq!(code, 0, "{err}");
    // 0 + … + 99999998 = 99999998 × 99999999 / 2; (1 + … + 10) / 10 = 5.5; 1 h + 2 h + 3 h;
    // an empty range sums to 0.
    assert_eq!(out, "4999999850000001\n5.5\n6 h\n0\n[2, 4, 6]\n[5, 6]\n");
    // Walking a range is still bounded when the callback is a native (which does not check
    // the time limit): past 100,000,000 steps it is refused, as a `for` loop's list is.
    let (code, _, err) = run("range-map.wl", "print len(map(0..1000000000000, abs))\n");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("more than 100,000,000 steps"), "{err}");
}

/// run-7: a crosstab record with more `counts` rows than `expected` rows panicked when printed.
#[test]
fn an_inconsistent_crosstab_record_is_a_diagnostic() {
    let (code, _, err) = run(
        "crosstab-edited.wl",
        "let c = crosstab([[1, 2], [3, 4]])\n\
         print with_field(c, \"counts\", crosstab([[1, 2], [3, 4], [5, 6]]).counts)\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("E0411"), "{err}");
    assert!(
        err.contains("this crosstab's `counts` has 4 rows but its `expected` has 3"),
        "{err}"
    );
}

/// check-1: did-you-mean compared two 100,000-letter names with a quadratic edit distance.
#[test]
fn a_huge_unknown_name_is_checked_quickly() {
    let known = "a".repeat(100_000);
    let typo = format!("{}b", "a".repeat(99_999));
    let src = format!("let {known} = 1\nprint {typo}\n");
    let (code, _, err) = wl("check", "long-name.wl", &src, &[], 10);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("unknown name"), "{err}");
}

/// `read_xlsx` of the crafted file `tests/data/NAME` fails with a message containing `says`.
fn xlsx_refused(name: &str, says: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    let (code, _, err) = wl(
        "run",
        "xlsx.wl",
        "print read_xlsx(args()[0])\n",
        &[path.to_str().unwrap()],
        10,
    );
    assert_eq!(code, 1, "{name}: {err}");
    assert!(err.contains(says), "{name}: {err}");
}

/// xlsx-1 and xlsx-2: calamine filled the used range (A1 to XFD1048576: 512 GiB), and a row
/// index of 4294967295 overflowed a capacity.
#[test]
fn crafted_xlsx_sheets_are_refused_with_the_cell_named() {
    xlsx_refused(
        "fuzz-xlsx-far-cell.xlsx",
        "row 1048576: column XFD holds a value but has no header",
    );
    xlsx_refused(
        "fuzz-xlsx-huge-row.xlsx",
        "refers to row or cell `4294967295`, outside an Excel sheet",
    );
    // Found by the xlsx fuzz target: calamine adds the digits of `r="4294967296"` in a u32
    // (a panic with overflow checks, row 0 without); refused before calamine reads it.
    xlsx_refused(
        "fuzz-xlsx-wrapping-row.xlsx",
        "refers to row or cell `4294967296`",
    );
    // Found by the 15-minute xlsx run: the sheet's `<dimension ref="…">` holds a reference of
    // many column letters, whose base-26 sum overflows calamine's u32; refused before calamine
    // reads it.
    xlsx_refused("fuzz-xlsx-dimension-letters.xlsx", "outside an Excel sheet");
    // Found by CI's 20-second xlsx smoke run: the same long dimension reference, in a sheet
    // stored as `xl/workshEets/sheet1.xml`, which calamine still finds but the check, looking
    // only under `xl/worksheets/`, passed over. Every XML part is checked now.
    xlsx_refused(
        "fuzz-xlsx-case-renamed-sheet.xlsx",
        "outside an Excel sheet",
    );
}

/// `use "/dev/zero"` and `read_csv("/dev/zero")` read until memory ran out.
#[cfg(unix)]
#[test]
fn endless_files_are_refused_at_the_cap() {
    let (code, _, err) = run("use-zero.wl", "use \"/dev/zero\"\n");
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("it is larger than 16 MiB"), "{err}");
    let (code, _, err) = run("csv-zero.wl", "print read_csv(\"/dev/zero\")\n");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("it is larger than 256 MiB, the most `read_csv` reads"),
        "{err}"
    );
}

/// Printing a record nested N deep built N² bytes of indentation (and a list nested 200,000
/// deep overflowed the stack when shown).
#[test]
fn deeply_nested_values_print_in_linear_text() {
    let src = "let r = {a: 1}\nfor i in 0..20000 { r = {a: r, b: 2} }\nprint r\n\
               let l = [1]\nfor i in 0..100000 { l = [l] }\nprint l\n";
    let (code, out, err) = wl("run", "nested.wl", src, &[], 30);
    assert_eq!(code, 0, "{err}");
    // 8 indented levels, then one line holding the rest up to 1000 levels deep, then `…`;
    // 20,000 levels used to print 400 MB.
    assert!(out.len() < 100_000, "{} bytes", out.len());
    assert!(out.contains('…'));
}

/// A CSV whose header is only U+FEFF (after the file's own byte-order mark) exported to a file
/// that read back with an empty header.
#[test]
fn a_bom_header_round_trips_through_export() {
    let d = dir();
    std::fs::write(d.join("bom.csv"), "\u{feff}\u{feff},b\n1,2\n").unwrap();
    let out_path = d.join("bom-out.csv");
    let out_path = out_path.to_str().unwrap();
    let src = format!(
        "let t = read_csv(\"bom.csv\")\nexport(t, \"{out_path}\")\n\
         let u = read_csv(\"bom-out.csv\")\nprint len(keys(u))\nprint keys(t) == keys(u)\n"
    );
    let (code, out, err) = run("bom.wl", &src);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "2\ntrue\n");
    let written = std::fs::read_to_string(d.join("bom-out.csv")).unwrap();
    assert!(written.starts_with("\"\u{feff}\",b\n"), "{written:?}");
}

/// The promise behind run-1 as a property: `sort` of any list of numbers (exact and
/// approximate, mixed units of one dimension) succeeds and leaves every item at most the next;
/// with a text among them it is an error, never a panic.
#[test]
fn sort_is_a_total_order_on_numbers() {
    use proptest::prelude::*;
    let item = prop_oneof![
        (-50i32..50).prop_map(|k| k.to_string()),
        (-200i32..200).prop_map(|k| format!("{}", f64::from(k) / 4.0)),
        (0u32..50).prop_map(|k| format!("sqrt({k})")),
    ];
    let unit = prop_oneof![Just(""), Just(" h"), Just(" min")];
    let cfg = ProptestConfig {
        cases: 32,
        ..ProptestConfig::default()
    };
    proptest!(cfg, |(items in prop::collection::vec((item, unit), 0..40), plain in any::<bool>(), text_at in any::<prop::sample::Index>())| {
        let mut xs: Vec<String> = items
            .iter()
            .map(|(x, u)| if plain { x.clone() } else { format!("{x} * 1{}", if u.is_empty() { " h" } else { u }) })
            .collect();
        let src = format!(
            "let s = sort([{}])\nfor i in 1..len(s) {{ assert s[i - 1] <= s[i] }}\nprint len(s)\n",
            xs.join(", ")
        );
        let (out, ok) = wl::run_to_string("sort.wl", &src);
        prop_assert!(ok, "{}\n{}", src, out);
        prop_assert_eq!(out, format!("{}\n", xs.len()));
        if !xs.is_empty() {
            let at = text_at.index(xs.len());
            xs.insert(at, "\"t\"".into());
            let (out, ok) = wl::run_to_string("sort.wl", &format!("print sort([{}])\n", xs.join(", ")));
            prop_assert!(!ok && out.contains("sort needs items of one kind"), "{}", out);
        }
    });
}

/// check-2: each unclosed `{` doubled the parse time (a failed line was retried at every token,
/// re-parsing all the braces after it). Thousands of unclosed brackets of each kind, alone and
/// mixed, on one line and on many, now give their syntax errors at once; the 5 s limit only
/// turns a regression into a failure instead of a hang.
#[test]
fn unclosed_brackets_parse_in_linear_time() {
    for open in [
        "{", "(", "[", "{(", "{[", "if x {", "fn(a) {", "{a: ", "{\n", "table {",
    ] {
        let src = format!("print {}\n", open.repeat(2000));
        let (code, _, err) = wl("check", "brackets.wl", &src, &[], 5);
        assert_eq!(code, 1, "{open:?}: {err}");
        assert!(err.contains("E01"), "{open:?}: a syntax error: {err}");
    }
}
