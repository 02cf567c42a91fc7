//! The one registry of functions: every native (`natives/`) and every stdlib function
//! (`stdlib/*.wl`, read with its doc comment) as an [`Entry`] with its name, parameters, doc,
//! origin and whether a planner calls it. `:functions`, `:help`, `wl help`, completion and
//! did-you-mean read it; `wl check` can take a function's parameters from [`params_of`].
//!
//! A stdlib function's doc is the `#` comment directly above its `fn` (kept by the parser in
//! [`crate::ast::FnDef::doc`]); a doc that starts `internal:` marks a helper the other stdlib
//! functions use, which listings, completion and did-you-mean leave out.

use crate::ast::{StmtKind, INTERNAL_MARKER};
use crate::kinds::{Expect, KindSpec};
use crate::native::{signature, Param};
use crate::number::Locale;
use crate::span::SourceId;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Where a function comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Written in Rust, in the named group of natives.
    Native { group: &'static str },
    /// Written in wl, in this stdlib file (`stdlib/wisn.wl`).
    Stdlib { file: &'static str },
}

impl Origin {
    /// How `wl help` heads the group: `math (native)`, `wisn (stdlib/wisn.wl)`.
    pub fn heading(&self) -> String {
        match self {
            Origin::Native { group } => format!("{group} (native)"),
            Origin::Stdlib { file } => {
                let stem = file
                    .rsplit('/')
                    .next()
                    .unwrap_or(file)
                    .trim_end_matches(".wl");
                format!("{stem} ({file})")
            }
        }
    }
}

/// One function, native or stdlib.
pub struct Entry {
    pub name: &'static str,
    pub params: Vec<Param>,
    /// The doc, without the `internal:` marker.
    pub doc: Cow<'static, str>,
    /// The doc in Bahasa Indonesia (`:help` under `--locale id`), from [`crate::i18n::docs`];
    /// `None` where there is none.
    pub doc_id: Option<&'static str>,
    pub origin: Origin,
    /// False for an internal helper.
    pub public: bool,
}

impl Entry {
    /// `wisn(cadre, bands?)`
    pub fn signature(&self) -> String {
        format!("{}({})", self.name, signature(&self.params))
    }

    /// The first sentence of the doc, for one-line listings (a stdlib doc wraps its lines).
    pub fn summary(&self) -> String {
        let paragraph: Vec<&str> = self
            .doc
            .lines()
            .map(str::trim)
            .take_while(|l| !l.is_empty())
            .collect();
        let text = paragraph.join(" ");
        match text.find(". ") {
            Some(end) => text[..=end].to_string(),
            None => text,
        }
    }

    /// The signature, the whole doc (indented) and where the function comes from.
    pub fn help(&self) -> String {
        self.help_in(Locale::En)
    }

    /// [`Entry::help`] in `locale`: under `id` the Indonesian doc where the function has one.
    pub fn help_in(&self, locale: Locale) -> String {
        let indonesian = self.doc_id.filter(|_| locale == Locale::Id);
        let mut out = format!("{}\n", self.signature());
        for line in indonesian.unwrap_or(&self.doc).lines() {
            out.push_str(&format!("  {line}\n").replace("  \n", "\n"));
        }
        let origin = match (self.origin, indonesian.is_some()) {
            (Origin::Native { group }, _) => format!("native, {group}"),
            (Origin::Stdlib { file }, false) => format!("defined in {file}"),
            (Origin::Stdlib { file }, true) => format!("didefinisikan di {file}"),
        };
        let internal = if self.public {
            ""
        } else {
            "; an internal helper"
        };
        out.push_str(&format!("  ({origin}{internal})\n"));
        out
    }
}

/// Every function: the natives by group, then the stdlib by file, each in definition order.
pub fn all() -> &'static [Entry] {
    static ALL: OnceLock<Vec<Entry>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut entries: Vec<Entry> = crate::natives::GROUPS
            .iter()
            .flat_map(|(group, natives)| {
                natives.iter().map(move |n| Entry {
                    name: n.name,
                    params: n.params.iter().map(|p| Param { ..*p }).collect(),
                    doc: Cow::Borrowed(n.doc),
                    doc_id: None,
                    origin: Origin::Native { group },
                    public: true,
                })
            })
            .collect();
        for (id, (file, text)) in crate::stdlib::STDLIB.iter().enumerate() {
            entries.extend(stdlib_entries(file, text, id as SourceId));
        }
        entries
    })
}

/// The functions a planner calls: what listings and completion show.
pub fn public() -> impl Iterator<Item = &'static Entry> {
    all().iter().filter(|e| e.public)
}

pub fn find(name: &str) -> Option<&'static Entry> {
    all().iter().find(|e| e.name == name)
}

/// The parameters of a native or stdlib function, for checking a call's arity and named
/// arguments before anything runs (the binder's own shape: name, optional, rest).
pub fn params_of(name: &str) -> Option<&'static [Param]> {
    find(name).map(|e| e.params.as_slice())
}

/// Whether `name` is a stdlib helper that planners do not call.
pub fn is_internal(name: &str) -> bool {
    find(name).is_some_and(|e| !e.public)
}

/// The functions of one stdlib file, read from its top-level `fn` definitions. Names and
/// parameter names are slices of the embedded text, so they live as long as the program.
fn stdlib_entries(file: &'static str, text: &'static str, id: SourceId) -> Vec<Entry> {
    let (program, _) = crate::parser::parse(text, id);
    let slice = |s: crate::span::Span| &text[s.range()];
    program
        .stmts
        .iter()
        .filter_map(|stmt| match &stmt.kind {
            StmtKind::Fn(def) => def.name.as_ref().map(|name| (name, def)),
            _ => None,
        })
        .map(|(name, def)| {
            let doc = def.doc.as_deref().unwrap_or("");
            let body = doc
                .strip_prefix(INTERNAL_MARKER)
                .map_or(doc, str::trim_start);
            Entry {
                name: slice(name.span),
                params: def
                    .params
                    .iter()
                    .map(|p| Param {
                        name: slice(p.name.span),
                        optional: p.default.is_some(),
                        rest: false,
                    })
                    .collect(),
                doc: Cow::Owned(body.to_string()),
                doc_id: crate::i18n::docs::doc(slice(name.span)),
                origin: Origin::Stdlib { file },
                public: !def.is_internal(),
            }
        })
        .collect()
}

/// `wl help`: every public function, by group (natives) and file (stdlib), one line each, then
/// the declaration kinds.
pub fn listing() -> String {
    let mut out = String::new();
    let mut heading: Option<Origin> = None;
    for e in public() {
        if heading != Some(e.origin) {
            if heading.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("{}\n", e.origin.heading()));
            heading = Some(e.origin);
        }
        out.push_str(&format!("  {:<36} {}\n", e.signature(), e.summary()));
    }
    out.push_str("\ndeclarations (`wl help KIND` lists the fields)\n");
    for k in crate::kinds::KINDS {
        out.push_str(&format!(
            "  {:<36} {}\n",
            format!("{} NAME {{ ... }}", k.name),
            k.doc
        ));
    }
    out
}

/// `wl help NAME` and `:help NAME`: a function's entry, or a declaration kind with its fields
/// (`functions` gives the whole listing); `Err` with a did-you-mean when the name is neither.
pub fn help(name: &str) -> Result<String, String> {
    help_in(name, Locale::En)
}

/// [`help`] in `locale` (a stdlib function's Indonesian doc under `id`).
pub fn help_in(name: &str, locale: Locale) -> Result<String, String> {
    // `wl help functions` is the listing, as the bare `wl help` is.
    if name == "functions" && find(name).is_none() {
        return Ok(listing());
    }
    if let Some(e) = find(name) {
        return Ok(e.help_in(locale));
    }
    if let Some(k) = crate::kinds::kind(name) {
        return Ok(kind_help(k));
    }
    let known = public()
        .map(|e| e.name)
        .chain(crate::kinds::KINDS.iter().map(|k| k.name));
    Err(match crate::suggest::did_you_mean(name, known) {
        Some(h) => format!("no function `{name}`; {h}\n"),
        None => format!("no function `{name}`; `wl help` lists them all\n"),
    })
}

/// A declaration kind's entry: what it is, each field with whether it is required, what it is
/// for and what values it accepts, the declarations it holds, and an example.
pub fn kind_help(k: &KindSpec) -> String {
    let mut s = format!("{} NAME {{ ... }}: {}\n", k.name, k.doc);
    if !k.fields.is_empty() {
        s.push_str("  fields:\n");
    }
    for f in k.fields {
        let required = if f.required { " (required)" } else { "" };
        s.push_str(&format!("    {}{required}: {}\n", f.name, f.doc));
        s.push_str(&format!("      accepts {}\n", accepts(f.expect)));
    }
    if !k.children.is_empty() {
        let held: Vec<String> = k
            .children
            .iter()
            .map(|(kind, list)| format!("{kind} (collected in `{list}`)"))
            .collect();
        s.push_str(&format!("  holds: {}\n", held.join(", ")));
    }
    s.push_str("  example:\n");
    for line in kind_example(k.name).lines() {
        s.push_str(&format!("    {line}\n").replace("    \n", "\n"));
    }
    s
}

/// The values a field of this shape accepts, as the reference and `wl help KIND` state them.
/// The wording follows the checks in `kinds::fields` (an exhaustive match, so a new shape needs
/// its sentence here).
pub fn accepts(e: Expect) -> &'static str {
    match e {
        Expect::Anything => "the value its description gives",
        Expect::Text => "text (`\"Ruang Melati\"`)",
        Expect::Count => "a plain number, 0 or more (`52`)",
        Expect::Days => "days, 0 or more (`12 days`)",
        Expect::DaysOrShare => {
            "days, 0 or more (`12 days`), or a percentage of the possible working days below 100% (`3%`)"
        }
        Expect::DaysPerWeek => {
            "working days in a week: a number or days, more than 0 and at most 7 (`5 days`, `5.5`)"
        }
        Expect::HoursPerDay => "clock hours, more than 0 and at most 24 h (`8 h`, `7.5 h`)",
        Expect::Duration => "clock time, 0 or more (`37.5 h`)",
        Expect::Share => "a percentage from 0 up to, not including, 100% (`30%`)",
        Expect::YesNo => "`true` or `false`",
        Expect::Headcount => "people, 0 or more: a plain number or a counted unit (`3`, `3 nurses`)",
        Expect::Standard => {
            "a time per counted unit (`20 min per visit`) or counted units per time (`3 samples per h`), more than 0"
        }
        Expect::Volume => "a count, 0 or more (`12000 visits`), or a count per period (`1000 visits per month`)",
        Expect::SupportTime => {
            "a share of working time below 100% (`5%`) or a time per period, 0 or more (`2 h per week`)"
        }
        Expect::ExtraTime => {
            "a time per period, 0 or more (`20 days per year`), or a share of one worker up to 100% (`33%`, `0.33 FTE`)"
        }
        Expect::StaffInPost => {
            "people, 0 or more (`3`, `3 nurses`), or missing (an empty cell): staff in post not known"
        }
        Expect::Factor => "a plain number, 1 or more (`1.15`)",
        Expect::YearlyTime => "a time in a year (`1600 h per year`, or a bare `1600 h`)",
        Expect::BandTable => "a band table made by `band_table(\"...\", [...], source: \"...\")`",
    }
}

/// A small, complete example of each declaration kind (the nested kinds inside a cadre, where
/// they are written). A test checks each one with `wl check`.
pub fn kind_example(kind: &str) -> &'static str {
    match kind {
        "calendar" => {
            "calendar puskesmas {\n  hours_per_day = 7 h\n  days_per_week = 6 days\n  public_holidays = 16 days\n  annual_leave = 12 days\n  sick_leave = 3 days\n  training = 5 days\n  allowance = 30%\n}"
        }
        "cadre" => {
            "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  current_staff = 12\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Meetings\" = 2 h per week\n  individual \"Supervision\" = 10 days per year for 2 staff\n}"
        }
        "activity" => {
            "calendar rs { hours_per_day = 8 h }\ncadre midwife in rs {\n  activity \"Antenatal care\" { standard = 20 min per visit; volume = 1000 visits per month }\n  activity \"Home visits\" {\n    standard = 1 h per visit\n    volume = 300 visits\n    include = false\n    reason = \"done by the village midwife\"\n  }\n}"
        }
        "support" => {
            "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  support \"Handover\" = 10%\n  support \"Monthly report\" = 6 h per month\n}"
        }
        "individual" => {
            "calendar rs { hours_per_day = 8 h }\ncadre nurse in rs {\n  current_staff = 5\n  activity \"Ward care\" { standard = 30 min per patient; volume = 9000 patients }\n  individual \"Head of ward\" = 33%\n  individual \"Supervision\" = 10 days per year for 2 staff\n}"
        }
        "scale" => {
            "scale fatigue {\n  items = [\"p1\", \"p2\", \"p3\"]\n  options = { \"Never\": 1, \"Sometimes\": 2, \"Always\": 3 }\n  reverse = [\"p3\"]\n  categories = { \"Low\": 3..=5, \"High\": 6..=9 }\n}"
        }
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_has_its_own_name() {
        let mut names: Vec<&str> = all().iter().map(|e| e.name).collect();
        let total = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), total, "two functions share a name");
    }

    #[test]
    fn every_stdlib_function_has_a_doc() {
        // Public ones say what they compute; internal ones say why they exist.
        for e in all() {
            assert!(!e.doc.trim().is_empty(), "{} has no doc", e.signature());
        }
    }

    #[test]
    fn the_registry_holds_the_stdlib_and_marks_helpers() {
        let wisn = find("wisn").expect("wisn is registered");
        assert!(wisn.public);
        assert_eq!(
            wisn.origin,
            Origin::Stdlib {
                file: "stdlib/wisn.wl"
            }
        );
        assert_eq!(wisn.signature(), "wisn(cadre, bands?)");
        assert_eq!(params_of("awt").map(|p| p.len()), Some(1));
        assert!(find("caf").is_some_and(|e| e.public));
        // `units_at_rate` is a step inside `units_in`: no planner calls it.
        assert!(is_internal("units_at_rate"));
        assert!(!public().any(|e| e.name == "units_at_rate"));
        assert!(!listing().contains("units_at_rate("));
    }

    #[test]
    fn natives_keep_their_group_and_column_flag() {
        let sum = find("sum").expect("sum is registered");
        assert_eq!(
            sum.origin,
            Origin::Native {
                group: "collections"
            }
        );
        // `sum` has a fast path for a million-row column; `round` sees a list.
        assert!(crate::natives::find("sum").is_some_and(|n| n.columns));
        assert!(crate::natives::find("round").is_some_and(|n| !n.columns));
    }

    #[test]
    fn help_names_the_nearest_function() {
        let err = help("wisnn").unwrap_err();
        assert!(err.contains("`wisn`"), "{err}");
        assert!(help("cadre").is_ok_and(|h| h.starts_with("cadre NAME")));
    }
}
