//! `reliability(scale, responses)` reads plain numeric item columns in place; the result and
//! the errors must be those of the general path.

use wl::engine::Session;

fn run(src: &str) -> Result<(), String> {
    let mut s = Session::new(Box::new(std::io::sink()));
    s.run("t.wl", src)
        .map(|_| ())
        .map_err(|d| s.render(&d, false))
}

const DATA: &str = "let t = parse_csv(\"id,a,b,c\\n1,1,2,3\\n2,2,2,4\\n3,3,5,5\\n4,1,1,1\\n5,,4,2\\n6,4,4,5\\n\")\n";

#[test]
fn scale_and_table_forms_agree_with_a_missing_answer() {
    // Respondent 5 has no `a`: both forms drop it (listwise), leaving 5 cases.
    let src = format!(
        "{DATA}scale s {{\n  items = [\"a\", \"b\", \"c\"]\n  min = 1\n  max = 5\n}}\nlet x = reliability(s, t)\nlet y = reliability(select(t, [\"a\", \"b\", \"c\"]))\nassert x.alpha == y.alpha, \"alpha\"\nassert x.cases.valid == 5, \"cases\"\nassert x.items.corrected_item_total_r[2] == y.items.corrected_item_total_r[2], \"r\"\n"
    );
    run(&src).unwrap();
}

#[test]
fn a_compact_column_with_a_gap_matches_r() {
    // The item columns are read a byte a cell (whole numbers 1 to 5). In R:
    //   d <- data.frame(a=c(1,2,3,1,NA,4), b=c(2,2,5,1,4,4), c=c(3,4,5,1,2,5))
    //   cc <- na.omit(d); C <- cov(cc); 3/2*(1-sum(diag(C))/sum(C))   # 0.940414507772021
    let src = format!(
        "{DATA}scale s {{\n  items = [\"a\", \"b\", \"c\"]\n  min = 1\n  max = 5\n}}\nassert round(reliability(s, t).alpha, 12) == 0.940414507772\n"
    );
    run(&src).unwrap();
}

#[test]
fn an_answer_out_of_range_is_still_reported() {
    let src = format!(
        "{DATA}scale s {{\n  items = [\"a\", \"b\", \"c\"]\n  min = 1\n  max = 4\n}}\nlet x = reliability(s, t)\n"
    );
    let e = run(&src).unwrap_err();
    // Respondent 3 answered 5 to item b, outside 1..4.
    assert!(e.contains("respondent 3 answered 5 to item `b`"), "{e}");
}
