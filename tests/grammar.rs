//! Every example in grammar/README.md goes through the real parser: blocks tagged ```wl must
//! parse without errors, blocks tagged ```wl-error must produce at least one error.

use wl::diagnostic::Diagnostic;

/// A fenced code block: its tag (the word after the opening fence), its text, and the line of
/// the README it starts on.
struct CodeBlock {
    tag: String,
    text: String,
    line: usize,
}

fn readme() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/grammar/README.md");
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

/// All fenced blocks of a Markdown text, in order.
fn code_blocks(markdown: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<CodeBlock> = None;
    for (i, line) in markdown.lines().enumerate() {
        let fence = line.trim_start().strip_prefix("```");
        match (open.take(), fence) {
            (None, Some(tag)) => {
                open = Some(CodeBlock {
                    tag: tag.trim().to_string(),
                    text: String::new(),
                    line: i + 1,
                })
            }
            (None, None) => {}
            (Some(block), Some(_)) => blocks.push(block),
            (Some(mut block), None) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
        }
    }
    assert!(
        open.is_none(),
        "grammar/README.md has an unclosed code block"
    );
    blocks
}

fn errors(text: &str) -> Vec<Diagnostic> {
    let (_program, diags) = wl::parser::parse(text, 0);
    diags.into_iter().filter(Diagnostic::is_error).collect()
}

fn messages(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(|d| format!("  [{}] {}", d.code.id(), d.message))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_wl_example_in_the_grammar_guide_parses() {
    let blocks = code_blocks(&readme());
    let examples: Vec<&CodeBlock> = blocks.iter().filter(|b| b.tag == "wl").collect();
    assert!(
        examples.len() >= 15,
        "expected at least 15 ```wl examples in grammar/README.md, found {}",
        examples.len()
    );
    let mut failures = Vec::new();
    for block in &examples {
        let errs = errors(&block.text);
        if !errs.is_empty() {
            failures.push(format!(
                "example at grammar/README.md line {} does not parse:\n{}\ndiagnostics:\n{}",
                block.line,
                block.text,
                messages(&errs)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_wl_error_example_in_the_grammar_guide_is_an_error() {
    let blocks = code_blocks(&readme());
    let mut failures = Vec::new();
    for block in blocks.iter().filter(|b| b.tag == "wl-error") {
        if errors(&block.text).is_empty() {
            failures.push(format!(
                "example at grammar/README.md line {} parses, but is marked wl-error:\n{}",
                block.line, block.text
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_block_extractor_sees_tags_and_bodies() {
    let md = "text\n```wl\nprint 1\n```\n\n```wl-error\nprint\n```\n```text\nx\n```\n";
    let blocks = code_blocks(md);
    let tags: Vec<&str> = blocks.iter().map(|b| b.tag.as_str()).collect();
    assert_eq!(tags, ["wl", "wl-error", "text"]);
    assert_eq!(blocks[0].text, "print 1\n");
    assert_eq!(blocks[0].line, 2);
    assert!(errors(&blocks[0].text).is_empty());
    assert!(!errors(&blocks[1].text).is_empty());
}
