//! What the report shows, gathered after the run: the journal's entries with their script
//! lines, the files and their checksums, for each calendar the figures the stdlib computes for
//! it (`working_time`, `against_norm`), and for each cadre the methods the script used for it
//! (recorded calls, `methods.rs`): what those calls returned, and the layouts and
//! results they did not (`abk_kes_table` beside a script's `abk_kes`), computed now with the
//! arguments the script gave. Those are evaluated in the run's own session, so they use the
//! script's declarations exactly as the run left them; their output is silenced and their
//! warnings dropped (the run's own warnings are the report's).

use super::methods::{self, Method, Use};
use super::Run;
use crate::engine::{Session, SharedBuf};
use crate::interp::Event;
use crate::span::{SourceId, SourceMap, Span};
use crate::value::Value;
use std::rc::Rc;

/// The name a declaration is bound to while the report evaluates a formula on it: not a name
/// a script can write by accident.
const SUBJECT: &str = "__wl_report_subject";

pub struct Facts {
    pub title: String,
    /// The script's first comment paragraph, which says what it is.
    pub lede: String,
    pub date: String,
    /// Data files read, with their SHA-256 (`None` if the file cannot be read again).
    pub inputs: Vec<(String, Option<String>)>,
    pub calendars: Vec<Declared>,
    pub cadres: Vec<Declared>,
    /// The band table `wisn` classifies ratios with: its name and source.
    pub bands: Option<(String, String)>,
    pub prints: Vec<(Value, Option<usize>)>,
    pub audits: Vec<(String, bool, Option<usize>)>,
    pub explains: Vec<(String, Option<usize>)>,
}

/// A calendar or cadre and what the stdlib computes for it.
pub struct Declared {
    pub name: String,
    /// The declaration's `label` (`"Bidan Terampil"`), the name a planner reads; a cadre's
    /// heading shows it before the script's identifier.
    pub label: Option<String>,
    pub line: Option<usize>,
    /// `working_time` of a calendar, `wisn` of a cadre; the message if it failed. A cadre's
    /// WISN is computed when the script used WISN for it, or no method at all.
    pub figures: Result<Value, String>,
    /// A calendar's effective time against the national norm: (norm name, table).
    pub norm: Option<(String, Result<Value, String>)>,
    /// A cadre's derivation of `required_staff`, as `explain` prints it.
    pub derivation: Option<String>,
    /// A cadre's WISN worksheet in WHO's layout (`wisn_table`): a row per activity and the
    /// cadre's total.
    pub layout: Option<Value>,
    /// A cadre declared without a calendar (ABK-Kes with `wkt:` given): WISN does not apply.
    pub without_calendar: bool,
    /// Whether the cadre's section shows WISN: the script used it for the cadre, or used no
    /// method the report knows for it (then WISN is the default, as it always was).
    pub wisn: bool,
    /// The ABK-Kes and Kepmenkes 81 uses of the cadre, each as the script computed it.
    pub methods: Vec<Laid>,
}

/// An ABK-Kes or Kepmenkes 81 use of a cadre: its result and its worksheet, with the
/// arguments the script gave.
pub struct Laid {
    pub method: Method,
    pub line: Option<usize>,
    /// The first call as the script wrote it.
    pub call: String,
    /// `wkt:` as given (nothing: the calendar's), and `rounding:`.
    pub wkt: Value,
    pub rounding: String,
    /// `abk_kes` or `kepmenkes_81`, and the `_table` layout.
    pub result: Result<Value, String>,
    pub layout: Result<Value, String>,
}

pub fn gather(session: &mut Session, run: &Run) -> Facts {
    let events = session
        .interp
        .journal
        .take()
        .map(|j| j.events)
        .unwrap_or_default();
    let script = script_source(&session.interp.sources, run.name);
    let line =
        |sources: &SourceMap, span: Span| (Some(span.src) == script).then(|| sources.line(span));
    let mut facts = Facts {
        title: String::new(),
        lede: String::new(),
        date: today(),
        inputs: Vec::new(),
        calendars: Vec::new(),
        cadres: Vec::new(),
        bands: None,
        prints: Vec::new(),
        audits: Vec::new(),
        explains: Vec::new(),
    };
    (facts.title, facts.lede) = title(session, run);
    let saved = std::mem::replace(&mut session.interp.out, Box::new(std::io::sink()));
    let mut cadres = Vec::new();
    let mut uses = Vec::new();
    for event in events {
        let sources = &session.interp.sources;
        match event {
            Event::Print { value, span } => facts.prints.push((value, line(sources, span))),
            Event::Audit {
                text,
                consistent,
                span,
            } => facts.audits.push((text, consistent, line(sources, span))),
            Event::Explain { text, span } => facts.explains.push((text, line(sources, span))),
            Event::Input { path } => {
                let shown = path.display().to_string();
                if !facts.inputs.iter().any(|(p, _)| *p == shown) {
                    let sum = std::fs::read(&path).ok().map(|b| super::sha256::hex(&b));
                    facts.inputs.push((shown, sum));
                }
            }
            Event::Declared { name, value, span } => {
                if Some(span.src) != script {
                    continue;
                }
                let at = line(sources, span);
                if is_kind(&value, "cadre") {
                    cadres.push((name.to_string(), value, at));
                } else if is_kind(&value, "calendar") {
                    calendar(session, &mut facts, &name, value, at);
                }
            }
            Event::Called {
                function,
                args,
                result,
                span,
            } => {
                let text = methods::call_text(&sources.text(span.src)[span.range()]);
                let at = line(sources, span);
                uses.extend(methods::uses_of(&function, &args, &result, at, &text));
            }
        }
    }
    for (name, value, at) in cadres {
        let mine = uses
            .iter()
            .filter(|u| methods::same_cadre(&u.cadre, &value))
            .fold(Vec::new(), |mut acc, u| {
                methods::merge(&mut acc, u.clone());
                acc
            });
        let shown = cadre(session, &name, &value, at, mine);
        facts.cadres.push(shown);
    }
    if !facts.cadres.is_empty() {
        facts.bands = bands(session);
    }
    session.interp.out = saved;
    facts
}

/// The id of the script's own source (not a stdlib file, not a file it `use`s).
fn script_source(sources: &SourceMap, name: &str) -> Option<SourceId> {
    (0..sources.len())
        .map(|i| i as SourceId)
        .find(|&id| !sources.is_stdlib(id) && sources.name(id) == name)
}

/// A calendar's working time, and its effective time against the national norm when it
/// declares an allowance.
fn calendar(
    session: &mut Session,
    facts: &mut Facts,
    name: &str,
    value: Value,
    line: Option<usize>,
) {
    let Value::Record(r) = &value else {
        return;
    };
    let figures = eval_on(session, &value, "working_time(SUBJECT)");
    let norm = r.fields.contains_key("allowance").then(|| {
        let table = eval_on(session, &value, "against_norm(SUBJECT, norm_bkn_19_2011)");
        ("Perka BKN 19/2011".to_string(), table)
    });
    facts.calendars.push(Declared {
        name: name.to_string(),
        label: None,
        line,
        figures,
        norm,
        derivation: None,
        layout: None,
        without_calendar: false,
        wisn: false,
        methods: Vec::new(),
    });
}

fn is_kind(v: &Value, kind: &str) -> bool {
    matches!(v, Value::Record(r) if r.kind.as_deref() == Some(kind))
}

/// A cadre's section: WISN (with the script's `bands:` and `rounding:` if it gave them) when
/// the script used WISN or no method for it, and each ABK-Kes or Kepmenkes 81 use.
fn cadre(
    session: &mut Session,
    name: &str,
    value: &Value,
    line: Option<usize>,
    uses: Vec<Use>,
) -> Declared {
    let wisn_use = uses.iter().find(|u| u.method == Method::Wisn);
    let wisn = wisn_use.is_some() || uses.is_empty();
    let has_calendar = matches!(value, Value::Record(r) if r.fields.contains_key("calendar"));
    let label = match value {
        Value::Record(r) => match r.fields.get("label") {
            Some(Value::Str(s)) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    };
    let mut d = Declared {
        name: name.to_string(),
        label,
        line,
        figures: Err(String::new()),
        norm: None,
        derivation: None,
        layout: None,
        without_calendar: !has_calendar,
        wisn,
        methods: Vec::new(),
    };
    if wisn {
        let u = wisn_use
            .cloned()
            .unwrap_or_else(|| methods::plain_wisn(value));
        let (figures, layout) = (computed(session, &u, false), computed(session, &u, true));
        d.derivation = figures.is_ok().then(|| {
            captured(session, value, "explain required_staff(SUBJECT)").replace(SUBJECT, name)
        });
        d.layout = figures.is_ok().then_some(layout.ok()).flatten();
        d.figures = figures;
    }
    for u in uses.iter().filter(|u| u.method != Method::Wisn) {
        let arg = |k: &str| {
            u.args
                .iter()
                .find(|(n, _)| &**n == k)
                .map(|(_, v)| v.clone())
        };
        d.methods.push(Laid {
            method: u.method,
            line: u.line,
            call: u.call.clone(),
            wkt: arg("wkt").unwrap_or(Value::Nil),
            rounding: arg("rounding").map(|v| v.to_string()).unwrap_or_default(),
            result: computed(session, u, false),
            layout: computed(session, u, true),
        });
    }
    d
}

/// A use's result (`layout` false) or layout: what the script's own call returned, else the
/// method's function called now with the arguments the script gave.
fn computed(session: &mut Session, u: &Use, layout: bool) -> Result<Value, String> {
    let recorded = if layout { &u.layout } else { &u.result };
    if let Some(v) = recorded {
        return Ok(v.clone());
    }
    let (main, table, _) = u.method.functions();
    let function = if layout { table } else { main };
    let mut binds = vec![("cadre".to_string(), u.cadre.clone())];
    let mut code = format!("{function}({SUBJECT}_cadre");
    for (k, v) in &u.args {
        // `wisn` and `kepmenkes_81` have no `rounding:`; their layouts have.
        if !layout && !u.method.result_takes(k) {
            continue;
        }
        code.push_str(&format!(", {k}: {SUBJECT}_{k}"));
        binds.push((k.to_string(), v.clone()));
    }
    code.push(')');
    eval_with(session, &binds, &code)
}

/// Evaluate `code` (in which `SUBJECT` stands for `subject`) in the session.
fn eval_on(session: &mut Session, subject: &Value, code: &str) -> Result<Value, String> {
    session
        .interp
        .globals
        .define(Rc::from(SUBJECT), subject.clone());
    run_code(session, &code.replace("SUBJECT", SUBJECT))
}

/// Evaluate `code`, in which `SUBJECT_k` (the constant's text, an underscore and `k`) stands
/// for each value `(k, v)` of `binds`.
fn eval_with(
    session: &mut Session,
    binds: &[(String, Value)],
    code: &str,
) -> Result<Value, String> {
    for (k, v) in binds {
        let name = format!("{SUBJECT}_{k}");
        session
            .interp
            .globals
            .define(Rc::from(name.as_str()), v.clone());
    }
    run_code(session, code)
}

fn run_code(session: &mut Session, code: &str) -> Result<Value, String> {
    let r = session.run("<report>", code);
    match r {
        Ok(outcome) => Ok(outcome.value),
        Err(diags) => Err(diags
            .iter()
            .rev()
            .find(|d| d.is_error())
            .map(|d| d.message.clone())
            .unwrap_or_default()),
    }
}

/// The text a statement writes (an `explain`), with `SUBJECT` standing for `subject`.
fn captured(session: &mut Session, subject: &Value, code: &str) -> String {
    let buf = SharedBuf::default();
    let saved = std::mem::replace(&mut session.interp.out, Box::new(buf.clone()));
    let _ = eval_on(session, subject, code);
    session.interp.out = saved;
    buf.take()
}

/// The name and source of the band table `wisn` uses by default.
fn bands(session: &mut Session) -> Option<(String, String)> {
    let v = eval_on(session, &Value::Nil, "wisn_pressure_bands").ok()?;
    let Value::Record(r) = v else {
        return None;
    };
    let text = |k: &str| r.fields.get(k).map(|v| v.to_string()).unwrap_or_default();
    Some((text("name"), text("source")))
}

/// The report's title: a `report_title` the script sets, else the first sentence of its first
/// comment, else its file name; and the first comment paragraph.
fn title(session: &Session, run: &Run) -> (String, String) {
    let mut lede = Vec::new();
    for l in run.text.lines() {
        let t = l.trim();
        match t.strip_prefix('#') {
            Some(c) => lede.push(c.trim_start_matches('#').trim()),
            None if t.is_empty() && lede.is_empty() => continue,
            None => break,
        }
    }
    let lede = lede.join(" ").trim().to_string();
    // Not `title`, which is a stdlib function (a script's `let title` would shadow it, W0103).
    if let Some(Value::Str(s)) = session.interp.globals.get("report_title") {
        return (s.to_string(), lede);
    }
    let sentence = lede
        .split_inclusive(". ")
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.')
        .to_string();
    let title = if sentence.is_empty() {
        std::path::Path::new(run.name)
            .file_name()
            .map_or(run.name.to_string(), |n| n.to_string_lossy().into_owned())
    } else if sentence.chars().count() > 90 {
        let cut: String = sentence.chars().take(90).collect();
        let at = cut.rfind(' ').unwrap_or(cut.len());
        format!("{}…", &cut[..at])
    } else {
        sentence
    };
    (title, lede)
}

/// Today's date (UTC) as YYYY-MM-DD; `SOURCE_DATE_EPOCH` fixes it, for reproducible reports.
fn today() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The Gregorian date of a day count since 1970-01-01 (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::civil_from_days;

    // Day counts from `date -u -d @SECONDS`: 0 is 1970-01-01, 19782 is 2024-02-29 (a leap
    // day), 20784 is 2026-11-27, -1 is 1969-12-31.
    #[test]
    fn dates_from_day_counts() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
        assert_eq!(civil_from_days(20_784), (2026, 11, 27));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
