// The package in Chromium against a self-hosted mirror on another origin (so CORS is real):
// nginx over a `passgate-range export` (base URL and endpoint template) and `passgate-range
// serve`. Identical results through all three; a missing file and a 5xx are "unknown"; no
// Add-Padding header (and so no preflight) for the template endpoint.
import assert from "node:assert/strict";
import { join, resolve } from "node:path";
import { after, before, test } from "node:test";
import { openDemo } from "./harness.mjs";
import { PASSWORDS, sampleCount, startMirror } from "../support/mirror.mjs";

const root = resolve(import.meta.dirname, "..", "..");
let demo;
let mirror;
let page;
before(async () => {
  mirror = await startMirror({ command: [process.execPath, join(root, "pkg", "range", "cli.mjs")], cwd: root, site: join(root, "pkg", "range", "nginx.conf") });
  demo = await openDemo();
  // A page of the demo origin without its CSP (which allows only same-origin connections).
  page = await demo.newPage({ bypassCSP: true });
  await page.goto(demo.url);
});
after(async () => {
  await demo?.close();
  await mirror?.close();
});

/** checkBreached in the page for each password; messages dropped (checked non-empty). */
function check(breach, passwords) {
  return page.evaluate(
    async ({ breach, passwords }) => {
      const { createChecker } = await import("/passgate/index.js");
      const checker = await createChecker({ breach });
      const out = {};
      for (const password of passwords) {
        const { message, ...rest } = await checker.checkBreached(password);
        if (typeof message !== "string" || message.length === 0) throw new Error(`no message for ${rest.status}`);
        out[password] = rest;
      }
      return out;
    },
    { breach, passwords },
  );
}

for (const mode of ["sha1", "ntlm"]) {
  test(`${mode}: breached and clear, identical through nginx, passgate-range serve and the template`, async () => {
    const expected = {};
    for (const password of PASSWORDS.breached) expected[password] = { status: "breached", count: sampleCount(mode, password) };
    for (const password of PASSWORDS.clear) expected[password] = { status: "clear" };
    for (const [name, endpoint] of Object.entries(mirror.endpoints)) {
      assert.deepEqual(await check({ endpoint, mode }, Object.keys(expected)), expected, `${name} (${endpoint})`);
    }
  });

  test(`${mode}: a missing file (404) and a dead origin (502) are unknown`, async () => {
    for (const endpoint of [mirror.endpoints.nginx, mirror.endpoints.template]) {
      assert.deepEqual(await check({ endpoint, mode }, [PASSWORDS.missing]), { [PASSWORDS.missing]: { status: "unknown", reason: "http", httpStatus: 404 } }, endpoint);
    }
    // A template request is a simple GET: the page reads the 502. A base URL's request carries
    // Add-Padding, so the browser first sends a preflight, which fails with the 502: a network
    // error to the page. Unknown either way.
    const cases = [
      [`${mirror.deadEndpoint}/{mode}/{prefix}`, { status: "unknown", reason: "http", httpStatus: 502 }],
      [mirror.deadEndpoint, { status: "unknown", reason: "network" }],
    ];
    for (const [endpoint, expected] of cases) {
      assert.deepEqual(await check({ endpoint, mode }, ["password"]), { password: expected }, endpoint);
    }
  });
}

test("the template endpoint gets a simple GET: no Add-Padding header, no preflight", async () => {
  const seen = [];
  const listener = (request) => {
    if (request.url().startsWith(mirror.nginxUrl)) seen.push({ method: request.method(), url: request.url(), headers: request.headers() });
  };
  page.on("request", listener);
  try {
    await check({ endpoint: mirror.endpoints.template }, ["123456"]);
    await check({ endpoint: mirror.endpoints.nginx }, ["qwerty-not-cached"]);
  } finally {
    page.off("request", listener);
  }
  const template = seen.filter(({ url }) => url.includes("/sha1/"));
  assert.equal(template.length, 1, JSON.stringify(seen));
  assert.equal(template[0].method, "GET");
  assert.equal(template[0].headers["add-padding"], undefined);
  const base = seen.filter(({ url }) => url.includes("/range/") && seen.length);
  assert.ok(base.some(({ headers }) => headers["add-padding"] === "true"), JSON.stringify(base));
});
