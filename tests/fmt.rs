//! `wl fmt`: the canonical layout by example, and its promises as properties — it never
//! changes what a script means (the parse trees before and after are equal), it is idempotent,
//! it keeps every comment, and it does not depend on how the input was spaced.

use proptest::prelude::*;
use wl::fmt::format;

/// The parse tree of a text with every span blanked out, so two layouts of one program compare
/// equal (spans print as `start..end`).
fn tree(text: &str) -> String {
    let (program, diags) = wl::parser::parse(text, 0);
    assert!(
        diags.iter().all(|d| !d.is_error()),
        "does not parse: {diags:?}\n{text}"
    );
    let debug = format!("{program:?}");
    let mut out = String::with_capacity(debug.len());
    let bytes = debug.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(end) = span_at(bytes, i) {
            out.push('_');
            i = end;
        } else {
            out.push(bytes[i] as char);
            i += 1;
        }
    }
    out
}

/// The end of a `digits..digits` span starting at `i` (not inside a longer number).
fn span_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && b[i - 1].is_ascii_digit() {
        return None;
    }
    let digits = |mut j: usize| {
        let s = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        (j > s).then_some(j)
    };
    let j = digits(i)?;
    if b.get(j..j + 2)? != b".." {
        return None;
    }
    digits(j + 2)
}

fn parses(text: &str) -> bool {
    let (_, diags) = wl::parser::parse(text, 0);
    diags.iter().all(|d| !d.is_error())
}

fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.find('#').map(|i| l[i..].trim_end().to_string()))
        .collect()
}

/// Formatting keeps the tree and the comments, and a second pass changes nothing.
fn assert_formats_cleanly(name: &str, text: &str) -> String {
    let formatted = format(text).unwrap_or_else(|e| panic!("{name}: {e:?}"));
    assert_eq!(tree(text), tree(&formatted), "{name}: the tree changed");
    assert_eq!(
        format(&formatted).unwrap(),
        formatted,
        "{name}: not idempotent"
    );
    formatted
}

#[test]
fn canonical_spacing_and_indentation() {
    // Written out by hand: what the README's own style looks like.
    let messy = "let  x=[1,2 ,3]min/day\n\
                 fn   add( a,b ){\n\
                 a+b   # sum\n\
                 }\n\n\n\n\
                 print add(1,-2)*x [0]\n\
                 let r={a:1,b:\"two\"}\n\
                 print r.a ; print 19..=38\n\
                 print 5 h/day in min/day\n\
                 let y = 10 /\n\
                 2\n";
    let expected = "let x = [1, 2, 3] min/day\n\
                    fn add(a, b) {\n  \
                    a + b  # sum\n\
                    }\n\
                    \n\
                    print add(1, -2) * x[0]\n\
                    let r = { a: 1, b: \"two\" }\n\
                    print r.a; print 19..=38\n\
                    print 5 h/day in min/day\n\
                    let y = 10 /\n  \
                    2\n";
    assert_eq!(format(messy).unwrap(), expected);
    assert_formats_cleanly("messy", messy);
}

#[test]
fn brackets_indent_one_level_per_line_that_opens_them() {
    let text = "let t = table {\ncadre: [\"Perawat\",\n\"Bidan\"],\nratio: [0.464, 1.5],\n}\nprint f(g([\n1,\n]))\n";
    let expected = "let t = table {\n  cadre: [\"Perawat\",\n    \"Bidan\"],\n  ratio: [0.464, 1.5],\n}\nprint f(g([\n  1,\n]))\n";
    assert_eq!(format(text).unwrap(), expected);
}

#[test]
fn trailing_comments_in_a_run_are_aligned_and_doc_comments_stay_attached() {
    // The longer line is 27 characters, so both comments start at column 29.
    let text = "let n = 22 # sample\naudit 17 / n reported 37.8% # item 1\n\n# Adds one.\nfn inc(x) { x + 1 }\n";
    let expected = "let n = 22                   # sample\naudit 17 / n reported 37.8%  # item 1\n\n# Adds one.\nfn inc(x) { x + 1 }\n";
    let out = format(text).unwrap();
    assert_eq!(out, expected);
    assert_eq!(comments(text), comments(&out));
}

#[test]
fn a_script_that_does_not_parse_is_refused_untouched() {
    assert!(matches!(
        format("let x = (1 +\n"),
        Err(wl::fmt::FmtError::Invalid(_))
    ));
    assert!(matches!(
        format("print \"open\n"),
        Err(wl::fmt::FmtError::Invalid(_))
    ));
}

#[test]
fn empty_and_comment_only_sources() {
    assert_eq!(format("").unwrap(), "");
    assert_eq!(format("\n\n\n").unwrap(), "");
    assert_eq!(format("# only a note   \n\n").unwrap(), "# only a note\n");
}

/// Every script the project ships: examples, the stdlib, bench jobs, README and grammar blocks.
#[test]
fn every_shipped_script_formats_without_changing_its_tree() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut sources: Vec<(String, String)> = Vec::new();
    for dir in ["examples", "stdlib", "bench"] {
        let Ok(entries) = std::fs::read_dir(format!("{root}/{dir}")) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "wl") {
                let text = std::fs::read_to_string(&path).unwrap();
                sources.push((path.display().to_string(), text));
            }
        }
    }
    for doc in ["README.md", "grammar/README.md"] {
        let md = std::fs::read_to_string(format!("{root}/{doc}")).unwrap();
        for (i, block) in wl_blocks(&md).into_iter().enumerate() {
            sources.push((format!("{doc} block {i}"), block));
        }
    }
    assert!(sources.len() > 20, "found only {} sources", sources.len());
    for (name, text) in &sources {
        assert_formats_cleanly(name, text);
    }
}

/// The ```wl blocks of a Markdown text.
fn wl_blocks(md: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut open: Option<String> = None;
    for line in md.lines() {
        let fence = line.trim_start().strip_prefix("```");
        match (open.take(), fence) {
            (None, Some(tag)) if tag.trim() == "wl" => open = Some(String::new()),
            (None, _) => {}
            (Some(block), Some(_)) => blocks.push(block),
            (Some(mut block), None) => {
                block.push_str(line);
                block.push('\n');
                open = Some(block);
            }
        }
    }
    blocks
}

// ---- Generated programs ----------------------------------------------------------------

/// A program as a list of lines, each a list of tokens; the same program can then be written
/// with any spacing.
fn expr(depth: u32) -> BoxedStrategy<Vec<String>> {
    let leaf = prop_oneof![
        (0u32..1000).prop_map(|n| vec![n.to_string()]),
        (0u32..100, 0u32..100).prop_map(|(a, b)| vec![format!("{a}.{b}")]),
        prop_oneof![Just("h"), Just("min"), Just("days"), Just("visits")]
            .prop_map(|u| vec!["7".into(), u.into()]),
        Just(vec![
            "20".into(),
            "min".into(),
            "per".into(),
            "visit".into()
        ]),
        Just(vec!["5".into(), "h".into(), "/".into(), "day".into()]),
        // A fraction before a unit is one literal (`1/3 FTE`), however it is spaced.
        (1u32..10, 1u32..10).prop_map(|(a, b)| vec![
            a.to_string(),
            "/".into(),
            b.to_string(),
            "FTE".into()
        ]),
        prop_oneof![Just("x"), Just("y"), Just("total")].prop_map(|n| vec![n.to_string()]),
        Just(vec!["\"Perawat  Bidan\"".into()]),
        Just(vec!["30%".into()]),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    let sub = || expr(depth - 1);
    prop_oneof![
        leaf,
        (
            sub(),
            prop_oneof![
                Just("+"),
                Just("-"),
                Just("*"),
                Just("/"),
                Just("<="),
                Just("and")
            ],
            sub()
        )
            .prop_map(|(a, op, b)| [paren(a), vec![op.into()], paren(b)].concat()),
        sub().prop_map(|a| [vec!["-".into()], a].concat()),
        sub().prop_map(|a| [vec!["(".into()], a, vec![")".into()]].concat()),
        (sub(), sub()).prop_map(|(a, b)| [
            vec!["round".into(), "(".into()],
            a,
            vec![",".into(), "digits".into(), ":".into()],
            b,
            vec![")".into()]
        ]
        .concat()),
        (sub(), sub()).prop_map(|(a, b)| [
            vec!["[".into()],
            a,
            vec![",".into()],
            b,
            vec!["]".into()]
        ]
        .concat()),
        sub().prop_map(|a| [
            vec!["{".into(), "a".into(), ":".into()],
            a,
            vec!["}".into()]
        ]
        .concat()),
        sub().prop_map(|a| [
            vec!["(".into()],
            a,
            vec![")".into(), "in".into(), "min".into()]
        ]
        .concat()),
        sub().prop_map(|a| [
            vec!["fn".into(), "(".into(), "v".into(), ")".into(), "=>".into()],
            a
        ]
        .concat()),
        Just(vec!["r".into(), ".".into(), "a".into()]),
        Just(vec!["xs".into(), "[".into(), "0".into(), "]".into()]),
        Just(vec!["1".into(), "..=".into(), "5".into()]),
    ]
    .boxed()
}

/// An operand of a binary operator: a single token as it is, anything longer in parentheses
/// (so every generated program parses, whatever the precedence of what is inside).
fn paren(e: Vec<String>) -> Vec<String> {
    if e.len() == 1 {
        e
    } else {
        [vec!["(".into()], e, vec![")".into()]].concat()
    }
}

fn line() -> impl Strategy<Value = Vec<String>> {
    prop_oneof![
        3 => expr(3).prop_map(|e| [vec!["print".into()], e].concat()),
        2 => expr(3).prop_map(|e| [vec!["let".into(), "z".into(), "=".into()], e].concat()),
        1 => Just(vec!["# a note, with  spaces".into()]),
        1 => Just(vec![]),
        1 => expr(2).prop_map(|e| [vec!["fn".into(), "f".into(), "(".into(), "p".into(), ")".into(), "{".into()], e, vec!["}".into()]].concat()),
        1 => Just(vec!["calendar".into(), "rs".into(), "{".into(), "hours_per_day".into(), "=".into(), "8".into(), "h".into(), "}".into()]),
    ]
}

/// Write a program with the given spacing choices: `gaps[i]` spaces (1–3) between tokens, or
/// none next to brackets and commas when `tight` (always safe for the lexer there), and
/// `indent` spaces before each line.
fn write(lines: &[Vec<String>], gaps: &[usize], tight: bool, indent: usize) -> String {
    let glue = |a: &str| matches!(a, "(" | ")" | "[" | "]" | "{" | "}" | "," | ":");
    let mut out = String::new();
    let mut k = 0;
    for line in lines {
        out.push_str(&" ".repeat(indent));
        for (i, tok) in line.iter().enumerate() {
            if i > 0 {
                let n = gaps[k % gaps.len()];
                k += 1;
                let safe_tight = tight && (glue(tok) || glue(&line[i - 1]));
                if !safe_tight && !tok.starts_with('#') {
                    out.push_str(&" ".repeat(n));
                } else if tok.starts_with('#') {
                    out.push(' ');
                }
            }
            out.push_str(tok);
        }
        out.push('\n');
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn formatting_never_changes_meaning_and_is_idempotent(
        lines in prop::collection::vec(line(), 1..12),
        gaps in prop::collection::vec(1usize..4, 1..20),
        tight in any::<bool>(),
        indent in 0usize..5,
    ) {
        let text = write(&lines, &gaps, tight, indent);
        prop_assume!(parses(&text));
        let formatted = format(&text).unwrap();
        prop_assert_eq!(tree(&text), tree(&formatted));
        prop_assert_eq!(format(&formatted).unwrap(), formatted.clone());
        prop_assert_eq!(comments(&text), comments(&formatted));
        // The layout does not depend on how the input was spaced.
        let plain = write(&lines, &[1], false, 0);
        prop_assert_eq!(format(&plain).unwrap(), formatted);
    }
}
