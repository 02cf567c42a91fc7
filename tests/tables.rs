//! Columns and whole-table operations: column arithmetic with units, missing cells, group totals
//! (`aggregate`), lookups (`lookup`) and the WISN batch over a table of facilities. Expected values
//! are worked out by hand in the comments.

fn run(src: &str) -> String {
    let (out, ok) = wl::run_to_string("test.wl", src);
    assert!(ok, "script failed:\n{out}");
    out
}

fn fails_with(src: &str, code: &str) {
    let (out, ok) = wl::run_to_string("test.wl", src);
    assert!(
        !ok && out.contains(&format!("[{code}]")),
        "expected {code}:\n{out}"
    );
}

#[test]
fn column_arithmetic_keeps_units_and_missing_cells() {
    // 12000 x 20 min = 240000 min = 4000 h; 8000 x 15 min = 120000 min = 2000 h; the missing
    // volume stays missing and is left out of the sum: 6000 h.
    run("
let t = parse_csv(\"volume,minutes\\n12000,20\\n8000,15\\n,30\\n\")
let work = t.volume * (t.minutes * 1 min) in h
assert type(work) == \"column\"
assert work[0] == 4000 h
assert work[2] == nothing
assert sum(work) == 6000 h
assert count(work) == 2
assert mean(work) == 3000 h
assert max(work) == 4000 h
assert sum(t.volume > 5000) == 2
");
}

#[test]
fn columns_of_different_lengths_and_zero_divisors_are_errors() {
    fails_with(
        "let a = parse_csv(\"x\\n1\\n2\\n\")\nlet b = parse_csv(\"y\\n1\\n\")\nprint a.x + b.y\n",
        "E0411",
    );
    fails_with(
        "let a = parse_csv(\"x,y\\n1,2\\n3,0\\n\")\nprint a.x / a.y\n",
        "E0401",
    );
    // divide_or_missing leaves a missing cell instead: 1/2 = 0.5, 3/0 missing.
    run("let a = parse_csv(\"x,y\\n1,2\\n3,0\\n\")\nlet r = divide_or_missing(a.x, a.y)\nassert r[0] == 0.5\nassert r[1] == nothing\nassert fill_missing(r, 0)[1] == 0\n");
}

#[test]
fn aggregate_groups_sorted_by_key() {
    // Groups (B, x): 1 + 2 = 3, first staff 5; (A, y): 4, staff 7; (A, x): 8, staff 9.
    // Sorted by key: (A, x), (A, y), (B, x).
    run("
let t = parse_csv(\"f,c,v,s\\nB,x,1,5\\nA,y,4,7\\nB,x,2,6\\nA,x,8,9\\n\")
let g = aggregate(t, [\"f\", \"c\"], {staff: [\"first\", \"s\"], total: [\"sum\", \"v\"], n: \"count\", top: [\"max\", \"v\"]})
assert len(g) == 3
assert g.f[0] == \"A\" and g.c[0] == \"x\" and g.total[0] == 8 and g.staff[0] == 9
assert g.f[1] == \"A\" and g.c[1] == \"y\" and g.total[1] == 4
assert g.f[2] == \"B\" and g.total[2] == 3 and g.staff[2] == 5 and g.n[2] == 2 and g.top[2] == 2
");
}

#[test]
fn join_adds_lookup_columns_by_key() {
    run("
let t = parse_csv(\"c,a,v\\nnurse,opd,10\\nnurse,imm,20\\nmidwife,anc,30\\n\")
let s = parse_csv(\"c,a,minutes\\nnurse,opd,20\\nmidwife,anc,40\\nnurse,imm,15\\n\")
let j = lookup(t, s, [\"c\", \"a\"])
assert j.minutes[0] == 20 and j.minutes[1] == 15 and j.minutes[2] == 40
");
    fails_with(
        "let t = parse_csv(\"k\\n1\\n\")\nlet s = parse_csv(\"k,v\\n1,2\\n1,3\\n\")\nprint lookup(t, s, \"k\")\n",
        "E0405",
    );
}

#[test]
fn wisn_batch_by_facility_with_summaries() {
    // AWT 1720 h. Facility A nurse: 5160 visits x 20 min = 1720 h -> 1 staff x CAF 1/0.8 = 1.25;
    // current 1: ratio 0.8. Facility B nurse: 2580 visits x 20 min = 860 h -> 0.5 x 1.25 = 0.625;
    // current 2: ratio 3.2. District total: current 3, required 1.875, ratio of sums 1.6;
    // mean of ratios (0.8 + 3.2) / 2 = 2.
    run("
calendar c { hours_per_day = 8 h; public_holidays = 15 days; annual_leave = 12 days; sick_leave = 10 days; training = 8 days }
cadre nurse in c {
  activity \"opd\" { standard = 20 min per visit; volume = 0 visits }
  support \"meetings\" = 20%
}
let v = parse_csv(\"district,facility,category,activity,volume,current_staff\\nD,A,nurse,opd,5160,1\\nD,B,nurse,opd,2580,2\\n\")
let b = wisn_batch(v, [nurse], levels: [\"district\"])
assert b.facilities.required_staff[0] == 1.25
assert b.facilities.wisn_ratio[0] == 0.8
assert b.facilities.pressure[0] == \"moderately high\"
assert b.facilities.required_staff[1] == 0.625
assert b.district.ratio_of_sums[0] == 1.6
assert b.district.mean_of_ratios[0] == 2
assert b.all.ratio_of_sums == 1.6
");
    // An activity in the data without a standard is named: an error with `bad_rows: "stop"`
    // (by default its facility is left out with a warning, see tests/batch.rs), and an error
    // too when every row is left out, since nothing is left to compute.
    fails_with(
        "calendar c { hours_per_day = 8 h }\ncadre nurse in c { activity \"opd\" { standard = 20 min per visit; volume = 0 visits } }\nlet v = parse_csv(\"facility,category,activity,volume,current_staff\\nA,nurse,xray,10,1\\n\")\nprint wisn_batch(v, [nurse], bad_rows: \"stop\")\n",
        "E0504",
    );
    fails_with(
        "calendar c { hours_per_day = 8 h }\ncadre nurse in c { activity \"opd\" { standard = 20 min per visit; volume = 0 visits } }\nlet v = parse_csv(\"facility,category,activity,volume,current_staff\\nA,nurse,xray,10,1\\n\")\nprint wisn_batch(v, [nurse])\n",
        "E0504",
    );
}
