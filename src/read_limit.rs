//! Reading a whole file with a size cap: `wl run`, `use`, `:load` and `read_csv` read their
//! file into memory, and a device such as `/dev/zero` (or a mistaken multi-gigabyte file)
//! would otherwise be read until memory runs out. Past the cap the reader stops and says so.

use std::io::Read;
use std::path::Path;

/// The largest script `wl run`, `use` and the REPL's `:load` accept: 16 MiB, far beyond any
/// hand-written script.
pub const SCRIPT_CAP: u64 = 16 << 20;

/// The largest file `read_csv` accepts: 256 MiB, millions of survey rows.
pub const DATA_CAP: u64 = 256 << 20;

/// Why a capped read failed.
#[derive(Debug)]
pub enum ReadError {
    Io(std::io::Error),
    /// The file holds more than the cap (in bytes).
    TooLarge(u64),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "{e}"),
            ReadError::TooLarge(cap) => write!(f, "it is larger than {}", size(*cap)),
        }
    }
}

/// A byte count as people say it: "16 MiB".
pub fn size(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}

/// The whole file, or [`ReadError::TooLarge`] once more than `cap` bytes have come (without
/// reading further).
pub fn read(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let mut bytes = Vec::new();
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge(cap));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_at_the_cap() {
        let dir = std::env::temp_dir().join(format!("wl-read-limit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("ten.txt");
        std::fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read(&path, 10).unwrap(), b"0123456789");
        assert!(matches!(read(&path, 9), Err(ReadError::TooLarge(9))));
        assert_eq!(size(SCRIPT_CAP), "16 MiB");
        assert_eq!(size(DATA_CAP), "256 MiB");
        // An endless device stops at the cap.
        if Path::new("/dev/zero").exists() {
            assert!(matches!(
                read(Path::new("/dev/zero"), 1 << 20),
                Err(ReadError::TooLarge(_))
            ));
        }
    }
}
