//! `file:` URIs and paths. Editors name documents by URI; `use` and the stdlib files are
//! paths. Percent-encoding is done here by hand (a space, `é` in a folder name), as the
//! protocol's URIs need nothing more than RFC 3986's unreserved set kept as is.

use lsp_types::Uri;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The path of a `file:` URI; `None` for another scheme (an unsaved buffer, say).
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file://host/path`: only the local host (empty or `localhost`) names a path here.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let bytes = decode(path)?;
    Some(PathBuf::from(String::from_utf8(bytes).ok()?))
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    let mut out = String::from("file://");
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Uri::from_str(&out).ok()
}

fn decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn spaces_and_accents_are_percent_encoded() {
        let uri = from_path(Path::new("/data/Puskesmas Séparí/a.wl")).expect("a valid uri");
        // `é` is C3 A9 in UTF-8, `í` C3 AD, a space 20.
        assert_eq!(
            uri.as_str(),
            "file:///data/Puskesmas%20S%C3%A9par%C3%AD/a.wl"
        );
        assert_eq!(
            to_path(&uri),
            Some(PathBuf::from("/data/Puskesmas Séparí/a.wl"))
        );
        let other = Uri::from_str("untitled:Untitled-1").expect("a valid uri");
        assert_eq!(to_path(&other), None);
    }

    proptest! {
        #[test]
        fn paths_round_trip(path in "(/[a-zA-Z0-9 é%#?_.-]{1,8}){1,4}") {
            let uri = from_path(Path::new(&path)).expect("a valid uri");
            prop_assert_eq!(to_path(&uri), Some(PathBuf::from(&path)));
        }
    }
}
