//! The command line: `wl run FILE [--format text|csv|json|md] [--locale en|id]`, `wl check
//! FILE`, `wl help [NAME]`, `wl repl [--locale en|id]` (or bare `wl`), `wl lsp` (the language
//! server). Exit status 0 on success, 1 on a script error, failed assertion or unknown help
//! topic, 2 on a usage error.

use crate::engine::Session;
use crate::output::{Format, Locale, OutputSettings};
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
        /// Arguments for the script, read in it with `args()` (e.g. input and output files).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Parse and check a script without running it.
    Check { file: PathBuf },
    /// List every function by group, or show one function's (or declaration kind's) signature
    /// and doc; `wl help run` shows the options of a command.
    Help { name: Option<String> },
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
            args,
        }) => {
            // Both names were checked by clap against the same lists.
            let settings = OutputSettings {
                format: Format::from_name(&format).unwrap_or_default(),
                locale: Locale::from_name(&locale).unwrap_or_default(),
            };
            run(&file, Some(Duration::from_secs(time_limit)), settings, args)
        }
        Some(Command::Check { file }) => check(&file),
        Some(Command::Help { name }) => help(name.as_deref()),
        Some(Command::Lsp) => crate::lsp::run_stdio(),
    }
}

/// `wl help [NAME]`: the registry's listing, one entry, a command's options, or a did-you-mean.
fn help(name: Option<&str>) -> i32 {
    let Some(name) = name else {
        print!("{}", crate::registry::listing());
        return 0;
    };
    match crate::registry::help(name) {
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
    let name = file.display().to_string();
    let status = match session.run(&name, &text) {
        Ok(outcome) => {
            eprint!("{}", session.render(&outcome.warnings, color));
            0
        }
        Err(diags) => {
            eprint!("{}", session.render(&diags, color));
            1
        }
    };
    if let Some(summary) = session.audit_summary() {
        println!("{summary}");
    }
    status
}

fn check(file: &PathBuf) -> i32 {
    let text = match read(file) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let color = std::io::stderr().is_terminal();
    let mut session = Session::new(Box::new(std::io::sink()));
    let name = file.display().to_string();
    let diags = session.check(&name, &text);
    eprint!("{}", session.render(&diags, color));
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.len() - errors;
    if errors == 0 {
        match warnings {
            0 => println!("{name}: no problems found"),
            n => println!("{name}: no errors, {}", count(n, "warning")),
        }
        0
    } else {
        println!("{name}: {}", count(errors, "error"));
        1
    }
}

/// `1 warning`, `3 warnings`.
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}
