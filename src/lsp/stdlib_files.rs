//! The stdlib as files an editor can open. The stdlib is embedded in the binary; go to
//! definition into it needs a location, and a `file:` URI is the one kind every editor opens
//! without help (a custom scheme such as `wl-stdlib:` would need a content provider in each
//! client, which Neovim and Helix do not have). So the files are written, read-only, to a cache
//! folder named after the version and a hash of their text: a newer wl never shows an older
//! stdlib, and one that has already written them writes nothing.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The folder the stdlib files go in under `cache` (`stdlib/wisn.wl` lands in
/// `<cache>/wl/stdlib-<version>-<hash>/stdlib/wisn.wl`).
pub fn folder(cache: &Path) -> PathBuf {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (name, text) in crate::stdlib::STDLIB {
        name.hash(&mut h);
        text.hash(&mut h);
    }
    cache.join("wl").join(format!(
        "stdlib-{}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        h.finish()
    ))
}

/// The user's cache folder: `$XDG_CACHE_HOME`, else `~/.cache`, else the temporary folder.
pub fn default_cache() -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
}

/// Write the stdlib file `name` (as in [`crate::stdlib::STDLIB`]) under `folder` if it is
/// not there yet, read-only, and return its path.
pub fn materialize(folder: &Path, name: &str) -> std::io::Result<PathBuf> {
    let (_, text) = crate::stdlib::STDLIB
        .iter()
        .find(|(n, _)| *n == name)
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, name.to_string()))?;
    let path = folder.join(name);
    if std::fs::read_to_string(&path).is_ok_and(|t| t == *text) {
        return Ok(path);
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    // Written beside and renamed, so a second server never reads half a file.
    let tmp = path.with_extension(format!("wl.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    let mut perms = std::fs::metadata(&tmp)?.permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&tmp, perms)?;
    std::fs::rename(&tmp, &path)?;
    Ok(path)
}
