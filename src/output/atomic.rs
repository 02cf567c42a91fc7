//! Writing a file all at once or not at all.
//!
//! Output goes to a temporary file beside the target (same directory, so the final rename stays
//! on one file system and is atomic), is flushed and fsynced, and only then renamed over the
//! target. If anything fails on the way, or the process is killed mid-write, the target is
//! either the old file untouched or absent: never half-written, never truncated. On an error
//! the temporary file is removed; a killed process can leave one `.NAME.wl-tmp-PID-N` file
//! behind, but never a damaged target.

use std::fs::{self, File};
use std::io::{self, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Write `path` through `fill`, atomically.
pub fn write_atomic(
    path: &Path,
    fill: impl FnOnce(&mut BufWriter<File>) -> io::Result<()>,
) -> io::Result<()> {
    let tmp = temp_path(path)?;
    let result = (|| {
        let file = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        let mut w = BufWriter::with_capacity(256 * 1024, file);
        fill(&mut w)?;
        let file = w.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A fresh name in the target's directory. Fails early, with the OS's own error, when the
/// directory does not exist.
fn temp_path(path: &Path) -> io::Result<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("the directory {} does not exist", dir.display()),
        ));
    }
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    Ok(dir.join(format!(
        ".{}.wl-tmp-{}-{n}",
        name.to_string_lossy(),
        std::process::id()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn scratch(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("wl-atomic-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        fs::create_dir_all(&d).unwrap();
        d
    }

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("wl-tmp"))
            .collect()
    }

    #[test]
    fn a_successful_write_replaces_the_file_whole() {
        let dir = scratch("ok");
        let target = dir.join("out.csv");
        fs::write(&target, "old contents that are longer than the new ones\n").unwrap();
        write_atomic(&target, |w| w.write_all(b"a,b\n1,2\n")).unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "a,b\n1,2\n");
        assert!(leftovers(&dir).is_empty());
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = scratch("fail");
        let target = dir.join("out.csv");
        fs::write(&target, "old\n").unwrap();
        let err = write_atomic(&target, |w| {
            // Enough to have reached the disk through the buffer before the failure.
            w.write_all(&vec![b'x'; 1_000_000])?;
            Err(io::Error::other("interrupted half way"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old\n");
        assert!(leftovers(&dir).is_empty(), "{:?}", leftovers(&dir));
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_missing_directory_is_an_error_before_anything_is_written() {
        let dir = scratch("nodir");
        let err = write_atomic(&dir.join("no/such/out.csv"), |_| Ok(())).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        fs::remove_dir_all(dir).unwrap();
    }
}
