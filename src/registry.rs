//! The one registry of functions: every native (`natives/`) and every stdlib function
//! (`stdlib/*.wl`, read with its doc comment) as an [`Entry`] with its name, parameters, doc,
//! origin and whether a planner calls it. `:functions`, `:help`, `wl help`, completion and
//! did-you-mean read it; `wl check` can take a function's parameters from [`params_of`].
//!
//! A stdlib function's doc is the `#` comment directly above its `fn` (kept by the parser in
//! [`crate::ast::FnDef::doc`]); a doc that starts `internal:` marks a helper the other stdlib
//! functions use, which listings, completion and did-you-mean leave out.

use crate::ast::{StmtKind, INTERNAL_MARKER};
use crate::native::{signature, Param};
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
        let mut out = format!("{}\n", self.signature());
        for line in self.doc.lines() {
            out.push_str(&format!("  {line}\n").replace("  \n", "\n"));
        }
        let origin = match self.origin {
            Origin::Native { group } => format!("native, {group}"),
            Origin::Stdlib { file } => format!("defined in {file}"),
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
    // `wl help functions` is the listing, as the bare `wl help` is.
    if name == "functions" && find(name).is_none() {
        return Ok(listing());
    }
    if let Some(e) = find(name) {
        return Ok(e.help());
    }
    if let Some(k) = crate::kinds::kind(name) {
        let mut s = format!("{} NAME {{ ... }}: {}\n", k.name, k.doc);
        for f in k.fields {
            s.push_str(&format!(
                "  {:<22} {}{}\n",
                f.name,
                f.doc,
                if f.required { " (required)" } else { "" }
            ));
        }
        return Ok(s);
    }
    let known = public()
        .map(|e| e.name)
        .chain(crate::kinds::KINDS.iter().map(|k| k.name));
    Err(match crate::suggest::did_you_mean(name, known) {
        Some(h) => format!("no function `{name}`; {h}\n"),
        None => format!("no function `{name}`; `wl help` lists them all\n"),
    })
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
