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

/// The one syntax error of `src`, as (line:column of its main label, message).
fn error_at(src: &str) -> (String, String) {
    let (_, diags) = wl::parser::parse(src, 0);
    assert_eq!(diags.len(), 1, "{diags:?}");
    let span = diags[0].primary_span();
    let before = &src[..span.start as usize];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |k| k + 1) + 1;
    (format!("{line}:{col}"), diags[0].message.clone())
}

#[test]
fn errors_inside_a_record_point_at_the_token_that_breaks_it() {
    // `table` is a keyword: the error is at it (column 18), not at the brace or at `id`.
    let (at, msg) = error_at("let r = { id: 1, table: 2 }\n");
    assert_eq!(at, "1:18");
    assert!(msg.contains("`table` is a keyword"), "{msg}");
    // Past `{ key:` the braces are a record, not a block: the stray `2` is the error.
    assert_eq!(error_at("let r = { a: 1, 2 }\n").0, "1:17");
    assert_eq!(error_at("let r = {\n  a: 1\n  b 2\n}\n").0, "3:5");
    // A keyword as a named argument is reported at the keyword.
    let (at, msg) = error_at("print round(2.5, in: 2)\n");
    assert_eq!(at, "1:18");
    assert!(msg.contains("`in` is a keyword"), "{msg}");
    // A keyword where a name is wanted is named as one.
    let (_, diags) = wl::parser::parse("let table = 3\n", 0);
    assert_eq!(diags[0].primary_span().start, 4);
    assert_eq!(
        diags[0].hint.as_deref(),
        Some("`table` is a keyword and cannot be a name")
    );
}

#[test]
fn a_block_is_still_a_block() {
    // `{ x }` and `{ let a = 1; a }` are blocks; `{}` and `{ "k": 1 }` are records.
    tree("let a = { 1 }\nlet b = { let x = 2\n x }\nlet c = {}\nlet d = { \"k\": 1 }\n");
}
