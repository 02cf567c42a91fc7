//! `wl run` loads only the stdlib files a script names; a script must not see the difference.

use wl::engine::Session;
use wl::SharedBuf;

/// Output, or the rendered error, of `text` run as `name` in a lazily loaded session.
fn run_lazy(name: &str, text: &str) -> String {
    let buf = SharedBuf::default();
    let mut s = Session::for_script(Box::new(buf.clone()), text);
    let r = s.run(name, text);
    let out = buf.take();
    match r {
        Ok(_) => out,
        Err(d) => out + &s.render(&d, false),
    }
}

const CALENDAR: &str = "calendar c {\n  hours_per_day = 8 h\n  public_holidays = 15 days\n  annual_leave = 12 days\n  sick_leave = 10 days\n  training = 8 days\n}\n";

#[test]
fn a_script_that_defines_a_stdlib_name_keeps_its_own() {
    // `share` is a prelude function; the script's definition wins, as when all is loaded.
    let out = run_lazy(
        "t.wl",
        "fn share(a, b) {\n  7\n}\nprint share(1, 2)\nprint whole_staff(2.1)\n",
    );
    assert_eq!(out, "7\n3\n");
}

#[test]
fn unknown_names_are_suggested_from_the_whole_stdlib() {
    let out = run_lazy("t.wl", "print whole_stafff(2.1)\n");
    assert!(out.contains("did you mean `whole_staff`?"), "{out}");
}

#[test]
fn a_calendar_needs_its_stdlib_formula_without_naming_it() {
    // A calendar declaration calls the stdlib formula `available_days` from Rust.
    let out = run_lazy("t.wl", &format!("{CALENDAR}print c.hours_per_day\n"));
    assert_eq!(out, "8 h per day\n");
}

#[test]
fn stdlib_loaded_late_does_not_replace_a_used_files_definitions() {
    let dir = std::env::temp_dir().join(format!("wl_startup_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("lib.wl"),
        "fn share(a, b) {\n  7\n}\nfn via_lib() {\n  share(1, 2)\n}\n",
    )
    .unwrap();
    // The calendar loads the rest of the stdlib mid-run (prelude with its own `share`); the
    // name the used file defined stays the used file's.
    let main = dir.join("main.wl");
    let text = format!("use \"lib.wl\"\n{CALENDAR}print via_lib()\n");
    let out = run_lazy(main.to_str().unwrap(), &text);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out, "7\n");
}
