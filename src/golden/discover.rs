//! Which scripts `wl test` looks at: the `.wl` files given, and every `.wl` file under the
//! folders given (hidden folders, `target` and `node_modules` left out), in a stable order.

use std::path::{Path, PathBuf};

/// Every script named by `paths`, sorted and without repeats.
pub fn scripts(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut found).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        } else if path.is_file() {
            found.push(path.clone());
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    found.sort();
    found.dedup();
    Ok(found)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if !name.starts_with('.') && name != "target" && name != "node_modules" {
                walk(&path, found)?;
            }
        } else if path.extension().is_some_and(|e| e == "wl") {
            found.push(path);
        }
    }
    Ok(())
}
