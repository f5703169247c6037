// One corpus, every preset, three builds: the native crate, the packed package in Node and the
// browser build in Chromium must produce identical reports (compared as parsed JSON).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { freshProject, openBrowser, root, serveDir } from "../support/packed.mjs";

const here = import.meta.dirname;
const corpus = join(here, "corpus.txt");
const context = join(here, "context.json");
const policies = join(here, "policies.json");
const big = { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 };

function native() {
  const args = ["run", "--quiet", "--example", "parity_reports", "--", corpus, context, policies];
  return JSON.parse(execFileSync("cargo", args, { cwd: root, ...big }));
}

function compare(actual, expected, build) {
  assert.equal(actual.length, expected.length, `${build}: number of reports`);
  for (const [i, want] of expected.entries()) {
    assert.deepStrictEqual(actual[i], want, `${build}: ${want.preset} ${JSON.stringify(want.password)}`);
  }
}

test("native, Node and Chromium builds give identical reports for every preset", async () => {
  const expected = native();
  assert.ok(expected.length >= 6 * 40, "every preset × the whole corpus");
  // maxBytes: the same verdict everywhere, long inputs included (their tail counted in JS).
  const bytes = expected.filter((r) => r.preset.startsWith("maxBytes-"));
  const tooMany = bytes.filter((r) => r.report.violations.some((v) => v.code === "tooManyBytes"));
  assert.ok(tooMany.some((r) => r.password.length > 8194 && r.report.violations.some((v) => !v.ascii)));
  assert.ok(bytes.some((r) => r.password === "x".repeat(8999) && r.report.ok), "8,999 ASCII bytes pass 9000");

  const dir = freshProject("parity");
  for (const file of ["reports.js", "node-reports.mjs", "index.html", "browser-reports.js", "corpus.txt", "context.json", "policies.json"]) {
    cpSync(join(here, file), join(dir, file));
  }
  const inNode = JSON.parse(execFileSync(process.execPath, ["node-reports.mjs", corpus, context, policies], { cwd: dir, ...big }));
  compare(inNode, expected, "node");

  const server = await serveDir(dir);
  const browser = await openBrowser();
  try {
    const { page, errors } = await browser.newPage();
    await page.goto(server.url);
    await page.locator("output[data-done]").waitFor({ timeout: 120_000 });
    const inBrowser = JSON.parse(await page.locator("output").textContent());
    assert.deepEqual(errors, []);
    compare(inBrowser, expected, "chromium");
  } finally {
    await browser.close();
    await server.close();
  }
});
