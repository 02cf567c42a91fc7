//! Memory does not leak across parses, calls and sessions, so that a REPL or language-server
//! session of hours stays flat (issue 15, item 5). Live heap bytes are counted by a global
//! allocator of this test binary, per thread, so that the test harness's own threads and the
//! other tests running beside one do not count.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::rc::Rc;
use wl::engine::{run_to_string, Session, SharedBuf};
use wl::value::Value;

struct Counting;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread (a `const` cell: reading it never
    /// allocates, so the allocator may use it).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // During a thread's teardown the cell may be gone; nothing is measured then.
    let _ = LIVE.try_with(|l| l.set(l.get() + bytes));
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn live() -> isize {
    LIVE.with(Cell::get)
}

const SCRIPT: &str = include_str!("../examples/wisn_health_centre.wl");

#[test]
fn parsing_frees_its_parser() {
    drop(wl::parser::parse(SCRIPT, 0));
    let before = live();
    for _ in 0..50 {
        drop(wl::parser::parse(SCRIPT, 0));
    }
    // Before the fix each parse kept its whole grammar, about 9 KB: 450 KB for 50 parses.
    // Nothing the parse made outlives it, so the count is back where it was.
    assert_eq!(live() - before, 0, "bytes left behind by 50 parses");
}

#[test]
fn a_dropped_session_frees_its_closures_and_scopes() {
    let mut session = Session::new(Box::new(std::io::sink()));
    session
        .run("a.wl", "fn f(x) { x * 2 }\nlet g = fn(y) => f(y) + 1")
        .unwrap();
    let Some(Value::Func(f)) = session.interp.globals.get("f") else {
        panic!("f is a function")
    };
    let globals = Rc::downgrade(&f.env);
    let stdlib = Rc::downgrade(&session.interp.stdlib);
    let closure = Rc::downgrade(&f);
    drop(f);
    drop(session);
    assert!(globals.upgrade().is_none(), "the script's scope is freed");
    assert!(stdlib.upgrade().is_none(), "the stdlib's scope is freed");
    assert!(closure.upgrade().is_none(), "the closure is freed");
}

#[test]
fn many_sessions_leave_nothing_behind() {
    let cycle = || {
        let mut s = Session::for_script(Box::new(std::io::sink()), SCRIPT);
        s.run("wisn_health_centre.wl", SCRIPT)
            .expect("the example runs");
    };
    cycle();
    let before = live();
    for _ in 0..5 {
        cycle();
    }
    // Before the fix each session kept its globals, the stdlib it loaded and two parsers.
    assert_eq!(live() - before, 0, "bytes left behind by 5 sessions");
}

/// A helper function defined inside a body holds the call's scope that holds it; the call
/// frees both when it returns, unless the helper is returned.
#[test]
fn calls_that_define_helpers_free_their_scopes() {
    let buf = SharedBuf::default();
    let mut s = Session::new(Box::new(buf.clone()));
    let defs = "fn g(v) { fn times(x) { x * v }\n let twice = fn(y) => times(y) * 2\n twice(v) }\n\
                fn many(n) { let total = 0\n for i in 1..=n { fn one(x) { x }\n total = total + g(one(i)) }\n total }";
    s.run("defs.wl", defs).unwrap();
    // Sources of equal length, so that the session's copy of each costs the same.
    s.run("a.wl", "print many(0010)").unwrap();
    let warm = buf.take();
    let before = live();
    s.run("b.wl", "print many(0010)").unwrap();
    let after_small = live();
    s.run("c.wl", "print many(2000)").unwrap();
    let after_big = live();
    // g(i) = 2 * i * i, so many(n) = 2 * n(n+1)(2n+1)/6: many(10) = 2 * 385 = 770, and
    // many(2000) = 2 * (2000 * 2001 * 4001) / 6 = 2 * 16,012,002,000 / 6 = 5,337,334,000.
    let out = buf.take();
    assert_eq!(warm, "770\n");
    assert_eq!(out.replace([',', ' '], ""), "770\n5337334000\n");
    // Before the fix every call of g and every loop turn left its scope and closures behind:
    // some hundreds of bytes each, hundreds of KB for 2,000. What may differ between the two
    // runs is the session's list of sources growing its capacity (a few dozen entries).
    let grew = (after_big - after_small) - (after_small - before);
    assert!(
        grew.abs() < 4096,
        "2,000 calls leave {grew} bytes more than 10 do"
    );
}

/// Releasing a scope never frees what is still reachable: a returned helper keeps its scope,
/// a helper stored from an inner block keeps its, and both still compute.
#[test]
fn closures_that_escape_keep_their_scopes() {
    let script = "fn adder(n) { fn add(x) { x + n }\n add }\n\
                  let add2 = adder(2)\n\
                  fn keeper(k) { let kept = nothing\n if true { fn inner(x) { x * k }\n kept = inner }\n kept }\n\
                  let times3 = keeper(3)\n\
                  fn twice_self(n) { fn again(x) { if x <= 0 { 0 } else { n + again(x - 1) } }\n let h = again\n h(2) }\n\
                  print add2(3)\nprint times3(4)\nprint twice_self(5)";
    let (out, ok) = run_to_string("escape.wl", script);
    // 2 + 3 = 5; 3 * 4 = 12; again(2) = 5 + (5 + 0) = 10.
    assert!(ok, "{out}");
    assert_eq!(out, "5\n12\n10\n");
}
