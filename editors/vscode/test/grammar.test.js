// Tokenizes every example script (and the README's wl blocks) with the TextMate grammar, as
// VS Code does, and checks the scopes against an independent reading of each line: keywords,
// strings, comments, and numbers with the units written after them must get their scopes.
// Run by `cargo test --test editors` (tests/editors.rs) or `npm test` here.
"use strict";
const fs = require("fs");
const path = require("path");
const assert = require("assert");
const vsctm = require("vscode-textmate");
const oniguruma = require("vscode-oniguruma");

const root = path.resolve(__dirname, "..", "..", "..");
const KEYWORDS = new Set([
  "let", "fn", "if", "else", "for", "in", "print", "explain", "use", "using", "assert",
  "audit", "reported", "per", "true", "false", "and", "or", "not", "table",
]);
// Words that can follow a number without being its unit.
const NOT_UNITS = new Set([...KEYWORDS, "alpha"]);

async function registry() {
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve("vscode-oniguruma")), "onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (s) => new oniguruma.OnigScanner(s),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => {
      const file = path.join(__dirname, "..", "syntaxes", "wl.tmLanguage.json");
      return vsctm.parseRawGrammar(fs.readFileSync(file, "utf8"), file);
    },
  });
}

// The expected scope of each piece of a line, read with plain regular expressions in the
// order wl's lexer reads them (comments and strings first, so `#` in a string is text).
function expectations(line) {
  const out = [];
  const re = /(#.*$)|("(?:[^"\\]|\\.)*"?)|(\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?%?)|([\p{L}_][\p{L}\p{N}_]*)|(\S)/gu;
  let m;
  let prev = null;
  while ((m = re.exec(line)) !== null) {
    const at = m.index;
    if (m[1]) out.push({ at, text: m[1], want: "comment" });
    else if (m[2]) out.push({ at, text: m[2], want: "string" });
    else if (m[3]) out.push({ at, text: m[3], want: "number" });
    else if (m[4]) {
      const word = m[4];
      if (KEYWORDS.has(word)) out.push({ at, text: word, want: "keyword" });
      else if (prev && prev.want === "number" && !NOT_UNITS.has(word) && /^[ \t]*$/.test(line.slice(prev.at + prev.text.length, at)))
        out.push({ at, text: word, want: "unit" });
      else out.push({ at, text: word, want: null });
    } else out.push({ at, text: m[5], want: null });
    prev = out[out.length - 1];
  }
  return out;
}

const SCOPES = {
  comment: (s) => s.some((x) => x.startsWith("comment.")),
  string: (s) => s.some((x) => x.startsWith("string.")),
  number: (s) => s.some((x) => x.startsWith("constant.numeric")),
  unit: (s) => s.some((x) => x.startsWith("keyword.other.unit")),
  keyword: (s) => s.some((x) => /^(keyword\.|storage\.type|constant\.language)/.test(x)),
};

function scopesAt(tokens, offset) {
  const t = tokens.find((t) => t.startIndex <= offset && offset < t.endIndex);
  return t ? t.scopes : [];
}

function sources() {
  const files = fs.readdirSync(path.join(root, "examples")).filter((f) => f.endsWith(".wl"))
    .map((f) => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(root, "examples", f), "utf8") }));
  const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/```wl\n([\s\S]*?)```/g)].map((b, i) => ({ name: `README block ${i + 1}`, text: b[1] }));
  return files.concat(blocks);
}

async function main() {
  const grammar = await (await registry()).loadGrammar("source.wl");
  const counts = { comment: 0, string: 0, number: 0, unit: 0, keyword: 0 };
  const failures = [];
  const all = sources();
  for (const { name, text } of all) {
    let state = vsctm.INITIAL;
    text.split("\n").forEach((line, n) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      for (const e of expectations(line)) {
        if (!e.want) continue;
        counts[e.want] += 1;
        const scopes = scopesAt(result.tokens, e.at);
        if (!SCOPES[e.want](scopes)) {
          failures.push(`${name}:${n + 1}:${e.at + 1}: \`${e.text}\` should be a ${e.want}, has ${scopes.join(" ")}`);
        }
      }
    });
  }
  for (const [what, n] of Object.entries(counts)) {
    assert.ok(n > 0, `no ${what} was met in the examples: the test checks nothing for it`);
  }
  if (failures.length > 0) {
    console.error(failures.slice(0, 40).join("\n"));
    console.log(`grammar: ${failures.length} failed`);
    process.exit(1);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`grammar: ${all.length} sources, ${total} tokens checked (${JSON.stringify(counts)})`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
