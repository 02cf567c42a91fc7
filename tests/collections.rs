//! Lists and ranges: what `len` counts and how a range written across lines reads.

mod common;
use common::run;

#[test]
fn len_counts_a_range_as_a_for_loop_walks_it() {
    // 0..5 is 0, 1, 2, 3, 4 (five numbers); 1..=5 is 1 to 5 (five); 5..1 is empty.
    assert_eq!(
        run("print len(0..5)\nprint len(1..=5)\nprint len(5..1)\nprint len(1..\n  4)\n"),
        "5\n5\n0\n3\n"
    );
    let (out, ok) = wl::run_to_string("test.wl", "print len(0.5..3)\n");
    assert!(!ok && out.contains("a range of whole numbers"), "{out}");
}
