//! Parser snapshots: the syntax tree of small programs, to show precedence and the shapes of
//! declarations as the parser builds them. Reviewed by hand.

fn tree(src: &str) -> String {
    let (program, diags) = wl::parser::parse(src, 0);
    assert!(diags.is_empty(), "{diags:?}");
    format!(
        "{:#?}",
        program.stmts.iter().map(|s| &s.kind).collect::<Vec<_>>()
    )
}

#[test]
fn precedence_of_units_conversion_and_arithmetic() {
    // `in` binds looser than `*`: this is (70% * 5.5 h) in min. `-2 ^ 2` is -(2^2).
    insta::assert_snapshot!(tree("floor(70% * 5.5 h in min)\n-2 ^ 2\n"));
}

#[test]
fn declaration_with_nested_items() {
    insta::assert_snapshot!(tree(
        "cadre nurse in rsud {\n  activity \"Home visit\" { standard = 60 min per visit; volume = 800 visits }\n  support \"Meetings\" = 2 h per week\n  individual \"Supervision\" = 20 days per year for 2 staff\n  current_staff = 8\n}\n"
    ));
}

#[test]
fn slash_in_a_unit_only_before_a_time_unit() {
    // `330 min/day` is a rate; `120 h / staff` divides by the variable `staff`.
    insta::assert_snapshot!(tree("330 min/day\n120 h / staff\n"));
}
