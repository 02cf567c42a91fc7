//! `wl lsp` driven through its JSON-RPC protocol as an editor drives it: the initialize
//! handshake, documents opened and changed, diagnostics published, hover, completion, go to
//! definition and document symbols requested, then shutdown and exit. Most tests run the
//! server loop over lsp-server's in-memory connection; one spawns the `wl lsp` binary and
//! speaks to it over stdio with Content-Length framing.

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A fresh folder under the temporary folder, for `use`d files and the stdlib cache.
fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wl-lsp-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn file_uri(path: &Path) -> String {
    wl::lsp::uri::from_path(path)
        .expect("a path")
        .as_str()
        .to_string()
}

struct Client {
    conn: Connection,
    server: Option<std::thread::JoinHandle<()>>,
    next: i32,
    /// Notifications received while waiting for a response.
    pending: Vec<Notification>,
}

impl Client {
    fn start(cache: &Path) -> Client {
        let (server, conn) = Connection::memory();
        let cache = cache.to_path_buf();
        let handle = std::thread::spawn(move || {
            wl::lsp::serve(&server, &cache).expect("the server runs to a clean shutdown");
        });
        let mut c = Client {
            conn,
            server: Some(handle),
            next: 0,
            pending: Vec::new(),
        };
        let init = c.request("initialize", json!({ "capabilities": {} }));
        assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
        assert_eq!(init["capabilities"]["textDocumentSync"], 1, "full sync");
        c.notify("initialized", json!({}));
        c
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = RequestId::from(self.next);
        let req = Request::new(id.clone(), method.to_string(), params);
        self.conn.sender.send(Message::Request(req)).expect("send");
        loop {
            match self.recv() {
                Message::Response(r) if r.id == id => {
                    assert!(r.error.is_none(), "{method}: {:?}", r.error);
                    return r.result.unwrap_or(Value::Null);
                }
                Message::Notification(n) => self.pending.push(n),
                other => panic!("unexpected {other:?}"),
            }
        }
    }

    fn recv(&self) -> Message {
        self.conn
            .receiver
            .recv_timeout(Duration::from_secs(20))
            .expect("the server answers within 20 s")
    }

    fn notify(&self, method: &str, params: Value) {
        let n = Notification::new(method.to_string(), params);
        self.conn
            .sender
            .send(Message::Notification(n))
            .expect("send");
    }

    /// The next diagnostics the server publishes.
    fn diagnostics(&mut self) -> Value {
        if let Some(k) = self
            .pending
            .iter()
            .position(|n| n.method == "textDocument/publishDiagnostics")
        {
            return self.pending.remove(k).params;
        }
        loop {
            if let Message::Notification(n) = self.recv() {
                if n.method == "textDocument/publishDiagnostics" {
                    return n.params;
                }
            }
        }
    }

    fn open(&mut self, uri: &str, text: &str) -> Value {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "wl", "version": 1, "text": text } }),
        );
        self.diagnostics()
    }

    fn at(&mut self, method: &str, uri: &str, line: u32, character: u32) -> Value {
        self.request(
            method,
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        )
    }

    fn shutdown(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        self.server
            .take()
            .expect("running")
            .join()
            .expect("the server thread ends after exit");
    }
}

fn range(l0: u32, c0: u32, l1: u32, c1: u32) -> Value {
    json!({ "start": { "line": l0, "character": c0 }, "end": { "line": l1, "character": c1 } })
}

#[test]
fn diagnostics_count_columns_in_utf16_units() {
    let cache = temp_dir("utf16");
    let mut c = Client::start(&cache);
    // `let séparí = ` is 13 UTF-16 units (é and í are one unit each, two bytes each) and 15
    // bytes; `𝑥` (U+1D465) is a surrogate pair: two units, four bytes. So the unknown name
    // spans columns 13..15 (bytes would say 15..19, characters 13..14).
    let text = "let séparí = 𝑥 + 1\nprint séparí\n";
    let published = c.open("file:///tmp/a.wl", text);
    let diags = published["diagnostics"].as_array().expect("a list");
    assert_eq!(diags.len(), 1, "{published:#}");
    assert_eq!(diags[0]["range"], range(0, 13, 0, 15));
    assert_eq!(diags[0]["code"], "E0201");
    assert_eq!(diags[0]["severity"], 1);
    assert_eq!(diags[0]["source"], "wl");
    let message = diags[0]["message"].as_str().expect("text");
    assert!(message.starts_with("unknown name `𝑥`\n"), "{message}");
    c.shutdown();
}

#[test]
fn secondary_labels_become_related_information_and_warnings_are_included() {
    let cache = temp_dir("related");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/b.wl";
    // Line 1 gives hours_per_day first (columns 2..15), line 2 again; line 4 is a formula on a
    // line of its own whose value is dropped (W0102).
    let text = "calendar c {\n  hours_per_day = 8 h\n  hours_per_day = 7 h\n}\n5 h\nprint 1\n";
    let published = c.open(uri, text);
    let diags = published["diagnostics"].as_array().expect("a list");
    let dup = diags
        .iter()
        .find(|d| d["code"] == "E0205")
        .expect("the duplicate field");
    assert_eq!(dup["range"], range(2, 2, 2, 15));
    assert_eq!(
        dup["message"],
        "`hours_per_day` is given twice\ngiven again here"
    );
    let related = &dup["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], uri);
    assert_eq!(related["location"]["range"], range(1, 2, 1, 15));
    assert_eq!(related["message"], "first given here");
    let unused = diags
        .iter()
        .find(|d| d["code"] == "W0102")
        .expect("the dropped value");
    assert_eq!(unused["severity"], 2, "a warning");
    assert_eq!(unused["range"], range(4, 0, 4, 3));
    assert!(
        unused["message"]
            .as_str()
            .is_some_and(|m| m.contains("\nhelp: `print` it, or bind it with `let`")),
        "{unused}"
    );
    c.shutdown();
}

#[test]
fn an_edit_republishes_and_closing_clears() {
    let cache = temp_dir("edit");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/c.wl";
    let first = c.open(uri, "print hours\n");
    assert_eq!(first["diagnostics"].as_array().map(Vec::len), Some(1));
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "let hours = 8 h\nprint hours\n" }] }),
    );
    let second = c.diagnostics();
    assert_eq!(second["version"], 2);
    assert_eq!(second["diagnostics"], json!([]));
    c.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(c.diagnostics()["diagnostics"], json!([]));
    c.shutdown();
}

/// Every example gets, through the protocol, exactly the diagnostics `wl check` gives it:
/// the same codes and messages, at the same places (converted here from bytes to UTF-16 by
/// counting, independently of the server's own conversion).
#[test]
fn every_example_gets_the_diagnostics_of_wl_check() {
    let cache = temp_dir("examples");
    let mut c = Client::start(&cache);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "wl"))
        .collect();
    files.sort();
    // Scripts with problems of every phase, too: a lexer warning, an unknown name, a
    // shadowed stdlib name, an unknown field; and a syntax error.
    let broken = "let a = 3 vists\nprint b\nlet wisn = 1\ncalendar k { hours_per_dya = 8 h }\n";
    let mut texts: Vec<(String, String)> = files
        .iter()
        .map(|p| (file_uri(p), std::fs::read_to_string(p).expect("read")))
        .collect();
    texts.push(("file:///tmp/broken.wl".into(), broken.into()));
    texts.push((
        "file:///tmp/syntax.wl".into(),
        "print (1 +\nprint é\n".into(),
    ));
    let mut seen = 0;
    for (uri, text) in &texts {
        let published = c.open(uri, text);
        let mut session = wl::Session::new(Box::new(std::io::sink()));
        let expected: Vec<Value> = session
            .check("x.wl", text)
            .iter()
            .map(|d| {
                let span = d.primary_span();
                let pos = |b: u32| {
                    let before = &text[..b as usize];
                    let line = before.matches('\n').count();
                    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
                        .encode_utf16()
                        .count();
                    json!({ "line": line, "character": col })
                };
                json!([d.code.id(), d.message, { "start": pos(span.start), "end": pos(span.end) }])
            })
            .collect();
        let got: Vec<Value> = published["diagnostics"]
            .as_array()
            .expect("a list")
            .iter()
            .map(|d| {
                let message = d["message"].as_str().expect("text");
                json!([d["code"], message.lines().next().unwrap_or(""), d["range"]])
            })
            .collect();
        assert_eq!(got, expected, "{uri}");
        seen += got.len();
    }
    assert!(seen >= 5, "the broken scripts alone have five problems");
    c.shutdown();
}

#[test]
fn hover_shows_docs_fields_and_constants() {
    let cache = temp_dir("hover");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/h.wl";
    let text = "let visit = 20 min per visit\ncalendar rsud {\n  hours_per_day = 8 h\n}\nprint visit\nprint wisn\nprint rsud.hours_per_day\n";
    c.open(uri, text);
    let hover = |c: &mut Client, line, ch| {
        let h = c.at("textDocument/hover", uri, line, ch);
        h["contents"]["value"].as_str().unwrap_or("").to_string()
    };
    // A constant: its value and unit (written as 20 min per visit, so shown so).
    let v = hover(&mut c, 4, 7);
    assert!(v.contains("value: `20 min per visit`"), "{v}");
    assert!(v.contains("unit: min per visit"), "{v}");
    // A stdlib function: the registry's signature and doc.
    let w = hover(&mut c, 5, 8);
    assert!(w.contains("wisn(cadre, bands?)"), "{w}");
    assert!(w.contains("defined in stdlib/wisn.wl"), "{w}");
    // A declaration kind, and a field where it is written and where it is read.
    let k = hover(&mut c, 1, 3);
    assert!(k.contains("calendar NAME { ... }"), "{k}");
    assert!(k.contains("hours_per_day"), "{k}");
    for (line, ch) in [(2, 4), (6, 14)] {
        let f = hover(&mut c, line, ch);
        assert!(
            f.contains("`calendar.hours_per_day` (required): formal working hours in a day"),
            "{f}"
        );
        assert!(f.contains("value: `8 h`"), "{f}");
    }
    // The range is the word's, in UTF-16 units.
    let h = c.at("textDocument/hover", uri, 5, 8);
    assert_eq!(h["range"], range(5, 6, 5, 10));
    // Nothing under the cursor: null.
    assert_eq!(c.at("textDocument/hover", uri, 3, 0), Value::Null);
    c.shutdown();
}

fn labels(items: &Value) -> Vec<String> {
    items
        .as_array()
        .expect("a list of items")
        .iter()
        .map(|i| i["label"].as_str().expect("label").to_string())
        .collect()
}

#[test]
fn completion_follows_the_context() {
    let cache = temp_dir("complete");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/k.wl";
    let text = "let r = { name: \"Séparí\", staff: 12 }\ncalendar rsud {\n  hours_per_day = 8 h\n  \n}\ncadre nurse in rsud {\n  current_staff = 3\n  \n}\nprint r.\nprint 5 \nprint wi\n";
    c.open(uri, text);
    // Inside `calendar { }`: the fields not written yet.
    let cal = labels(&c.at("textDocument/completion", uri, 3, 2));
    assert!(cal.contains(&"days_per_week".to_string()), "{cal:?}");
    assert!(cal.contains(&"annual_leave".to_string()), "{cal:?}");
    assert!(
        !cal.contains(&"hours_per_day".to_string()),
        "already written: {cal:?}"
    );
    assert!(!cal.contains(&"wisn".to_string()), "{cal:?}");
    // Inside `cadre { }`: its fields and the declarations it holds.
    let cadre = labels(&c.at("textDocument/completion", uri, 7, 2));
    assert!(cadre.contains(&"activity".to_string()), "{cadre:?}");
    assert!(cadre.contains(&"label".to_string()), "{cadre:?}");
    assert!(
        !cadre.contains(&"current_staff".to_string()),
        "already written: {cadre:?}"
    );
    // After `r.`: the record's fields.
    let fields = labels(&c.at("textDocument/completion", uri, 9, 8));
    assert_eq!(fields, vec!["name", "staff"]);
    // After a number: units.
    let units = labels(&c.at("textDocument/completion", uri, 10, 8));
    for u in ["min", "h", "days", "%"] {
        assert!(units.contains(&u.to_string()), "{u}: {units:?}");
    }
    // A name being typed: the script's, the stdlib's, the natives', the kinds and keywords.
    let names = labels(&c.at("textDocument/completion", uri, 11, 8));
    for n in ["wisn", "round", "r", "rsud", "nurse", "calendar", "print"] {
        assert!(names.contains(&n.to_string()), "{n}: {names:?}");
    }
    assert!(
        !names.contains(&"units_at_rate".to_string()),
        "internal helpers stay out"
    );
    c.shutdown();
}

#[test]
fn definition_in_the_file_in_used_files_and_in_the_stdlib() {
    let dir = temp_dir("definition");
    let cache = dir.join("cache");
    std::fs::write(
        dir.join("standards.wl"),
        "# shared\nlet visit_time = 20 min per visit\n",
    )
    .expect("write");
    let main = dir.join("main.wl");
    let text = "use \"standards.wl\"\ncalendar rsud {\n  hours_per_day = 8 h\n}\nprint visit_time\nprint rsud.hours_per_day\nprint wisn\n";
    std::fs::write(&main, text).expect("write");
    let uri = file_uri(&main);
    let mut c = Client::start(&cache);
    c.open(&uri, text);
    let def = |c: &mut Client, line, ch| c.at("textDocument/definition", &uri, line, ch);
    // Into the used file, at the name.
    let used = def(&mut c, 4, 8);
    assert_eq!(used["uri"], file_uri(&dir.join("standards.wl")));
    assert_eq!(used["range"], range(1, 4, 1, 14));
    // The `use` path itself opens the file.
    assert_eq!(
        def(&mut c, 0, 6)["uri"],
        file_uri(&dir.join("standards.wl"))
    );
    // A calendar by name, and its field after the dot.
    assert_eq!(def(&mut c, 5, 7)["range"], range(1, 9, 1, 13));
    assert_eq!(def(&mut c, 5, 13)["range"], range(2, 2, 2, 15));
    // Into the stdlib: a read-only file under the cache, at `fn wisn`.
    let std = def(&mut c, 6, 7);
    let target = std["uri"].as_str().expect("a uri");
    assert!(target.ends_with("/stdlib/wisn.wl"), "{target}");
    let path = wl::lsp::uri::to_path(&target.parse().expect("uri")).expect("a file");
    assert!(path.starts_with(&cache), "{path:?}");
    let written = std::fs::read_to_string(&path).expect("written");
    assert_eq!(written, include_str!("../stdlib/wisn.wl"));
    assert!(std::fs::metadata(&path)
        .expect("meta")
        .permissions()
        .readonly());
    let line = std["range"]["start"]["line"].as_u64().expect("line") as usize;
    let at = written.lines().nth(line).expect("the line");
    assert!(at.starts_with("fn wisn("), "{at}");
    // A native has no source: null.
    c.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": "print round(1.5)\n" }] }),
    );
    c.diagnostics();
    assert_eq!(def(&mut c, 0, 7), Value::Null);
    c.shutdown();
}

#[test]
fn document_symbols_outline_the_script() {
    let cache = temp_dir("symbols");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/s.wl";
    let text = "let visit = 20 min per visit\ncalendar rsud {\n  hours_per_day = 8 h\n}\ncadre nurse in rsud {\n  activity \"Home visits\" {\n    standard = 20 min per visit\n    volume = 100 visits\n  }\n}\nfn fte(h) { h / 2 }\n";
    c.open(uri, text);
    let symbols = c.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    let top: Vec<(String, u64)> = symbols
        .as_array()
        .expect("a list")
        .iter()
        .map(|s| {
            (
                s["name"].as_str().expect("name").to_string(),
                s["kind"].as_u64().expect("kind"),
            )
        })
        .collect();
    // LSP symbol kinds: 14 constant, 23 struct, 5 class, 12 function.
    assert_eq!(
        top,
        vec![
            ("visit".to_string(), 14),
            ("rsud".to_string(), 23),
            ("nurse".to_string(), 5),
            ("fte".to_string(), 12)
        ]
    );
    let nurse = &symbols[2];
    assert_eq!(
        nurse["range"]["start"],
        json!({ "line": 4, "character": 0 })
    );
    assert_eq!(nurse["selectionRange"], range(4, 6, 4, 11));
    let activity = &nurse["children"][0];
    assert_eq!(activity["name"], "Home visits");
    assert_eq!(activity["detail"], "activity");
    assert_eq!(activity["children"][0]["name"], "standard");
    c.shutdown();
}

/// Content-Length framing, as an editor writes it.
fn frame(v: &Value) -> Vec<u8> {
    let body = v.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

fn read_frame(r: &mut impl BufRead) -> Value {
    let mut len = 0usize;
    loop {
        let mut line = String::new();
        r.read_line(&mut line).expect("a header line");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(n) = line.strip_prefix("Content-Length: ") {
            len = n.parse().expect("a length");
        }
    }
    let mut body = vec![0; len];
    r.read_exact(&mut body).expect("the body");
    serde_json::from_slice(&body).expect("JSON")
}

#[test]
fn the_wl_lsp_binary_speaks_over_stdio() {
    let cache = temp_dir("stdio");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_wl"))
        .arg("lsp")
        .env("XDG_CACHE_HOME", &cache)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("wl lsp starts");
    let mut input = child.stdin.take().expect("stdin");
    let mut output = BufReader::new(child.stdout.take().expect("stdout"));
    input
        .write_all(&frame(&json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})))
        .expect("write");
    let init = read_frame(&mut output);
    assert_eq!(init["id"], 1);
    assert_eq!(init["result"]["capabilities"]["hoverProvider"], true);
    let open = json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///tmp/x.wl", "languageId": "wl", "version": 1, "text": "print hourz\n"}}});
    input
        .write_all(&frame(
            &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        ))
        .expect("write");
    input.write_all(&frame(&open)).expect("write");
    let published = read_frame(&mut output);
    assert_eq!(published["method"], "textDocument/publishDiagnostics");
    assert_eq!(published["params"]["diagnostics"][0]["code"], "E0201");
    assert_eq!(
        published["params"]["diagnostics"][0]["range"],
        range(0, 6, 0, 11)
    );
    input
        .write_all(&frame(
            &json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
        ))
        .expect("write");
    assert_eq!(read_frame(&mut output)["id"], 2);
    input
        .write_all(&frame(&json!({"jsonrpc": "2.0", "method": "exit"})))
        .expect("write");
    drop(input);
    let status = child.wait().expect("wl lsp exits");
    assert!(status.success(), "{status}");
}

#[test]
fn completion_inside_nested_declarations_and_after_a_declaration_name() {
    let cache = temp_dir("nested");
    let mut c = Client::start(&cache);
    let uri = "file:///tmp/n.wl";
    // Line 3 is inside `activity { }` inside `cadre { }`; line 7 reads the cadre's fields.
    let text = "cadre perawat_séparí {\n  current_staff = 3\n  activity \"Kunjungan rumah\" {\n    \n    volume = 100 visits\n  }\n}\nprint perawat_séparí.\n";
    c.open(uri, text);
    let inner = labels(&c.at("textDocument/completion", uri, 3, 4));
    assert!(inner.contains(&"standard".to_string()), "{inner:?}");
    assert!(
        !inner.contains(&"volume".to_string()),
        "written below the cursor: {inner:?}"
    );
    assert!(
        !inner.contains(&"current_staff".to_string()),
        "the cadre's: {inner:?}"
    );
    // `print perawat_séparí.` : 21 UTF-16 units up to the dot's end (é and í count one each).
    let fields = labels(&c.at("textDocument/completion", uri, 7, 21));
    assert_eq!(
        fields,
        vec![
            "name",
            "current_staff",
            "activities",
            "supports",
            "individuals"
        ]
    );
    c.shutdown();
}

/// Hover, completion and go to definition answer at every position of a real script, never
/// with an error and never by stopping the server (every third byte of an example).
#[test]
fn every_position_of_an_example_gets_an_answer() {
    let cache = temp_dir("everywhere");
    let mut c = Client::start(&cache);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/wisn_health_centre.wl");
    let text = std::fs::read_to_string(&path).expect("read");
    let uri = file_uri(&path);
    c.open(&uri, &text);
    for (k, (offset, _)) in text.char_indices().enumerate() {
        if k % 3 != 0 {
            continue;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() as u32;
        let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .encode_utf16()
            .count() as u32;
        for method in [
            "textDocument/hover",
            "textDocument/completion",
            "textDocument/definition",
        ] {
            c.at(method, &uri, line, col);
        }
    }
    c.shutdown();
}
