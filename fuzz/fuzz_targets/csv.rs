//! Fuzz target: the CSV readers. The first byte picks the delimiter and options; the rest is
//! the file. The column reader (`data::columns::read`, whose byte splitter `PlainRows` takes
//! texts without quotes) must give exactly what the general reader gives (`data::csv::parse`
//! then `data::build`): the same columns, or the same error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wl::data::{build, columns, csv, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let delimiter = [',', ';', '\t', '|', '§', ' ', ',', ','][usize::from(mode & 7)];
    let opts = Options {
        missing: if mode & 8 != 0 {
            vec!["NA".into(), "-".into()]
        } else {
            Vec::new()
        },
        missing_in: Vec::new(),
        text: if mode & 16 != 0 {
            vec!["b".into()]
        } else {
            Vec::new()
        },
        decimal_comma: mode & 32 != 0,
    };
    let via_grid = csv::parse("f", text, delimiter).and_then(|g| build("f", &g, &opts));
    let direct = columns::read("f", text, delimiter, &opts);
    match (via_grid, direct) {
        (Ok(a), Ok(b)) => assert_eq!(
            format!("{:?}", a.columns),
            format!("{:?}", b.columns),
            "{text:?}"
        ),
        (Err(a), Err(b)) => assert_eq!(
            (a.kind, a.message, a.hint),
            (b.kind, b.message, b.hint),
            "{text:?}"
        ),
        (a, b) => panic!("{text:?}: {:?} vs {:?}", a.map(|_| ()), b.map(|_| ())),
    }
});
