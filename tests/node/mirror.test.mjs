// The packed package against a self-hosted mirror: `npx passgate-range export` of a generated
// corpus served by nginx (the package's range/nginx.conf), `npx passgate-range serve` over the
// same corpus, and the export through an endpoint template. Identical checker results through
// all three; a missing file and a 5xx are "unknown".
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { after, before, test } from "node:test";
import { createRequire } from "node:module";
import { spawnSync } from "node:child_process";
import { createChecker } from "passgate";

const repo = process.env.PASSGATE_REPO;
const { startMirror, PASSWORDS, sampleCount } = await import(join(repo, "tests", "support", "mirror.mjs"));
const { createRangeServer, listenLocal, SAMPLE_FILES } = await import(join(repo, "scripts", "range-server.mjs"));

// The installed package's files, found the way a user would (node_modules/passgate).
const installed = join(createRequire(import.meta.url).resolve("passgate/package.json"), "..");

let mirror;
before(async () => {
  // The command npm linked for the installed package (what `npx passgate-range` runs).
  const bin = join(process.cwd(), "node_modules", ".bin", "passgate-range");
  mirror = await startMirror({ command: [bin], cwd: process.cwd(), site: join(installed, "range", "nginx.conf") });
});

test("npx passgate-range runs the installed command: --help, and a usage error exits 2", () => {
  const help = spawnSync("npx", ["--no", "--", "passgate-range", "--help"], { encoding: "utf8" });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: passgate-range <command>/);
  const bad = spawnSync("npx", ["--no", "--", "passgate-range", "export", "--sha1", "absent.txt", "--out", "x"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /passgate-range export: --sha1 absent\.txt: no such file or directory\n$/);
  assert.ok(!/\n\s+at /.test(bad.stderr), "no stack trace");
});
after(() => mirror?.close());

/** Results of every test password, without the status sentence (checked non-empty). */
async function results(endpoint, mode) {
  const checker = await createChecker({ breach: { endpoint, mode, timeoutMs: 5000 } });
  const out = {};
  for (const password of [...PASSWORDS.breached, ...PASSWORDS.clear]) {
    const { message, ...rest } = await checker.checkBreached(password);
    assert.ok(typeof message === "string" && message.length > 0);
    out[password] = rest;
  }
  return out;
}

for (const mode of ["sha1", "ntlm"]) {
  test(`${mode}: nginx, passgate-range serve and the template endpoint give identical results`, async () => {
    const expected = {};
    for (const password of PASSWORDS.breached) {
      const count = sampleCount(mode, password);
      assert.ok(count > 0, `${password} is in the ${mode} sample`);
      expected[password] = { status: "breached", count };
    }
    for (const password of PASSWORDS.clear) expected[password] = { status: "clear" };
    for (const [name, endpoint] of Object.entries(mirror.endpoints)) {
      assert.deepEqual(await results(endpoint, mode), expected, `${name} (${endpoint})`);
    }
  });

  test(`${mode}: a prefix with no file is unknown (404), through the base URL and the template`, async () => {
    for (const endpoint of [mirror.endpoints.nginx, mirror.endpoints.template]) {
      const checker = await createChecker({ breach: { endpoint, mode } });
      const { message, ...result } = await checker.checkBreached(PASSWORDS.missing);
      assert.deepEqual(result, { status: "unknown", reason: "http", httpStatus: 404 }, endpoint);
    }
  });

  test(`${mode}: a dead origin behind nginx (502) is unknown`, async () => {
    for (const endpoint of [mirror.deadEndpoint, `${mirror.deadEndpoint}/{mode}/{prefix}`]) {
      const checker = await createChecker({ breach: { endpoint, mode } });
      const { message, ...result } = await checker.checkBreached("password");
      assert.deepEqual(result, { status: "unknown", reason: "http", httpStatus: 502 }, endpoint);
    }
  });
}

test("the export has a padded file for every selected prefix, and nginx serves it as the API would", async () => {
  for (const mode of ["sha1", "ntlm"]) {
    const names = readdirSync(join(mirror.out, mode)).filter((name) => /^[0-9A-F]{5}$/.test(name));
    const expected = mirror.intervals(mode).reduce((sum, [from, to]) => sum + to - from + 1, 0);
    assert.equal(names.length, expected, `${mode}: one file per prefix`);
    for (const name of names.slice(0, 64)) {
      const body = readFileSync(join(mirror.out, mode, name), "latin1");
      const rows = body.split("\r\n");
      assert.equal(rows.length % mirror.padRows, 0, `${mode}/${name}: ${rows.length} rows`);
      assert.ok(rows.every((row) => new RegExp(`^[0-9A-F]{${mode === "sha1" ? 35 : 27}}:\\d+$`).test(row)), `${mode}/${name}`);
      assert.equal(gunzipSync(readFileSync(join(mirror.out, mode, `${name}.gz`))).toString("latin1"), body);
    }
  }
  // Two export runs (one per mode) share the manifest: both modes are listed, each file once.
  const manifest = readFileSync(join(mirror.out, "manifest.txt"), "latin1").split("\n").filter((line) => /^(sha1|ntlm)\//.test(line));
  for (const mode of ["sha1", "ntlm"]) {
    const listed = manifest.filter((line) => line.startsWith(`${mode}/`)).length;
    assert.equal(listed, mirror.intervals(mode).reduce((sum, [from, to]) => sum + to - from + 1, 0), `${mode} in the manifest`);
  }
  const file = readFileSync(join(mirror.out, "sha1", "5BAA6"), "latin1");
  const api = await fetch(`${mirror.nginxUrl}/range/5BAA6`, { headers: { "Accept-Encoding": "identity" } });
  assert.equal(api.status, 200);
  assert.equal(await api.text(), file);
  assert.equal(api.headers.get("access-control-allow-origin"), "*");
  assert.match(api.headers.get("cache-control"), /max-age=\d+/);
  assert.match(api.headers.get("content-type"), /^text\/plain/);
  const ntlmApi = await fetch(`${mirror.nginxUrl}/range/8846F?mode=ntlm`);
  assert.equal(await ntlmApi.text(), readFileSync(join(mirror.out, "ntlm", "8846F"), "latin1"));
  assert.equal((await fetch(`${mirror.nginxUrl}/range/5BAA6?mode=md5`)).status, 400);
  assert.equal((await fetch(`${mirror.nginxUrl}/manifest.txt`)).status, 404, "only range files are served");
  const preflight = await fetch(`${mirror.nginxUrl}/range/5BAA6`, { method: "OPTIONS", headers: { Origin: "https://app.example", "Access-Control-Request-Headers": "add-padding" } });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get("access-control-allow-headers"), /Add-Padding/i);
});

test("nginx sends the precompressed copy to a client that accepts gzip", async () => {
  const { request } = await import("node:http");
  const response = await new Promise((resolve, reject) => {
    request(`${mirror.nginxUrl}/sha1/5BAA6`, { headers: { "Accept-Encoding": "gzip" } }, resolve).on("error", reject).end();
  });
  const chunks = [];
  for await (const chunk of response) chunks.push(chunk);
  assert.equal(response.headers["content-encoding"], "gzip");
  assert.deepEqual(Buffer.concat(chunks), readFileSync(join(mirror.out, "sha1", "5BAA6.gz")));
});

test("nginx logs no request paths (no access log; a 404 does not log its path)", async () => {
  await fetch(`${mirror.nginxUrl}/range/FFFFE`);
  const logs = join(mirror.nginx.prefix, "logs");
  assert.deepEqual(readdirSync(logs), ["error.log"]);
  const errorLog = readFileSync(mirror.nginx.errorLog, "utf8");
  assert.ok(!errorLog.includes("FFFFE") && !errorLog.includes("5BAA6"), errorLog);
  assert.ok(!existsSync(join(mirror.nginx.prefix, "logs", "access.log")));
});

test("passgate-range serve logs nothing per request by default", async () => {
  const before = mirror.serveOutput.stdout;
  const checker = await createChecker({ breach: { endpoint: mirror.endpoints.serve } });
  assert.equal((await checker.checkBreached("password")).status, "breached");
  assert.equal(mirror.serveOutput.stdout, before);
  assert.ok(!/[0-9A-F]{5}/.test(mirror.serveOutput.stdout.replace(/http:\S+/, "")), mirror.serveOutput.stdout);
});

test("Add-Padding goes to a base URL, never to a template endpoint", async () => {
  const server = createRangeServer(SAMPLE_FILES);
  const base = await listenLocal(server);
  try {
    for (const [endpoint, header] of [[base, "true"], [`${base}/range/{prefix}`, undefined]]) {
      server.requests.length = 0;
      const checker = await createChecker({ breach: { endpoint } });
      assert.equal((await checker.checkBreached("password")).status, "breached");
      assert.equal(server.requests.length, 1);
      assert.equal(server.requests[0].url, "/range/5BAA6");
      assert.equal(server.requests[0].headers["add-padding"], header, endpoint);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});

test("a bad endpoint template is a config error naming the field", async () => {
  await assert.rejects(createChecker({ breach: { endpoint: "https://cdn.example/{hash}" } }), (error) => {
    assert.equal(error.code, "invalidOption");
    assert.match(error.message, /options\.breach\.endpoint: a template may only hold the placeholders \{prefix\} and \{mode\}/);
    return true;
  });
});
