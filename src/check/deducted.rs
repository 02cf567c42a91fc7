//! W0526: time a calendar already deducts from the working year, listed again as a support
//! activity (domain spec 3.1: "mixing them double-counts"). A support activity is matched to a
//! deduction by the words of its name, in English and Indonesian: leave (`cuti`), sick leave
//! (`sakit`), public holidays (`libur`), maternity leave (`melahirkan`, counted in
//! `other_leave`) and breaks (`istirahat`, `ishoma`, in the calendar's `allowance`). Training
//! has its own warning, W0504, raised by the stdlib where the methods read the calendar.

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// Calendar field, what it deducts, and the words that name it in a support activity. Sick leave
/// comes before leave, so `cuti sakit` is sick leave.
const DEDUCTIONS: &[(&str, &str, &[&str])] = &[
    ("sick_leave", "sick leave", &["sick", "sakit"]),
    (
        "other_leave",
        "maternity and other leave",
        &["maternity", "melahirkan"],
    ),
    ("annual_leave", "annual leave", &["leave", "cuti"]),
    ("public_holidays", "public holidays", &["holiday", "libur"]),
    (
        "allowance",
        "breaks and personal needs",
        &[
            "break",
            "istirahat",
            "ishoma",
            "personal need",
            "kebutuhan pribadi",
        ],
    ),
];

/// The calendar field a support activity's name says it is, if any.
pub fn named_deduction(title: &str) -> Option<(&'static str, &'static str)> {
    let t = title.to_lowercase();
    DEDUCTIONS
        .iter()
        .find(|(_, _, words)| words.iter().any(|w| t.contains(w)))
        .map(|(field, what, _)| (*field, *what))
}

/// W0526 for the support activity `title` at `at`, when the calendar `calendar` deducts a
/// non-zero amount in the field its name names; `deducts(field)` says whether it does, and
/// with what (`12 days`).
pub fn counted_again(
    title: &str,
    at: Span,
    calendar: &str,
    deducts: impl Fn(&str) -> Option<String>,
) -> Option<Diagnostic> {
    let (field, what) = named_deduction(title)?;
    let amount = deducts(field)?;
    Some(
        Diagnostic::warning(
            Code::DeductedTwice,
            format!(
                "support activity \"{title}\" names {what}, and calendar `{calendar}` already deducts {amount} of it (`{field}`): it is counted twice"
            ),
            at,
            "counted again here",
        )
        .with_hint(format!(
            "count it once: as the calendar's `{field}`, or as this support activity with `{field}` left out of the calendar"
        )),
    )
}
