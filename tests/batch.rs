//! A national batch survives a bad row: the readers' `bad_rows: "skip"` (ragged lines and text
//! in a column of numbers left out, each kept with its line, column and reason), and
//! `wisn_batch` leaving out a facility with any bad row (a missing standard found only there)
//! and saying so in its summary. Expected figures are worked out by hand in the comments.

mod common;
use common::run;

use wl::engine::run_to_string;

/// Two bad rows among four: line 3 has the letter O in a number, line 4 a missing cell.
const FOUR_ROWS: &str = "facility,volume,staff\\nA,10,1\\nB,2O,2\\nC,30\\nD,40,4\\n";

#[test]
fn a_tolerant_read_keeps_the_good_rows_with_their_lines() {
    // Good rows: A (line 2) and D (line 5): volume 10 + 40 = 50, staff 1 + 4 = 5.
    let out = run(&format!(
        "let r = parse_csv(\"{FOUR_ROWS}\", bad_rows: \"skip\")
assert len(r.rows) == 2
assert r.rows.source_line[0] == 2 and r.rows.source_line[1] == 5
assert sum(r.rows.volume) == 50
assert sum(r.rows.staff) == 5
assert r.file == \"text\"
assert len(r.rejected) == 2
let bad = r.rejected[0]
assert bad.line == 3 and bad.code == \"E0603\"
assert bad.column == \"column 2 (`volume`)\"
assert bad.cells.facility == \"B\" and bad.cells.volume == \"2O\"
print bad.reason
let ragged = r.rejected[1]
assert ragged.line == 4 and ragged.code == \"E0602\" and ragged.column == nothing
assert ragged.cells.facility == \"C\" and ragged.cells.volume == \"30\" and ragged.cells.staff == nothing
print ragged.reason
"
    ));
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("column 2 (`volume`): \"2O\" is not a number")
    );
    assert_eq!(
        lines.next(),
        Some("the header has 3 columns but this line has 2 cells; column 3 (`staff`) is missing")
    );
    // Each row left out is a warning at the script's call, naming the file and line.
    assert!(out.contains("[E0603] Warning: `text`, line 3, column 2 (`volume`): \"2O\" is not a number, but the column holds numbers; the row is left out"), "{out}");
    assert!(
        out.contains("[E0602] Warning: `text`, line 4: the header has 3 columns"),
        "{out}"
    );
}

#[test]
fn the_default_read_stays_strict() {
    // A strict read reports a ragged line before any cell (as it always has): line 4.
    let (out, ok) = run_to_string("test.wl", &format!("let r = parse_csv(\"{FOUR_ROWS}\")\n"));
    assert!(!ok);
    assert!(
        out.contains("[E0602] Error: `text`, line 4: the header has 3 columns"),
        "{out}"
    );
    let (out, ok) = run_to_string(
        "test.wl",
        &format!("let r = parse_csv(\"{FOUR_ROWS}\", bad_rows: \"stop\")\n"),
    );
    assert!(!ok);
    assert!(out.contains("[E0602]"), "{out}");
    let (out, ok) = run_to_string(
        "test.wl",
        &format!("let r = parse_csv(\"{FOUR_ROWS}\", bad_rows: \"ignore\")\n"),
    );
    assert!(!ok);
    assert!(
        out.contains("[E0402]") && out.contains("expected \"skip\" or \"stop\""),
        "{out}"
    );
}

#[test]
fn a_bad_first_value_does_not_turn_a_column_of_numbers_into_text() {
    // The first volume is text; two of three values are numbers, so the column holds numbers
    // and only A's row is left out: 20 + 30 = 50.
    let out = run(
        "let r = parse_csv(\"facility,volume\\nA,x1\\nB,20\\nC,30\\n\", bad_rows: \"skip\")
print sum(r.rows.volume)
print r.rejected[0].line
",
    );
    assert_eq!(out.lines().take(2).collect::<Vec<_>>(), ["50", "2"]);
}

#[test]
fn a_file_with_bad_rows_is_read_past_them() {
    // examples/data/district_volumes_2026.csv: 19 data rows (lines 2 to 20), line 12 ragged and
    // line 17 "1O320": 17 good rows.
    let out = run(
        "let r = read_csv(\"examples/data/district_volumes_2026.csv\", bad_rows: \"skip\")
print len(r.rows)
print map(r.rejected, fn(x) => x.line)
print map(r.rejected, fn(x) => x.cells.facility)
",
    );
    assert_eq!(
        out.lines().take(3).collect::<Vec<_>>(),
        ["17", "[12, 17]", "[\"PKM Toili\", \"PKM Poasia\"]"]
    );
}

const BATCH: &str = "
calendar c { hours_per_day = 8 h; public_holidays = 15 days; annual_leave = 12 days; sick_leave = 10 days; training = 8 days }
cadre nurse in c {
  activity \"opd\" { standard = 20 min per visit; volume = 0 visits }
  support \"meetings\" = 20%
}
";

/// Line 4: a bad number (C); line 5: a ragged line (E); line 6: an activity with no standard
/// (F, whose good row on line 7 goes with it).
const VOLUMES: &str = "district,facility,category,activity,volume,current_staff\\nD,A,nurse,opd,5160,1\\nD,B,nurse,opd,2580,2\\nD,C,nurse,opd,25O0,1\\nD,E,nurse,opd,1000\\nD,F,nurse,xray,10,1\\nD,F,nurse,opd,2580,1\\nD,G,nurse,opd,3096,2\\n";

#[test]
fn a_batch_with_a_ragged_line_a_bad_number_and_a_missing_standard() {
    // AWT = (260 - 45) days x 8 h = 1720 h; CAF = 1 / (1 - 20%) = 1.25.
    // A: 5160 x 20 min = 1720 h -> 1 x 1.25 = 1.25 required, 1 current: ratio 0.8.
    // B: 2580 x 20 min = 860 h -> 0.5 x 1.25 = 0.625, 2 current: ratio 3.2.
    // G: 3096 x 20 min = 1032 h -> 0.6 x 1.25 = 0.75, 2 current: ratio 2.6667 (printed 2.67).
    // C, E and F are left out whole: 4 rows (lines 4, 5, 6 and F's good line 7), 3 facilities.
    // All: current 5, required 2.625, ratio of sums 5 / 2.625 = 1.9047619;
    // mean of ratios (0.8 + 3.2 + 8/3) / 3 = 20/9 = 2.2222222;
    // mean of the rounded ratios (0.80 + 3.20 + 2.67) / 3 = 6.67 / 3 = 2.2233333.
    let out = run(&format!(
        "{BATCH}
let v = parse_csv(\"{VOLUMES}\", bad_rows: \"skip\")
let b = wisn_batch(v, [nurse], levels: [\"district\"])
assert len(b.facilities) == 3
assert b.facilities.facility[0] == \"A\" and b.facilities.facility[1] == \"B\" and b.facilities.facility[2] == \"G\"
assert b.facilities.required_staff[2] == 0.75
assert b.all.current_staff == 5
assert b.all.required_staff == 2.625
assert round(b.all.ratio_of_sums, 6) == 1.904762
assert round(b.all.mean_of_ratios, 6) == 2.222222
assert round(b.all.mean_of_rounded_ratios, 6) == 2.223333
assert round(b.district.mean_of_rounded_ratios[0], 6) == 2.223333
assert b.all.rows_left_out == 4
assert b.all.facilities_left_out == 3
assert b.all.left_out == [\"C\", \"E\", \"F\"]
assert map(b.rejected, fn(r) => r.line) == [4, 5, 6]
assert b.rejected[2].reason == \"no standard for activity \\\"xray\\\" of category \\\"nurse\\\"\"
assert map(b.left_out, fn(r) => r.line) == [4, 5, 6]
print \"ok\"
"
    ));
    assert!(out.starts_with("ok\n"), "{out}");
    // The missing standard is a warning at the script's call (line 9), naming line and facility.
    assert!(
        out.contains("[E0504] Warning: `text`: no standard for activity \"xray\" of category \"nurse\" at line 6 (F); left out with the rest of each facility's rows"),
        "{out}"
    );
    assert!(
        out.contains("test.wl:9:"),
        "the warning is at the script's line:\n{out}"
    );
}

/// District D1 is clean; D2 has a bad number on line 4 (facility C, whose good line 5 goes with
/// it); D3's only facility H has a ragged line 7.
const BY_DISTRICT: &str = "province,district,facility,category,activity,volume,current_staff\\nP,D1,A,nurse,opd,5160,1\\nP,D1,B,nurse,opd,2580,2\\nP,D2,C,nurse,opd,25O0,1\\nP,D2,C,nurse,opd,100,1\\nP,D2,G,nurse,opd,3096,2\\nP,D3,H,nurse,opd,1000\\n";

#[test]
fn each_level_says_how_many_of_its_rows_and_facilities_were_left_out() {
    // AWT 1720 h, CAF 1.25 (BATCH). A: 5160 x 20 min = 1720 h -> 1.25; B: 860 h -> 0.625;
    // G: 1032 h -> 0.75. D1: 2 facilities, current 1 + 2 = 3, required 1.875, nothing left out.
    // D2: G only (current 2, required 0.75); left out: C's lines 4 (bad number) and 5 = 2 rows,
    // 1 facility. D3: its only facility H (ragged line 7) left out: 1 row, 1 facility, and no
    // figures. Province P: 3 rows (2 + 1) and 2 facilities (C, H), as in `all`.
    let out = run(&format!(
        "{BATCH}
let v = parse_csv(\"{BY_DISTRICT}\", bad_rows: \"skip\")
let b = wisn_batch(v, [nurse], levels: [\"province\", \"district\"])
let d = b.district
print d.district
print d.groups
print d.current_staff
print d.required_staff
print d.rows_left_out
print d.facilities_left_out
print d.left_out
print b.province.rows_left_out[0]
print b.province.left_out[0]
print b.all.rows_left_out
print b.all.left_out
"
    ));
    let printed: Vec<&str> = out.lines().take(11).collect();
    assert_eq!(
        printed,
        [
            "[\"D1\", \"D2\", \"D3\"]",
            "[2, 1, 0]",
            "[3, 2, missing]",
            "[1.875, 0.75, missing]",
            "[0, 2, 1]",
            "[0, 1, 1]",
            "[[], [\"C\"], [\"H\"]]",
            "3",
            "[\"C\", \"H\"]",
            "3",
            "[\"C\", \"H\"]",
        ],
        "{out}"
    );
}

#[test]
fn a_table_without_lines_names_the_row() {
    // A table built in the script has no `source_line`: the row is named by its position.
    let out = run(&format!(
        "{BATCH}
let v = table {{ facility: [\"A\", \"F\"], category: [\"nurse\", \"nurse\"], activity: [\"opd\", \"xray\"], volume: [5160, 10], current_staff: [1, 1] }}
let b = wisn_batch(v, [nurse])
assert len(b.facilities) == 1 and b.all.facilities_left_out == 1
assert b.rejected[0].line == nothing and b.rejected[0].row == 2
"
    ));
    assert!(out.contains("at row 2 of the table (F)"), "{out}");
}

#[test]
fn bad_rows_stop_makes_the_first_an_error() {
    let (out, ok) = run_to_string(
        "test.wl",
        &format!(
            "{BATCH}
let v = parse_csv(\"{VOLUMES}\", bad_rows: \"skip\")
let b = wisn_batch(v, [nurse], bad_rows: \"stop\")
"
        ),
    );
    assert!(!ok);
    assert!(
        out.contains(
            "[E0504] Error: `text`: column 5 (`volume`): \"25O0\" is not a number at line 4 (C)"
        ),
        "{out}"
    );
}

#[test]
fn wisn_summary_names_the_mean_of_the_rounded_ratios() {
    // Ratios 1/3, 2/3 and 1/6: mean (2 + 4 + 1) / 18 = 7/18 = 0.3888889; rounded to two
    // decimals first 0.33 + 0.67 + 0.17 = 1.17, / 3 = 0.39. Ratio of sums 4 / 12 = 1/3.
    let out = run("let rs = [{required: 3, current: 1, ratio: 1/3}, {required: 3, current: 2, ratio: 2/3}, {required: 6, current: 1, ratio: 1/6}]
let s = wisn_summary(rs)
assert s.mean_of_rounded_ratios == 0.39
assert s.mean_of_ratios == 7/18
assert s.ratio_of_sums == 1/3
print \"ok\"
");
    assert_eq!(out, "ok\n");
}

#[test]
fn a_batch_with_every_row_left_out_is_an_error_that_says_so() {
    let (out, ok) = run_to_string(
        "test.wl",
        &format!(
            "{BATCH}
let v = parse_csv(\"facility,category,activity,volume,current_staff\\nA,nurse,xray,10,1\\n\")
print wisn_batch(v, [nurse])
"
        ),
    );
    assert!(!ok);
    assert!(
        out.contains("[E0504] Error: every row of the batch was left out (bad rows: 1, facilities left out: 1), so nothing is left to compute"),
        "{out}"
    );
}

#[test]
fn a_sheet_is_read_past_a_bad_row_with_its_excel_row_and_column() {
    // tests/data/survey.xlsx (tests/data/make_survey_xlsx.py): 5 data rows on Excel rows 2 to 6;
    // row 6 answers "NA" in p1 (column C). Read strictly with `missing: ["NA"]` all 5 rows are
    // kept; read with `bad_rows: "skip"` and no missing codes, row 6 is left out and the other
    // 4 keep their Excel row numbers 2 to 5.
    let out = run(
        "let strict = read_xlsx(\"tests/data/survey.xlsx\", missing: [\"NA\"])
let r = read_xlsx(\"tests/data/survey.xlsx\", bad_rows: \"skip\")
assert len(strict) == 5
assert len(r.rows) == 4
assert r.rows.source_line[0] == 2 and r.rows.source_line[3] == 5
assert r.rejected[0].line == 6 and r.rejected[0].column == \"column C (`p1`)\"
print \"ok\"
",
    );
    assert!(out.starts_with("ok\n"), "{out}");
    assert!(out.contains("[E0603] Warning: `tests/data/survey.xlsx`, row 6, column C (`p1`): \"NA\" is not a number"), "{out}");
}

#[test]
fn a_blank_staff_cell_is_missing_staff_and_leaves_its_facility_out() {
    // B's staff cell is blank: B is not "no workload" but missing staff, left out with a
    // warning. A alone: 1720 h -> 1 x 1.25 = 1.25 required, 1 current, ratio 0.8.
    let out = run(&format!(
        "{BATCH}
let v = parse_csv(\"facility,category,activity,volume,current_staff\\nA,nurse,opd,5160,1\\nB,nurse,opd,2580,\\n\", bad_rows: \"skip\")
let b = wisn_batch(v, [nurse])
assert len(b.facilities) == 1 and b.all.ratio_of_sums == 0.8
assert b.all.left_out == [\"B\"]
print b.rejected[0].reason
"
    ));
    assert!(
        out.starts_with("missing staff: no current staff for category \"nurse\"\n"),
        "{out}"
    );
    assert!(out.contains("at line 3 (B)"), "{out}");
}
