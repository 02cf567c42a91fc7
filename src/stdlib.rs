//! The standard library's sources (`stdlib/*.wl`), embedded so the binary is self-contained.

/// The standard library, embedded so the binary is self-contained; loaded in this order.
pub const STDLIB: &[(&str, &str)] = &[
    ("stdlib/prelude.wl", include_str!("../stdlib/prelude.wl")),
    ("stdlib/calendar.wl", include_str!("../stdlib/calendar.wl")),
    ("stdlib/bands.wl", include_str!("../stdlib/bands.wl")),
    ("stdlib/norms.wl", include_str!("../stdlib/norms.wl")),
    ("stdlib/wisn.wl", include_str!("../stdlib/wisn.wl")),
    ("stdlib/abk.wl", include_str!("../stdlib/abk.wl")),
    ("stdlib/fte.wl", include_str!("../stdlib/fte.wl")),
    (
        "stdlib/time_motion.wl",
        include_str!("../stdlib/time_motion.wl"),
    ),
    ("stdlib/batch.wl", include_str!("../stdlib/batch.wl")),
    (
        "stdlib/sensitivity.wl",
        include_str!("../stdlib/sensitivity.wl"),
    ),
];
