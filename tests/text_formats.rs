//! `fixed` and `significant`: numbers as text in the formats reports and peers print.

fn out(src: &str) -> String {
    let (text, ok) = wl::run_to_string("t.wl", src);
    assert!(ok, "{text}");
    text
}

#[test]
fn fixed_decimals() {
    assert_eq!(
        out("print fixed(2.5, 2)\nprint fixed(1 / 3, 4)\nprint fixed(2.5, 0)\nprint fixed(-2.5, 0)\n"),
        "2.50\n0.3333\n3\n-3\n"
    );
    // 3.28125 is an exact tie at 4 decimals: half up gives 3.2813, printf's half even 3.2812.
    assert_eq!(
        out("print fixed(3.28125, 4)\nprint fixed(3.28125, 4, \"half_even\")\n"),
        "3.2813\n3.2812\n"
    );
    assert_eq!(out("print fixed(6000 h, 1)\n"), "6000.0 h\n");
}

#[test]
fn significant_figures_as_percent_g() {
    // Python: "%.6g" % 5.30609e-07, "%.6g" % 0.00549454, "%.3g" % 1234567, "%.6g" % 100000
    assert_eq!(
        out("print significant(0.000000530609, 6)\nprint significant(0.00549454, 6)\nprint significant(1234567, 3)\nprint significant(100000, 6)\n"),
        "5.30609e-07\n0.00549454\n1.23e+06\n100000\n"
    );
}
