// The wl extension: starts `wl lsp` (the language server built into the wl binary) for .wl
// files. The command is the setting `wl.server.path` (default `wl`, found on PATH).
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("wl").get("server.path", "wl");
  const server = { command, args: ["lsp"] };
  client = new LanguageClient(
    "wl",
    "wl language server",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "wl" }, { scheme: "untitled", language: "wl" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
