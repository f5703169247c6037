// The passgate-range command line (pkg/range/cli.mjs): help, usage errors (exit 2, usage plus a
// one-line reason, no stack trace), bad input data (exit 1), and what `serve` logs.
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";

const root = resolve(import.meta.dirname, "..", "..");
const cli = join(root, "pkg", "range", "cli.mjs");
const sha1 = join(root, "data", "breach-sample", "pwned-sha1-sample.txt");
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });

let work;
before(() => (work = mkdtempSync(join(tmpdir(), "passgate-cli-"))));
after(() => rmSync(work, { recursive: true, force: true }));

test("--help on the command and on each subcommand", () => {
  for (const [args, first] of [[["--help"], "Usage: passgate-range <command>"], [["help"], "Usage: passgate-range <command>"], [["export", "--help"], "Usage: passgate-range export"], [["serve", "-h"], "Usage: passgate-range serve"]]) {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 0, stderr);
    assert.ok(stdout.startsWith(first), stdout);
  }
  assert.match(run("export", "--help").stdout, /--prefix-range A\[-B\]/);
  assert.match(run("serve", "--help").stdout, /--log-requests/);
});

test("usage errors print the usage and one reason, exit 2, no stack trace", () => {
  const cases = [
    [[], /^Usage: passgate-range <command>/, null],
    [["frobnicate"], /^Usage: passgate-range <command>/, 'passgate-range: unknown command "frobnicate"'],
    [["serve", "--bogus"], /^Usage: passgate-range serve/, "passgate-range serve: Unknown option '--bogus'"],
    [["serve"], /^Usage: passgate-range serve/, "passgate-range serve: give --sha1 FILE, --ntlm FILE or both"],
    [["serve", "--sha1", join(work, "absent.txt")], /^Usage: passgate-range serve/, `passgate-range serve: --sha1 ${join(work, "absent.txt")}: no such file`],
    [["serve", "--sha1", sha1, "--port", "http"], /^Usage: passgate-range serve/, 'passgate-range serve: --port must be a whole number from 0 to 65535, got "http"'],
    [["serve", "--sha1", sha1, "--fault", "boom"], /^Usage: passgate-range serve/, "passgate-range serve: --fault must be one of"],
    [["export", "--sha1", sha1], /^Usage: passgate-range export/, "passgate-range export: --out DIR is required"],
    [["export", "--out", work], /^Usage: passgate-range export/, "passgate-range export: give --sha1 INPUT, --ntlm INPUT or both"],
    [["export", "--sha1", join(work, "absent.txt"), "--out", work], /^Usage: passgate-range export/, "no such file or directory"],
    [["export", "--sha1", sha1, "--out", work, "--pad-rows", "0"], /^Usage: passgate-range export/, "--pad-rows must be a whole number from 1 to 100000"],
    [["export", "--sha1", sha1, "--out", work, "--prefix-range", "XYZ"], /^Usage: passgate-range export/, "--prefix-range must be XXXXX or XXXXX-YYYYY"],
  ];
  for (const [args, usage, reason] of cases) {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 2, `${args.join(" ")}: ${stderr}`);
    const text = args.length === 0 ? stdout : stderr;
    assert.match(text, usage, args.join(" "));
    if (reason) {
      const last = stderr.trimEnd().split("\n").at(-1);
      assert.ok(last.startsWith(reason) || last.includes(reason), `${args.join(" ")}: ${last}`);
    }
    assert.ok(!/\n\s+at /.test(stderr), `stack trace for ${args.join(" ")}: ${stderr}`);
  }
});

test("bad input data names the line, exits 1 and writes nothing", () => {
  const input = join(work, "unsorted.txt");
  writeFileSync(input, `0000B${"2".repeat(35)}:4\n0000A${"1".repeat(35)}:3\n`);
  const out = join(work, "never");
  const { status, stderr } = run("export", "--sha1", input, "--out", out, "--quiet");
  assert.equal(status, 1);
  assert.equal(stderr, `passgate-range export: --sha1 ${input} line 2: not sorted (each hash must sort after the one before, and appear once); nothing was replaced\n`);
  assert.ok(!existsSync(out));
});

/** Starts `serve` with `args`; resolves to { base, output, stop }. */
async function serve(...args) {
  const child = spawn(process.execPath, [cli, "serve", "--port", "0", "--sha1", sha1, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stderr.on("data", (chunk) => (output.stderr += chunk));
  const base = await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      output.stdout += chunk;
      const match = /(http:\/\/\S+)\/range\/\{prefix\}/.exec(output.stdout);
      if (match) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`serve exited ${code}: ${output.stderr}`)));
  });
  return {
    base,
    output,
    async stop() {
      child.kill("SIGTERM");
      const [code] = await once(child, "exit");
      assert.equal(code, 0, "SIGTERM stops serve cleanly");
    },
  };
}

test("serve logs no prefix by default, masks it with --log-requests, shows it with --log-prefixes", async () => {
  for (const [flags, expected] of [[[], null], [["--log-requests"], "GET /range/***** 200"], [["--log-prefixes"], "GET /range/5BAA6 200"]]) {
    const server = await serve(...flags);
    const response = await fetch(`${server.base}/range/5BAA6`);
    assert.equal(response.status, 200);
    await response.text();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await server.stop();
    const lines = server.output.stdout.trim().split("\n");
    assert.match(lines[0], /^passgate-range serve: http:\/\/127\.0\.0\.1:\d+\/range\/\{prefix\}$/);
    if (expected === null) assert.equal(lines.length, 1, server.output.stdout);
    else assert.ok(lines[1].includes(expected), lines[1]);
    if (expected?.includes("*****")) assert.ok(!server.output.stdout.includes("5BAA6"), server.output.stdout);
  }
});

test("the command uses Node built-ins only (it ships without dependencies)", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const dir = join(root, "pkg", "range");
  const files = readdirSync(dir).filter((name) => name.endsWith(".mjs"));
  assert.deepEqual(files.sort(), ["cli.mjs", "export.mjs", "server.mjs"]);
  for (const name of files) {
    const specifiers = [...readFileSync(join(dir, name), "utf8").matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? m[2]);
    assert.ok(specifiers.length > 0, name);
    for (const specifier of specifiers) assert.match(specifier, /^(node:[a-z_/]+|\.\/[a-z-]+\.mjs)$/, `${name} imports ${specifier}`);
  }
});
