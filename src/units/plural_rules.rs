//! The singular key of a counted unit's name: the rules of regular English plurals that
//! planners write (`deliveries`, `boxes`, `patches`, `classes`, `analyses`), kept safe for
//! Indonesian words, whose singular and plural are one word (`kasus`, `berkas`, `pasien`):
//! whatever key such a word gets, it is the same for its singular and its "plural".
//!
//! The key only has to be the same for a word's singular and its plural, and stable
//! (`singular(singular(w)) == singular(w)`): it is never shown to the user, who always sees
//! the form they wrote. So a word ending in `-ie` is keyed like one ending in `-y`
//! (`calorie` and `calories` both key `calory`), since `-ies` alone cannot tell `babies`
//! (baby) from `calories` (calorie).

use std::borrow::Cow;

/// Endings whose singular keeps its final `s`, so that it is keyed like its plural: `class`
/// (`classes`), Greek `analysis` and `diagnosis` (`analyses`, `diagnoses`), Indonesian
/// `analisis` and `dosis`, and `-itis` (`hepatitis`). Other words in `-is` and `-us` lose the
/// `s` as plurals do (`taxis` → `taxi`, `menus` → `menu`); a word that is its own plural
/// (`kasus`, `status`) gets the same key either way.
const KEPT: &[&str] = &["ss", "sis", "itis"];

/// Plural endings replaced whole, tried in order (the first that matches wins): Greek `-ses`
/// plurals of `-sis` nouns, and `-es` after a sibilant that needs it (`box`, `patch`,
/// `wash`, `class`). `-ches` is only listed where the singular ends in `-ch` (`patch`,
/// `bench`, `church`, `beach`, `coach`), since `headaches` and `niches` end in `-che`.
const REPLACED: &[(&str, &str)] = &[
    ("yses", "ysis"),
    ("gnoses", "gnosis"),
    ("theses", "thesis"),
    ("sses", "ss"),
    ("xes", "x"),
    ("shes", "sh"),
    ("tches", "tch"),
    ("nches", "nch"),
    ("rches", "rch"),
    ("eaches", "each"),
    ("oaches", "oach"),
];

/// The key of a counted unit written `name` (see the module doc).
pub(crate) fn singular(name: &str) -> Cow<'_, str> {
    // Short words (`bus`, `gas`, `pcs`) are left as written: too few letters to tell.
    if name.len() <= 3 || KEPT.iter().any(|e| name.ends_with(e)) {
        return Cow::Borrowed(name);
    }
    if let Some((stem, to)) = REPLACED
        .iter()
        .find_map(|(from, to)| name.strip_suffix(from).map(|stem| (stem, to)))
    {
        return Cow::Owned(format!("{stem}{to}"));
    }
    // `deliveries`, `babies`, and `calorie`: four letters or fewer (`ties`, `lies`) are the
    // plural of `tie`, `lie`, handled by the plain `-s` below.
    if name.len() >= 5 {
        if let Some(stem) = name.strip_suffix("ies").or_else(|| name.strip_suffix("ie")) {
            return Cow::Owned(format!("{stem}y"));
        }
    }
    match name.strip_suffix('s') {
        Some(stem) => Cow::Borrowed(stem),
        None => Cow::Borrowed(name),
    }
}

#[cfg(test)]
mod tests {
    use super::singular;
    use proptest::prelude::*;

    /// (singular, plural) pairs a planner writes that must share a key, with the key they
    /// share where it is the English singular.
    pub(crate) const PAIRS: &[(&str, &str)] = &[
        ("visit", "visits"),
        ("delivery", "deliveries"),
        ("baby", "babies"),
        ("surgery", "surgeries"),
        ("box", "boxes"),
        ("patch", "patches"),
        ("wash", "washes"),
        ("class", "classes"),
        ("analysis", "analyses"),
        ("diagnosis", "diagnoses"),
        ("dose", "doses"),
        ("case", "cases"),
        ("nurse", "nurses"),
        ("course", "courses"),
        ("headache", "headaches"),
        ("bench", "benches"),
        ("calorie", "calories"),
        ("sample", "samples"),
        ("immunization", "immunizations"),
        ("x-ray", "x-rays"),
        ("area", "areas"),
        // Indonesian: one word for both.
        ("kasus", "kasus"),
        ("berkas", "berkas"),
        ("kelas", "kelas"),
        ("tugas", "tugas"),
        ("pasien", "pasien"),
        ("analisis", "analisis"),
        ("bayi", "bayi"),
        ("dosis", "dosis"),
        ("menu", "menus"),
        ("taxi", "taxis"),
        ("hepatitis", "hepatitis"),
    ];

    #[test]
    fn a_singular_and_its_plural_share_one_key() {
        for (one, many) in PAIRS {
            assert_eq!(singular(one), singular(many), "{one} / {many}");
        }
    }

    #[test]
    fn the_key_of_a_regular_english_word_is_its_singular() {
        // Written out by hand from the English plural rules (y → ies, sibilant + es, -sis → -ses).
        let expected = [
            ("deliveries", "delivery"),
            ("babies", "baby"),
            ("surgeries", "surgery"),
            ("boxes", "box"),
            ("patches", "patch"),
            ("washes", "wash"),
            ("classes", "class"),
            ("analyses", "analysis"),
            ("diagnoses", "diagnosis"),
            ("doses", "dose"),
            ("cases", "case"),
            ("nurses", "nurse"),
            ("courses", "course"),
            ("menus", "menu"),
            ("taxis", "taxi"),
            ("dosis", "dosis"),
        ];
        for (word, key) in expected {
            assert_eq!(singular(word), key, "{word}");
        }
    }

    proptest! {
        #[test]
        fn the_key_is_its_own_key(w in "[a-z][a-z-]{0,14}|\\w{1,12}") {
            let once = singular(&w).into_owned();
            prop_assert_eq!(singular(&once), once.as_str());
        }

        #[test]
        fn a_known_pair_keeps_sharing_its_key_with_a_prefix(
            prefix in "[a-z]{0,6}",
            pair in prop::sample::select(PAIRS),
        ) {
            // `home_visits` and `home_visit`, `post_deliveries` and `post_delivery`.
            let one = format!("{prefix}_{}", pair.0);
            let many = format!("{prefix}_{}", pair.1);
            prop_assert_eq!(singular(&one), singular(&many));
        }
    }
}
