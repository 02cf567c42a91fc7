//! The VS Code grammar (editors/vscode) tokenizes every example and README block with the
//! right scopes: runs `node editors/vscode/test/grammar.test.js` (vscode-textmate with
//! vscode-oniguruma, as VS Code itself tokenizes). Needs `npm ci` in editors/vscode first
//! (`.ci/run` does it); without node_modules the test says so loudly and passes, unless
//! `WL_REQUIRE_NODE=1`, when it fails.

use std::path::Path;
use std::process::Command;

#[test]
fn the_textmate_grammar_scopes_every_example() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode");
    let required = std::env::var("WL_REQUIRE_NODE").is_ok_and(|v| v == "1");
    let installed = dir.join("node_modules/vscode-textmate").is_dir()
        && dir.join("node_modules/vscode-oniguruma").is_dir();
    if !installed {
        assert!(
            !required,
            "WL_REQUIRE_NODE=1 but editors/vscode/node_modules is missing: run `npm ci` there"
        );
        eprintln!(
            "SKIPPED: editors/vscode/node_modules is missing, the grammar was NOT tested \
             (run `npm ci` in editors/vscode; WL_REQUIRE_NODE=1 makes this a failure)"
        );
        return;
    }
    let out = match Command::new("node")
        .arg("test/grammar.test.js")
        .current_dir(&dir)
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            assert!(!required, "WL_REQUIRE_NODE=1 but node cannot start: {e}");
            eprintln!("SKIPPED: node cannot start ({e}), the grammar was NOT tested");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("tokens checked"), "{stdout}");
}
