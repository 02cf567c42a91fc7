//! Errors raised inside the stdlib are traced to the planner's code (issue 10, point 4): for
//! each public stdlib entry point, a realistic mistake that reaches the stdlib at run time. The
//! main label must be on the user's own line (the call, or the declaration field the value came
//! from), the stdlib line a secondary label, and a note must give the chain of calls. Each
//! snapshot was read by hand against that rule.

use wl::diagnostic::blame;
use wl::engine::{Session, SharedBuf};

/// A calendar with a nurse cadre in it, and a clinic calendar without `allowance` (so without effective time) with a midwife
/// cadre in it, as a planner declares them.
const DECLARED: &str = "calendar rs {
  hours_per_day = 8 h
  public_holidays = 15 days
  annual_leave = 12 days
  allowance = 30%
}
cadre nurse in rs {
  current_staff = 3
  activity \"Outpatient visits\" { standard = 20 min per visit; volume = 12000 visits }
  support \"Staff meetings\" = 2 h per week
}
calendar clinic {
  hours_per_day = 7 h
}
cadre midwife in clinic {
  activity \"Antenatal visits\" { standard = 30 min per visit; volume = 2000 visits }
}
";

/// The rendered error of `DECLARED` followed by `call`, after checking that the error's main
/// label, once blamed, is in the script and not in a stdlib file.
fn report(call: &str) -> String {
    let text = format!("{DECLARED}{call}\n");
    let buf = SharedBuf::default();
    let mut session = Session::for_script(Box::new(buf.clone()), &text);
    let diags = session
        .run("script.wl", &text)
        .expect_err("the mistake stops the run");
    let err = diags.last().expect("an error");
    let sources = &session.interp.sources;
    let blamed = blame(err, sources).unwrap_or_else(|| err.clone());
    let main = blamed.primary_span();
    assert_eq!(
        sources.name(main.src),
        "script.wl",
        "main label not on the user's line"
    );
    assert!(!blamed.frames.is_empty(), "the error carries its frames");
    session.render(&diags, false)
}

macro_rules! blamed {
    ($name:ident, $call:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), report($call));
        }
    };
}

// A band table given as text.
blamed!(
    wisn_with_bands_as_text,
    "print wisn(nurse, bands: \"high\")"
);
// One result where a list of results is expected.
blamed!(
    wisn_summary_of_one_result,
    "print wisn_summary(wisn(nurse))"
);
// ABK-Kes needs effective time, which needs the calendar's allowance.
blamed!(abk_kes_calendar_without_allowance, "print abk_kes(midwife)");
// A calendar where the cadre is expected.
blamed!(kepmenkes_81_of_a_calendar, "print kepmenkes_81(rs)");
// A figure copied with its quotes.
blamed!(fte_work_as_text, "print fte(\"1200 h\", 1500 h)");
// A band table given as text.
blamed!(
    fte_band_bands_as_text,
    "print fte_band(0.9, bands: \"BKN\")"
);
// The FTE of a cadre needs the effective year, which needs the allowance.
blamed!(
    cadre_fte_calendar_without_allowance,
    "print cadre_fte(midwife)"
);
// Observations whose minutes column is not named `productive`.
blamed!(
    time_motion_without_a_productive_column,
    "let observed = table { nurse: [\"A\", \"B\"], minutes: [300, 280] min per day }\nprint time_motion(observed, rs)"
);
// Volumes read as text from a spreadsheet.
blamed!(
    wisn_batch_volume_as_text,
    "let volumes = table { facility: [\"PKM A\"], category: [\"nurse\"], activity: [\"Outpatient visits\"], volume: [\"1200\"], current_staff: [2] }\nprint wisn_batch(volumes, [nurse])"
);
// A change that cannot be applied both ways.
blamed!(
    sensitivity_change_of_150_percent,
    "print sensitivity(nurse, change: 150%)"
);
// A norm named by its title instead of the norm record.
blamed!(
    against_norm_as_text,
    "print against_norm(rs, \"Perka BKN 19/2011\")"
);
// A cadre where the calendar is expected.
blamed!(working_time_of_a_cadre, "print working_time(nurse)");
// A cadre where the calendar is expected.
blamed!(awt_of_a_cadre, "print awt(nurse)");
// A share of times of different periods without the calendar that relates them.
blamed!(share_without_a_calendar, "print share(4 h, 1 day)");
// A required staff figure given as text.
blamed!(whole_staff_of_text, "print whole_staff(\"3.2\")");
// The whole result where the cadre is expected.
blamed!(
    required_staff_of_a_result,
    "print required_staff(wisn(nurse))"
);

/// Public stdlib entry points with good arguments (under `DECLARED`).
const CALLS: &[(&str, &[&str])] = &[
    ("wisn", &["nurse"]),
    ("wisn_summary", &["[wisn(nurse)]"]),
    ("required_staff", &["nurse"]),
    ("caf", &["nurse"]),
    ("iaf", &["nurse"]),
    ("abk_kes", &["nurse"]),
    ("kepmenkes_81", &["nurse"]),
    ("fte", &["1000 h", "1200 h", "15%"]),
    ("fte_band", &["0.9"]),
    ("cadre_fte", &["nurse"]),
    ("sensitivity", &["nurse", "10%"]),
    ("against_norm", &["rs", "norm_bkn_19_2011"]),
    ("working_time", &["rs"]),
    ("awt", &["rs"]),
    ("share", &["1 h", "4 h"]),
    ("whole_staff", &["2.5"]),
    (
        "time_motion",
        &["table { productive: [300, 280] min per day }", "rs"],
    ),
    (
        "wisn_batch",
        &["table { facility: [\"A\"], category: [\"nurse\"], activity: [\"Outpatient visits\"], volume: [1200], current_staff: [2] }", "[nurse]"],
    ),
];

/// Values a planner passes by mistake.
const WRONG: &[&str] = &[
    "\"12\"",
    "12",
    "12 visits",
    "[1, 2]",
    "{a: 1}",
    "true",
    "rs",
    "nurse",
    "nothing",
];

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever wrong value is passed to whichever argument of a stdlib entry point, an error
    /// it causes has its main label in the user's script, never on a stdlib line.
    #[test]
    fn a_mistake_in_any_argument_is_blamed_on_the_script(
        call in 0..CALLS.len(),
        position in 0usize..3,
        wrong in 0..WRONG.len(),
    ) {
        let (name, good) = CALLS[call];
        let mut args: Vec<&str> = good.to_vec();
        let i = position % args.len();
        args[i] = WRONG[wrong];
        let text = format!("{DECLARED}print {name}({})\n", args.join(", "));
        let mut session = Session::for_script(Box::new(std::io::sink()), &text);
        if let Err(diags) = session.run("script.wl", &text) {
            let err = diags.last().expect("an error");
            let sources = &session.interp.sources;
            let blamed = blame(err, sources).unwrap_or_else(|| err.clone());
            let main = blamed.primary_span();
            proptest::prop_assert_eq!(
                sources.name(main.src),
                "script.wl",
                "{}",
                session.render(&diags, false)
            );
        }
    }
}
