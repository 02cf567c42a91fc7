//! Declaration kinds and their schemas: which fields a `calendar`, `cadre`, `activity`,
//! `support`, `individual` or `scale` takes, which are required, what each must hold, and which
//! nested declarations each collects. One table drives evaluation, `wl check`, REPL help and
//! "did you mean" for fields; the diagnostics below are shared by `wl check` and evaluation so
//! both say the same thing. What a field's value must be is decided by [`check_value`] (on the
//! unit shapes of `dims`), the rules across fields by `rules`.

mod dims;
mod fields;
mod rules;

pub use fields::{check_value, Given};
pub use rules::{no_counted_activity, standard_matches_volume};

use crate::codes::Code;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::suggest::did_you_mean;

/// What a field's value must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    Anything,
    Text,
    /// A plain number ≥ 0 (a count of staff, items...).
    Count,
    /// Days, ≥ 0 (`12 days`).
    Days,
    /// Days ≥ 0, or a percentage of the possible working days below 100% (`3%`).
    DaysOrShare,
    /// Working days in a week: a number or days, more than 0 and at most 7.
    DaysPerWeek,
    /// Clock hours in a working day: more than 0 and at most 24 h.
    HoursPerDay,
    /// Clock time ≥ 0 (`37.5 h`).
    Duration,
    /// A percentage from 0 up to (not including) 100%.
    Share,
    /// `true` or `false`.
    YesNo,
    /// People, ≥ 0: a plain number or a counted unit (`3`, `3 nurses`).
    Headcount,
    /// A time per counted unit (`20 min per visit`) or counted units per time
    /// (`3 samples per h`), more than 0.
    Standard,
    /// A count ≥ 0 (`12000 visits`) or a count per period (`1000 visits per month`).
    Volume,
    /// A share of working time below 100% (`5%`) or a time per period ≥ 0 (`2 h per week`).
    SupportTime,
    /// A time per period ≥ 0 (`20 days per year`) or a share of one worker up to 100% (`33%`,
    /// or in FTE: `0.33 FTE`).
    ExtraTime,
    /// A headcount, or missing (a CSV cell left empty): staff in post that may be unknown.
    StaffInPost,
    /// A multiplier of 1 or more, as a plain number (`1.15`): STP / CAF as printed.
    Factor,
    /// A year's time: a time per year (`1600 h per year`) or a bare time (`1600 h`).
    YearlyTime,
    /// A band table made by `band_table`.
    BandTable,
}

#[derive(Debug)]
pub struct FieldSpec {
    pub name: &'static str,
    pub required: bool,
    pub expect: Expect,
    pub doc: &'static str,
}

#[derive(Debug)]
pub struct KindSpec {
    pub name: &'static str,
    pub doc: &'static str,
    pub fields: &'static [FieldSpec],
    /// Nested declaration kinds and the list field each is collected into.
    pub children: &'static [(&'static str, &'static str)],
}

const fn f(name: &'static str, required: bool, expect: Expect, doc: &'static str) -> FieldSpec {
    FieldSpec {
        name,
        required,
        expect,
        doc,
    }
}

pub static KINDS: &[KindSpec] = &[
    KindSpec {
        name: "calendar",
        doc: "a work calendar: how long a working day, week and year are, and the days off",
        fields: &[
            f(
                "hours_per_day",
                true,
                Expect::HoursPerDay,
                "formal working hours in a day",
            ),
            f(
                "days_per_week",
                false,
                Expect::DaysPerWeek,
                "working days in a week (default 5; 5.5 for half-day Saturdays)",
            ),
            f(
                "weeks_per_year",
                false,
                Expect::Count,
                "weeks in a year (default 52)",
            ),
            f(
                "possible_days",
                false,
                Expect::Days,
                "working days in the year when counted from a real calendar, e.g. `working_days(2026)` (default days_per_week × weeks_per_year)",
            ),
            f(
                "public_holidays",
                false,
                Expect::DaysOrShare,
                "public holidays falling on working days",
            ),
            f(
                "annual_leave",
                false,
                Expect::DaysOrShare,
                "annual leave days",
            ),
            f(
                "sick_leave",
                false,
                Expect::DaysOrShare,
                "days lost to sickness (average taken)",
            ),
            f("training", false, Expect::DaysOrShare, "days in training"),
            f(
                "other_leave",
                false,
                Expect::DaysOrShare,
                "other absence (maternity averaged, special leave), in days or as a % of the possible days",
            ),
            f(
                "formal_hours_per_week",
                false,
                Expect::Duration,
                "formal working hours in a week",
            ),
            f(
                "allowance",
                false,
                Expect::Share,
                "share of formal time lost to breaks and personal needs (Permenkes 53/2012: 30%)",
            ),
            f(
                "contract_hours",
                false,
                Expect::YearlyTime,
                "contractual hours in a year (`1600 h per year`): the possible working days become these hours over `hours_per_day`, and a share deducted (`annual_leave = 8%`) is a share of them",
            ),
            f(
                "service_days",
                false,
                Expect::Days,
                "days a year the facility serves, over which volumes per day or week are counted (default the possible working days)",
            ),
            f(
                "pressure_bands",
                false,
                Expect::BandTable,
                "the WISN workload-pressure band table results of this calendar's cadres use (default `wisn_pressure_bands`)",
            ),
            f("label", false, Expect::Text, "a display name"),
        ],
        children: &[],
    },
    KindSpec {
        name: "cadre",
        doc: "a staff category with its activities and allowances",
        fields: &[
            f(
                "current_staff",
                false,
                Expect::StaffInPost,
                "staff in post (may be fractional; missing, as from an empty cell, is reported as missing staff)",
            ),
            f(
                "stp",
                false,
                Expect::Factor,
                "the support-task factor as printed (ABK-Kes STP, WISN CAF: `1.15`), instead of listing support activities",
            ),
            f("label", false, Expect::Text, "a display name"),
        ],
        children: &[
            ("activity", "activities"),
            ("support", "supports"),
            ("individual", "individuals"),
        ],
    },
    KindSpec {
        name: "activity",
        doc: "a health-service activity with a time standard and an annual volume",
        fields: &[
            f(
                "standard",
                true,
                Expect::Standard,
                "time per unit (`20 min per visit`) or rate (`3 samples per h`)",
            ),
            f(
                "volume",
                true,
                Expect::Volume,
                "annual volume (`12000 visits`), or a volume per day, week or month (`1000 visits per month`)",
            ),
            f(
                "include",
                false,
                Expect::YesNo,
                "`false` to list the activity without counting it",
            ),
            f(
                "reason",
                false,
                Expect::Text,
                "why the activity is excluded or adjusted",
            ),
            f(
                "service_days",
                false,
                Expect::Days,
                "days a year this service runs, over which a volume per day or week is counted (`286 days`; default the calendar's service days)",
            ),
        ],
        children: &[],
    },
    KindSpec {
        name: "support",
        doc: "a support activity: a category allowance as time per period or a percentage",
        fields: &[f(
            "value",
            true,
            Expect::SupportTime,
            "time per period (`2 h per week`) or a share of working time (`10%`)",
        )],
        children: &[],
    },
    KindSpec {
        name: "individual",
        doc: "an additional activity of some staff: an individual allowance",
        fields: &[
            f(
                "value",
                true,
                Expect::ExtraTime,
                "time per period per person (`20 days per year`), or a share of one worker (`33%` or `0.33 FTE`)",
            ),
            f("staff", false, Expect::Headcount, "how many staff do it"),
        ],
        children: &[],
    },
    KindSpec {
        name: "scale",
        doc: "a questionnaire scale: items, response options and score categories",
        fields: &[
            f(
                "items",
                true,
                Expect::Anything,
                "the item columns: `[\"p1\", \"p2\"]`, or their number (then every column of the responses is an item)",
            ),
            f(
                "options",
                false,
                Expect::Anything,
                "response label to score: `{ \"Selalu\": 3 }`",
            ),
            f(
                "reverse",
                false,
                Expect::Anything,
                "reverse-scored items (names or numbers), scored min + max - answer",
            ),
            f(
                "categories",
                false,
                Expect::Anything,
                "category to total-score range `{ \"Rendah\": 19..=38 }` or to a range of the percent of the maximum total `{ \"Overload\": 60%..=100% }`",
            ),
            f(
                "min",
                false,
                Expect::Count,
                "lowest item score, when there are no `options`",
            ),
            f(
                "max",
                false,
                Expect::Count,
                "highest item score, when there are no `options`",
            ),
        ],
        children: &[],
    },
];

pub fn kind(name: &str) -> Option<&'static KindSpec> {
    KINDS.iter().find(|k| k.name == name)
}

impl KindSpec {
    pub fn field(&self, name: &str) -> Option<&'static FieldSpec> {
        // KINDS is static, so its fields are too.
        let fields: &'static [FieldSpec] = self.fields;
        fields.iter().find(|f| f.name == name)
    }

    pub fn child_list(&self, kind: &str) -> Option<&'static str> {
        self.children
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, list)| *list)
    }

    /// The required fields for which `given` is false, in schema order.
    pub fn missing(&self, given: impl Fn(&str) -> bool) -> Vec<&'static str> {
        let fields: &'static [FieldSpec] = self.fields;
        fields
            .iter()
            .filter(|f| f.required && !given(f.name))
            .map(|f| f.name)
            .collect()
    }
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

/// E0202: no declaration kind has this name.
pub fn unknown_kind(name: &str, span: Span) -> Diagnostic {
    let mut d = Diagnostic::error(
        Code::UnknownKind,
        format!("unknown declaration kind `{name}`"),
        span,
        "not a kind of declaration",
    )
    .with_note(format!(
        "the kinds are: {}",
        names(KINDS.iter().map(|k| k.name))
    ));
    d.hint = did_you_mean(name, KINDS.iter().map(|k| k.name));
    d
}

/// E0202: a declaration nested where its parent does not collect that kind.
pub fn not_allowed_in(parent: &KindSpec, kind: &str, span: Span) -> Diagnostic {
    let allowed: Vec<&str> = parent.children.iter().map(|(k, _)| *k).collect();
    let mut d = Diagnostic::error(
        Code::UnknownKind,
        format!("a {} cannot hold a `{kind}`", parent.name),
        span,
        "not allowed here",
    );
    d.hint = did_you_mean(kind, allowed.iter().copied()).or_else(|| {
        Some(if allowed.is_empty() {
            format!("a {} holds only fields", parent.name)
        } else {
            format!("a {} holds: {}", parent.name, allowed.join(", "))
        })
    });
    d
}

/// E0203: the kind has no such field.
pub fn unknown_field(spec: &KindSpec, name: &str, span: Span) -> Diagnostic {
    let d = Diagnostic::error(
        Code::UnknownField,
        format!("a {} has no field `{name}`", spec.name),
        span,
        "unknown field",
    );
    match did_you_mean(name, spec.fields.iter().map(|f| f.name)) {
        Some(h) => d.with_hint(h),
        None => d.with_note(format!(
            "the fields of a {} are: {}",
            spec.name,
            names(spec.fields.iter().map(|f| f.name))
        )),
    }
}

/// E0204: required fields not given; `head` is the declaration's name (or its kind).
pub fn missing_fields(
    spec: &KindSpec,
    title: Option<&str>,
    missing: &[&str],
    head: Span,
) -> Diagnostic {
    let quoted: Vec<String> = missing.iter().map(|m| format!("`{m}`")).collect();
    let who = match title {
        Some(t) => format!("{} `{t}`", spec.name),
        None => spec.name.to_string(),
    };
    let doc = spec.field(missing[0]).map_or("", |f| f.doc);
    Diagnostic::error(
        Code::MissingField,
        format!("{who} is missing {}", quoted.join(", ")),
        head,
        "declared here",
    )
    .with_hint(format!("add `{} = ...`: {doc}", missing[0]))
}

/// E0205: a field given a second time.
pub fn duplicate_field(name: &str, span: Span, first: Span) -> Diagnostic {
    Diagnostic::error(
        Code::DuplicateField,
        format!("`{name}` is given twice"),
        span,
        "given again here",
    )
    .with_label(first, "first given here")
}
