//! Rules across the fields of one declaration, shared by evaluation and `wl check`: an
//! activity's standard and volume count the same thing, and a cadre has work to count.

use super::dims;
use super::fields::{STANDARD_FORMS, VOLUME_FORMS};
use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::units::Quantity;

/// E0209: the standard's `per visit` (or `visits per h`) and the volume's `visits` must name
/// the same counted unit; `visit` and `visits` are the same. Fields of another shape were
/// already reported by the field rule, so they pass here.
pub fn standard_matches_volume(
    standard: (&Quantity, Span),
    volume: (&Quantity, Span),
) -> Result<(), Box<Diagnostic>> {
    let (Some(s), Some(v)) = (
        dims::standard_count(&standard.0.unit),
        dims::volume_count(&volume.0.unit),
    ) else {
        return Ok(());
    };
    if s == v {
        return Ok(());
    }
    // The names as the script wrote them: the key (`delivery` for `deliveries`) is internal.
    let (s, v) = (
        s.written().unwrap_or_default(),
        v.written().unwrap_or_default(),
    );
    let v_one = after_per(v);
    Err(Box::new(
        Diagnostic::error(
            Code::CountMismatch,
            format!("the standard counts `{s}` but the volume counts `{v}`"),
            volume.1,
            format!("a volume of {}", volume.0),
        )
        .with_label(standard.1, format!("a standard of {}", standard.0))
        .with_hint(format!(
            "count one thing in both: `per {v_one}` in the standard, or `{s}` in the volume"
        ))
        .with_note(format!("{STANDARD_FORMS}; {VOLUME_FORMS}")),
    ))
}

/// How a volume's unit reads after `per` in the hint: `patients` as `patient` where dropping an
/// `s` surely gives the singular; any other word as written (`berkas` and `kasus` are
/// Indonesian, and `per deliveries` means the same as `per delivery`).
fn after_per(written: &str) -> &str {
    match written.strip_suffix('s') {
        Some(one)
            if crate::units::is_plural_form(written)
                && !written.ends_with("as")
                && !written.ends_with("us")
                && crate::units::singular(written) == one =>
        {
            one
        }
        _ => written,
    }
}

/// E0220: a cadre whose activities are all missing or marked `include = false` has no workload
/// to count, so every method would report zero staff needed.
pub fn no_counted_activity(name: &str, head: Span, listed: usize) -> Diagnostic {
    let (label, hint) = if listed == 0 {
        (
            "no activity declared",
            "add a health-service activity: `activity \"Outpatient care\" { standard = 15 min per visit; volume = 12000 visits }`",
        )
    } else {
        (
            "every activity has `include = false`",
            "count at least one activity: remove `include = false` from the one that is done here",
        )
    };
    Diagnostic::error(
        Code::NoCountedActivity,
        format!("cadre `{name}` has no counted activity, so it has no workload"),
        head,
        label,
    )
    .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::after_per;

    #[test]
    fn the_hint_writes_a_plain_plural_in_the_singular_after_per() {
        // Dropping the `s` is sure for `patients` and `births`; `deliveries` is kept as written
        // (its key `delivery` is not `deliverie`), and Indonesian `berkas` is one word.
        assert_eq!(after_per("patients"), "patient");
        assert_eq!(after_per("births"), "birth");
        assert_eq!(after_per("deliveries"), "deliveries");
        assert_eq!(after_per("berkas"), "berkas");
        assert_eq!(after_per("kasus"), "kasus");
        assert_eq!(after_per("pasien"), "pasien");
    }
}
