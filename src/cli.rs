//! The command line: `wl run FILE [--format text|csv|json|md] [--locale en|id] [--digits N |
//! --decimals N] [--report OUT.html]`, `wl check FILE [--locale en|id]`, `wl fmt [--check]
//! FILES`, `wl test [--update] [PATHS]`, `wl help [NAME]`, `wl reference`, `wl repl [--locale
//! en|id]` (or bare `wl`), `wl lsp` (the language server). Exit status 0 on success, 1 on a
//! script error, failed assertion or unknown help topic, 2 on a usage error.

use crate::engine::Session;
use crate::output::{Format, Locale, OutputSettings, Shown};
use clap::{CommandFactory, Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
#[command(
    name = "wl",
    version,
    about = "wl: staffing workload and survey statistics scripts",
    // `wl help` lists wl's functions; `wl help run` still shows the options of `run`.
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script and print what it prints.
    Run {
        file: PathBuf,
        /// Stop a script that runs longer than this many seconds.
        #[arg(long, default_value_t = 600)]
        time_limit: u64,
        /// How `print` writes values: text (aligned tables), csv, json (one JSON value per
        /// print) or md (Markdown tables).
        #[arg(long, default_value = "text", value_parser = clap::builder::PossibleValuesParser::new(Format::NAMES))]
        format: String,
        /// How numbers and category words read: en (0.464, 155040) or id (0,464, 155.040,
        /// Indonesian category labels; CSV separated by `;`).
        #[arg(long, default_value = "en", value_parser = clap::builder::PossibleValuesParser::new(Locale::NAMES))]
        locale: String,
        /// Show numbers in text and Markdown output with this many significant digits (1 to 15;
        /// the whole part is never rounded). CSV and JSON always write numbers in full.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=15), conflicts_with = "decimals")]
        digits: Option<u32>,
        /// Show numbers in text and Markdown output with up to this many decimals (0 to 15;
        /// the default is up to 10). A script can change it with `set_display`.
        #[arg(long, value_parser = clap::value_parser!(u32).range(0..=15))]
        decimals: Option<u32>,
        /// Also write a self-contained HTML report of the run to this file (calendars, WISN per
        /// cadre with charts, printed results, audits and warnings, derivations, the script),
        /// in the --locale's language.
        #[arg(long, value_name = "FILE.html")]
        report: Option<PathBuf>,
        /// Arguments for the script, read in it with `args()` (e.g. input and output files).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and check a script without running it.
    Check {
        file: PathBuf,
        /// The language of the diagnostics: en, or id (Bahasa Indonesia).
        #[arg(long, default_value = "en", value_parser = clap::builder::PossibleValuesParser::new(Locale::NAMES))]
        locale: String,
    },
    /// List every function by group, or show one function's, declaration kind's or diagnostic
    /// code's entry (`wl help wisn`, `wl help cadre`, `wl help E0301`); `wl help run` shows the
    /// options of a command.
    Help {
        name: Option<String>,
        /// The language of a stdlib function's doc and of a code's example: en or id.
        #[arg(long, default_value = "en", value_parser = clap::builder::PossibleValuesParser::new(Locale::NAMES))]
        locale: String,
    },
    /// Print the whole reference (every function, declaration kind and diagnostic code) as
    /// Markdown: what docs/reference.md holds.
    Reference,
    /// Lay scripts out in wl's one canonical format: spacing, indentation, blank lines and
    /// aligned trailing comments (line breaks and comments are kept; meaning never changes).
    Fmt {
        /// Only report the files that are not formatted (exit 1 if any), writing nothing.
        #[arg(long)]
        check: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Run every script that has a golden `NAME.out` beside it and compare what it prints
    /// (stdout, diagnostics, exit status) with it; a difference is shown as a unified diff.
    Test {
        /// Write the golden files from what the scripts print now (new scripts included).
        #[arg(long)]
        update: bool,
        /// Scripts, or folders searched for `.wl` files (default: the current folder).
        paths: Vec<PathBuf>,
    },
    /// Start the language server on stdin and stdout, for an editor (see editors/).
    Lsp,
    /// Start the interactive REPL (also what bare `wl` does).
    Repl {
        /// How numbers and category words read, as for `wl run`.
        #[arg(long, default_value = "en", value_parser = clap::builder::PossibleValuesParser::new(Locale::NAMES))]
        locale: String,
    },
}

/// Parse arguments and run; returns the process exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        None => crate::repl::run(Locale::default()),
        Some(Command::Repl { locale }) => {
            crate::repl::run(Locale::from_name(&locale).unwrap_or_default())
        }
        Some(Command::Run {
            file,
            time_limit,
            format,
            locale,
            digits,
            decimals,
            report,
            args,
        }) => {
            // Both names were checked by clap against the same lists.
            let settings = OutputSettings {
                format: Format::from_name(&format).unwrap_or_default(),
                locale: Locale::from_name(&locale).unwrap_or_default(),
                shown: match (digits, decimals) {
                    (Some(d), _) => Shown::Digits(d),
                    (None, Some(d)) => Shown::Decimals(d),
                    (None, None) => Shown::Default,
                },
            };
            let limit = Some(Duration::from_secs(time_limit));
            run(&file, limit, settings, args, report.as_deref())
        }
        Some(Command::Check { file, locale }) => {
            check(&file, Locale::from_name(&locale).unwrap_or_default())
        }
        Some(Command::Fmt { check, files }) => fmt(&files, check),
        Some(Command::Test { update, paths }) => {
            crate::golden::run(&paths, update, &mut std::io::stdout())
        }
        Some(Command::Help { name, locale }) => help(
            name.as_deref(),
            Locale::from_name(&locale).unwrap_or_default(),
        ),
        Some(Command::Reference) => {
            print!("{}", crate::reference::markdown());
            0
        }
        Some(Command::Lsp) => crate::lsp::run_stdio(),
    }
}

/// `wl help [NAME]`: the registry's listing, one entry of the reference, a command's options,
/// or a did-you-mean.
fn help(name: Option<&str>, locale: Locale) -> i32 {
    let Some(name) = name else {
        print!("{}", crate::registry::listing());
        return 0;
    };
    match crate::reference::help_in(name, locale) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err(not_found) => {
            let mut cli = Cli::command();
            cli.build();
            if let Some(command) = cli.find_subcommand_mut(name) {
                let _ = command.print_help();
                return 0;
            }
            eprint!("wl: {not_found}");
            1
        }
    }
}

fn read(file: &PathBuf) -> Result<String, i32> {
    crate::read_limit::read(file.as_ref(), crate::read_limit::SCRIPT_CAP)
        .map_err(|e| {
            eprintln!("wl: cannot read {}: {e}", file.display());
            1
        })
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn run(
    file: &PathBuf,
    limit: Option<Duration>,
    settings: OutputSettings,
    args: Vec<String>,
    report: Option<&std::path::Path>,
) -> i32 {
    let text = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let color = std::io::stderr().is_terminal();
    let mut session = Session::for_script(Box::new(std::io::stdout()), &text);
    session.set_time_limit(limit);
    session.set_output(settings);
    session.interp.script_args = args;
    if report.is_some() {
        session.interp.keep_journal(crate::html::WATCHED);
    }
    let name = file.display().to_string();
    let (mut status, diags) = match session.run(&name, &text) {
        Ok(outcome) => (0, outcome.warnings),
        Err(diags) => (1, diags),
    };
    eprint!("{}", session.render(&diags, color));
    if let Some(summary) = session.audit_summary() {
        println!("{summary}");
    }
    if let Some(path) = report {
        let run = crate::html::Run {
            name: &name,
            text: &text,
            diagnostics: &diags,
            failed: status != 0,
            locale: settings.locale,
        };
        let html = crate::html::report(&mut session, &run);
        let written = crate::output::atomic::write_atomic(path, |w| {
            std::io::Write::write_all(w, html.as_bytes())
        });
        match written {
            Ok(()) => eprintln!("wl: report written to {}", path.display()),
            Err(e) => {
                eprintln!("wl: cannot write the report {}: {e}", path.display());
                status = 1;
            }
        }
    }
    status
}

fn check(file: &PathBuf, locale: Locale) -> i32 {
    let text = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let color = std::io::stderr().is_terminal();
    let mut session = Session::new(Box::new(std::io::sink()));
    session.set_output(OutputSettings {
        locale,
        ..OutputSettings::default()
    });
    let name = file.display().to_string();
    let diags = session.check(&name, &text);
    eprint!("{}", session.render(&diags, color));
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    println!("{name}: {}", check_summary(errors, warnings, locale));
    i32::from(errors > 0)
}

/// `no problems found`, `no errors, 1 warning`, `3 errors`, in `locale` (Indonesian nouns do not
/// change in the plural).
fn check_summary(errors: usize, warnings: usize, locale: Locale) -> String {
    match (locale, errors, warnings) {
        (Locale::En, 0, 0) => "no problems found".to_string(),
        (Locale::En, 0, n) => format!("no errors, {}", count(n, "warning")),
        (Locale::En, n, _) => count(n, "error"),
        (Locale::Id, 0, 0) => "tidak ada masalah".to_string(),
        (Locale::Id, 0, n) => format!("tidak ada galat, {n} peringatan"),
        (Locale::Id, n, _) => format!("{n} galat"),
    }
}

/// `wl fmt [--check] FILES`: format each file in place (written whole or not at all), or with
/// `--check` list those that would change. Exit 1 if any file does not parse, or (with
/// `--check`) is not formatted.
fn fmt(files: &[PathBuf], check_only: bool) -> i32 {
    let mut status = 0;
    for file in files {
        let text = match read(file) {
            Ok(t) => t,
            Err(code) => return code,
        };
        let name = file.display().to_string();
        let formatted = match crate::fmt::format(&text) {
            Ok(f) => f,
            Err(crate::fmt::FmtError::Invalid(_)) => {
                let mut session = Session::new(Box::new(std::io::sink()));
                let errors: Vec<_> = session
                    .check(&name, &text)
                    .into_iter()
                    .filter(|d| d.is_error())
                    .collect();
                eprint!(
                    "{}",
                    session.render(&errors, std::io::stderr().is_terminal())
                );
                eprintln!("wl fmt: {name} not formatted: it does not parse");
                status = 1;
                continue;
            }
            Err(crate::fmt::FmtError::Changed) => {
                eprintln!("wl fmt: {name} left as it is: formatting it would change its tokens (a bug in wl fmt; please report it)");
                status = 1;
                continue;
            }
        };
        if formatted == text {
            continue;
        }
        if check_only {
            println!("{name}: not formatted");
            status = 1;
        } else if let Err(e) = crate::output::atomic::write_atomic(file, |w| {
            std::io::Write::write_all(w, formatted.as_bytes())
        }) {
            eprintln!("wl fmt: cannot write {name}: {e}");
            status = 1;
        } else {
            println!("formatted {name}");
        }
    }
    status
}

/// `1 warning`, `3 warnings`.
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_check_summary_in_both_languages() {
        assert_eq!(check_summary(0, 0, Locale::En), "no problems found");
        assert_eq!(check_summary(0, 1, Locale::En), "no errors, 1 warning");
        assert_eq!(check_summary(2, 1, Locale::En), "2 errors");
        assert_eq!(check_summary(0, 0, Locale::Id), "tidak ada masalah");
        assert_eq!(
            check_summary(0, 3, Locale::Id),
            "tidak ada galat, 3 peringatan"
        );
        assert_eq!(check_summary(1, 0, Locale::Id), "1 galat");
    }
}
