//! The README's tour runs: each ```wl block is run in a fresh session and must print exactly the
//! ```text block that follows it.

#[test]
fn readme_examples_print_what_the_readme_says() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut blocks: Vec<(String, String)> = Vec::new();
    let mut lines = readme.lines();
    let mut current: Option<(String, String)> = None;
    while let Some(line) = lines.next() {
        if line.trim() == "```wl" || line.trim() == "```text" {
            let mut body = String::new();
            for l in lines.by_ref() {
                if l.trim() == "```" {
                    break;
                }
                body.push_str(l);
                body.push('\n');
            }
            if line.trim() == "```wl" {
                current = Some((body, String::new()));
            } else if let Some((code, _)) = current.take() {
                blocks.push((code, body));
            }
        }
    }
    assert!(
        blocks.len() >= 6,
        "found only {} example blocks",
        blocks.len()
    );
    for (code, expected) in blocks {
        let (out, ok) = wl::run_to_string("README.md", &code);
        assert!(ok, "README block failed:\n{code}\n{out}");
        // The audit summary is extra output of a run; the README shows the audits only.
        let out: String = out
            .lines()
            .filter(|l| !l.starts_with("audits: ") && !l.starts_with("  not consistent: "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(out, expected, "README block:\n{code}");
    }
}
