//! Every script in `examples/` runs, and its whole output (prints, audits, warnings) is a
//! reviewed snapshot. The values in these snapshots were checked by hand against the figures
//! the scripts cite.

#[test]
fn every_example_runs_and_matches_its_snapshot() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "wl"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let (out, ok) = wl::run_to_string(&format!("examples/{name}.wl"), &text);
        assert!(ok, "example {name} failed:\n{out}");
        insta::assert_snapshot!(name, out);
    }
}
