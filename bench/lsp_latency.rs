//! The language server as an editor meets it (issue 14, item 5): start `wl lsp`, open a
//! script, then edit it again and again and time each edit from the moment the change is sent
//! to the moment its diagnostics arrive; finally read the server's resident memory.
//!
//!     cargo run --release --example lsp_latency -- target/release/wl /tmp/wlbench/editor/2k.wl 50
//!
//! Each edit changes one value in the middle of the script (8 h to 7 h and back), the way a
//! planner types, and sends the whole text (the server asks for full sync). Prints the
//! median, 95th percentile and maximum latency, and the server's VmRSS and VmHWM (peak) from
//! /proc. `bench/editor.sh` runs it.

use lsp_server::{Message, Notification, Request, RequestId};
use serde_json::json;
use std::io::BufReader;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (wl, script) = match (args.get(1), args.get(2)) {
        (Some(w), Some(s)) => (w.clone(), s.clone()),
        _ => {
            eprintln!("usage: lsp_latency WL_BINARY SCRIPT.wl [EDITS]");
            std::process::exit(2);
        }
    };
    let edits: usize = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(50);
    let text = std::fs::read_to_string(&script).expect("the script");
    let mut child = Command::new(&wl)
        .arg("lsp")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("wl lsp starts");
    let pid = child.id();
    let mut input = child.stdin.take().expect("stdin");
    let mut output = BufReader::new(child.stdout.take().expect("stdout"));
    let mut send = |m: Message| m.write(&mut input).expect("write");
    send(Message::Request(Request::new(
        RequestId::from(1),
        "initialize".into(),
        json!({ "capabilities": {} }),
    )));
    let _ = Message::read(&mut output)
        .expect("read")
        .expect("initialize result");
    send(Message::Notification(Notification::new(
        "initialized".into(),
        json!({}),
    )));
    let uri = "file:///bench/script.wl";
    let start = Instant::now();
    send(Message::Notification(Notification::new(
        "textDocument/didOpen".into(),
        json!({ "textDocument": { "uri": uri, "languageId": "wl", "version": 0, "text": text } }),
    )));
    let opened = wait_diagnostics(&mut output, 0);
    let open_time = start.elapsed();
    // The middle of the script: the first `hours_per_day = 8 h` past half way.
    let at = text[text.len() / 2..]
        .find("= 8 h")
        .map(|i| i + text.len() / 2)
        .expect("a value to edit");
    let mut times = Vec::with_capacity(edits);
    for v in 1..=edits as i64 {
        let value = if v % 2 == 1 { "= 7 h" } else { "= 8 h" };
        let edited = format!("{}{value}{}", &text[..at], &text[at + 5..]);
        let t = Instant::now();
        send(Message::Notification(Notification::new(
            "textDocument/didChange".into(),
            json!({ "textDocument": { "uri": uri, "version": v }, "contentChanges": [{ "text": edited }] }),
        )));
        wait_diagnostics(&mut output, v);
        times.push(t.elapsed());
    }
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map_or("?".to_string(), |l| {
                l.trim_start_matches(name).trim().to_string()
            })
    };
    send(Message::Request(Request::new(
        RequestId::from(2),
        "shutdown".into(),
        json!(null),
    )));
    let _ = Message::read(&mut output);
    send(Message::Notification(Notification::new(
        "exit".into(),
        json!(null),
    )));
    let _ = child.wait();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p95 = times[(times.len() * 95 / 100).min(times.len() - 1)];
    println!(
        "script: {} lines, {} bytes; diagnostics on open: {} in {:.1} ms",
        text.lines().count(),
        text.len(),
        opened,
        ms(open_time)
    );
    println!(
        "edit to diagnostics over {edits} edits: median {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        ms(times[times.len() / 2]),
        ms(p95),
        ms(times[times.len() - 1])
    );
    println!(
        "server memory after the edits: VmRSS {}, VmHWM (peak) {}",
        field("VmRSS:"),
        field("VmHWM:")
    );
}

/// Read messages until the diagnostics of `version` arrive; how many there are.
fn wait_diagnostics(output: &mut impl std::io::BufRead, version: i64) -> usize {
    loop {
        match Message::read(output).expect("read") {
            Some(Message::Notification(n))
                if n.method == "textDocument/publishDiagnostics"
                    && n.params["version"] == json!(version) =>
            {
                return n.params["diagnostics"].as_array().map_or(0, Vec::len);
            }
            Some(_) => {}
            None => panic!("the server closed its output"),
        }
    }
}
